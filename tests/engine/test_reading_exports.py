"""Real exports: title lines above a CSV table, thousands separators in scores, UTF-16
without a byte-order mark. Each file is audited against the same data written plainly."""

from __future__ import annotations

from pathlib import Path

import pytest

from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.engine.sources.audit import audit_location
from ethics_toolkit.engine.spec import AuditSpec

PATHS = pytest.mark.parametrize("big_csv_bytes", [10**9, 0], ids=["pandas", "duckdb"])


def _log() -> list[tuple[str, str, str, float]]:
    """(Kön, Bakgrund, Beslut, Poäng): Kvinna 12/40 selected, Man 30/60."""
    rows = []
    for i in range(100):
        gender = "Kvinna" if i < 40 else "Man"
        selected = (i < 12) if i < 40 else (i < 70)
        background = "Sverige" if i % 3 else "Utanför Europa"
        score = 30_000 + i * 1_234.5 + (10_000 if selected else 0)
        rows.append((gender, background, "Ja" if selected else "Nej", score))
    return rows


def _plain_csv(separator: str = ";") -> str:
    lines = [separator.join(("Kön", "Bakgrund", "Beslut", "Poäng"))]
    for gender, background, decision, score in _log():
        lines.append(separator.join((gender, background, decision, str(score).replace(".", ","))))
    return "\n".join(lines) + "\n"


def _figures(result: AuditResult) -> list[tuple[object, ...]]:
    return [
        (
            tuple(a.attributes),
            [(tuple(g.values.values()), g.n, g.selected, g.impact_ratio) for g in a.groups],
        )
        for a in result.analyses
    ]


DECISIONS = AuditSpec(outcome="Beslut", positives=["Ja"], sensitive=["Kön", "Bakgrund"])
SCORES = AuditSpec(score="Poäng", sensitive=["Kön", "Bakgrund"])


def _audit(path: Path, spec: AuditSpec, big_csv_bytes: int) -> AuditResult:
    return audit_location(str(path), spec, big_csv_bytes=big_csv_bytes)


@PATHS
@pytest.mark.parametrize(
    ("above", "skipped"),
    [
        ("Rekryteringsrapport 2024\n\n", 2),
        ("Rapport;;;;\n\n", 2),
        ("Rapport;;;\nUttag: 2024-05-01;;;\n\n", 3),
        ('"Rekrytering, Stockholm"\n', 1),
    ],
    ids=["title-blank", "title-separators", "two-notes", "quoted-title"],
)
def test_title_lines_above_the_csv_header_are_skipped(
    tmp_path: Path, above: str, skipped: int, big_csv_bytes: int
) -> None:
    plain, titled = tmp_path / "plain.csv", tmp_path / "titled.csv"
    plain.write_text(_plain_csv(), encoding="utf-8")
    titled.write_text(above + _plain_csv(), encoding="utf-8")
    expected = _audit(plain, DECISIONS, 10**9)
    got = _audit(titled, DECISIONS, big_csv_bytes)
    assert _figures(got) == _figures(expected)
    women = next(g for g in got.analyses[0].groups if g.values == {"Kön": "Kvinna"})
    assert (women.n, women.selected) == (40, 12)
    assert women.impact_ratio == pytest.approx(0.3 / 0.5)
    assert got.reading is not None and got.reading.skipped_lines == skipped
    assert got.reading.source_kind == ("file" if big_csv_bytes == 0 else None)


def test_title_lines_are_said_in_the_reading_summary(tmp_path: Path, capsys) -> None:
    from ethics_toolkit.cli import main

    path = tmp_path / "titled.csv"
    path.write_text("Rekryteringsrapport 2024\n\n" + _plain_csv(), encoding="utf-8")
    for lang, words in (("en", "2 lines above the table"), ("sv", "2 rader ovanför tabellen")):
        code = main(["audit", str(path), "--outcome", "Beslut", "--positive", "Ja",
                     "--sensitive", "Kön", "--lang", lang])  # fmt: skip
        out = capsys.readouterr().out
        assert code == 1 and words in out


def test_a_header_shorter_than_its_rows_by_trailing_empty_fields_is_still_the_header(
    tmp_path: Path,
) -> None:
    path = tmp_path / "trailing.csv"
    body = _plain_csv().splitlines()
    path.write_text("\n".join([body[0]] + [line + ";;" for line in body[1:]]) + "\n")
    got = _audit(path, DECISIONS, 10**9)
    assert got.reading is not None and got.reading.skipped_lines == 0
    assert got.reading.columns == ["Kön", "Bakgrund", "Beslut", "Poäng"]


def _grouped(score: float, group: str, decimal: str) -> str:
    whole, fraction = f"{score:.2f}".split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return group.join([whole, *groups]) + decimal + fraction


def _scores_csv(group: str, decimal: str, separator: str = ";") -> str:
    lines = [separator.join(("Kön", "Bakgrund", "Beslut", "Poäng"))]
    for gender, background, decision, score in _log():
        value = _grouped(score, group, decimal)
        if separator in value:
            value = f'"{value}"'
        lines.append(separator.join((gender, background, decision, value)))
    return "\n".join(lines) + "\n"


@PATHS
@pytest.mark.parametrize(
    ("group", "decimal", "separator"),
    [
        (" ", ",", ";"),
        ("\u00a0", ",", ";"),
        ("\u202f", ",", ";"),
        (".", ",", ";"),
        (",", ".", ";"),
        (",", ".", ","),
        (" ", ".", ","),
    ],
    ids=["space", "nbsp", "narrow-nbsp", "dot-comma", "comma-dot", "comma-dot-quoted", "space-dot"],
)
def test_scores_with_thousands_separators_are_read_as_numbers(
    tmp_path: Path, group: str, decimal: str, separator: str, big_csv_bytes: int
) -> None:
    import numpy as np

    plain, grouped = tmp_path / "plain.csv", tmp_path / "grouped.csv"
    plain.write_text(_plain_csv(), encoding="utf-8")
    grouped.write_text(_scores_csv(group, decimal, separator), encoding="utf-8")
    expected = _audit(plain, SCORES, 10**9)
    got = _audit(grouped, SCORES, big_csv_bytes)
    median = float(np.median([round(score, 2) for *_, score in _log()]))
    assert median == pytest.approx(101_107.75)
    assert got.score_median == pytest.approx(median) == expected.score_median
    assert _figures(got) == _figures(expected)
    men = next(g for g in got.analyses[0].groups if g.values == {"Kön": "Man"})
    assert (men.n, men.selected) == (60, 50)


@pytest.mark.parametrize(
    "values",
    [["1,234.50", "2.345,50"], ["12 34,5", "1 234,5"], ["30.100", "1 234"]],
    ids=["both-marks", "groups-of-two", "undecidable"],
)
def test_ambiguous_thousands_separators_are_an_error_with_the_hint(values: list[str]) -> None:
    import pandas as pd

    from ethics_toolkit.engine.cells.aggregate import score_outcome
    from ethics_toolkit.engine.errors import SCORE_THOUSANDS_SEPARATORS, DataValueError

    with pytest.raises(DataValueError) as caught:
        score_outcome(pd.Series(values * 5, dtype=object), column="Poäng")
    assert caught.value.template is SCORE_THOUSANDS_SEPARATORS
    assert "thousands separators" in caught.value.en and "tusentalsavgränsare" in caught.value.sv


def test_text_in_a_score_column_is_still_text() -> None:
    import pandas as pd

    from ethics_toolkit.engine.cells.aggregate import score_outcome
    from ethics_toolkit.engine.errors import SCORE_NOT_NUMERIC, DataValueError

    with pytest.raises(DataValueError) as caught:
        score_outcome(pd.Series(["1 234,5", "hög"], dtype=object), column="Poäng")
    assert caught.value.template is SCORE_NOT_NUMERIC

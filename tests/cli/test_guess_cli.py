"""``ethics-toolkit guess``: the exact JSON contract of issue 9, text output and exit codes."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest

from ethics_toolkit.cli import main
from ethics_toolkit.engine.errors import FILE_NOT_FOUND, NOT_TEXT, SHEET_NOT_FOUND
from tests.conftest import SAMPLE_DATA
from tests.workbooks import xlsx

CONTRACT = [
    "schema_version", "kind", "outcome", "positive", "score", "sensitive", "truth",
    "truth_positive", "count", "ignored", "reasons",
]  # fmt: skip
ROWS = [
    ["Ärendenr", "Kön", "Ursprung", "Vidare till intervju"],
    *[
        [f"CR-{i:05d}", ["Kvinna", "Man"][i % 2], ["Sverige", "Europa", "Utanför Europa"][i % 3],
         ["Ja", "Nej", "Nej"][i % 3]]
        for i in range(60)
    ],
]  # fmt: skip


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main(["guess", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("name", "kind", "outcome"),
    [
        ("rekrytering_excel_export.csv", "decisions", "Urval"),
        ("recruitment_decisions.csv", "decisions", "selected"),
        ("aggregated_counts.csv", "counts", "selected"),
    ],
)
def test_json_contract_on_the_sample_files(
    capsys: pytest.CaptureFixture[str], name: str, kind: str, outcome: str
) -> None:
    code, out, err = run(capsys, SAMPLE_DATA / name, "--format", "json")
    assert code == 0 and err == ""
    payload = json.loads(out)
    assert list(payload)[: len(CONTRACT)] == CONTRACT
    assert payload["schema_version"] == 1
    assert (payload["kind"], payload["outcome"]) == (kind, outcome)
    for column in [payload[k] for k in ("outcome", "score", "truth", "count")] + payload[
        "sensitive"
    ]:
        if column is not None:
            assert set(payload["reasons"][column]) == {"sv", "en"}


def test_an_xlsx_with_sheet(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    path.write_bytes(xlsx([("Anteckningar", []), ("Data", ROWS)]))
    code, out, _ = run(capsys, path, "--sheet", "Data", "--format", "json")
    payload = json.loads(out)
    assert code == 0
    assert (payload["outcome"], payload["positive"]) == ("Vidare till intervju", "Ja")
    assert payload["sensitive"] == ["Kön", "Ursprung"] and payload["ignored"] == ["Ärendenr"]
    code, out, _ = run(capsys, path, "--format", "json")  # the sheet with a table by default
    chosen = json.loads(out)
    assert (
        code == 0 and chosen.pop("sheet_note")["en"] == "Data: 60 rows; Anteckningar skipped: empty"
    )
    assert chosen == {k: v for k, v in payload.items() if k != "sheet_note"}


def test_text_output_ends_with_an_audit_command_that_runs(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "export.xlsx"
    path.write_bytes(xlsx([("Data", ROWS)]))
    code, out, _ = run(capsys, path, "--lang", "sv")
    assert code == 0
    assert "Beslut" in out and "Vidare till intervju (vald = Ja)" in out
    assert '"Vidare till intervju" har bara värdena Ja/Nej' in out
    command = shlex.split(out.strip().splitlines()[-1])
    assert command[:3] == ["ethics-toolkit", "audit", str(path)]
    code = main([*command[1:], "--format", "json"])
    audit = json.loads(capsys.readouterr().out)
    assert code in (0, 1) and audit["n_rows"] == 60


@pytest.mark.parametrize(
    ("content", "extra", "message", "words"),
    [
        (None, [], FILE_NOT_FOUND, "does not exist"),
        (b"\x00\x01\x02binary" * 100, [], NOT_TEXT, "binary data"),
        ("xlsx", ["--sheet", "Nope"], SHEET_NOT_FOUND, "no sheet 'Nope'"),
    ],
)
def test_unreadable_input_exits_2_with_the_message(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    content: bytes | str | None,
    extra: list[str],
    message: object,
    words: str,
) -> None:
    path = tmp_path / "input.bin"
    if content == "xlsx":
        path.write_bytes(xlsx([("Data", ROWS)]))
    elif content is not None:
        path.write_bytes(content)
    code, out, err = run(capsys, path, *extra, "--format", "json", "--lang", "en")
    assert code == 2 and out == ""
    assert err.startswith("ethics-toolkit: ") and words in err
    assert message.en.split("{")[0].split()[0] in err  # the engine's message, not a traceback

"""One reading contract for every path (issue 27): each hostile input through every reader.

Every case is one decision log written by every path of ``ethics-toolkit audit`` (pandas CSV, the
DuckDB path for big CSVs with its threshold lowered, Parquet, SQLite, PostgreSQL, .xlsx, .ods; see
``reading_paths``) and audited by the CLI itself. A case either stops every path with exit 2 and
a clear message in both languages (no traceback, never "unexpected error"), or gives the same
figures on every path: the figures computed here by hand from the rows, and the same warnings.
A path that cannot hold the input (a NUL in PostgreSQL text) is skipped, and says why.
"""

from __future__ import annotations

import json
import statistics
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from ethics_toolkit.cli import main
from ethics_toolkit.cli.texts import UNEXPECTED_ERROR
from tests.engine.reading_paths import PATHS, Formula, Log, Nested, unsupported, write

PER_GROUP = 3000  # 6,000 rows: the CSV passes the 64 KiB sample, so late lines test the file
DECISION = ["--outcome", "decision", "--sensitive", "gender"]
SCORE = ["--score", "score", "--sensitive", "gender"]


def _base(gender: Callable[[int], str] = lambda i: "Woman") -> list[list[Any]]:
    """Women selected 40 %, men 60 %; scores 0-96 and 10-106 (rows interleaved)."""
    rows = []
    for i in range(PER_GROUP):
        rows.append([gender(i), 1 if i % 5 < 2 else 0, float(i % 97)])
        rows.append(["Man", 1 if i % 5 < 3 else 0, float(i % 97 + 10)])
    return rows


COLUMNS = ["gender", "decision", "score"]


def _set(rows: list[list[Any]], column: int, when: Callable[[int, list[Any]], bool],
         value: Any) -> list[list[Any]]:  # fmt: skip
    return [[value if c == column and when(i, row) else v for c, v in enumerate(row)]
            for i, row in enumerate(rows)]  # fmt: skip


def _women_half(i: int, row: list[Any]) -> bool:
    return row[0] == "Woman" and (i // 2) % 2 == 0


def _mixed() -> bytes:
    lines = ["gender,decision,score"] + [
        f"{g},{d},1" for g, d in (("Kvinna", 1), ("Män", 0))
    ] * 3000
    return ("\n".join(lines) + "\n").encode("utf-8") + "Män,1,1\n".encode("cp1252")


def _selected_woman(i: int, row: list[Any]) -> bool:
    return row[0] == "Woman" and row[1] == 1


def _spelling(i: int) -> str:
    return {0: "woman", 1: "WOMAN", 2: " Woman "}.get(i % 4, "Woman") if i % 8 != 6 else "Woman"


@dataclass(frozen=True)
class Case:
    log: Log
    args: list[str]
    refused: bool
    warnings: frozenset[str] = frozenset()
    limits: dict[str, int] = field(default_factory=dict)
    only: tuple[str, ...] = PATHS
    why_not: str = ""


CASES = {
    "missing scores (empty, NULL)": Case(
        Log(COLUMNS, _set(_base(), 2, _women_half, None)),
        SCORE,
        False,
        frozenset({"MISSING_DATA_DIFFERS"}),
    ),
    "NaN scores": Case(Log(COLUMNS, _set(_base(), 2, _women_half, float("nan"))), SCORE, True),
    "an infinite score": Case(
        Log(COLUMNS, _set(_base(), 2, lambda i, r: i == 5999, float("inf"))), SCORE, True
    ),
    "a NUL byte in a group value": Case(
        Log(COLUMNS, _set(_base(), 0, lambda i, r: i == 5998, "Wo\x00man")), DECISION, True
    ),
    "mixed encodings (UTF-8, then Windows-1252)": Case(
        Log(COLUMNS, _base(), encoded=_mixed()), DECISION, True
    ),
    "a file over the size limit": Case(
        Log(COLUMNS, _base()),
        DECISION,
        True,
        limits={"load.MAX_FILE_BYTES": 10_000, "inflation.MAX_INFLATED_BYTES": 10_000},
        only=("csv", "big csv", "xlsx", "ods"),
        why_not="counted where it lies: no file is loaded, memory stays bounded",
    ),
    "a workbook that unpacks beyond the budget": Case(
        Log(COLUMNS, _base()),
        DECISION,
        True,
        limits={"inflation.MAX_INFLATED_BYTES": 100_000},
        only=("xlsx", "ods"),
        why_not="not a workbook",
    ),
    "a sheet beyond the cell budget": Case(
        Log(COLUMNS, _base()),
        DECISION,
        True,
        limits={"sheet_checks.MAX_CELLS": 10_000},
        only=("xlsx", "ods"),
        why_not="not a workbook",
    ),
    "formulas without a saved result": Case(
        Log(COLUMNS, _set(_base(), 1, _selected_woman, Formula("1*1"))), DECISION, True
    ),
    "formulas with a saved result": Case(
        Log(COLUMNS, _set(_base(), 1, _selected_woman, Formula("1*1", cached=1))), DECISION, False
    ),
    "a nested column": Case(
        Log(COLUMNS, _set(_base(), 0, lambda i, r: True, Nested("Woman"))), DECISION, True
    ),
    "case and space variants of one value": Case(
        Log(COLUMNS, _base(_spelling)), DECISION, False, frozenset({"VALUES_MERGED"})
    ),
    "decisions missing mostly in one group": Case(
        Log(COLUMNS, _set(_base(), 1, lambda i, r: r[0] == "Woman" and (i // 2) % 3, None)),
        DECISION,
        False,
        frozenset({"MISSING_DATA_DIFFERS", "GROUP_MOSTLY_DROPPED"}),
    ),
}


def expected_groups(case: Case) -> dict[str, tuple[int, int]]:
    """(rows with an outcome, selected) per group, by hand from the rows: groups as spelt most
    often, a formula as its saved result, selected = a score strictly above the median."""
    rows = [[r[1].cached if isinstance(r[1], Formula) else r[1], *r[::2]] for r in case.log.rows]
    if "--score" in case.args:
        scores = [r[2] for r in rows if r[2] is not None]
        median = statistics.median(scores)
        outcome = [(r[1], None if r[2] is None else int(r[2] > median)) for r in rows]
    else:
        outcome = [(r[1], r[0]) for r in rows]
    groups: dict[str, list[int]] = {}
    for gender, selected in outcome:
        if selected is not None:
            counts = groups.setdefault(" ".join(gender.split()).capitalize(), [0, 0])
            counts[0] += 1
            counts[1] += selected
    return {g: (n, s) for g, (n, s) in groups.items()}


@pytest.fixture(scope="module")
def postgres() -> Iterator[tuple[str, str] | None]:
    """(URL, schema) on the test server, or ``None`` (the PostgreSQL path is then skipped)."""
    import sqlalchemy as sa

    from tests.engine.sources.conftest import PG_URL_ENV, REQUIRE_PG_ENV

    url = __import__("os").environ.get(PG_URL_ENV, "").strip()
    if not url:
        if __import__("os").environ.get(REQUIRE_PG_ENV) == "1":
            pytest.fail(f"{REQUIRE_PG_ENV}=1 but {PG_URL_ENV} is not set")
        yield None
        return
    schema = f"t_{uuid.uuid4().hex[:16]}"
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    with engine.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield url, schema
    finally:
        with engine.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


def audit(capsys: pytest.CaptureFixture[str], argv: list[str], lang: str) -> tuple[int, str, str]:
    code = main(["audit", *argv, "--format", "json", "--lang", lang])
    out, err = capsys.readouterr()
    return code, out, err


def assert_clear(err: str, lang: str) -> None:
    """Exit 2 with one message: the toolkit's, in the language asked for, never a crash."""
    unexpected = UNEXPECTED_ERROR.get(lang).split("(")[0]
    assert err.startswith("ethics-toolkit: ") and err.count("\n") == 1, err
    assert "Traceback" not in err and unexpected not in err, err


def _figures(payload: dict) -> dict[str, tuple[int, int]]:
    (analysis,) = payload["analyses"]
    return {g["values"]["gender"]: (g["n"], g["selected"]) for g in analysis["groups"]}


def _limits(monkeypatch: pytest.MonkeyPatch, case: Case, path: str) -> None:
    from ethics_toolkit.engine.reading import inflation, load, sheet_checks
    from ethics_toolkit.engine.sources import files

    monkeypatch.setattr(files, "BIG_CSV_BYTES", 0 if path == "big csv" else 10**12)
    modules = {"load": load, "inflation": inflation, "sheet_checks": sheet_checks}
    for name, value in case.limits.items():
        module, attribute = name.split(".")
        monkeypatch.setattr(modules[module], attribute, value)


@pytest.mark.parametrize("name", CASES)
def test_every_path_reads_a_hostile_input_alike(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], postgres: tuple[str, str] | None,
) -> None:  # fmt: skip
    case = CASES[name]
    outcomes: dict[str, str] = {}
    payloads: dict[str, dict] = {}
    for number, path in enumerate(PATHS):
        reason = unsupported(path, case.log) or ("" if path in case.only else case.why_not)
        if not reason and path == "postgres" and postgres is None:
            reason = "no PostgreSQL test server"
        if reason:
            outcomes[path] = f"n/a ({reason})"
            continue
        argv = write(path, case.log, tmp_path, f"log_{uuid.uuid4().hex[:8]}_{number}", postgres)
        with monkeypatch.context() as patch:
            _limits(patch, case, path)
            code, out, err = audit(capsys, [*argv, *case.args], "en")
            if case.refused:
                assert code == 2, f"{path}: exit {code}, expected a refusal ({out[:200]})"
                assert_clear(err, "en")
                code_sv, _, err_sv = audit(capsys, [*argv, *case.args], "sv")
                assert code_sv == 2 and err_sv != err
                assert_clear(err_sv, "sv")
                outcomes[path] = f"exit 2: {err.removeprefix('ethics-toolkit: ')[:70]}…"
                continue
        assert code in (0, 1) and err == "", f"{path}: exit {code}: {err}"
        payloads[path] = json.loads(out)
        outcomes[path] = f"exit {code}: {_figures(payloads[path])}"
    print(f"\n{name}:\n" + "\n".join(f"  {p:9} {o}" for p, o in outcomes.items()))
    if case.refused:
        return
    assert payloads, "no path could read the case"
    expected = expected_groups(case)
    for path, payload in payloads.items():
        assert _figures(payload) == expected, path
        assert {w["code"] for w in payload["warnings"]} == case.warnings, path
    first = next(iter(payloads.values()))
    for path, payload in payloads.items():  # every figure, finding and warning alike
        assert payload["analyses"] == first["analyses"], path
        assert payload["warnings"] == first["warnings"], path
        assert payload["excluded_rows"] == first["excluded_rows"], path

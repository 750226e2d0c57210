"""Parquet and large CSV files through DuckDB give the pandas path's figures."""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ethics_toolkit.engine.audit import audit_source
from ethics_toolkit.engine.errors import SCORE_NOT_NUMERIC, DataValueError, EngineError
from ethics_toolkit.engine.sources import errors
from ethics_toolkit.engine.sources.audit import audit_location
from ethics_toolkit.engine.sources.errors import SourceError
from ethics_toolkit.engine.sources.pushdown import as_pandas_reads
from ethics_toolkit.engine.spec import AuditSpec
from tests.conftest import SAMPLE_DATA
from tests.engine.sources.conftest import COUNTS, DECISIONS
from tests.engine.sources.test_identity import assert_same

SWEDISH = SAMPLE_DATA / "rekrytering_excel_export.csv"
SPECS = [
    AuditSpec(outcome="selected", sensitive=["gender", "background"], truth="qualified"),
    AuditSpec(score="score", sensitive=["gender", "background"]),
    AuditSpec(outcome="selected", positives=["1"], sensitive=["age_band"]),
]
SPEC_IDS = ["truth", "score", "positive"]


def write_parquet(frame: pd.DataFrame, path: Path) -> Path:
    connection = duckdb.connect()
    connection.register("frame", frame)
    connection.execute(f"COPY frame TO '{path}' (FORMAT parquet)")
    connection.close()
    return path


@pytest.fixture(scope="module")
def parquet_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("parquet")
    frame = pd.read_csv(DECISIONS)
    write_parquet(frame.iloc[:2000], folder / "part-1.parquet")
    write_parquet(frame.iloc[2000:], folder / "part-2.parquet")
    write_parquet(frame, folder.parent / "whole.parquet")
    return folder


@pytest.mark.parametrize("spec", SPECS, ids=SPEC_IDS)
def test_parquet_file_folder_and_glob_match_the_csv(parquet_folder: Path, spec: AuditSpec) -> None:
    expected = audit_source(DECISIONS, spec)
    whole = parquet_folder.parent / "whole.parquet"
    for source in (str(whole), str(parquet_folder), str(parquet_folder / "part-*.parquet")):
        got = audit_location(source, spec)
        assert_same(expected, got)
        assert got.reading is not None and got.reading.source_kind == "parquet"
        assert got.reading.rows_read == 5000 and got.reading.rows_fetched < 60
    got = audit_location(str(whole), spec)
    assert got.reading is not None
    assert got.reading.sha256 == hashlib.sha256(whole.read_bytes()).hexdigest()


def test_a_glob_without_files_is_explained(tmp_path: Path) -> None:
    with pytest.raises(SourceError) as info:
        audit_location(str(tmp_path / "*.parquet"), SPECS[0])
    assert info.value.template == errors.NO_PARQUET_FILES


@pytest.mark.parametrize("spec", SPECS, ids=SPEC_IDS)
def test_a_big_csv_is_grouped_by_duckdb_with_the_same_figures(spec: AuditSpec) -> None:
    expected = audit_source(DECISIONS, spec)
    got = audit_location(str(DECISIONS), spec, big_csv_bytes=0)
    assert_same(expected, got)
    assert got.reading is not None and expected.reading is not None
    assert got.reading.rows_fetched is not None  # grouped in DuckDB, not read by pandas
    for field in ("sha256", "encoding", "separator", "decimal", "rows_read", "columns"):
        assert getattr(got.reading, field) == getattr(expected.reading, field), field


def test_semicolons_and_decimal_commas_are_read_as_pandas_reads_them(tmp_path: Path) -> None:
    utf8 = tmp_path / "export.csv"
    utf8.write_text(SWEDISH.read_bytes().decode("cp1252"), encoding="utf-8-sig")
    for spec in (
        AuditSpec(score="Poäng", sensitive=["Kön", "Bakgrund"]),
        AuditSpec(outcome="Urval", positives=["Ja"], sensitive=["Kön"], truth="Kvalificerad",
                  truth_positive="Ja"),
    ):  # fmt: skip
        got = audit_location(str(utf8), spec, big_csv_bytes=0)
        assert_same(audit_source(utf8, spec), got)
        assert got.reading is not None and got.reading.rows_fetched is not None
        assert (got.reading.separator, got.reading.decimal) == (";", ",")


def test_windows_1252_and_group_counts_go_back_to_pandas() -> None:
    spec = AuditSpec(outcome="Urval", positives=["Ja"], sensitive=["Kön"])
    got = audit_location(str(SWEDISH), spec, big_csv_bytes=0)
    assert got.reading is not None and got.reading.encoding == "cp1252"
    assert got.reading.rows_fetched is None  # read by pandas: same figures, more memory
    assert_same(audit_source(SWEDISH, spec), got)
    counts = AuditSpec(outcome="selected", sensitive=["gender"])
    got = audit_location(str(COUNTS), counts, big_csv_bytes=0)
    assert got.reading is not None and got.reading.kind == "aggregated"
    assert_same(audit_source(COUNTS, counts), got)


def test_a_text_score_stops_both_paths_with_the_same_message(tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_text("g,score\nA,1.5\nB,2,5\nA,n/a\nB,\n".replace("2,5", '"2,5"'), "utf-8")
    spec = AuditSpec(score="score", sensitive=["g"])
    messages = []
    for threshold in (10**9, 0):
        with pytest.raises(DataValueError) as info:
            audit_location(str(path), spec, big_csv_bytes=threshold)
        assert info.value.template == SCORE_NOT_NUMERIC
        messages.append(info.value.en)
    assert messages[0] == messages[1]


def test_decision_values_are_typed_as_pandas_types_them() -> None:
    assert as_pandas_reads(["1.0", "0.0", None, "1.0"], ".") == [1.0, 0.0, None, 1.0]
    assert as_pandas_reads(["true", "False"], ".") == [True, False]
    assert as_pandas_reads(["0,5", "1"], ",") == ["0,5", "1"]  # as pandas: categories keep "0,5"
    assert as_pandas_reads(["Ja", "Nej", " Ja"], ",") == ["Ja", "Nej", " Ja"]


# Values as HR exports write them: case and space variants, unknown markers, empty fields.
GROUPS = st.sampled_from(["Woman", "Man", " Man", "Not stated", "okänd", "", "Non-binary"])
ORIGINS = st.sampled_from(["Sweden", "Outside Europe", "01", "1", ""])
OUTCOMES = st.sampled_from(["1", "0", "1.0", "0.0", "", "yes", "no"])
TRUTHS = st.sampled_from(["1", "0", ""])
ROWS = st.lists(st.tuples(GROUPS, ORIGINS, OUTCOMES, TRUTHS), min_size=1, max_size=60)


def csv_bytes(rows: list[tuple[str, str, str, str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["gender", "origin", "decision", "fit"])
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def outcome_of(call) -> tuple[str, object]:  # type: ignore[no-untyped-def]
    """The figures, or which message stopped the audit: both paths must agree on either."""
    try:
        result = call()
    except EngineError as error:
        return "error", (error.template, error.fields)
    return "result", (
        [a.model_dump() for a in result.analyses],
        result.spec,
        result.n_rows,
        result.excluded_rows,
    )


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=ROWS, truth=st.booleans())
def test_pandas_and_duckdb_agree_on_any_log(tmp_path: Path, rows: list, truth: bool) -> None:
    path = tmp_path / "log.csv"
    path.write_bytes(csv_bytes(rows))
    spec = AuditSpec(outcome="decision", sensitive=["gender", "origin"],
                     truth="fit" if truth else None)  # fmt: skip
    pandas_path = outcome_of(lambda: audit_location(str(path), spec, big_csv_bytes=10**9))
    duckdb_path = outcome_of(lambda: audit_location(str(path), spec, big_csv_bytes=0))
    assert duckdb_path == pandas_path


def test_features_and_the_process_through_duckdb_match_pandas(parquet_folder: Path) -> None:
    from tests.engine.sources.conftest import PROCESS
    from tests.engine.sources.test_identity import PROCESS_SPEC

    spec = PROCESS_SPEC.model_copy(update={"features_auto": True})
    expected = audit_source(PROCESS, spec)
    assert_same(expected, audit_location(str(PROCESS), spec, big_csv_bytes=0))
    parquet = write_parquet(pd.read_csv(PROCESS), parquet_folder.parent / "process.parquet")
    got = audit_location(str(parquet), spec)
    assert_same(expected, got)
    assert got.features == expected.features and got.features


HOSTILE = {
    "trailing separators": "g,o,\nA,1,\nB,0,\nA,0,\nB,1,\n",
    "an unnamed column with data": "g,o,\nA,1,x\nB,0,\n",
    "a value beyond the header": "g,o\nA,1\nB,0,extra\n",
    "a header without rows": "g,o\n",
    "an infinite score": "g,o,s\nA,1,1.5\nB,0,inf\n",
    "a text score": "g,o,s\nA,1,1.5\nB,0,n/a\n",
    "a long field": "g,o\nA,1\n" + "B" * 100_001 + ",0\n",
    "a duplicate header": "g,o,g\nA,1,B\n",
}


HOSTILE_CASES = [
    pytest.param(text, score, id=f"{name}, {'score' if score else 'decision'}")
    for name, text in HOSTILE.items()
    for score in (False, True)
    if not score or ",s" in text.splitlines()[0]
]


@pytest.mark.parametrize(("text", "score"), HOSTILE_CASES)
def test_what_pandas_refuses_duckdb_refuses_with_the_same_message(
    tmp_path: Path, text: str, score: bool
) -> None:
    path = tmp_path / "log.csv"
    path.write_text(text, encoding="utf-8")
    role = {"score": "s"} if score else {"outcome": "o"}
    spec = AuditSpec(sensitive=["g"], **role)
    pandas_path = outcome_of(lambda: audit_location(str(path), spec, big_csv_bytes=10**9))
    duckdb_path = outcome_of(lambda: audit_location(str(path), spec, big_csv_bytes=0))
    assert duckdb_path == pandas_path

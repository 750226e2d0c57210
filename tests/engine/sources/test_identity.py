"""SQLite, DuckDB and PostgreSQL give the file path's figures, and fetch only the cells."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from ethics_toolkit.engine.audit import audit_frame, audit_source, cells_of_frame
from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.engine.sources.audit import audit_database
from ethics_toolkit.engine.sources.database import open_relation
from ethics_toolkit.engine.sources.pushdown import cells_of_relation
from ethics_toolkit.engine.spec import AuditSpec, Cell
from tests.engine.sources.conftest import (
    COUNTS,
    DECISIONS,
    PROCESS,
    as_text,
    dated_log,
    text_frame,
)

Locate = Callable[[str], tuple[str, str]]


@pytest.fixture(params=["sqlite", "duckdb", pytest.param("postgresql", marks=pytest.mark.postgres)])
def locate(request: pytest.FixtureRequest) -> Locate:
    """Table name -> (URL, the name to give --table) on each back end."""
    if request.param == "postgresql":
        url, schema = request.getfixturevalue("pg_source")
        return lambda table: (url, f"{schema}.{table}")
    url = request.getfixturevalue(f"{request.param}_url")
    return lambda table: (url, table)


def cell_key(cell: Cell) -> tuple:
    return tuple(sorted((k, str(v)) for k, v in cell.model_dump().items()))


def assert_same(expected: AuditResult, got: AuditResult) -> None:
    assert got.n_rows == expected.n_rows
    assert got.excluded_rows == expected.excluded_rows
    assert got.score_median == expected.score_median
    assert got.spec == expected.spec
    assert [a.model_dump() for a in got.analyses] == [a.model_dump() for a in expected.analyses]
    assert [p.model_dump() for p in got.periods or []] == [
        p.model_dump() for p in expected.periods or []
    ]
    assert sorted(map(cell_key, got.cells)) == sorted(map(cell_key, expected.cells))


ROW_SPECS = [
    AuditSpec(outcome="selected", sensitive=["gender", "background"], truth="qualified"),
    AuditSpec(outcome="selected", positives=["1"], sensitive=["age_band", "gender"]),
    AuditSpec(outcome="qualified", sensitive=["background"], truth="selected", truth_positive="1"),
]


@pytest.mark.parametrize("table", ["decisions", "typed", "decision log"])
@pytest.mark.parametrize("spec", ROW_SPECS, ids=["truth", "positive", "truth-positive"])
def test_row_level_tables_match_the_file(locate: Locate, table: str, spec: AuditSpec) -> None:
    url, name = locate(table)
    expected = audit_source(DECISIONS, spec)
    got = audit_database(url, spec, table=name)
    assert_same(expected, got)
    assert got.reading is not None and got.reading.rows_read == 5000
    # Only the cells crossed the wire: one row per distinct combination of the role columns.
    combinations = text_frame(DECISIONS)[spec.roles].drop_duplicates()
    assert got.reading.rows_fetched == len(combinations)


def test_score_mode_matches_the_file(locate: Locate) -> None:
    spec = AuditSpec(score="score", sensitive=["gender", "background"])
    url, name = locate("typed")
    got = audit_database(url, spec, table=name)
    assert_same(audit_source(DECISIONS, spec), got)
    assert got.score_median == 57.1  # checked by hand: numpy.median of the sample's scores


def test_group_count_table_is_detected_and_matches_the_file(locate: Locate) -> None:
    spec = AuditSpec(outcome="selected", sensitive=["gender", "background"])
    url, name = locate("counts")
    got = audit_database(url, spec, table=name)
    assert_same(audit_source(COUNTS, spec), got)
    assert got.reading is not None and got.reading.kind == "aggregated"
    assert got.n_rows == int(pd.read_csv(COUNTS)["applicants"].sum())


def test_query_is_audited_as_a_subquery(locate: Locate) -> None:
    url, name = locate("decisions")
    table = ".".join(f'"{part}"' for part in name.split("."))
    query = f"SELECT gender, background, selected FROM {table} WHERE background <> 'Europe'"
    spec = AuditSpec(outcome="selected", sensitive=["gender", "background"])
    frame = text_frame(DECISIONS)
    expected = audit_frame(frame[frame["background"] != "Europe"], spec)
    got = audit_database(url, spec, query=query)
    assert_same(expected, got)
    assert got.reading is not None
    assert got.reading.source_kind == "query" and len(got.reading.query_sha256 or "") == 64


@pytest.mark.parametrize("freq", ["month", "quarter", "year"])
def test_periods_of_date_and_text_columns_match_the_file(locate: Locate, freq: str) -> None:
    """SQLite stores the dates as text (parsed by the engine); DuckDB and PostgreSQL as DATE."""
    spec = AuditSpec(outcome="final", sensitive=["g"], period="day", freq=freq)
    url, name = locate("dated")
    got = audit_database(url, spec, table=name)
    assert_same(audit_frame(as_text(dated_log()), spec), got)
    assert got.periods and got.reading is not None
    frame = as_text(dated_log())
    if url.startswith("sqlite"):  # text dates are grouped as written (builder's docstring)
        keys = frame[["g", "final", "day"]]
    else:  # DATE columns are bucketed in SQL: one row per period, never per day
        periods = pd.to_datetime(frame["day"]).dt.to_period(freq[0].upper())
        keys = frame[["g", "final"]].assign(period=periods)
    assert got.reading.rows_fetched == len(keys.drop_duplicates())


def test_score_with_periods_matches_the_file(locate: Locate) -> None:
    spec = AuditSpec(score="score", sensitive=["g"], period="day", freq="quarter")
    url, name = locate("dated")
    assert_same(audit_frame(as_text(dated_log()).assign(score=dated_log()["score"]), spec),
                audit_database(url, spec, table=name))  # fmt: skip


def test_every_dimension_pushes_down_to_the_same_cells(locate: Locate) -> None:
    spec = AuditSpec(
        outcome="final",
        sensitive=["g"],
        stratify="job",
        recommendation="ai",
        recommendation_positives=["yes"],
        stage="reached",
        stages=["applied", "interview", "offer"],
        period="day",
    )
    expected_spec, expected = cells_of_frame(as_text(dated_log()), spec)
    url, name = locate("dated")
    with open_relation(url, table=name) as relation:
        pushed = cells_of_relation(relation, spec)
    assert pushed.spec == expected_spec
    assert (pushed.cells.n_rows, pushed.cells.excluded) == (expected.n_rows, expected.excluded)
    assert sorted(map(cell_key, pushed.cells.cells)) == sorted(map(cell_key, expected.cells))


PROCESS_SPEC = AuditSpec(
    outcome="final_decision",
    sensitive=["gender", "background"],
    recommendation="ai_recommendation",
    recommendation_positives=["yes"],
    stage="furthest_stage",
    stages=["applied", "screened", "interview", "offer", "hired"],
)


@pytest.mark.parametrize("table", ["process", "process_typed"])
@pytest.mark.parametrize(
    "features",
    [{"features": ["postcode_area", "years_experience"]}, {"features_auto": True}],
    ids=["named", "auto"],
)
def test_oversight_funnel_and_features_match_the_file(
    locate: Locate, table: str, features: dict
) -> None:
    """Features take one GROUP BY each (the cells' keys + the feature), decided by the engine."""
    spec = PROCESS_SPEC.model_copy(update=features)
    url, name = locate(table)
    expected = audit_source(PROCESS, spec)
    got = audit_database(url, spec, table=name)
    assert_same(expected, got)
    assert [f.model_dump() for f in got.features or []] == [
        f.model_dump() for f in expected.features or []
    ]
    assert {f.column for f in got.features or []} >= {"postcode_area", "years_experience"}


def test_features_per_period_match_the_file(locate: Locate) -> None:
    spec = AuditSpec(outcome="final", sensitive=["g"], period="day", features=["job", "score"])
    url, name = locate("dated")
    frame = as_text(dated_log()).assign(score=dated_log()["score"])
    expected = audit_frame(frame, spec)
    got = audit_database(url, spec, table=name)
    assert_same(expected, got)
    assert got.periods and expected.periods
    for mine, theirs in zip(got.periods, expected.periods, strict=True):
        assert [a.model_dump() for a in mine.analyses] == [a.model_dump() for a in theirs.analyses]


def test_a_sqlite_boolean_column_reads_as_true_and_false_like_everywhere_else(
    tmp_path: Path,
) -> None:
    """SQLite stores a BOOLEAN column (what ``DataFrame.to_sql`` creates for bools) as 1/0; the
    file, Parquet, DuckDB and PostgreSQL all give True/False. A value SQLite keeps as text in
    such a column stays as written."""
    import sqlalchemy as sa

    frame = pd.DataFrame(
        {
            "gender": ["Man", "Woman"] * 30,
            "hired": [True, True, False, False, True, False] * 10,
            "flag": [True, False, None] * 20,
        }
    )
    csv = tmp_path / "log.csv"
    frame.to_csv(csv, index=False)
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'log.sqlite3'}")
    frame.to_sql("log", engine, index=False)
    with engine.begin() as connection:  # SQLite keeps text in a BOOLEAN column as text
        connection.exec_driver_sql("CREATE TABLE odd (gender TEXT, hired BOOLEAN, flag BOOLEAN)")
        connection.exec_driver_sql(
            "INSERT INTO odd VALUES ('Man', 'Ja', 1), ('Woman', 'Nej', 0), ('Man', 'Nej', 1)"
        )
    engine.dispose()
    url = f"sqlite:///{tmp_path / 'log.sqlite3'}"
    for spec in (
        AuditSpec(outcome="hired", positives=["True"], sensitive=["gender"]),
        AuditSpec(outcome="hired", sensitive=["gender"], truth="flag", truth_positive="True"),
    ):
        expected = audit_source(csv, spec)
        got = audit_database(url, spec, table="log")
        assert_same(expected, got)
        assert got.spec.outcome_classes == {"True": "selected", "False": "not_selected"}
    odd = audit_database(url, AuditSpec(outcome="hired", positives=["Ja"], sensitive=["flag"]),
                         table="odd")  # fmt: skip
    assert odd.spec.outcome_classes == {"Ja": "selected", "Nej": "not_selected"}
    assert {tuple(c.values.values()) for c in odd.cells} == {("True",), ("False",)}

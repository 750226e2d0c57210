"""The one GROUP BY, compiled for distributed engines (Trino, BigQuery) and PostgreSQL.

No server is contacted: the same builder that runs on SQLite, DuckDB and PostgreSQL in the other
tests is compiled with each dialect, to show that the statement a warehouse receives has the
expected shape: raw keys and buckets projected once, grouped by name, identifiers quoted by the
dialect, every value a bound parameter.
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import column, table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect

from ethics_toolkit.engine.sources import builder
from ethics_toolkit.engine.spec import AuditSpec

LOG = table(
    "decision log",
    *[column(c) for c in ("gender", "origin country", "decision", "qualified", "score", "day")],
    *[column(c) for c in ("applicants", "offers")],
    schema="hr",
)
QUOTED = {  # how each dialect must write the table and a column with a space
    "trino": ('hr."decision log"', '"origin country"'),
    "bigquery": ("`hr`.`decision log`", "`origin country`"),
    "postgresql": ('hr."decision log"', '"origin country"'),
}


def _bigquery():  # type: ignore[no-untyped-def]
    """sqlalchemy-bigquery, imported without its global ``func.unnest`` (registered on import),
    which would otherwise change the SQL of every later test in the session."""
    from sqlalchemy.sql import functions

    saved = {package: dict(names) for package, names in functions._registry.items()}
    module = pytest.importorskip("sqlalchemy_bigquery")
    functions._registry.clear()
    functions._registry.update(saved)
    return module


def dialect(name: str) -> Dialect:
    if name == "trino":
        return pytest.importorskip("trino.sqlalchemy.dialect").TrinoDialect()
    if name == "bigquery":
        return _bigquery().BigQueryDialect()
    return postgresql.dialect()


def group_by_keys(sql: str) -> list[str]:
    clause = sql.split("GROUP BY", 1)[1].split("LIMIT")[0]
    return [key.strip().replace("`", "") for key in clause.split(",")]


@pytest.mark.parametrize("name", list(QUOTED))
def test_decisions_truth_and_dates_compile_to_one_group_by(name: str) -> None:
    spec = AuditSpec(
        outcome="decision", sensitive=["gender", "origin country"], truth="qualified", period="day"
    )
    group_by = builder.cells_statement(LOG, spec, period="date", limit=500_001)
    compiled = group_by.statement.compile(dialect=dialect(name))
    sql = str(compiled)
    table_name, spaced = QUOTED[name]
    assert sql.count("GROUP BY") == 1 and sql.count("SELECT") == 2
    assert f"FROM {table_name}" in sql and spaced in sql
    assert group_by_keys(sql) == [f"keyed.k{i}" for i in range(6)]
    assert [k.role for k in group_by.keys] == [
        "gender", "origin country", "decision", "qualified", builder.YEAR, builder.PART
    ]  # fmt: skip
    assert re.search(r"EXTRACT\(year FROM .*EXTRACT\(quarter FROM", sql)
    assert "count(*) AS " in sql
    assert compiled.params == {"param_1": 500_001}  # the limit: the cap on grouped rows


@pytest.mark.parametrize("name", list(QUOTED))
def test_score_mode_buckets_in_sql_with_the_median_bound(name: str) -> None:
    spec = AuditSpec(score="score", sensitive=["gender"])
    group_by = builder.cells_statement(LOG, spec, score_median=57.1)
    compiled = group_by.statement.compile(dialect=dialect(name))
    sql = str(compiled).replace("`", "")
    assert "57.1" not in sql  # bound, never written into the SQL
    assert [v for v in compiled.params.values() if v == 57.1] == [57.1] * 3
    assert re.search(r"CASE WHEN \(.*score > .*\) THEN .* WHEN \(.*score IS NOT NULL\)", sql)
    assert "max(CASE WHEN (keyed.score <= " in sql and "min(CASE WHEN (keyed.score >= " in sql
    assert group_by_keys(sql) == ["keyed.k0", "keyed.k1"]


@pytest.mark.parametrize(
    ("name", "function"),
    [("postgresql", "percentile_cont"), ("trino", None), ("bigquery", None), ("duckdb", "median")],
)
def test_the_median_is_an_aggregate_or_an_exact_middle(name: str, function: str | None) -> None:
    statement = builder.median_statement(LOG, "score", dialect=name)
    if function is None:
        assert statement is None  # no exact median aggregate: count, then the middle rows
        sql = str(builder.middle_statement(LOG, "score", n=11).compile(dialect=dialect(name)))
        assert "ORDER BY" in sql and "OFFSET" in sql and "LIMIT" in sql
    else:
        assert function in str(statement.compile(dialect=postgresql.dialect()))


def test_group_count_tables_sum_their_counts() -> None:
    spec = AuditSpec(
        outcome="offers", count_column="applicants", selected_column="offers", sensitive=["gender"]
    )
    group_by = builder.cells_statement(LOG, spec, aggregated=True)
    sql = str(group_by.statement.compile(dialect=dialect("trino")))
    assert "sum(keyed.applicants)" in sql and "sum(keyed.selected)" in sql
    assert group_by.aggregates == ["rows", "applicants", "selected", "bad"]
    assert group_by_keys(sql) == ["keyed.k0"]


def test_a_user_query_is_a_subquery_and_its_colons_are_not_parameters() -> None:
    from ethics_toolkit.engine.sources.database import as_text

    query = "SELECT gender, decision FROM log WHERE at > '10:00' AND id::text <> ''"
    source = as_text(query).columns(column("gender"), column("decision")).subquery("source")
    spec = AuditSpec(outcome="decision", sensitive=["gender"])
    sql = str(builder.cells_statement(source, spec).statement.compile(dialect=sqlite.dialect()))
    assert f"FROM ({query}) AS source" in sql

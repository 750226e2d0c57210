"""The one ``GROUP BY`` of an audit, built with SQLAlchemy Core for any dialect.

Shape (identifiers quoted by the dialect, values bound as parameters, never concatenated)::

    SELECT k0, k1, …, count(*) AS n [, max(lo), min(hi)]
    FROM (SELECT <raw role column or bucket> AS k0, … FROM <table or (user query)> AS source)
         AS keyed
    GROUP BY k0, k1, …

The keys are the RAW role columns (sensitive attributes, outcome, truth, stratum, recommendation,
stage) plus buckets computed in the database for what must not be fetched row by row:

- score mode: ``1`` strictly above the median, ``0`` at or below, ``NULL`` without a score. The
  median comes from :func:`median_statement` first (``percentile_cont`` / DuckDB ``median`` /
  Spark ``percentile``; elsewhere an exact ``ORDER BY … LIMIT 2 OFFSET`` over a ``count``). Each
  group also returns its largest score at or below and smallest at or above the median, so the
  median reported is NumPy's (the mean of the two middle scores) whatever the database's
  floating-point rounding.
- period on a DATE/TIMESTAMP column: ``EXTRACT(year …)`` and ``EXTRACT(quarter|month …)``. Text
  dates stay raw keys: their parsing rules (day-first unless a value cannot be, Excel serials,
  several formats, decided over all values) are the file path's and no SQL dialect shares them;
  a log has one distinct date per decision day, so this adds at most a few thousand grouped rows.
- feature columns (issue 11): one more raw key each, in a ``GROUP BY`` of their own (the cells'
  keys plus the feature), so the engine bins and measures them exactly as for a file and the
  grouped rows grow by one feature's values at a time, never by their product.

The keys are projected in an inner ``SELECT`` and grouped by name in the outer one: a bucket with
a bound parameter could not be repeated in ``GROUP BY`` (PostgreSQL would see two different
parameters). Group-count tables (one row per group with applicants and selected) sum their count
columns instead: ``sum(applicants)``, ``sum(selected)`` and the number of rows whose counts are
impossible.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from ethics_toolkit.engine.spec import AuditSpec

if TYPE_CHECKING:
    from sqlalchemy.sql import ColumnElement, FromClause, Select

PeriodKind = Literal["date", "raw"]

# Dialects with the ordered-set aggregate percentile_cont(0.5) WITHIN GROUP (ORDER BY x).
PERCENTILE_CONT = frozenset({"postgresql", "oracle", "snowflake", "redshift", "cockroachdb"})
# Dialects with an exact median aggregate of their own.
MEDIAN_FUNCTION = {"duckdb": "median", "databricks": "median"}
SPARK_PERCENTILE = frozenset({"hive", "spark", "sparksql"})

COUNT = "n"
LOW, HIGH = "lo", "hi"
ROWS, APPLICANTS, SELECTED, BAD = "rows", "applicants", "selected", "bad"
YEAR, PART = "period_year", "period_part"
ABOVE = "above_median"


@dataclass(frozen=True)
class Key:
    """One grouping key: its label in SQL, the role it fills, the source column it comes from."""

    label: str
    role: str
    column: str


@dataclass(frozen=True)
class GroupBy:
    """The statement and what its result columns mean."""

    statement: Select
    keys: list[Key]
    aggregates: list[str] = field(default_factory=list)

    @property
    def labels(self) -> list[str]:
        return [k.label for k in self.keys] + self.aggregates


def _role_columns(spec: AuditSpec, *, aggregated: bool) -> list[tuple[str, str]]:
    """(role, column) of every raw key, in the order the frame handed to the engine uses."""
    roles = [(column, column) for column in spec.sensitive]
    if not aggregated:
        if spec.outcome is not None and spec.score is None:
            roles.append((spec.outcome, spec.outcome))
        for column in (spec.truth, spec.recommendation, spec.stage):
            if column is not None:
                roles.append((column, column))
    if spec.stratify is not None:
        roles.append((spec.stratify, spec.stratify))
    return roles


def cells_statement(
    source: FromClause,
    spec: AuditSpec,
    *,
    aggregated: bool = False,
    score_median: float | None = None,
    period: PeriodKind = "raw",
    limit: int | None = None,
    extra: Sequence[str] = (),
) -> GroupBy:
    """The ``GROUP BY`` of the module docstring for ``spec`` over ``source``.

    ``extra``: more raw columns to group by (a feature column).
    """
    from sqlalchemy import case, extract, func, select

    projected: list[ColumnElement] = []
    keys: list[Key] = []

    def add(expression: ColumnElement, role: str, column: str) -> None:
        label = f"k{len(keys)}"
        projected.append(expression.label(label))
        keys.append(Key(label=label, role=role, column=column))

    for role, column in _role_columns(spec, aggregated=aggregated):
        add(source.c[column], role, column)
    for column in extra:
        add(source.c[column], column, column)
    if spec.score is not None and not aggregated:
        assert score_median is not None, "score mode needs the median first"
        score = source.c[spec.score]
        add(case((score > score_median, 1), (score.is_not(None), 0)), ABOVE, spec.score)
        projected.append(score.label("score"))
    if spec.period is not None:
        day = source.c[spec.period]
        if period == "date":
            add(extract("year", day), YEAR, spec.period)
            if spec.freq != "year":
                add(extract(spec.freq, day), PART, spec.period)
        else:
            add(day, spec.period, spec.period)
    if aggregated:
        assert spec.count_column is not None and spec.selected_column is not None
        projected += [
            source.c[spec.count_column].label("applicants"),
            source.c[spec.selected_column].label("selected"),
        ]
    keyed = select(*projected).select_from(source).subquery("keyed")
    grouped = [keyed.c[k.label] for k in keys]
    if aggregated:
        applicants, selected = keyed.c.applicants, keyed.c.selected
        impossible = (selected > applicants) | (selected < 0) | (applicants < 0)
        aggregates = [
            func.count().label(ROWS),
            func.sum(applicants).label(APPLICANTS),
            func.sum(selected).label(SELECTED),
            func.sum(case((impossible, 1), else_=0)).label(BAD),
        ]
    else:
        aggregates = [func.count().label(COUNT)]
        if spec.score is not None:
            aggregates += [
                func.max(case((keyed.c.score <= score_median, keyed.c.score))).label(LOW),
                func.min(case((keyed.c.score >= score_median, keyed.c.score))).label(HIGH),
            ]
    statement = select(*grouped, *aggregates).select_from(keyed)
    if grouped:
        statement = statement.group_by(*grouped)
    if limit is not None:
        statement = statement.limit(limit)
    return GroupBy(statement=statement, keys=keys, aggregates=[a.name for a in aggregates])


def non_finite(score: ColumnElement, dialect: str) -> ColumnElement:
    """True for NaN, +infinity and -infinity, in any dialect.

    PostgreSQL sorts NaN above every number (so it is "above the median"), IEEE dialects (Trino,
    BigQuery) make ``NaN != NaN`` true; either comparison catches it, and beyond the largest finite
    double there is only infinity. DuckDB folds such comparisons with a Parquet file's statistics,
    which leave NaN out (a file with NaN scores "has none"), so there ``NOT isfinite(score)``.
    """
    import sys

    from sqlalchemy import Float, bindparam, func, not_, or_

    if dialect == "duckdb":
        return not_(func.isfinite(score))
    largest = bindparam("largest_double", sys.float_info.max, type_=Float())
    return or_(score > largest, score < -largest, score != score)


def non_finite_count(score: ColumnElement, dialect: str) -> ColumnElement:
    """The number of non-finite scores, in the same scan as the median."""
    from sqlalchemy import case, func

    return func.sum(case((non_finite(score, dialect), 1), else_=0)).label(BAD)


def median_statement(source: FromClause, column: str, *, dialect: str) -> Select | None:
    """``(median, number of scores, non-finite scores)`` in one aggregate, or ``None`` where the
    dialect has no median."""
    from sqlalchemy import Double, cast, func, select

    score = source.c[column]
    number = cast(score, Double)  # DuckDB's median of a DECIMAL(10,1) is rounded to 1 decimal
    if dialect in PERCENTILE_CONT:
        median = func.percentile_cont(0.5).within_group(number)
    elif dialect in MEDIAN_FUNCTION:
        median = getattr(func, MEDIAN_FUNCTION[dialect])(number)
    elif dialect in SPARK_PERCENTILE:
        median = func.percentile(number, 0.5)
    else:
        return None
    counts = [func.count(score).label(COUNT), non_finite_count(score, dialect)]
    return select(median.label("median"), *counts).select_from(source)


def rows_statement(source: FromClause) -> Select:
    """``count(*)``: whether a source without grouped rows has any row at all."""
    from sqlalchemy import func, select

    return select(func.count().label(COUNT)).select_from(source)


def count_statement(source: FromClause, column: str, *, dialect: str) -> Select:
    """The number of non-null values of ``column`` and of non-finite ones (the exact median's
    first step)."""
    from sqlalchemy import func, select

    score = source.c[column]
    counts = [func.count(score).label(COUNT), non_finite_count(score, dialect)]
    return select(*counts).select_from(source)


def non_finite_statement(source: FromClause, column: str, *, dialect: str) -> Select:
    """One non-finite score, to name in the message (an aggregate: DuckDB would prune a
    ``WHERE`` on a Parquet file's statistics)."""
    from sqlalchemy import case, func, select

    score = source.c[column]
    return select(func.min(case((non_finite(score, dialect), score)))).select_from(source)


def middle_statement(source: FromClause, column: str, *, n: int) -> Select:
    """The one or two middle values of ``column`` (``n`` non-null values): an exact median."""
    from sqlalchemy import select

    value = source.c[column]
    return (
        select(value)
        .select_from(source)
        .where(value.is_not(None))
        .order_by(value)
        .offset((n - 1) // 2)
        .limit(2 - n % 2)
    )


def sample_statement(source: FromClause, column: str) -> Select:
    """One non-null value of ``column``: tells a DATE from a text column in any dialect."""
    from sqlalchemy import select

    value = source.c[column]
    return select(value).select_from(source).where(value.is_not(None)).limit(1)


def distinct_statement(source: FromClause, columns: Sequence[str]) -> Select:
    """``count(DISTINCT c)`` of each column: which key made a ``GROUP BY`` explode."""
    from sqlalchemy import distinct, func, select

    return select(
        *[func.count(distinct(source.c[c])).label(f"d{i}") for i, c in enumerate(columns)]
    ).select_from(source)


def outcome_values_statement(source: FromClause, column: str, *, limit: int) -> Select:
    """Up to ``limit`` distinct values of the outcome: are they counts rather than decisions?"""
    from sqlalchemy import select

    return select(source.c[column]).select_from(source).distinct().limit(limit)

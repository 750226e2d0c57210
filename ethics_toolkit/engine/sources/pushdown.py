"""A :class:`Relation` -> one ``GROUP BY`` -> the engine's cells -> an :class:`AuditResult`.

The database does the counting; the value decisions stay the file path's, by construction: the
grouped rows (one per distinct combination of raw role values, with its count) go to
:func:`~ethics_toolkit.engine.cells.aggregate.cells_from_rows` with the counts as weights, so
unknown values, the outcome classification (``--positive`` / ``--negative`` / ``--exclude``), stages
and dates are decided by the same functions as for a CSV file. That is how "applied in SQL with the
same results" is met: the rules run once per distinct value instead of once per row, and one scan
replaces a scan per column; only cells cross the wire. Group-count tables are summed in SQL and go
to :func:`~ethics_toolkit.engine.cells.aggregate.cells_from_counts`.

Queries per audit: the ``GROUP BY``; before it, in score mode, the median (one aggregate) and, with
``--period``, one sampled value to tell a DATE column from text; a ``DISTINCT`` of the outcome
only when a count-like column makes a group-count table possible; with ``--features`` one more
``GROUP BY`` per feature. A ``GROUP BY`` that would
return more than ``max_rows`` rows (an identifier used as an attribute) stops at ``max_rows + 1``
rows and one ``count(DISTINCT …)`` names the column at fault.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from ethics_toolkit.engine.audit import _check_roles, audit_cells, resolve_spec
from ethics_toolkit.engine.cells.aggregate import (
    MAX_GROUPS,
    MAX_STRATA,
    Cells,
    Precomputed,
    cells_from_counts,
)
from ethics_toolkit.engine.cells.aggregate import cells_from_rows as _cells_from_rows
from ethics_toolkit.engine.errors import (
    NO_OUTCOME_VALUES,
    TOO_MANY_GROUPS,
    DataValueError,
    GroupError,
    list_values,
)
from ethics_toolkit.engine.models import AuditResult, FeatureAssociation
from ethics_toolkit.engine.reading.tabular import FIELD_LIMIT, require_columns
from ethics_toolkit.engine.recipe.guess import find_count_column
from ethics_toolkit.engine.sources import builder
from ethics_toolkit.engine.sources.checks import (
    check_score_type,
    plain,
    refuse_nested,
    refuse_non_finite,
)
from ethics_toolkit.engine.sources.errors import (
    BAD_COUNTS_IN_SOURCE,
    COLUMN_NOT_IN_SOURCE,
    NESTED_VALUES,
    NO_ROWS_IN_SOURCE,
    TOO_MANY_CELLS,
    SourceError,
)
from ethics_toolkit.engine.sources.files import UseThePandasPath
from ethics_toolkit.engine.sources.relation import Relation
from ethics_toolkit.engine.spec import AuditSpec, ReadingInfo

if TYPE_CHECKING:
    import pandas as pd

# More grouped rows than this means a key with far too many values (an id as an attribute).
MAX_GROUPED_ROWS = 500_000
_OUTCOME_PROBE = 1000


# Import the metric libraries while the database groups (see _warm_up).
WARM_UP = True


def _warm_up() -> None:
    """Import pandas, scipy and fairlearn in a second thread while the ``GROUP BY`` runs.

    The main thread only waits for the database (or DuckDB's own threads) then, with the GIL
    released, so the imports (most of a second) overlap the query instead of following it.
    """
    import threading

    def load() -> None:
        try:
            import fairlearn.metrics  # noqa: F401
            import scipy.stats  # noqa: F401
        except Exception:  # the engine imports them again and reports any problem itself
            return

    threading.Thread(target=load, name="warm-up-metrics").start()


def _require(relation: Relation, spec: AuditSpec) -> None:
    if relation.kind == "csv":  # the file path's messages, separator hint included
        require_columns(spec.roles, relation.columns, separator=relation.reading.get("separator"))
        return
    for column in spec.roles:
        if column not in relation.columns:
            raise SourceError(
                COLUMN_NOT_IN_SOURCE,
                column=column,
                source=relation.name,
                available=list_values(relation.columns),
            )


def as_pandas_reads(values: list[object], decimal: str) -> list[object]:
    """Text values typed as pandas' CSV reader types a categorical column of them.

    The distinct values go through ``pandas.read_csv`` itself with the file path's options, so
    ``1.0`` becomes 1 and ``true`` True exactly when they would in a file read by pandas.
    """
    import pandas as pd

    distinct = sorted({str(v) for v in values if v is not None})
    if not distinct:
        return values
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n")
    writer.writerow(["i", "v"])
    writer.writerows(enumerate(distinct))
    buffer.seek(0)
    typed = pd.read_csv(
        buffer,
        sep="\t",
        decimal=decimal,
        dtype={"v": "category"},
        keep_default_na=False,
        na_values=[""],
        index_col=False,
    )
    mapping = dict(zip(distinct, typed["v"].tolist(), strict=True))
    return [None if v is None else mapping[str(v)] for v in values]


def _as_written(spec: AuditSpec) -> set[str]:
    """The columns the file path reads as written; it types the others (decisions, features)."""
    return {*spec.sensitive, *(c for c in (spec.stratify, spec.period) if c is not None)}


def _column_values(relation: Relation, spec: AuditSpec, role: str, values: list) -> list:
    refuse_nested(relation, role, values)
    values = [plain(v) for v in values]
    if relation.csv_decimal is None:
        return values
    if any(isinstance(v, str) and len(v) > FIELD_LIMIT for v in values):
        raise UseThePandasPath("a field longer than the reader's limit")  # pandas names it
    if role not in _as_written(spec):
        return as_pandas_reads(values, relation.csv_decimal)
    return values


def _resolve_counts(relation: Relation, spec: AuditSpec) -> AuditSpec:
    """The spec with a group-count table's columns filled in, decided as for a file."""
    import pandas as pd

    explicit = spec.count_column is not None or spec.selected_column is not None
    possible = (
        spec.outcome is not None
        and not (spec.positives or spec.negatives or spec.excluded)
        and find_count_column(relation.columns, exclude=spec.roles) is not None
    )
    if not (explicit or possible):
        return spec
    probe = pd.DataFrame({c: pd.Series([], dtype=object) for c in relation.columns})
    if not explicit:
        assert spec.outcome is not None
        statement = builder.outcome_values_statement(
            relation.selectable, spec.outcome, limit=_OUTCOME_PROBE
        )
        values = [row[0] for row in relation.fetch(statement)]
        values = _column_values(relation, spec, spec.outcome, values)
        probe = pd.DataFrame({c: [None] * len(values) for c in relation.columns})
        probe[spec.outcome] = pd.Series(values, dtype=object)
    resolved = resolve_spec(spec, probe)
    if resolved.count_column is not None and relation.kind == "csv":
        raise UseThePandasPath("group counts")  # small by nature; the file path checks each row
    return resolved


def _require_rows(relation: Relation) -> None:
    """An empty table or a query that selects nothing is said as such, not blamed on a column."""
    if relation.kind == "csv":
        raise UseThePandasPath("a header without rows")  # the file path's own message
    (rows,) = relation.fetch(builder.rows_statement(relation.selectable))[0]
    if not rows:
        raise SourceError(NO_ROWS_IN_SOURCE, source=relation.name)


def _period_kind(relation: Relation, spec: AuditSpec) -> builder.PeriodKind:
    """``date`` for a DATE/TIMESTAMP column (bucketed in SQL), else ``raw`` (text dates)."""
    if spec.period is None or relation.kind == "csv":
        return "raw"
    rows = relation.fetch(builder.sample_statement(relation.selectable, spec.period))
    return "date" if rows and isinstance(rows[0][0], date) else "raw"


def _numeric_csv_score(relation: Relation, column: str) -> Relation:
    """A CSV's text score as a number written with ``.`` or ``,``.

    A value that is not a finite number sends the file to the pandas path, whose message names
    the value and its line.
    """
    from sqlalchemy import Double, and_, func, or_, select, try_cast

    source = relation.selectable
    raw = source.c[column]
    number = try_cast(func.replace(func.trim(raw), ",", "."), Double)
    bad = and_(func.trim(raw) != "", or_(number.is_(None), func.isnan(number), func.isinf(number)))
    if relation.fetch(select(raw).select_from(source).where(bad).limit(1)):
        raise UseThePandasPath(f"the score column {column!r} holds a value that is no number")
    columns = [number.label(c) if c == column else source.c[c] for c in relation.columns]
    return replace(relation, selectable=select(*columns).select_from(source).subquery("scored"))


def _median(relation: Relation, column: str) -> float:
    """The median of the scores, computed in the database (never by fetching rows)."""
    import numpy as np

    sample = relation.fetch(builder.sample_statement(relation.selectable, column))
    if not sample:
        _require_rows(relation)
        raise DataValueError(NO_OUTCOME_VALUES, column=column)
    check_score_type(relation, column, sample[0][0])
    statement = builder.median_statement(relation.selectable, column, dialect=relation.dialect)
    if statement is not None:
        median, _, bad = relation.fetch(statement)[0]
        refuse_non_finite(relation, column, bad)
        return float(median)
    counted = builder.count_statement(relation.selectable, column, dialect=relation.dialect)
    n, bad = relation.fetch(counted)[0]
    refuse_non_finite(relation, column, bad)
    middle = relation.fetch(builder.middle_statement(relation.selectable, column, n=int(n)))
    return float(np.median([float(row[0]) for row in middle]))


def _too_many(relation: Relation, spec: AuditSpec, group_by: builder.GroupBy, limit: int) -> None:
    """Name the column that made the ``GROUP BY`` explode (one ``count(DISTINCT …)``)."""
    columns = list(dict.fromkeys(k.column for k in group_by.keys))
    counts = relation.fetch(builder.distinct_statement(relation.selectable, columns))[0]
    distinct = dict(zip(columns, (int(c) for c in counts), strict=True))
    for column in spec.sensitive:
        if distinct.get(column, 0) > MAX_GROUPS:
            raise GroupError(
                TOO_MANY_GROUPS, column=column, count=distinct[column], limit=MAX_GROUPS
            )
    if spec.stratify is not None and distinct.get(spec.stratify, 0) > MAX_STRATA:
        raise GroupError(
            TOO_MANY_GROUPS, column=spec.stratify, count=distinct[spec.stratify], limit=MAX_STRATA
        )
    worst = max(distinct, key=lambda c: distinct[c])
    raise SourceError(
        TOO_MANY_CELLS, source=relation.name, limit=limit, column=worst, count=distinct[worst]
    )


def _period_dates(years: list, parts: list | None, freq: str) -> list[date | None]:
    """Year and quarter/month from SQL -> the first day of the period (the engine labels it)."""
    days: list[date | None] = []
    for i, year in enumerate(years):
        if year is None:
            days.append(None)
            continue
        part = 1 if parts is None else int(parts[i])
        month = (part - 1) * 3 + 1 if freq == "quarter" else part
        days.append(date(int(year), month, 1))
    return days


def _frame(
    relation: Relation, spec: AuditSpec, group_by: builder.GroupBy, rows: list[tuple]
) -> tuple[pd.DataFrame, dict[str, list]]:
    """The grouped rows as the frame of role columns the engine reads, and the aggregates."""
    import pandas as pd

    by_label = {label: [row[i] for row in rows] for i, label in enumerate(group_by.labels)}
    columns: dict[str, list] = {}
    for key in group_by.keys:
        if key.role in (builder.YEAR, builder.PART, builder.ABOVE):
            continue
        columns[key.role] = _column_values(relation, spec, key.role, by_label[key.label])
    period_keys = {k.role: by_label[k.label] for k in group_by.keys if k.role in (builder.YEAR,)}
    if period_keys:
        assert spec.period is not None
        parts = next((by_label[k.label] for k in group_by.keys if k.role == builder.PART), None)
        columns[spec.period] = _period_dates(period_keys[builder.YEAR], parts, spec.freq)
    extra = {k.role: by_label[k.label] for k in group_by.keys if k.role == builder.ABOVE}
    extra |= {name: by_label[name] for name in group_by.aggregates}
    frame = pd.DataFrame({name: pd.Series(v, dtype=object) for name, v in columns.items()})
    return frame, extra


def _row_cells(spec: AuditSpec, frame: pd.DataFrame, extra: dict[str, list]) -> Cells:
    import numpy as np

    weights = np.array([float(c) for c in extra[builder.COUNT]])
    precomputed = None
    if spec.score is not None:
        above = extra[builder.ABOVE]
        lows = [float(v) for v in extra[builder.LOW] if v is not None]
        highs = [float(v) for v in extra[builder.HIGH] if v is not None]
        precomputed = Precomputed(
            selected=np.array([v is not None and int(v) == 1 for v in above]),
            score_known=np.array([v is not None for v in above]),
            score_median=float(np.median([max(lows), min(highs)])),
        )
    return _cells_from_rows(frame, spec, weights=weights, precomputed=precomputed)


def _count_cells(
    relation: Relation, spec: AuditSpec, frame: pd.DataFrame, extra: dict[str, list]
) -> Cells:
    bad = sum(int(v or 0) for v in extra[builder.BAD])
    if bad:
        raise SourceError(
            BAD_COUNTS_IN_SOURCE,
            rows=bad,
            source=relation.name,
            selected_column=spec.selected_column,
            count_column=spec.count_column,
        )
    assert spec.count_column is not None and spec.selected_column is not None
    frame = frame.assign(
        **{
            spec.count_column: [plain(v) for v in extra[builder.APPLICANTS]],
            spec.selected_column: [plain(v) for v in extra[builder.SELECTED]],
        }
    )
    return cells_from_counts(frame, spec)


def _reading(
    relation: Relation, spec: AuditSpec, *, rows_read: int, rows_fetched: int
) -> ReadingInfo:
    kind = "file" if relation.kind == "csv" else relation.kind
    return ReadingInfo(
        encoding=relation.reading.get("encoding", ""),
        separator=relation.reading.get("separator", ""),
        decimal=relation.reading.get("decimal", ""),
        skipped_lines=relation.reading.get("skipped_lines", 0),
        rows_read=rows_read,
        columns=relation.columns,
        kind="aggregated" if spec.count_column else "rows",
        sha256=relation.file_sha256(),
        file_name=relation.reading.get("file_name", relation.name),
        source_kind=kind,  # type: ignore[arg-type]
        source_name=relation.name,
        query_sha256=relation.query_sha256,
        rows_fetched=rows_fetched,
    )


@dataclass(frozen=True)
class Pushed:
    """The cells of one ``GROUP BY`` with the spec resolved against the source."""

    spec: AuditSpec
    cells: Cells
    rows_read: int
    rows_fetched: int


def cells_of_relation(
    relation: Relation, spec: AuditSpec, *, max_rows: int = MAX_GROUPED_ROWS
) -> Pushed:
    """Resolve the spec against the source and count its cells in one ``GROUP BY``.

    Feature associations (issue 11) take one more ``GROUP BY`` per feature (:func:`_features`).
    """
    _check_roles(spec)
    _require(relation, spec)
    asked = spec
    no_features = spec.model_copy(update={"features": [], "features_auto": False})
    spec = _resolve_counts(relation, no_features)
    aggregated = spec.count_column is not None
    median = None
    if spec.score is not None and not aggregated:
        if relation.kind == "csv":
            relation = _numeric_csv_score(relation, spec.score)
        median = _median(relation, spec.score)
    options = {
        "aggregated": aggregated,
        "score_median": median,
        "period": _period_kind(relation, spec),
        "limit": max_rows + 1,
    }
    group_by = builder.cells_statement(relation.selectable, spec, **options)  # type: ignore[arg-type]
    if WARM_UP:
        _warm_up()
    rows = relation.fetch(group_by.statement)
    if len(rows) > max_rows:
        _too_many(relation, spec, group_by, max_rows)
    if not rows:  # a GROUP BY with keys has a row whenever the source has one
        _require_rows(relation)
    frame, extra = _frame(relation, spec, group_by, rows)
    if aggregated:
        cells = _count_cells(relation, spec, frame, extra)
        rows_read = sum(int(v) for v in extra[builder.ROWS])
    else:
        cells = _row_cells(spec, frame, extra)
        rows_read = cells.n_rows + cells.excluded
    resolved = cells.spec or spec
    fetched = len(rows)
    if asked.features or asked.features_auto:
        found, per_period, more = _features(relation, asked, resolved, options, max_rows)
        resolved = resolved.model_copy(
            update={"features": [f.column for f in found], "features_auto": asked.features_auto}
        )
        cells = replace(cells, spec=resolved, features=found, period_features=per_period)
        fetched += more
    return Pushed(spec=resolved, cells=cells, rows_read=rows_read, rows_fetched=fetched)


def _features(
    relation: Relation,
    asked: AuditSpec,
    resolved: AuditSpec,
    options: dict[str, object],
    max_rows: int,
) -> tuple[list[FeatureAssociation], dict[str, list[FeatureAssociation]] | None, int]:
    """Feature associations, one ``GROUP BY`` per feature: the cells' keys plus the feature.

    Each feature's grouped rows go through the engine's own feature code with their counts as
    weights, so identifiers, quintile bins and Cramér's V are decided as for a file. With
    ``--features auto`` every column without a role that is not named like an identifier is
    tried, as for a file; a candidate whose grouping would pass ``max_rows`` rows (a continuous
    number: bin it in ``--query``) is left out, a named feature stops the audit naming it.
    Returns the associations, per period when the audit has periods, and the rows fetched.
    """
    from ethics_toolkit.engine.cells.features import auto_candidates

    names = list(asked.features)
    if asked.features_auto:
        names += [c for c in auto_candidates(relation.columns, asked) if c not in names]
    found: list[FeatureAssociation] = []
    per_period: dict[str, list[FeatureAssociation]] | None = (
        {} if resolved.period is not None else None
    )
    fetched = 0
    for name in names:
        auto = asked.features_auto and name not in asked.features
        one = resolved.model_copy(
            update={"features": [] if auto else [name], "features_auto": auto}
        )
        group_by = builder.cells_statement(
            relation.selectable,
            one,
            extra=[name],
            **options,  # type: ignore[arg-type]
        )
        rows = relation.fetch(group_by.statement)
        if len(rows) > max_rows:
            if auto:
                continue
            _too_many(relation, one, group_by, max_rows)
        try:
            frame, extra = _frame(relation, one, group_by, rows)
        except SourceError as error:
            if auto and error.template is NESTED_VALUES:
                continue  # a nested column is no candidate, as an identifier is none
            raise
        fetched += len(rows)
        cells = _row_cells(one, frame, extra)
        found += cells.features or []
        for label, associations in (cells.period_features or {}).items():
            if per_period is not None:
                per_period.setdefault(label, []).extend(associations)
    return found, per_period, fetched


def audit_relation(
    relation: Relation,
    spec: AuditSpec,
    *,
    confidence_level: float = 0.95,
    max_rows: int = MAX_GROUPED_ROWS,
) -> AuditResult:
    """Audit a table, a query or files through one ``GROUP BY`` (module docstring)."""
    pushed = cells_of_relation(relation, spec, max_rows=max_rows)
    cells = pushed.cells
    reading = _reading(
        relation, pushed.spec, rows_read=pushed.rows_read, rows_fetched=pushed.rows_fetched
    )
    return audit_cells(
        cells.cells,
        pushed.spec,
        n_rows=cells.n_rows,
        reading=reading,
        confidence_level=confidence_level,
        excluded_rows=cells.excluded,
        score_median=cells.score_median,
        features=cells.features,
        period_features=cells.period_features,
        value_counts=cells.census,
        dropped=cells.dropped,
        merged=cells.merged,
    )

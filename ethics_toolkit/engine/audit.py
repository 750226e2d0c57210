"""The engine's entry points: a file, a DataFrame or stored cells -> :class:`AuditResult`.

All three meet in :func:`audit_cells`, so a row-level log, a file of group counts and an audit
re-computed from the register's stored cells give identical figures. Analyses: each sensitive
attribute alone, then (with two or more attributes) their intersection; a row is unknown in the
intersection if any of its attributes is unknown.

A file of group counts (one row per group, with applicants and selected) is used when the spec
names ``count_column`` or ``selected_column``, or detected when the outcome column holds whole
numbers other than 0/1 and a column named like a count of applicants exists
(:data:`ethics_toolkit.engine.guess.COUNT_NAMES`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ethics_toolkit.engine.cells import Cells, cells_from_counts, cells_from_rows, column_codes
from ethics_toolkit.engine.errors import (
    AGGREGATED_UNSUPPORTED,
    NO_COUNT_COLUMN,
    NO_OUTCOME,
    SAME_COLUMN_TWICE,
    ColumnError,
    list_values,
)
from ethics_toolkit.engine.findings import with_findings
from ethics_toolkit.engine.guess import find_count_column
from ethics_toolkit.engine.metrics import analyse
from ethics_toolkit.engine.models import AuditResult, AuditSpec, Cell, ReadingInfo
from ethics_toolkit.engine.reading import detect, open_source, read_table, require_columns
from ethics_toolkit.engine.table import cells_table

if TYPE_CHECKING:
    import pandas as pd

_WHOLE_NUMBER = re.compile(r"^\d+$")


def _check_roles(spec: AuditSpec) -> None:
    if not (spec.outcome or spec.score or spec.selected_column):
        raise ColumnError(NO_OUTCOME)
    roles = [
        c
        for c in (spec.outcome, spec.score, spec.truth, spec.count_column, *spec.sensitive)
        if c is not None
    ]
    if spec.selected_column is not None and spec.selected_column != spec.outcome:
        roles.append(spec.selected_column)
    seen: set[str] = set()
    for column in roles:
        if column in seen:
            raise ColumnError(SAME_COLUMN_TWICE, column=column)
        seen.add(column)


def _roles(spec: AuditSpec) -> list[str]:
    columns = [spec.outcome, spec.score, spec.truth, spec.count_column, spec.selected_column]
    return list(dict.fromkeys([*spec.sensitive, *(c for c in columns if c is not None)]))


def _looks_like_counts(series: pd.Series) -> bool:
    """Whole numbers that are not just 0/1: selected counts rather than a yes/no decision."""
    labels = set(column_codes(series, unknown_is_missing=False).labels)
    return bool(labels) and all(_WHOLE_NUMBER.match(v) for v in labels) and not labels <= {"0", "1"}


def resolve_spec(spec: AuditSpec, frame: pd.DataFrame) -> AuditSpec:
    """The spec with ``count_column``/``selected_column`` filled in when the input is counts."""
    columns = [str(c) for c in frame.columns]
    aggregated = spec.count_column is not None or spec.selected_column is not None
    if not aggregated and spec.outcome is not None and spec.positive is None:
        aggregated = _looks_like_counts(frame[spec.outcome]) and (
            find_count_column(columns, exclude=_roles(spec)) is not None
        )
    if not aggregated:
        return spec
    for option, value in (
        ("--score", spec.score),
        ("--truth", spec.truth),
        ("--positive", spec.positive),
    ):
        if value is not None:
            raise ColumnError(AGGREGATED_UNSUPPORTED, option=option)
    count_column = spec.count_column or find_count_column(columns, exclude=_roles(spec))
    if count_column is None:
        raise ColumnError(NO_COUNT_COLUMN, available=list_values(columns))
    selected_column = spec.selected_column or spec.outcome
    return spec.model_copy(
        update={
            "outcome": selected_column,
            "selected_column": selected_column,
            "count_column": count_column,
        }
    )


def audit_cells(
    cells: Sequence[Cell],
    spec: AuditSpec,
    *,
    n_rows: int,
    reading: ReadingInfo | None = None,
    confidence_level: float = 0.95,
    excluded_rows: int = 0,
    score_median: float | None = None,
) -> AuditResult:
    """Every figure and finding from cells alone (the path all inputs share)."""
    _check_roles(spec)
    rate_kind = "scoring" if spec.score is not None else "selection"
    has_truth = spec.truth is not None and any(c.truth is not None for c in cells)
    table = cells_table(cells, spec.sensitive)
    attribute_sets = [[a] for a in spec.sensitive]
    if len(spec.sensitive) >= 2:
        attribute_sets.append(list(spec.sensitive))
    analyses = [
        with_findings(
            analyse(table, attributes, has_truth=has_truth, confidence_level=confidence_level),
            rate_kind=rate_kind,
            confidence_level=confidence_level,
        )
        for attributes in attribute_sets
    ]
    return AuditResult(
        n_rows=n_rows,
        rate_kind=rate_kind,
        spec=spec,
        reading=reading,
        cells=list(cells),
        analyses=analyses,
        confidence_level=confidence_level,
        computed_at=datetime.now(UTC),
        excluded_rows=excluded_rows,
        score_median=score_median,
    )


def cells_of_frame(frame: pd.DataFrame, spec: AuditSpec) -> tuple[AuditSpec, Cells]:
    """Resolve the spec against the frame and count its cells (rows or group counts)."""
    _check_roles(spec)
    require_columns(_roles(spec), [str(c) for c in frame.columns])
    spec = resolve_spec(spec, frame)
    cells = cells_from_counts(frame, spec) if spec.count_column else cells_from_rows(frame, spec)
    return spec, cells


def audit_frame(
    frame: pd.DataFrame,
    spec: AuditSpec,
    *,
    reading: ReadingInfo | None = None,
    confidence_level: float = 0.95,
) -> AuditResult:
    """Audit an in-memory log (row-level or group counts)."""
    spec, cells = cells_of_frame(frame, spec)
    if reading is not None and spec.count_column:
        reading = reading.model_copy(update={"kind": "aggregated"})
    return audit_cells(
        cells.cells,
        spec,
        n_rows=cells.n_rows,
        reading=reading,
        confidence_level=confidence_level,
        excluded_rows=cells.excluded,
        score_median=cells.score_median,
    )


def audit_source(
    source: bytes | Path,
    spec: AuditSpec,
    *,
    encoding: str | None = None,
    separator: str | None = None,
    decimal: str | None = None,
    file_name: str | None = None,
    confidence_level: float = 0.95,
    sheet: str | int | None = None,
) -> AuditResult:
    """Audit a CSV file or workbook (``sheet``: which sheet), reading only the columns needed.

    Categorical columns (sensitive, outcome, truth) are read as pandas categoricals, so a
    million-row log costs one string per distinct value. A count-like column is read too when the
    outcome may turn out to be group counts.
    """
    _check_roles(spec)
    data = open_source(source, sheet=sheet, file_name=file_name)
    dialect = detect(data, encoding=encoding, separator=separator, decimal=decimal)
    wanted = _roles(spec)
    require_columns(wanted, dialect.columns, separator=dialect.separator)
    if spec.count_column is None and spec.outcome is not None and spec.positive is None:
        count_column = find_count_column(dialect.columns, exclude=wanted)
        if count_column is not None:
            wanted.append(count_column)
    categorical = [c for c in (*spec.sensitive, spec.outcome, spec.truth) if c is not None]
    frame, reading = read_table(
        data,
        encoding=encoding,
        separator=dialect.separator,
        decimal=dialect.decimal,
        usecols=wanted,
        categorical=categorical,
        as_written=spec.sensitive,
    )
    return audit_frame(frame, spec, reading=reading, confidence_level=confidence_level)

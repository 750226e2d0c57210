"""The engine's entry points: a file, a DataFrame or stored cells -> :class:`AuditResult`.

All three meet in :func:`audit_cells`, so a row-level log, a file of group counts and an audit
re-computed from the register's stored cells give identical figures. Analyses: each sensitive
attribute alone, then (with two or more attributes) their intersection; a row is unknown in the
intersection if any of its attributes is unknown.

A file of group counts (one row per group, with applicants and selected) is used when the spec
names ``count_column`` or ``selected_column``, or detected when the outcome column holds whole
numbers other than 0/1 and a column named like a count of applicants exists
(:data:`ethics_toolkit.engine.recipe.guess.COUNT_NAMES`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ethics_toolkit.engine.analyses.metrics import analyse
from ethics_toolkit.engine.analyses.missing_data import missing_data_warnings
from ethics_toolkit.engine.analyses.reference import reference_warnings
from ethics_toolkit.engine.analyses.trend import period_trends
from ethics_toolkit.engine.analyses.validity import family_size, with_validity
from ethics_toolkit.engine.cells.aggregate import Cells, cells_from_counts, cells_from_rows
from ethics_toolkit.engine.cells.frame import COUNT, PERIOD, cells_table
from ethics_toolkit.engine.errors import (
    AGGREGATED_UNSUPPORTED,
    NO_COUNT_COLUMN,
    NO_OUTCOME,
    SAME_COLUMN_TWICE,
    ColumnError,
    list_values,
)
from ethics_toolkit.engine.models import (
    Analysis,
    AuditResult,
    FeatureAssociation,
    Period,
    PeriodTrend,
)
from ethics_toolkit.engine.presentation.findings import RateKind
from ethics_toolkit.engine.presentation.summaries import with_findings
from ethics_toolkit.engine.reading.tabular import detect, open_source, read_table, require_columns
from ethics_toolkit.engine.reading.values import column_codes
from ethics_toolkit.engine.recipe.guess import find_count_column
from ethics_toolkit.engine.spec import AuditSpec, Cell, ReadingInfo

if TYPE_CHECKING:
    import pandas as pd

_WHOLE_NUMBER = re.compile(r"^\d+$")


def _check_roles(spec: AuditSpec) -> None:
    if not (spec.outcome or spec.score or spec.selected_column or spec.stage):
        raise ColumnError(NO_OUTCOME)
    roles = [
        c
        for c in (
            spec.outcome,
            spec.score,
            spec.truth,
            spec.count_column,
            spec.stratify,
            spec.recommendation,
            spec.stage,
            spec.period,
            *spec.sensitive,
            *spec.features,
        )
        if c is not None
    ]
    if spec.selected_column is not None and spec.selected_column != spec.outcome:
        roles.append(spec.selected_column)
    seen: set[str] = set()
    for column in roles:
        if column in seen:
            raise ColumnError(SAME_COLUMN_TWICE, column=column)
        seen.add(column)


def _looks_like_counts(series: pd.Series) -> bool:
    """Whole numbers that are not just 0/1: selected counts rather than a yes/no decision."""
    labels = set(column_codes(series, unknown_is_missing=False).labels)
    return bool(labels) and all(_WHOLE_NUMBER.match(v) for v in labels) and not labels <= {"0", "1"}


def _is_aggregated(spec: AuditSpec, frame: pd.DataFrame) -> bool:
    if spec.count_column is not None or spec.selected_column is not None:
        return True
    if spec.outcome is None or spec.positives or spec.negatives or spec.excluded:
        return False
    columns = [str(c) for c in frame.columns]
    return _looks_like_counts(frame[spec.outcome]) and (
        find_count_column(columns, exclude=spec.roles) is not None
    )


def resolve_spec(spec: AuditSpec, frame: pd.DataFrame) -> AuditSpec:
    """The spec with ``count_column``/``selected_column`` filled in when the input is counts."""
    if not _is_aggregated(spec, frame):
        return spec
    for option, value in (
        ("--score", spec.score),
        ("--truth", spec.truth),
        ("--positive", spec.positives),
        ("--negative", spec.negatives),
        ("--exclude", spec.excluded),
        ("--recommendation", spec.recommendation),
        ("--stage", spec.stage),
        ("--features", spec.features or spec.features_auto),
    ):
        if value:
            raise ColumnError(AGGREGATED_UNSUPPORTED, option=option)
    columns = [str(c) for c in frame.columns]
    count_column = spec.count_column or find_count_column(columns, exclude=spec.roles)
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


def attribute_sets(spec: AuditSpec) -> list[list[str]]:
    """Each sensitive attribute alone, then (with two or more) their intersection."""
    sets = [[a] for a in spec.sensitive]
    if len(spec.sensitive) >= 2:
        sets.append(list(spec.sensitive))
    return sets


def analyse_scope(
    table: pd.DataFrame,
    spec: AuditSpec,
    *,
    rate_kind: RateKind,
    has_truth: bool,
    confidence_level: float,
    single_group_allowed: bool = False,
    references: Sequence[dict[str, str] | None] | None = None,
) -> list[Analysis]:
    """Every analysis of one scope (the whole log, or one period) from its cell table.

    The sections the spec asks for (stratified, oversight, funnel) are added per analysis; the
    validity figures (Holm over every comparison of the scope, power, verdict) and the findings
    come last, because the findings speak of the verdicts. ``references`` (a period): the whole
    log's reference group of each analysis, compared with in this scope too (issue 20).
    """
    analyses = []
    for i, attributes in enumerate(attribute_sets(spec)):
        fixed = references is not None
        wanted = references[i] if references is not None else spec.references
        analysis = analyse(
            table,
            attributes,
            has_truth=has_truth,
            confidence_level=confidence_level,
            single_group_allowed=single_group_allowed,
            reference=wanted or None,
            fixed_reference=fixed,
        )
        sections: dict[str, object] = {}
        if fixed:
            sections["reference_chosen"] = "whole_log"
        elif any(a in spec.references for a in attributes):
            sections["reference_chosen"] = "given"
        if spec.stratify is not None:
            from ethics_toolkit.engine.analyses.stratified import stratified_section

            sections["stratified"] = stratified_section(
                table, analysis, column=spec.stratify, confidence_level=confidence_level
            )
        if spec.recommendation is not None:
            from ethics_toolkit.engine.analyses.oversight import oversight_section

            sections["oversight"] = oversight_section(table, analysis)
        if spec.stage is not None:
            from ethics_toolkit.engine.analyses.funnel import funnel_section

            sections["funnel"] = funnel_section(table, analysis, stages=spec.stages)
        analyses.append(analysis.model_copy(update=sections) if sections else analysis)
    analyses = with_validity(analyses, confidence_level=confidence_level)
    comparisons = family_size(analyses)
    return [
        with_findings(
            a,
            rate_kind=rate_kind,
            confidence_level=confidence_level,
            spec=spec,
            comparisons=comparisons,
        )
        for a in analyses
    ]


def _periods(
    table: pd.DataFrame,
    spec: AuditSpec,
    *,
    rate_kind: RateKind,
    has_truth: bool,
    confidence_level: float,
    features: dict[str, list[FeatureAssociation]] | None,
    references: Sequence[dict[str, str] | None],
) -> tuple[list[Period], list[PeriodTrend]]:
    """The same analyses per period, in time order (period labels sort in time order), each
    against the whole log's reference group (``references``), and the trend of each analysis from
    the first to the last period."""
    periods = []
    tables = {}
    labels = sorted(p for p in table[PERIOD].dropna().unique())
    for label in labels:
        part = table[table[PERIOD] == label]
        tables[label] = part
        analyses = analyse_scope(
            part,
            spec,
            rate_kind=rate_kind,
            has_truth=has_truth,
            confidence_level=confidence_level,
            single_group_allowed=True,
            references=references,
        )
        if features is not None:
            analyses = [
                a.model_copy(update={"features": features.get(label, [])}) for a in analyses
            ]
        periods.append(Period(period=label, n_rows=int(part[COUNT].sum()), analyses=analyses))
    return periods, period_trends(periods, tables, spec)


def audit_cells(
    cells: Sequence[Cell],
    spec: AuditSpec,
    *,
    n_rows: int,
    reading: ReadingInfo | None = None,
    confidence_level: float = 0.95,
    excluded_rows: int = 0,
    score_median: float | None = None,
    features: list[FeatureAssociation] | None = None,
    period_features: dict[str, list[FeatureAssociation]] | None = None,
    value_counts: dict[str, dict[str, int]] | None = None,
    dropped: Sequence[tuple[dict[str, str | None], int]] = (),
    merged: dict[str, dict[str, list[tuple[str, int]]]] | None = None,
) -> AuditResult:
    """Every figure and finding from cells alone (the path all inputs share).

    ``features`` (and ``period_features``) come from the rows, not the cells: they are computed
    where the rows are read and never stored. ``dropped`` (rows left out for missing data, per
    group) and ``merged`` (spellings counted as one) give the warnings (issue 27).
    """
    _check_roles(spec)
    rate_kind: RateKind = "scoring" if spec.score is not None else "selection"
    has_truth = spec.truth is not None and any(c.truth is not None for c in cells)
    table = cells_table(cells, spec.sensitive)
    options = {"rate_kind": rate_kind, "has_truth": has_truth, "confidence_level": confidence_level}
    analyses = analyse_scope(table, spec, **options)  # type: ignore[arg-type]
    analyses = [
        a.model_copy(update={"reference_warnings": reference_warnings(a, spec)}) for a in analyses
    ]
    if features is not None:
        analyses = [a.model_copy(update={"features": features}) for a in analyses]
    periods = trends = None
    if spec.period is not None:
        references = [a.reference_group for a in analyses]
        periods, trends = _periods(
            table,
            spec,
            features=period_features,
            references=references,
            **options,  # type: ignore[arg-type]
        )
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
        features=features,
        periods=periods,
        trends=trends,
        value_counts=value_counts or {},
        warnings=missing_data_warnings(cells, spec, dropped=dropped, merged=merged),
        comparisons=family_size(analyses),
    )


def cells_of_frame(frame: pd.DataFrame, spec: AuditSpec) -> tuple[AuditSpec, Cells]:
    """Resolve the spec against the frame and count its cells (rows or group counts)."""
    _check_roles(spec)
    require_columns(spec.roles, [str(c) for c in frame.columns])
    spec = resolve_spec(spec, frame)
    cells = cells_from_counts(frame, spec) if spec.count_column else cells_from_rows(frame, spec)
    return cells.spec or spec, cells


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
        features=cells.features,
        period_features=cells.period_features,
        value_counts=cells.census,
        dropped=cells.dropped,
        merged=cells.merged,
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
    wanted = spec.roles
    require_columns(wanted, dialect.columns, separator=dialect.separator, source=data)
    if spec.count_column is None and spec.outcome is not None and not spec.positives:
        count_column = find_count_column(dialect.columns, exclude=wanted)
        if count_column is not None:
            wanted.append(count_column)
    features = list(spec.features)
    if spec.features_auto:  # every column without a role that is not named like an identifier
        from ethics_toolkit.engine.cells.features import auto_candidates

        features += [c for c in auto_candidates(dialect.columns, spec) if c not in wanted]
        wanted += [c for c in features if c not in wanted]
    categorical = [
        c
        for c in (
            *spec.sensitive,
            spec.outcome,
            spec.truth,
            spec.stratify,
            spec.recommendation,
            spec.stage,
            spec.period,
            *features,
        )
        if c is not None
    ]
    frame, reading = read_table(
        data,
        encoding=encoding,
        separator=dialect.separator,
        decimal=dialect.decimal,
        usecols=wanted,
        categorical=categorical,
        as_written=[*spec.sensitive, *(c for c in (spec.stratify, spec.period) if c)],
    )
    return audit_frame(frame, spec, reading=reading, confidence_level=confidence_level)

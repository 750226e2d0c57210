"""The recipe's value decisions inside the cells pass (issue 20), for every source alike.

A sensitive column's values are grouped and chosen values counted as unknown
(:func:`~ethics_toolkit.engine.reading.groupings.recode`) before its values become a dimension of
the cells, so the cells, and everything after them, only ever see the groups. The rows per value as
read (the *census*) are kept beside the cells for the recipe's comparison with the next export;
they never enter a cell, a result's JSON or the register.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from ethics_toolkit.engine.reading.groupings import recode
from ethics_toolkit.engine.reading.meanings import certain_positive
from ethics_toolkit.engine.reading.values import Codes, classify, column_codes
from ethics_toolkit.engine.spec import AuditSpec

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

Census = dict[str, dict[str, int]]
"""Rows per value as read, per column (blank: ``""``)."""


def census_of(codes: Codes, weights: np.ndarray | None) -> dict[str, int]:
    """Rows per label of raw codes, blanks (code -1) under ``""``."""
    counts = {label: count for label, count in zip(codes.labels, codes.counts, strict=True)}
    blank = codes.codes < 0
    empty = int(blank.sum()) if weights is None else round(float(weights[blank].sum()))
    if empty:
        counts[""] = counts.get("", 0) + empty
    return counts


def frame_census(frame: pd.DataFrame, columns: Iterable[str]) -> Census:
    """The census of ``columns`` of a frame in memory (those it has), for the recipe's diff."""
    return {
        column: census_of(column_codes(frame[column], unknown_is_missing=False), None)
        for column in dict.fromkeys(columns)
        if column in frame.columns
    }


def attribute_codes(
    series: pd.Series, *, column: str, spec: AuditSpec, weights: np.ndarray | None
) -> tuple[Codes, dict[str, int]]:
    """A sensitive column's codes over its groups, and its census."""
    raw = column_codes(series, unknown_is_missing=False, weights=weights)
    codes = recode(
        raw,
        column=column,
        grouping=spec.regroup.get(column),
        unknown=spec.unknown_values.get(column, ()),
        weights=weights,
    )
    # Spellings of one value counted as one (issue 27) stay known for the warning.
    return replace(codes, merged=raw.merged), census_of(raw, weights)


def role_census(frame: pd.DataFrame, spec: AuditSpec, weights: np.ndarray | None) -> Census:
    """The census of the yes/no and stage columns (the decision unless it is a score)."""
    columns = [spec.outcome if spec.score is None else None, spec.recommendation, spec.truth]
    columns.append(spec.stage)
    census: Census = {}
    for column in dict.fromkeys(c for c in columns if c is not None and c in frame.columns):
        codes = column_codes(frame[column], unknown_is_missing=False, weights=weights)
        census[column] = census_of(codes, weights)
    return census


def _certain(series: pd.Series, weights: np.ndarray | None) -> str | None:
    codes = column_codes(series, unknown_is_missing=False, weights=weights)
    found = certain_positive(codes.labels)
    return found[0] if found else None


def with_certain_polarity(
    frame: pd.DataFrame, spec: AuditSpec, weights: np.ndarray | None
) -> AuditSpec:
    """The spec with the yes of each two-valued yes/no column whose words make it certain.

    Only where nothing is named: ``Ej rekommenderad`` is the no of ``Rekommenderad`` whichever
    comes first (:func:`~ethics_toolkit.engine.reading.meanings.certain_positive`); two values
    whose polarity is not certain still stop the audit and ask.
    """
    update: dict[str, object] = {}
    decision = spec.outcome if spec.score is None and spec.count_column is None else None
    if decision is not None and not (spec.positives or spec.negatives or spec.excluded):
        positive = _certain(frame[decision], weights)
        if positive is not None:
            update |= {"positive": positive, "positives": [positive]}
    named = spec.recommendation_positives or spec.recommendation_negatives
    if spec.recommendation is not None and not named:
        positive = _certain(frame[spec.recommendation], weights)
        if positive is not None:
            update["recommendation_positives"] = [positive]
    if spec.truth is not None and spec.truth_positive is None:
        update["truth_positive"] = _certain(frame[spec.truth], weights)
    return spec.model_copy(update=update) if update else spec


def with_recommendation_classes(
    frame: pd.DataFrame, spec: AuditSpec, weights: np.ndarray | None
) -> AuditSpec:
    """The spec with how every recommendation value counted, so a recipe can keep it."""
    if spec.recommendation is None:
        return spec
    codes = column_codes(frame[spec.recommendation], unknown_is_missing=False, weights=weights)
    classes = classify(
        codes,
        column=spec.recommendation,
        positives=spec.recommendation_positives,
        negatives=spec.recommendation_negatives,
        option="--recommendation-positive",
        negative_option="--recommendation-negative",
    )
    return spec.model_copy(
        update={
            "recommendation_positives": [v for v, k in classes.items() if k == "selected"],
            "recommendation_negatives": [v for v, k in classes.items() if k == "not_selected"],
        }
    )

"""The recipe's value decisions inside the cells pass (issue 20), for every source alike.

A sensitive column's values are grouped and chosen values counted as unknown
(:func:`~ethics_toolkit.engine.reading.groupings.recode`) before its values become a dimension of
the cells, so the cells, and everything after them, only ever see the groups. The rows per value as
read (the *census*) are kept beside the cells for the recipe's comparison with the next export;
they never enter a cell, a result's JSON or the register.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ethics_toolkit.engine.models import AuditSpec
from ethics_toolkit.engine.reading.groupings import recode
from ethics_toolkit.engine.reading.values import Codes, classify, column_codes

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
    return codes, census_of(raw, weights)


def role_census(frame: pd.DataFrame, spec: AuditSpec, weights: np.ndarray | None) -> Census:
    """The census of the yes/no and stage columns (the decision unless it is a score)."""
    columns = [spec.outcome if spec.score is None else None, spec.recommendation, spec.truth]
    columns.append(spec.stage)
    census: Census = {}
    for column in dict.fromkeys(c for c in columns if c is not None and c in frame.columns):
        codes = column_codes(frame[column], unknown_is_missing=False, weights=weights)
        census[column] = census_of(codes, weights)
    return census


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

"""Rows or group counts -> cells: the aggregated log, the only thing the toolkit keeps.

One vectorised pass: every role column becomes integer codes over its distinct values
(:mod:`ethics_toolkit.engine.reading.values` decides what each value means), the codes are combined
into one cell key per row, and ``numpy.bincount`` counts the keys. The cost is one pass over the
rows; everything after works on the few cells. The cell's dimensions grow with what the audit asks
for: sensitive attributes, selected, ground truth, and optionally the stratum, the tool's
recommendation, the furthest stage reached and the period (:class:`~ethics_toolkit.engine.models.
Cell`). Pre-aggregated counts, and the rows of a database ``GROUP BY``, go through the same
function with their counts as weights.

Decisions (issues 3, 9, 10, 11, 15):

- A row whose outcome (or score) is empty or left out (``--exclude``), or whose ground truth is
  empty when one is given, is left out of every analysis and counted in ``excluded``. With
  ``--stage`` and no outcome, the outcome is "reached the last listed stage" and a row without a
  stage is left out.
- Score mode: selected means a score strictly above the median of all rows with a valid score (the
  NYC LL144 scoring rate); a score that is not a finite number stops the audit. Scores with
  thousands separators are read when unambiguous (:func:`~ethics_toolkit.engine.reading.values.
  grouped_numbers`), else the error asks to remove them.
- Unknown sensitive values and strata become ``None`` in the cells; so does an empty
  recommendation, stage or date (those rows stay in the pooled analysis).
- Feature columns (issue 11) never enter the cells: their associations are computed here from the
  analysed rows (:mod:`ethics_toolkit.engine.cells.features`) and handed on in :class:`Cells`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ethics_toolkit.engine.cells.missing import left_out_on_purpose
from ethics_toolkit.engine.cells.recoding import (
    attribute_codes,
    role_census,
    with_certain_polarity,
    with_recommendation_classes,
)
from ethics_toolkit.engine.cells.scores import score_outcome
from ethics_toolkit.engine.errors import (
    AMBIGUOUS_OUTCOME,
    AMBIGUOUS_RECOMMENDATION,
    BAD_COUNT,
    NO_STAGES,
    SELECTED_EXCEEDS_COUNT,
    TOO_MANY_GROUPS,
    ColumnError,
    DataValueError,
    GroupError,
)
from ethics_toolkit.engine.models import FeatureAssociation
from ethics_toolkit.engine.reading.characters import refuse_control_characters, text_roles
from ethics_toolkit.engine.reading.dates import period_codes
from ethics_toolkit.engine.reading.values import (
    SELECTED,
    Codes,
    classified_codes,
    classify,
    column_codes,
    require_both_decisions,
    stage_codes,
)
from ethics_toolkit.engine.spec import AuditSpec, Cell

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

# Cell keys up to this many are counted in a dense array (np.bincount) instead of sorted.
_DENSE_KEYS = 1 << 22
# More distinct values than this in a sensitive column is almost surely an id or a raw number.
MAX_GROUPS = 100
# Strata (jobs, requisitions) can be many, but not one per applicant.
MAX_STRATA = 5000


@dataclass(frozen=True)
class Cells:
    """Cells plus the bookkeeping the result reports next to them.

    ``spec`` is the request resolved against the data: how every outcome value was classified.
    """

    cells: list[Cell]
    n_rows: int
    excluded: int
    score_median: float | None = None
    spec: AuditSpec | None = None
    # Feature associations (issue 11): computed from the rows, never from or into the cells.
    features: list[FeatureAssociation] | None = None
    period_features: dict[str, list[FeatureAssociation]] | None = None
    # Issue 20: rows per value of each role column as read, before grouping (cells/recoding.py).
    census: dict[str, dict[str, int]] = field(default_factory=dict)
    # Issue 27: rows left out for a missing decision, score or ground truth, per combination of
    # group values (like cells), and the spellings of a group counted as one, per attribute.
    dropped: list[tuple[dict[str, str | None], int]] = field(default_factory=list)
    merged: dict[str, dict[str, list[tuple[str, int]]]] = field(default_factory=dict)


@dataclass(frozen=True)
class Precomputed:
    """What a database computed before the rows reached here (``engine/sources``).

    ``selected``: the score-mode outcome per row (``None`` entries = no score), with its median.
    """

    selected: np.ndarray | None = None
    score_known: np.ndarray | None = None
    score_median: float | None = None


@dataclass
class _Dimension:
    """One key of the cell key: codes per row (``-1`` unknown) and the value of each code."""

    codes: np.ndarray
    values: list[object]
    size: int = field(init=False)
    merged: dict[str, list[tuple[str, int]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.size = len(self.values) + 1  # the last slot is "unknown"


def _group_dimension(
    series: pd.Series, *, column: str, weights: np.ndarray | None, limit: int
) -> _Dimension:
    codes = column_codes(series, unknown_is_missing=True, weights=weights)
    if len(codes.labels) > limit:
        raise GroupError(TOO_MANY_GROUPS, column=column, count=len(codes.labels), limit=limit)
    return _Dimension(codes.codes, list(codes.labels), merged=codes.merged)


def _yes_no(codes: np.ndarray) -> _Dimension:
    """1/0/-1 codes as a dimension whose values are True/False (``-1`` unknown)."""
    import numpy as np

    return _Dimension(np.where(codes < 0, -1, 1 - codes), [True, False])


def _count(
    dimensions: Sequence[_Dimension], keep: np.ndarray, weights: np.ndarray | None
) -> list[tuple[list[object], int]]:
    """Count rows (or sum ``weights``) per combination of dimension values in one pass."""
    import numpy as np

    key = np.zeros(len(keep), dtype=np.int64)
    for dimension in dimensions:
        key *= dimension.size
        key += dimension.codes % dimension.size  # numpy's % maps the unknown -1 to size - 1
    key = key[keep]
    w = weights[keep] if weights is not None else None
    space = math.prod(d.size for d in dimensions)
    if space <= _DENSE_KEYS:  # the usual case: count into a dense array, no sort
        counts = np.bincount(key, weights=w, minlength=space)
        unique = np.flatnonzero(counts)
        counts = counts[unique]
    else:
        unique, inverse = np.unique(key, return_inverse=True)
        counts = np.bincount(inverse, weights=w, minlength=len(unique))
    result = []
    for value, count in zip(unique.tolist(), counts.tolist(), strict=True):
        count = round(count)
        if count == 0:
            continue
        decoded: list[object] = []
        for dimension in reversed(dimensions):
            code = value % dimension.size
            value //= dimension.size
            decoded.append(None if code == dimension.size - 1 else dimension.values[code])
        result.append((decoded[::-1], count))
    return result


def _cells(
    spec: AuditSpec,
    attributes: list[_Dimension],
    optional: dict[str, _Dimension],
    keep: np.ndarray,
    weights: np.ndarray | None,
) -> list[Cell]:
    """Count and decode: the attribute dimensions first, then the optional ones in fixed order."""
    names = list(optional)
    counted = _count([*attributes, *optional.values()], keep, weights)
    cells = []
    for decoded, count in counted:
        values = dict(zip(spec.sensitive, decoded[: len(attributes)], strict=True))
        extra = dict(zip(names, decoded[len(attributes) :], strict=True))
        cells.append(Cell(values=values, count=count, **extra))  # type: ignore[arg-type]
    return cells


def _optional_dimensions(
    frame: pd.DataFrame, spec: AuditSpec, weights: np.ndarray | None
) -> dict[str, _Dimension]:
    """The stratum and period dimensions, which group counts can carry as well as rows."""
    dimensions: dict[str, _Dimension] = {}
    if spec.stratify is not None:
        dimensions["stratum"] = _group_dimension(
            frame[spec.stratify], column=spec.stratify, weights=weights, limit=MAX_STRATA
        )
    if spec.period is not None:
        periods = period_codes(frame[spec.period], column=spec.period, freq=spec.freq)
        dimensions["period"] = _Dimension(periods.codes, list(periods.labels))
    return dimensions


def _outcome(
    frame: pd.DataFrame,
    spec: AuditSpec,
    weights: np.ndarray | None,
    precomputed: Precomputed | None,
    stage: np.ndarray | None,
) -> tuple[np.ndarray, np.ndarray, AuditSpec, float | None]:
    """(selected, known) per row, the spec with its classification recorded, the score median."""

    if spec.score is not None:
        if precomputed is not None and precomputed.selected is not None:
            assert precomputed.score_known is not None
            return precomputed.selected, precomputed.score_known, spec, precomputed.score_median
        selected, known, median = score_outcome(frame[spec.score], column=spec.score)
        return selected, known, spec, median
    if spec.outcome is None:  # the bottom line of the funnel: reached the last listed stage
        assert stage is not None
        return stage == len(spec.stages) - 1, stage >= 0, spec, None
    codes = column_codes(frame[spec.outcome], unknown_is_missing=False, weights=weights)
    classes = classify(
        codes,
        column=spec.outcome,
        positives=spec.positives,
        negatives=spec.negatives,
        excluded=spec.excluded,
    )
    missing = codes.codes < 0
    empty = int(missing.sum()) if weights is None else round(float(weights[missing].sum()))
    require_both_decisions(codes, classes, column=spec.outcome, empty=empty)
    outcome = classified_codes(codes, classes)
    positives = [label for label, kind in classes.items() if kind == "selected"]
    resolved = spec.model_copy(
        update={
            "outcome_classes": classes,
            "positive": positives[0] if positives else None,
            "positives": positives,
            "negatives": [label for label, kind in classes.items() if kind == "not_selected"],
            "excluded": [label for label, kind in classes.items() if kind == "excluded"],
        }
    )
    return outcome == SELECTED, outcome >= 0, resolved, None


def _binary_role(
    codes: Codes,
    *,
    column: str,
    positives: Sequence[str],
    negatives: Sequence[str],
    option: str,
    negative_option: str | None,
) -> np.ndarray:
    classes = classify(
        codes,
        column=column,
        positives=positives,
        negatives=negatives,
        option=option,
        negative_option=negative_option,
    )
    return classified_codes(codes, classes)


def _recommendation(frame: pd.DataFrame, spec: AuditSpec, weights: np.ndarray | None) -> np.ndarray:
    """The tool's recommendation per row: 1 yes, 0 no, -1 empty (values as for the outcome)."""
    assert spec.recommendation is not None
    try:
        return _binary_role(
            column_codes(frame[spec.recommendation], unknown_is_missing=False, weights=weights),
            column=spec.recommendation,
            positives=spec.recommendation_positives,
            negatives=spec.recommendation_negatives,
            option="--recommendation-positive",
            negative_option="--recommendation-negative",
        )
    except DataValueError as error:
        if error.template is not AMBIGUOUS_OUTCOME:
            raise
        raise DataValueError(AMBIGUOUS_RECOMMENDATION, **error.fields) from None


def cells_from_rows(
    frame: pd.DataFrame,
    spec: AuditSpec,
    *,
    weights: np.ndarray | None = None,
    precomputed: Precomputed | None = None,
) -> Cells:
    """Row-level log -> cells, per the decisions in the module docstring.

    ``weights``: the number of rows each frame row stands for (a database's ``GROUP BY``).
    """
    import numpy as np

    refuse_control_characters(frame, text_roles(spec))
    stage = None
    if spec.stage is not None:
        if len(spec.stages) < 2:
            raise ColumnError(NO_STAGES, column=spec.stage)
        stage_column = column_codes(frame[spec.stage], unknown_is_missing=False, weights=weights)
        stage = stage_codes(stage_column, column=spec.stage, stages=spec.stages)
    spec = with_certain_polarity(frame, spec, weights)
    selected, known, spec, score_median = _outcome(frame, spec, weights, precomputed, stage)
    optional: dict[str, _Dimension] = {
        "selected": _Dimension(np.where(selected, 0, 1), [True, False])
    }
    if spec.truth is not None:
        truth = _binary_role(
            column_codes(frame[spec.truth], unknown_is_missing=False, weights=weights),
            column=spec.truth,
            positives=[spec.truth_positive] if spec.truth_positive else [],
            negatives=[],
            option="--truth-positive",
            negative_option=None,
        )
        known = known & (truth >= 0)
        optional["truth"] = _yes_no(truth)
    if spec.recommendation is not None:
        optional["recommended"] = _yes_no(_recommendation(frame, spec, weights))
    if stage is not None:
        optional["stage"] = _Dimension(stage, list(spec.stages))
    optional |= _optional_dimensions(frame, spec, weights)
    attributes, census = _attributes(frame, spec, weights)
    census |= role_census(frame, spec, weights)
    spec = with_recommendation_classes(frame, spec, weights)
    cells = _cells(spec, attributes, optional, known, weights)
    dropped = _dropped(frame, spec, attributes, known, weights)
    total = len(frame) if weights is None else round(float(weights.sum()))
    used = sum(cell.count for cell in cells)
    features = period_features = None
    if spec.features or spec.features_auto:
        spec, features, period_features = _features(
            frame, spec, attributes, optional.get("period"), selected, known, weights
        )
    return Cells(
        cells=cells,
        n_rows=used,
        excluded=total - used,
        score_median=score_median,
        spec=spec,
        features=features,
        period_features=period_features,
        census=census,
        dropped=dropped,
        merged=_merged(spec, attributes),
    )


def _attributes(
    frame: pd.DataFrame, spec: AuditSpec, weights: np.ndarray | None
) -> tuple[list[_Dimension], dict[str, dict[str, int]]]:
    """The sensitive columns as dimensions over their groups (issue 20), and their census."""
    dimensions, census = [], {}
    for column in spec.sensitive:
        codes, census[column] = attribute_codes(
            frame[column], column=column, spec=spec, weights=weights
        )
        if len(codes.labels) > MAX_GROUPS:
            raise GroupError(
                TOO_MANY_GROUPS, column=column, count=len(codes.labels), limit=MAX_GROUPS
            )
        dimensions.append(_Dimension(codes.codes, list(codes.labels), merged=codes.merged))
    return dimensions, census


def _dropped(
    frame: pd.DataFrame,
    spec: AuditSpec,
    attributes: list[_Dimension],
    known: np.ndarray,
    weights: np.ndarray | None,
) -> list[tuple[dict[str, str | None], int]]:
    """Rows left out for missing data (not ``--exclude``), counted per group combination."""
    missing = ~known
    on_purpose = left_out_on_purpose(frame, spec, weights)
    if on_purpose is not None:
        missing &= ~on_purpose
    if not missing.any():
        return []
    counted = _count(attributes, missing, weights)
    return [(dict(zip(spec.sensitive, values, strict=True)), count) for values, count in counted]


def _merged(
    spec: AuditSpec, attributes: list[_Dimension]
) -> dict[str, dict[str, list[tuple[str, int]]]]:
    return {c: d.merged for c, d in zip(spec.sensitive, attributes, strict=True) if d.merged}


def _features(
    frame: pd.DataFrame,
    spec: AuditSpec,
    attributes: list[_Dimension],
    period: _Dimension | None,
    selected: np.ndarray,
    known: np.ndarray,
    weights: np.ndarray | None,
) -> tuple[AuditSpec, list[FeatureAssociation], dict[str, list[FeatureAssociation]] | None]:
    """Feature associations (issue 11) over the analysed rows, and per period when asked.

    The spec comes back with ``features`` resolved (``--features auto``: the columns chosen).
    """
    from ethics_toolkit.engine.cells.features import associations, resolve_features

    coded = resolve_features(frame, spec, keep=known, weights=weights)
    spec = spec.model_copy(update={"features": [f.column for f in coded]})
    codes = {
        name: (dimension.codes, len(dimension.values))
        for name, dimension in zip(spec.sensitive, attributes, strict=True)
    }
    options = {"attributes": codes, "weights": weights, "labels": spec.column_labels}
    features = associations(coded, selected=selected, rows=known, **options)  # type: ignore[arg-type]
    if period is None:
        return spec, features, None
    per_period = {
        str(label): associations(
            coded,
            selected=selected,
            rows=known & (period.codes == i),
            **options,  # type: ignore[arg-type]
        )
        for i, label in enumerate(period.values)
    }
    return spec, features, per_period


def _counts(frame: pd.DataFrame, column: str) -> np.ndarray:
    import numpy as np
    import pandas as pd

    text = frame[column].astype("string").str.strip()  # categorical, numeric or text alike
    numbers = pd.to_numeric(text, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    bad = ~np.isfinite(numbers) | (numbers < 0) | (numbers != np.floor(numbers))
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        raise DataValueError(
            BAD_COUNT, column=column, row=row + 2, value=str(frame[column].iloc[row])
        )
    return numbers.astype(np.int64)


def cells_from_counts(frame: pd.DataFrame, spec: AuditSpec) -> Cells:
    """One row per group with applicants (``count_column``) and selected -> the same cells."""
    import numpy as np

    assert spec.count_column is not None and spec.selected_column is not None
    refuse_control_characters(
        frame, [*spec.sensitive, *(c for c in (spec.stratify, spec.period) if c)]
    )
    applicants = _counts(frame, spec.count_column)
    selected = _counts(frame, spec.selected_column)
    too_many = selected > applicants
    if too_many.any():
        row = int(np.flatnonzero(too_many)[0])
        raise DataValueError(
            SELECTED_EXCEEDS_COUNT,
            row=row + 2,
            selected=int(selected[row]),
            count=int(applicants[row]),
            selected_column=spec.selected_column,
            count_column=spec.count_column,
        )
    # Each input row becomes two weighted rows: its selected and its not selected applicants.
    doubled = frame.iloc[np.concatenate([np.arange(len(frame))] * 2)].reset_index(drop=True)
    weights = np.concatenate([selected, applicants - selected]).astype(float)
    is_selected = np.concatenate([np.ones(len(frame), bool), np.zeros(len(frame), bool)])
    optional = {"selected": _Dimension(np.where(is_selected, 0, 1), [True, False])}
    optional |= _optional_dimensions(doubled, spec, weights)
    attributes, census = _attributes(doubled, spec, weights)
    cells = _cells(spec, attributes, optional, np.ones(len(doubled), bool), weights)
    return Cells(
        cells=cells,
        n_rows=int(applicants.sum()),
        excluded=0,
        spec=spec,
        census=census,
        merged=_merged(spec, attributes),
    )

"""Rows or group counts -> cells: the aggregated log, the only thing the toolkit keeps.

One vectorised pass: every column becomes integer codes over its distinct (stripped) values, the
codes are combined into one cell key per row, and ``numpy.bincount`` counts the keys. The cost is
one pass over the rows; everything after works on the few cells, so metric cost does not grow with
the number of rows. Pre-aggregated counts (one row per group with applicants and selected) go
through the same function with the counts as weights.

Decisions (issue 3):

- Unknown sensitive values: empty, and case-insensitively the :data:`UNKNOWN_VALUES`, become
  ``None`` in the cells; the analyses count them as unknown and leave them out of the rates.
- Outcome: ``positive`` is matched as written after stripping; without it the values must be one
  recognised yes/no pair (1/0, true/false, yes/no, ja/nej, any case). A row whose outcome (or
  score, or ground truth when one is given) is empty is left out and counted in ``excluded``.
- Score mode: selected means a score strictly above the median of all rows with a valid score (the
  NYC LL144 scoring rate).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ethics_toolkit.engine.errors import (
    AMBIGUOUS_OUTCOME,
    BAD_COUNT,
    NO_OUTCOME_VALUES,
    POSITIVE_NOT_FOUND,
    SCORE_NOT_FINITE,
    SCORE_NOT_NUMERIC,
    SELECTED_EXCEEDS_COUNT,
    TOO_MANY_GROUPS,
    DataValueError,
    GroupError,
    list_values,
)
from ethics_toolkit.engine.models import AuditSpec, Cell

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

UNKNOWN_VALUES = frozenset(
    {
        "",
        "not stated",
        "unknown",
        "prefer not to say",
        "vill ej uppge",
        "ej angivet",
        "okänd",
        "okänt",
        "uppgift saknas",
        "-",
    }
)
POSITIVE_TOKENS = frozenset({"1", "true", "yes", "ja"})
NEGATIVE_TOKENS = frozenset({"0", "false", "no", "nej"})
# Cell keys up to this many are counted in a dense array (np.bincount) instead of sorted.
_DENSE_KEYS = 1 << 22
# More distinct values than this in a sensitive column is almost surely an id or a raw number.
MAX_GROUPS = 100


@dataclass(frozen=True)
class Cells:
    """Cells plus the bookkeeping the result reports next to them."""

    cells: list[Cell]
    n_rows: int
    excluded: int
    score_median: float | None = None


@dataclass(frozen=True)
class _Codes:
    """A column as integer codes (``-1`` = missing or unknown) over its distinct labels."""

    codes: np.ndarray
    labels: list[str]


def _label(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def column_codes(series: pd.Series, *, unknown_is_missing: bool) -> _Codes:
    """Codes over the stripped values of ``series``; work is per distinct value, not per row."""
    import numpy as np
    import pandas as pd

    categorical = (
        series if isinstance(series.dtype, pd.CategoricalDtype) else series.astype("category")
    )
    labels: list[str] = []
    index: dict[str, int] = {}
    mapping = np.empty(len(categorical.cat.categories) + 1, dtype=np.int64)
    for position, category in enumerate(categorical.cat.categories):
        label = _label(category)
        missing = label == "" or (unknown_is_missing and label.casefold() in UNKNOWN_VALUES)
        if missing:
            mapping[position] = -1
            continue
        if label not in index:
            index[label] = len(labels)
            labels.append(label)
        mapping[position] = index[label]
    mapping[-1] = -1  # pandas' code -1 (NaN) indexes the last element
    return _Codes(codes=mapping[categorical.cat.codes.to_numpy()], labels=labels)


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def _token(label: str) -> str:
    """``1.0`` and ``0,0`` count as 1 and 0 when recognising yes/no values."""
    number = _number(label)
    return str(int(number)) if number in (0.0, 1.0) else label.casefold()


def _match_label(wanted: str, labels: list[str]) -> str | None:
    """The label equal to ``wanted`` as written, else numerically equal (``1.0`` == ``1``)."""
    if wanted in labels:
        return wanted
    number = _number(wanted)
    if number is None:
        return None
    return next((label for label in labels if _number(label) == number), None)


def _binary(
    codes: _Codes, *, column: str, positive: str | None, option: str
) -> tuple[np.ndarray, np.ndarray]:
    """(is positive, is known) per row from a yes/no column, per the decisions above."""
    if not codes.labels:
        raise DataValueError(NO_OUTCOME_VALUES, column=column)
    if positive is not None:
        wanted = _match_label(positive.strip(), codes.labels)
        if wanted is None:
            raise DataValueError(
                POSITIVE_NOT_FOUND,
                value=positive,
                column=column,
                values=list_values(sorted(codes.labels)),
            )
        positive_code = codes.labels.index(wanted)
    else:
        folded = [_token(label) for label in codes.labels]
        recognised = all(f in POSITIVE_TOKENS | NEGATIVE_TOKENS for f in folded)
        positives = [i for i, f in enumerate(folded) if f in POSITIVE_TOKENS]
        negatives = [i for i, f in enumerate(folded) if f in NEGATIVE_TOKENS]
        if not recognised or len(positives) > 1 or len(negatives) > 1:
            raise DataValueError(
                AMBIGUOUS_OUTCOME,
                column=column,
                values=list_values(sorted(codes.labels)),
                option=option,
            )
        positive_code = positives[0] if positives else -2
    return codes.codes == positive_code, codes.codes >= 0


def score_outcome(series: pd.Series, *, column: str) -> tuple[np.ndarray, np.ndarray, float]:
    """(strictly above the median, has a score, the median) per row of a numeric score column."""
    import numpy as np
    import pandas as pd

    original = series
    if not pd.api.types.is_numeric_dtype(series.dtype) or pd.api.types.is_bool_dtype(series.dtype):
        text = series.astype("string").str.strip()
        numbers = pd.to_numeric(text.str.replace(",", ".", regex=False), errors="coerce")
        bad = numbers.isna() & text.notna() & (text != "")
        if bad.any():
            value = str(text[bad].iloc[0])
            if value.casefold() not in ("nan", "-nan", "+nan"):
                raise DataValueError(SCORE_NOT_NUMERIC, column=column, value=value)
            row = int(np.flatnonzero(bad.to_numpy())[0])
            raise DataValueError(SCORE_NOT_FINITE, column=column, value=value, row=row + 2)
        series = numbers
    values = series.to_numpy(dtype=float, na_value=np.nan)
    infinite = np.isinf(values)
    if infinite.any():  # "inf" and "1e309" parse as infinity; "nan" text is an error above
        row = int(np.flatnonzero(infinite)[0])
        raise DataValueError(
            SCORE_NOT_FINITE, column=column, value=str(original.iloc[row]), row=row + 2
        )
    valid = ~np.isnan(values)
    if not valid.any():
        raise DataValueError(NO_OUTCOME_VALUES, column=column)
    median = float(np.median(values[valid]))
    return np.greater(values, median, where=valid, out=np.zeros(len(values), bool)), valid, median


def _sensitive_codes(frame: pd.DataFrame, columns: Sequence[str]) -> list[_Codes]:
    result = []
    for column in columns:
        codes = column_codes(frame[column], unknown_is_missing=True)
        if len(codes.labels) > MAX_GROUPS:
            raise GroupError(
                TOO_MANY_GROUPS, column=column, count=len(codes.labels), limit=MAX_GROUPS
            )
        result.append(codes)
    return result


def _count_cells(
    sensitive: Sequence[str],
    codes: list[_Codes],
    selected: np.ndarray,
    truth: np.ndarray | None,
    weights: np.ndarray | None,
    keep: np.ndarray,
) -> list[Cell]:
    """Count rows (or sum ``weights``) per sensitive values x selected x truth in one pass."""
    import numpy as np

    key = np.zeros(len(keep), dtype=np.int64)
    sizes = []
    for column_codes_ in codes:
        size = len(column_codes_.labels) + 1  # the last slot is "unknown"
        key *= size
        key += column_codes_.codes % size  # numpy's % maps the unknown code -1 to size - 1
        sizes.append(size)
    key *= 2
    key += selected
    truth_size = 2 if truth is not None else 1  # rows with unknown truth were left out
    if truth is not None:
        key *= 2
        key += truth
    key = key[keep]
    w = weights[keep] if weights is not None else None
    space = math.prod(sizes) * 2 * truth_size
    if space <= _DENSE_KEYS:  # the usual case: count into a dense array, no sort
        counts = np.bincount(key, weights=w, minlength=space)
        unique = np.flatnonzero(counts)
        counts = counts[unique]
    else:
        unique, inverse = np.unique(key, return_inverse=True)
        counts = np.bincount(inverse, weights=w, minlength=len(unique))
    cells = []
    for value, count in zip(unique.tolist(), counts.tolist(), strict=True):
        count = round(count)
        if count == 0:
            continue
        truth_code = value % truth_size
        value //= truth_size
        is_selected = bool(value % 2)
        value //= 2
        values: dict[str, str | None] = {}
        for column, column_codes_, size in zip(
            reversed(sensitive), reversed(codes), reversed(sizes), strict=True
        ):
            code = value % size
            value //= size
            values[column] = None if code == size - 1 else column_codes_.labels[code]
        cells.append(
            Cell(
                values={column: values[column] for column in sensitive},
                selected=is_selected,
                truth=None if truth is None else bool(truth_code),
                count=count,
            )
        )
    return cells


def cells_from_rows(frame: pd.DataFrame, spec: AuditSpec) -> Cells:
    """Row-level log -> cells, per the decisions in the module docstring."""
    import numpy as np

    score_median = None
    if spec.score is not None:
        selected, known, score_median = score_outcome(frame[spec.score], column=spec.score)
    else:
        assert spec.outcome is not None
        selected, known = _binary(
            column_codes(frame[spec.outcome], unknown_is_missing=False),
            column=spec.outcome,
            positive=spec.positive,
            option="--positive",
        )
    truth = None
    if spec.truth is not None:
        truth_true, truth_known = _binary(
            column_codes(frame[spec.truth], unknown_is_missing=False),
            column=spec.truth,
            positive=spec.truth_positive,
            option="--truth-positive",
        )
        known = known & truth_known
        truth = truth_true.astype(np.int64)
    codes = _sensitive_codes(frame, spec.sensitive)
    cells = _count_cells(spec.sensitive, codes, selected, truth, None, known)
    n_rows = int(known.sum())
    return Cells(
        cells=cells, n_rows=n_rows, excluded=len(frame) - n_rows, score_median=score_median
    )


def _counts(frame: pd.DataFrame, column: str) -> np.ndarray:
    import numpy as np
    import pandas as pd

    text = frame[column].astype("string").str.strip()  # categorical, numeric or text alike
    numbers = pd.to_numeric(text, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    bad = np.isnan(numbers) | (numbers < 0) | (numbers != np.floor(numbers))
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
    codes = _sensitive_codes(frame, spec.sensitive)
    doubled = [type(c)(codes=np.concatenate([c.codes, c.codes]), labels=c.labels) for c in codes]
    is_selected = np.concatenate([np.ones(len(frame), bool), np.zeros(len(frame), bool)])
    weights = np.concatenate([selected, applicants - selected]).astype(float)
    keep = np.ones(len(is_selected), bool)
    cells = _count_cells(spec.sensitive, doubled, is_selected, None, weights, keep)
    return Cells(cells=cells, n_rows=int(applicants.sum()), excluded=0)

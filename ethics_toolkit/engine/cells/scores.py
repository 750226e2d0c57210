"""Score mode: a score column -> selected (strictly above the median) per row (NYC LL144).

A score that is not a finite number stops the audit (``inf``, ``1e309``, ``nan``: an undefined
score cannot be compared); scores with thousands separators are read when unambiguous
(:func:`~ethics_toolkit.engine.reading.values.grouped_numbers`), else the error asks to remove
them. Databases and Parquet files compute the same in SQL (``engine/sources``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ethics_toolkit.engine.errors import (
    NO_OUTCOME_VALUES,
    SCORE_NOT_FINITE,
    SCORE_NOT_NUMERIC,
    SCORE_THOUSANDS_SEPARATORS,
    DataValueError,
)
from ethics_toolkit.engine.reading.values import grouped_numbers, looks_grouped

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd


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
            filled = text[text.notna() & (text != "")]
            grouped = grouped_numbers(filled.unique().tolist())
            if grouped is not None:  # 30 100,50 / 30.100,50 / 1,234.5 (thousands separators)
                numbers = text.map(grouped).astype(float)
                bad = numbers.isna() & text.notna() & (text != "")
        if bad.any():
            values = [str(v) for v in text[bad].unique()]
            value = next((v for v in values if not looks_grouped(v)), values[0])
            if looks_grouped(value):
                raise DataValueError(SCORE_THOUSANDS_SEPARATORS, column=column, value=value)
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

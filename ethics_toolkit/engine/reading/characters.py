"""Characters a value may not hold: control characters, on every path alike (issue 27).

A CSV file with a NUL byte is refused by its bytes (:mod:`~ethics_toolkit.engine.reading.encoding`)
and a workbook cell with a control character by its cell; a Parquet file or a database hands over
its values as they are, so ``Wo\\x00man`` would become a group of its own beside ``Woman``. This
check runs on the distinct values of every role column, whatever read them, so the same value is
refused everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ethics_toolkit.engine.errors import DataValueError, Message

if TYPE_CHECKING:
    import pandas as pd

    from ethics_toolkit.engine.spec import AuditSpec

CONTROL_CHARACTER_IN_VALUE = Message(
    en="The column {column!r} holds a value with control characters (not text): {value}. The "
    "file or table may be damaged; correct the value and try again.",
    sv="Kolumnen {column!r} innehåller ett värde med styrtecken (ingen text): {value}. Filen "
    "eller tabellen kan vara skadad; rätta värdet och försök igen.",
)
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
"""The control characters a workbook cell may not hold either (tab and line breaks are text)."""


def _distinct(series: pd.Series) -> Iterable[object]:
    import pandas as pd

    if isinstance(series.dtype, pd.CategoricalDtype):
        return series.cat.categories
    if pd.api.types.is_numeric_dtype(series.dtype) or pd.api.types.is_bool_dtype(series.dtype):
        return ()
    return pd.unique(series.dropna())


def refuse_control_characters(frame: pd.DataFrame, columns: Iterable[str]) -> None:
    """Raise naming the first column (and value) holding a control character."""
    for column in columns:
        if column not in frame.columns:
            continue
        for value in _distinct(frame[column]):
            if isinstance(value, str) and CONTROL.search(value):
                shown = repr(value)
                shown = shown if len(shown) <= 60 else shown[:59] + "…"
                raise DataValueError(CONTROL_CHARACTER_IN_VALUE, column=column, value=shown)


def text_roles(spec: AuditSpec) -> list[str]:
    """The role columns whose values are labels (groups, decisions, stages, dates), not numbers."""
    roles = (spec.outcome, spec.truth, spec.stratify, spec.recommendation, spec.stage, spec.period)
    return [*spec.sensitive, *(c for c in roles if c is not None and c != spec.score)]

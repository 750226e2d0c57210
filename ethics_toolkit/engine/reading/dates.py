"""Dates as HR systems, Excel and people write them -> the periods of a log (issues 15 and 20).

Every value is parsed once per distinct value (a few hundred dates, however long the log), so a
file read by pandas and the grouped rows of a database are decided by the same code.

Decisions:

- Numeric forms: ISO and other year-first forms (``2026-03-15``, ``2026/03/15``, ``20260315``,
  ``2026-03``), day-first forms (``15/3/2026``, ``15.3.2026``, ``15-03-26``: the Swedish and
  European reading of ``03/04/2026``), month-first forms only when some value cannot be
  day-first (``04/13/2026``), Excel serial numbers of plausible decision dates, and real dates.
  A time after the date is ignored.
- Written forms, in Swedish and English, with or without a weekday in front: ``3 februari 2026``,
  ``3 feb. 2026``, ``den 3:e februari 2026``, ``3 Feb 2026``, ``03-Feb-2026``, ``February 3, 2026``,
  ``Feb. 3 2026``, ``Tuesday, February 3, 2026``. Month names and abbreviations in either language
  (``maj``/``May``, ``okt``/``Oct``), any case, with or without the abbreviation's dot.
- One column may mix all of these. A value that no form reads stops the audit, naming the value and
  its row; an empty value is an unknown period (the row stays in the pooled analysis).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from ethics_toolkit.engine.errors import NO_DATES, NOT_A_DATE, DataValueError
from ethics_toolkit.engine.reading.values import Codes, column_codes

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d", "%Y-%m")
_DAY_FIRST = ("%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%d/%m/%y", "%d.%m.%y")
_MONTH_FIRST = ("%m/%d/%Y", "%m-%d-%Y", "%m/%d/%y")
_EXCEL_EPOCH_ORDINAL = 693594  # date(1899, 12, 30).toordinal(): Excel's day 0 (1900 system)
_EXCEL_SERIALS = (20_000, 80_000)  # 1954-10-03 .. 2119-01-10: plausible decision dates

MONTHS = {
    **dict.fromkeys(("januari", "january", "jan"), 1),
    **dict.fromkeys(("februari", "february", "feb", "febr"), 2),
    **dict.fromkeys(("mars", "march", "mar"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    **dict.fromkeys(("maj", "may"), 5),
    **dict.fromkeys(("juni", "june", "jun"), 6),
    **dict.fromkeys(("juli", "july", "jul"), 7),
    **dict.fromkeys(("augusti", "august", "aug"), 8),
    **dict.fromkeys(("september", "sep", "sept"), 9),
    **dict.fromkeys(("oktober", "october", "okt", "oct"), 10),
    **dict.fromkeys(("november", "nov"), 11),
    **dict.fromkeys(("december", "dec"), 12),
}
"""Swedish and English month names and their abbreviations, case-folded, without the dot."""
_LETTERS = r"[^\W\d_]+"
_WEEKDAY = rf"(?:{_LETTERS},?\s+)?(?:den\s+)?"
_DAY_MONTH_YEAR = re.compile(
    rf"^{_WEEKDAY}(\d{{1,2}})(?::?e|:?a|st|nd|rd|th)?\.?[\s-]+({_LETTERS})\.?,?[\s-]+(\d{{4}})\b"
)
_MONTH_DAY_YEAR = re.compile(
    rf"^{_WEEKDAY}({_LETTERS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"
)


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def written_date(text: str) -> date | None:
    """A date written with a month name (see the module docstring), or ``None``."""
    folded = text.strip().casefold()
    for pattern, day_group, month_group in ((_DAY_MONTH_YEAR, 1, 2), (_MONTH_DAY_YEAR, 2, 1)):
        match = pattern.match(folded)
        if match is None:
            continue
        month = MONTHS.get(match.group(month_group))
        if month is None:
            continue
        try:
            return date(int(match.group(3)), month, int(match.group(day_group)))
        except ValueError:
            return None
    return None


def parse_date(text: str, formats: Sequence[str]) -> date | None:
    """A date from one of ``formats``, a written form, or an Excel serial (time ignored)."""
    head = text.strip().replace("T", " ").split(" ")[0]
    for fmt in formats:
        try:
            return datetime.strptime(head, fmt).date()
        except ValueError:
            continue
    if any(c.isalpha() for c in text):
        return written_date(text)
    number = _number(head)
    if number is not None and _EXCEL_SERIALS[0] <= number <= _EXCEL_SERIALS[1]:
        return date.fromordinal(_EXCEL_EPOCH_ORDINAL + int(number))
    return None


def column_formats(texts: Sequence[str]) -> tuple[str, ...]:
    """The numeric forms of a column: day-first, unless some value can only be month-first."""
    day_first = True
    for text in texts:
        if parse_date(text, (*_DATE_FORMATS, *_DAY_FIRST)) is None and parse_date(
            text, _MONTH_FIRST
        ):
            day_first = False
            break
    return (*_DATE_FORMATS, *(_DAY_FIRST if day_first else _MONTH_FIRST))


def period_label(day: object, freq: str) -> str:
    """``2026-03`` (month), ``2026-Q1`` (quarter) or ``2026`` (year): labels sort in time order."""
    year, month = day.year, day.month  # type: ignore[attr-defined]
    if freq == "month":
        return f"{year:04d}-{month:02d}"
    if freq == "quarter":
        return f"{year:04d}-Q{(month - 1) // 3 + 1}"
    return f"{year:04d}"


def date_share(labels: Sequence[str]) -> float:
    """The share of ``labels`` that read as dates (for guessing the period column)."""
    if not labels:
        return 0.0
    formats = column_formats(labels)
    return sum(parse_date(label, formats) is not None for label in labels) / len(labels)


def period_codes(
    series: pd.Series, *, column: str, freq: str, weights: np.ndarray | None = None
) -> Codes:
    """Codes per row over the period labels (in time order) of a date column; empty = unknown."""
    import numpy as np
    import pandas as pd

    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        series = series.dt.date
    distinct = column_codes(series, unknown_is_missing=False, weights=weights)
    texts = distinct.labels
    formats = column_formats(texts)
    labels: list[str] = []
    mapping: list[int] = []
    for text in texts:
        day = parse_date(text, formats)
        if day is None:
            row = int(np.flatnonzero(distinct.codes == len(mapping))[0]) + 2
            raise DataValueError(NOT_A_DATE, column=column, value=text, row=row)
        labels.append(period_label(day, freq))
        mapping.append(len(labels) - 1)
    if not labels:
        raise DataValueError(NO_DATES, column=column)
    ordered = sorted(set(labels))
    position = {label: i for i, label in enumerate(ordered)}
    remap = np.array([position[labels[m]] for m in mapping] + [-1], dtype=np.int64)
    codes = remap[distinct.codes]
    known = codes >= 0
    counts = np.bincount(
        codes[known], weights=None if weights is None else weights[known], minlength=len(ordered)
    )
    return Codes(codes=codes, labels=ordered, counts=[round(c) for c in counts.tolist()])

"""The reading contract of issue 27 for sources grouped where they lie (Parquet, databases).

A file read by pandas refuses a score that is not a finite number and a value that is not one
value; the same input in a Parquet file or a table must not give a verdict instead. PostgreSQL
and DuckDB sort NaN above every number, so a NaN score counted as "above the median" would raise
its group's rate (half the women's scores NaN made Woman the reference), and a nested Parquet
column reached the engine as Python lists. Each check costs no extra scan: the non-finite count
comes with the median, the nested check looks at the grouped rows.
"""

from __future__ import annotations

import math
from decimal import Decimal

from ethics_toolkit.engine.sources import builder
from ethics_toolkit.engine.sources.errors import (
    NESTED_VALUES,
    SCORE_NOT_A_NUMBER_COLUMN,
    SCORE_NOT_FINITE_IN_SOURCE,
    SCORE_NOT_NUMBERS_IN_SOURCE,
    SourceError,
)
from ethics_toolkit.engine.sources.relation import Relation


def plain(value: object) -> object:
    """A database value as the engine's labels expect it (``Decimal('1.0')`` reads as 1)."""
    return float(value) if isinstance(value, Decimal) else value


def check_score_type(relation: Relation, column: str, value: object) -> None:
    """Scores are numbers: text, true/false, dates or nested values are refused, as a file's."""
    if isinstance(value, str):
        raise SourceError(SCORE_NOT_A_NUMBER_COLUMN, column=column, source=relation.name,
                          value=value)  # fmt: skip
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise SourceError(SCORE_NOT_NUMBERS_IN_SOURCE, column=column, source=relation.name,
                          value=_shown(value))  # fmt: skip


def refuse_non_finite(relation: Relation, column: str, bad: object) -> None:
    """NaN and infinite scores stop the audit on every path (issue 27): PostgreSQL and DuckDB
    sort NaN above every number, so counting it would put those applicants above the median."""
    if not bad:
        return
    example = builder.non_finite_statement(relation.selectable, column, dialect=relation.dialect)
    rows = relation.fetch(example)
    value = _non_finite_text(plain(rows[0][0]) if rows else None)
    raise SourceError(SCORE_NOT_FINITE_IN_SOURCE, column=column, source=relation.name,
                      count=int(bad), value=value)  # fmt: skip


def _non_finite_text(value: object) -> str:
    """NaN, Infinity or -Infinity, as SQL and Parquet tools write them."""
    if isinstance(value, float) and value in (math.inf, -math.inf):
        return "Infinity" if value > 0 else "-Infinity"
    return "NaN"


def _shown(value: object) -> str:
    """A value as a message shows it: its repr, cut short."""
    text = repr(value)
    return text if len(text) <= 60 else text[:59] + "…"


def refuse_nested(relation: Relation, column: str, values: list) -> None:
    """Lists, records (Parquet, JSON, arrays) and binary values are no group values."""
    nested = next((v for v in values if isinstance(v, list | tuple | dict | bytes | bytearray |
                                                      memoryview)), None)  # fmt: skip
    if nested is not None:
        raise SourceError(NESTED_VALUES, column=column, source=relation.name, value=_shown(nested))

"""The cells as one small DataFrame: the shape every analysis reads.

One column per sensitive attribute (``None`` = unknown) plus the fixed dimension columns below and
the count. Every analysis (pooled, validity, stratified, oversight, funnel, periods) is a pure
function of this table: it sums ``COUNT`` over the dimensions it does not need. The table has a
few dozen to a few thousand rows however long the log, so pandas on it is cheap.

Dimension columns that the audit did not ask for hold ``None`` in every row.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ethics_toolkit.engine.spec import Cell

if TYPE_CHECKING:
    import pandas as pd

SELECTED = "_selected"
TRUTH = "_truth"
STRATUM = "_stratum"
RECOMMENDED = "_recommended"
STAGE = "_stage"
PERIOD = "_period"
COUNT = "_count"
DIMENSIONS = (SELECTED, TRUTH, STRATUM, RECOMMENDED, STAGE, PERIOD)
"""The non-attribute dimensions, in the order of the :class:`Cell` fields they hold."""


def cells_table(cells: Sequence[Cell], attributes: Sequence[str]) -> pd.DataFrame:
    """The cells as a DataFrame: one column per attribute, the dimensions, and the count."""
    import pandas as pd

    return pd.DataFrame(
        {
            **{a: pd.Series([c.values.get(a) for c in cells], dtype=object) for a in attributes},
            SELECTED: [c.selected for c in cells],
            TRUTH: pd.Series([c.truth for c in cells], dtype=object),
            STRATUM: pd.Series([c.stratum for c in cells], dtype=object),
            RECOMMENDED: pd.Series([c.recommended for c in cells], dtype=object),
            STAGE: pd.Series([c.stage for c in cells], dtype=object),
            PERIOD: pd.Series([c.period for c in cells], dtype=object),
            COUNT: pd.Series([c.count for c in cells], dtype="int64"),
        }
    )


def known_rows(table: pd.DataFrame, attributes: Sequence[str]) -> pd.DataFrame:
    """The rows whose every attribute in ``attributes`` is known."""
    return table[table[list(attributes)].notna().all(axis=1)]


def collapse(table: pd.DataFrame, keys: Sequence[str]) -> pd.DataFrame:
    """Sum the counts over every column not in ``keys`` (unknown ``None`` keys kept as groups)."""
    keys = list(keys)
    if not keys:
        import pandas as pd

        return pd.DataFrame({COUNT: [int(table[COUNT].sum())]})
    summed = table.groupby(keys, dropna=False, sort=True)[COUNT].sum().reset_index()
    return summed[summed[COUNT] > 0].reset_index(drop=True)

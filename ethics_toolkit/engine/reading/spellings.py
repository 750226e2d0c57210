"""Spellings of one value: ``Woman``, ``woman``, `` WOMAN`` and ``Outside  Europe`` (issue 27).

A value written in different upper/lower case or with other runs of spaces is the same value to
the person who typed it, and must not become two groups (one of them the reference, the other
adverse). :func:`value_key` is what two spellings must share; :func:`spellings` picks the label of
a value spelt more than one way, its most common spelling (ties: the first in sorted order), so a
file, a workbook, a Parquet file and a database ``GROUP BY`` of the same rows name it alike.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd


def value_key(label: str) -> str:
    """What makes two spellings one value: upper/lower case and runs of spaces do not count."""
    return " ".join(label.split()).casefold()


def spellings(
    categorical: pd.Series, labels: list[str], keys: list[str], weights: np.ndarray | None
) -> tuple[dict[str, str], dict[str, list[tuple[str, int]]]]:
    """The label of every key spelt more than one way (its most common spelling), and the
    spellings with their rows. Costs one count over the rows, only when such a key exists."""
    import numpy as np

    spelt: dict[str, set[str]] = {}
    for label, key in zip(labels, keys, strict=True):
        spelt.setdefault(key, set()).add(label)
    if all(len(found) == 1 for found in spelt.values()):
        return {}, {}
    codes = categorical.cat.codes.to_numpy()
    filled = codes >= 0
    per_category = np.bincount(
        codes[filled],
        weights=None if weights is None else weights[filled],
        minlength=len(labels),
    )
    rows: dict[str, float] = {}
    for label, count in zip(labels, per_category.tolist(), strict=True):
        rows[label] = rows.get(label, 0) + count
    chosen: dict[str, str] = {}
    merged: dict[str, list[tuple[str, int]]] = {}
    for key, found in spelt.items():
        if len(found) == 1:
            continue
        ordered = sorted(found, key=lambda spelling: (-rows[spelling], spelling))
        chosen[key] = ordered[0]
        merged[ordered[0]] = [(spelling, round(rows[spelling])) for spelling in ordered]
    return chosen, merged

"""Which rows an audit leaves out for missing data, as opposed to on purpose (issue 27).

A row is left out of every analysis when its decision, score or ground truth is empty, and when
its decision is a value named with ``--exclude`` (withdrawn applications, say). Only the first is
missing data: if it is missing more often in one group than in another, the rates computed from
the remaining rows may be biased, and the audit says so
(:mod:`~ethics_toolkit.engine.analyses.missing_data`). The rows are counted per combination of
group values, like the cells, and never kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ethics_toolkit.engine.reading.values import column_codes

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from ethics_toolkit.engine.spec import AuditSpec


def left_out_on_purpose(
    frame: pd.DataFrame, spec: AuditSpec, weights: np.ndarray | None
) -> np.ndarray | None:
    """Per row: whether its decision is a value named with ``--exclude`` (``None``: no such row).

    ``spec`` is resolved: ``excluded`` lists the labels as found.
    """
    import numpy as np

    if spec.score is not None or spec.outcome is None or not spec.excluded:
        return None
    codes = column_codes(frame[spec.outcome], unknown_is_missing=False, weights=weights)
    named = [i for i, label in enumerate(codes.labels) if label in set(spec.excluded)]
    return np.isin(codes.codes, named)

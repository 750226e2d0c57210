"""Statistical validity (issue 10): Holm over the audit's comparisons, power, the verdict.

Until the validity figures are computed, the analyses pass through unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence

from ethics_toolkit.engine.models import Analysis


def with_validity(analyses: Sequence[Analysis], *, confidence_level: float) -> list[Analysis]:
    """The analyses of one scope with ``p_value_holm``, ``min_detectable_ratio``, ``verdict``."""
    return list(analyses)

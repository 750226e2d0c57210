"""Small-cell suppression as the PDF applies it: the engine's one presentation, suppressing.

The rules and the row formatting live in :mod:`ethics_toolkit.engine.presentation.views`, shared by
the CLI, the app and the PDF; this module keeps the report's names for them (the threshold is the
report's ``small_cell_threshold``). See that module for why derived figures are hidden too.
"""

from __future__ import annotations

from ethics_toolkit.engine.models import Analysis, AuditResult, GroupResult
from ethics_toolkit.engine.presentation import views as presentation
from ethics_toolkit.engine.presentation.labels import LABEL_JOIN, attributes_label, group_label
from ethics_toolkit.engine.presentation.suppression import (
    HIDDEN,
    is_small_cell,
    marker,
    reference_suppressed,
    truth_counts,
)
from ethics_toolkit.engine.presentation.views import NBSP, GroupRow
from ethics_toolkit.i18n import Lang

__all__ = [
    "HIDDEN",
    "LABEL_JOIN",
    "NBSP",
    "GroupRow",
    "attributes_label",
    "count_text",
    "group_label",
    "group_row",
    "is_small_cell",
    "marker",
    "reference_suppressed",
    "truth_counts",
]


def group_row(
    group: GroupResult,
    analysis: Analysis,
    result: AuditResult,
    *,
    lang: Lang,
    threshold: int,
) -> GroupRow:
    """The printed figures of ``group``; suppressed ones become ``"< 5"`` or an en dash."""
    return presentation.group_row(group, analysis, result, lang=lang, suppress_below=threshold)


def count_text(value: int, *, lang: Lang, threshold: int) -> str:
    """A disclosed count such as the unknown rows: ``"< 5"`` when small, zero stays ``0``."""
    return presentation.count_text(value, lang=lang, threshold=threshold)

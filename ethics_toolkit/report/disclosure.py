"""Small-cell suppression and the per-group figures as printed, shared by the PDF and the summary.

A table cell with fewer than ``threshold`` people (applicants, selected or not selected) could
single out an individual. Such counts are printed as ``"< 5"``; and because a rate times a printed
``n`` gives back the count, every figure derived from a suppressed count (rate, interval, ratio,
p-value, shortfall) is hidden as well. Ground-truth rates (TPR, FPR) are checked against their own
counts, taken from the audit's cells.
"""

from __future__ import annotations

from dataclasses import dataclass

from ethics_toolkit.engine.models import Analysis, AuditResult, GroupResult
from ethics_toolkit.i18n import Lang, format_int, format_number, format_p_value, format_percent

HIDDEN = "–"
NBSP = "\u00a0"
LABEL_JOIN = " × "


def marker(threshold: int) -> str:
    """How a suppressed count is printed: ``"< 5"``."""
    return f"< {threshold}"


def group_label(values: dict[str, str]) -> str:
    """``{"gender": "Woman", "background": "Sweden"}`` -> ``"Woman × Sweden"``."""
    return LABEL_JOIN.join(values.values())


def attributes_label(attributes: list[str]) -> str:
    return LABEL_JOIN.join(attributes)


def is_small_cell(group: GroupResult, threshold: int) -> bool:
    """True when the group's applicants, selected or not selected are fewer than ``threshold``."""
    return min(group.n, group.selected, group.n - group.selected) < threshold


def reference_suppressed(analysis: Analysis, threshold: int) -> bool:
    """A suppressed reference group hides every ratio: ratio x shown rate would reveal its rate."""
    return any(g.is_reference and is_small_cell(g, threshold) for g in analysis.groups)


def truth_counts(result: AuditResult, group: GroupResult) -> tuple[int, int, int, int] | None:
    """(TP, FN, FP, TN) of the group summed from the audit's cells; None without ground truth."""
    tp = fn = fp = tn = 0
    seen = False
    for cell in result.cells:
        if cell.truth is None:
            continue
        if any(cell.values.get(attr) != value for attr, value in group.values.items()):
            continue
        seen = True
        if cell.truth:
            tp, fn = (tp + cell.count, fn) if cell.selected else (tp, fn + cell.count)
        else:
            fp, tn = (fp + cell.count, tn) if cell.selected else (fp, tn + cell.count)
    return (tp, fn, fp, tn) if seen else None


@dataclass(frozen=True, slots=True)
class GroupRow:
    """One group's figures as strings ready for a table, after suppression."""

    label: str
    n: str
    selected: str
    rate: str
    ratio: str
    p_value: str
    shortfall: str
    tpr: str
    fpr: str
    suppressed: bool
    ratio_hidden: bool


def _count(value: int, threshold: int, lang: Lang) -> str:
    return marker(threshold) if value < threshold else format_int(value, lang)


def group_row(
    group: GroupResult,
    analysis: Analysis,
    result: AuditResult,
    *,
    lang: Lang,
    threshold: int,
) -> GroupRow:
    """The printed figures of ``group``; suppressed figures become ``"< 5"`` or an en dash."""
    suppressed = is_small_cell(group, threshold)
    ratio_hidden = suppressed or reference_suppressed(analysis, threshold)
    if suppressed:
        # n - selected < threshold: the selected count would give the small not-selected count.
        selected = marker(threshold) if group.selected < threshold else HIDDEN
        rate = p_value = shortfall = HIDDEN
    else:
        selected = format_int(group.selected, lang)
        # "19.7% (17.5–22.2)": the interval in the same unit, without repeating the sign.
        low, high = (format_number(v * 100, lang, 1) for v in (group.ci_low, group.ci_high))
        rate = f"{format_percent(group.selection_rate, lang, 1)} ({low}–{high})"
        p_value = HIDDEN if group.is_reference else format_p_value(group.p_value, lang)
        p_value = p_value.replace(" ", NBSP)
        shortfall = HIDDEN if group.is_reference else format_int(group.shortfall, lang)
    ratio = HIDDEN if ratio_hidden else format_number(group.impact_ratio, lang, 2)
    tpr = fpr = HIDDEN
    counts = None if suppressed else truth_counts(result, group)
    if counts is not None:
        tp, fn, fp, tn = counts
        if min(tp, fn) >= threshold:
            tpr = format_percent(group.tpr, lang, 1)
        if min(fp, tn) >= threshold:
            fpr = format_percent(group.fpr, lang, 1)
    return GroupRow(
        label=group_label(group.values),
        n=_count(group.n, threshold, lang),
        selected=selected,
        rate=rate,
        ratio=ratio,
        p_value=p_value,
        shortfall=shortfall,
        tpr=tpr,
        fpr=fpr,
        suppressed=suppressed,
        ratio_hidden=ratio_hidden,
    )


def count_text(value: int, *, lang: Lang, threshold: int) -> str:
    """A disclosed count such as the unknown rows: ``"< 5"`` when small, zero stays ``0``."""
    return format_int(value, lang) if value == 0 else _count(value, threshold, lang)

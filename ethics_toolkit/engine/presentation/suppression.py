"""Small-cell suppression: which figures a document that leaves the team may not print.

A cell with fewer than ``suppress_below`` people (applicants, selected or not selected) could
single out an individual. Such counts are printed as ``"< 5"``; and because a rate times a printed
``n`` gives back the count, every figure derived from a suppressed count (rate, interval, ratio,
p-value, shortfall) is hidden as well. Ground-truth rates (TPR, FPR) are checked against their own
counts, taken from the audit's cells. :mod:`~ethics_toolkit.engine.presentation.views` applies
these rules when it formats a row.
"""

from __future__ import annotations

from ethics_toolkit.engine.models import Analysis, AuditResult, GroupResult

SMALL_CELL_THRESHOLD = 5
"""Reports hide cells with fewer people than this (a count of 1–4 can point at a person)."""
HIDDEN = "–"


def marker(threshold: int) -> str:
    """How a suppressed count is printed: ``"< 5"``."""
    return f"< {threshold}"


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

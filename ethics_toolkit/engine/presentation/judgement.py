"""What may be said of the whole audit: an adverse impact to act on, too little data, or neither.

The app's verdict banner reads :func:`judgement`; the app and the CLI print :func:`caution` next
to the verdict when every group below four-fifths is too small to judge (issue 9). The exit code
and ``adverse_impact_found`` in the JSON are unchanged.
"""

from __future__ import annotations

from typing import Literal

from ethics_toolkit.engine.models import AuditResult, GroupResult
from ethics_toolkit.engine.presentation.findings import (
    MIN_GROUP_TO_JUDGE,
    MIN_ROWS_TO_JUDGE,
    too_little_data,
)
from ethics_toolkit.engine.presentation.findings_texts import TEXTS
from ethics_toolkit.engine.presentation.labels import group_label
from ethics_toolkit.i18n import format_int
from ethics_toolkit.i18n.text import Bilingual

Judgement = Literal["adverse", "too_little", "fine"]

_t = TEXTS.text


def judgement(result: AuditResult) -> Judgement:
    """What a verdict banner may say: an adverse impact to act on, too little data, or neither.

    ``too_little`` when every group below four-fifths is too small to judge (or the log has fewer
    than :data:`MIN_ROWS_TO_JUDGE` known rows); ``adverse_impact`` in the JSON is unchanged.
    """
    if _judged_adverse(result):
        return "adverse"
    if result.adverse_impact_found or result.n_rows < MIN_ROWS_TO_JUDGE:
        return "too_little"
    return "fine"


def _judged_adverse(result: AuditResult) -> list[GroupResult]:
    found = []
    for analysis in result.analyses:
        reference = next((g for g in analysis.groups if g.is_reference), None)
        found += [
            g
            for g in analysis.adverse_groups
            if reference is not None
            and not too_little_data(g, reference, n_analysed=analysis.n_analysed)
        ]
    return found


def caution(result: AuditResult) -> Bilingual | None:
    """The caution to show next to a verdict when :func:`judgement` is ``too_little``."""
    if judgement(result) != "too_little":
        return None
    known = [result.n_rows] + [
        a.n_analysed
        for a in result.analyses
        if a.adverse_groups or result.n_rows < MIN_ROWS_TO_JUDGE
    ]
    if min(known) < MIN_ROWS_TO_JUDGE:
        n = min(known)
        return Bilingual(
            sv=_t("caution_log", "sv", n=format_int(n, "sv"), minimum=MIN_ROWS_TO_JUDGE),
            en=_t("caution_log", "en", n=format_int(n, "en"), minimum=MIN_ROWS_TO_JUDGE),
        )
    groups = list(
        dict.fromkeys(
            group_label(g.values, result.spec) for a in result.analyses for g in a.adverse_groups
        )
    )
    return Bilingual(
        sv=_t("caution_groups", "sv", groups=", ".join(groups), minimum=MIN_GROUP_TO_JUDGE),
        en=_t("caution_groups", "en", groups=", ".join(groups), minimum=MIN_GROUP_TO_JUDGE),
    )

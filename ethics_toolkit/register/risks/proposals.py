"""A proposed risk from an adverse finding of a bias audit (not saved until the user accepts).

The audit counterpart of ``Store.proposed_risk`` for checklist items: it only fills a ``Risk`` from
the engine's figures, so the app and any other front end propose the same risk.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ethics_toolkit.engine.presentation.labels import group_label
from ethics_toolkit.i18n import Lang, format_number
from ethics_toolkit.i18n.text import Bilingual

if TYPE_CHECKING:
    from ethics_toolkit.engine.models import Analysis, AuditResult, GroupResult, Oversight
    from ethics_toolkit.engine.spec import AuditSpec
    from ethics_toolkit.register.domain.risks import Risk

AUDIT_RISK_CATEGORY = "non_discrimination"
AUDIT_RISK_REFERENCES = ("DL 1 kap. 4 §", "DL 3 kap. 5 §", "AI Act Art. 26(5)", "AI Act Art. 26(4)")
# Column-name fragments (sv/en, lower case) -> discrimination ground of DL 1 kap. 1 §.
GROUND_HINTS: dict[str, tuple[str, ...]] = {
    "sex": ("gender", "sex", "kön", "kon"),
    "ethnicity": ("background", "bakgrund", "ethnic", "etnisk", "country", "födelse", "origin"),
    "age": ("age", "ålder", "alder"),
    "religion": ("religion", "belief", "tro"),
    "disability": ("disab", "funktion"),
}
SIGNIFICANT_P = 0.05
PROPOSAL_TITLE = Bilingual(
    sv="Möjlig indirekt diskriminering: {group} väljs ut i {ratio} gånger så hög grad "
    "som {reference}",
    en="Possible indirect discrimination: {group} selected at {ratio} times the rate "
    "of {reference}",
)


def grounds_for(attributes: list[str]) -> list[str]:
    """The discrimination grounds an analysis touches, guessed from its column names."""
    found = []
    for ground, hints in GROUND_HINTS.items():
        if any(hint in attr.lower() for attr in attributes for hint in hints):
            found.append(ground)
    return found


def adverse_impact_risk(
    *,
    tool_id: int,
    audit_run_id: int | None,
    analysis: Analysis,
    group: GroupResult,
    owner: str,
    lang: Lang,
    spec: AuditSpec | None = None,
) -> Risk:
    """A risk prefilled from one adverse group: likelier when the difference is significant.

    ``spec`` (the audit's) names the groups by their display labels, as every other text does.
    """
    from ethics_toolkit.register.domain.risks import Risk

    label = group_label(group.values, spec)
    reference = group_label(analysis.reference_group or {}, spec)
    significant = group.p_value is not None and group.p_value < SIGNIFICANT_P
    description = group.finding.get(lang) if group.finding else ""
    return Risk.model_validate(
        {
            "tool_id": tool_id,
            "title": PROPOSAL_TITLE.get(lang).format(
                group=label, ratio=format_number(group.impact_ratio, lang), reference=reference
            ),
            "description": description,
            "category": AUDIT_RISK_CATEGORY,
            "legal_references": list(AUDIT_RISK_REFERENCES),
            "grounds": grounds_for(analysis.attributes),
            "likelihood": 4 if significant else 3,
            "severity": 4,
            "treatment": "mitigate",
            "owner": owner,
            "status": "open",
            "audit_run_id": audit_run_id,
        }
    )


# Issue 11: people follow the tool's recommendation so often that the tool decides in practice.
OVERSIGHT_RISK_CATEGORY = "human_oversight"
OVERSIGHT_RISK_REFERENCES = (
    "GDPR Art. 22",
    "CJEU C-634/21 (SCHUFA)",
    "AI Act Art. 14",
    "AI Act Art. 26(2)",
)
TOOL_DECIDES_TITLE = Bilingual(
    sv="Verktyget beslutar i praktiken (GDPR art. 22): besluten följde rekommendationen i "
    "{agreement} av fallen",
    en="The tool decides in practice (GDPR Art. 22): decisions followed its recommendation in "
    "{agreement} of cases",
)


def audit_oversight(result: AuditResult) -> Oversight | None:
    """The oversight figures of an audit (the headline is the same in every analysis)."""
    return next((a.oversight for a in result.analyses if a.oversight is not None), None)


def tool_decides_risk(
    *, tool_id: int, audit_run_id: int | None, result: AuditResult, owner: str, lang: Lang
) -> Risk | None:
    """A risk when people followed the tool in at least 95 % of cases, else ``None``.

    Such review is not meaningful human involvement (SCHUFA, C-634/21): the recommendation is in
    effect an automated decision under GDPR Art. 22, and AI Act Art. 14 / 26(2) oversight fails.
    """
    from ethics_toolkit.engine.analyses.oversight import tool_decides
    from ethics_toolkit.i18n import format_percent
    from ethics_toolkit.register.domain.risks import Risk

    oversight = audit_oversight(result)
    if oversight is None or not tool_decides(oversight):
        return None
    return Risk.model_validate(
        {
            "tool_id": tool_id,
            "title": TOOL_DECIDES_TITLE.format(
                lang, agreement=format_percent(oversight.agreement, lang)
            ),
            "description": oversight.finding.get(lang) if oversight.finding else "",
            "category": OVERSIGHT_RISK_CATEGORY,
            "legal_references": list(OVERSIGHT_RISK_REFERENCES),
            "grounds": [],
            "likelihood": 4,
            "severity": 4,
            "treatment": "mitigate",
            "owner": owner,
            "status": "open",
            "audit_run_id": audit_run_id,
        }
    )

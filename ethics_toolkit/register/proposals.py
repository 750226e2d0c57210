"""A proposed risk from an adverse finding of a bias audit (not saved until the user accepts).

The audit counterpart of ``Store.proposed_risk`` for checklist items: it only fills a ``Risk`` from
the engine's figures, so the app and any other front end propose the same risk.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ethics_toolkit.engine.labels import group_label
from ethics_toolkit.i18n import Lang, format_number
from ethics_toolkit.i18n.text import Bilingual

if TYPE_CHECKING:
    from ethics_toolkit.engine.models import Analysis, AuditSpec, GroupResult
    from ethics_toolkit.register.models import Risk

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
    from ethics_toolkit.register.models import Risk

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

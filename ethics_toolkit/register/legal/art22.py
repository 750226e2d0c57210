"""GDPR Art. 22 from the profile and from the log: does the tool decide, in law and in practice?

The profile says who decides (``DecisionRole``); an audit with a recommendation column shows how
often people followed the tool (issue 11). Both the classification and the evidence read this
module, which depends on neither.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.register.domain.tool import AITool, DecisionRole

if TYPE_CHECKING:
    from ethics_toolkit.engine.models import AuditResult


def art22_concern(tool: AITool) -> bool:
    """GDPR Art. 22 in question by the profile: the tool decides alone."""
    return tool.decision_role == DecisionRole.decides_alone


class Art22Evidence(BaseModel):
    """What a bias audit's oversight figures say about the tool's GDPR Art. 22 assessment.

    ``contradicted``: the profile says a person decides (no Art. 22 concern), but people followed
    the tool in at least 95 % of the logged cases, so in practice the tool decides (SCHUFA,
    C-634/21). Issue 11; the legal classification may later take it into account directly.
    """

    model_config = ConfigDict(frozen=True, defer_build=True)

    agreement: float
    n: int
    tool_decides: bool
    contradicted: bool
    reason: Bilingual


def art22_evidence(tool: AITool, result: AuditResult) -> Art22Evidence | None:
    """The Art. 22 evidence of one audit run, ``None`` without a recommendation column."""
    from ethics_toolkit.engine.analyses.oversight import tool_decides
    from ethics_toolkit.i18n import format_int, format_percent

    oversight = next((a.oversight for a in result.analyses if a.oversight is not None), None)
    if oversight is None:
        return None
    decides = tool_decides(oversight)
    concern = art22_concern(tool)
    contradicted = decides and not concern
    fields = {
        lang: {
            "agreement": format_percent(oversight.agreement, lang),
            "n": format_int(oversight.n, lang),
        }
        for lang in ("sv", "en")
    }
    if contradicted:
        template = _ART22_CONTRADICTED
    elif decides:
        template = _ART22_CONFIRMED
    else:
        template = _ART22_REVIEWED
    return Art22Evidence(
        agreement=oversight.agreement,
        n=oversight.n,
        tool_decides=decides,
        contradicted=contradicted,
        reason=Bilingual(
            sv=template.format("sv", **fields["sv"]), en=template.format("en", **fields["en"])
        ),
    )


_ART22_CONTRADICTED = Bilingual(
    sv="Motsägs av granskningen: profilen anger att en människa fattar beslutet, men besluten "
    "följde verktygets rekommendation i {agreement} av {n} fall. I praktiken beslutar verktyget, "
    "och GDPR art. 22 kan vara tillämplig (SCHUFA, C-634/21). Se till att prövningen blir "
    "verklig eller behandla besluten som automatiserade.",
    en="Contradicted by the audit: the profile says a person takes the decision, but the "
    "decisions followed the tool's recommendation in {agreement} of {n} cases. In practice the "
    "tool decides, and GDPR Art. 22 may apply (SCHUFA, C-634/21). Make the review real or treat "
    "the decisions as automated.",
)
_ART22_CONFIRMED = Bilingual(
    sv="Granskningen bekräftar bedömningen: besluten följde verktygets rekommendation i "
    "{agreement} av {n} fall.",
    en="The audit confirms the assessment: the decisions followed the tool's recommendation in "
    "{agreement} of {n} cases.",
)
_ART22_REVIEWED = Bilingual(
    sv="Granskningen visar att människor ändrade verktygets rekommendation: besluten följde den i "
    "{agreement} av {n} fall.",
    en="The audit shows that people changed the tool's recommendation: the decisions followed it "
    "in {agreement} of {n} cases.",
)

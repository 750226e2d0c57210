"""A risk of the register with its mitigation actions: scores, levels and the acceptance rule.

Scores and levels are computed fields, never stored.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.register.checklists.catalogue import DiscriminationGround
from ethics_toolkit.register.domain.decisions import AcceptanceState, Decision, decision_state
from ethics_toolkit.register.domain.field_types import (
    DESCRIPTION_MAX,
    LINE_MAX,
    Line,
    Score,
    Text,
    Title,
    max_chars,
)

ACCEPTANCE_THRESHOLD = 10
"""A risk whose inherent score (likelihood x severity) is at least this (high or critical) needs a
recorded justification to be accepted, as does a risk of discrimination (issue 21): accepting a
serious risk is a management decision, made by an approver who did not propose it (issue 22)."""


class Treatment(StrEnum):
    mitigate = "mitigate"
    avoid = "avoid"
    transfer = "transfer"
    accept = "accept"


class RiskStatus(StrEnum):
    open = "open"
    in_treatment = "in_treatment"
    accepted = "accepted"
    closed = "closed"


RiskLevel = Literal["low", "medium", "high", "critical"]


def risk_level(score: int) -> RiskLevel:
    """Score bands of the 5x5 matrix: low <= 4 < medium <= 9 < high <= 15 < critical."""
    if score <= 4:
        return "low"
    if score <= 9:
        return "medium"
    if score <= 15:
        return "high"
    return "critical"


class MitigationAction(BaseModel):
    model_config = ConfigDict(defer_build=True)

    description: Text = Field(min_length=1)
    owner: Line = ""
    due: date | None = None
    done: bool = False
    # Issue 13: who ticked the action off, and when (the risk's history keeps the change too).
    done_by: str = ""
    done_on: date | None = None


class Risk(BaseModel):
    model_config = ConfigDict(defer_build=True)

    id: int | None = None
    tool_id: int
    title: Title = Field(min_length=1)
    description: Annotated[str, max_chars(DESCRIPTION_MAX)] = ""
    category: Annotated[str, max_chars(100)] = ""
    legal_references: list[str] = Field(default_factory=list)
    grounds: list[DiscriminationGround] = Field(default_factory=list)
    likelihood: Score
    severity: Score
    existing_controls: Text = ""
    treatment: Treatment = Treatment.mitigate
    actions: list[MitigationAction] = Field(default_factory=list)
    owner: Line = ""
    residual_likelihood: Score | None = None
    residual_severity: Score | None = None
    status: RiskStatus = RiskStatus.open
    review_date: date | None = None
    approved_by: Annotated[str | None, max_chars(LINE_MAX)] = None
    audit_run_id: int | None = None
    source_item_id: str | None = None
    row_version: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def inherent_score(self) -> int:
        return self.likelihood * self.severity

    @computed_field  # type: ignore[prop-decorator]
    @property
    def residual_score(self) -> int | None:
        if self.residual_likelihood is None or self.residual_severity is None:
            return None
        return self.residual_likelihood * self.residual_severity

    @computed_field  # type: ignore[prop-decorator]
    @property
    def level(self) -> RiskLevel:
        return risk_level(self.inherent_score)

    acceptance: Decision | None = None
    """Issue 22: who proposed accepting the risk, with what justification, and who approved it
    (set by the store; ``approved_by`` above repeats the approver's name for older readers)."""

    @property
    def needs_justification(self) -> bool:
        """Accepting it needs aim, necessity and alternatives: discrimination, high, critical."""
        return bool(self.grounds) or self.inherent_score >= ACCEPTANCE_THRESHOLD

    @property
    def acceptance_state(self) -> AcceptanceState | None:
        """``None`` unless accepted; then ``approved`` only with four eyes (and justification)."""
        if self.status != RiskStatus.accepted:
            return None
        return decision_state(self.acceptance, needs_justification=self.needs_justification)

    @property
    def needs_approver(self) -> bool:
        """Accepted, but not (yet) approved by a second person with the approver role."""
        return self.acceptance_state not in (None, "approved")


JUSTIFICATION_REQUIRED = Bilingual(
    sv="Risken {title!r} {why}: för att acceptera den krävs en motivering – det berättigade "
    "syftet, varför medlen är lämpliga och nödvändiga (diskrimineringslagen 1 kap. 4 §) och vilka "
    "alternativ som övervägts. Fyll i alla tre under Beslut, eller välj en annan hantering.",
    en="The risk {title!r} {why}: accepting it needs a justification – the legitimate aim, why the "
    "means are appropriate and necessary (Discrimination Act ch. 1 § 4) and the alternatives "
    "considered. Fill in all three under Decision, or choose another treatment.",
)
WHY_DISCRIMINATION = Bilingual(sv="gäller diskriminering", en="concerns discrimination")
WHY_SERIOUS = Bilingual(
    sv="har riskvärdet {score} (hög eller kritisk från {threshold})",
    en="has an inherent score of {score} (high or critical from {threshold})",
)


def check_acceptance(risk: Risk) -> None:
    """Refuse proposing to accept a risk that needs a justification and has none (issue 21)."""
    if risk.status != RiskStatus.accepted or not risk.needs_justification:
        return
    if risk.acceptance is not None and risk.acceptance.justified:
        return
    score = {"score": risk.inherent_score, "threshold": ACCEPTANCE_THRESHOLD}
    raise UserFacingError(
        sv=JUSTIFICATION_REQUIRED.format(
            "sv", title=risk.title, why=_why(risk).format("sv", **score)
        ),
        en=JUSTIFICATION_REQUIRED.format(
            "en", title=risk.title, why=_why(risk).format("en", **score)
        ),
    )


def _why(risk: Risk) -> Bilingual:
    return WHY_DISCRIMINATION if risk.grounds else WHY_SERIOUS

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
from ethics_toolkit.register.domain.field_types import (
    DESCRIPTION_MAX,
    LINE_MAX,
    Line,
    Score,
    Text,
    Title,
    max_chars,
)

ACCEPTANCE_THRESHOLD = 12
"""A risk whose inherent score (likelihood x severity) is at least this needs a named approver to be
accepted: accepting a serious risk is a management decision, not a clerk's."""


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

    @property
    def needs_approver(self) -> bool:
        """Accepted serious risks must name who accepted them (see ``ACCEPTANCE_THRESHOLD``)."""
        return (
            self.status == RiskStatus.accepted
            and self.inherent_score >= ACCEPTANCE_THRESHOLD
            and not (self.approved_by or "").strip()
        )


APPROVER_REQUIRED = Bilingual(
    sv="Risken {title!r} har riskvärdet {score} (gräns {threshold}): för att acceptera den krävs "
    "namnet på den som godkänner. Fyll i 'godkänd av' eller välj en annan hantering.",
    en="The risk {title!r} has an inherent score of {score} (threshold {threshold}): accepting it "
    "needs the name of the person who approves it. Fill in 'approved by' or choose another "
    "treatment.",
)


def check_acceptance(risk: Risk) -> None:
    """Refuse an accepted risk at or above the threshold that names no approver."""
    if risk.needs_approver:
        details = {
            "title": risk.title,
            "score": risk.inherent_score,
            "threshold": ACCEPTANCE_THRESHOLD,
        }
        raise UserFacingError.of(APPROVER_REQUIRED, **details)

"""Answers to the checklists: what the team answered, its evidence, and the risk it may propose."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, Field

from ethics_toolkit.register.domain.field_types import Line, Text, UTCDateTime

RiskDecision = Literal["pending", "accepted", "dismissed"]
"""What became of the risk an unmet answer proposes (``register/risks/proposals.py``)."""


class AnswerValue(StrEnum):
    yes = "yes"
    partly = "partly"
    no = "no"
    not_applicable = "not_applicable"
    dont_know = "dont_know"

    @property
    def unmet(self) -> bool:
        """Answers that leave a gap and therefore propose a risk (not knowing is a gap too)."""
        return self in (AnswerValue.partly, AnswerValue.no, AnswerValue.dont_know)


class Answer(BaseModel):
    tool_id: int
    item_id: str = Field(min_length=1, max_length=100)
    value: AnswerValue
    evidence: Text = ""
    answered_by: Line = Field(min_length=1)
    answered_at: UTCDateTime
    """When the answer was last given or revised."""
    risk_decision: RiskDecision | None = None
    # Issue 21 §2: when the answer was first given (``None``: never revised since, or recorded
    # before revisions were kept apart; ``answered_at`` is then both).
    first_answered_at: UTCDateTime | None = None

    @property
    def given_at(self) -> datetime:
        """When the answer was first given."""
        return self.first_answered_at or self.answered_at

    @property
    def revised(self) -> bool:
        return self.first_answered_at is not None and self.first_answered_at != self.answered_at

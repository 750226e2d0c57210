"""What the law says about a tool, as data: its AI Act class and the points drawn from evidence.

Computed from the profile, the answers and the audits (``register/legal``), never stored.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ethics_toolkit.i18n.text import Bilingual

RiskClass = Literal["prohibited", "high_risk", "limited", "minimal"]
LegalTopic = Literal["emotion", "art22", "active_measures", "dpia_timing", "art9_ground"]
LegalOutcome = Literal[
    "likely", "unlikely", "needs_decision", "not_determined", "yes", "no", "breach", "before_use",
    "done", "not_needed", "stated", "missing",
]  # fmt: skip


class LegalPoint(BaseModel):
    """One legal conclusion drawn from evidence, with its sources and, when it needs attention,
    what management must decide (issue 12)."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    topic: LegalTopic
    outcome: LegalOutcome
    statement: Bilingual
    sources: list[Bilingual] = Field(default_factory=list)
    attention: Literal["none", "amber", "red"] = "none"
    headline: Bilingual | None = None
    """The one line the traffic light gives as its reason when ``attention`` is amber or red."""
    decision: Bilingual | None = None
    needs: Bilingual | None = None
    """What the user must tell us for a "not determined" outcome."""


class LegalClassification(BaseModel):
    """What the law says about a tool's profile, each conclusion explained in ``reasons``."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    risk_class: RiskClass
    high_risk: bool
    prohibited: bool
    fria_needed: bool
    dpia_likely: bool
    wp248_criteria: list[str]
    art22_concern: bool
    active_measures_duty: bool
    reasons: list[Bilingual]
    # Issue 12: conclusions drawn from evidence (checklist answers, audits, the purpose text) and
    # from what is not known yet; see ``register/legal/evidence.py``. Not part of what a sign-off
    # binds (the evidence itself is).
    points: list[LegalPoint] = Field(default_factory=list)

    def point(self, topic: LegalTopic) -> LegalPoint | None:
        return next((p for p in self.points if p.topic == topic), None)

    def statements(self) -> list[Bilingual]:
        """The reasons as people read them: a conclusion that evidence or a missing fact changes
        is replaced by that point's statement; points on new topics follow."""
        replaced = {0: "emotion", 4: "art22", 5: "active_measures"}
        shown = []
        for index, reason in enumerate(self.reasons):
            point = self.point(replaced[index]) if index in replaced else None  # type: ignore[arg-type]
            shown.append(point.statement if point is not None else reason)
        extra = [p.statement for p in self.points if p.topic not in replaced.values()]
        return shown + extra

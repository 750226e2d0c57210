"""Decisions that need four eyes, as data: who proposed, who approved, when, and why (no SQL).

A risk accepted instead of treated is a decision. Issue 22: it needs the approver role and a
person other than the one who proposed it. Issue 21 (item 3): accepting a risk of discrimination
or a high or critical risk also needs a recorded justification (the Discrimination Act ch. 1 § 4:
a legitimate aim, means that are appropriate and necessary, the alternatives considered). Until
all of it is recorded the acceptance reads "not approved" everywhere (:func:`acceptance_state`).

The store fills these models (``register/storage/risks.py``); the statement layer, the app and
the report read them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from ethics_toolkit.register.domain.actors import Actor
from ethics_toolkit.register.domain.field_types import Text, UTCDateTime

AcceptanceState = Literal[
    "approved", "awaiting_approval", "needs_justification", "same_person", "not_recorded"
]
"""Where an accepted risk stands; only ``approved`` is an approval (``acceptance_state``)."""


class Justification(BaseModel):
    """Why a risk may be accepted (Discrimination Act ch. 1 § 4; the GDPR's necessity test)."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    aim: Text = ""
    """The legitimate aim the practice serves."""
    necessity: Text = ""
    """Why the means are appropriate and necessary to reach it."""
    alternatives: Text = ""
    """The alternatives considered, and why they were not chosen."""

    @property
    def complete(self) -> bool:
        return all(part.strip() for part in (self.aim, self.necessity, self.alternatives))


class Decision(BaseModel):
    """A proposal and its approval: four eyes as data."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    proposed_by: Actor | None = None
    """Set by the store: whoever saved the risk as accepted (a caller sends the justification)."""
    proposed_at: UTCDateTime | None = None
    justification: Justification | None = None
    approved_by: Actor | None = None
    approved_at: UTCDateTime | None = None

    @property
    def justified(self) -> bool:
        return self.justification is not None and self.justification.complete

    @property
    def four_eyes(self) -> bool:
        """Approved by someone other than the proposer."""
        if self.approved_by is None or self.proposed_by is None:
            return False
        return not self.approved_by.same_person(self.proposed_by)


def decision_state(decision: Decision | None, *, needs_justification: bool) -> AcceptanceState:
    """``approved`` only with an approval by another person and, where needed, a justification."""
    if decision is None or decision.proposed_by is None:
        return "not_recorded"
    if needs_justification and not decision.justified:
        return "needs_justification"
    if decision.approved_by is None:
        return "awaiting_approval"
    if not decision.four_eyes:
        return "same_person"
    return "approved"

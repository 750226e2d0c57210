"""Management's sign-off of a tool, bound to the register content it approved (issue 13)."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ethics_toolkit.register.domain.actors import Actor
from ethics_toolkit.register.domain.field_types import Line, Text, UTCDateTime


class SignOffDecision(StrEnum):
    approved = "approved"
    approved_with_conditions = "approved_with_conditions"
    rejected = "rejected"


class SignOff(BaseModel):
    model_config = ConfigDict(defer_build=True)

    id: int | None = None
    tool_id: int
    name: Line = Field(min_length=1)
    role: Line = Field(min_length=1)
    decision: SignOffDecision
    comment: Text = ""
    signed_at: UTCDateTime
    # Issue 13: the register content this sign-off approved, and the history head at that moment
    # (``register/integrity``); ``None`` for sign-offs made before content binding existed.
    content_hash: str | None = None
    head_hash: str | None = None
    # Issue 22: who signed (the signed-in identity, or a stated name) and the people whose changes
    # since the previous sign-off it approves: four eyes, as data the documents show.
    signed_by: Actor | None = None
    proposed_by: list[Actor] = Field(default_factory=list)

    @field_validator("proposed_by", mode="before")
    @classmethod
    def _none_is_nobody(cls, value: object) -> object:
        return [] if value is None else value

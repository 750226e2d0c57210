"""Proposed risks someone decided not to add, and why (issue 20, item 8).

An audit proposes a risk for every group below the four-fifths line, and an unmet checklist answer
proposes one too. A person may add it to the register or dismiss it, one by one or all at once,
with a reason. A dismissal is kept in the register with its history entry, so the proposal does
not come back: it is known by a key that does not depend on the language (:func:`adverse_key`,
:func:`tool_decides_key`, :func:`item_key`) and, for an audit's proposals, by its audit run. A new
audit run proposes again: its figures are new evidence.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from ethics_toolkit.register.domain.field_types import LINE_MAX, Text, Title, UTCDateTime, max_chars

KEY_MAX = 500


def adverse_key(values: Mapping[str, str]) -> str:
    """The key of the risk proposed for one group of an audit (its attribute values)."""
    return "adverse:" + json.dumps(dict(sorted(values.items())), ensure_ascii=False)


def tool_decides_key(attributes: Sequence[str]) -> str:
    """The key of the risk "the tool decides in practice" proposed for an analysis."""
    return "tool_decides:" + json.dumps(list(attributes), ensure_ascii=False)


def item_key(item_id: str) -> str:
    """The key of the risk proposed by an unmet checklist answer."""
    return f"item:{item_id}"


class Proposal(BaseModel):
    """A proposed risk as the person saw it: its key, its title and where it came from.

    ``item_id`` for a checklist answer's proposal, ``audit_run_id`` for an audit's.
    """

    model_config = ConfigDict(frozen=True)

    key: str = Field(min_length=1, max_length=KEY_MAX)
    title: Title = Field(min_length=1)
    audit_run_id: int | None = None
    item_id: str | None = None


class Dismissal(BaseModel):
    """One proposal dismissed: which, why, by whom and when."""

    id: int | None = None
    tool_id: int
    audit_run_id: int | None = None
    proposal: str = Field(min_length=1, max_length=KEY_MAX)
    title: Title = Field(min_length=1)
    reason: Text = Field(min_length=1)
    dismissed_at: UTCDateTime
    dismissed_by: Annotated[str, max_chars(LINE_MAX)] = Field(min_length=1)


def dismissed_keys(dismissals: Sequence[Dismissal], audit_run_id: int | None) -> set[str]:
    """The keys of the proposals dismissed for one audit run (``None``: checklist proposals)."""
    return {d.proposal for d in dismissals if d.audit_run_id == audit_run_id}

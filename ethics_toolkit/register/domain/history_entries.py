"""The append-only history as data: one entry per change, and the checked state of its hash chain.

How an entry reads in the reader's language is ``register/domain/history.py``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ethics_toolkit.register.domain.field_types import UTCDateTime

HistoryEntity = Literal[
    "tool",
    "answer",
    "risk",
    "audit",
    "signoff",
    "plan",
    "task",
    "request",
    "paired",
    "person",
    "learning",
    "recipe",
    "access",
    "proposal",
]
HistoryAction = Literal["create", "update", "delete"]
HistoryOrigin = Literal["live", "seed", "import"]
"""Issue 27: how an entry came to be appended. ``live``: written by the program as it happened
(its time never goes back); ``seed``: written under a frozen clock (the demo's fictional past);
``import``: copied from an export file (dated when it happened in the exporting register).
Entries written before version 0.3 have none."""


class HistoryEntry(BaseModel):
    """One append-only line of the audit trail: who changed what, when, old and new values."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    id: int | None = None
    at: UTCDateTime
    actor: str = Field(min_length=1)
    tool_id: int | None = None
    entity: HistoryEntity
    entity_id: str
    action: HistoryAction
    changes: dict[str, list[object]] = Field(default_factory=dict)
    summary: str = ""
    """Entries written before version 0.2 kept an English line here; newer entries leave it
    empty and keep everything a reader needs as data in ``changes`` (see
    ``register/domain/history``)."""
    # Issue 13: SHA-256 over this entry's stored columns and the previous entry's hash.
    hash: str | None = None
    # Issue 27: the hash of the row this entry wrote, as it stood after the write
    # (``register/integrity/rows.py``); ``None`` for a removal and for older entries.
    row_hash: str | None = None
    # The row's hash as the write found it: equal to what the history last recorded, unless the
    # row was changed below the program in between (``verify`` names it then).
    row_before: str | None = None
    origin: HistoryOrigin | None = None
    # Imported entries: the hashes the entry had in the registers it came from, newest first,
    # space-separated (a sign-off made there recorded one of them as its head).
    sources: str | None = None
    # The keyed chain's HMAC of ``hash`` (``register/integrity/keys.py``), when a key is set.
    mac: str | None = None


class HistoryCheck(BaseModel):
    """The verified state of the register's hash chain when a record was read (issue 13)."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    entries: int
    intact: bool
    head: str
    broken_id: int | None = None
    problem: str | None = None

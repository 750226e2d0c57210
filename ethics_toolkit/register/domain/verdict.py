"""The one integrity verdict of a register (issue 27), as every front end reads it.

``ethics-toolkit verify``, the app's banner and badge, the report's cover, summary and sign-off
section and the export all show the same :class:`IntegrityVerdict`, computed once by
``register/storage/verify.py`` (cached per chain head and stored rows). Its words are verify's.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.register.domain.history_entries import HistoryCheck

FindingKind = Literal[
    "chain",
    "entry",
    "order",
    "key",
    "signoff",
    "row_edited",
    "row_missing",
    "row_extra",
    "row_damaged",
    "content",
    "anchor",
]


class Finding(BaseModel):
    """One thing found altered, in verify's words; ``tool`` names the tool it concerns."""

    model_config = ConfigDict(frozen=True)

    kind: FindingKind
    message: Bilingual
    tool: str | None = None


class IntegrityVerdict(BaseModel):
    """Whether the register is as its history says: the chain, every row, every sign-off."""

    model_config = ConfigDict(frozen=True)

    history: HistoryCheck
    total_entries: int
    signoffs_checked: int
    rows_checked: int = 0
    findings: list[Finding] = Field(default_factory=list)
    notes: list[Bilingual] = Field(default_factory=list)
    """What could not be checked (entries or rows from before a check existed, signatures
    without the key): said, never counted as altered."""
    head_entry: int | None = None
    head_at: datetime | None = None
    keyed_since: int | None = None

    @property
    def intact(self) -> bool:
        return self.history.intact and not self.findings

    @property
    def problems(self) -> list[Bilingual]:
        return [finding.message for finding in self.findings]

    def about(self, tool: str) -> list[Finding]:
        """The findings that concern ``tool`` (by name) or the whole register (no tool)."""
        return [f for f in self.findings if f.tool in (None, tool)]

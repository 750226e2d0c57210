"""The JSON export format of the whole register: the document's models and its schema version.

``{"schema_version", "exported_at", "tools": [{...profile..., "answers", "risks", "audits",
"signoffs", "history"}], "history": [...], "head_hash"}``; the top-level ``history`` holds the
entries of tools that were deleted (the trail is append-only and must survive an export). The format
is the pydantic models of ``register/domain``, so export and import cannot drift apart.

Issue 13: every history entry carries its chain hash and the document the chain's ``head_hash``.
Reading a file safely is ``exchange_file``, checking a document ``exchange_validation``, and what an
import writes into the target register (shifted ids, its history entry) ``exchange_import``.
"""

from __future__ import annotations

from pydantic import BaseModel, Field, StrictInt

from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.register.domain.answers import Answer
from ethics_toolkit.register.domain.audit_runs import AuditRun
from ethics_toolkit.register.domain.dismissals import Dismissal
from ethics_toolkit.register.domain.explanation_requests import ExplanationRequest
from ethics_toolkit.register.domain.field_types import UTCDateTime
from ethics_toolkit.register.domain.history_entries import HistoryEntry
from ethics_toolkit.register.domain.monitoring import DutyTask, MonitoringPlan
from ethics_toolkit.register.domain.paired import PairedRun
from ethics_toolkit.register.domain.people import CompetenceRecord, Person
from ethics_toolkit.register.domain.recipes import SavedRecipe
from ethics_toolkit.register.domain.risks import Risk
from ethics_toolkit.register.domain.signoffs import SignOff
from ethics_toolkit.register.domain.tool import AITool
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.register.legal.classification import classify

EXPORT_SCHEMA_VERSION = 1


class ToolExport(AITool):
    id: int
    answers: list[Answer] = Field(default_factory=list)
    risks: list[Risk] = Field(default_factory=list)
    audits: list[AuditRun] = Field(default_factory=list)
    signoffs: list[SignOff] = Field(default_factory=list)
    history: list[HistoryEntry] = Field(default_factory=list)
    # Issue 15: the deployer's duties (absent in older files).
    plan: MonitoringPlan | None = None
    tasks: list[DutyTask] = Field(default_factory=list)
    requests: list[ExplanationRequest] = Field(default_factory=list)
    paired: list[PairedRun] = Field(default_factory=list)  # issue 24 (absent in older files)
    # Issue 23: the people around the tool and their competence records (absent in older files).
    people: list[Person] = Field(default_factory=list)
    competence: list[CompetenceRecord] = Field(default_factory=list)
    # Issue 20: every version of the tool's audit recipe, and the proposed risks dismissed with a
    # reason (absent in older files).
    recipes: list[SavedRecipe] = Field(default_factory=list)
    dismissals: list[Dismissal] = Field(default_factory=list)
    # Issue 27: audit runs whose small cells the export withheld (saved before that rule): they
    # differ from the row the history bound, by design.
    protected_audits: list[int] = Field(default_factory=list)


class ExportedVerdict(BaseModel):
    """``verify``'s verdict as an export states it: intact or not, and what was found."""

    intact: bool
    findings: list[Bilingual] = Field(default_factory=list)
    notes: list[Bilingual] = Field(default_factory=list)


class RegisterExport(BaseModel):
    schema_version: StrictInt = EXPORT_SCHEMA_VERSION
    exported_at: UTCDateTime
    tools: list[ToolExport]
    history: list[HistoryEntry] = Field(default_factory=list)
    # Issue 13: the hash of the last history entry when the file was written (None: the file was
    # written before history was hash-chained).
    head_hash: str | None = None
    # Issue 27: the id of the head entry (``verify --anchor`` names it), and verify's verdict of
    # the register when it was exported (an altered register says so in its export too).
    head_entry: int | None = None
    integrity: ExportedVerdict | None = None

    def all_history(self) -> list[HistoryEntry]:
        entries = [h for t in self.tools for h in t.history] + list(self.history)
        return sorted(entries, key=lambda h: h.id or 0)

    @property
    def chained(self) -> bool:
        """False for a file written before hash chains (no hash anywhere): it cannot be checked.

        A sign-off that records a content or head hash was made in a chained register, so its
        file is chained too: removing the hashes does not pass an edited file as an older one.
        """
        signed = any(s.content_hash or s.head_hash for t in self.tools for s in t.signoffs)
        return self.head_hash is not None or signed or any(h.hash for h in self.all_history())

    def record(self, tool: ToolExport) -> ToolRecord:
        """One tool of the file as the app and the report read it."""
        profile = AITool.model_validate(tool.model_dump(include=set(AITool.model_fields)))
        return ToolRecord(
            tool=profile,
            classification=classify(profile, answers=tool.answers, audits=tool.audits),
            answers=tool.answers,
            risks=tool.risks,
            audits=tool.audits,
            signoffs=tool.signoffs,
            history=tool.history,
            plan=tool.plan,
            tasks=tool.tasks,
            requests=tool.requests,
            paired=tool.paired,
            people=tool.people,
            competence=tool.competence,
            dismissals=tool.dismissals,
        )

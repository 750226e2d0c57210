"""What an import writes into the target register: ids shifted past its own, the import's history.

Ids in the file are the exporting register's; :class:`IdShift` adds the target's largest ids so
imported rows never collide with existing ones, and rewrites every link (tool, audit run, history
subject) the same way. Names already taken refuse the import as a whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.register.domain.answers import Answer
from ethics_toolkit.register.domain.audit_runs import AuditRun
from ethics_toolkit.register.domain.dismissals import Dismissal
from ethics_toolkit.register.domain.explanation_requests import ExplanationRequest
from ethics_toolkit.register.domain.history_entries import HistoryEntry
from ethics_toolkit.register.domain.monitoring import DutyTask, MonitoringPlan
from ethics_toolkit.register.domain.paired import PairedRun
from ethics_toolkit.register.domain.people import CompetenceRecord, Person
from ethics_toolkit.register.domain.recipes import SavedRecipe
from ethics_toolkit.register.domain.risks import Risk
from ethics_toolkit.register.domain.signoffs import SignOff
from ethics_toolkit.register.domain.tool import AITool
from ethics_toolkit.register.storage.exchange_format import RegisterExport, ToolExport

NAMES_TAKEN = Bilingual(
    sv="Registret har redan verktyg med namnen {names}; inget importerades. Byt namn på dem, ta "
    "bort dem eller importera till en tom databas.",
    en="The register already has tools named {names}; nothing was imported. Rename or delete them "
    "first, or import into an empty database.",
)


def import_entry_changes(document: RegisterExport, source: str) -> dict[str, list[Any]]:
    """What the history entry of an imported tool records about the file it came from."""
    return {
        "imported_from": [None, source or "-"],
        "exported_at": [None, document.exported_at.isoformat()],
        "export_head_hash": [None, document.head_hash if document.chained else None],
    }


def names_taken_error(names: list[str]) -> UserFacingError:
    listed = ", ".join(repr(n) for n in names)
    return UserFacingError.of(NAMES_TAKEN, names=listed)


_Row = TypeVar(
    "_Row", AuditRun, Risk, SignOff, MonitoringPlan, DutyTask, ExplanationRequest, PairedRun,
    Person, CompetenceRecord, SavedRecipe, Dismissal,
)  # fmt: skip


@dataclass(frozen=True)
class IdShift:
    """Adds the target database's largest ids, so imported rows never collide with existing ones."""

    tool_offset: int
    audit_offset: int
    risk_offset: int
    signoff_offset: int
    history_offset: int
    # Issue 15: the duties' tables.
    plan_offset: int = 0
    task_offset: int = 0
    request_offset: int = 0
    paired_offset: int = 0  # issue 24
    # Issue 23: the people around a tool and their competence records.
    person_offset: int = 0
    record_offset: int = 0
    # Issue 20: the recipes' versions and the dismissed proposals.
    recipe_offset: int = 0
    dismissal_offset: int = 0

    def _entity_id(self, entry: HistoryEntry) -> str:
        offset = self.offsets().get(entry.entity) if entry.entity != "history" else None
        if offset is None or not entry.entity_id.isdigit():
            return entry.entity_id
        return str(int(entry.entity_id) + offset)

    def tool_of(self, tool: ToolExport) -> AITool:
        values = tool.model_dump(include=set(AITool.model_fields))
        return AITool.model_validate({**values, "id": tool.id + self.tool_offset})

    def chained_entry(self, entry: HistoryEntry, *, verbatim: bool = False) -> HistoryEntry:
        """An entry to append to the target's chain: shifted links, new id and hash.

        ``verbatim`` (a register without history, a file whose every entry says how it came to
        be): the entry is copied as it is, so the chain and its hashes stay the file's. Otherwise
        (issue 27) it is marked as imported (dated as it happened in the exporting register, so
        out of this register's time order) and keeps the hash it had there, before the hashes it
        had in earlier registers: a sign-off made there recorded one of them as its head.
        """
        shifted = self.history_entry(entry.model_copy(update={"id": 0}))
        if verbatim:
            return shifted.model_copy(update={"id": None, "hash": None})
        sources = " ".join(h for h in (entry.hash, entry.sources) if h) or None
        return shifted.model_copy(
            update={"id": None, "hash": None, "mac": None, "origin": "import", "sources": sources}
        )

    def offsets(self) -> dict[str, int]:
        """The shift of each table's ids (``exchange_checks.check_id_range``)."""
        return {
            "tool": self.tool_offset,
            "risk": self.risk_offset,
            "audit": self.audit_offset,
            "signoff": self.signoff_offset,
            "history": self.history_offset,
            "plan": self.plan_offset,
            "task": self.task_offset,
            "request": self.request_offset,
            "paired": self.paired_offset,
            "person": self.person_offset,
            "learning": self.record_offset,
            "recipe": self.recipe_offset,  # issue 20
            "proposal": self.dismissal_offset,
        }

    def _shifted(self, row: _Row, entity: str, **links: str) -> _Row:
        """``row`` with its own id shifted as ``entity``'s, its tool's id as a tool's, and each
        linked id (field name -> the linked table's entity) as that table's; ``None`` stays."""
        offsets = self.offsets()
        assert row.id is not None
        update = {"id": row.id + offsets[entity], "tool_id": row.tool_id + self.tool_offset}
        for name, linked in links.items():
            value = getattr(row, name)
            update[name] = None if value is None else value + offsets[linked]
        return row.model_copy(update=update)

    def answer(self, answer: Answer) -> Answer:
        return answer.model_copy(update={"tool_id": answer.tool_id + self.tool_offset})

    def audit(self, run: AuditRun) -> AuditRun:
        return self._shifted(run, "audit")

    def risk(self, risk: Risk) -> Risk:
        return self._shifted(risk, "risk", audit_run_id="audit")

    def signoff(self, signoff: SignOff) -> SignOff:
        return self._shifted(signoff, "signoff")

    def plan(self, plan: MonitoringPlan) -> MonitoringPlan:
        return self._shifted(plan, "plan")

    def task(self, task: DutyTask) -> DutyTask:
        return self._shifted(task, "task", audit_run_id="audit")

    def request(self, request: ExplanationRequest) -> ExplanationRequest:
        return self._shifted(request, "request")

    def paired(self, run: PairedRun) -> PairedRun:
        return self._shifted(run, "paired")

    def person(self, person: Person) -> Person:
        return self._shifted(person, "person")

    def competence(self, record: CompetenceRecord) -> CompetenceRecord:
        return self._shifted(record, "learning", person_id="person")

    def recipe(self, saved: SavedRecipe) -> SavedRecipe:
        return self._shifted(saved, "recipe")

    def dismissal(self, dismissal: Dismissal) -> Dismissal:
        return self._shifted(dismissal, "proposal", audit_run_id="audit")

    def history_entry(self, entry: HistoryEntry) -> HistoryEntry:
        assert entry.id is not None
        tool_id = None if entry.tool_id is None else entry.tool_id + self.tool_offset
        return entry.model_copy(
            update={
                "id": entry.id + self.history_offset,
                "tool_id": tool_id,
                "entity_id": self._entity_id(entry),
            }
        )

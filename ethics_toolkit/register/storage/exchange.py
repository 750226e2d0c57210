"""The store's export of the whole register as JSON, and the import of such an export."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import IntegrityError

from ethics_toolkit.register.access.roles import Permission
from ethics_toolkit.register.domain.actors import Actor
from ethics_toolkit.register.domain.answers import Answer
from ethics_toolkit.register.domain.audit_runs import AuditRun
from ethics_toolkit.register.domain.dismissals import Dismissal
from ethics_toolkit.register.domain.explanation_requests import ExplanationRequest
from ethics_toolkit.register.domain.history import EVENT_KEY, SUBJECT_KEY
from ethics_toolkit.register.domain.history_entries import HistoryEntry
from ethics_toolkit.register.domain.monitoring import DutyTask
from ethics_toolkit.register.domain.paired import PairedRun
from ethics_toolkit.register.domain.people import CompetenceRecord, Person
from ethics_toolkit.register.domain.recipes import SavedRecipe
from ethics_toolkit.register.domain.risks import Risk
from ethics_toolkit.register.domain.signoffs import SignOff
from ethics_toolkit.register.domain.tool import AITool
from ethics_toolkit.register.integrity.rows import manifest
from ethics_toolkit.register.storage import privacy
from ethics_toolkit.register.storage.base import StoreBase, _first_line
from ethics_toolkit.register.storage.exchange_checks import check_id_range
from ethics_toolkit.register.storage.exchange_format import (
    ExportedVerdict,
    RegisterExport,
    ToolExport,
)
from ethics_toolkit.register.storage.exchange_import import (
    IdShift,
    import_entry_changes,
    names_taken_error,
)
from ethics_toolkit.register.storage.exchange_validation import invalid, validate
from ethics_toolkit.register.storage.orm import (
    AnswerRow,
    AuditRunRow,
    Base,
    CompetenceRecordRow,
    DismissalRow,
    DutyTaskRow,
    ExplanationRequestRow,
    HistoryRow,
    MonitoringPlanRow,
    PairedRunRow,
    PersonRow,
    RecipeRow,
    RiskRow,
    SignOffRow,
    ToolRow,
    from_row,
    to_row_values,
)
from ethics_toolkit.register.storage.row_tables import rows_hashes, written_row_hash
from ethics_toolkit.register.storage.rows import (
    _append,
    _children,
    _history,
    _next_tool_id,
    _plan,
    _walk_chain,
)


class ExchangeMixin(StoreBase):
    """Export and import (the format itself is ``exchange_format.py``)."""

    def export_json(self) -> dict[str, Any]:
        """The whole register as JSON-ready data (see ``exchange_format.py`` for the format).

        Read in one transaction, so the content and the head hash belong together. Audit runs go
        through the privacy transform again unless they were kept exact on purpose.
        """
        with self._session(write=False) as session:
            tools = []
            for row in session.scalars(select(ToolRow).order_by(ToolRow.id)):
                tool = from_row(row, AITool)
                assert tool.id is not None
                runs = _children(session, AuditRunRow, AuditRun, tool.id)
                private = [_private(run) for run in runs]
                tools.append(
                    ToolExport(
                        **tool.model_dump(),
                        answers=_children(session, AnswerRow, Answer, tool.id),
                        risks=_children(session, RiskRow, Risk, tool.id),
                        audits=private,
                        protected_audits=_protected(runs, private),
                        signoffs=_children(session, SignOffRow, SignOff, tool.id),
                        history=_history(session, tool.id),
                        plan=_plan(session, tool.id),
                        tasks=_children(session, DutyTaskRow, DutyTask, tool.id),
                        requests=_children(
                            session, ExplanationRequestRow, ExplanationRequest, tool.id
                        ),
                        paired=_children(session, PairedRunRow, PairedRun, tool.id),
                        people=_children(session, PersonRow, Person, tool.id),
                        competence=_children(
                            session, CompetenceRecordRow, CompetenceRecord, tool.id
                        ),
                        recipes=_children(session, RecipeRow, SavedRecipe, tool.id),
                        dismissals=_children(session, DismissalRow, Dismissal, tool.id),
                    )
                )
            known = {t.id for t in tools}
            everything = _history(session, None)
            orphans = [h for h in everything if h.tool_id not in known]
            head = _walk_chain(session).head
        head_entry = next((h.id for h in reversed(everything) if h.hash == head), None)
        verdict = self.verdict()  # issue 27: the same verdict as verify, the app and the PDF
        document = RegisterExport(
            exported_at=datetime.now(UTC),
            tools=tools,
            history=orphans,
            head_hash=head,
            head_entry=head_entry,
            integrity=ExportedVerdict(
                intact=verdict.intact, findings=verdict.problems, notes=verdict.notes
            ),
        )
        return document.model_dump(mode="json")

    def import_json(
        self, data: object, *, source: str = "", actor: Actor | str = "import"
    ) -> list[str]:
        """Add an exported register to this database in one transaction: all or nothing.

        The file's own chain and sign-offs are checked first (``exchange_validation.validate``).
        Ids are shifted past the ids already present, so importing into a fresh database keeps them
        and importing into a used one cannot clash. The file's history is appended to this
        register's chain, followed by one entry per imported tool naming ``source``, the export
        time and the file's head hash. Concurrent imports queue on the write lock. Returns the
        names of the imported tools.
        """
        self._allow(actor, Permission.administer, None)
        document = validate(data)
        try:
            self._import(document, source=source, actor=actor)
        except IntegrityError as error:
            raise invalid([_first_line(error)]) from error
        return [t.name for t in document.tools]

    def _import(self, document: RegisterExport, *, source: str, actor: Actor | str) -> None:
        with self._session() as session:
            # Compared here, not in SQL: a file of a million tools is no million-item IN list.
            taken = set(session.scalars(select(ToolRow.name)))
            clashes = sorted(taken & {t.name for t in document.tools})
            if clashes:
                raise names_taken_error(clashes)
            offsets = {
                row_cls: session.scalar(select(func.coalesce(func.max(row_cls.id), 0))) or 0
                for row_cls in (
                    AuditRunRow,
                    RiskRow,
                    SignOffRow,
                    HistoryRow,
                    MonitoringPlanRow,
                    DutyTaskRow,
                    ExplanationRequestRow,
                    PairedRunRow,
                    PersonRow,
                    CompetenceRecordRow,
                    RecipeRow,
                    DismissalRow,
                )
            }
            shift = IdShift(
                tool_offset=_next_tool_id(session) - 1,
                audit_offset=offsets[AuditRunRow],
                risk_offset=offsets[RiskRow],
                signoff_offset=offsets[SignOffRow],
                history_offset=offsets[HistoryRow],
                plan_offset=offsets[MonitoringPlanRow],
                task_offset=offsets[DutyTaskRow],
                request_offset=offsets[ExplanationRequestRow],
                paired_offset=offsets[PairedRunRow],
                person_offset=offsets[PersonRow],
                record_offset=offsets[CompetenceRecordRow],
                recipe_offset=offsets[RecipeRow],
                dismissal_offset=offsets[DismissalRow],
            )
            check_id_range(document, shift.offsets())
            plan: list[tuple[type[Base], list[BaseModel]]] = [
                (ToolRow, [shift.tool_of(t) for t in document.tools]),
                (AnswerRow, [shift.answer(a) for t in document.tools for a in t.answers]),
                (AuditRunRow, [shift.audit(a) for t in document.tools for a in t.audits]),
                (RiskRow, [shift.risk(r) for t in document.tools for r in t.risks]),
                (SignOffRow, [shift.signoff(s) for t in document.tools for s in t.signoffs]),
                (MonitoringPlanRow, [shift.plan(t.plan) for t in document.tools if t.plan]),
                (DutyTaskRow, [shift.task(k) for t in document.tools for k in t.tasks]),
                (
                    ExplanationRequestRow,
                    [shift.request(r) for t in document.tools for r in t.requests],
                ),
                (PairedRunRow, [shift.paired(r) for t in document.tools for r in t.paired]),
                (PersonRow, [shift.person(p) for t in document.tools for p in t.people]),
                (
                    CompetenceRecordRow,
                    [shift.competence(c) for t in document.tools for c in t.competence],
                ),
                (RecipeRow, [shift.recipe(r) for t in document.tools for r in t.recipes]),
                (DismissalRow, [shift.dismissal(d) for t in document.tools for d in t.dismissals]),
            ]
            for row_cls, models in plan:
                if models:
                    session.execute(
                        insert(row_cls.__table__),
                        [to_row_values(model, row_cls) for model in models],
                    )
            entries = document.all_history()
            verbatim = shift.history_offset == 0 and all(e.origin for e in entries)
            for entry in entries:
                _append(session, shift.chained_entry(entry, verbatim=verbatim), key=self.chain_key)
            at = self._clock()
            for tool in document.tools:
                changes = import_entry_changes(document, source)
                head = document.head_hash if document.chained else None
                tool_id = tool.id + shift.tool_offset
                entry = HistoryEntry(
                    at=at,
                    actor=actor,
                    tool_id=tool_id,
                    entity="tool",
                    entity_id=str(tool_id),
                    action="update",
                    changes={
                        SUBJECT_KEY: [tool.name],
                        EVENT_KEY: [
                            {
                                "kind": "import",
                                "file": source,
                                "exported_at": document.exported_at.isoformat(timespec="seconds"),
                                "head": head[:12] if head else None,
                            }
                        ],
                        **changes,
                        # Issue 27: the tool's rows as imported, under this register's ids.
                        **manifest("tool", rows_hashes(session, tool_id)),
                    },
                    row_hash=written_row_hash(session, "tool", tool_id, tool_id),
                )
                _append(session, entry, key=self.chain_key)
            if self.engine.dialect.name == "postgresql":
                for row_cls, _ in plan:
                    table = row_cls.__tablename__
                    session.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                            f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
                        )
                    )


def _protected(runs: list[AuditRun], private: list[AuditRun]) -> list[int]:
    """The ids of the runs whose small cells the export withheld (saved before that rule)."""
    pairs = zip(runs, private, strict=True)
    return [run.id for run, out in pairs if out is not run and run.id is not None]


def _private(run: AuditRun) -> AuditRun:
    """A run as it may leave the database: small cells withheld unless kept on purpose."""
    if run.exact_small_cells:
        return run
    protected = privacy.protect(run.result)
    if not protected.withheld_rows and not protected.withheld_groups:
        return run
    return run.model_copy(
        update={
            "result": protected.result,
            "withheld_rows": run.withheld_rows + protected.withheld_rows,
            "withheld_groups": run.withheld_groups + protected.withheld_groups,
        }
    )

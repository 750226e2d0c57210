"""The store's part of the deployer's duties (issue 15): monitoring plan, tasks, requests."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.register.access.roles import Permission
from ethics_toolkit.register.domain.actors import Actor, as_actor
from ethics_toolkit.register.domain.audit_runs import AuditRun
from ethics_toolkit.register.domain.explanation_requests import ExplanationRequest, RequestStatus
from ethics_toolkit.register.domain.history_entries import HistoryEntity
from ethics_toolkit.register.domain.monitoring import (
    DutyTask,
    MonitoringPlan,
    TaskStatus,
    ThresholdKind,
)
from ethics_toolkit.register.domain.tool import AITool
from ethics_toolkit.register.duties import rules as duties
from ethics_toolkit.register.storage.base import StoreBase
from ethics_toolkit.register.storage.messages import (
    ANSWER_NEEDED,
    ANSWERED_BEFORE_RECEIVED,
    NO_REQUEST,
    NO_TASK,
    OUTCOME_NEEDED,
    PRIVATE_REQUEST_FIELDS,
    ConflictError,
)
from ethics_toolkit.register.storage.orm import (
    Base,
    DutyTaskRow,
    ExplanationRequestRow,
    MonitoringPlanRow,
    from_row,
    to_row_values,
)
from ethics_toolkit.register.storage.rows import _json_changes, _ModelT, _plan


class DutiesMixin(StoreBase):
    """The monitoring plan, the tasks a threshold crossing opens, and explanation requests."""

    def _open_threshold_tasks(
        self, session: Session, run: AuditRun, previous: AuditResult | None, *, actor: str
    ) -> list[DutyTask]:
        """One task per threshold this run crosses and the tool's previous run did not."""
        plan = _plan(session, run.tool_id)
        found = duties.new_crossings(run.result, previous, plan)
        if not found:
            return []
        tool = from_row(self._tool_row(session, run.tool_id), AITool)
        opened = []
        for crossing in found:
            task = DutyTask(
                tool_id=run.tool_id,
                kind=ThresholdKind(crossing.kind),
                audit_run_id=run.id,
                owner=duties.task_owner(tool, plan),
                due=duties.task_due(run.run_at.date(), plan),
                created_at=run.run_at,
                details={**crossing.details, "file": run.file_name},
            )
            values = to_row_values(task, DutyTaskRow)
            del values["id"], values["row_version"]
            row = DutyTaskRow(**values)
            session.add(row)
            session.flush()
            opened.append(from_row(row, DutyTask))
            self._log(
                session,
                actor=actor,
                tool_id=run.tool_id,
                entity="task",
                entity_id=row.id,
                action="create",
                changes=_json_changes(None, task),
                event={"kind": "task_opened", "threshold": crossing.kind, "due": str(task.due)},
            )
        return opened

    def plan(self, tool_id: int) -> MonitoringPlan | None:
        with self._session(write=False) as session:
            return _plan(session, tool_id)

    def save_plan(self, plan: MonitoringPlan, *, actor: Actor | str) -> MonitoringPlan:
        """Insert or update the tool's monitoring plan (one per tool; stale copies refused)."""
        self._allow(actor, Permission.edit, plan.tool_id)
        try:
            with self._session() as session:
                self._tool_row(session, plan.tool_id, writing=True)
                row = session.scalar(
                    select(MonitoringPlanRow).where(MonitoringPlanRow.tool_id == plan.tool_id)
                )
                name = self._tool_row(session, plan.tool_id).name
                return self._upsert(
                    session, row, plan, MonitoringPlanRow, "plan", actor=actor, name=name
                )
        except StaleDataError as error:
            raise ConflictError("plan", str(plan.tool_id)) from error

    def tasks(self, tool_id: int) -> list[DutyTask]:
        return self._read(DutyTaskRow, DutyTask, tool_id)

    def save_task(self, task: DutyTask, *, actor: Actor | str) -> DutyTask:
        """Update a task: its owner, deadline, outcome; done needs the outcome (who and when set).

        Tasks are opened by the register only (:meth:`save_audit_run`), never by hand.
        """
        self._allow(actor, Permission.edit, task.tool_id)
        if task.status == TaskStatus.done and not task.outcome.strip():
            raise UserFacingError.of(OUTCOME_NEEDED)
        try:
            with self._session() as session:
                self._tool_row(session, task.tool_id, writing=True)
                row = session.get(DutyTaskRow, task.id) if task.id is not None else None
                if row is None or row.tool_id != task.tool_id:
                    raise UserFacingError.of(NO_TASK, id=task.id)
                old = from_row(row, DutyTask)
                if task.status == TaskStatus.done and old.status != TaskStatus.done:
                    task = task.model_copy(
                        update={"done_on": self._clock().date(), "done_by": as_actor(actor).name}
                    )
                elif task.status == TaskStatus.open:
                    task = task.model_copy(update={"done_on": None, "done_by": ""})
                kind = {
                    (TaskStatus.open, TaskStatus.done): "task_done",
                    (TaskStatus.done, TaskStatus.open): "task_reopened",
                }.get((old.status, task.status))
                event = {"kind": kind} if kind else None
                keep = {"kind": old.kind, "created_at": old.created_at, "details": old.details}
                task = task.model_copy(update={**keep, "audit_run_id": old.audit_run_id})
                title = str(task.id)
                return self._upsert(
                    session, row, task, DutyTaskRow, "task", actor=actor, event=event, name=title
                )
        except StaleDataError as error:
            raise ConflictError("task", str(task.id)) from error

    def requests(self, tool_id: int) -> list[ExplanationRequest]:
        return self._read(ExplanationRequestRow, ExplanationRequest, tool_id)

    def save_request(
        self, request: ExplanationRequest, *, actor: Actor | str
    ) -> ExplanationRequest:
        """Register (``id`` None) or update an explanation request.

        Answered needs the answer and its date (not before receipt). The history records what
        happened and the dates, never the reference or the answer (``PRIVATE_REQUEST_FIELDS``).
        """
        self._allow(actor, Permission.privacy, request.tool_id)
        if request.status == RequestStatus.answered:
            if not request.answer.strip() or request.answered_on is None:
                raise UserFacingError.of(ANSWER_NEEDED)
            if request.answered_on < request.received:
                raise UserFacingError.of(
                    ANSWERED_BEFORE_RECEIVED,
                    answered=request.answered_on.isoformat(),
                    received=request.received.isoformat(),
                )
        try:
            with self._session() as session:
                self._tool_row(session, request.tool_id, writing=True)
                row = None
                if request.id is not None:
                    row = session.get(ExplanationRequestRow, request.id)
                    if row is None or row.tool_id != request.tool_id:
                        raise UserFacingError.of(NO_REQUEST, id=request.id)
                old = from_row(row, ExplanationRequest) if row is not None else None
                if old is None:
                    event = {"kind": "request_received", "received": str(request.received)}
                elif old.status != request.status:
                    event = {
                        "kind": f"request_{request.status}",
                        "received": str(request.received),
                        "on": str(request.answered_on or ""),
                        "due": str(request.due),
                    }
                else:
                    event = None
                return self._upsert(
                    session,
                    row,
                    request,
                    ExplanationRequestRow,
                    "request",
                    actor=actor,
                    event=event,
                    private=PRIVATE_REQUEST_FIELDS,
                    name=request.reference,
                )
        except StaleDataError as error:
            raise ConflictError("request", request.reference) from error

    def delete_request(self, request: ExplanationRequest, *, actor: Actor | str) -> None:
        """Remove a request (e.g. when the applicant's data are erased); the history keeps that it
        existed, its dates and status, never its reference."""
        self._allow(actor, Permission.privacy, request.tool_id)
        with self._session() as session:
            self._tool_row(session, request.tool_id, writing=True)
            row = session.get(ExplanationRequestRow, request.id) if request.id else None
            if row is None or row.tool_id != request.tool_id:
                raise UserFacingError.of(NO_REQUEST, id=request.id)
            old = from_row(row, ExplanationRequest)
            session.delete(row)
            changes = _json_changes(old, None)
            for name in PRIVATE_REQUEST_FIELDS:
                changes.pop(name, None)
            self._log(
                session,
                actor=actor,
                tool_id=request.tool_id,
                entity="request",
                entity_id=old.id,
                action="delete",
                changes=changes,
                event={"kind": "request_removed", "received": str(old.received)},
            )

    def _upsert(
        self,
        session: Session,
        row: Base | None,
        model: _ModelT,
        row_cls: type[Base],
        entity: HistoryEntity,
        *,
        actor: str,
        event: dict[str, Any] | None = None,
        private: tuple[str, ...] = (),
        name: str = "",
    ) -> _ModelT:
        """Insert ``model`` (no ``row``) or update ``row`` from it, checking its row version,
        and log what changed (``private`` fields left out of the history)."""
        values = to_row_values(model, row_cls)
        del values["id"], values["row_version"]
        if row is None:
            row = row_cls(**values)
            session.add(row)
            session.flush()
            old = None
        else:
            if row.row_version != model.row_version:  # type: ignore[attr-defined]
                raise ConflictError(entity, name)
            old = from_row(row, type(model))
            for key, value in values.items():
                setattr(row, key, value)
            session.flush()
        changed = _json_changes(old, model)
        changes = {k: v for k, v in changed.items() if k not in private}
        # A change of private fields only is logged too (without them): every write of a row
        # records its hash (issue 27), or the row would read as changed outside the program.
        if changed or event:
            self._log(
                session,
                actor=actor,
                tool_id=model.tool_id,  # type: ignore[attr-defined]
                entity=entity,
                entity_id=row.id,  # type: ignore[attr-defined]
                action="create" if old is None else "update",
                changes=changes,
                event=event,
            )
        return from_row(row, type(model))

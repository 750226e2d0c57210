"""The store's tools: list, read, save, archive, remove, and one tool's whole record."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete, select, true
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.register.access.roles import Permission
from ethics_toolkit.register.domain.actors import Actor
from ethics_toolkit.register.domain.answers import Answer
from ethics_toolkit.register.domain.audit_runs import AuditRun
from ethics_toolkit.register.domain.dismissals import Dismissal
from ethics_toolkit.register.domain.explanation_requests import ExplanationRequest
from ethics_toolkit.register.domain.monitoring import DutyTask
from ethics_toolkit.register.domain.paired import PairedRun
from ethics_toolkit.register.domain.people import CompetenceRecord, Person
from ethics_toolkit.register.domain.risks import Risk
from ethics_toolkit.register.domain.signoffs import SignOff
from ethics_toolkit.register.domain.tool import AITool
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.register.integrity.content import as_check
from ethics_toolkit.register.legal.classification import classify
from ethics_toolkit.register.storage.base import StoreBase
from ethics_toolkit.register.storage.messages import (
    EMPTY_REGISTER,
    EXPORT_FIRST,
    NAME_TAKEN,
    TOOL_DAMAGED,
    UNKNOWN_TOOL,
    ConflictError,
    _error,
)
from ethics_toolkit.register.storage.orm import (
    AnswerRow,
    AuditRunRow,
    CompetenceRecordRow,
    DismissalRow,
    DutyTaskRow,
    ExplanationRequestRow,
    PairedRunRow,
    PersonRow,
    RiskRow,
    SignOffRow,
    ToolRow,
    from_row,
    to_row_values,
)
from ethics_toolkit.register.storage.rows import (
    _children,
    _history,
    _json_changes,
    _next_tool_id,
    _plan,
    _readable,
    _walk_chain,
)


class ToolsMixin(StoreBase):
    """Tools: every other part of the register hangs off one."""

    def list_tools(self, *, include_archived: bool = True) -> list[AITool]:
        """The registered tools by name; the overview leaves archived ones out."""
        with self._session(write=False) as session:
            where = true() if include_archived else ToolRow.archived_at.is_(None)
            return _readable(session, ToolRow, AITool, where, ToolRow.name)

    def get_tool(self, name: str) -> AITool:
        """The tool called ``name``; a UserFacingError naming the registered tools otherwise (or
        saying that its row was altered so that it cannot be read, issue 27)."""
        with self._session(write=False) as session:
            found = _readable(session, ToolRow, AITool, ToolRow.name == name, ToolRow.id)
            if found:
                return found[0]
            if session.scalar(select(ToolRow.id).where(ToolRow.name == name)) is not None:
                raise _error(TOOL_DAMAGED, name=name)
            names = list(session.scalars(select(ToolRow.name).order_by(ToolRow.name)))
        if not names:
            raise UserFacingError.of(EMPTY_REGISTER)
        listed = ", ".join(names)
        raise UserFacingError.of(UNKNOWN_TOOL, name=name, names=listed)

    def save_tool(self, tool: AITool, *, actor: Actor | str) -> AITool:
        """Insert (``id`` None) or update the tool; a stale ``row_version`` raises ConflictError."""
        self._allow(actor, Permission.edit, tool.id)
        values = to_row_values(tool, ToolRow)
        del values["id"], values["row_version"]
        taken = UserFacingError.of(NAME_TAKEN, name=tool.name)
        try:
            with self._session() as session:
                clash = session.scalar(select(ToolRow.id).where(ToolRow.name == tool.name))
                if clash is not None and clash != tool.id:
                    raise taken
                del values["archived_at"]  # only archive_tool / restore_tool change it
                if tool.id is None:
                    tool = tool.model_copy(update={"archived_at": None})
                    row = ToolRow(**values, id=_next_tool_id(session))
                    session.add(row)
                    session.flush()
                    changes, action = _json_changes(None, tool), "create"
                else:
                    row = self._tool_row(session, tool.id, writing=True)
                    if row.row_version != tool.row_version:
                        raise ConflictError("tool", row.name)
                    old = from_row(row, AITool)
                    tool = tool.model_copy(update={"archived_at": old.archived_at})
                    for key, value in values.items():
                        setattr(row, key, value)
                    session.flush()
                    changes, action = _json_changes(old, tool), "update"
                if changes:
                    self._log(
                        session,
                        actor=actor,
                        tool_id=row.id,
                        entity="tool",
                        entity_id=row.id,
                        action=action,
                        changes=changes,
                        subject=tool.name,
                    )
                return from_row(row, AITool)
        except StaleDataError as error:
            raise ConflictError("tool", tool.name) from error
        except IntegrityError as error:
            raise taken from error

    def delete_tool(
        self,
        name: str,
        *,
        actor: Actor | str,
        export: Mapping[str, Any] | None = None,
        export_file: str = "",
    ) -> None:
        """Remove the tool and everything recorded about it; its history stays (append-only).

        Only with ``export``, an export (``export_json``) of the register as it is now: its head
        hash must be the current one, so nothing removed is lost. The history entry names the
        export file and its head hash. The one path by which a tool leaves the register (issue
        27): archived first (logged), its removal logged, then the tool's row deleted and its
        rows with it (the foreign keys cascade); the database refuses any other deletion of a
        tool or a sign-off.
        """
        self._allow(actor, Permission.administer, self.get_tool(name).id)
        tool = self.get_tool(name)
        head = (export or {}).get("head_hash")
        exported = {t.get("name") for t in (export or {}).get("tools", []) if isinstance(t, dict)}
        with self.transaction(), self._session() as session:
            if not export or head != _walk_chain(session).head or tool.name not in exported:
                raise _error(EXPORT_FIRST, name=tool.name)
            if tool.archived_at is None:
                self.archive_tool(name, actor=actor)
            changes = _json_changes(tool, None)
            changes |= {"exported_to": [None, export_file], "export_head_hash": [None, head]}
            self._log(
                session,
                actor=actor,
                tool_id=tool.id,
                entity="tool",
                entity_id=tool.id,
                action="delete",
                changes=changes,
                subject=tool.name,
                event={"kind": "remove", "file": export_file, "head": str(head)[:12]},
            )
            session.execute(delete(ToolRow).where(ToolRow.id == tool.id))

    def archive_tool(self, name: str, *, actor: Actor | str, restore: bool = False) -> AITool:
        """Archive a tool (kept, read-only, out of the overview) or, with ``restore``, undo it."""
        self._allow(actor, Permission.administer, self.get_tool(name).id)
        tool = self.get_tool(name)
        assert tool.id is not None
        with self.transaction(), self._session() as session:
            self._rows_before(session, tool.id)
            row = self._tool_row(session, tool.id)
            if (row.archived_at is None) != restore:
                old = from_row(row, AITool)
                row.archived_at = None if restore else self._clock()
                session.flush()
                new = from_row(row, AITool)
                self._log(
                    session,
                    actor=actor,
                    tool_id=tool.id,
                    entity="tool",
                    entity_id=tool.id,
                    action="update",
                    changes=_json_changes(old, new),
                    subject=tool.name,
                    event={"kind": "restore" if restore else "archive"},
                )
            return from_row(row, AITool)

    def record(
        self,
        name: str,
        *,
        check_history: bool = True,
        unreadable: list[int] | None = None,
        verdict: bool = True,
    ) -> ToolRecord:
        """Everything about one tool, read in one transaction (a consistent snapshot).

        ``check_history`` walks the whole register's hash chain as well (``history_check``);
        ``verdict`` adds the register's integrity verdict (``verify``'s, cached per chain head
        and stored rows, issue 27). Rows altered so that they cannot be read are left out (the
        verdict names them); ``unreadable`` collects the ids of such history entries.
        """
        tool = self.get_tool(name)
        assert tool.id is not None
        found = self.verdict() if verdict else None
        with self._session(write=False) as session:
            tool = (
                _readable(session, ToolRow, AITool, ToolRow.id == tool.id, ToolRow.id) or [tool]
            )[0]
            answers = _children(session, AnswerRow, Answer, tool.id)
            audits = _children(session, AuditRunRow, AuditRun, tool.id)
            return ToolRecord(
                tool=tool,
                classification=classify(tool, answers=answers, audits=audits),
                answers=answers,
                risks=_children(session, RiskRow, Risk, tool.id),
                audits=audits,
                signoffs=_children(session, SignOffRow, SignOff, tool.id),
                history=_history(session, tool.id, [] if unreadable is None else unreadable),
                history_check=_history_check(session, found, check_history),
                plan=_plan(session, tool.id),
                tasks=_children(session, DutyTaskRow, DutyTask, tool.id),
                requests=_children(session, ExplanationRequestRow, ExplanationRequest, tool.id),
                paired=_children(session, PairedRunRow, PairedRun, tool.id),  # issue 24
                people=_children(session, PersonRow, Person, tool.id),
                competence=_children(session, CompetenceRecordRow, CompetenceRecord, tool.id),
                dismissals=_children(session, DismissalRow, Dismissal, tool.id),  # issue 20
                verdict=found,
            )


def _history_check(session: Session, verdict: Any, check_history: bool) -> Any:
    """The chain's state: the verdict's (walked once, cached), else walked now if asked for."""
    if verdict is not None:
        return verdict.history
    return as_check(_walk_chain(session)) if check_history else None

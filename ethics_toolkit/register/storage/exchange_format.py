"""The JSON export format of the whole register, its validation, and id shifting on import.

``{"schema_version", "exported_at", "tools": [{...profile..., "answers", "risks", "audits",
"signoffs", "history"}], "history": [...], "head_hash"}``; the top-level ``history`` holds the
entries of tools that were deleted (the trail is append-only and must survive an export). The format
is the pydantic models of ``register/models.py``, so export and import cannot drift apart.

Issue 13: every history entry carries its chain hash and the document the chain's ``head_hash``;
:func:`validate` checks the file's own chain and its sign-offs before anything is imported, refuses
non-positive ids, non-integer schema versions, history that belongs to no tool of the file, and
files too large or too deeply nested to read safely.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, Field, StrictInt, ValidationError

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.register.domain.models import (
    AITool,
    Answer,
    AuditRun,
    DutyTask,
    ExplanationRequest,
    HistoryEntry,
    MonitoringPlan,
    Risk,
    SignOff,
    ToolRecord,
    UTCDateTime,
    check_acceptance,
)
from ethics_toolkit.register.domain.paired import PairedRun
from ethics_toolkit.register.integrity import chain
from ethics_toolkit.register.integrity.content import (
    check_signoffs,
    missing_signoffs,
    signoff_status,
)
from ethics_toolkit.register.legal.classification import classify
from ethics_toolkit.register.storage.orm import HistoryRow, to_row_values

EXPORT_SCHEMA_VERSION = 1
MAX_BYTES = 256 * 1024 * 1024
"""The largest export file read (a register of hundreds of tools is a few MB)."""
MAX_DEPTH = 64
"""The deepest nesting of JSON accepted (an export nests about 12 levels)."""

INVALID = Bilingual(
    sv="Filen är ingen giltig registerexport, inget importerades. Första felen: {problems}. "
    "Använd en fil som skrivits av `ethics-toolkit export`.",
    en="The file is not a valid register export, nothing was imported. First problems: {problems}. "
    "Use a file written by `ethics-toolkit export`.",
)
NOT_JSON = Bilingual(
    sv="Filen är inte JSON ({detail}), inget importerades. Använd en fil från `export`.",
    en="The file is not JSON ({detail}), nothing was imported. Use an `export` file.",
)
VERSION = Bilingual(
    sv="Exporten har schemaversion {found}, programmet läser version {expected}; inget "
    "importerades. Importera med den ethics-toolkit-version som skrev filen, eller uppdatera.",
    en="The export has schema version {found}, this program reads version {expected}; nothing was "
    "imported. Import it with the ethics-toolkit version that wrote it, or update.",
)
NAMES_TAKEN = Bilingual(
    sv="Registret har redan verktyg med namnen {names}; inget importerades. Byt namn på dem, ta "
    "bort dem eller importera till en tom databas.",
    en="The register already has tools named {names}; nothing was imported. Rename or delete them "
    "first, or import into an empty database.",
)


TOO_LARGE = Bilingual(
    sv="Filen är {size} MB, större än {limit} MB som en registerexport får vara; inget "
    "importerades. Kontrollera att det är rätt fil.",
    en="The file is {size} MB, larger than the {limit} MB a register export may be; nothing was "
    "imported. Check that it is the right file.",
)
TOO_DEEP = Bilingual(
    sv="Filens JSON är nästlad djupare än {limit} nivåer (en registerexport har ungefär 12); inget "
    "importerades. Använd en fil som skrivits av `ethics-toolkit export`.",
    en="The file's JSON is nested deeper than {limit} levels (a register export has about 12); "
    "nothing was imported. Use a file written by `ethics-toolkit export`.",
)
CHAIN_BROKEN_FILE = Bilingual(
    sv="Filens ändringshistorik är inte intakt: händelse {id} har ändrats, lagts till eller tagits "
    "bort efter exporten. Inget importerades. Använd den oförändrade exportfilen.",
    en="The file's change history is not intact: entry {id} was changed, inserted or removed "
    "after the export. Nothing was imported. Use the unaltered export file.",
)
HEAD_MISMATCH = Bilingual(
    sv="Filens head_hash stämmer inte med dess ändringshistorik; filen har ändrats efter exporten. "
    "Inget importerades.",
    en="The file's head_hash does not match its change history; the file was altered after the "
    "export. Nothing was imported.",
)
EDITED_AFTER_SIGNOFF = Bilingual(
    sv="Verktyget {name!r} i filen skiljer sig från det som signerades {date} av {signer}, men "
    "historiken visar ingen ändring efter signeringen: filen har redigerats. Inget importerades.",
    en="The tool {name!r} in the file differs from what {signer} signed off on {date}, but its "
    "history shows no change after the sign-off: the file was edited. Nothing was imported.",
)


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


class RegisterExport(BaseModel):
    schema_version: StrictInt = EXPORT_SCHEMA_VERSION
    exported_at: UTCDateTime
    tools: list[ToolExport]
    history: list[HistoryEntry] = Field(default_factory=list)
    # Issue 13: the hash of the last history entry when the file was written (None: the file was
    # written before history was hash-chained).
    head_hash: str | None = None

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
        )


def invalid(problems: list[str]) -> UserFacingError:
    listed = "; ".join(problems[:5])
    return UserFacingError.of(INVALID, problems=listed)


def _error(message: Bilingual, **values: object) -> UserFacingError:
    return UserFacingError(en=message.format("en", **values), sv=message.format("sv", **values))


def check_size(size: int) -> None:
    """Refuse a file larger than ``MAX_BYTES`` before reading it."""
    if size > MAX_BYTES:
        raise _error(TOO_LARGE, size=round(size / 2**20), limit=MAX_BYTES // 2**20)


_ID_KEYS = frozenset({"id", "tool_id", "audit_run_id"})


def _boolean_ids(data: object) -> list[str]:
    """Ids written as JSON ``true``/``false``: pydantic would read them as 1 and 0."""
    found: list[str] = []
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if key in _ID_KEYS and isinstance(value, bool):
                    found.append(f"{key} {json.dumps(value)} is not a number")
                stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)
    return found


def _depth(data: object) -> int:
    """The nesting depth of parsed JSON, without recursion (a hostile file cannot crash it)."""
    deepest, stack = 0, [(data, 1)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, dict | list):
            deepest = max(deepest, level)
            if level > MAX_DEPTH:
                return level
            children = node.values() if isinstance(node, dict) else node
            stack.extend((child, level + 1) for child in children)
    return deepest


def load_text(raw: str | bytes) -> object:
    """Parse an export file's text, with a clear message for anything that is not JSON."""
    check_size(len(raw))
    try:
        data = json.loads(raw)
    except RecursionError as error:
        raise _error(TOO_DEEP, limit=MAX_DEPTH) from error
    except (ValueError, UnicodeDecodeError) as error:
        raise UserFacingError.of(NOT_JSON, detail=error) from error
    if _depth(data) > MAX_DEPTH:
        raise _error(TOO_DEEP, limit=MAX_DEPTH)
    return data


def _consistency_problems(document: RegisterExport) -> list[str]:
    """What the schema alone cannot see: ids that must be unique and links that must match."""
    problems: list[str] = []
    seen: dict[str, set[object]] = {"tool id": set(), "tool name": set(), "risk id": set()}
    seen |= {"audit id": set(), "sign-off id": set(), "history id": set()}

    def unique(kind: str, value: object) -> None:
        if value in seen[kind]:
            problems.append(f"{kind} {value!r} appears twice")
        seen[kind].add(value)

    for tool in document.tools:
        unique("tool id", tool.id)
        unique("tool name", tool.name)
        problems += _not_positive(tool)
        audit_ids = {a.id for a in tool.audits}
        for kind, children in (
            ("answer", tool.answers),
            ("risk", tool.risks),
            ("audit", tool.audits),
            ("sign-off", tool.signoffs),
            ("history entry", tool.history),
            *_duty_children(tool),
        ):
            for child in children:
                if child.tool_id != tool.id:
                    problems.append(f"{kind} of tool {tool.name!r} has tool_id {child.tool_id}")
        for task in tool.tasks:
            if task.audit_run_id is not None and task.audit_run_id not in audit_ids:
                problems.append(f"a task of tool {tool.name!r} links audit run {task.audit_run_id}")
        for audit in tool.audits:
            unique("audit id", audit.id)
        for signoff in tool.signoffs:
            unique("sign-off id", signoff.id)
        for risk in tool.risks:
            unique("risk id", risk.id)
            if risk.audit_run_id is not None and risk.audit_run_id not in audit_ids:
                problems.append(f"risk {risk.title!r} links audit run {risk.audit_run_id}")
            try:
                check_acceptance(risk)
            except UserFacingError as error:
                problems.append(error.en)
        for kind, children in (
            ("risk", tool.risks),
            ("audit", tool.audits),
            ("sign-off", tool.signoffs),
            ("history entry", tool.history),
            *_duty_children(tool),
        ):
            if any(c.id is None for c in children):
                problems.append(f"a {kind} of tool {tool.name!r} has no id")
    for entry in document.all_history():
        unique("history id", entry.id)
    if any(h.id is None for h in document.history):
        problems.append("a history entry has no id")
    problems += _foreign_history(document)
    return problems


def _duty_children(tool: ToolExport) -> list[tuple[str, list[Any]]]:
    """Issue 15: the tool's plan, tasks and explanation requests, as (kind, children)."""
    plans = [tool.plan] if tool.plan is not None else []
    return [("plan", plans), ("task", tool.tasks), ("request", tool.requests),
            ("paired test", tool.paired)]  # fmt: skip


def _not_positive(tool: ToolExport) -> list[str]:
    """Ids must be positive: a 0 or -1 would land on another tool's row after the id shift."""
    found: list[str] = []
    checks: list[tuple[str, object]] = [("tool id", tool.id)]
    for kind, children in (
        ("answer", tool.answers),
        ("risk", tool.risks),
        ("audit", tool.audits),
        ("sign-off", tool.signoffs),
        ("history entry", tool.history),
        *_duty_children(tool),
    ):
        for child in children:
            checks += [(f"{kind} id", getattr(child, "id", None))]
            checks += [(f"{kind} tool_id", child.tool_id)]
    checks += [("risk audit_run_id", r.audit_run_id) for r in tool.risks]
    checks += [("task audit_run_id", t.audit_run_id) for t in tool.tasks]
    for kind, value in checks:
        if isinstance(value, int) and value <= 0:
            found.append(f"{kind} {value} of tool {tool.name!r} is not a positive number")
    return found


def _foreign_history(document: RegisterExport) -> list[str]:
    """Top-level entries must belong to a tool the file shows deleted (or to no tool at all).

    Otherwise a hand-made entry could attach itself to a tool of the file or of the target
    register and backdate its history.
    """
    found: list[str] = []
    tool_ids = {t.id for t in document.tools}
    deleted = {
        h.tool_id
        for h in document.history
        if h.entity == "tool" and h.action == "delete" and h.entity_id == str(h.tool_id)
    }
    for entry in document.history:
        if entry.id is not None and entry.id <= 0:
            found.append(f"history id {entry.id} is not a positive number")
        if entry.tool_id is None:
            continue
        if entry.tool_id in tool_ids or entry.tool_id not in deleted or entry.tool_id <= 0:
            found.append(
                f"history entry {entry.id} belongs to tool {entry.tool_id}, which is not a tool "
                "deleted in this file"
            )
    return found


def _chain_problems(document: RegisterExport) -> None:
    """Refuse a file whose own chain, head or sign-offs show it was altered after the export."""
    entries = document.all_history()
    walked = chain.walk(to_row_values(h, HistoryRow) for h in entries)
    if not walked.intact:
        raise _error(CHAIN_BROKEN_FILE, id=walked.broken_id)
    if document.head_hash is not None and document.head_hash != walked.head:
        raise _error(HEAD_MISMATCH)
    signoffs = [s for t in document.tools for s in t.signoffs]
    problems = check_signoffs(signoffs, entries, walked.hashes)
    problems += missing_signoffs({t.id for t in document.tools}, signoffs, entries)
    if problems:
        raise invalid([p.en.rstrip(".") for p in problems])
    for tool in document.tools:
        status = signoff_status(document.record(tool))
        if status is not None and status.changed and not status.changes:
            raise _error(
                EDITED_AFTER_SIGNOFF,
                name=tool.name,
                signer=status.signoff.name,
                date=status.signoff.signed_at.date().isoformat(),
            )


def validate(data: object) -> RegisterExport:
    """The export document in ``data``, or a UserFacingError listing what is wrong with it."""
    if isinstance(data, str | bytes):
        data = load_text(data)
    elif _depth(data) > MAX_DEPTH:
        raise _error(TOO_DEEP, limit=MAX_DEPTH)
    version = data.get("schema_version", EXPORT_SCHEMA_VERSION) if isinstance(data, dict) else None
    if isinstance(data, dict) and (type(version) is not int or version != EXPORT_SCHEMA_VERSION):
        # ``type(...) is int``: JSON ``true`` is a bool, which Python would count as 1.
        raise UserFacingError.of(VERSION, found=json.dumps(version), expected=EXPORT_SCHEMA_VERSION)
    if booleans := _boolean_ids(data):
        raise invalid(booleans)
    try:
        document = RegisterExport.model_validate(data)
    except ValidationError as error:
        raise invalid(
            [
                f"{'.'.join(str(p) for p in e['loc']) or 'document'}: {e['msg']}"
                for e in error.errors()
            ]
        ) from error
    problems = _consistency_problems(document)
    if problems:
        raise invalid(problems)
    if document.chained:
        _chain_problems(document)
    return document


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

    def _entity_id(self, entry: HistoryEntry) -> str:
        offset = {
            "tool": self.tool_offset,
            "risk": self.risk_offset,
            "audit": self.audit_offset,
            "plan": self.plan_offset,
            "task": self.task_offset,
            "request": self.request_offset,
            "paired": self.paired_offset,
        }.get(entry.entity)
        offset = self.signoff_offset if entry.entity == "signoff" else offset
        if offset is None or not entry.entity_id.isdigit():
            return entry.entity_id
        return str(int(entry.entity_id) + offset)

    def tool_of(self, tool: ToolExport) -> AITool:
        values = tool.model_dump(include=set(AITool.model_fields))
        return AITool.model_validate({**values, "id": tool.id + self.tool_offset})

    def chained_entry(self, entry: HistoryEntry) -> HistoryEntry:
        """An entry to append to the target's chain: shifted links, new id and hash."""
        shifted = self.history_entry(entry.model_copy(update={"id": 0}))
        return shifted.model_copy(update={"id": None, "hash": None})

    def _tool_id(self, tool_id: int) -> int:
        return tool_id + self.tool_offset

    def answer(self, answer: Answer) -> Answer:
        return answer.model_copy(update={"tool_id": self._tool_id(answer.tool_id)})

    def audit(self, run: AuditRun) -> AuditRun:
        assert run.id is not None
        return run.model_copy(
            update={"id": run.id + self.audit_offset, "tool_id": run.tool_id + self.tool_offset}
        )

    def risk(self, risk: Risk) -> Risk:
        assert risk.id is not None
        audit = None if risk.audit_run_id is None else risk.audit_run_id + self.audit_offset
        return risk.model_copy(
            update={
                "id": risk.id + self.risk_offset,
                "tool_id": risk.tool_id + self.tool_offset,
                "audit_run_id": audit,
            }
        )

    def signoff(self, signoff: SignOff) -> SignOff:
        assert signoff.id is not None
        return signoff.model_copy(
            update={
                "id": signoff.id + self.signoff_offset,
                "tool_id": signoff.tool_id + self.tool_offset,
            }
        )

    def plan(self, plan: MonitoringPlan) -> MonitoringPlan:
        assert plan.id is not None
        return plan.model_copy(
            update={"id": plan.id + self.plan_offset, "tool_id": plan.tool_id + self.tool_offset}
        )

    def task(self, task: DutyTask) -> DutyTask:
        assert task.id is not None
        audit = None if task.audit_run_id is None else task.audit_run_id + self.audit_offset
        return task.model_copy(
            update={
                "id": task.id + self.task_offset,
                "tool_id": task.tool_id + self.tool_offset,
                "audit_run_id": audit,
            }
        )

    def request(self, request: ExplanationRequest) -> ExplanationRequest:
        assert request.id is not None
        return request.model_copy(
            update={
                "id": request.id + self.request_offset,
                "tool_id": request.tool_id + self.tool_offset,
            }
        )

    def paired(self, run: PairedRun) -> PairedRun:
        assert run.id is not None
        shifted = {"id": run.id + self.paired_offset, "tool_id": run.tool_id + self.tool_offset}
        return run.model_copy(update=shifted)

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

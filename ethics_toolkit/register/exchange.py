"""The JSON export format of the whole register, its validation, and id shifting on import.

``{"schema_version", "exported_at", "tools": [{...profile..., "answers", "risks", "audits",
"signoffs", "history"}], "history": [...]}``; the top-level ``history`` holds the entries of tools
that were deleted (the trail is append-only and must survive an export). The format is the pydantic
models of ``register/models.py``, so export and import cannot drift apart.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from pydantic import BaseModel, Field, ValidationError

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.register.models import (
    AITool,
    Answer,
    AuditRun,
    HistoryEntry,
    Risk,
    SignOff,
    UTCDateTime,
    check_acceptance,
)

EXPORT_SCHEMA_VERSION = 1

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


class ToolExport(AITool):
    id: int
    answers: list[Answer] = Field(default_factory=list)
    risks: list[Risk] = Field(default_factory=list)
    audits: list[AuditRun] = Field(default_factory=list)
    signoffs: list[SignOff] = Field(default_factory=list)
    history: list[HistoryEntry] = Field(default_factory=list)


class RegisterExport(BaseModel):
    schema_version: int = EXPORT_SCHEMA_VERSION
    exported_at: UTCDateTime
    tools: list[ToolExport]
    history: list[HistoryEntry] = Field(default_factory=list)

    def all_history(self) -> list[HistoryEntry]:
        entries = [h for t in self.tools for h in t.history] + list(self.history)
        return sorted(entries, key=lambda h: h.id or 0)


def invalid(problems: list[str]) -> UserFacingError:
    listed = "; ".join(problems[:5])
    return UserFacingError.of(INVALID, problems=listed)


def load_text(raw: str | bytes) -> object:
    """Parse an export file's text, with a clear message for anything that is not JSON."""
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError) as error:
        raise UserFacingError.of(NOT_JSON, detail=error) from error


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
        audit_ids = {a.id for a in tool.audits}
        for kind, children in (
            ("answer", tool.answers),
            ("risk", tool.risks),
            ("audit", tool.audits),
            ("sign-off", tool.signoffs),
            ("history entry", tool.history),
        ):
            for child in children:
                if child.tool_id != tool.id:
                    problems.append(f"{kind} of tool {tool.name!r} has tool_id {child.tool_id}")
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
        ):
            if any(c.id is None for c in children):
                problems.append(f"a {kind} of tool {tool.name!r} has no id")
    for entry in document.all_history():
        unique("history id", entry.id)
    if any(h.id is None for h in document.history):
        problems.append("a history entry has no id")
    return problems


def validate(data: object) -> RegisterExport:
    """The export document in ``data``, or a UserFacingError listing what is wrong with it."""
    if isinstance(data, str | bytes):
        data = load_text(data)
    if isinstance(data, dict) and data.get("schema_version", EXPORT_SCHEMA_VERSION) != (
        EXPORT_SCHEMA_VERSION
    ):
        found = data.get("schema_version")
        raise UserFacingError.of(VERSION, found=found, expected=EXPORT_SCHEMA_VERSION)
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
    return document


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

    def _entity_id(self, entry: HistoryEntry) -> str:
        offset = {
            "tool": self.tool_offset,
            "risk": self.risk_offset,
            "audit": self.audit_offset,
        }.get(entry.entity)
        offset = self.signoff_offset if entry.entity == "signoff" else offset
        if offset is None or not entry.entity_id.isdigit():
            return entry.entity_id
        return str(int(entry.entity_id) + offset)

    def tool_of(self, tool: ToolExport) -> AITool:
        values = tool.model_dump(include=set(AITool.model_fields))
        return AITool.model_validate({**values, "id": tool.id + self.tool_offset})

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

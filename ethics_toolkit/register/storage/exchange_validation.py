"""Checking an export document before anything is imported: schema, consistency and integrity.

:func:`validate` reads the document with the format's models (``exchange_format``), refuses ids
written as booleans, non-positive ids, non-integer schema versions, history that belongs to no tool
of the file, duplicate ids and broken links, and (issue 13) checks the file's own hash chain, its
head and its sign-offs, so an export edited after it was written is refused.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.register.integrity import chain
from ethics_toolkit.register.integrity.content import (
    check_signoffs,
    missing_signoffs,
    signoff_status,
)
from ethics_toolkit.register.storage.exchange_checks import (
    check_head,
    check_id_range,
    check_keys,
    check_order,
    check_rows,
)
from ethics_toolkit.register.storage.exchange_file import check_depth, load_text
from ethics_toolkit.register.storage.exchange_format import (
    EXPORT_SCHEMA_VERSION,
    RegisterExport,
    ToolExport,
)
from ethics_toolkit.register.storage.orm import HistoryRow, to_row_values

INVALID = Bilingual(
    sv="Filen är ingen giltig registerexport, inget importerades. Första felen: {problems}. "
    "Använd en fil som skrivits av `ethics-toolkit export`.",
    en="The file is not a valid register export, nothing was imported. First problems: {problems}. "
    "Use a file written by `ethics-toolkit export`.",
)
VERSION = Bilingual(
    sv="Exporten har schemaversion {found}, programmet läser version {expected}; inget "
    "importerades. Importera med den ethics-toolkit-version som skrev filen, eller uppdatera.",
    en="The export has schema version {found}, this program reads version {expected}; nothing was "
    "imported. Import it with the ethics-toolkit version that wrote it, or update.",
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


def invalid(problems: list[str]) -> UserFacingError:
    listed = "; ".join(problems[:5])
    return UserFacingError.of(INVALID, problems=listed)


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
        person_ids = {p.id for p in tool.people}
        for record in tool.competence:  # issue 23: a record belongs to a person of its tool
            if record.person_id not in person_ids:
                problems.append(
                    f"a competence record of tool {tool.name!r} links person {record.person_id}"
                )
        for dismissal in tool.dismissals:  # issue 20
            if dismissal.audit_run_id is not None and dismissal.audit_run_id not in audit_ids:
                problems.append(
                    f"a dismissal of tool {tool.name!r} links audit run {dismissal.audit_run_id}"
                )
        versions = [r.version for r in tool.recipes]
        if len(set(versions)) != len(versions):
            problems.append(f"a recipe version of tool {tool.name!r} appears twice")
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
    """Issue 15: the tool's plan, tasks and explanation requests, as (kind, children); issue 23:
    its people and their competence records."""
    plans = [tool.plan] if tool.plan is not None else []
    return [
        ("plan", plans),
        ("task", tool.tasks),
        ("request", tool.requests),
        ("paired test", tool.paired),
        ("person", tool.people),
        ("competence record", tool.competence),
        ("recipe", tool.recipes),  # issue 20
        ("dismissal", tool.dismissals),
    ]


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
    checks += [("dismissal audit_run_id", d.audit_run_id) for d in tool.dismissals]
    checks += [("competence record person_id", c.person_id) for c in tool.competence]
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
        raise UserFacingError.of(CHAIN_BROKEN_FILE, id=walked.broken_id)
    if document.head_hash is not None and document.head_hash != walked.head:
        raise UserFacingError.of(HEAD_MISMATCH)
    check_order(document)  # issue 27: entries appended in order
    check_rows(document)  # issue 27: every row is what the file's history says
    signoffs = [s for t in document.tools for s in t.signoffs]
    sources = {s for e in entries for s in (e.sources or "").split() if s}
    problems = check_signoffs(signoffs, entries, walked.hashes | sources)
    problems += missing_signoffs({t.id for t in document.tools}, signoffs, entries)
    if problems:
        raise invalid([p.en.rstrip(".") for p in problems])
    for tool in document.tools:
        status = signoff_status(document.record(tool))
        if status is not None and status.changed and not status.changes:
            raise UserFacingError.of(
                EDITED_AFTER_SIGNOFF,
                name=tool.name,
                signer=status.signoff.name,
                date=status.signoff.signed_at.date().isoformat(),
            )


def validate(data: object) -> RegisterExport:
    """The export document in ``data``, or a UserFacingError listing what is wrong with it."""
    if isinstance(data, str | bytes):
        data = load_text(data)
    else:
        check_depth(data)
    version = data.get("schema_version", EXPORT_SCHEMA_VERSION) if isinstance(data, dict) else None
    if isinstance(data, dict) and (type(version) is not int or version != EXPORT_SCHEMA_VERSION):
        # ``type(...) is int``: JSON ``true`` is a bool, which Python would count as 1.
        raise UserFacingError.of(VERSION, found=json.dumps(version), expected=EXPORT_SCHEMA_VERSION)
    if booleans := _boolean_ids(data):
        raise invalid(booleans)
    check_keys(data)  # issue 27: unknown keys and a missing head_hash are errors
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
    check_head(document)
    check_id_range(document)
    if document.chained:
        _chain_problems(document)
    return document

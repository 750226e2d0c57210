"""The register's verification (issues 13 and 27), read from the store in one snapshot.

The chain (``integrity/chain``), the order in which entries were appended (``integrity/order``),
the keyed chain's signatures (``integrity/keys``), every current row against the state its history
says (``integrity/rows``), every sign-off against its entry and the content it approved
(``integrity/content``) and, when given, an anchor kept outside the database
(``integrity/anchor``). What is checked is decided there; this module reads the rows and puts the
findings in the order people read them: what was altered first.

:func:`verify` is ``ethics-toolkit verify``; :meth:`Store.verdict` (``storage/verdicts.py``) is the
same check cached per chain head and stored rows, which the app, the report and exports show.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.register.domain.history_entries import HistoryEntry
from ethics_toolkit.register.domain.signoffs import SignOff
from ethics_toolkit.register.domain.tool import AITool
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.register.domain.verdict import Finding, IntegrityVerdict
from ethics_toolkit.register.integrity import chain
from ethics_toolkit.register.integrity import findings as fx
from ethics_toolkit.register.integrity import messages as m
from ethics_toolkit.register.integrity.anchor import Anchor
from ethics_toolkit.register.integrity.content import (
    CHAIN_BROKEN,
    ENTRY_UNREADABLE,
    SignOffStatus,
    _filled,
    as_check,
    check_signoffs,
    history_line,
    missing_signoffs,
    signoff_status,
    unexplained_change,
)
from ethics_toolkit.register.integrity.keys import check_keys
from ethics_toolkit.register.integrity.order import check_order
from ethics_toolkit.register.integrity.rows import compare, expectations
from ethics_toolkit.register.legal.classification import classify
from ethics_toolkit.register.storage.row_tables import ReadRows, read_rows
from ethics_toolkit.register.storage.rows import _entries, _history_rows

if TYPE_CHECKING:
    from ethics_toolkit.register.storage.base import StoreBase


class Verification(IntegrityVerdict):
    """Everything ``ethics-toolkit verify`` found; also what tools changed since their sign-off."""

    changed: dict[str, SignOffStatus] = Field(default_factory=dict)
    anchor_note: Bilingual | None = None


def known_hashes(walked: chain.ChainCheck, history: list[HistoryEntry]) -> frozenset[str]:
    """Every head a sign-off may have recorded: the chain's hashes, and those imported entries
    had in the registers they came from (issue 27: a sign-off survives an import)."""
    sources = {s for e in history for s in (e.sources or "").split() if s}
    return walked.hashes | sources


def _records(read: ReadRows, history: list[HistoryEntry]) -> list[ToolRecord]:
    """Each tool's record, built from the rows read (one snapshot, damaged rows left out)."""
    by_tool: dict[Any, dict[str, list[BaseModel]]] = defaultdict(lambda: defaultdict(list))
    for entity, model in read.rows.values():
        owner = model.id if entity == "tool" else model.tool_id  # type: ignore[attr-defined]
        by_tool[owner][entity].append(model)
    entries: dict[Any, list[HistoryEntry]] = defaultdict(list)
    for entry in history:
        entries[entry.tool_id].append(entry)
    records = []
    for tool_id, parts in by_tool.items():
        if not parts["tool"]:
            continue
        tool: AITool = parts["tool"][0]  # type: ignore[assignment]
        answers = sorted(parts["answer"], key=lambda a: a.item_id)  # type: ignore[attr-defined]
        audits = sorted(parts["audit"], key=lambda a: a.id or 0)  # type: ignore[attr-defined]

        def ordered(entity: str, parts: dict = parts) -> list[Any]:
            return sorted(parts[entity], key=lambda row: row.id or 0)

        records.append(
            ToolRecord(
                tool=tool,
                classification=classify(tool, answers=answers, audits=audits),  # type: ignore[arg-type]
                answers=answers,  # type: ignore[arg-type]
                risks=ordered("risk"),
                audits=audits,  # type: ignore[arg-type]
                signoffs=ordered("signoff"),
                history=entries[tool_id],
                plan=(parts["plan"] or [None])[0],  # type: ignore[arg-type]
                tasks=ordered("task"),
                requests=ordered("request"),
            )
        )
    return records


def _signoff_findings(
    records: list[ToolRecord], history: list[HistoryEntry], hashes: frozenset[str]
) -> tuple[list[Finding], dict[str, SignOffStatus], list[Finding]]:
    """Sign-offs against their entries and heads; content changed since a sign-off."""
    found: list[Finding] = []
    content: list[Finding] = []
    changed: dict[str, SignOffStatus] = {}
    for record in records:
        name = record.tool.name
        own = [h for h in history if h.tool_id == record.tool.id]
        problems = check_signoffs(record.signoffs, own, hashes)
        problems += missing_signoffs({record.tool.id or 0}, record.signoffs, own)
        found += [Finding(kind="signoff", message=p, tool=name) for p in problems]
        status = signoff_status(record)
        if status is not None and status.changed:
            changed[name] = status
        unexplained = unexplained_change(name, status)
        if unexplained is not None:
            content.append(Finding(kind="content", message=unexplained, tool=name))
    return found, changed, content


def _anchor_note(
    anchor: Anchor, walked: chain.ChainCheck, history: list[HistoryEntry]
) -> tuple[Bilingual, bool]:
    """Whether the register still extends ``anchor``, in words (and True when it does)."""
    head = anchor.head[:12]
    values = {"source": anchor.source, "head": head, "entry": anchor.entry or "?"}
    at = next((e for e in history if e.hash == anchor.head), None)
    if at is not None:
        if not walked.intact and (walked.broken_id or 0) <= (at.id or 0):
            return fx.both(
                lambda lang: m.ANCHOR.text("broken", lang, **{**values, "entry": at.id})
            ), False
        added = sum(1 for e in history if (e.id or 0) > (at.id or 0))
        return fx.both(
            lambda lang: m.ANCHOR.text(
                "extends", lang, **{**values, "entry": at.id, "added": added}
            )
        ), walked.intact
    imported = next((e for e in history if anchor.head in (e.sources or "").split()), None)
    if imported is not None:
        return fx.both(
            lambda lang: m.ANCHOR.text("imported", lang, **{**values, "entry": imported.id})
        ), walked.intact
    return fx.both(lambda lang: m.ANCHOR.text("gone", lang, **values)), False


def verify(
    store: StoreBase, *, anchor: Anchor | None = None, now: datetime | None = None
) -> Verification:
    """Check the chain, the order, the signatures, every row and every sign-off (one snapshot)."""
    with store._session(write=False) as session:
        raw = _history_rows(session)
        read = read_rows(session)
    unreadable: list[int] = []
    history = _entries(raw, unreadable)
    walked = chain.walk(raw)
    tools = {model.id: model.name for e, model in read.rows.values() if e == "tool"}  # type: ignore[attr-defined]
    names = fx.tool_names(tools, history)  # type: ignore[arg-type]
    found: list[Finding] = []
    if not walked.intact:
        found.append(
            Finding(
                kind="chain", message=fx.both(lambda lang: history_line(as_check(walked), lang))
            )
        )
    found += [
        Finding(kind="entry", message=_filled(ENTRY_UNREADABLE, id=entry_id))
        for entry_id in unreadable
        if entry_id != walked.broken_id  # the chain's own message names that one
    ]
    replay = expectations(history)
    damaged = [
        fx.damaged_finding(d.entity, d.key.split("/", 2)[2], d.tool_id, d.detail, names)
        for d in read.damaged
    ]
    row_found = compare(read.rows, replay, damaged=[d.key for d in read.damaged])
    records = _records(read, history)
    signoffs, changed, content = _signoff_findings(records, history, known_hashes(walked, history))
    signed_tools = {f.tool for f in signoffs}  # their findings already name the sign-off
    rows = fx.row_findings(
        [
            f
            for f in row_found
            if not (f.entity == "signoff" and names.get(f.tool_id or -1) in signed_tools)
        ],
        names,
    )
    altered_tools = {f.tool for f in rows + damaged}
    found += rows + damaged + signoffs + [f for f in content if f.tool not in altered_tools]
    order = check_order(history, now=now or datetime.now(UTC))
    found += fx.order_findings(order, names)
    keyed = check_keys(history, store.chain_key)
    found += fx.key_findings(keyed)
    notes = _notes(order.unchecked, replay.sealed_at, history, row_found) + fx.key_notes(keyed)
    anchor_note = None
    if anchor is not None:
        anchor_note, extends = _anchor_note(anchor, walked, history)
        if not extends:
            found.append(Finding(kind="anchor", message=anchor_note))
    head = next((e for e in reversed(history) if e.hash == walked.head), None)
    return Verification(
        history=as_check(walked),
        total_entries=len(history) + len(unreadable),
        signoffs_checked=sum(len(r.signoffs) for r in records),
        rows_checked=len(read.rows) + len(read.damaged),
        findings=found,
        notes=notes,
        head_entry=head.id if head else None,
        head_at=head.at if head else None,
        keyed_since=keyed.first_signed,
        changed=changed,
        anchor_note=anchor_note,
    )


def _notes(
    unchecked: int, sealed_at: int | None, history: list[HistoryEntry], row_found: list
) -> list[Bilingual]:
    """What could not be checked: said, never counted as altered."""
    notes: list[Bilingual] = []
    if unchecked:
        notes.append(fx.both(lambda lang: m.NOTES.text("legacy_order", lang, count=unchecked)))
    seal = next((e for e in history if e.id == sealed_at), None)
    if seal is not None:
        day = seal.at.date().isoformat()
        notes.append(fx.both(lambda lang: m.NOTES.text("sealed", lang, id=seal.id, date=day)))
    unbound = sum(1 for f in row_found if f.problem == "unbound")
    if unbound:
        notes.append(fx.both(lambda lang: m.NOTES.text("unbound", lang, count=unbound)))
    return notes


__all__ = ["CHAIN_BROKEN", "SignOff", "Verification", "known_hashes", "verify"]

"""The register's current rows bound to the chain (issue 27); no SQL.

Every write of a row (a tool, an answer, a risk, an audit run, a sign-off, a plan, a task, a
request) appends a history entry that records the row's hash as it stood after the write
(:func:`row_hash`). Replaying the chain therefore says which rows must exist now and what each
must hold (:func:`expectations`); :func:`compare` checks the rows the database holds against
that: a row edited below the program, one deleted or one inserted is named.

Two kinds of entries bind many rows at once, through the reserved key :data:`ROWS_KEY` of
``changes``: the seal written when a register is upgraded to row binding (every row as it was
then, the register's earlier rows cannot be checked further back), and the entry of each tool an
import wrote (its rows as imported, with the ids of this register). Entries copied from an export
file describe the rows of the exporting register, under its ids, so they never bind rows here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from pydantic import BaseModel

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
from ethics_toolkit.register.integrity import chain

ROWS_KEY = "@rows"
"""Reserved key in ``changes``: ``[{"scope": "register" | "tool", "rows": {key: hash}}]``."""

ROW_MODELS: dict[str, type[BaseModel]] = {
    "tool": AITool,
    "answer": Answer,
    "risk": Risk,
    "audit": AuditRun,
    "signoff": SignOff,
    "plan": MonitoringPlan,
    "task": DutyTask,
    "request": ExplanationRequest,
    "paired": PairedRun,  # issue 24
    "person": Person,  # issue 23
    "learning": CompetenceRecord,  # issue 23
    "recipe": SavedRecipe,  # issue 20
    "proposal": Dismissal,  # issue 20: a proposed risk dismissed with a reason
}
"""The history entities that are rows of the register, and their models."""

_NOT_COMPARED = frozenset({"id", "tool_id", "row_version", "audit_run_id"})
"""Left out when naming the fields of an edited row: ids shift on import, versions are not
content (the row hash covers the ids all the same)."""
_PRIVATE = frozenset({"reference", "answer", "identity"})
"""Private fields the history never records: an explanation request's (issue 15), a person's
sign-in identity (issue 23)."""


def row_key(entity: str, tool_id: int | None, entity_id: object) -> str:
    """``entity/tool/id``: the row an entry wrote (answers are keyed by their checklist item)."""
    return f"{entity}/{tool_id}/{entity_id}"


def key_of(entity: str, model: BaseModel) -> str:
    """The key of a row read from the database."""
    if entity == "tool":
        return row_key(entity, model.id, model.id)  # type: ignore[attr-defined]
    ident = model.item_id if entity == "answer" else model.id  # type: ignore[attr-defined]
    return row_key(entity, model.tool_id, ident)  # type: ignore[attr-defined]


def _dump(model: BaseModel) -> dict[str, Any]:
    """The row as its hash sees it: values at their field's default left out, so that a field a
    later version adds (with a default) leaves every stored row's hash as it was."""
    skip = {"row_version", *type(model).model_computed_fields}
    return model.model_dump(mode="json", exclude_defaults=True, exclude=skip)


def row_hash(model: BaseModel) -> str:
    """SHA-256 of a row's content in canonical form (ids included, the row version not)."""
    return chain.content_hash(_dump(model))


def manifest(scope: Literal["register", "tool"], rows: Mapping[str, str]) -> dict[str, list]:
    """The ``changes`` part that binds many rows at once (a seal, an import)."""
    return {ROWS_KEY: [{"scope": scope, "rows": dict(sorted(rows.items()))}]}


@dataclass
class Expected:
    """What the chain says of one row now: present (with its hash, when bound) or removed."""

    entity: str
    tool_id: int | None
    entity_id: str
    present: bool
    row_hash: str | None
    entry_id: int | None


RowProblem = Literal["edited", "missing", "extra", "unbound", "carried"]


@dataclass(frozen=True)
class RowFinding:
    """A row that is not what the chain says: ``edited`` (its hash differs), ``missing`` (the
    chain says it exists), ``extra`` (no entry ever wrote it, or one removed it), ``carried``
    (changed below the program, then written again by it: ``entry_id`` found it so), or
    ``unbound`` (written before row binding: it cannot be checked)."""

    problem: RowProblem
    entity: str
    tool_id: int | None
    entity_id: str
    entry_id: int | None = None
    fields: tuple[tuple[str, object, object], ...] = ()
    model: BaseModel | None = None


@dataclass
class Replay:
    """The chain replayed: the rows it expects, and each row's fields as its entries recorded
    them (to name what differs when a hash does not match)."""

    expected: dict[str, Expected] = field(default_factory=dict)
    values: dict[str, dict[str, object]] = field(default_factory=dict)
    sealed_at: int | None = None
    carried: list[RowFinding] = field(default_factory=list)
    """Rows an entry found other than the history had left them (``row_before``): changed below
    the program, then written again by it."""


def _split(key: str) -> tuple[str, int | None, str]:
    entity, tool, ident = key.split("/", 2)
    return entity, (int(tool) if tool.lstrip("-").isdigit() else None), ident


def _bind_many(replay: Replay, entry: HistoryEntry) -> None:
    """A seal or an import entry: the rows it lists are the rows of its scope from now on."""
    raw = entry.changes.get(ROWS_KEY) or []
    bound = raw[-1] if raw and isinstance(raw[-1], dict) else {}
    rows = bound.get("rows") if isinstance(bound.get("rows"), dict) else {}
    if bound.get("scope") == "register":
        replay.expected.clear()
        replay.sealed_at = replay.sealed_at or entry.id
    else:
        for key, expected in list(replay.expected.items()):
            if expected.tool_id == entry.tool_id:
                del replay.expected[key]
    for key, value in rows.items():
        entity, tool_id, ident = _split(str(key))
        replay.expected[str(key)] = Expected(entity, tool_id, ident, True, str(value), entry.id)


def expectations(entries: Iterable[HistoryEntry]) -> Replay:
    """Replay the chain (oldest first) into the rows it expects now."""
    replay = Replay()
    for entry in entries:
        if entry.tool_id is not None and entry.entity in ROW_MODELS:
            key = row_key(entry.entity, entry.tool_id, entry.entity_id)
            if entry.action == "delete":
                replay.values.pop(key, None)
            else:
                values = replay.values.setdefault(key, {})
                for name, old_new in entry.changes.items():
                    if not name.startswith("@") and isinstance(old_new, list) and old_new:
                        values[name] = old_new[-1]
        if entry.origin == "import":
            continue  # the exporting register's rows, under its ids
        if ROWS_KEY in entry.changes:
            _bind_many(replay, entry)
        if entry.tool_id is None or entry.entity not in ROW_MODELS:
            continue
        key = row_key(entry.entity, entry.tool_id, entry.entity_id)
        prior = replay.expected.get(key)
        if (
            entry.row_before is not None
            and prior is not None
            and prior.present
            and prior.row_hash is not None
            and prior.row_hash != entry.row_before
        ):
            replay.carried.append(
                RowFinding("carried", entry.entity, entry.tool_id, entry.entity_id, entry.id)
            )
        if entry.action == "delete":
            if entry.entity == "tool":
                for other in replay.expected.values():
                    if other.tool_id == entry.tool_id:
                        other.present, other.entry_id = False, entry.id
            replay.expected[key] = Expected(
                entry.entity, entry.tool_id, entry.entity_id, False, None, entry.id
            )
        else:
            replay.expected[key] = Expected(
                entry.entity, entry.tool_id, entry.entity_id, True, entry.row_hash, entry.id
            )
    return replay


def differing_fields(
    entity: str, model: BaseModel, recorded: Mapping[str, object] | None
) -> tuple[tuple[str, object, object], ...]:
    """``(field, now, recorded)`` for the fields whose value differs from what the history
    recorded; an audit run's result is compared by the hash its entry recorded."""
    if not recorded:
        return ()
    now = model.model_dump(mode="json")
    found: list[tuple[str, object, object]] = []
    for name, then in recorded.items():
        if name in _NOT_COMPARED or name in _PRIVATE or name not in now:
            continue
        if now[name] != then:
            found.append((name, now[name], then))
    if entity == "audit" and "result_sha256" in recorded:
        result = model.model_dump(mode="json").get("result")
        if chain.content_hash(result) != recorded["result_sha256"]:
            found.append(("result", None, None))
    return tuple(found)


def compare(
    current: Mapping[str, tuple[str, BaseModel]],
    replay: Replay,
    *,
    damaged: Iterable[str] = (),
) -> list[RowFinding]:
    """The rows that differ from the replayed chain; ``damaged`` keys are named elsewhere."""
    skip = set(damaged)
    found = [  # named as they are now, when they still exist
        replace(f, model=current.get(row_key(f.entity, f.tool_id, f.entity_id), (None, None))[1])
        for f in replay.carried
    ]
    for key, (entity, model) in current.items():
        _, tool_id, ident = _split(key)
        expected = replay.expected.get(key)
        if expected is None or not expected.present:
            entry = expected.entry_id if expected else None
            found.append(RowFinding("extra", entity, tool_id, ident, entry, model=model))
        elif expected.row_hash is None:
            found.append(RowFinding("unbound", entity, tool_id, ident, expected.entry_id))
        elif row_hash(model) != expected.row_hash:
            fields = differing_fields(entity, model, replay.values.get(key))
            found.append(
                RowFinding("edited", entity, tool_id, ident, expected.entry_id, fields, model)
            )
    for key, expected in replay.expected.items():
        if expected.present and key not in current and key not in skip:
            found.append(
                RowFinding(
                    "missing",
                    expected.entity,
                    expected.tool_id,
                    expected.entity_id,
                    expected.entry_id,
                )
            )
    return found


def current_rows(rows: Sequence[tuple[str, BaseModel]]) -> dict[str, tuple[str, BaseModel]]:
    """``key -> (entity, model)`` of rows read from the database."""
    return {key_of(entity, model): (entity, model) for entity, model in rows}

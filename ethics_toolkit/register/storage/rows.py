"""The store's helpers inside one session: a tool's rows, the history chain, field changes."""

from __future__ import annotations

import contextlib
from typing import Any, TypeVar

from pydantic import BaseModel
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ethics_toolkit.register.domain.history_entries import HistoryEntry
from ethics_toolkit.register.domain.monitoring import MonitoringPlan
from ethics_toolkit.register.integrity import chain, keys
from ethics_toolkit.register.storage.orm import (
    AnswerRow,
    Base,
    HistoryRow,
    MonitoringPlanRow,
    ToolRow,
    to_row_values,
)
from ethics_toolkit.register.storage.row_tables import model_of

_ModelT = TypeVar("_ModelT", bound=BaseModel)


def _json_changes(old: BaseModel | None, new: BaseModel | None) -> dict[str, list[Any]]:
    """Field -> [old, new] for the fields that differ (ids, versions and computed fields aside)."""
    model = type(old if old is not None else new)
    skip = {"id", "row_version", *model.model_computed_fields}
    before = old.model_dump(mode="json", exclude=skip) if old is not None else {}
    after = new.model_dump(mode="json", exclude=skip) if new is not None else {}
    keys = list(after) or list(before)
    return {k: [before.get(k), after.get(k)] for k in keys if before.get(k) != after.get(k)}


def _readable(
    session: Session, row_cls: type[Base], model_cls: type[_ModelT], where: Any, order: Any
) -> list[_ModelT]:
    """The rows ``where`` selects, as models, leaving out any row edited below the program so
    that it cannot be read: a page never fails on it, and ``verify`` names it (issue 27)."""
    table = row_cls.__table__
    try:
        found = [dict(r) for r in session.execute(select(table).where(where).order_by(order))
                 .mappings()]  # fmt: skip
    except (ValueError, TypeError):  # one value cannot be decoded: the others row by row
        found = []
        for (row_id,) in session.execute(select(table.c.id).where(where).order_by(order)):
            with contextlib.suppress(ValueError, TypeError):
                one = session.execute(select(table).where(table.c.id == row_id)).mappings()
                found.append(dict(one.one()))
    models = []
    for values in found:
        with contextlib.suppress(ValueError, TypeError):  # pydantic's ValidationError is one
            models.append(model_of(values, model_cls))
    return models  # type: ignore[return-value]


def _children(
    session: Session, row_cls: type[Base], model_cls: type[_ModelT], tool_id: int
) -> list[_ModelT]:
    """One tool's rows of a child table as models: answers by item id, the others by age."""
    table = row_cls.__table__
    order = table.c.item_id if row_cls is AnswerRow else table.c.id
    return _readable(session, row_cls, model_cls, table.c.tool_id == tool_id, order)


def _plan(session: Session, tool_id: int) -> MonitoringPlan | None:
    plans = _children(session, MonitoringPlanRow, MonitoringPlan, tool_id)
    return plans[0] if plans else None


def _append(session: Session, entry: HistoryEntry, *, key: bytes | None = None) -> HistoryEntry:
    """Add ``entry`` at the end of the hash chain (the caller holds the write lock).

    The id is assigned here, not by the database, because the hash covers it: the next id and
    the previous hash are read under the same lock that serialises every writer. An entry says
    how it came to be (``origin``, ``live`` unless told); a live entry is never dated before the
    last live one (another process's clock may run a little ahead), so time never goes back in
    the chain (``register/integrity/order.py``). With a ``key``, the entry is signed
    (``register/integrity/keys.py``).
    """
    last = session.execute(
        select(HistoryRow.id, HistoryRow.hash).order_by(HistoryRow.id.desc()).limit(1)
    ).first()
    previous = (last.hash if last is not None else None) or chain.GENESIS
    update: dict[str, Any] = {"id": (last.id if last is not None else 0) + 1}
    if entry.origin is None:
        update["origin"] = "live"
    if (entry.origin or "live") == "live":
        latest = session.scalar(select(func.max(HistoryRow.at)).where(HistoryRow.origin == "live"))
        if latest is not None and entry.at < latest:
            update["at"] = latest
    values = to_row_values(entry.model_copy(update=update), HistoryRow)
    values[chain.HASH_COLUMN] = chain.entry_hash(values, previous)
    if key is not None:
        values[chain.MAC_COLUMN] = keys.mac_of(key, values[chain.HASH_COLUMN])
    session.execute(insert(HistoryRow.__table__), [values])
    return HistoryEntry.model_validate(values)


def _next_tool_id(session: Session) -> int:
    """A tool id never used before, not even by a deleted tool whose history remains."""
    used = [
        session.scalar(select(func.max(ToolRow.id))),
        session.scalar(select(func.max(HistoryRow.tool_id))),
    ]
    return max((u for u in used if u is not None), default=0) + 1


UNREADABLE = "@unreadable"
"""Marks a history row (``id`` and ``hash`` only) whose columns its types cannot decode."""


def _history_rows(session: Session, tool_id: int | None = None) -> list[dict[str, Any]]:
    """The history rows as stored, oldest first, even when some were edited below the program.

    A row whose JSON or timestamp no longer decodes (SQLite keeps them as text) comes back as
    ``{"id", "hash", UNREADABLE: True}``: its hash cannot match, so the chain walk names it.
    """
    table = HistoryRow.__table__
    query = select(table).order_by(table.c.id)
    keys = select(table.c.id, table.c.hash).order_by(table.c.id)
    if tool_id is not None:
        query = query.where(table.c.tool_id == tool_id)
        keys = keys.where(table.c.tool_id == tool_id)
    try:
        return [dict(row) for row in session.execute(query).mappings()]
    except (ValueError, TypeError):  # row by row, to find the one that cannot be decoded
        rows: list[dict[str, Any]] = []
        for entry_id, stored in session.execute(keys).all():
            try:
                one = session.execute(select(table).where(table.c.id == entry_id)).mappings()
                rows.append(dict(one.one()))
            except (ValueError, TypeError):
                rows.append({"id": entry_id, chain.HASH_COLUMN: stored, UNREADABLE: True})
        return rows


def _walk_chain(session: Session) -> chain.ChainCheck:
    return chain.walk(_history_rows(session))


def _entries(rows: list[dict[str, Any]], unreadable: list[int] | None = None) -> list[HistoryEntry]:
    """History rows as entries, oldest first.

    With ``unreadable`` (``verify``, and every page), entries that were altered into something no
    history entry can be are left out and their ids added to it; without, such an entry raises.
    """
    fields = HistoryEntry.model_fields
    entries: list[HistoryEntry] = []
    for row in rows:
        try:
            if row.get(UNREADABLE):
                raise ValueError(f"history entry {row['id']} cannot be decoded")
            values = {key: value for key, value in row.items() if key in fields}
            entries.append(HistoryEntry.model_validate(values, context={"stored": True}))
        except ValueError:  # pydantic's ValidationError is one
            if unreadable is None:
                raise
            unreadable.append(row["id"])
    return entries


def _history(
    session: Session, tool_id: int | None, unreadable: list[int] | None = None
) -> list[HistoryEntry]:
    """The history entries (of one tool), oldest first (``unreadable``: see :func:`_entries`)."""
    return _entries(_history_rows(session, tool_id), unreadable)

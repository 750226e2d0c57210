"""The register's rows as the chain binds them (issue 27): which table holds each entity, reading a
row fresh from the database, and reading whole tables even when some rows were damaged.

What a row's hash is and what the chain expects is decided in ``register/integrity/rows.py``; this
module only reads. Rows are read through SQLAlchemy Core (not the session's identity map), so the
hash recorded when a row is written is computed from exactly what ``verify`` reads later.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from ethics_toolkit.register.integrity.rows import ROW_MODELS, row_hash, row_key
from ethics_toolkit.register.storage.orm import (
    AnswerRow,
    AuditRunRow,
    Base,
    CompetenceRecordRow,
    DismissalRow,
    DutyTaskRow,
    ExplanationRequestRow,
    MonitoringPlanRow,
    PairedRunRow,
    PersonRow,
    RecipeRow,
    RiskRow,
    SignOffRow,
    ToolRow,
)

ROW_TABLES: dict[str, type[Base]] = {
    "tool": ToolRow,
    "answer": AnswerRow,
    "risk": RiskRow,
    "audit": AuditRunRow,
    "signoff": SignOffRow,
    "plan": MonitoringPlanRow,
    "task": DutyTaskRow,
    "request": ExplanationRequestRow,
    "paired": PairedRunRow,
    "person": PersonRow,
    "learning": CompetenceRecordRow,
    "recipe": RecipeRow,
    "proposal": DismissalRow,  # issue 20: a dismissed proposal
}
"""Entity of a history entry -> the table of the rows it writes (models: ``ROW_MODELS``)."""


def model_of(values: dict[str, Any], model_cls: type[BaseModel]) -> BaseModel:
    """A row's model from its column values, as stored (limits are for input only)."""
    fields = model_cls.model_fields
    return model_cls.model_validate(
        {key: value for key, value in values.items() if key in fields}, context={"stored": True}
    )


def _table(entity: str) -> Table:
    return ROW_TABLES[entity].__table__  # type: ignore[return-value]


def written_row_hash(
    session: Session, entity: str, tool_id: int | None, entity_id: object
) -> str | None:
    """The hash of the row an entry is about to record, read back after the write."""
    if entity not in ROW_TABLES or tool_id is None:
        return None
    session.flush()
    table = _table(entity)
    if entity == "tool":
        where = table.c.id == tool_id
    elif entity == "answer":
        where = (table.c.tool_id == tool_id) & (table.c.item_id == str(entity_id))
    else:
        if not str(entity_id).isdigit():
            return None
        where = table.c.id == int(str(entity_id))
    found = session.execute(select(table).where(where)).mappings().first()
    if found is None:
        return None
    return row_hash(model_of(dict(found), ROW_MODELS[entity]))


def rows_hashes(session: Session, tool_id: int | None = None) -> dict[str, str]:
    """``key -> hash`` of every row (of one tool): what a seal or an import binds."""
    read = read_rows(session, tool_id)
    return {key: row_hash(model) for key, (_, model) in read.rows.items()}


@dataclass
class Damaged:
    """A row its types or models cannot read (edited below the program)."""

    entity: str
    key: str
    row_id: object
    tool_id: object
    detail: str


@dataclass
class ReadRows:
    rows: dict[str, tuple[str, BaseModel]]
    damaged: list[Damaged]


def _detail(error: Exception) -> str:
    from pydantic import ValidationError

    if isinstance(error, ValidationError) and error.errors():
        first = error.errors()[0]
        return f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}"
    return str(error).splitlines()[0] if str(error) else type(error).__name__


def read_rows(session: Session, tool_id: int | None = None) -> ReadRows:
    """Every row of every bound table (of one tool), each as its model; damaged rows apart."""
    rows: dict[str, tuple[str, BaseModel]] = {}
    damaged: list[Damaged] = []
    for entity in ROW_TABLES:
        table = _table(entity)
        owner = table.c.id if entity == "tool" else table.c.tool_id
        ident = table.c.item_id if entity == "answer" else table.c.id
        query = select(table).order_by(table.c.id)
        keys = select(table.c.id, owner, ident).order_by(table.c.id)
        if tool_id is not None:
            query, keys = query.where(owner == tool_id), keys.where(owner == tool_id)
        try:
            found = [dict(row) for row in session.execute(query).mappings()]
        except (ValueError, TypeError):  # a value its type cannot decode: row by row
            found = []
            for row_id, owner_id, ident_id in session.execute(keys).all():
                key = row_key(entity, owner_id, ident_id)
                try:
                    one = session.execute(select(table).where(table.c.id == row_id)).mappings()
                    found.append(dict(one.one()))
                except (ValueError, TypeError) as error:
                    damaged.append(Damaged(entity, key, row_id, owner_id, _detail(error)))
        for values in found:
            owner_id = values["id"] if entity == "tool" else values.get("tool_id")
            key = row_key(entity, owner_id, values["item_id" if entity == "answer" else "id"])
            try:
                rows[key] = (entity, model_of(values, ROW_MODELS[entity]))
            except (ValueError, TypeError) as error:  # pydantic's ValidationError is one
                damaged.append(Damaged(entity, key, values.get("id"), owner_id, _detail(error)))
    return ReadRows(rows, damaged)

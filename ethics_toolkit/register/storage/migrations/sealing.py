"""(Re)compute the history hash chain, and bind the register's rows to it, inside a migration.

Revision 0002 seals the entries written before hash chains existed. A later revision that changes
what existing history rows hold (fills a new column with a non-NULL value, rewrites ``changes``)
must call :func:`seal_history` after doing so, or ``verify`` will report those rows as altered.
Columns added as NULL need nothing: the canonical form leaves NULL out (``register/chain.py``).

Revision 0008 (issue 27) binds every row to the chain with :func:`seal_rows`. The same holds for
rows: a later revision that changes what stored rows hold (a new column filled with a value other
than its field's default, a rewritten JSON) must call :func:`seal_rows` after doing so; a column
added with its field's default needs nothing (a row's hash leaves defaults out,
``register/integrity/rows.py``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from ethics_toolkit.register.integrity.chain import GENESIS, entry_hash

_APPEND_ONLY = "history is append-only"


def seal_history(op: Any) -> int:
    """Rewrite every ``history.hash`` in id order; the append-only guard is lifted meanwhile.

    Returns the number of entries sealed. Runs inside the migration's transaction, under the
    register's write lock (``Store.migrate``), so no entry is appended in between.
    """
    bind = op.get_bind()
    dialect = bind.dialect.name
    history = sa.Table("history", sa.MetaData(), autoload_with=bind)
    rows = [dict(row._mapping) for row in bind.execute(sa.select(history).order_by(history.c.id))]
    if not rows:
        return 0
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS history_no_update")
    elif dialect == "postgresql":
        op.execute("ALTER TABLE history DISABLE TRIGGER history_append_only")
    previous = GENESIS
    for row in rows:
        previous = entry_hash(row, previous)
        bind.execute(sa.update(history).where(history.c.id == row["id"]).values(hash=previous))
    if dialect == "sqlite":
        op.execute(
            "CREATE TRIGGER history_no_update BEFORE UPDATE ON history "
            f"BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY}'); END"
        )
    elif dialect == "postgresql":
        op.execute("ALTER TABLE history ENABLE TRIGGER history_append_only")
    return len(rows)


SEAL_ACTOR = "ethics-toolkit (upgrade)"
_ROW_TABLES = {
    "tool": "tools",
    "answer": "answers",
    "risk": "risks",
    "audit": "audit_runs",
    "signoff": "signoffs",
    "plan": "monitoring_plans",
    "task": "duty_tasks",
    "request": "explanation_requests",
    "paired": "paired_runs",  # revisions 0005-0007 created these before rows were bound
    "person": "people",
    "learning": "competence_records",
    "recipe": "recipes",
    "proposal": "dismissals",  # issue 20: created after 0008 (revision 0010), so skipped there
}


def _current_rows(bind: Any) -> dict[str, str]:
    """``key -> hash`` of every row that its model can read (issue 27), from the tables as they
    are at this revision (reflected, never the ORM of a later one)."""
    from ethics_toolkit.register.integrity.rows import ROW_MODELS, row_hash, row_key

    found: dict[str, str] = {}
    present = set(sa.inspect(bind).get_table_names())
    for entity, name in _ROW_TABLES.items():
        if name not in present:  # a table a later revision creates (empty when it does)
            continue
        table = sa.Table(name, sa.MetaData(), autoload_with=bind)
        model = ROW_MODELS[entity]
        for row in bind.execute(sa.select(table).order_by(table.c.id)).mappings():
            values = {k: v for k, v in row.items() if k in model.model_fields}
            try:
                read = model.model_validate(values, context={"stored": True})
            except ValueError:  # a row no model can read: verify names it as damaged
                continue
            owner = row["id"] if entity == "tool" else row["tool_id"]
            ident = row["item_id"] if entity == "answer" else row["id"]
            found[row_key(entity, owner, ident)] = row_hash(read)
    return found


def seal_rows(op: Any, *, at: datetime) -> bool:
    """Bind every current row to the chain with one entry (revision 0008), if there is anything.

    Rows and history written before row binding cannot be checked against each other; from this
    entry on, every row must be what the history says. Returns whether an entry was appended.
    """
    from ethics_toolkit.register.domain.history import EVENT_KEY
    from ethics_toolkit.register.integrity.rows import manifest

    bind = op.get_bind()
    history = sa.Table("history", sa.MetaData(), autoload_with=bind)
    last = bind.execute(
        sa.select(history.c.id, history.c.hash).order_by(history.c.id.desc()).limit(1)
    ).first()
    rows = _current_rows(bind)
    if last is None and not rows:
        return False
    when = at.astimezone(UTC)
    values: dict[str, Any] = {
        "id": (last.id if last is not None else 0) + 1,
        "at": when.replace(tzinfo=None) if bind.dialect.name == "sqlite" else when,
        "actor": SEAL_ACTOR,
        "tool_id": None,
        "entity": "tool",
        "entity_id": "*",
        "action": "update",
        "changes": {EVENT_KEY: [{"kind": "seal", "rows": len(rows)}], **manifest("register", rows)},
        "summary": "",
        "origin": "live",
    }
    values["hash"] = entry_hash(values, (last.hash if last is not None else None) or GENESIS)
    bind.execute(sa.insert(history), [values])
    return True

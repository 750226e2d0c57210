"""(Re)compute the history hash chain inside a migration (issue 13).

Revision 0002 seals the entries written before hash chains existed. A later revision that changes
what existing history rows hold (fills a new column with a non-NULL value, rewrites ``changes``)
must call :func:`seal_history` after doing so, or ``verify`` will report those rows as altered.
Columns added as NULL need nothing: the canonical form leaves NULL out (``register/chain.py``).
"""

from __future__ import annotations

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

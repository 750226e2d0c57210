"""Row binding, order and least privilege (issue 27).

- ``history.row_hash``: the hash of the row an entry wrote (``register/integrity/rows.py``), and
  ``history.row_before``: the row's hash as the write found it;
  ``history.origin`` (live, seed, import); ``history.sources`` (the hashes an imported entry had
  in the registers it came from); ``history.mac`` (the keyed chain's signature).
- A register that already has rows or history is *sealed*: one entry binds every row as it is now
  (earlier changes to rows cannot be detected any more; ``verify`` says so).
- Both dialects refuse an entry appended out of order (id, time, origin), any UPDATE of a sign-off
  or an audit run, and the deletion of a tool or a sign-off except through the logged removal of
  an archived tool (the tool archived, its removal the last history entry).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from ethics_toolkit.register.storage.migrations import guards
from ethics_toolkit.register.storage.migrations.sealing import seal_history, seal_rows

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("history", sa.Column("row_hash", sa.String(64), nullable=True))
    op.add_column("history", sa.Column("row_before", sa.String(64), nullable=True))
    op.add_column("history", sa.Column("origin", sa.String(20), nullable=True))
    op.add_column("history", sa.Column("sources", sa.Text(), nullable=True))
    op.add_column("history", sa.Column("mac", sa.String(64), nullable=True))
    seal_rows(op, at=datetime.now(UTC))
    guards.create(op.get_bind().dialect.name, op.execute)


def downgrade() -> None:
    guards.drop(op.get_bind().dialect.name, op.execute)
    # Plain ALTER TABLE ... DROP COLUMN (SQLite 3.35+), see 0004. The seal entry stays (history is
    # append-only) and the chain is sealed again without the columns.
    for column in ("mac", "sources", "origin", "row_before", "row_hash"):
        op.execute(f"ALTER TABLE history DROP COLUMN {column}")
    seal_history(op)

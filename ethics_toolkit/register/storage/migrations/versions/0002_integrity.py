"""Integrity (issue 13): hash-chained history, content-bound sign-offs, private audit runs, archive.

- ``history.hash``: SHA-256 chain (``register/chain.py``); entries written before this revision are
  sealed here, in id order, so the chain vouches for them from the upgrade on.
- SQLite: a trigger refuses ``REPLACE INTO history`` (its implicit delete fires no DELETE trigger)
  and entries without a hash. PostgreSQL: a statement-level trigger refuses ``TRUNCATE``.
- ``signoffs.content_hash`` / ``head_hash``: what a sign-off approved, and the history head then.
- ``audit_runs.exact_small_cells`` / ``withheld_rows`` / ``withheld_groups``: the privacy transform.
- ``tools.archived_at``: archived tools are kept, read-only and out of the overview.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ethics_toolkit.register.storage.migrations.sealing import seal_history

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_APPEND_ONLY = "history is append-only"
_NEEDS_HASH = "history entries need a hash (write them through ethics-toolkit)"


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.add_column("history", sa.Column("hash", sa.String(64), nullable=True))
    op.add_column("signoffs", sa.Column("content_hash", sa.String(64), nullable=True))
    op.add_column("signoffs", sa.Column("head_hash", sa.String(64), nullable=True))
    for name, column_type, default in (
        ("exact_small_cells", sa.Boolean(), sa.false()),
        ("withheld_rows", sa.Integer(), sa.text("0")),
        ("withheld_groups", sa.Integer(), sa.text("0")),
    ):
        op.add_column(
            "audit_runs", sa.Column(name, column_type, nullable=False, server_default=default)
        )
    op.add_column("tools", sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True))
    seal_history(op)
    if dialect == "sqlite":
        op.execute(
            "CREATE TRIGGER history_no_replace BEFORE INSERT ON history "
            "WHEN EXISTS (SELECT 1 FROM history WHERE id = NEW.id) "
            f"BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY}'); END"
        )
        op.execute(
            "CREATE TRIGGER history_needs_hash BEFORE INSERT ON history "
            f"WHEN NEW.hash IS NULL BEGIN SELECT RAISE(ABORT, '{_NEEDS_HASH}'); END"
        )
    elif dialect == "postgresql":
        # A check, not NOT NULL: the column stays nullable as on SQLite (one ORM description).
        op.create_check_constraint("ck_history_hash", "history", "hash IS NOT NULL")
        op.execute(
            "CREATE TRIGGER history_no_truncate BEFORE TRUNCATE ON history "
            "FOR EACH STATEMENT EXECUTE FUNCTION history_append_only()"
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS history_no_replace")
        op.execute("DROP TRIGGER IF EXISTS history_needs_hash")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS history_no_truncate ON history")
    # Plain ALTER TABLE ... DROP COLUMN (SQLite 3.35+): a batch copy would drop ``tools`` and
    # cascade-delete every answer, risk and audit with it.
    for table, column in (
        ("tools", "archived_at"),
        ("audit_runs", "withheld_groups"),
        ("audit_runs", "withheld_rows"),
        ("audit_runs", "exact_small_cells"),
        ("signoffs", "head_hash"),
        ("signoffs", "content_hash"),
        ("history", "hash"),
    ):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")

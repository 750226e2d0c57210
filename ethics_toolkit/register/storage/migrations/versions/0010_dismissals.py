"""Proposed risks dismissed with a reason (issue 20, item 8).

- ``dismissals``: one row per proposed risk a person decided not to add: the tool, the audit run
  it came from (none for a checklist answer's proposal), the proposal's key (independent of the
  language), its title as shown, the reason, who and when. The proposal does not come back for
  that run; a new audit run proposes again.

Like every row of the register, a dismissal is bound to the chain by its history entry (issue
27; the table is new and empty, so nothing needs sealing), only added to (the app's role may
insert, never update or delete it; a trigger refuses an update) and removed with its tool.
Dismissals are not part of the content a sign-off binds.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ethics_toolkit.register.storage.migrations import guards

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "dismissals",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "tool_id", sa.Integer(), sa.ForeignKey("tools.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "audit_run_id",
            sa.Integer(),
            sa.ForeignKey("audit_runs.id", ondelete="CASCADE"),
            nullable=True,
        ),
        sa.Column("proposal", sa.String(500), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("dismissed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("dismissed_by", sa.String(200), nullable=False),
    )
    op.create_index(op.f("ix_dismissals_tool_id"), "dismissals", ["tool_id"])
    guards.dismissal_guard(op.get_bind().dialect.name, op.execute)


def downgrade() -> None:
    guards.dismissal_guard(op.get_bind().dialect.name, op.execute, drop=True)
    op.drop_table("dismissals")

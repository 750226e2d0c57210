"""Access and four eyes (issue 22): roles per tool, and who proposed and approved decisions.

- ``access_grants``: one row per role held by one signed-in identity (its e-mail address), for one
  tool or, with ``tool_id`` NULL, as a default for every tool; granted and revoked with a history
  entry each.
- ``risks.acceptance``: JSON, who proposed accepting the risk, its justification (aim, necessity,
  alternatives considered), who approved it and when.
- ``signoffs.signed_by`` and ``signoffs.proposed_by``: JSON, the identity that signed and the
  people whose changes the sign-off approves.

History is untouched (no column added or rewritten), so the hash chain needs no resealing.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "access_grants",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user", sa.String(320), nullable=False),
        sa.Column(
            "tool_id", sa.Integer(), sa.ForeignKey("tools.id", ondelete="CASCADE"), nullable=True
        ),
        sa.Column("role", sa.String(40), nullable=False),
        sa.Column("granted_by", sa.String(200), nullable=False),
        sa.Column("granted_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index(op.f("ix_access_grants_user"), "access_grants", ["user"])
    op.create_index(op.f("ix_access_grants_tool_id"), "access_grants", ["tool_id"])
    op.add_column("risks", sa.Column("acceptance", sa.JSON(), nullable=True))
    op.add_column("signoffs", sa.Column("signed_by", sa.JSON(), nullable=True))
    op.add_column("signoffs", sa.Column("proposed_by", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("signoffs") as batch:
        batch.drop_column("proposed_by")
        batch.drop_column("signed_by")
    with op.batch_alter_table("risks") as batch:
        batch.drop_column("acceptance")
    op.drop_table("access_grants")

"""The audit recipe (issue 20): every saved version of a tool's recipe.

- ``recipes``: one row per version of a tool's recipe (sheet, columns and roles, value roles,
  groupings, unknowns, references, labels, read options) as JSON, with who saved it and when.
  Names and choices only, never a row of a decision log or a count.

History is untouched (no column added or rewritten), so the hash chain needs no resealing.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recipes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "tool_id", sa.Integer(), sa.ForeignKey("tools.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("recipe", sa.JSON(), nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("saved_by", sa.String(200), nullable=False),
        sa.UniqueConstraint("tool_id", "version", name=op.f("uq_recipes_tool_id")),
    )
    op.create_index(op.f("ix_recipes_tool_id"), "recipes", ["tool_id"])


def downgrade() -> None:
    op.drop_table("recipes")

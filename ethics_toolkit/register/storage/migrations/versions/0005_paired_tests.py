"""Paired tests of a tool (issue 24): the design and aggregate results of each paired CV test.

- ``paired_runs``: one row per saved paired test: the version of the tool tested, the design of
  the test set (JSON), the results per contrast (JSON: pairs, means, intervals, p-values,
  verdicts), the SHA-256 of the manifest and of the answers file, who saved it and when. No
  column can hold a CV's answer.

History is untouched (no column added or rewritten), so the hash chain needs no resealing.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "paired_runs",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "tool_id", sa.Integer(), sa.ForeignKey("tools.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("tool_version", sa.String(100), nullable=False),
        sa.Column("design", sa.JSON(), nullable=True),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("manifest_sha256", sa.String(64), nullable=True),
        sa.Column("answers_sha256", sa.String(64), nullable=True),
        sa.Column("answers_file_name", sa.String(500), nullable=True),
        sa.Column("run_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("run_by", sa.String(200), nullable=False),
    )
    op.create_index(op.f("ix_paired_runs_tool_id"), "paired_runs", ["tool_id"])


def downgrade() -> None:
    op.drop_table("paired_runs")

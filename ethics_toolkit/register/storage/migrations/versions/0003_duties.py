"""The deployer's duties (issue 15): monitoring plans, threshold tasks, explanation requests.

- ``monitoring_plans``: one per tool (what is measured, how often, thresholds, owner, next date).
- ``duty_tasks``: opened when a saved audit crosses a threshold of the plan (AI Act Art. 26(5)).
- ``explanation_requests``: the case log of requests for an explanation (the applicant's reference
  as typed, received, status, answered, the answer); the due date is computed, not stored.
- ``tools.contact`` / ``retention`` / ``main_factors`` / ``human_role``: the facts the notices and
  the draft replies are built from (empty in existing rows: "to complete").

History is untouched (no column added or rewritten), so the hash chain needs no resealing.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_TOOL_COLUMNS = ("contact", "retention", "main_factors", "human_role")


def upgrade() -> None:
    for name in _TOOL_COLUMNS:
        op.add_column(
            "tools", sa.Column(name, sa.Text(), nullable=False, server_default=sa.text("''"))
        )
    op.create_table(
        "monitoring_plans",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "tool_id", sa.Integer(), sa.ForeignKey("tools.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("measured", sa.Text(), nullable=False),
        sa.Column("frequency", sa.String(40), nullable=False),
        sa.Column("alert_adverse_significant", sa.Boolean(), nullable=False),
        sa.Column("alert_agreement", sa.Float(), nullable=True),
        sa.Column("owner", sa.String(200), nullable=False),
        sa.Column("next_audit", sa.Date(), nullable=True),
        sa.Column("response_days", sa.Integer(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
    )
    op.create_index(
        op.f("ix_monitoring_plans_tool_id"), "monitoring_plans", ["tool_id"], unique=True
    )
    op.create_table(
        "duty_tasks",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "tool_id", sa.Integer(), sa.ForeignKey("tools.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column(
            "audit_run_id",
            sa.Integer(),
            sa.ForeignKey("audit_runs.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("owner", sa.String(200), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("done_by", sa.String(200), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
    )
    op.create_index(op.f("ix_duty_tasks_tool_id"), "duty_tasks", ["tool_id"])
    op.create_table(
        "explanation_requests",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "tool_id", sa.Integer(), sa.ForeignKey("tools.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("reference", sa.String(200), nullable=False),
        sa.Column("received", sa.Date(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
    )
    op.create_index(op.f("ix_explanation_requests_tool_id"), "explanation_requests", ["tool_id"])


def downgrade() -> None:
    for table in ("explanation_requests", "duty_tasks", "monitoring_plans"):
        op.drop_table(table)
    # Plain ALTER TABLE ... DROP COLUMN (SQLite 3.35+): a batch copy would drop ``tools`` and
    # cascade-delete every answer, risk and audit with it.
    for name in _TOOL_COLUMNS:
        op.execute(f"ALTER TABLE tools DROP COLUMN {name}")

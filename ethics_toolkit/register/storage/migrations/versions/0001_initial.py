"""Initial register schema: tools, answers, audit runs, risks, sign-offs and append-only history.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_APPEND_ONLY = "history is append-only"


def _tool_fk() -> sa.Column:
    return sa.Column(
        "tool_id",
        sa.Integer(),
        sa.ForeignKey("tools.id", name=None, ondelete="CASCADE"),
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "tools",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("vendor", sa.String(200), nullable=False),
        sa.Column("version", sa.String(100), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("hr_process", sa.String(40), nullable=False),
        sa.Column("decision_role", sa.String(40), nullable=False),
        sa.Column("data_categories", sa.JSON(), nullable=False),
        sa.Column("legal_basis", sa.Text(), nullable=False),
        sa.Column("system_owner", sa.String(200), nullable=False),
        sa.Column("employer_type", sa.String(40), nullable=False),
        sa.Column("employees", sa.Integer(), nullable=False),
        sa.Column("go_live", sa.Date(), nullable=True),
        sa.Column("status", sa.String(40), nullable=False),
        sa.Column("emotion_recognition", sa.Boolean(), nullable=False),
        sa.Column("profiling", sa.Boolean(), nullable=False),
        sa.Column("narrow_procedural_task", sa.Boolean(), nullable=False),
        sa.Column("next_review", sa.Date(), nullable=True),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.UniqueConstraint("name", name=op.f("uq_tools_name")),
    )
    op.create_table(
        "answers",
        sa.Column("id", sa.Integer(), primary_key=True),
        _tool_fk(),
        sa.Column("item_id", sa.String(100), nullable=False),
        sa.Column("value", sa.String(40), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("answered_by", sa.String(200), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("risk_decision", sa.String(20), nullable=True),
        sa.UniqueConstraint("tool_id", "item_id", name=op.f("uq_answers_tool_id")),
    )
    op.create_index(op.f("ix_answers_tool_id"), "answers", ["tool_id"])
    op.create_table(
        "audit_runs",
        sa.Column("id", sa.Integer(), primary_key=True),
        _tool_fk(),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("file_sha256", sa.String(64), nullable=True),
        sa.Column("file_name", sa.String(500), nullable=True),
        sa.Column("rows_read", sa.Integer(), nullable=False),
        sa.Column("rows_used", sa.Integer(), nullable=False),
        sa.Column("run_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("run_by", sa.String(200), nullable=False),
        sa.Column("data_period", sa.String(200), nullable=True),
    )
    op.create_index(op.f("ix_audit_runs_tool_id"), "audit_runs", ["tool_id"])
    op.create_table(
        "risks",
        sa.Column("id", sa.Integer(), primary_key=True),
        _tool_fk(),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("category", sa.String(100), nullable=False),
        sa.Column("legal_references", sa.JSON(), nullable=False),
        sa.Column("grounds", sa.JSON(), nullable=False),
        sa.Column("likelihood", sa.Integer(), nullable=False),
        sa.Column("severity", sa.Integer(), nullable=False),
        sa.Column("existing_controls", sa.Text(), nullable=False),
        sa.Column("treatment", sa.String(40), nullable=False),
        sa.Column("actions", sa.JSON(), nullable=False),
        sa.Column("owner", sa.String(200), nullable=False),
        sa.Column("residual_likelihood", sa.Integer(), nullable=True),
        sa.Column("residual_severity", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(40), nullable=False),
        sa.Column("review_date", sa.Date(), nullable=True),
        sa.Column("approved_by", sa.String(200), nullable=True),
        sa.Column(
            "audit_run_id",
            sa.Integer(),
            sa.ForeignKey("audit_runs.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("source_item_id", sa.String(100), nullable=True),
        sa.Column("row_version", sa.Integer(), nullable=False),
    )
    op.create_index(op.f("ix_risks_tool_id"), "risks", ["tool_id"])
    op.create_table(
        "signoffs",
        sa.Column("id", sa.Integer(), primary_key=True),
        _tool_fk(),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(200), nullable=False),
        sa.Column("decision", sa.String(40), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index(op.f("ix_signoffs_tool_id"), "signoffs", ["tool_id"])
    op.create_table(
        "history",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("tool_id", sa.Integer(), nullable=True),
        sa.Column("entity", sa.String(20), nullable=False),
        sa.Column("entity_id", sa.String(100), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
    )
    op.create_index(op.f("ix_history_tool_id"), "history", ["tool_id"])
    _forbid_history_changes()


def _forbid_history_changes() -> None:
    """The database itself refuses UPDATE and DELETE on history, whoever connects."""
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER history_no_{event.lower()} BEFORE {event} ON history "
                f"BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY}'); END"
            )
    elif dialect == "postgresql":
        op.execute(
            "CREATE FUNCTION history_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN RAISE EXCEPTION '{_APPEND_ONLY}'; END $$"
        )
        op.execute(
            "CREATE TRIGGER history_append_only BEFORE UPDATE OR DELETE ON history "
            "FOR EACH ROW EXECUTE FUNCTION history_append_only()"
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS history_append_only ON history")
        op.execute("DROP FUNCTION IF EXISTS history_append_only()")
    for table in ("history", "signoffs", "risks", "audit_runs", "answers", "tools"):
        op.drop_table(table)

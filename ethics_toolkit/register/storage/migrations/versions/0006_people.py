"""The people around a tool and their competence records (issue 23).

- ``people``: a name per tool (unique within the tool), its roles (operator, overseer, owner,
  approver) as a JSON list, and an optional signed-in identity; nothing else about a person.
- ``competence_records``: what a person did (a lesson with its self-check, a workplace meeting, an
  external course), the day, and after how many months it is refreshed (0: never); removed with
  the person.

History is untouched (no column added or rewritten), so the hash chain needs no resealing. People
are not part of the content a sign-off binds (``register/integrity/content.py``): training goes
on while an approved assessment stands.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "tool_id", sa.Integer(), sa.ForeignKey("tools.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("roles", sa.JSON(), nullable=False),
        sa.Column("identity", sa.String(200), nullable=False, server_default=sa.text("''")),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.UniqueConstraint("tool_id", "name", name="uq_people_tool_id"),
    )
    op.create_index(op.f("ix_people_tool_id"), "people", ["tool_id"])
    op.create_table(
        "competence_records",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "tool_id", sa.Integer(), sa.ForeignKey("tools.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "person_id",
            sa.Integer(),
            sa.ForeignKey("people.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("activity", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("refresh_months", sa.Integer(), nullable=False),
        sa.Column("lesson", sa.String(100), nullable=False, server_default=sa.text("''")),
        sa.Column("correct", sa.Integer(), nullable=True),
        sa.Column("questions", sa.Integer(), nullable=True),
    )
    op.create_index(op.f("ix_competence_records_tool_id"), "competence_records", ["tool_id"])
    op.create_index(op.f("ix_competence_records_person_id"), "competence_records", ["person_id"])


def downgrade() -> None:
    op.drop_table("competence_records")
    op.drop_table("people")

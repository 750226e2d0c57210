"""Legal facts of a tool (issue 12): when its DPIA was completed, and its GDPR Art. 9(2) ground.

- ``tools.dpia_completed_on``: GDPR Art. 35(1) asks for the DPIA *prior to* the processing, so the
  legal classification compares it with the go-live date (a tool in use before its DPIA is a
  breach, not a to-do).
- ``tools.art9_ground``: the exception of Art. 9(2) relied on for special-category data (an audit
  of ethnic origin or health asks for it and the report shows it).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("tools", sa.Column("dpia_completed_on", sa.Date(), nullable=True))
    op.add_column("tools", sa.Column("art9_ground", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    # Plain ALTER TABLE ... DROP COLUMN (SQLite 3.35+): a batch copy would drop ``tools`` and
    # cascade-delete every answer, risk and audit with it.
    op.execute("ALTER TABLE tools DROP COLUMN art9_ground")
    op.execute("ALTER TABLE tools DROP COLUMN dpia_completed_on")

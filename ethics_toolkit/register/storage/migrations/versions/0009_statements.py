"""Dated answers and notices in the reader's language (issue 21 §2, §6).

- ``answers.first_answered_at``: when an answer was first given; ``answered_at`` stays the day of
  its latest revision. Empty for answers not revised since (the statements then read
  ``answered_at`` as both).
- ``tools.controller`` / ``dpo_contact``: who is responsible for the processing and the data
  protection officer (GDPR Art. 13(1)(a)-(b)), named in the notice to applicants.
- ``tools.texts_lang`` / ``translations``: the language the profile's free texts are written in,
  and the texts a notice quotes in the other language (JSON), so a notice is wholly in one
  language.

History is untouched (no column added or rewritten), so the hash chain needs no resealing; the
new fields are left out of the content a sign-off binds while they hold their defaults
(``register/integrity/content.py``).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_TEXT_COLUMNS = ("controller", "dpo_contact")


def upgrade() -> None:
    op.add_column("answers", sa.Column("first_answered_at", sa.DateTime(timezone=True)))
    for name in _TEXT_COLUMNS:
        op.add_column(
            "tools", sa.Column(name, sa.Text(), nullable=False, server_default=sa.text("''"))
        )
    op.add_column(
        "tools",
        sa.Column("texts_lang", sa.String(8), nullable=False, server_default=sa.text("'sv'")),
    )
    op.add_column(
        "tools",
        sa.Column("translations", sa.JSON(), nullable=False, server_default=sa.text("'{}'")),
    )


def downgrade() -> None:
    # Plain ALTER TABLE ... DROP COLUMN (SQLite 3.35+): a batch copy would drop ``tools`` and
    # cascade-delete every answer, risk and audit with it.
    for name in ("translations", "texts_lang", *_TEXT_COLUMNS):
        op.execute(f"ALTER TABLE tools DROP COLUMN {name}")
    op.execute("ALTER TABLE answers DROP COLUMN first_answered_at")

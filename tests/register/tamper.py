"""Changing a register the way its owner could, below the program: every guard out of the way.

The database refuses most changes to history, sign-offs, audit runs and tool removals (revisions
0001, 0002, 0007); the owner of the tables can drop or disable those guards. Tests that check
what ``verify`` detects do exactly that first, as the issues observed it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ethics_toolkit.register.storage.store import Store

TABLES = (
    "history",
    "tools",
    "answers",
    "risks",
    "audit_runs",
    "signoffs",
    "monitoring_plans",
    "duty_tasks",
    "explanation_requests",
    "paired_runs",
    "people",
    "competence_records",
    "recipes",
    "dismissals",
)


def _sqlite(connection: sqlite3.Connection, statements: tuple[str, ...]) -> None:
    for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type='trigger'"
    ).fetchall():
        connection.execute(f'DROP TRIGGER "{name}"')
    for statement in statements:
        connection.execute(statement)
    connection.commit()


def tamper(target: Store | str, *statements: str) -> None:
    """Run ``statements`` on the register (a Store, or a ``sqlite:///`` URL) with no guard."""
    if isinstance(target, str):
        connection = sqlite3.connect(Path(target.removeprefix("sqlite:///")))
        try:
            _sqlite(connection, statements)
        finally:
            connection.close()
        return
    with target.engine.begin() as connection:
        if target.engine.dialect.name == "sqlite":
            for (name,) in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='trigger'"
            ).fetchall():
                connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
        else:  # as the owning role: ALTER TABLE ... DISABLE TRIGGER
            for table in TABLES:
                connection.exec_driver_sql(f"ALTER TABLE {table} DISABLE TRIGGER USER")
            connection.exec_driver_sql(
                "ALTER TABLE history DROP CONSTRAINT IF EXISTS ck_history_hash"
            )
        for statement in statements:
            connection.exec_driver_sql(statement)

"""The store's history: reading it, checking its chain, and who may only add to it."""

from __future__ import annotations

import re

from sqlalchemy import text

from ethics_toolkit.register.domain.history_entries import HistoryEntry
from ethics_toolkit.register.integrity import chain
from ethics_toolkit.register.storage.base import StoreBase
from ethics_toolkit.register.storage.messages import BAD_ROLE, NO_ROLES, _error
from ethics_toolkit.register.storage.rows import _history, _walk_chain

ROLE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}")

_DUTY_TABLES = ("monitoring_plans", "duty_tasks", "explanation_requests", "paired_runs")


class HistoryMixin(StoreBase):
    """The append-only trail, its hash chain and the PostgreSQL grants that keep it append-only."""

    def history(
        self, tool_id: int | None = None, *, unreadable: list[int] | None = None
    ) -> list[HistoryEntry]:
        """The append-only trail, oldest first; of one tool or of the whole register.

        ``unreadable``: collect the ids of entries altered so that they cannot be read, instead
        of raising (``verify`` names them).
        """
        with self._session(write=False) as session:
            return _history(session, tool_id, unreadable)

    def grant_statements(self, role: str) -> list[str]:
        """PostgreSQL: the SQL that lets ``role`` use the register but only add to its history.

        Run by the owner of the tables (who also runs the migrations). The app then connects as
        ``role``: it may read and change the register, but only INSERT and SELECT history; it
        cannot UPDATE, DELETE or TRUNCATE it, nor drop or disable the triggers (not the owner).
        It may only read the access roles (issue 22): an app, or an administrator signed into
        it, cannot give anyone a role.
        """
        if self.engine.dialect.name != "postgresql":
            raise _error(NO_ROLES, dialect=self.engine.dialect.name)
        if not ROLE_NAME.fullmatch(role):
            raise _error(BAD_ROLE, role=role)
        with self._session(write=False) as session:
            schema = session.scalar(text("SELECT current_schema()"))
        quoted, where = f'"{role}"', f'"{schema}"'
        names = ("tools", "answers", "audit_runs", "risks", *_DUTY_TABLES)
        tables = ", ".join(f"{where}.{t}" for t in names)
        return [
            f"GRANT USAGE ON SCHEMA {where} TO {quoted}",
            f"GRANT SELECT ON {where}.alembic_version TO {quoted}",
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON {tables}, {where}.signoffs TO {quoted}",
            # Issue 22: roles are read by the app and given from the command line by the owner.
            f"REVOKE ALL ON {where}.access_grants FROM {quoted}",
            f"GRANT SELECT ON {where}.access_grants TO {quoted}",
            f"REVOKE ALL ON {where}.history FROM {quoted}",
            f"GRANT SELECT, INSERT ON {where}.history TO {quoted}",
            f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {where} TO {quoted}",
        ]

    def grant(self, role: str) -> list[str]:
        """Run :meth:`grant_statements` (as the tables' owner); returns what was run."""
        statements = self.grant_statements(role)
        with self._session() as session:
            for statement in statements:
                session.execute(text(statement))
        return statements

    def walk_history(self) -> chain.ChainCheck:
        """Check the whole hash chain (see ``register/chain.py``)."""
        with self._session(write=False) as session:
            return _walk_chain(session)

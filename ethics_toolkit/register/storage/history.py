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

_DUTY_TABLES = ("monitoring_plans", "duty_tasks", "explanation_requests")
_PEOPLE_TABLES = ("people", "competence_records")  # issue 23
_CHANGED = ("tools", "answers", "risks", *_DUTY_TABLES, "people")
"""Tables the program updates in place."""
_DELETED = ("tools", "explanation_requests", *_PEOPLE_TABLES)
"""Tables the program deletes from: a tool only archived and logged (a trigger checks it), a
request when the applicant's data are erased, a person or a competence record entered by mistake."""
_APPEND_ONLY = (
    "history", "signoffs", "audit_runs", "paired_runs", "recipes", "competence_records",
    "dismissals",  # issue 20
)  # fmt: skip
"""Tables the program only adds to (issue 27: the app's role may not change them)."""


class HistoryMixin(StoreBase):
    """The append-only trail, its hash chain and the PostgreSQL grants that keep it append-only."""

    def history(
        self, tool_id: int | None = None, *, unreadable: list[int] | None = None
    ) -> list[HistoryEntry]:
        """The append-only trail, oldest first; of one tool or of the whole register.

        Entries altered so that they cannot be read are left out (``verify`` names them, and a
        page never fails on them, issue 27); ``unreadable`` collects their ids.
        """
        with self._session(write=False) as session:
            return _history(session, tool_id, [] if unreadable is None else unreadable)

    def grant_statements(self, role: str) -> list[str]:
        """PostgreSQL: the SQL that lets ``role`` use the register with the least it needs.

        Run by the owner of the tables (who also runs the migrations). The app then connects as
        ``role`` (issue 27): it may read and add to everything, change what the program changes
        (tools, answers, risks, the duties), but only INSERT and SELECT history, sign-offs and
        audit runs; it may delete explanation requests (erasure) and tools only through the
        logged removal of an archived tool (a trigger checks it; the tool's rows go with it by
        the foreign keys, which run as the owner). It cannot drop or disable the triggers.
        It may only read the access roles (issue 22): neither the app nor an administrator
        signed into it can give anyone a role; the owner gives them (``access grant``).
        """
        if self.engine.dialect.name != "postgresql":
            raise _error(NO_ROLES, dialect=self.engine.dialect.name)
        if not ROLE_NAME.fullmatch(role):
            raise _error(BAD_ROLE, role=role)
        with self._session(write=False) as session:
            schema = session.scalar(text("SELECT current_schema()"))
        quoted, where = f'"{role}"', f'"{schema}"'

        def tables(*names: str) -> str:
            return ", ".join(f"{where}.{name}" for name in names)

        every = (
            "tools", "answers", "audit_runs", "risks", "signoffs", "history", *_DUTY_TABLES,
            *_PEOPLE_TABLES, "paired_runs", "recipes", "dismissals", "access_grants",
        )  # fmt: skip
        return [
            f"GRANT USAGE ON SCHEMA {where} TO {quoted}",
            f"GRANT SELECT ON {where}.alembic_version TO {quoted}",
            f"REVOKE ALL ON {tables(*every)} FROM {quoted}",
            f"GRANT SELECT, INSERT, UPDATE ON {tables(*_CHANGED)} TO {quoted}",
            f"GRANT DELETE ON {tables(*_DELETED)} TO {quoted}",
            f"GRANT SELECT, INSERT ON {tables(*_APPEND_ONLY)} TO {quoted}",
            # Issue 22: roles are read by the app and given from the command line by the owner.
            f"GRANT SELECT ON {tables('access_grants')} TO {quoted}",
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

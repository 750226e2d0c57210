"""The store's foundation: opening and migrating the database, locks, sessions, the history log."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, Self

from alembic import command
from alembic.config import Config
from alembic.util.exc import CommandError
from pydantic import ValidationError
from sqlalchemy import Connection, Engine, create_engine, event, make_url, select, text
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    IntegrityError,
    InterfaceError,
    NoSuchModuleError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.register.access import decide
from ethics_toolkit.register.access.roles import Grant, Permission
from ethics_toolkit.register.domain.actors import BY_KEY, Actor, as_actor
from ethics_toolkit.register.domain.history import EVENT_KEY, SUBJECT_KEY
from ethics_toolkit.register.domain.history_entries import HistoryEntity, HistoryEntry
from ethics_toolkit.register.integrity import keys
from ethics_toolkit.register.integrity.rows import row_key
from ethics_toolkit.register.storage.messages import (
    ARCHIVED,
    BAD_URL,
    DRIVER_MISSING,
    NEWER_SCHEMA,
    NO_FOLDER,
    NOT_A_REGISTER,
    NOT_UPGRADED,
    REFUSED,
    ROW_UNREADABLE,
    UNKNOWN_TOOL_ID,
    UNREACHABLE,
    _error,
)
from ethics_toolkit.register.storage.orm import AccessGrantRow, Base, ToolRow, from_row
from ethics_toolkit.register.storage.row_tables import rows_hashes, written_row_hash
from ethics_toolkit.register.storage.rows import _append, _children, _ModelT
from ethics_toolkit.register.storage.urls import masked_text, shown_url

ENV_DB = "ETHICS_TOOLKIT_DB"
SQLITE_WAIT_S = 60.0
"""How long a SQLite writer waits for another one to finish before giving up."""
MIGRATE_ATTEMPTS = 4
PG_LOCK_KEY = 51_327
"""First half of the PostgreSQL advisory lock key of a register (the second is its schema)."""
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
ROWS_BEFORE = "rows_before"
"""``session.info`` key: the tools' row hashes as the transaction found them (issue 27)."""


class StoreBase:
    """What every part of the store shares: opening, the engine, sessions and locks, the log."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # Per thread (the app shares one Store between sessions): the open transaction, if
        # any, and a frozen clock, if any.
        self._local = threading.local()
        # Issue 27: the keyed chain's key (kept outside the database), and the cached verdicts.
        self.chain_key: bytes | None = None
        self._verdicts: dict[str, Any] = {}
        self._verdicts_lock = threading.Lock()
        self._writes = 0  # committed writing transactions (the verdict's memo, verdicts.py)

    def _clock(self) -> datetime:
        frozen: datetime | None = getattr(self._local, "frozen_at", None)
        return frozen or datetime.now(UTC)

    # -- opening ---------------------------------------------------------------------------------

    @staticmethod
    def default_url() -> str:
        """``$ETHICS_TOOLKIT_DB``, else a SQLite file in the user's data folder."""
        from_env = os.environ.get(ENV_DB, "").strip()
        if from_env:
            return from_env
        from platformdirs import user_data_dir

        path = Path(user_data_dir("ethics-toolkit", appauthor=False)) / "register.sqlite3"
        return f"sqlite:///{path}"

    @classmethod
    def open(
        cls,
        url: str | None = None,
        *,
        migrate: bool = True,
        chain_key: bytes | Literal["configured"] | None = "configured",
        **engine_options: Any,
    ) -> Self:
        """Connect to ``url`` (default :meth:`default_url`) and migrate the schema to head.

        ``engine_options`` go to :func:`sqlalchemy.create_engine` (tests pass a pool or
        connect arguments). In-memory SQLite gets a single shared connection automatically.
        ``migrate=False`` opens an existing register as it is (``verify`` changes nothing): a
        missing file, a file that is no register or one not yet upgraded is refused instead.
        ``chain_key``: the keyed chain's key (issue 27); by default the configured one
        (``$ETHICS_TOOLKIT_CHAIN_KEY`` or ``secrets.toml``), ``None`` for none.
        """
        url = url or cls.default_url()
        example = "sqlite:///register.sqlite3"
        try:
            parsed = make_url(url)
        except ArgumentError as error:
            shown = masked_text(url)
            raise UserFacingError.of(
                BAD_URL, url=shown, detail=masked_text(str(error)), example=example
            ) from error
        shown = shown_url(parsed)
        if parsed.get_backend_name() == "sqlite":
            if parsed.database in (None, "", ":memory:"):
                engine_options.setdefault("poolclass", StaticPool)
                engine_options.setdefault("connect_args", {"check_same_thread": False})
            else:
                folder = Path(parsed.database).expanduser().parent
                if not migrate and not Path(parsed.database).expanduser().is_file():
                    raise _error(NOT_A_REGISTER, url=shown, detail="no such file")
                try:
                    folder.mkdir(parents=True, exist_ok=True)
                    _create_private(Path(parsed.database).expanduser())
                except OSError as error:
                    raise UserFacingError.of(
                        NO_FOLDER, folder=folder, detail=error.strerror
                    ) from error
            # Writers wait for each other (BEGIN IMMEDIATE) instead of failing at once.
            engine_options.setdefault("connect_args", {}).setdefault("timeout", SQLITE_WAIT_S)
        try:
            engine = create_engine(parsed, **engine_options)
        except (NoSuchModuleError, ImportError) as error:
            raise UserFacingError.of(DRIVER_MISSING, url=shown, detail=error) from error
        store = cls(engine)
        store.chain_key = keys.configured_key() if chain_key == "configured" else chain_key
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_foreign_keys)
            event.listen(engine, "begin", store._sqlite_begin)
        try:
            store.migrate() if migrate else store._check_revision(shown)
        except CommandError as error:
            engine.dispose()
            raise UserFacingError.of(NEWER_SCHEMA, url=shown, detail=error) from error
        except (DBAPIError, SQLAlchemyError) as error:
            engine.dispose()
            detail = _first_line(error)
            if "not a database" in detail or "malformed" in detail:
                raise _error(NOT_A_REGISTER, url=shown, detail=detail) from error
            raise UserFacingError.of(UNREACHABLE, url=shown, detail=detail, env=ENV_DB) from error
        except UserFacingError:
            engine.dispose()
            raise
        return store

    def _check_revision(self, shown: str) -> None:
        """Refuse a database that is no register, or one a newer/older version wrote."""
        from alembic.runtime.migration import MigrationContext
        from alembic.script import ScriptDirectory

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        head = ScriptDirectory.from_config(config).get_current_head()
        with self.engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
        if current is None:
            raise _error(NOT_A_REGISTER, url=shown, detail="no register tables")
        if current != head:
            raise _error(NOT_UPGRADED, url=shown, found=current, expected=head)

    def migrate(self) -> None:
        """Run the packaged Alembic migrations up to head (idempotent).

        Many processes may open a new database at once: the migration runs under the register's
        write lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: a transaction-level advisory lock), so
        one of them creates the schema and the others find it done. A lock that times out is
        retried a few times before the error reaches the user.
        """
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        for attempt in range(MIGRATE_ATTEMPTS):
            try:
                with self.engine.begin() as connection:
                    self._lock(connection)
                    config.attributes["connection"] = connection
                    command.upgrade(config, "head")
                return
            except OperationalError as error:
                if attempt + 1 == MIGRATE_ATTEMPTS or not _is_lock_timeout(error):
                    raise
                time.sleep(0.2 * (attempt + 1))

    def _lock(self, connection: Connection | Session) -> None:
        """The register's write lock for the rest of this transaction (PostgreSQL).

        Taken first in every writing transaction, so writers queue instead of deadlocking, the
        history chain never forks and imports never race. SQLite gets the same from BEGIN
        IMMEDIATE (``_sqlite_begin``). The key is per schema: registers in other schemas of the
        same database do not wait for each other.
        """
        if self.engine.dialect.name == "postgresql":
            connection.execute(
                text(
                    "SELECT pg_advisory_xact_lock(CAST(:key AS integer), "
                    "hashtext(coalesce(current_schema(), '')))"
                ),
                {"key": PG_LOCK_KEY},
            )

    def _sqlite_begin(self, connection: Connection) -> None:
        """Writers take SQLite's write lock when they begin, readers share (see ``_session``)."""
        reading = getattr(self._local, "reading", False)
        connection.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")

    def close(self) -> None:
        self.engine.dispose()

    @property
    def file_path(self) -> Path | None:
        """The SQLite file of this register (``None`` for a server database or memory)."""
        url = self.engine.url
        if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
            return None
        return Path(url.database).expanduser()

    @property
    def url(self) -> str:
        """The register's URL as it may be shown: no password, no secret query value."""
        return shown_url(self.engine.url)

    @contextmanager
    def frozen_clock(self, at: datetime) -> Iterator[None]:
        """Stamp every change made inside the block with ``at`` (reproducible demo content)."""
        previous = getattr(self._local, "frozen_at", None)
        self._local.frozen_at = at
        try:
            yield
        finally:
            self._local.frozen_at = previous

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several store calls into one transaction: all of them are saved, or none.

        Calls inside the block (in the same thread) join it; an exception rolls everything back.
        """
        if getattr(self._local, "session", None) is not None:
            yield
            return
        with self._session() as session:
            self._local.session = session
            try:
                yield
            finally:
                self._local.session = None

    @contextmanager
    def _session(self, *, write: bool = True) -> Iterator[Session]:
        """A transaction; ``write`` ones take the register's write lock first (see ``_lock``)."""
        joined: Session | None = getattr(self._local, "session", None)
        if joined is not None:  # inside transaction(): its owner commits or rolls back
            yield joined
            return
        try:
            with self._sessions.begin() as session:
                self._local.reading = not write
                try:
                    if write:
                        self._lock(session)
                    else:
                        session.connection()  # begin now, while ``reading`` is set
                finally:
                    self._local.reading = False
                yield session
        except IntegrityError:
            raise  # callers know which rule was broken and say so
        except (OperationalError, InterfaceError) as error:
            detail = _first_line(error)
            raise UserFacingError.of(
                UNREACHABLE, url=self.url, detail=detail, env=ENV_DB
            ) from error
        except DBAPIError as error:
            detail = _first_line(error)
            raise UserFacingError.of(REFUSED, detail=detail) from error
        except (ValueError, TypeError) as error:
            # Issue 27: a value its type cannot decode (bad JSON, a date that is no date) is a
            # row altered below the program: never a traceback. Input errors (pydantic's) are the
            # caller's to show.
            if isinstance(error, ValidationError):
                raise
            detail = str(error).splitlines()[0] if str(error) else type(error).__name__
            raise UserFacingError.of(ROW_UNREADABLE, detail=masked_text(detail)) from error
        finally:
            if write:
                self._writes += 1

    # -- who may ---------------------------------------------------------------------------------

    def _allow(self, actor: Actor | str, permission: Permission, tool_id: int | None) -> None:
        """The one line at the top of every write: refuse what the actor's roles do not permit.

        The decision is ``register/access/decide.py``'s; roles bind signed-in identities only.
        """
        who = as_actor(actor)
        if not who.signed_in:
            return
        with self._session(write=False) as session:
            grants = self._grants(session)
            name = session.scalar(select(ToolRow.name).where(ToolRow.id == tool_id))
        decide.check(who, permission, tool_id=tool_id, grants=grants, tool_name=name)

    @staticmethod
    def _grants(session: Session) -> list[Grant]:
        rows = session.scalars(select(AccessGrantRow).order_by(AccessGrantRow.id))
        return [from_row(row, Grant) for row in rows]

    def _log(
        self,
        session: Session,
        *,
        actor: Actor | str,
        tool_id: int | None,
        entity: HistoryEntity,
        entity_id: object,
        action: str,
        changes: dict[str, list[Any]],
        subject: str | None = None,
        event: dict[str, Any] | None = None,
    ) -> None:
        """Append a history entry: what changed as data, in no language (``register/history``).

        ``subject`` is the name of what changed (tool, risk, file, signer), kept with the entry
        so that its line still names it after a rename or a deletion; ``event`` says what
        happened when that is more than changed fields (archive, removal, a risk action).
        """
        who = as_actor(actor)
        if event:
            changes = {EVENT_KEY: [event], **changes}
        if subject:
            changes = {SUBJECT_KEY: [subject], **changes}
        changes = {**changes, BY_KEY: [who.stamp()]}  # issue 22: how the actor is known
        frozen = getattr(self._local, "frozen_at", None) is not None
        after = (
            None if action == "delete" else written_row_hash(session, entity, tool_id, entity_id)
        )
        before: dict[str, str] = {}
        if tool_id is not None:
            before = session.info.get(ROWS_BEFORE, {}).get(tool_id, {})
        key = row_key(entity, tool_id, entity_id)
        entry = HistoryEntry(
            at=self._clock(),
            actor=who.name,
            tool_id=tool_id,
            entity=entity,
            entity_id=str(entity_id),
            action=action,  # type: ignore[arg-type]
            changes=changes,
            # Issue 27: the row as this write found it and left it, how the entry came to be.
            row_hash=after,
            row_before=None if action == "create" else before.get(key),
            origin="seed" if frozen else "live",
        )
        _append(session, entry, key=self.chain_key)
        if tool_id is not None and ROWS_BEFORE in session.info:
            if after is None:
                before.pop(key, None)
            else:
                before[key] = after

    def verdict(self) -> Any:
        """The register's integrity verdict (``storage/verdicts.py``)."""
        raise NotImplementedError

    def _tool_row(self, session: Session, tool_id: int, *, writing: bool = False) -> ToolRow:
        """The tool's row; ``writing`` refuses an archived tool (it is read-only until restored)
        and notes how the tool's rows stand before the write (``_rows_before``)."""
        if writing:
            self._rows_before(session, tool_id)
        row = session.get(ToolRow, tool_id)
        if row is None:
            raise UserFacingError.of(UNKNOWN_TOOL_ID, id=tool_id)
        if writing and row.archived_at is not None:
            raise _error(ARCHIVED, name=row.name)
        return row

    @staticmethod
    def _rows_before(session: Session, tool_id: int) -> dict[str, str]:
        """The hashes of the tool's rows as this transaction found them (issue 27).

        Taken once, before the first write to the tool; each entry records the hash its row had
        then (``row_before``), so a row changed below the program and then carried on by a write
        of the program is still named by ``verify``. Kept up to date as entries are written.
        """
        taken: dict[int, dict[str, str]] = session.info.setdefault(ROWS_BEFORE, {})
        if tool_id not in taken:
            taken[tool_id] = rows_hashes(session, tool_id)
        return taken[tool_id]

    def _read(self, row_cls: type[Base], model_cls: type[_ModelT], tool_id: int) -> list[_ModelT]:
        with self._session(write=False) as session:
            return _children(session, row_cls, model_cls, tool_id)


def _first_line(error: SQLAlchemyError) -> str:
    """The driver's own message, without SQLAlchemy's statement dump (secrets masked)."""
    text_ = str(getattr(error, "orig", None) or error).strip()
    return masked_text(text_.splitlines()[0]) if text_ else type(error).__name__


def _sqlite_foreign_keys(dbapi_connection: Any, _record: Any) -> None:
    """SQLite checks foreign keys only when asked, per connection.

    The driver's own transaction handling is switched off: the store emits BEGIN itself (see
    ``StoreBase._sqlite_begin``), so that writers take the write lock before they read.
    """
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
    dbapi_connection.isolation_level = None


def _create_private(path: Path) -> None:
    """Create a new database file readable by its owner only (it holds personal data)."""
    # An existing database keeps the permissions its owner gave it.
    with suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def _is_lock_timeout(error: OperationalError) -> bool:
    text_ = str(error.orig).lower()
    return "locked" in text_ or "busy" in text_ or "deadlock" in text_

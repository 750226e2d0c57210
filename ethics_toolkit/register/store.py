"""The register's storage: the only place with SQL (besides the migrations).

Every mutation takes the ``actor`` and appends a history entry with field-level changes in the same
transaction, so the trail can never miss a change. Tools and risks carry a ``row_version``: saving a
stale copy raises :class:`ConflictError` instead of silently overwriting a colleague's edit.
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from alembic import command
from alembic.config import Config
from alembic.util.exc import CommandError
from pydantic import BaseModel, ValidationError
from sqlalchemy import (
    Connection,
    Engine,
    create_engine,
    delete,
    event,
    func,
    insert,
    make_url,
    select,
    text,
)
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
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import StaticPool

from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n import Lang
from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.register import chain, duties, exchange, privacy
from ethics_toolkit.register.checklists import checklist_item, load_checklists
from ethics_toolkit.register.history import ADVERSE_KEY, EVENT_KEY, SUBJECT_KEY
from ethics_toolkit.register.integrity import as_check, content_of
from ethics_toolkit.register.legal import classify
from ethics_toolkit.register.models import (
    AITool,
    Answer,
    AnswerValue,
    AuditRun,
    DutyTask,
    ExplanationRequest,
    HistoryEntity,
    HistoryEntry,
    MitigationAction,
    MonitoringPlan,
    RequestStatus,
    Risk,
    SignOff,
    SignOffDecision,
    TaskStatus,
    ThresholdKind,
    ToolRecord,
    check_acceptance,
)
from ethics_toolkit.register.orm import (
    AnswerRow,
    AuditRunRow,
    Base,
    DutyTaskRow,
    ExplanationRequestRow,
    HistoryRow,
    MonitoringPlanRow,
    RiskRow,
    SignOffRow,
    ToolRow,
    from_row,
    to_row_values,
)

ENV_DB = "ETHICS_TOOLKIT_DB"
SQLITE_WAIT_S = 60.0
"""How long a SQLite writer waits for another one to finish before giving up."""
MIGRATE_ATTEMPTS = 4
ROLE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}")
PG_LOCK_KEY = 51_327
"""First half of the PostgreSQL advisory lock key of a register (the second is its schema)."""
ENV_USER = "ETHICS_TOOLKIT_USER"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_ModelT = TypeVar("_ModelT", bound=BaseModel)

# Messages (module constants so tests and callers can refer to them).
BAD_URL = Bilingual(
    sv="Databasadressen {url!r} är ingen giltig URL ({detail}). Ange t.ex. {example}.",
    en="The database address {url!r} is not a valid URL ({detail}). Use e.g. {example}.",
)
DRIVER_MISSING = Bilingual(
    sv="Databasdrivrutinen för {url!r} är inte installerad ({detail}). För PostgreSQL, installera: "
    "pip install 'ethics-toolkit[postgres]'.",
    en="The database driver for {url!r} is not installed ({detail}). For PostgreSQL install the "
    "extra: pip install 'ethics-toolkit[postgres]'.",
)
UNREACHABLE = Bilingual(
    sv="Kunde inte öppna databasen {url} ({detail}). Kontrollera att servern är igång och att "
    "adress, användare och lösenord stämmer, eller ange en annan databas med {env} / --db.",
    en="Could not open the database {url} ({detail}). Check that the server is running, the "
    "address, user and password are right, or set {env} / --db to another database.",
)
REFUSED = Bilingual(
    sv="Databasen vägrade ändringen ({detail}); inget sparades. Kontrollera värdena.",
    en="The database refused the change ({detail}); nothing was saved. Check the values.",
)
NEWER_SCHEMA = Bilingual(
    sv="Databasen {url} har skrivits av en nyare version av ethics-toolkit ({detail}). Uppdatera "
    "ethics-toolkit eller använd en annan databas.",
    en="The database {url} was written by a newer ethics-toolkit ({detail}). Update "
    "ethics-toolkit, or use another database.",
)
NO_FOLDER = Bilingual(
    sv="Kan inte skapa mappen {folder} för databasen ({detail}). Välj en annan --db.",
    en="Cannot create the folder {folder} for the database ({detail}). Choose another --db.",
)
UNKNOWN_TOOL = Bilingual(
    sv="Det finns inget verktyg med namnet {name!r} i registret. Registrerade: {names}.",
    en="There is no tool named {name!r} in the register. Registered tools: {names}.",
)
EMPTY_REGISTER = Bilingual(
    sv="Registret har inga verktyg än: lägg till ett eller kör `ethics-toolkit demo`.",
    en="The register has no tools yet: add one, or run `ethics-toolkit demo`.",
)
UNKNOWN_TOOL_ID = Bilingual(
    sv="Det finns inget verktyg med id {id} i registret; ladda om sidan.",
    en="There is no tool with id {id} in the register; reload the page.",
)
NAME_TAKEN = Bilingual(
    sv="Ett verktyg med namnet {name!r} finns redan. Välj ett annat namn.",
    en="A tool named {name!r} is already registered. Choose another name.",
)
CONFLICT = Bilingual(
    sv="Någon annan har ändrat {entity} ({name!r}) efter att du öppnade den. Dina ändringar "
    "sparades inte: ladda om för att se den senaste versionen och gör sedan ändringen igen.",
    en="Someone else changed this {entity} ({name!r}) after you opened it. Your changes were not "
    "saved: reload to see the latest version, then make your change again.",
)
NOT_FOUND = Bilingual(
    sv="Risken med id {id} finns inte längre (någon kan ha tagit bort den); ladda om.",
    en="The risk with id {id} no longer exists (someone may have deleted it); reload.",
)
UNKNOWN_ITEM = Bilingual(
    sv="Det finns ingen checklistepunkt {item!r}. Kontrollera id:t mot checklistorna.",
    en="There is no checklist item {item!r}. Check the id against the checklists.",
)
NO_PROPOSAL = Bilingual(
    sv="Checklistepunkt {item!r} har inget väntande riskförslag för verktyget: svara 'nej', "
    "'delvis' eller 'vet inte' först.",
    en="Checklist item {item!r} has no pending risk proposal for this tool: answer it with "
    "'no', 'partly' or 'don't know' first.",
)
FOREIGN_AUDIT = Bilingual(
    sv="Granskning {id} hör inte till verktyget; länka en granskning av verktyget.",
    en="Audit run {id} does not belong to this tool; link an audit run of the tool.",
)

NO_TASK = Bilingual(
    sv="Uppgiften med id {id} finns inte längre för verktyget; ladda om.",
    en="The task with id {id} no longer exists for this tool; reload.",
)
NO_REQUEST = Bilingual(
    sv="Förklaringsbegäran med id {id} finns inte längre för verktyget; ladda om.",
    en="The explanation request with id {id} no longer exists for this tool; reload.",
)
ANSWER_NEEDED = Bilingual(
    sv="En besvarad begäran behöver svaret och datumet det skickades. Fyll i båda.",
    en="An answered request needs the answer and the date it was sent. Fill in both.",
)
ANSWERED_BEFORE_RECEIVED = Bilingual(
    sv="Svarsdatumet {answered} ligger före datumet begäran kom in ({received}). Rätta datumet.",
    en="The answer date {answered} is before the request was received ({received}). Correct it.",
)
OUTCOME_NEEDED = Bilingual(
    sv="Skriv vad bedömningen ledde till (t.ex. användningen pausad, leverantören informerad) "
    "innan uppgiften markeras som klar.",
    en="Write what the assessment concluded (e.g. use suspended, provider informed) before the "
    "task is marked done.",
)
# What an explanation request's history entry never keeps: the applicant's reference and the
# answer may identify a person, and the history is append-only (issue 15, privacy by design).
PRIVATE_REQUEST_FIELDS = ("reference", "answer")

GAP_TITLE = Bilingual(sv="Brist: {question}", en="Gap: {question}")
"""The title of a risk proposed by an unmet checklist item."""
_ENTITY = {
    "tool": Bilingual(sv="verktyget", en="tool"),
    "risk": Bilingual(sv="risken", en="risk"),
    "plan": Bilingual(sv="uppföljningsplanen", en="monitoring plan"),
    "task": Bilingual(sv="uppgiften", en="task"),
    "request": Bilingual(sv="förklaringsbegäran", en="explanation request"),
}
NOT_A_REGISTER = Bilingual(
    sv="{url} är ingen registerdatabas ({detail}). Ange databasen som ethics-toolkit skapade, med "
    "--db eller ETHICS_TOOLKIT_DB.",
    en="{url} is not a register database ({detail}). Give the database ethics-toolkit created, "
    "with --db or ETHICS_TOOLKIT_DB.",
)
NOT_UPGRADED = Bilingual(
    sv="Databasen {url} har schemaversion {found}, programmet använder {expected}. Öppna den en "
    "gång med ethics-toolkit (t.ex. `ethics-toolkit tools --db ...`) så uppgraderas den, och "
    "försök igen.",
    en="The database {url} has schema version {found}, this program uses {expected}. Open it once "
    "with ethics-toolkit (e.g. `ethics-toolkit tools --db ...`) to upgrade it, then try again.",
)
NO_ROLES = Bilingual(
    sv="Databasroller finns bara i PostgreSQL ({dialect} har inga). En SQLite-fil skyddas av "
    "filens behörigheter: den skapas läsbar bara för ägaren.",
    en="Database roles exist in PostgreSQL only ({dialect} has none). A SQLite file is protected "
    "by its file permissions: it is created readable by its owner only.",
)
BAD_ROLE = Bilingual(
    sv="{role!r} är inget giltigt rollnamn (bokstäver, siffror och _ , börjar med en bokstav).",
    en="{role!r} is not a valid role name (letters, digits and _, starting with a letter).",
)
ARCHIVED = Bilingual(
    sv="Verktyget {name!r} är arkiverat och kan bara läsas. Återställ det först för att ändra.",
    en="The tool {name!r} is archived and read-only. Restore it first to make changes.",
)
EXPORT_FIRST = Bilingual(
    sv="Verktyget {name!r} tas bara bort efter en export av registret som det ser ut nu, så att "
    "inget går förlorat. Använd `ethics-toolkit tool remove --export-first FIL` (eller exportera "
    "igen: registret har ändrats sedan exporten).",
    en="The tool {name!r} is only removed after an export of the register as it is now, so that "
    "nothing is lost. Use `ethics-toolkit tool remove --export-first FILE` (or export again: the "
    "register changed since the export).",
)


def named_actor(by: str | None = None) -> str | None:
    """The person as they entered their name: ``by`` (``--by``), else ``$ETHICS_TOOLKIT_USER``."""
    for name in (by, os.environ.get(ENV_USER)):
        if name and name.strip():
            return name.strip()
    return None


def login_name() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in some containers
        return "unknown"


def resolve_actor(by: str | None = None) -> tuple[str, bool]:
    """Who is making a change from the CLI, and whether it is only the OS login name.

    The name a person entered comes first (``--by``, then ``$ETHICS_TOOLKIT_USER``). The login
    name is a last resort that callers must not use silently (issue 12): the CLI says so on
    stderr and tells how to give a name.
    """
    named = named_actor(by)
    return (named, False) if named else (login_name(), True)


def default_actor() -> str:
    """Who is making changes from the CLI: ``$ETHICS_TOOLKIT_USER``, else the login name.

    Prefer :func:`resolve_actor`, which also says when the login name was used.
    """
    return resolve_actor()[0]


class ConflictError(UserFacingError):
    """A save based on a stale copy: another user changed the row in between."""

    def __init__(self, entity: str, name: str) -> None:
        noun = _ENTITY.get(entity) or Bilingual(sv=entity, en=entity)
        super().__init__(
            en=CONFLICT.format("en", entity=noun.en, name=name),
            sv=CONFLICT.format("sv", entity=noun.sv, name=name),
        )


def _json_changes(old: BaseModel | None, new: BaseModel | None) -> dict[str, list[Any]]:
    """Field -> [old, new] for the fields that differ (ids, versions and computed fields aside)."""
    model = type(old if old is not None else new)
    skip = {"id", "row_version", *model.model_computed_fields}
    before = old.model_dump(mode="json", exclude=skip) if old is not None else {}
    after = new.model_dump(mode="json", exclude=skip) if new is not None else {}
    keys = list(after) or list(before)
    return {k: [before.get(k), after.get(k)] for k in keys if before.get(k) != after.get(k)}


class Store:
    """The register database. Create with :meth:`open`; every method is its own transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # Per thread (the app shares one Store between sessions): the open transaction, if
        # any, and a frozen clock, if any.
        self._local = threading.local()

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
    def open(cls, url: str | None = None, *, migrate: bool = True, **engine_options: Any) -> Store:
        """Connect to ``url`` (default :meth:`default_url`) and migrate the schema to head.

        ``engine_options`` go to :func:`sqlalchemy.create_engine` (tests pass a pool or
        connect arguments). In-memory SQLite gets a single shared connection automatically.
        ``migrate=False`` opens an existing register as it is (``verify`` changes nothing): a
        missing file, a file that is no register or one not yet upgraded is refused instead.
        """
        url = url or cls.default_url()
        example = "sqlite:///register.sqlite3"
        try:
            parsed = make_url(url)
        except ArgumentError as error:
            raise UserFacingError.of(BAD_URL, url=url, detail=error, example=example) from error
        shown = parsed.render_as_string(hide_password=True)
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
        return self.engine.url.render_as_string(hide_password=True)

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

    def _log(
        self,
        session: Session,
        *,
        actor: str,
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
        if event:
            changes = {EVENT_KEY: [event], **changes}
        if subject:
            changes = {SUBJECT_KEY: [subject], **changes}
        entry = HistoryEntry(
            at=self._clock(),
            actor=actor,
            tool_id=tool_id,
            entity=entity,
            entity_id=str(entity_id),
            action=action,  # type: ignore[arg-type]
            changes=changes,
        )
        _append(session, entry)

    # -- tools -----------------------------------------------------------------------------------

    def list_tools(self, *, include_archived: bool = True) -> list[AITool]:
        """The registered tools by name; the overview leaves archived ones out."""
        with self._session(write=False) as session:
            query = select(ToolRow).order_by(ToolRow.name)
            if not include_archived:
                query = query.where(ToolRow.archived_at.is_(None))
            return [from_row(row, AITool) for row in session.scalars(query)]

    def get_tool(self, name: str) -> AITool:
        """The tool called ``name``; a UserFacingError naming the registered tools otherwise."""
        with self._session(write=False) as session:
            row = session.scalar(select(ToolRow).where(ToolRow.name == name))
            if row is not None:
                return from_row(row, AITool)
            names = list(session.scalars(select(ToolRow.name).order_by(ToolRow.name)))
        if not names:
            raise UserFacingError.of(EMPTY_REGISTER)
        listed = ", ".join(names)
        raise UserFacingError.of(UNKNOWN_TOOL, name=name, names=listed)

    def _tool_row(self, session: Session, tool_id: int, *, writing: bool = False) -> ToolRow:
        """The tool's row; ``writing`` refuses an archived tool (it is read-only until restored)."""
        row = session.get(ToolRow, tool_id)
        if row is None:
            raise UserFacingError.of(UNKNOWN_TOOL_ID, id=tool_id)
        if writing and row.archived_at is not None:
            raise _error(ARCHIVED, name=row.name)
        return row

    def save_tool(self, tool: AITool, *, actor: str) -> AITool:
        """Insert (``id`` None) or update the tool; a stale ``row_version`` raises ConflictError."""
        values = to_row_values(tool, ToolRow)
        del values["id"], values["row_version"]
        taken = UserFacingError.of(NAME_TAKEN, name=tool.name)
        try:
            with self._session() as session:
                clash = session.scalar(select(ToolRow.id).where(ToolRow.name == tool.name))
                if clash is not None and clash != tool.id:
                    raise taken
                del values["archived_at"]  # only archive_tool / restore_tool change it
                if tool.id is None:
                    tool = tool.model_copy(update={"archived_at": None})
                    row = ToolRow(**values, id=_next_tool_id(session))
                    session.add(row)
                    session.flush()
                    changes, action = _json_changes(None, tool), "create"
                else:
                    row = self._tool_row(session, tool.id, writing=True)
                    if row.row_version != tool.row_version:
                        raise ConflictError("tool", row.name)
                    old = from_row(row, AITool)
                    tool = tool.model_copy(update={"archived_at": old.archived_at})
                    for key, value in values.items():
                        setattr(row, key, value)
                    session.flush()
                    changes, action = _json_changes(old, tool), "update"
                if changes:
                    self._log(
                        session,
                        actor=actor,
                        tool_id=row.id,
                        entity="tool",
                        entity_id=row.id,
                        action=action,
                        changes=changes,
                        subject=tool.name,
                    )
                return from_row(row, AITool)
        except StaleDataError as error:
            raise ConflictError("tool", tool.name) from error
        except IntegrityError as error:
            raise taken from error

    def delete_tool(
        self,
        name: str,
        *,
        actor: str,
        export: Mapping[str, Any] | None = None,
        export_file: str = "",
    ) -> None:
        """Remove the tool and everything recorded about it; its history stays (append-only).

        Only with ``export``, an export (``export_json``) of the register as it is now: its head
        hash must be the current one, so nothing removed is lost. The history entry names the
        export file and its head hash.
        """
        tool = self.get_tool(name)
        head = (export or {}).get("head_hash")
        exported = {t.get("name") for t in (export or {}).get("tools", []) if isinstance(t, dict)}
        with self._session() as session:
            if not export or head != _walk_chain(session).head or tool.name not in exported:
                raise _error(EXPORT_FIRST, name=tool.name)
            for row_cls in (
                DutyTaskRow,
                ExplanationRequestRow,
                MonitoringPlanRow,
                RiskRow,
                AnswerRow,
                SignOffRow,
                AuditRunRow,
            ):
                session.execute(delete(row_cls).where(row_cls.tool_id == tool.id))
            session.execute(delete(ToolRow).where(ToolRow.id == tool.id))
            changes = _json_changes(tool, None)
            changes |= {"exported_to": [None, export_file], "export_head_hash": [None, head]}
            self._log(
                session,
                actor=actor,
                tool_id=tool.id,
                entity="tool",
                entity_id=tool.id,
                action="delete",
                changes=changes,
                subject=tool.name,
                event={"kind": "remove", "file": export_file, "head": str(head)[:12]},
            )

    def archive_tool(self, name: str, *, actor: str, restore: bool = False) -> AITool:
        """Archive a tool (kept, read-only, out of the overview) or, with ``restore``, undo it."""
        tool = self.get_tool(name)
        assert tool.id is not None
        with self._session() as session:
            row = self._tool_row(session, tool.id)
            if (row.archived_at is None) != restore:
                old = from_row(row, AITool)
                row.archived_at = None if restore else self._clock()
                session.flush()
                new = from_row(row, AITool)
                self._log(
                    session,
                    actor=actor,
                    tool_id=tool.id,
                    entity="tool",
                    entity_id=tool.id,
                    action="update",
                    changes=_json_changes(old, new),
                    subject=tool.name,
                    event={"kind": "restore" if restore else "archive"},
                )
            return from_row(row, AITool)

    def record(self, name: str, *, check_history: bool = True) -> ToolRecord:
        """Everything about one tool, read in one transaction (a consistent snapshot).

        ``check_history`` walks the whole register's hash chain as well (``history_check``).
        """
        tool = self.get_tool(name)
        assert tool.id is not None
        with self._session(write=False) as session:
            current = from_row(self._tool_row(session, tool.id), AITool)
            answers = _children(session, AnswerRow, Answer, tool.id)
            audits = _children(session, AuditRunRow, AuditRun, tool.id)
            return ToolRecord(
                tool=current,
                classification=classify(current, answers=answers, audits=audits),
                answers=answers,
                risks=_children(session, RiskRow, Risk, tool.id),
                audits=audits,
                signoffs=_children(session, SignOffRow, SignOff, tool.id),
                history=_history(session, tool.id),
                history_check=as_check(_walk_chain(session)) if check_history else None,
                plan=_plan(session, tool.id),
                tasks=_children(session, DutyTaskRow, DutyTask, tool.id),
                requests=_children(session, ExplanationRequestRow, ExplanationRequest, tool.id),
            )

    def _read(self, row_cls: type[Base], model_cls: type[_ModelT], tool_id: int) -> list[_ModelT]:
        with self._session(write=False) as session:
            return _children(session, row_cls, model_cls, tool_id)

    # -- answers and proposed risks ----------------------------------------------------------------

    def answers(self, tool_id: int) -> list[Answer]:
        return self._read(AnswerRow, Answer, tool_id)

    def answer(
        self,
        tool_id: int,
        item_id: str,
        value: AnswerValue | str,
        *,
        evidence: str = "",
        actor: str,
    ) -> Answer:
        """Record (or change) the answer to a checklist item; an unmet answer proposes a risk."""
        _item(item_id)
        value = AnswerValue(value)
        with self._session() as session:
            self._tool_row(session, tool_id, writing=True)
            row = session.scalar(
                select(AnswerRow).where(AnswerRow.tool_id == tool_id, AnswerRow.item_id == item_id)
            )
            old = from_row(row, Answer) if row is not None else None
            previous = old.risk_decision if old is not None else None
            if value.unmet:
                decision = previous or "pending"
            else:
                decision = "accepted" if previous == "accepted" else None
            new = Answer(
                tool_id=tool_id,
                item_id=item_id,
                value=value,
                evidence=evidence,
                answered_by=actor,
                answered_at=self._clock(),
                risk_decision=decision,
            )
            values = to_row_values(new, AnswerRow)
            if row is None:
                session.add(AnswerRow(**values))
            else:
                for key, val in values.items():
                    setattr(row, key, val)
            self._log(
                session,
                actor=actor,
                tool_id=tool_id,
                entity="answer",
                entity_id=item_id,
                action="create" if old is None else "update",
                changes=_json_changes(old, new),
            )
            return new

    def proposed_risk(self, item_id: str, tool_id: int, *, lang: Lang = "sv") -> Risk:
        """A risk prefilled from an unmet checklist item (not saved): the user reviews it first."""
        item = _item(item_id)
        area = next(a.area for a in load_checklists() if any(i.id == item_id for i in a.items))
        with self._session(write=False) as session:
            tool = from_row(self._tool_row(session, tool_id), AITool)
            row = session.scalar(
                select(AnswerRow).where(AnswerRow.tool_id == tool_id, AnswerRow.item_id == item_id)
            )
            answer = from_row(row, Answer) if row is not None else None
        # "No" is a known gap, "partly" and "don't know" leave it uncertain.
        likelihood = 4 if answer is not None and answer.value == AnswerValue.no else 3
        evidence = f"\n\n{answer.evidence}" if answer is not None and answer.evidence else ""
        return Risk(
            tool_id=tool_id,
            title=GAP_TITLE.format(lang, question=item.question.get(lang)),
            description=item.guidance.get(lang) + evidence,
            category=area,
            legal_references=list(item.references),
            grounds=list(item.grounds),
            likelihood=likelihood,
            severity=item.severity_if_unmet,
            actions=[
                MitigationAction(
                    description=item.suggested_mitigation.get(lang), owner=tool.system_owner
                )
            ],
            owner=tool.system_owner,
            review_date=tool.next_review,
            source_item_id=item_id,
        )

    def decide_proposal(
        self,
        tool_id: int,
        item_id: str,
        accept: bool,
        *,
        actor: str,
        risk: Risk | None = None,
        lang: Lang = "sv",
    ) -> Risk | None:
        """Accept or dismiss the risk an unmet answer proposed.

        Accepting saves ``risk`` (the proposal as the user edited it) or else the prefilled
        :meth:`proposed_risk`; either way the risk is linked to the item.
        """
        proposal = None
        if accept:
            proposal = risk or self.proposed_risk(item_id, tool_id, lang=lang)
            proposal = proposal.model_copy(update={"tool_id": tool_id, "source_item_id": item_id})
        with self._session() as session:
            self._tool_row(session, tool_id, writing=True)
            row = session.scalar(
                select(AnswerRow).where(AnswerRow.tool_id == tool_id, AnswerRow.item_id == item_id)
            )
            if row is None or row.risk_decision != "pending":
                raise UserFacingError.of(NO_PROPOSAL, item=item_id)
            old = from_row(row, Answer)
            row.risk_decision = "accepted" if accept else "dismissed"
            saved = self._save_risk(session, proposal, actor=actor) if proposal else None
            self._log(
                session,
                actor=actor,
                tool_id=tool_id,
                entity="answer",
                entity_id=item_id,
                action="update",
                changes=_json_changes(old, from_row(row, Answer)),
            )
            return saved

    # -- risks -----------------------------------------------------------------------------------

    def risks(self, tool_id: int) -> list[Risk]:
        return self._read(RiskRow, Risk, tool_id)

    def save_risk(self, risk: Risk, *, actor: str, event: dict[str, Any] | None = None) -> Risk:
        """Insert (``id`` None) or update a risk; refuses stale copies and unapproved acceptance.

        ``event``: what happened, for the history line (risk actions say what they did).
        """
        try:
            with self._session() as session:
                return self._save_risk(session, risk, actor=actor, event=event)
        except StaleDataError as error:
            raise ConflictError("risk", risk.title) from error

    def _save_risk(
        self, session: Session, risk: Risk, *, actor: str, event: dict[str, Any] | None = None
    ) -> Risk:
        check_acceptance(risk)
        self._tool_row(session, risk.tool_id, writing=True)
        if risk.audit_run_id is not None:
            run = session.get(AuditRunRow, risk.audit_run_id)
            if run is None or run.tool_id != risk.tool_id:
                raise UserFacingError.of(FOREIGN_AUDIT, id=risk.audit_run_id)
        values = to_row_values(risk, RiskRow)
        del values["id"], values["row_version"]
        if risk.id is None:
            row = RiskRow(**values)
            session.add(row)
            session.flush()
            old = None
        else:
            found = session.get(RiskRow, risk.id)
            if found is None:
                raise UserFacingError.of(NOT_FOUND, id=risk.id)
            row = found
            if row.row_version != risk.row_version:
                raise ConflictError("risk", row.title)
            old = from_row(row, Risk)
            for key, value in values.items():
                setattr(row, key, value)
            session.flush()
        changes = _json_changes(old, risk)
        if changes:
            self._log(
                session,
                actor=actor,
                tool_id=risk.tool_id,
                entity="risk",
                entity_id=row.id,
                action="create" if old is None else "update",
                changes=changes,
                subject=risk.title,
                event=event,
            )
        return from_row(row, Risk)

    # -- audit runs and sign-offs ------------------------------------------------------------------

    def audit_runs(self, tool_id: int) -> list[AuditRun]:
        return self._read(AuditRunRow, AuditRun, tool_id)

    def save_audit_run(
        self,
        tool_id: int,
        result: AuditResult,
        *,
        actor: str,
        file_name: str | None = None,
        data_period: str | None = None,
        keep_exact_small_cells: bool = False,
    ) -> AuditRun:
        """Keep an audit's aggregated cells and figures with the input's fingerprint.

        Cells and group figures of fewer than 5 people are withheld (``register/privacy.py``)
        unless ``keep_exact_small_cells``, which the run records and the report states.
        """
        reading = result.reading
        protected = None if keep_exact_small_cells else privacy.protect(result)
        run = AuditRun(
            tool_id=tool_id,
            result=protected.result if protected else result,
            exact_small_cells=keep_exact_small_cells,
            withheld_rows=protected.withheld_rows if protected else 0,
            withheld_groups=protected.withheld_groups if protected else 0,
            file_sha256=reading.sha256 if reading else None,
            file_name=file_name or (reading.file_name if reading else None),
            rows_read=reading.rows_read if reading else result.n_rows,
            rows_used=result.n_rows,
            run_at=self._clock(),
            run_by=actor,
            data_period=data_period,
        )
        with self._session() as session:
            self._tool_row(session, tool_id, writing=True)
            previous = session.scalar(
                select(AuditRunRow)
                .where(AuditRunRow.tool_id == tool_id)
                .order_by(AuditRunRow.run_at.desc(), AuditRunRow.id.desc())
                .limit(1)
            )
            previous_result = from_row(previous, AuditRun).result if previous else None
            row = AuditRunRow(**to_row_values(run, AuditRunRow))
            session.add(row)
            session.flush()
            saved = from_row(row, AuditRun)
            self._log(
                session,
                actor=actor,
                tool_id=tool_id,
                entity="audit",
                entity_id=row.id,
                action="create",
                changes={
                    **_json_changes(None, saved.model_copy(update={"result": None})),
                    ADVERSE_KEY: [result.adverse_impact_found],
                    "result_sha256": [
                        None,
                        chain.content_hash(saved.result.model_dump(mode="json")),
                    ],
                },
                subject=saved.file_name,
            )
            self._open_threshold_tasks(session, saved, previous_result, actor=actor)
            return saved

    def signoffs(self, tool_id: int) -> list[SignOff]:
        return self._read(SignOffRow, SignOff, tool_id)

    def sign_off(
        self,
        tool_id: int,
        *,
        name: str,
        role: str,
        decision: SignOffDecision | str,
        comment: str = "",
        actor: str,
    ) -> SignOff:
        """Record that a named person in a role approved or rejected the assessment."""
        signoff = SignOff(
            tool_id=tool_id,
            name=name,
            role=role,
            decision=SignOffDecision(decision),
            comment=comment,
            signed_at=self._clock(),
        )
        with self._session() as session:
            tool = from_row(self._tool_row(session, tool_id, writing=True), AITool)
            content = content_of(
                tool,
                classify(tool),
                _children(session, AnswerRow, Answer, tool_id),
                _children(session, RiskRow, Risk, tool_id),
                _children(session, AuditRunRow, AuditRun, tool_id),
            )
            signoff = signoff.model_copy(
                update={
                    "content_hash": chain.content_hash(content),
                    "head_hash": _walk_chain(session).head,
                }
            )
            row = SignOffRow(**to_row_values(signoff, SignOffRow))
            session.add(row)
            session.flush()
            self._log(
                session,
                actor=actor,
                tool_id=tool_id,
                entity="signoff",
                entity_id=row.id,
                action="create",
                changes=_json_changes(None, signoff),
                subject=name,
            )
            return from_row(row, SignOff)

    # -- the deployer's duties (issue 15) ---------------------------------------------------------

    def _open_threshold_tasks(
        self, session: Session, run: AuditRun, previous: AuditResult | None, *, actor: str
    ) -> list[DutyTask]:
        """One task per threshold this run crosses and the tool's previous run did not."""
        plan = _plan(session, run.tool_id)
        found = duties.new_crossings(run.result, previous, plan)
        if not found:
            return []
        tool = from_row(self._tool_row(session, run.tool_id), AITool)
        opened = []
        for crossing in found:
            task = DutyTask(
                tool_id=run.tool_id,
                kind=ThresholdKind(crossing.kind),
                audit_run_id=run.id,
                owner=duties.task_owner(tool, plan),
                due=duties.task_due(run.run_at.date(), plan),
                created_at=run.run_at,
                details={**crossing.details, "file": run.file_name},
            )
            values = to_row_values(task, DutyTaskRow)
            del values["id"], values["row_version"]
            row = DutyTaskRow(**values)
            session.add(row)
            session.flush()
            opened.append(from_row(row, DutyTask))
            self._log(
                session,
                actor=actor,
                tool_id=run.tool_id,
                entity="task",
                entity_id=row.id,
                action="create",
                changes=_json_changes(None, task),
                event={"kind": "task_opened", "threshold": crossing.kind, "due": str(task.due)},
            )
        return opened

    def plan(self, tool_id: int) -> MonitoringPlan | None:
        with self._session(write=False) as session:
            return _plan(session, tool_id)

    def save_plan(self, plan: MonitoringPlan, *, actor: str) -> MonitoringPlan:
        """Insert or update the tool's monitoring plan (one per tool; stale copies refused)."""
        try:
            with self._session() as session:
                self._tool_row(session, plan.tool_id, writing=True)
                row = session.scalar(
                    select(MonitoringPlanRow).where(MonitoringPlanRow.tool_id == plan.tool_id)
                )
                name = self._tool_row(session, plan.tool_id).name
                return self._upsert(
                    session, row, plan, MonitoringPlanRow, "plan", actor=actor, name=name
                )
        except StaleDataError as error:
            raise ConflictError("plan", str(plan.tool_id)) from error

    def tasks(self, tool_id: int) -> list[DutyTask]:
        return self._read(DutyTaskRow, DutyTask, tool_id)

    def save_task(self, task: DutyTask, *, actor: str) -> DutyTask:
        """Update a task: its owner, deadline, outcome; done needs the outcome (who and when set).

        Tasks are opened by the register only (:meth:`save_audit_run`), never by hand.
        """
        if task.status == TaskStatus.done and not task.outcome.strip():
            raise UserFacingError.of(OUTCOME_NEEDED)
        try:
            with self._session() as session:
                self._tool_row(session, task.tool_id, writing=True)
                row = session.get(DutyTaskRow, task.id) if task.id is not None else None
                if row is None or row.tool_id != task.tool_id:
                    raise UserFacingError.of(NO_TASK, id=task.id)
                old = from_row(row, DutyTask)
                if task.status == TaskStatus.done and old.status != TaskStatus.done:
                    task = task.model_copy(
                        update={"done_on": self._clock().date(), "done_by": actor}
                    )
                elif task.status == TaskStatus.open:
                    task = task.model_copy(update={"done_on": None, "done_by": ""})
                kind = {
                    (TaskStatus.open, TaskStatus.done): "task_done",
                    (TaskStatus.done, TaskStatus.open): "task_reopened",
                }.get((old.status, task.status))
                event = {"kind": kind} if kind else None
                keep = {"kind": old.kind, "created_at": old.created_at, "details": old.details}
                task = task.model_copy(update={**keep, "audit_run_id": old.audit_run_id})
                title = str(task.id)
                return self._upsert(
                    session, row, task, DutyTaskRow, "task", actor=actor, event=event, name=title
                )
        except StaleDataError as error:
            raise ConflictError("task", str(task.id)) from error

    def requests(self, tool_id: int) -> list[ExplanationRequest]:
        return self._read(ExplanationRequestRow, ExplanationRequest, tool_id)

    def save_request(self, request: ExplanationRequest, *, actor: str) -> ExplanationRequest:
        """Register (``id`` None) or update an explanation request.

        Answered needs the answer and its date (not before receipt). The history records what
        happened and the dates, never the reference or the answer (``PRIVATE_REQUEST_FIELDS``).
        """
        if request.status == RequestStatus.answered:
            if not request.answer.strip() or request.answered_on is None:
                raise UserFacingError.of(ANSWER_NEEDED)
            if request.answered_on < request.received:
                raise UserFacingError.of(
                    ANSWERED_BEFORE_RECEIVED,
                    answered=request.answered_on.isoformat(),
                    received=request.received.isoformat(),
                )
        try:
            with self._session() as session:
                self._tool_row(session, request.tool_id, writing=True)
                row = None
                if request.id is not None:
                    row = session.get(ExplanationRequestRow, request.id)
                    if row is None or row.tool_id != request.tool_id:
                        raise UserFacingError.of(NO_REQUEST, id=request.id)
                old = from_row(row, ExplanationRequest) if row is not None else None
                if old is None:
                    event = {"kind": "request_received", "received": str(request.received)}
                elif old.status != request.status:
                    event = {
                        "kind": f"request_{request.status}",
                        "received": str(request.received),
                        "on": str(request.answered_on or ""),
                        "due": str(request.due),
                    }
                else:
                    event = None
                return self._upsert(
                    session,
                    row,
                    request,
                    ExplanationRequestRow,
                    "request",
                    actor=actor,
                    event=event,
                    private=PRIVATE_REQUEST_FIELDS,
                    name=request.reference,
                )
        except StaleDataError as error:
            raise ConflictError("request", request.reference) from error

    def delete_request(self, request: ExplanationRequest, *, actor: str) -> None:
        """Remove a request (e.g. when the applicant's data are erased); the history keeps that it
        existed, its dates and status, never its reference."""
        with self._session() as session:
            self._tool_row(session, request.tool_id, writing=True)
            row = session.get(ExplanationRequestRow, request.id) if request.id else None
            if row is None or row.tool_id != request.tool_id:
                raise UserFacingError.of(NO_REQUEST, id=request.id)
            old = from_row(row, ExplanationRequest)
            session.delete(row)
            changes = _json_changes(old, None)
            for name in PRIVATE_REQUEST_FIELDS:
                changes.pop(name, None)
            self._log(
                session,
                actor=actor,
                tool_id=request.tool_id,
                entity="request",
                entity_id=old.id,
                action="delete",
                changes=changes,
                event={"kind": "request_removed", "received": str(old.received)},
            )

    def _upsert(
        self,
        session: Session,
        row: Base | None,
        model: _ModelT,
        row_cls: type[Base],
        entity: HistoryEntity,
        *,
        actor: str,
        event: dict[str, Any] | None = None,
        private: tuple[str, ...] = (),
        name: str = "",
    ) -> _ModelT:
        """Insert ``model`` (no ``row``) or update ``row`` from it, checking its row version,
        and log what changed (``private`` fields left out of the history)."""
        values = to_row_values(model, row_cls)
        del values["id"], values["row_version"]
        if row is None:
            row = row_cls(**values)
            session.add(row)
            session.flush()
            old = None
        else:
            if row.row_version != model.row_version:  # type: ignore[attr-defined]
                raise ConflictError(entity, name)
            old = from_row(row, type(model))
            for key, value in values.items():
                setattr(row, key, value)
            session.flush()
        changes = _json_changes(old, model)
        for name in private:
            changes.pop(name, None)
        if changes or event:
            self._log(
                session,
                actor=actor,
                tool_id=model.tool_id,  # type: ignore[attr-defined]
                entity=entity,
                entity_id=row.id,  # type: ignore[attr-defined]
                action="create" if old is None else "update",
                changes=changes,
                event=event,
            )
        return from_row(row, type(model))

    # -- history ---------------------------------------------------------------------------------

    def history(self, tool_id: int | None = None) -> list[HistoryEntry]:
        """The append-only trail, oldest first; of one tool or of the whole register."""
        with self._session(write=False) as session:
            return _history(session, tool_id)

    def grant_statements(self, role: str) -> list[str]:
        """PostgreSQL: the SQL that lets ``role`` use the register but only add to its history.

        Run by the owner of the tables (who also runs the migrations). The app then connects as
        ``role``: it may read and change the register, but only INSERT and SELECT history; it
        cannot UPDATE, DELETE or TRUNCATE it, nor drop or disable the triggers (not the owner).
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

    # -- export and import -----------------------------------------------------------------------

    def export_json(self) -> dict[str, Any]:
        """The whole register as JSON-ready data (see ``register/exchange.py`` for the format).

        Read in one transaction, so the content and the head hash belong together. Audit runs go
        through the privacy transform again unless they were kept exact on purpose.
        """
        with self._session(write=False) as session:
            tools = []
            for row in session.scalars(select(ToolRow).order_by(ToolRow.id)):
                tool = from_row(row, AITool)
                assert tool.id is not None
                tools.append(
                    exchange.ToolExport(
                        **tool.model_dump(),
                        answers=_children(session, AnswerRow, Answer, tool.id),
                        risks=_children(session, RiskRow, Risk, tool.id),
                        audits=[
                            _private(run)
                            for run in _children(session, AuditRunRow, AuditRun, tool.id)
                        ],
                        signoffs=_children(session, SignOffRow, SignOff, tool.id),
                        history=_history(session, tool.id),
                        plan=_plan(session, tool.id),
                        tasks=_children(session, DutyTaskRow, DutyTask, tool.id),
                        requests=_children(
                            session, ExplanationRequestRow, ExplanationRequest, tool.id
                        ),
                    )
                )
            known = {t.id for t in tools}
            orphans = [h for h in _history(session, None) if h.tool_id not in known]
            head = _walk_chain(session).head
        document = exchange.RegisterExport(
            exported_at=datetime.now(UTC), tools=tools, history=orphans, head_hash=head
        )
        return document.model_dump(mode="json")

    def import_json(self, data: object, *, source: str = "", actor: str = "import") -> list[str]:
        """Add an exported register to this database in one transaction: all or nothing.

        The file's own chain and sign-offs are checked first (``exchange.validate``). Ids are
        shifted past the ids already present, so importing into a fresh database keeps them
        and importing into a used one cannot clash. The file's history is appended to this
        register's chain, followed by one entry per imported tool naming ``source``, the export
        time and the file's head hash. Concurrent imports queue on the write lock. Returns the
        names of the imported tools.
        """
        document = exchange.validate(data)
        try:
            self._import(document, source=source, actor=actor)
        except IntegrityError as error:
            raise exchange.invalid([_first_line(error)]) from error
        return [t.name for t in document.tools]

    def _import(self, document: exchange.RegisterExport, *, source: str, actor: str) -> None:
        with self._session() as session:
            clashes = sorted(
                session.scalars(
                    select(ToolRow.name).where(ToolRow.name.in_([t.name for t in document.tools]))
                )
            )
            if clashes:
                raise exchange.names_taken_error(clashes)
            offsets = {
                row_cls: session.scalar(select(func.coalesce(func.max(row_cls.id), 0))) or 0
                for row_cls in (
                    AuditRunRow,
                    RiskRow,
                    SignOffRow,
                    HistoryRow,
                    MonitoringPlanRow,
                    DutyTaskRow,
                    ExplanationRequestRow,
                )
            }
            shift = exchange.IdShift(
                tool_offset=_next_tool_id(session) - 1,
                audit_offset=offsets[AuditRunRow],
                risk_offset=offsets[RiskRow],
                signoff_offset=offsets[SignOffRow],
                history_offset=offsets[HistoryRow],
                plan_offset=offsets[MonitoringPlanRow],
                task_offset=offsets[DutyTaskRow],
                request_offset=offsets[ExplanationRequestRow],
            )
            plan: list[tuple[type[Base], list[BaseModel]]] = [
                (ToolRow, [shift.tool_of(t) for t in document.tools]),
                (AnswerRow, [shift.answer(a) for t in document.tools for a in t.answers]),
                (AuditRunRow, [shift.audit(a) for t in document.tools for a in t.audits]),
                (RiskRow, [shift.risk(r) for t in document.tools for r in t.risks]),
                (SignOffRow, [shift.signoff(s) for t in document.tools for s in t.signoffs]),
                (MonitoringPlanRow, [shift.plan(t.plan) for t in document.tools if t.plan]),
                (DutyTaskRow, [shift.task(k) for t in document.tools for k in t.tasks]),
                (
                    ExplanationRequestRow,
                    [shift.request(r) for t in document.tools for r in t.requests],
                ),
            ]
            for row_cls, models in plan:
                if models:
                    session.execute(
                        insert(row_cls.__table__),
                        [to_row_values(model, row_cls) for model in models],
                    )
            for entry in document.all_history():
                _append(session, shift.chained_entry(entry))
            at = self._clock()
            for tool in document.tools:
                changes = exchange.import_entry_changes(document, source)
                head = document.head_hash if document.chained else None
                entry = HistoryEntry(
                    at=at,
                    actor=actor,
                    tool_id=tool.id + shift.tool_offset,
                    entity="tool",
                    entity_id=str(tool.id + shift.tool_offset),
                    action="update",
                    changes={
                        SUBJECT_KEY: [tool.name],
                        EVENT_KEY: [
                            {
                                "kind": "import",
                                "file": source,
                                "exported_at": document.exported_at.isoformat(timespec="seconds"),
                                "head": head[:12] if head else None,
                            }
                        ],
                        **changes,
                    },
                )
                _append(session, entry)
            if self.engine.dialect.name == "postgresql":
                for row_cls, _ in plan:
                    table = row_cls.__tablename__
                    session.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                            f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
                        )
                    )


_DUTY_TABLES = ("monitoring_plans", "duty_tasks", "explanation_requests")


def _plan(session: Session, tool_id: int) -> MonitoringPlan | None:
    row = session.scalar(select(MonitoringPlanRow).where(MonitoringPlanRow.tool_id == tool_id))
    return from_row(row, MonitoringPlan) if row is not None else None


def _private(run: AuditRun) -> AuditRun:
    """A run as it may leave the database: small cells withheld unless kept on purpose."""
    if run.exact_small_cells:
        return run
    protected = privacy.protect(run.result)
    if not protected.withheld_rows and not protected.withheld_groups:
        return run
    return run.model_copy(
        update={
            "result": protected.result,
            "withheld_rows": run.withheld_rows + protected.withheld_rows,
            "withheld_groups": run.withheld_groups + protected.withheld_groups,
        }
    )


def _item(item_id: str) -> Any:
    try:
        return checklist_item(item_id)
    except (KeyError, LookupError, UserFacingError, ValidationError) as error:
        raise UserFacingError.of(UNKNOWN_ITEM, item=item_id) from error


def _first_line(error: SQLAlchemyError) -> str:
    """The driver's own message, without SQLAlchemy's statement dump."""
    text_ = str(getattr(error, "orig", None) or error).strip()
    return text_.splitlines()[0] if text_ else type(error).__name__


def _children(
    session: Session, row_cls: type[Base], model_cls: type[_ModelT], tool_id: int
) -> list[_ModelT]:
    """One tool's rows of a child table as models: answers by item id, the others by age."""
    table = row_cls.__table__
    order = table.c.item_id if row_cls is AnswerRow else table.c.id
    query = select(row_cls).where(table.c.tool_id == tool_id).order_by(order)
    return [from_row(row, model_cls) for row in session.scalars(query)]


def _append(session: Session, entry: HistoryEntry) -> HistoryEntry:
    """Add ``entry`` at the end of the hash chain (the caller holds the write lock).

    The id is assigned here, not by the database, because the hash covers it: the next id and
    the previous hash are read under the same lock that serialises every writer.
    """
    last = session.execute(
        select(HistoryRow.id, HistoryRow.hash).order_by(HistoryRow.id.desc()).limit(1)
    ).first()
    previous = (last.hash if last is not None else None) or chain.GENESIS
    next_id = (last.id if last is not None else 0) + 1
    values = to_row_values(entry.model_copy(update={"id": next_id}), HistoryRow)
    values[chain.HASH_COLUMN] = chain.entry_hash(values, previous)
    session.execute(insert(HistoryRow.__table__), [values])
    return HistoryEntry.model_validate(values)


def _next_tool_id(session: Session) -> int:
    """A tool id never used before, not even by a deleted tool whose history remains."""
    used = [
        session.scalar(select(func.max(ToolRow.id))),
        session.scalar(select(func.max(HistoryRow.tool_id))),
    ]
    return max((u for u in used if u is not None), default=0) + 1


def _error(message: Bilingual, **values: object) -> UserFacingError:
    return UserFacingError(en=message.format("en", **values), sv=message.format("sv", **values))


def _walk_chain(session: Session) -> chain.ChainCheck:
    rows = session.execute(select(HistoryRow.__table__).order_by(HistoryRow.id)).mappings()
    return chain.walk(rows)


def _history(session: Session, tool_id: int | None) -> list[HistoryEntry]:
    query = select(HistoryRow).order_by(HistoryRow.id)
    if tool_id is not None:
        query = query.where(HistoryRow.tool_id == tool_id)
    return [from_row(row, HistoryEntry) for row in session.scalars(query)]


def _sqlite_foreign_keys(dbapi_connection: Any, _record: Any) -> None:
    """SQLite checks foreign keys only when asked, per connection.

    The driver's own transaction handling is switched off: the store emits BEGIN itself (see
    ``Store._sqlite_begin``), so that writers take the write lock before they read.
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

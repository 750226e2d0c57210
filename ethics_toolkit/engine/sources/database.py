"""A SQLAlchemy URL -> a read-only :class:`Relation` over a table or the user's ``SELECT``.

Three layers keep an audit from changing anything (issue 14):

1. ``--query`` must be one ``SELECT`` (or ``WITH … SELECT``): :func:`check_select` refuses anything
   else before a connection is made (string literals and quoted names are ignored, so
   ``WHERE status = 'deleted'`` is fine).
2. The query only ever runs as a subquery, ``SELECT … FROM (<query>) AS source GROUP BY …``, where
   no dialect accepts ``DELETE``, ``INSERT`` or ``SELECT … INTO``.
3. The connection is read-only where the dialect allows it: SQLite opens the file with
   ``mode=ro`` and ``PRAGMA query_only``; PostgreSQL runs a ``READ ONLY`` transaction; MySQL and
   MariaDB ``SET SESSION TRANSACTION READ ONLY``; Oracle ``SET TRANSACTION READ ONLY``; a DuckDB
   file opens ``read_only``. Before any statement of the user's, the database is asked whether
   the transaction is read-only (:func:`verify_read_only`), and the audit stops if it is not, so
   a function call inside a ``SELECT`` cannot write whatever the text check says (issue 27).
   Nothing is ever committed. Elsewhere (warehouses), give the audit a read-only account.

The table's or query's columns are found without reading rows (reflection, or ``LIMIT 0``).
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ethics_toolkit.engine.errors import NO_PERMISSION, ReadingError, list_values
from ethics_toolkit.engine.sources.errors import (
    BAD_URL,
    DATABASE_FILE_NOT_FOUND,
    DRIVER_MISSING,
    NOT_A_SELECT,
    READ_ONLY_NOT_GUARANTEED,
    TABLE_AND_QUERY,
    TABLE_NOT_FOUND,
    UNQUOTED_CREDENTIALS,
    SourceError,
)
from ethics_toolkit.engine.sources.relation import Relation, detail_of, translate
from ethics_toolkit.engine.sources.urls import safe_name, unquoted_credentials

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Connection, Engine
    from sqlalchemy.sql import ColumnClause, FromClause, TextClause
    from sqlalchemy.types import TypeEngine

CONNECT_TIMEOUT_SECONDS = 15
_QUOTES = {"'": "'", '"': '"', "`": "`", "[": "]"}
_WORD = re.compile(r"[A-Za-z_]+")
_FIRST_WORDS = frozenset({"select", "with"})
# Words that write inside a SELECT: data-modifying CTEs, SELECT … INTO, FOR UPDATE, and the
# statements themselves (a second statement is refused anyway: no ";" allowed).
_WRITING_WORDS = frozenset(
    {"insert", "update", "delete", "merge", "upsert", "into", "truncate", "drop", "alter",
     "create", "grant", "revoke"}
)  # fmt: skip


def _scan(query: str) -> tuple[str, str]:
    """(the query without comments, the same with literals and quoted names blanked).

    One pass that knows quotes: ``--`` inside ``'a--b'`` is text, not a comment.
    """
    kept: list[str] = []
    bare: list[str] = []
    i, n = 0, len(query)
    while i < n:
        if query.startswith("--", i) or query.startswith("/*", i):
            end = query.find("\n", i) if query[i] == "-" else query.find("*/", i + 2) + 1
            i = n if end <= 0 else end + 1
            kept.append(" ")
            bare.append(" ")
            continue
        close = _QUOTES.get(query[i])
        if close is None:
            kept.append(query[i])
            bare.append(query[i])
            i += 1
            continue
        j = i + 1
        while j < n and not (query[j] == close and query[j + 1 : j + 2] != close):
            j += 2 if query[j] == close else 1  # a doubled quote stays inside
        kept.append(query[i : j + 1])
        bare.append(" ")
        i = j + 1
    return "".join(kept), "".join(bare)


def check_select(query: str) -> str:
    """The query without comments and a trailing ``;``, if it is one read-only ``SELECT``."""
    kept, bare = _scan(query)
    kept, bare = kept.strip().rstrip(";").strip(), bare.strip().rstrip(";")
    words = [w.lower() for w in _WORD.findall(bare)]
    first = words[0] if words else "(empty)"
    if first not in _FIRST_WORDS:
        raise SourceError(NOT_A_SELECT, found=repr(first.upper()))
    if ";" in bare:
        raise SourceError(NOT_A_SELECT, found=repr(";"))
    writing = next((w for w in words if w in _WRITING_WORDS), None)
    if writing is not None:
        raise SourceError(NOT_A_SELECT, found=repr(writing.upper()))
    return kept


def query_fingerprint(query: str) -> str:
    """The SHA-256 of the query as given: the register's proof of what was audited."""
    return hashlib.sha256(query.encode("utf-8")).hexdigest()


def _sqlite_read_only(url: URL) -> URL:
    """``sqlite:///file`` -> the same file opened ``mode=ro`` (never created by an audit)."""
    from urllib.parse import quote

    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return url
    path = Path(database).expanduser()
    if not path.is_file():
        raise SourceError(DATABASE_FILE_NOT_FOUND, name=repr(str(path)), scheme="sqlite")
    if not os.access(path, os.R_OK):
        raise ReadingError(NO_PERMISSION, name=repr(str(path)))
    return url.set(
        database=f"file:{quote(str(path.resolve()))}",
        query={**url.query, "mode": "ro", "uri": "true"},
    )


def make_engine(url_text: str, *, display: str | None = None) -> Engine:
    """A SQLAlchemy engine for ``url_text`` that opens read-only where the dialect allows.

    ``display`` names the source in messages instead of the URL's safe name.
    """
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError
    from sqlalchemy.pool import NullPool

    name = display or safe_name(url_text)
    if unquoted_credentials(url_text):
        raise SourceError(UNQUOTED_CREDENTIALS, source=name)
    try:
        url = make_url(url_text)
    except (ArgumentError, ValueError) as error:
        raise SourceError(BAD_URL, source=name, detail=detail_of(error, url_text)) from None
    backend = url.get_backend_name()
    connect_args: dict[str, object] = {}
    if backend == "sqlite":
        url = _sqlite_read_only(url)
    elif backend == "postgresql":
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_SECONDS
    elif backend == "duckdb" and url.database not in (None, "", ":memory:"):
        if not Path(url.database).expanduser().is_file():
            raise SourceError(DATABASE_FILE_NOT_FOUND, name=repr(url.database), scheme="duckdb")
        connect_args["read_only"] = True
    try:
        engine = create_engine(url, poolclass=NullPool, connect_args=connect_args)
    except (NoSuchModuleError, ImportError) as error:
        raise SourceError(DRIVER_MISSING, source=name, detail=detail_of(error, url_text)) from None
    except (ArgumentError, TypeError, ValueError) as error:
        raise SourceError(BAD_URL, source=name, detail=detail_of(error, url_text)) from None
    if backend == "sqlite":

        @event.listens_for(engine, "connect")
        def _query_only(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
            dbapi_connection.execute("PRAGMA query_only = ON")

    return engine


def _read_only(connection: Connection, backend: str) -> Connection:
    if backend == "postgresql":
        return connection.execution_options(postgresql_readonly=True)
    if backend in ("mysql", "mariadb"):
        connection.exec_driver_sql("SET SESSION TRANSACTION READ ONLY")
        connection.commit()  # the setting holds from the next transaction: the audit's
    if backend == "oracle":
        connection.exec_driver_sql("SET TRANSACTION READ ONLY")  # first in its transaction
    return connection


# What says, inside the transaction the audit's statements run in, that nothing can be written.
_READ_ONLY_PROBES = {
    "postgresql": ("SHOW transaction_read_only",),
    "sqlite": ("PRAGMA query_only",),
    "mysql": ("SELECT @@transaction_read_only", "SELECT @@tx_read_only"),  # MySQL 8, older
    "mariadb": ("SELECT @@tx_read_only", "SELECT @@transaction_read_only"),
}
_READ_ONLY_VALUES = ("on", 1, "1")


def verify_read_only(connection: Connection, backend: str, name: str) -> None:
    """Refuse to run any user SQL unless the database itself says the transaction is read-only.

    By construction, not by the text check: a function called by a ``SELECT`` (PostgreSQL's
    ``query_to_xml('DELETE …')``, a user's volatile function) cannot write in a read-only
    transaction, whatever its name. Dialects with no such transaction (warehouses) are not
    probed; the README asks for an account that may only read there.
    """
    probes = _READ_ONLY_PROBES.get(backend, ())
    for number, statement in enumerate(probes, 1):
        try:
            value = connection.exec_driver_sql(statement).scalar()
        except Exception:
            if number < len(probes):  # a MySQL or MariaDB that names the setting otherwise
                continue
            raise
        if value not in _READ_ONLY_VALUES:
            setting = f"{statement.removeprefix('SELECT ')} = {value}"
            raise SourceError(READ_ONLY_NOT_GUARANTEED, source=name, setting=setting)
        return


def _sqlite_booleans() -> TypeEngine:
    """SQLite's BOOLEAN columns as the other databases return them: 1/0 -> True/False.

    SQLite stores booleans as integers (``DataFrame.to_sql`` declares them BOOLEAN); any other
    value SQLite kept in such a column (text such as ``'Ja'``) stays as written, unlike
    SQLAlchemy's own Boolean, which would make every non-empty text True.
    """
    from sqlalchemy.types import NullType, TypeDecorator

    class SqliteBoolean(TypeDecorator):
        impl = NullType
        cache_ok = True

        def process_result_value(self, value: object, dialect: object) -> object:
            if type(value) is int and value in (0, 1):
                return bool(value)
            return value

    return SqliteBoolean()


def _find_table(
    connection: Connection, table: str, name: str
) -> tuple[str | None, str, list[ColumnClause]]:
    """(schema, table, columns) of ``table`` (``schema.table`` allowed), by reflection."""
    from sqlalchemy import Boolean, column, inspect
    from sqlalchemy import table as sa_table

    inspector = inspect(connection)
    candidates = [(None, table)]
    if "." in table:
        schema, _, bare = table.rpartition(".")
        candidates.append((schema, bare))
    for schema, bare in candidates:
        if inspector.has_table(bare, schema=schema):
            names = _columns(connection, sa_table(bare, schema=schema))
            booleans: set[str] = set()
            if connection.dialect.name == "sqlite":
                declared = inspector.get_columns(bare, schema=schema)
                booleans = {c["name"] for c in declared if isinstance(c["type"], Boolean)}
            typed = [column(c, _sqlite_booleans()) if c in booleans else column(c) for c in names]
            return schema, bare, typed
    available = sorted({*inspector.get_table_names(), *inspector.get_view_names()})
    raise SourceError(
        TABLE_NOT_FOUND, table=table, source=name, available=list_values(available) or "–"
    )


def as_text(query: str) -> TextClause:
    """The user's query as SQL text; a colon (``'10:00'``, ``::int``) is never a parameter."""
    from sqlalchemy import text

    return text(query.replace(":", "\\:"))


def _columns(connection: Connection, source: FromClause) -> list[str]:
    """The column names of ``SELECT * FROM source LIMIT 0``: no rows read, any dialect."""
    from sqlalchemy import literal_column, select

    probe = select(literal_column("*")).select_from(source).limit(0)
    return [str(k) for k in connection.execute(probe).keys()]  # noqa: SIM118


@contextmanager
def open_relation(
    url: str, *, table: str | None = None, query: str | None = None, display: str | None = None
) -> Iterator[Relation]:
    """Connect read-only and resolve ``table`` or ``query``; the connection closes on exit.

    ``display`` names the source in messages and provenance instead of the URL's safe name (the
    app uses the name an administrator gave the source).
    """
    from sqlalchemy import column
    from sqlalchemy import table as table_clause

    if table is not None and query is not None:
        raise SourceError(TABLE_AND_QUERY)
    name = display or safe_name(url)
    cleaned = check_select(query) if query is not None else None  # before connecting
    engine = make_engine(url, display=display)
    backend = engine.url.get_backend_name()
    try:
        try:
            connection = _read_only(engine.connect(), backend)
        except Exception as error:
            raise translate(error, source=name, url=url, connected=False) from None
        try:
            verify_read_only(connection, backend, name)
        except SourceError:
            connection.close()
            raise
        except Exception as error:
            connection.close()
            raise translate(error, source=name, url=url, connected=True) from None
        try:
            try:
                if cleaned is not None:
                    columns = _columns(connection, as_text(cleaned).columns().subquery("source"))
                    selectable = (
                        as_text(cleaned).columns(*[column(c) for c in columns]).subquery("source")
                    )
                    kind, label = "query", display or f"{name} (--query)"
                else:
                    assert table is not None
                    schema, bare, typed = _find_table(connection, table, name)
                    columns = [c.name for c in typed]
                    selectable = table_clause(bare, *typed, schema=schema)
                    kind, label = "table", display or f"{name} (--table {table})"
            except SourceError:
                raise
            except Exception as error:
                raise translate(error, source=name, url=url, connected=True) from None
            yield Relation(
                connection=connection,
                selectable=selectable,
                columns=columns,
                dialect=engine.dialect.name,
                name=label,
                kind=kind,  # type: ignore[arg-type]
                url=url,
                query_sha256=query_fingerprint(query) if query is not None else None,
            )
        finally:
            connection.close()  # rolls back: nothing is ever committed
    finally:
        engine.dispose()

"""A source the builder can group: a FROM clause, its columns, and a read-only connection.

Every statement runs through :meth:`Relation.fetch`, which turns a driver's error into a
:class:`~ethics_toolkit.engine.sources.errors.SourceError` with its secrets masked, so no
traceback and no password ever reaches the user.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from ethics_toolkit.engine.sources.errors import (
    LOGIN_FAILED,
    PERMISSION_DENIED,
    QUERY_FAILED,
    READ_FAILED,
    READ_ONLY_VIOLATION,
    UNREACHABLE,
    SourceError,
)
from ethics_toolkit.engine.sources.urls import mask

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.sql import Executable, FromClause

SourceKind = Literal["table", "query", "parquet", "csv"]

# SQLSTATE classes and codes (PostgreSQL, and every driver that reports them).
_LOGIN = ("28000", "28P01")
_DENIED = ("42501",)
_READ_ONLY = ("25006",)
_CONNECTION_CLASS = "08"
_MAX_DETAIL = 300


@dataclass
class Relation:
    """The table, the user's query (as a subquery) or the files, ready to be grouped.

    ``name`` is safe to show and store (no credentials); ``url`` is kept only to mask messages.
    ``csv_decimal`` is set for a CSV read by DuckDB as text: its decision values are then typed
    the way the pandas reader types them (:mod:`ethics_toolkit.engine.sources.pushdown`).
    """

    connection: Connection
    selectable: FromClause
    columns: list[str]
    dialect: str
    name: str
    kind: SourceKind
    url: str | None = None
    query_sha256: str | None = None
    sha256: str | None = None
    csv_decimal: str | None = None
    reading: dict[str, str | int] = field(default_factory=dict)
    on_error: Callable[[BaseException], Exception] | None = None
    digest: Future[str] | None = None

    def file_sha256(self) -> str | None:
        """The files' SHA-256 (computed while the database read them), else ``None``."""
        if self.sha256 is None and self.digest is not None:
            self.sha256 = self.digest.result()
        return self.sha256

    def fetch(self, statement: Executable) -> list[tuple]:
        """All rows of ``statement`` (a grouped result: a few dozen to a few thousand rows)."""
        try:
            return [tuple(row) for row in self.connection.execute(statement)]
        except Exception as error:
            if self.on_error is not None:
                raise self.on_error(error) from None
            raise translate(error, source=self.name, url=self.url, connected=True) from None


def _sqlstate(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    for attribute in ("sqlstate", "pgcode"):
        value = getattr(original, attribute, None)
        if isinstance(value, str):
            return value
    return ""


def detail_of(error: BaseException, url: str | None) -> str:
    """The driver's own first line, masked and short (never SQLAlchemy's SQL and parameters)."""
    original = getattr(error, "orig", None) or error
    text = str(original).strip() or type(original).__name__
    line = next((part.strip() for part in text.splitlines() if part.strip()), text)
    line = mask(line, url)
    return line if len(line) <= _MAX_DETAIL else line[: _MAX_DETAIL - 1] + "…"


def translate(
    error: BaseException, *, source: str, url: str | None, connected: bool
) -> SourceError:
    """The user's message for a driver error: login, permission, read-only, reach or query."""
    if isinstance(error, SourceError):
        return error
    state = _sqlstate(error)
    detail = detail_of(error, url)
    lowered = detail.lower()
    fields = {"source": source, "detail": detail}
    if state in _LOGIN or "password authentication failed" in lowered:
        return SourceError(LOGIN_FAILED, **fields)
    if state in _DENIED or "permission denied" in lowered or "access denied" in lowered:
        return SourceError(PERMISSION_DENIED, **fields)
    if state in _READ_ONLY or "readonly" in lowered or "read-only" in lowered:
        return SourceError(READ_ONLY_VIOLATION, **fields)
    if state.startswith(_CONNECTION_CLASS) or not connected:
        return SourceError(UNREACHABLE, **fields)
    from sqlalchemy.exc import DBAPIError

    if isinstance(error, DBAPIError):
        return SourceError(QUERY_FAILED, **fields)
    return SourceError(READ_FAILED, **fields)

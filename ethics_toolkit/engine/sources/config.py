"""The database sources an administrator names for the app, from ``.streamlit/secrets.toml``::

    [sources.hr_warehouse]
    url = "postgresql+psycopg://auditor:…@db.example.org/hr"
    table = "recruitment.decisions"        # or: query = "SELECT … FROM …"

Only the NAME ever reaches the page, the register, the report or a log: the URL (with its
password) stays in :class:`ConfiguredSource` (left out of its ``repr``) and is used only to
connect. Audits of a configured source are named ``hr_warehouse (recruitment.decisions)``, or
``last_quarter (SQL)`` for a query.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.engine.sources.errors import (
    SOURCE_CONFIG_INVALID,
    SOURCE_NOT_CONFIGURED,
    SourceError,
)
from ethics_toolkit.engine.spec import AuditSpec

SECTION = "sources"


@dataclass(frozen=True)
class ConfiguredSource:
    """One ``[sources.NAME]`` entry: a table or a query of a database."""

    name: str
    url: str = field(repr=False)
    table: str | None = None
    query: str | None = None

    @property
    def fingerprint(self) -> str:
        """A SHA-256 of the whole entry: a cache key that changes with the configuration but
        never reveals it."""
        import hashlib

        entry = "\x00".join((self.name, self.url, self.table or "", self.query or ""))
        return hashlib.sha256(entry.encode("utf-8")).hexdigest()

    @property
    def label(self) -> str:
        """How the source is named everywhere, in any language (never with its URL)."""
        return f"{self.name} ({self.table})" if self.table else f"{self.name} (SQL)"


def configured_sources(secrets: Mapping[str, object]) -> list[ConfiguredSource]:
    """The ``[sources.*]`` entries of the app's secrets, in name order; checked, never shown."""
    section = secrets.get(SECTION) or {}
    if not isinstance(section, Mapping):
        raise SourceError(SOURCE_CONFIG_INVALID, name=SECTION)
    sources = []
    for name in sorted(section):
        entry = section[name]
        if not isinstance(entry, Mapping):
            raise SourceError(SOURCE_CONFIG_INVALID, name=name)
        url, table, query = entry.get("url"), entry.get("table"), entry.get("query")
        valid = isinstance(url, str) and url and (table is None) != (query is None)
        if not valid or not all(isinstance(v, str | None) for v in (table, query)):
            raise SourceError(SOURCE_CONFIG_INVALID, name=name)
        sources.append(ConfiguredSource(name=str(name), url=url, table=table, query=query))
    return sources


def find_source(sources: list[ConfiguredSource], name: str) -> ConfiguredSource:
    for source in sources:
        if source.name == name:
            return source
    raise SourceError(SOURCE_NOT_CONFIGURED, name=name)


def source_columns(source: ConfiguredSource) -> list[str]:
    """The columns of the table or query (``LIMIT 0``: no row is read)."""
    from ethics_toolkit.engine.sources.database import open_relation

    with open_relation(
        source.url, table=source.table, query=source.query, display=source.label
    ) as relation:
        return relation.columns


def audit_configured(
    source: ConfiguredSource, spec: AuditSpec, *, confidence_level: float = 0.95
) -> AuditResult:
    """Audit a configured source, named by its label in every message and in the result."""
    from ethics_toolkit.engine.sources.audit import audit_database

    return audit_database(
        source.url,
        spec,
        table=source.table,
        query=source.query,
        confidence_level=confidence_level,
        display=source.label,
    )

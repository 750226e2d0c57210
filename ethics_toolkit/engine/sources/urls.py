"""Database URLs without their secrets: what may be shown, logged or stored about a source.

A SQLAlchemy URL can carry a user name, a password and secrets in its query string (tokens, key
files). None of them may reach a message, the register, the report or a log, so every place that
names a source uses :func:`safe_name`, and every text that comes from a driver passes through
:func:`mask` first.
"""

from __future__ import annotations

import re
from urllib.parse import quote, quote_plus

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")
# "dialect[+driver]:" without the "//": a mistyped URL, never to be taken (and echoed) as a file.
_URL_WITHOUT_SLASHES = re.compile(r"^([A-Za-z][A-Za-z0-9_]+(?:\+[A-Za-z0-9_]+)?):(?!//)")
_DIALECTS = frozenset(
    {"postgresql", "postgres", "sqlite", "duckdb", "mysql", "mariadb", "mssql", "oracle",
     "snowflake", "bigquery", "trino", "presto", "databricks", "hive", "spark", "redshift",
     "clickhouse", "cockroachdb"}
)  # fmt: skip
_MASK = "***"
_SHORT = 4


def is_database_url(text: str) -> bool:
    """``dialect[+driver]://…`` (a SQLAlchemy URL) rather than a file path."""
    return bool(_URL.match(text.strip()))


def _scheme(url: str) -> str:
    return url.split("://", 1)[0]


def mistyped_url(text: str) -> str | None:
    """``dialect[+driver]:`` of a URL written without ``//`` (``postgresql:/user:pw@host/db``),
    else ``None``: what may be shown of it (the rest may hold a password)."""
    match = _URL_WITHOUT_SLASHES.match(text.strip())
    if match is None:
        return None
    scheme = match.group(1)
    if scheme.split("+", 1)[0].lower() in _DIALECTS or "@" in text:
        return f"{scheme}:…"
    return None


def _userinfo_unquoted(url: str) -> str | None:
    """The user and password of ``url`` when they hold an unquoted ``@``, else ``None``.

    ``user:p@ss@host`` parses with ``ss@host`` as the host (or a database holding the rest), so
    a driver's "cannot resolve host" message would echo part of the password.
    """
    rest = url.split("://", 1)[-1].split("?", 1)[0]
    if rest.count("@") > 1 and "@" in rest.split("/", 1)[0]:
        return rest.rsplit("@", 1)[0]
    return None


def unquoted_credentials(url: str) -> bool:
    """Whether ``url``'s user name or password holds an ``@`` that is not written ``%40``."""
    return _userinfo_unquoted(url) is not None


def _without_userinfo(url: str) -> str:
    userinfo = _userinfo_unquoted(url)
    if userinfo is None:
        return url
    return url.replace(userinfo + "@", "", 1)


def safe_name(url: str) -> str:
    """The URL without user, password and query string: ``postgresql+psycopg://host:5432/hr``."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(_without_userinfo(url))
    except (ArgumentError, ValueError):
        return f"{_scheme(url)}://…"
    host = parsed.host or ""
    netloc = f"[{host}]" if ":" in host else host
    if parsed.port is not None:
        netloc += f":{parsed.port}"
    return f"{parsed.drivername}://{netloc}" + (f"/{parsed.database}" if parsed.database else "")


def secrets_of(url: str) -> list[str]:
    """The password and query-string values of ``url``, as written and URL-quoted."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    found: list[str] = []
    userinfo = _userinfo_unquoted(url)
    if userinfo is not None:  # the password, and every piece a parser could take for a host
        _, _, password = userinfo.partition(":")
        found += [userinfo, password, *password.split("@")[1:]]
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        # Unparseable: treat everything between "://" and "@" as a secret.
        rest = url.split("://", 1)[-1]
        if "@" in rest:
            found.append(rest.rsplit("@", 1)[0])
    else:
        if parsed.password:
            found.append(str(parsed.password))
        for value in parsed.query.values():
            found += [value] if isinstance(value, str) else list(value)
    variants = {v for s in found if s for v in (s, quote(s, safe=""), quote_plus(s))}
    return sorted(variants, key=len, reverse=True)


def mask(text: str, url: str | None) -> str:
    """``text`` with every secret of ``url`` replaced by ``***``.

    A secret shorter than :data:`_SHORT` characters is replaced only where it stands alone, so
    that a password like ``ab`` does not garble every word containing it.
    """
    if url is None:
        return text
    for secret in secrets_of(url):
        if len(secret) >= _SHORT:
            text = text.replace(secret, _MASK)
        else:
            text = re.sub(rf"(?<![\w]){re.escape(secret)}(?![\w])", _MASK, text)
    return text

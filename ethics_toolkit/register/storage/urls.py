"""The register's URL as it may be shown (issue 27): never a password, never a secret query value.

``tools``, ``verify``, ``demo`` and every error name the register they used. SQLAlchemy's
``hide_password`` hides the password of ``user:password@host`` but prints the query string as
written, so ``?password=…`` (or a token, a key file's passphrase) reached the terminal. Here every
query value is masked except those known to hold no secret, and a URL that cannot even be parsed
is masked by pattern before it is quoted in a message.
"""

from __future__ import annotations

import re

from sqlalchemy.engine import URL

MASK = "***"
SHOWN_PARAMETERS = frozenset(
    {
        "application_name",
        "cache",
        "charset",
        "check_same_thread",
        "connect_timeout",
        "driver",
        "immutable",
        "mode",
        "sslmode",
        "target_session_attrs",
        "timeout",
        "uri",
    }
)
"""Query parameters whose value may be shown; every other value is masked."""

_USERINFO = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.\-]*://[^:/@\s]*):[^@\s]*@")
_QUERY_VALUE = re.compile(r"(?P<key>[?&;](?P<name>[A-Za-z_][\w.\-]*)=)(?P<value>[^&#\s]*)")


def shown_url(url: URL) -> str:
    """``url`` without its password and with every secret query value masked."""
    from urllib.parse import quote_plus

    base = url.set(query={}).render_as_string(hide_password=True)
    parts = []
    for name, values in url.query.items():
        for value in (values,) if isinstance(values, str) else values:
            shown = quote_plus(value) if name.lower() in SHOWN_PARAMETERS else MASK
            parts.append(f"{quote_plus(name)}={shown}")
    return f"{base}?{'&'.join(parts)}" if parts else base


def masked_text(text: str) -> str:
    """``text`` (a URL that may not parse, or a message quoting one) with its secrets masked."""
    text = _USERINFO.sub(lambda m: f"{m.group('head')}:{MASK}@", text)

    def value(match: re.Match[str]) -> str:
        if match.group("name").lower() in SHOWN_PARAMETERS:
            return match.group(0)
        return match.group("key") + MASK

    return _QUERY_VALUE.sub(value, text)

"""The keyed chain (issue 27): history entries signed with a key kept outside the database.

Without a key, anyone allowed to INSERT into ``history`` (the app's own database role) can append a
well-formed entry: the chain's hashes need no secret. With a key set, every entry the program
appends also carries ``mac = HMAC-SHA256(key, hash)``; the key lives in the environment
(``ETHICS_TOOLKIT_CHAIN_KEY``) or in Streamlit's ``secrets.toml`` (``[integrity] chain_key``),
never in the database, so a database role alone cannot sign an entry. ``verify`` with the key
checks every signature from the first signed entry on.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.register.domain.history_entries import HistoryEntry

ENV_KEY = "ETHICS_TOOLKIT_CHAIN_KEY"
SECRETS_SECTION = "integrity"
SECRETS_NAME = "chain_key"
MIN_KEY_CHARS = 16

KEY_TOO_SHORT = Bilingual(
    sv="Nyckeln för historikens signaturer ({where}) är {n} tecken; den behöver minst {min}. "
    "Skapa en med till exempel `python -c 'import secrets; print(secrets.token_hex(32))'`.",
    en="The key for the history's signatures ({where}) is {n} characters; it needs at least "
    "{min}. Make one with e.g. `python -c 'import secrets; print(secrets.token_hex(32))'`.",
)


def secrets_files() -> list[Path]:
    """Where Streamlit reads ``secrets.toml``: the project's folder first, then the user's."""
    return [Path.cwd() / ".streamlit" / "secrets.toml", Path.home() / ".streamlit" / "secrets.toml"]


def _from_secrets(path: Path) -> str | None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return None
    section = data.get(SECRETS_SECTION)
    value = section.get(SECRETS_NAME) if isinstance(section, dict) else None
    return value if isinstance(value, str) and value else None


def configured_key(environ: dict[str, str] | None = None) -> bytes | None:
    """The chain key from ``$ETHICS_TOOLKIT_CHAIN_KEY`` or ``secrets.toml``; ``None`` if unset."""
    environ = os.environ if environ is None else environ  # type: ignore[assignment]
    value, where = environ.get(ENV_KEY, "").strip(), ENV_KEY
    if not value:
        for path in secrets_files():
            found = _from_secrets(path)
            if found:
                value, where = found.strip(), str(path)
                break
    if not value:
        return None
    if len(value) < MIN_KEY_CHARS:
        raise UserFacingError.of(KEY_TOO_SHORT, where=where, n=len(value), min=MIN_KEY_CHARS)
    return value.encode("utf-8")


def mac_of(key: bytes, entry_hash: str) -> str:
    """The signature of an entry: HMAC-SHA256 of its chain hash."""
    return hmac.new(key, entry_hash.encode("ascii"), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class KeyCheck:
    """What the signatures say: from which entry the chain is keyed, and which entries fail."""

    first_signed: int | None
    signed: int
    checked: bool
    unsigned: list[HistoryEntry]
    invalid: list[HistoryEntry]

    @property
    def intact(self) -> bool:
        return not self.unsigned and not self.invalid


def check_keys(entries: Sequence[HistoryEntry], key: bytes | None) -> KeyCheck:
    """Every entry from the first signed one on must carry a valid signature (with ``key``)."""
    start = next((i for i, e in enumerate(entries) if e.mac), None)
    if start is None:
        return KeyCheck(None, 0, key is not None, [], [])
    tail = entries[start:]
    signed = sum(1 for e in tail if e.mac)
    if key is None:
        return KeyCheck(tail[0].id, signed, False, [], [])
    unsigned = [e for e in tail if not e.mac]
    invalid = [
        e for e in tail if e.mac and e.hash and not hmac.compare_digest(e.mac, mac_of(key, e.hash))
    ]
    return KeyCheck(tail[0].id, signed, True, unsigned, invalid)

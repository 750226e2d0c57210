"""The hash chain that makes the register's history tamper-evident (issue 13).

Every history entry stores ``hash = SHA-256(previous hash + canonical JSON of the entry)``, where
the canonical JSON covers *every stored column* of the row except ``hash`` itself (keys sorted, no
whitespace, ``None`` left out, datetimes as UTC ISO strings). Because the column set is taken from
the row and not from a fixed list, a column added to ``history`` later is covered without a change
here; leaving ``None`` out means a nullable column added later keeps the old entries' hashes valid.

What the chain detects: any change, insertion or deletion of an entry after the fact (the entry's
own hash, or the next entry's link, no longer matches). What it cannot detect on its own: someone
with write access rewriting the *whole* chain from the first changed entry on, or cutting entries
off its end. Against that, the chain's head hash leaves the database: every export carries it, and
every sign-off records it, so an older head can be checked against the current chain.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

GENESIS = "0" * 64
"""The "previous hash" of the first entry of a register."""
HASH_COLUMN = "hash"
MAC_COLUMN = "mac"
"""The keyed chain's signature of an entry (``register/integrity/keys.py``): HMAC of its hash, so
it is left out of the canonical text the hash is computed from."""
_NOT_HASHED = frozenset({HASH_COLUMN, MAC_COLUMN})


def canonical(value: Any) -> Any:
    """JSON-ready data with one spelling per value, whatever the database driver returned."""
    if isinstance(value, datetime):
        aware = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return aware.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): canonical(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [canonical(v) for v in value]
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)  # 3.0 and 3 are the same number once stored as JSON
    return value


def canonical_json(values: Mapping[str, Any]) -> str:
    """The canonical text of a row (``None`` values, the hash and its signature left out)."""
    content = {
        key: canonical(value)
        for key, value in values.items()
        if key not in _NOT_HASHED and value is not None
    }
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(values: Mapping[str, Any], previous: str) -> str:
    """The hash of one history row linked to ``previous`` (the prior entry's hash)."""
    digest = hashlib.sha256()
    digest.update(previous.encode("ascii"))
    digest.update(canonical_json(values).encode("utf-8"))
    return digest.hexdigest()


def content_hash(content: Any) -> str:
    """SHA-256 of any JSON-ready content in canonical form (sign-offs, audit results)."""
    text = json.dumps(canonical(content), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainCheck:
    """The result of walking a chain: how many entries, the head, the first broken entry."""

    entries: int
    head: str
    broken_id: int | None = None
    problem: str | None = None
    position: int | None = None
    hashes: frozenset[str] = frozenset()

    @property
    def intact(self) -> bool:
        return self.broken_id is None


def walk(rows: Iterable[Mapping[str, Any]]) -> ChainCheck:
    """Check rows given in ``id`` order; report the first entry whose hash does not match.

    ``problem`` says why: a ``missing`` hash, or a ``mismatch`` with the entry's content and its
    predecessor (an entry changed, inserted or removed before it). ``entries`` counts the
    entries checked before that; ``hashes`` holds every stored hash (a sign-off's recorded head
    is looked up there, even beyond a break).
    """
    previous, count, seen = GENESIS, 0, set()
    broken: tuple[int | None, str, int] | None = None
    for position, row in enumerate(rows, start=1):
        stored = row.get(HASH_COLUMN)
        if stored:
            seen.add(stored)
        if broken is not None:
            continue
        if not stored:
            broken = (row.get("id"), "missing", position)
        elif entry_hash(row, previous) != stored:
            broken = (row.get("id"), "mismatch", position)
        else:
            previous, count = stored, count + 1
    if broken is None:
        return ChainCheck(count, previous, hashes=frozenset(seen))
    broken_id, problem, position = broken
    return ChainCheck(count, previous, broken_id, problem, position, frozenset(seen))

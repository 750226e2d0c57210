"""One integrity verdict everywhere, cached (issue 27).

The app's pages, the report and ``verify`` show the same verdict: :func:`verify`'s. Checking the
whole register on every page would make pages slow, so the verdict is kept per *fingerprint*: the
chain head and the stored rows, read as the database holds them (no decoding, no validation,
no hashing of canonical forms). Any change to any row or entry, by the program or below it, gives
a new fingerprint and a fresh check; an unchanged register is answered from the cache
(``bench/bench_verdict.py`` measures both).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy import text

from ethics_toolkit.register.storage.base import StoreBase
from ethics_toolkit.register.storage.orm import HistoryRow
from ethics_toolkit.register.storage.row_tables import ROW_TABLES
from ethics_toolkit.register.storage.verify import Verification, verify

CACHED_VERDICTS = 8


class VerdictMixin(StoreBase):
    """:meth:`verdict`: ``verify``'s result for the register as it is now, cached."""

    def fingerprint(self) -> str:
        """A digest of every history entry and every bound row exactly as stored."""
        digest = hashlib.sha256()
        tables = [HistoryRow.__tablename__, *(t.__tablename__ for t in ROW_TABLES.values())]
        with self._session(write=False) as session:
            connection = session.connection()
            for table in tables:
                rows = connection.execute(text(f'SELECT * FROM "{table}" ORDER BY id')).all()
                digest.update(table.encode())
                digest.update(repr([tuple(row) for row in rows]).encode("utf-8", "replace"))
        key = hashlib.sha256(self.chain_key).hexdigest()[:16] if self.chain_key else "-"
        return f"{datetime.now(UTC).date().isoformat()}:{key}:{digest.hexdigest()}"

    @contextmanager
    def one_fingerprint(self) -> Iterator[None]:
        """Within the block (one page of the app), the fingerprint is read once and serves every
        verdict asked for, until this store writes: a page shows one verdict throughout, and
        pays for one read. Outside such a block, every verdict reads the fingerprint afresh."""
        self._local.fingerprint = None
        self._local.one_fingerprint = True
        try:
            yield
        finally:
            self._local.one_fingerprint = False
            self._local.fingerprint = None

    def _current_fingerprint(self) -> str:
        memo = getattr(self._local, "fingerprint", None)
        one = getattr(self._local, "one_fingerprint", False)
        if one and memo is not None and memo[0] == self._writes:
            return memo[1]
        key = self.fingerprint()
        self._local.fingerprint = (self._writes, key)
        return key

    def verdict(self) -> Verification:
        """The register's integrity verdict (``verify``'s), cached per fingerprint."""
        key = self._current_fingerprint()
        with self._verdicts_lock:
            cached = self._verdicts.get(key)
        if cached is not None:
            return cached
        result = verify(self)
        if self.fingerprint() == key:  # nothing was written meanwhile
            with self._verdicts_lock:
                while len(self._verdicts) >= CACHED_VERDICTS:
                    self._verdicts.pop(next(iter(self._verdicts)))
                self._verdicts[key] = result
        return result

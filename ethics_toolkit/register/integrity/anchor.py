"""The chain's head anchored outside the database (issue 27); no SQL.

Someone who can rewrite the whole ``history`` table (the database's owner) can recompute every hash
from the first changed entry on, and the chain alone cannot tell. What they cannot rewrite is a
copy of the head kept elsewhere: every export carries ``head_hash`` (and ``head_entry``), and every
tool report prints the head and stores it in the PDF's keywords as
``ethics-toolkit-anchor:<hash>:<entry>``. ``verify --anchor FILE.pdf|FILE.json`` reads it back and
proves that the register still extends that head: the entry it names still holds that hash, and
the chain from the first entry up to it (and on to today's head) is intact.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n.text import Bilingual

PREFIX = "ethics-toolkit-anchor"
_IN_PDF = re.compile(rb"ethics-toolkit-anchor:([0-9a-f]{64}):(\d+)")
_HASH = re.compile(r"[0-9a-f]{64}")

NO_ANCHOR = Bilingual(
    sv="{file} innehåller ingen förankring av historiken (ingen head_hash i en export, inget "
    "'ethics-toolkit-anchor' i en rapport). Använd en export eller en verktygsrapport (PDF) som "
    "programmet skrivit.",
    en="{file} holds no anchor of the history (no head_hash in an export, no "
    "'ethics-toolkit-anchor' in a report). Use an export or a tool report (PDF) written by the "
    "program.",
)


@dataclass(frozen=True)
class Anchor:
    """A head hash kept outside the database, and the entry it was the head at (if known)."""

    head: str
    entry: int | None
    source: str

    def text(self) -> str:
        return f"{PREFIX}:{self.head}:{self.entry or 0}"


def anchor_keyword(head: str, entry: int | None) -> str:
    """What a report stores in its keywords (and prints): ``ethics-toolkit-anchor:HASH:ENTRY``."""
    return Anchor(head, entry, "").text()


def _from_pdf(data: bytes, source: str, extract: Callable[[bytes], str] | None) -> Anchor | None:
    found = _IN_PDF.findall(data)
    if not found and extract is not None:
        # A PDF rewritten by another program may have compressed its metadata: the caller's
        # reader (the report layer's, pypdf) gives its keywords and text.
        found = _IN_PDF.findall(extract(data).replace("\n", "").encode("utf-8", "ignore"))
    if not found:
        return None
    head, entry = found[-1]
    number = int(entry)
    return Anchor(head.decode("ascii"), number or None, source)


def _from_json(data: bytes, source: str) -> Anchor | None:
    try:
        document = json.loads(data)
    except (ValueError, RecursionError):
        return None
    if not isinstance(document, dict):
        return None
    head = document.get("head_hash")
    entry = document.get("head_entry")
    if not isinstance(head, str) or not _HASH.fullmatch(head):
        return None
    return Anchor(head, entry if type(entry) is int and entry > 0 else None, source)


def read_anchor(
    data: bytes, *, source: str, extract: Callable[[bytes], str] | None = None
) -> Anchor:
    """The anchor in a report (PDF) or an export (JSON); a clear error when there is none.

    ``extract`` reads a PDF's keywords and text when its metadata is compressed (the CLI passes
    the report layer's reader)."""
    is_pdf = data[:5] == b"%PDF-"
    found = _from_pdf(data, source, extract) if is_pdf else _from_json(data, source)
    if found is None:
        raise UserFacingError.of(NO_ANCHOR, file=source)
    return found

"""Reading an export file safely: its size, its JSON and its nesting, before any validation.

A hostile or mistaken file gets a clear message, never a traceback or a crash: a file larger than
``MAX_BYTES`` is refused before it is read, and JSON nested deeper than ``MAX_DEPTH`` is measured
without recursion.
"""

from __future__ import annotations

import json

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n.text import Bilingual

MAX_BYTES = 256 * 1024 * 1024
"""The largest export file read (a register of hundreds of tools is a few MB)."""
MAX_DEPTH = 64
"""The deepest nesting of JSON accepted (an export nests about 12 levels)."""

NOT_JSON = Bilingual(
    sv="Filen är inte JSON ({detail}), inget importerades. Använd en fil från `export`.",
    en="The file is not JSON ({detail}), nothing was imported. Use an `export` file.",
)
TOO_LARGE = Bilingual(
    sv="Filen är {size} MB, större än {limit} MB som en registerexport får vara; inget "
    "importerades. Kontrollera att det är rätt fil.",
    en="The file is {size} MB, larger than the {limit} MB a register export may be; nothing was "
    "imported. Check that it is the right file.",
)
TOO_DEEP = Bilingual(
    sv="Filens JSON är nästlad djupare än {limit} nivåer (en registerexport har ungefär 12); inget "
    "importerades. Använd en fil som skrivits av `ethics-toolkit export`.",
    en="The file's JSON is nested deeper than {limit} levels (a register export has about 12); "
    "nothing was imported. Use a file written by `ethics-toolkit export`.",
)


def check_size(size: int) -> None:
    """Refuse a file larger than ``MAX_BYTES`` before reading it."""
    if size > MAX_BYTES:
        raise UserFacingError.of(TOO_LARGE, size=round(size / 2**20), limit=MAX_BYTES // 2**20)


def _depth(data: object) -> int:
    """The nesting depth of parsed JSON, without recursion (a hostile file cannot crash it)."""
    deepest, stack = 0, [(data, 1)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, dict | list):
            deepest = max(deepest, level)
            if level > MAX_DEPTH:
                return level
            children = node.values() if isinstance(node, dict) else node
            stack.extend((child, level + 1) for child in children)
    return deepest


def check_depth(data: object) -> None:
    """Refuse parsed JSON nested deeper than ``MAX_DEPTH``."""
    if _depth(data) > MAX_DEPTH:
        raise UserFacingError.of(TOO_DEEP, limit=MAX_DEPTH)


def load_text(raw: str | bytes) -> object:
    """Parse an export file's text, with a clear message for anything that is not JSON."""
    check_size(len(raw))
    try:
        data = json.loads(raw)
    except RecursionError as error:
        raise UserFacingError.of(TOO_DEEP, limit=MAX_DEPTH) from error
    except (ValueError, UnicodeDecodeError) as error:
        raise UserFacingError.of(NOT_JSON, detail=error) from error
    check_depth(data)
    return data

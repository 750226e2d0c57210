"""Plain-text tables and the audit's short texts, shared by ``audit`` and its process sections.

Kept free of heavy imports: ``--help`` loads the CLI modules, and this one loads nothing more.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ethics_toolkit.i18n import Lang


def audit_text(key: str, lang: Lang, **fields: object) -> str:
    """The CLI audit text ``key`` in ``lang`` (``cli/audit_texts.py``)."""
    from ethics_toolkit.cli.audit_texts import TEXTS

    return TEXTS.text(key, lang, **fields)


def display_width(text: str) -> int:
    """Columns a terminal gives ``text``: wide East Asian characters take two, combining marks
    none, so a table with Chinese or Japanese group names stays aligned."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def text_table(rows: list[list[str]], right: set[int]) -> list[str]:
    """Rows of cells as aligned lines; the columns in ``right`` are right-aligned (numbers)."""
    widths = [max(display_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = []
        for i, cell in enumerate(row):
            pad = " " * (widths[i] - display_width(cell))
            cells.append(pad + cell if i in right else cell + pad)
        lines.append("  ".join(cells).rstrip())
    return lines

"""Reading a built PDF as a reader sees it: lines by their place on the page (issue 12 tests)."""

from __future__ import annotations

import io
import re

from ethics_toolkit.report.flow import MARGIN_BOTTOM, MARGIN_TOP, PAGE_SIZE

HEADING = re.compile(r"^(\d+\. \S.*|(Annex|Bilaga) [A-Z]\. \S.*)$")


def page_lines(pdf: bytes) -> list[list[str]]:
    """Each page's body lines top to bottom (header and footer left out), fragments of one
    baseline joined."""
    from pypdf import PdfReader

    pages = []
    top, bottom = PAGE_SIZE[1] - MARGIN_TOP + 4, MARGIN_BOTTOM - 4
    for page in PdfReader(io.BytesIO(pdf)).pages:
        rows: dict[int, list[tuple[float, str]]] = {}

        def visit(text: str, cm: list, tm: list, *_: object, rows=rows) -> None:
            if not text.strip():
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            if bottom < y < top:
                rows.setdefault(round(y), []).append((x, text))

        page.extract_text(visitor_text=visit)
        lines = []
        for y in sorted(rows, reverse=True):
            parts = [t for _, t in sorted(rows[y])]
            line = re.sub(r"\s+", " ", " ".join(parts)).strip()
            if line:
                lines.append(line)
        pages.append(lines)
    return pages


def orphan_pages(pdf: bytes, section_titles: list[str]) -> list[tuple[int, list[str]]]:
    """Pages (1-based) where a section ends with only one or two lines above the next heading,
    or the document ends with one or two lines: what keep-with-next must prevent."""
    pages = page_lines(pdf)
    found = []
    for number, lines in enumerate(pages[1:], start=2):
        first_heading = next(
            (i for i, line in enumerate(lines) if _is_heading(line, section_titles)), len(lines)
        )
        if first_heading in (1, 2):
            found.append((number, lines[:first_heading]))
    return found


def _is_heading(line: str, titles: list[str]) -> bool:
    return bool(HEADING.match(line)) and any(line.endswith(title) for title in titles)

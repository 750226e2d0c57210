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


HEADING_SIZE = 9.5
"""Bold text this size or larger is a heading: h1 16, h2 11.5, h3 10, a run-in lead 9.5 (bold
table cells and checklist questions are smaller)."""


def page_rows(pdf: bytes) -> list[list[tuple[str, bool]]]:
    """Each page's body lines top to bottom, with whether the line is a heading (bold, large)."""
    from pypdf import PdfReader

    pages = []
    top, bottom = PAGE_SIZE[1] - MARGIN_TOP + 4, MARGIN_BOTTOM - 4
    for page in PdfReader(io.BytesIO(pdf)).pages:
        rows: dict[int, list[tuple[float, str, bool]]] = {}

        def visit(text: str, cm: list, tm: list, font: dict | None, size: float, rows=rows) -> None:
            if not text.strip():
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
            bold = font is not None and "Bold" in str(font.get("/BaseFont", ""))
            if bottom < y < top:
                rows.setdefault(round(y), []).append(
                    (x, text, bold and size * scale >= HEADING_SIZE)
                )

        page.extract_text(visitor_text=visit)
        lines = []
        for y in sorted(rows, reverse=True):
            parts = sorted(rows[y])
            line = re.sub(r"\s+", " ", " ".join(t for _, t, _ in parts)).strip()
            if line:
                lines.append((line, all(h for _, t, h in parts if t.strip())))
        pages.append(lines)
    return pages


def stranded_headings(pdf: bytes) -> list[tuple[int, str]]:
    """Pages (1-based) whose last lines are a heading with nothing of its own under it."""
    found = []
    for number, lines in enumerate(page_rows(pdf), start=1):
        if lines and lines[-1][1]:
            found.append((number, lines[-1][0]))
    return found


def blank_pages(pdf: bytes) -> list[int]:
    """Pages (1-based) with nothing between header and footer."""
    return [number for number, lines in enumerate(page_rows(pdf), start=1) if not lines]

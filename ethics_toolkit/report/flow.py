"""Page geometry, split and keep rules, and fitting text to space: the report's typography.

A paragraph never leaves fewer than :data:`MIN_LINES` lines on either side of a page break, a
table never fewer than :data:`MIN_ROWS` rows, and text that must fit a width (page header, chart
labels) or a table cell (user text) is cut with "…". Used by :mod:`ethics_toolkit.report.story`
and :mod:`ethics_toolkit.report.document`.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

PAGE_SIZE = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X
FRAME_HEIGHT = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM - 12  # the frame's own padding
MIN_LINES = 3
"""A paragraph split across pages keeps at least this many lines on each page."""
MIN_ROWS = 2
"""A table split across pages keeps at least this many rows (besides its header) on each page."""
MIN_TAIL = 40.0
"""A section's last flowables, with at least this much text (three lines), stay on one page
together with their headings: a section never ends with one or two lines alone on a page."""


class Para(Paragraph):
    """A paragraph that never leaves fewer than :data:`MIN_LINES` lines on either page.

    A short paragraph moves to the next page whole; a long one is split so that both parts keep at
    least three lines (no orphan or widow of one or two lines at a section's end).
    """

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if not hasattr(self, "blPara"):
            self.wrap(availWidth, availHeight)
        lines = len(self.blPara.lines)
        leading = self.style.leading
        fits = int(availHeight / leading)
        if lines <= fits or availHeight >= FRAME_HEIGHT - leading:
            return super().split(availWidth, availHeight)
        first = min(fits, lines - MIN_LINES)
        if first < MIN_LINES:
            return []
        return super().split(availWidth, first * leading + 0.01)


class KeptTable(Table):
    """A table that never leaves fewer than :data:`MIN_ROWS` body rows on either page."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        if len(parts) != 2 or availHeight >= FRAME_HEIGHT - 20:
            return parts
        header = self.repeatRows if isinstance(self.repeatRows, int) else 0
        first = len(parts[0]._cellvalues) - header
        second = len(parts[1]._cellvalues) - header
        if first < MIN_ROWS:
            return []
        if second < MIN_ROWS:
            kept = len(parts[0]._cellvalues)
            moved = sum(self._rowHeights[kept - (MIN_ROWS - second) : kept])
            if first - (MIN_ROWS - second) < MIN_ROWS:
                return []
            return super().split(availWidth, availHeight - moved - 0.01)
        return parts


NARROW_NBSP = "\u202f"
ELLIPSIS = "…"


def glyph_safe(value: str) -> str:
    """Keep the Swedish thin spaces (``1 234`` and ``19 %``) as no-break spaces in the PDF."""
    return value.replace(NARROW_NBSP, "\u00a0")


def fit(value: str, font: str, size: float, width: float) -> str:
    """``value`` cut with "…" so that it fits ``width`` points (headers, chart labels)."""
    if stringWidth(value, font, size) <= width:
        return value
    while value and stringWidth(value + ELLIPSIS, font, size) > width:
        value = value[:-1]
    return value.rstrip() + ELLIPSIS


def clip_text(value: str, limit: int) -> str:
    """``value`` cut at a word boundary near ``limit`` characters, ending in "…"."""
    if len(value) <= limit:
        return value
    cut = value[:limit].rsplit(" ", 1)[0] if " " in value[:limit] else value[:limit]
    if len(cut) < limit // 2:
        cut = value[:limit]
    return cut.rstrip(" ,;:.") + ELLIPSIS


_MEASURE: list[Canvas] = []


def measuring_canvas() -> Canvas:
    """A canvas that is never saved, for measuring flowables before the layout."""
    if not _MEASURE:
        _MEASURE.append(Canvas(io.BytesIO(), pagesize=PAGE_SIZE))
    return _MEASURE[0]


def height_of(flowable: Flowable) -> float:
    """A flowable's height at the content width (a KeepTogether reports its content's)."""
    height = flowable.wrapOn(measuring_canvas(), CONTENT_WIDTH, FRAME_HEIGHT)[1]
    return getattr(flowable, "_H", height) if isinstance(flowable, KeepTogether) else height

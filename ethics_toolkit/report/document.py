"""The PDF document: the page frame, the outline and contents, and laying a story out.

The frame is drawn by a two-pass canvas: pages are kept until the end, then header and footer are
drawn with the total page count ("Sida 3 av 14"). The document is laid out until its contents
(page numbers, links) are stable and runs in reportlab's invariant mode; its creation date is the
build's time (issue 21: never before the sign-off it contains), so the same input built at the
same time (``SOURCE_DATE_EPOCH``) gives a byte-identical PDF. It opens with its bookmarks
shown. Headings keep with what follows, also before a ``KeepTogether`` (issue 12).
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    SimpleDocTemplate,
    Spacer,
)

from ethics_toolkit.i18n import LOCALES, Lang
from ethics_toolkit.report import fonts
from ethics_toolkit.report.flow import (
    CONTENT_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_SIZE,
    fit,
    glyph_safe,
)
from ethics_toolkit.report.fonts import FONT, FONT_BOLD
from ethics_toolkit.report.story import Story, esc
from ethics_toolkit.report.styles import MUTED, RULE
from ethics_toolkit.report.texts import text

PDF_LANG = LOCALES


@dataclass(frozen=True, slots=True)
class Frame:
    """What the header and footer show on every page."""

    tool_name: str
    report_date: str
    confidentiality: str
    lang: Lang


def build_time() -> datetime:
    """When a PDF is built, its creation date (issue 21): now, in UTC; ``SOURCE_DATE_EPOCH``
    (seconds since 1970, the reproducible-builds convention) fixes it for identical bytes."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return datetime.fromtimestamp(int(epoch), UTC) if epoch.isdigit() else datetime.now(UTC)


def _frame_canvas(frame: Frame, creation: date) -> type[Canvas]:
    """A canvas class that defers header and footer until the page count is known."""
    if not isinstance(creation, datetime):  # a dated document (briefing, kit): its day, 00:00 UTC
        creation = datetime.combine(creation, time(), UTC)
    stamp = creation.astimezone(UTC).strftime("D:%Y%m%d%H%M%S+00'00'")

    class FramedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._doc.setDateFormatter(lambda *_: stamp)
            self._pages: list[dict] = []
            self._bookmarks: list[str] = []
            self.showOutline()  # the PDF opens with its bookmarks shown

        def bookmarkPage(self, key: str, **kwargs: object) -> None:  # type: ignore[override]
            """Remembered until the page is written: a destination made now would point at
            the first page, since the pages are only written when the document is saved."""
            self._bookmarks.append(key)

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._bookmarks = []
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                fonts.set_page(number)
                self._draw_frame(number, total)
                for key in state["_bookmarks"]:
                    Canvas.bookmarkPage(self, key)
                Canvas.showPage(self)
            Canvas.save(self)

        def _draw_frame(self, number: int, total: int) -> None:
            width, height = PAGE_SIZE
            top = height - 13 * mm
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, top - 2.5 * mm, width - MARGIN_X, top - 2.5 * mm)
            self.line(MARGIN_X, 14 * mm, width - MARGIN_X, 14 * mm)
            self.setFillColor(MUTED)
            self.setFont(FONT_BOLD, 8)
            name = fit(glyph_safe(frame.tool_name), FONT_BOLD, 8, CONTENT_WIDTH * 0.7)
            self.drawString(MARGIN_X, top, name)
            self.setFont(FONT, 8)
            self.drawRightString(width - MARGIN_X, top, glyph_safe(frame.report_date))
            self.drawString(
                MARGIN_X,
                10 * mm,
                fit(glyph_safe(frame.confidentiality), FONT, 8, CONTENT_WIDTH * 0.7),
            )
            self.drawRightString(
                width - MARGIN_X, 10 * mm, text("doc.page", frame.lang, page=number, total=total)
            )
            self.restoreState()

    return FramedCanvas


class _Doc(SimpleDocTemplate):
    """Adds an outline entry (PDF bookmark) and a contents line for every heading that asks."""

    def beforeDocument(self) -> None:
        self._outline_count = 0
        fonts.reset()  # every layout pass records what it cannot draw afresh

    def handle_pageBegin(self) -> None:
        super().handle_pageBegin()
        fonts.set_page(self.page)

    def handle_keepWithNext(self, flowables: list[Flowable]) -> None:
        """Keep a heading with what follows it, also when that is kept together itself.

        reportlab's own version leaves a heading alone before a KeepTogether (it cannot nest
        them); here the group is flattened into one KeepTogether instead.
        """
        count = 0
        while count < len(flowables) and flowables[count].getKeepWithNext():
            count += 1
        if not count:
            return
        if count < len(flowables):
            count += 1
        parts: list[Flowable] = []
        for flowable in flowables[:count]:
            parts += flowable._content if isinstance(flowable, KeepTogether) else [flowable]
        edits = getattr(self, "_multiBuildEdits", None)
        for flowable in parts[:-1]:  # undone between layout passes, as reportlab does
            if edits:
                if "keepWithNext" in flowable.__dict__:
                    edits((setattr, flowable, "keepWithNext", flowable.keepWithNext))
                else:
                    edits((delattr, flowable, "keepWithNext"))
            flowable.__dict__["keepWithNext"] = 0
        del flowables[:count]
        flowables.insert(0, KeepTogether(parts))

    def afterFlowable(self, flowable: Flowable) -> None:
        level = getattr(flowable, "outline_level", None)
        if level is None:
            return
        key = f"section-{self._outline_count}"
        self._outline_count += 1
        self.canv.bookmarkPage(key)
        title = flowable.getPlainText()
        self.canv.addOutlineEntry(title, key, level=level, closed=False)
        if level == 0:
            part = getattr(flowable, "contents_part", 0)
            self.notify("TOCEntry", (part, esc(title), self.page, key))


def render(
    story: Story,
    *,
    frame: Frame,
    title: str,
    author: str,
    subject: str,
    creation: date | None = None,
    keywords: str = "",
) -> bytes:
    """Lay out ``story`` and return the PDF bytes (invariant: same input and ``creation`` — by
    default the build's time, :func:`build_time` — same bytes)."""
    buffer = io.BytesIO()
    doc = _Doc(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=author,
        subject=subject,
        keywords=[keywords] if keywords else [],
        creator="ethics-toolkit",
        lang=PDF_LANG[frame.lang],
        invariant=1,
        displayDocTitle=1,
        initialFontName=FONT,
    )
    story.close_section()
    while story.flow and isinstance(story.flow[-1], (Spacer, CondPageBreak, PageBreak)):
        story.flow.pop()  # space after the last words would start a blank last page
    doc.multiBuild(story.flow, canvasmaker=_frame_canvas(frame, creation or build_time()))
    return buffer.getvalue()

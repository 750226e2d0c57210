"""Page frame, styles and the story helpers shared by every report.

The frame is drawn by a two-pass canvas: pages are kept until the end, then header and footer are
drawn with the total page count ("Sida 3 av 14"). The document runs in reportlab's invariant mode
with a creation date taken from the data, so the same input gives a byte-identical PDF.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from ethics_toolkit.i18n import LOCALES, Lang
from ethics_toolkit.report.fonts import FONT, FONT_BOLD, register_fonts
from ethics_toolkit.report.texts import text

PAGE_SIZE = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X

NAVY = colors.HexColor("#1F3A5F")
INK = colors.HexColor("#262A30")
MUTED = colors.HexColor("#5F6670")
RULE = colors.HexColor("#C9CED6")
SHADE = colors.HexColor("#F2F4F7")
STATUS_COLOURS = {
    "red": colors.HexColor("#B03A2E"),
    "amber": colors.HexColor("#C98A0B"),
    "green": colors.HexColor("#2E7D4F"),
}
STATUS_TINTS = {
    "red": colors.HexColor("#F7E4E1"),
    "amber": colors.HexColor("#FBF1DA"),
    "green": colors.HexColor("#E3F1E8"),
}
PDF_LANG = LOCALES


@dataclass(frozen=True, slots=True)
class Frame:
    """What the header and footer show on every page."""

    tool_name: str
    report_date: str
    confidentiality: str
    lang: Lang


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle(
        "body", fontName=FONT, bulletFontName=FONT, fontSize=9.5, leading=13.5, textColor=INK
    )
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
        "cell_num": ParagraphStyle(
            "cell_num", parent=base, fontSize=8, leading=10, alignment=TA_RIGHT
        ),
        "cell_head": ParagraphStyle(
            "cell_head", parent=base, fontName=FONT_BOLD, fontSize=7.5, leading=9.5, textColor=NAVY
        ),
        "cell_head_num": ParagraphStyle(
            "cell_head_num",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=7.5,
            leading=9.5,
            textColor=NAVY,
            alignment=TA_RIGHT,
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=16,
            leading=20,
            textColor=NAVY,
            spaceAfter=10,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            textColor=NAVY,
            spaceBefore=10,
            spaceAfter=5,
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=10,
            leading=13,
            textColor=NAVY,
            spaceBefore=8,
            spaceAfter=4,
        ),
        "item": ParagraphStyle("item", parent=base, fontName=FONT_BOLD, fontSize=9, leading=12),
        "title": ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=24, leading=30, textColor=NAVY
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=14, leading=19, textColor=MUTED, spaceBefore=6
        ),
        "bullet": ParagraphStyle(
            "bullet", parent=base, leftIndent=12, bulletIndent=2, spaceAfter=3, alignment=TA_LEFT
        ),
        "bullet_small": ParagraphStyle(
            "bullet_small",
            parent=base,
            fontSize=8.5,
            leading=11.5,
            leftIndent=12,
            bulletIndent=2,
            spaceAfter=2,
        ),
        "status": ParagraphStyle(
            "status", parent=base, fontName=FONT_BOLD, fontSize=12, leading=16
        ),
    }


def _frame_canvas(frame: Frame, creation: date | None) -> type[Canvas]:
    """A canvas class that defers header and footer until the page count is known."""
    stamp = (creation or date(2000, 1, 1)).strftime("D:%Y%m%d000000+00'00'")

    class FramedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._doc.setDateFormatter(lambda *_: stamp)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._draw_frame(number, total)
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
            self.drawString(MARGIN_X, top, glyph_safe(frame.tool_name))
            self.setFont(FONT, 8)
            self.drawRightString(width - MARGIN_X, top, glyph_safe(frame.report_date))
            self.drawString(MARGIN_X, 10 * mm, glyph_safe(frame.confidentiality))
            self.drawRightString(
                width - MARGIN_X, 10 * mm, text("doc.page", frame.lang, page=number, total=total)
            )
            self.restoreState()

    return FramedCanvas


class _Doc(SimpleDocTemplate):
    """Adds an outline entry (PDF bookmark) for every heading that asks for one."""

    def afterFlowable(self, flowable: Flowable) -> None:
        level = getattr(flowable, "outline_level", None)
        if level is None:
            return
        key = f"section-{self._outline_count}"
        self._outline_count += 1
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.getPlainText(), key, level=level, closed=False)


NARROW_NBSP = "\u202f"


def glyph_safe(value: str) -> str:
    """Vera has no narrow no-break space (Swedish ``1 234`` and ``19 %``): use a no-break space."""
    return value.replace(NARROW_NBSP, "\u00a0")


def esc(value: object) -> str:
    """User data inside a Paragraph: escape XML so a tool called "A&B <x>" prints as written."""
    return escape(str(value))


def markdown_markup(value: str) -> str:
    """Inline Markdown of the prose files (``**bold**``, ``*italic*``) as reportlab markup."""
    marked = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", esc(value))
    return re.sub(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])", r"<i>\1</i>", marked)


class Story:
    """The flowables of one report plus helpers that keep the look consistent."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang
        self.styles = _styles()
        self.flow: list[Flowable] = []
        self.sections: list[str] = []

    def section(self, key: str, *, new_page: bool = True) -> None:
        """A numbered section heading, bookmarked at the outline's top level."""
        self.sections.append(text(key, self.lang))
        if new_page and self.flow:
            self.flow.append(PageBreak())
        elif self.flow:
            self.flow.append(CondPageBreak(70 * mm))
        heading = Paragraph(f"{len(self.sections)}. {esc(self.sections[-1])}", self.styles["h1"])
        heading.outline_level = 0  # type: ignore[attr-defined]
        self.flow.append(heading)

    def subheading(
        self, title: str, *, bookmark: bool = True, keep: float = 40, style: str = "h2"
    ) -> None:
        self.flow.append(CondPageBreak(keep * mm))
        heading = Paragraph(glyph_safe(esc(title)), self.styles[style])
        if bookmark:
            heading.outline_level = 1  # type: ignore[attr-defined]
        self.flow.append(heading)

    def para(self, content: str, *, style: str = "body", markup: bool = False) -> None:
        self.flow.append(self.paragraph(content, style=style, markup=markup))
        self.flow.append(Spacer(1, 4))

    def paragraph(self, content: str, *, style: str = "body", markup: bool = False) -> Paragraph:
        return Paragraph(glyph_safe(content if markup else esc(content)), self.styles[style])

    def bullets(
        self, items: Iterable[str], *, numbered: bool = False, style: str = "bullet"
    ) -> None:
        for index, item in enumerate(items, start=1):
            bullet = f"{index}." if numbered else "•"
            self.flow.append(
                Paragraph(glyph_safe(esc(item)), self.styles[style], bulletText=bullet)
            )
        self.flow.append(Spacer(1, 4))

    def block(self, title: str, details: Sequence[str]) -> None:
        """A titled item with small-print details, kept on one page (checklist items)."""
        parts: list[Flowable] = [self.paragraph(title, style="item"), Spacer(1, 2)]
        for detail in details:
            parts += [self.paragraph(detail, style="small"), Spacer(1, 2)]
        self.flow.append(KeepTogether([*parts, Spacer(1, 6)]))

    def spacer(self, height: float = 6) -> None:
        self.flow.append(Spacer(1, height))

    def add(self, *flowables: Flowable) -> None:
        self.flow.extend(flowables)

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        widths: Sequence[float],
        numeric: Iterable[int] = (),
        highlight: Iterable[int] = (),
    ) -> Table:
        """A zebra table of plain strings; ``widths`` are fractions of the content width."""
        numeric = set(numeric)
        head = [
            self.paragraph(h, style="cell_head_num" if i in numeric else "cell_head")
            for i, h in enumerate(header)
        ]
        body = [
            [
                self.paragraph(value, style="cell_num" if i in numeric else "cell")
                for i, value in enumerate(row)
            ]
            for row in rows
        ]
        table = Table(
            [head, *body],
            colWidths=[w * CONTENT_WIDTH for w in widths],
            repeatRows=1,
            hAlign="LEFT",
        )
        commands: list[tuple] = [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY),
            ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        commands += [("BACKGROUND", (0, r), (-1, r), SHADE) for r in range(2, len(rows) + 1, 2)]
        commands += [
            ("BACKGROUND", (0, r + 1), (-1, r + 1), colors.HexColor("#F8E5E2")) for r in highlight
        ]
        table.setStyle(TableStyle(commands))
        self.flow.append(table)
        self.flow.append(Spacer(1, 8))
        return table

    def facts(self, pairs: Sequence[tuple[str, str]], *, label_width: float = 0.32) -> None:
        """A two-column table of label and value, for profiles and provenance."""
        rows = [
            [self.paragraph(label, style="cell_head"), self.paragraph(value, style="cell")]
            for label, value in pairs
        ]
        table = Table(
            rows,
            colWidths=[label_width * CONTENT_WIDTH, (1 - label_width) * CONTENT_WIDTH],
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        self.flow.append(table)
        self.flow.append(Spacer(1, 8))

    def status_box(self, status: str, label: str, reasons: Sequence[str]) -> None:
        """The traffic light: a tinted box with a coloured edge, the status and its reasons."""
        colour = STATUS_COLOURS[status]
        title = ParagraphStyle("status_title", parent=self.styles["status"], textColor=colour)
        cells = [[Paragraph(glyph_safe(esc(label)), title)]]
        cells += [
            [Paragraph(glyph_safe(esc(reason)), self.styles["bullet"], bulletText="•")]
            for reason in reasons
        ]
        box = Table(cells, colWidths=[CONTENT_WIDTH], hAlign="LEFT")
        box.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("BACKGROUND", (0, 0), (-1, -1), STATUS_TINTS[status]),
                    ("LINEBEFORE", (0, 0), (0, -1), 4, colour),
                    ("LEFTPADDING", (0, 0), (-1, -1), 12),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("TOPPADDING", (0, 0), (-1, 0), 8),
                    ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
                ]
            )
        )
        self.flow.append(KeepTogether([box, Spacer(1, 10)]))


def render(
    story: Story,
    *,
    frame: Frame,
    title: str,
    author: str,
    subject: str,
    creation: date | None,
) -> bytes:
    """Lay out ``story`` and return the PDF bytes (invariant: same input, same bytes)."""
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
        creator="ethics-toolkit",
        lang=PDF_LANG[frame.lang],
        invariant=1,
        displayDocTitle=1,
        initialFontName=FONT,
    )
    doc._outline_count = 0
    doc.build(story.flow, canvasmaker=_frame_canvas(frame, creation))
    return buffer.getvalue()

"""Page frame, styles and the story helpers shared by every report.

The frame is drawn by a two-pass canvas: pages are kept until the end, then header and footer are
drawn with the total page count ("Sida 3 av 14"). The document is laid out until its contents
(page numbers, links) are stable, runs in reportlab's invariant mode with a creation date taken
from the data, and so gives a byte-identical PDF for the same input. It opens with its bookmarks
shown.

Typography (issue 12): a paragraph never leaves fewer than three lines on either side of a page
break, a table never leaves a single row, headings keep with what follows, and long user text is
cut with "…" in tables and printed in full in an annex (:meth:`Story.clip`).
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
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
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
from reportlab.platypus.tableofcontents import TableOfContents

from ethics_toolkit.i18n import LOCALES, Lang
from ethics_toolkit.report import fonts
from ethics_toolkit.report.flow import (
    CONTENT_WIDTH,
    ELLIPSIS,
    FRAME_HEIGHT,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MIN_LINES,
    MIN_ROWS,
    MIN_TAIL,
    NARROW_NBSP,
    PAGE_SIZE,
    KeptTable,
    Para,
    clip_text,
    fit,
    glyph_safe,
    height_of,
)
from ethics_toolkit.report.fonts import FONT, FONT_BOLD, register_fonts
from ethics_toolkit.report.texts import text

__all__ = [  # names the report's sections take from here
    "CONTENT_WIDTH", "ELLIPSIS", "FRAME_HEIGHT", "MARGIN_BOTTOM", "MARGIN_TOP", "MARGIN_X",
    "MIN_LINES", "MIN_ROWS", "MIN_TAIL", "NARROW_NBSP", "PAGE_SIZE", "Frame", "KeptTable", "Para",
    "Story", "clip_text", "esc", "fit", "glyph_safe", "markdown_markup", "render",
]  # fmt: skip

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
CELL_PADDING = 3.5
"""Left and right padding of table cells, in points."""
MIN_HEAD_SIZE = 6.0
"""The smallest font a column heading shrinks to so that its longest word fits its column."""

PDF_LANG = LOCALES


def _longest_word(content: str, style: ParagraphStyle, size: float) -> float:
    return max((stringWidth(w, style.fontName, size) for w in content.split()), default=0.0)


def _fit_headings(
    header: Sequence[str], widths: Sequence[float], style: ParagraphStyle
) -> list[float]:
    """Column widths (points) in which every heading's longest word fits unbroken; what a narrow
    column needs is taken from the widest one (as long as that one's own heading still fits), so
    the total stays the same. Where that is not enough, :meth:`Story._head_cell` shrinks the font.
    """

    def need(heading: str) -> float:
        return _longest_word(heading, style, style.fontSize) + 2 * CELL_PADDING + 1

    widths = list(widths)
    for i, heading in enumerate(header):
        short = need(heading) - widths[i]
        if short <= 0:
            continue
        donor = max((j for j in range(len(widths)) if j != i), key=lambda j: widths[j], default=i)
        give = min(short, max(widths[donor] - need(header[donor]), 0.0))
        widths[i] += give
        widths[donor] -= give
    return widths


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
            keepWithNext=1,
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
            keepWithNext=1,
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
            keepWithNext=1,
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
        "toc": ParagraphStyle("toc", parent=base, fontSize=10, leading=15, rightIndent=30),
        "lead": ParagraphStyle(
            "lead", parent=base, fontName=FONT_BOLD, spaceBefore=2, spaceAfter=4, keepWithNext=1
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
            self.notify("TOCEntry", (0, esc(title), self.page, key))


def esc(value: object) -> str:
    """User data inside a Paragraph: escape XML so a tool called "A&B <x>" prints as written."""
    return escape(str(value))


def markdown_markup(value: str) -> str:
    """Inline Markdown of the prose files (``**bold**``, ``*italic*``) as reportlab markup."""
    marked = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", esc(value))
    return re.sub(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])", r"<i>\1</i>", marked)


@dataclass(frozen=True, slots=True)
class LongText:
    """A user text cut in a table, printed in full in the annex under ``ref``."""

    ref: str
    label: str
    text: str


class Story:
    """The flowables of one report plus helpers that keep the look consistent."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang
        self.styles = _styles()
        self.flow: list[Flowable] = []
        self.sections: list[str] = []
        self.long_texts: list[LongText] = []
        self.section_numbers: dict[str, int] = {}
        self._open = False  # a section is open: its tail is kept together when it closes

    def section(self, key: str, *, new_page: bool = True) -> None:
        """A numbered section heading, bookmarked at the outline's top level and in the contents."""
        self.sections.append(text(key, self.lang))
        self.section_numbers[key] = len(self.sections)
        self._heading(f"{len(self.sections)}. {esc(self.sections[-1])}", new_page=new_page)

    def annex(self, letter: str, title: str) -> None:
        """An annex heading ("Bilaga A. …"), on a new page, bookmarked and in the contents."""
        self._heading(esc(text("annex.heading", self.lang, letter=letter, title=title)))

    def close_section(self) -> None:
        """Keep the section's tail together (:data:`MIN_TAIL`), so it never ends with an orphan."""
        if not self._open:
            return
        self._open = False
        tail: list[Flowable] = []
        height = 0.0  # of text, not of headings or space
        while self.flow and height < MIN_TAIL:
            last = self.flow[-1]
            if isinstance(last, PageBreak) or getattr(last, "outline_level", None) == 0:
                break
            tail.insert(0, self.flow.pop())
            heading = isinstance(last, Paragraph) and last.style.name in ("h2", "h3", "lead")
            if not (heading or isinstance(last, (Spacer, CondPageBreak))):
                height += height_of(last)
        if len(tail) > 1 and height < FRAME_HEIGHT / 2:
            # Flat: reportlab cannot nest KeepTogether, and a conditional break inside would
            # break the group it is meant to keep together.
            flat = [
                part
                for f in tail
                for part in (f._content if isinstance(f, KeepTogether) else [f])
                if not isinstance(part, CondPageBreak)
            ]
            self.flow.append(KeepTogether(flat))
        else:
            self.flow.extend(tail)

    def _heading(self, markup: str, *, new_page: bool = True) -> None:
        self.close_section()
        if new_page and self.flow:
            self.flow.append(PageBreak())
        elif self.flow:
            self.flow.append(CondPageBreak(70 * mm))
        heading = Paragraph(glyph_safe(markup), self.styles["h1"])
        heading.outline_level = 0  # type: ignore[attr-defined]
        self.flow.append(heading)
        self._open = True

    def contents(self) -> None:
        """The table of contents: every section and annex with its page number, as links."""
        toc = TableOfContents(
            levelStyles=[self.styles["toc"]],
            dotsMinLevel=0,
            rightColumnWidth=30,
            tableStyle=TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
        )
        self.flow.append(toc)

    def clip(self, value: str, limit: int, label: str) -> str:
        """``value`` for a table cell: cut with "…" beyond ``limit`` characters, with a reference
        to the annex that prints it in full (the same text is listed once)."""
        if len(value) <= limit:
            return value
        found = next((t for t in self.long_texts if t.text == value and t.label == label), None)
        if found is None:
            found = LongText(f"A{len(self.long_texts) + 1}", label, value)
            self.long_texts.append(found)
        return f"{clip_text(value, limit)} {text('annex.see', self.lang, ref=found.ref)}"

    def subheading(
        self, title: str, *, bookmark: bool = True, keep: float = 40, style: str = "h2"
    ) -> None:
        self.flow.append(CondPageBreak(keep * mm))
        heading = Paragraph(glyph_safe(esc(title)), self.styles[style])
        if bookmark:
            heading.outline_level = 1  # type: ignore[attr-defined]
        self.flow.append(heading)

    def lead(self, content: str) -> None:
        """A bold run-in heading that stays on the page of what follows it."""
        self.flow.append(self.paragraph(content, style="lead"))

    def para(self, content: str, *, style: str = "body", markup: bool = False) -> None:
        self.flow.append(self.paragraph(content, style=style, markup=markup))
        self.flow.append(Spacer(1, 4))

    def paragraph(self, content: str, *, style: str = "body", markup: bool = False) -> Paragraph:
        return Para(glyph_safe(content if markup else esc(content)), self.styles[style])

    def bullets(
        self,
        items: Iterable[str],
        *,
        numbered: bool = False,
        style: str = "bullet",
        then: Sequence[Flowable] = (),
    ) -> None:
        """A list; its last items stay together (with ``then``, what ends the section), so a
        list never ends with one or two lines alone on a page."""
        paragraphs: list[Flowable] = [
            Para(glyph_safe(esc(item)), self.styles[style], bulletText=f"{i}." if numbered else "•")
            for i, item in enumerate(items, start=1)
        ]
        kept = min(3, len(paragraphs))
        self.flow.extend(paragraphs[: len(paragraphs) - kept])
        tail = [*paragraphs[len(paragraphs) - kept :], *then]
        if tail:
            self.flow.append(KeepTogether(tail))
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
        points = _fit_headings(
            header, [w * CONTENT_WIDTH for w in widths], self.styles["cell_head"]
        )
        head = [
            self._head_cell(h, "cell_head_num" if i in numeric else "cell_head", w)
            for i, (h, w) in enumerate(zip(header, points, strict=True))
        ]
        body = [
            [
                self.paragraph(value, style="cell_num" if i in numeric else "cell")
                for i, value in enumerate(row)
            ]
            for row in rows
        ]
        table = KeptTable(
            [head, *body],
            colWidths=points,
            repeatRows=1,
            hAlign="LEFT",
        )
        commands: list[tuple] = [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
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

    def _head_cell(self, content: str, style_name: str, width: float) -> Paragraph:
        """A column heading whose longest word fits its column: a narrower font rather than a
        word broken without a hyphen ("Riskv/ärde")."""
        style = self.styles[style_name]
        room = width - 2 * CELL_PADDING - 1  # reportlab wraps a word that fills the room exactly
        longest = max(
            (stringWidth(w, style.fontName, style.fontSize) for w in content.split()), default=0
        )
        if longest > room > 0:
            size = max(MIN_HEAD_SIZE, style.fontSize * room / longest)
            style = ParagraphStyle(
                f"{style_name}_{size:.2f}",
                parent=style,
                fontSize=size,
                leading=size * style.leading / style.fontSize,
            )
        return Para(glyph_safe(esc(content)), style)

    def facts(self, pairs: Sequence[tuple[str, str]], *, label_width: float = 0.32) -> None:
        """A two-column table of label and value, for profiles and provenance."""
        rows = [
            [self.paragraph(label, style="cell_head"), self.paragraph(value, style="cell")]
            for label, value in pairs
        ]
        table = KeptTable(
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
        cells = [[Para(glyph_safe(esc(label)), title)]]
        cells += [
            [Para(glyph_safe(esc(reason)), self.styles["bullet_small"], bulletText="•")]
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
    keywords: str = "",
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
        keywords=[keywords] if keywords else [],
        creator="ethics-toolkit",
        lang=PDF_LANG[frame.lang],
        invariant=1,
        displayDocTitle=1,
        initialFontName=FONT,
    )
    story.close_section()
    doc.multiBuild(story.flow, canvasmaker=_frame_canvas(frame, creation))
    return buffer.getvalue()

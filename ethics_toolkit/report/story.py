"""The story of a report: its flowables and the helpers that keep every report's look the same.

Sections add headings (numbered, bookmarked, in the contents), paragraphs, lists, tables, fact
tables and the traffic-light box through :class:`Story`, which also applies the keep rules of
issue 12: a list keeps its last items together, a section's tail stays on one page, and long user
text is cut with "…" in tables and printed in full in an annex (:meth:`Story.clip`). User data
reaches reportlab's markup only through :func:`esc`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from string import ascii_uppercase
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from ethics_toolkit.i18n import Lang
from ethics_toolkit.report.flow import (
    CONTENT_WIDTH,
    FRAME_HEIGHT,
    MIN_TAIL,
    KeptTable,
    Para,
    clip_text,
    glyph_safe,
    height_of,
)
from ethics_toolkit.report.fonts import FONT
from ethics_toolkit.report.styles import (
    CELL_PADDING,
    MIN_HEAD_SIZE,
    NAVY,
    RULE,
    SHADE,
    STATUS_COLOURS,
    STATUS_TINTS,
    paragraph_styles,
)
from ethics_toolkit.report.texts import text


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


MAX_CELL_LINES = 24
"""A table cell holds at most about this many lines of text; longer text goes to the annex."""
CELL_CHAR_WIDTH = 0.62
"""The widest average character, as a share of the font size (DejaVu Sans, upper case)."""
CELL_FONT_SIZE = 8.0
MIN_CELL_CHARS = 40


def esc(value: object) -> str:
    """User data inside a Paragraph: escape XML so a tool called "A&B <x>" prints as written."""
    return escape(str(value))


def markdown_markup(value: str) -> str:
    """Inline Markdown of the prose files (``**bold**``, ``*italic*``) as reportlab markup."""
    marked = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", esc(value))
    return re.sub(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])", r"<i>\1</i>", marked)


class PartContents(TableOfContents):
    """A table of contents of one part of the report: the core (0) or the annexes (1)."""

    def __init__(self, part: int, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.part = part

    def notify(self, kind: str, stuff: object) -> None:
        if kind == "TOCEntry" and isinstance(stuff, tuple) and stuff[0] == self.part:
            super().notify(kind, (0, *stuff[1:]))


@dataclass(frozen=True, slots=True)
class LongText:
    """A user text cut in a table, printed in full in the annex under ``ref``."""

    ref: str
    label: str
    text: str


class Story:
    """The flowables of one report plus helpers that keep the look consistent."""

    def __init__(self, lang: Lang, *, long_letter: str = "A") -> None:
        self.lang = lang
        self.styles = paragraph_styles()
        self.flow: list[Flowable] = []
        self.sections: list[str] = []
        self.long_texts: list[LongText] = []
        self.long_letter = long_letter
        """The letter of the annex that prints long texts in full (known before it is written)."""
        self.section_numbers: dict[str, int] = {}
        self.annex_letters: dict[str, str] = {}
        self.in_annexes = False
        self._letters = iter(ascii_uppercase)
        self._open = False  # a section is open: its tail is kept together when it closes

    def section(self, key: str, *, new_page: bool | None = None) -> None:
        """A section heading, bookmarked at the outline's top level and in the contents: numbered
        in the report's core ("5. …", the first on a new page, the others where the page has
        room), lettered among the annexes ("Bilaga A. …", each on a new page whatever
        ``new_page`` says: an annex is a document of its own)."""
        title = text(key, self.lang)
        if self.in_annexes:
            letter = next(self._letters)
            self.annex_letters[key] = letter
            heading = text("annex.heading", self.lang, letter=letter, title=title)
            self._heading(esc(heading), part=1)
            return
        self.sections.append(title)
        self.section_numbers[key] = len(self.sections)
        first = len(self.sections) == 1
        self._heading(
            f"{len(self.sections)}. {esc(title)}", new_page=first if new_page is None else new_page
        )

    def annexes(self) -> None:
        """What follows is an annex: detail tables, guidance, history (lettered, after the core)."""
        self.close_section()
        self.in_annexes = True

    def annex(self, title: str) -> str:
        """An annex heading with a title of its own ("Bilaga C. …"), on a new page; its letter."""
        letter = next(self._letters)
        self._heading(esc(text("annex.heading", self.lang, letter=letter, title=title)), part=1)
        return letter

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

    def _heading(self, markup: str, *, new_page: bool = True, part: int = 0) -> None:
        self.close_section()
        if new_page and self.flow:
            self.flow.append(PageBreak())
        elif self.flow:
            self.flow.append(CondPageBreak(70 * mm))
        # A section that follows on the page stands apart (space before, dropped at a page top).
        style = self.styles["h1" if new_page or not self.flow else "h1_flow"]
        heading = Paragraph(glyph_safe(markup), style)
        heading.outline_level = 0  # type: ignore[attr-defined]
        heading.contents_part = part  # type: ignore[attr-defined]
        self.flow.append(heading)
        self._open = True

    def contents(self, *, annexes_title: str | None = None) -> None:
        """The table of contents, as links with page numbers: the core's sections, then (under
        ``annexes_title``) the annexes, so that the reader sees what is core and what is detail."""
        self.flow.append(self._contents(0))
        if annexes_title is not None:
            self.flow.append(Spacer(1, 6))
            self.flow.append(self.paragraph(annexes_title, style="toc_part"))
            self.flow.append(self._contents(1))

    def _contents(self, part: int) -> TableOfContents:
        toc = PartContents(
            part,
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
        return toc

    def clip(self, value: str, limit: int, label: str) -> str:
        """``value`` for a table cell: cut with "…" beyond ``limit`` characters, with a reference
        to the annex that prints it in full (the same text is listed once)."""
        if len(value) <= limit:
            return value
        found = next((t for t in self.long_texts if t.text == value and t.label == label), None)
        if found is None:
            found = LongText(f"{self.long_letter}{len(self.long_texts) + 1}", label, value)
            self.long_texts.append(found)
        return f"{clip_text(value, limit)} {text('annex.see', self.lang, ref=found.ref)}"

    def fit_cell(self, value: str, width: float, label: str) -> str:
        """``value`` for a table cell ``width`` points wide: cut (with the annex reference of
        :meth:`clip`) where it would take more than :data:`MAX_CELL_LINES` lines, so that no row
        of any table is taller than a page (issue 21: every field at its limit still builds)."""
        per_line = max(1, int((width - 2 * CELL_PADDING) / (CELL_CHAR_WIDTH * CELL_FONT_SIZE)))
        return self.clip(value, max(MIN_CELL_CHARS, per_line * MAX_CELL_LINES), label)

    def subheading(
        self, title: str, *, bookmark: bool = True, keep: float = 40, style: str = "h2"
    ) -> None:
        if not self._after_heading():  # (a break between two headings would strand the first)
            self.flow.append(CondPageBreak(keep * mm))
        heading = Paragraph(glyph_safe(esc(title)), self.styles[style])
        if bookmark:
            heading.outline_level = 1  # type: ignore[attr-defined]
        self.flow.append(heading)

    def _after_heading(self) -> bool:
        last = self.flow[-1] if self.flow else None
        return isinstance(last, Paragraph) and last.style.name in ("h1", "h1_flow", "h2", "h3")

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

    def keep_last(self, count: int) -> None:
        """Keep the last ``count`` flowables on one page (an intro with its short table or its
        chart), when they fit on one; a longer run is left to split."""
        parts = self.flow[-count:]
        flat = [p for f in parts for p in (f._content if isinstance(f, KeepTogether) else [f])]
        if sum(height_of(f) for f in flat) < FRAME_HEIGHT / 2:
            del self.flow[-count:]
            self.flow.append(KeepTogether(flat))

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
                self.paragraph(
                    self.fit_cell(value, points[i], header[i]),
                    style="cell_num" if i in numeric else "cell",
                )
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
        value_width = (1 - label_width) * CONTENT_WIDTH
        rows = [
            [
                self.paragraph(self.fit_cell(label, label_width * CONTENT_WIDTH, label),
                               style="cell_head"),
                self.paragraph(self.fit_cell(value, value_width, label), style="cell"),
            ]
            for label, value in pairs
        ]  # fmt: skip
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

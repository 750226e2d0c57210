"""The report's embedded font, DejaVu Sans, and the record of text it cannot draw (issue 12).

DejaVu Sans covers Latin with Extended-A and -B, Greek and Cyrillic, so the names of applicants'
origins print as written ("Łukasz Ślęzak", "ışık", "Δοκιμή", "Дмитрий"). The TTFs ship in this
folder with their licence (Bitstream Vera licence, DejaVu changes in the public domain) and are
embedded as subsets in every PDF, so a report looks the same on every machine and its text stays
extractable.

A character the font has no glyph for would print as an empty box, right-to-left script (Arabic,
Hebrew) would print with its letters unjoined and in the wrong order, because reportlab lays text
out left to right without shaping, and a character beyond the Basic Multilingual Plane (most emoji)
would print but copy out of the PDF as another character, because reportlab's text layer holds
16-bit codes. Neither may pass silently: while a report is built,
:func:`collecting` records every such text with its page, the font draws "�" in place of each
character, the report lists the texts in an annex, and the CLI and the app warn.
"""

from __future__ import annotations

import contextlib
import contextvars
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reportlab.pdfbase.ttfonts import TTFont

FONT = "EthicsDejaVu"
FONT_BOLD = "EthicsDejaVu-Bold"
FONT_ITALIC = "EthicsDejaVu-Oblique"
FONT_BOLD_ITALIC = "EthicsDejaVu-BoldOblique"
FAMILY_NAME = "DejaVu Sans"
FOLDER = Path(__file__).resolve().parent
LICENCE = FOLDER / "LICENSE"
FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
REPLACEMENT = "\ufffd"
"""What the PDF shows in place of a character it cannot draw: the Unicode replacement character."""
_RIGHT_TO_LEFT = frozenset({"R", "AL", "AN"})


@dataclass(slots=True)
class Undrawable:
    """Text the report could not draw as written, and where."""

    page: int
    text: str
    characters: list[str] = field(default_factory=list)

    def shown(self) -> str:
        """The text as the PDF shows it: every character it could not draw replaced by "�"."""
        bad = set(self.characters)
        return "".join(REPLACEMENT if c in bad else c for c in self.text)

    def code_points(self) -> str:
        """``U+1F984 UNICORN FACE, U+0627 ARABIC LETTER ALEF``: what a reader can look up."""
        return ", ".join(
            f"U+{ord(c):04X} {unicodedata.name(c, '')}".rstrip()
            for c in dict.fromkeys(self.characters)
        )


@dataclass(slots=True)
class _Collector:
    page: int = 0
    found: dict[str, Undrawable] = field(default_factory=dict)


_COLLECTOR: contextvars.ContextVar[_Collector | None] = contextvars.ContextVar(
    "ethics_toolkit_undrawable", default=None
)


@contextlib.contextmanager
def collecting() -> Iterator[_Collector]:
    """Record the undrawable text of one report build (see :func:`undrawable`)."""
    collector = _Collector()
    token = _COLLECTOR.set(collector)
    try:
        yield collector
    finally:
        _COLLECTOR.reset(token)


def current() -> _Collector | None:
    return _COLLECTOR.get()


def set_page(number: int) -> None:
    """The page being drawn, so that what cannot be drawn is listed with its page."""
    collector = current()
    if collector is not None:
        collector.page = number


def reset() -> None:
    """Forget what an earlier layout pass found (the report is laid out more than once)."""
    collector = current()
    if collector is not None:
        collector.found.clear()


def undrawable(collector: _Collector) -> list[Undrawable]:
    """What a build recorded, in page order."""
    return sorted(collector.found.values(), key=lambda u: (u.page, u.text))


def _coverage() -> frozenset[int]:
    """Code points every face of the family can draw (what bold can draw, regular can too)."""
    from reportlab.pdfbase import pdfmetrics

    maps = [pdfmetrics.getFont(name).face.charToGlyph for name in FILES]
    return frozenset(set.intersection(*(set(m) for m in maps)))


_COVERED: frozenset[int] | None = None


def problem_characters(value: str) -> list[str]:
    """The characters of ``value`` the report cannot draw as written (missing or right-to-left)."""
    if value.isascii() and value.isprintable():
        return []
    covered = _COVERED if _COVERED is not None else frozenset()
    bad: list[str] = []
    previous_bad = False
    for char in value:
        code = ord(char)
        if code < 0x20 or char.isspace():
            previous_bad = False
            continue
        kind = unicodedata.bidirectional(char)
        wrong = (
            code not in covered
            or code > 0xFFFF  # reportlab's text layer (ToUnicode) holds 16-bit codes only
            or kind in _RIGHT_TO_LEFT
            or (kind == "NSM" and previous_bad)  # a mark on a letter we could not draw
        )
        if wrong:
            bad.append(char)
        previous_bad = wrong
    return bad


def drawable(value: str) -> bool:
    """Whether every character of ``value`` prints as written (for tests and previews)."""
    register_fonts()
    return not problem_characters(value)


def _font_class() -> type[TTFont]:
    from reportlab.pdfbase.ttfonts import TTFont

    class CheckedTTFont(TTFont):
        """A TTF that draws "�" for what it cannot draw and records the text while collecting."""

        def _checked(self, text: str, *, record: bool) -> str:
            if isinstance(text, bytes):
                text = text.decode("utf-8")
            bad = problem_characters(text)
            if not bad:
                return text
            collector = current()
            if record and collector is not None:
                seen = collector.found.get(text)
                if seen is None or collector.page < seen.page:  # listed once, at its first page
                    collector.found[text] = Undrawable(collector.page, text, bad)
            bad_set = set(bad)
            return "".join(REPLACEMENT if c in bad_set else c for c in text)

        def splitString(self, text: Any, doc: Any, encoding: str = "utf-8") -> Any:
            return super().splitString(self._checked(text, record=True), doc, encoding)

        def stringWidth(self, text: Any, size: float, encoding: str = "utf8") -> float:
            return super().stringWidth(self._checked(text, record=False), size, encoding)

    return CheckedTTFont


def register_fonts() -> str:
    """Register the DejaVu Sans family once per process and return its family name."""
    global _COVERED
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    if FONT in pdfmetrics.getRegisteredFontNames():
        return FONT
    font_class = _font_class()
    for name, file_name in FILES.items():
        pdfmetrics.registerFont(font_class(name, str(FOLDER / file_name)))
    _COVERED = _coverage()
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD_ITALIC)
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )
    return FONT

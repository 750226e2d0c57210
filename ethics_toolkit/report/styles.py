"""The report's look: colours, paragraph styles and the padding of table cells.

One palette for every PDF (management report, audit report, notices, active measures) and its
charts; the styles are built after the fonts are registered (:func:`paragraph_styles`).
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from ethics_toolkit.report.fonts import FONT, FONT_BOLD, register_fonts

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


def paragraph_styles() -> dict[str, ParagraphStyle]:
    """The named paragraph styles of a story (body, cells, headings, lists, contents)."""
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
        "h1_flow": ParagraphStyle(
            "h1_flow",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=16,
            leading=20,
            textColor=NAVY,
            spaceBefore=14,
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
        "toc_part": ParagraphStyle(
            "toc_part", parent=base, fontName=FONT_BOLD, fontSize=10, leading=15, textColor=NAVY
        ),
        "lead": ParagraphStyle(
            "lead", parent=base, fontName=FONT_BOLD, spaceBefore=2, spaceAfter=4, keepWithNext=1
        ),
    }

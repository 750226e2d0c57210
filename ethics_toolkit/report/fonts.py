"""The report's embedded font: Bitstream Vera, shipped inside reportlab, with all Swedish letters.

System fonts differ between machines, so a report built here and in CI would differ; the Vera
TTFs travel with reportlab and are embedded (subset) in every PDF, keeping the text extractable.
"""

from __future__ import annotations

from pathlib import Path

FONT = "EthicsVera"
FONT_BOLD = "EthicsVera-Bold"
FONT_ITALIC = "EthicsVera-Italic"
FONT_BOLD_ITALIC = "EthicsVera-BoldItalic"

_FILES = {
    FONT: "Vera.ttf",
    FONT_BOLD: "VeraBd.ttf",
    FONT_ITALIC: "VeraIt.ttf",
    FONT_BOLD_ITALIC: "VeraBI.ttf",
}


def register_fonts() -> str:
    """Register the Vera family once per process and return its family name."""
    import reportlab
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT in pdfmetrics.getRegisteredFontNames():
        return FONT
    folder = Path(reportlab.__file__).parent / "fonts"
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file_name)))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD_ITALIC)
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )
    return FONT

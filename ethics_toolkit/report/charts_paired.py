"""The paired test's chart (reportlab.graphics): each contrast's mean difference with its 95 %
interval, the zero line and the difference of concern on either side, markers by verdict."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, String
from reportlab.lib import colors

from ethics_toolkit.engine.paired.models import Contrast
from ethics_toolkit.i18n import Lang, format_number
from ethics_toolkit.report.charts import LABEL_SIZE, ROW_HEIGHT, verdict_mark
from ethics_toolkit.report.flow import fit, glyph_safe
from ethics_toolkit.report.fonts import FONT
from ethics_toolkit.report.styles import INK, MUTED, NAVY, RULE

LABEL_SHARE = 0.34
AXIS_HEIGHT = 22
DOT = colors.HexColor("#4F6D94")


def _extent(contrasts: Sequence[Contrast], concern: float) -> float:
    """Half the x-axis: the widest interval or the difference of concern, with a margin."""
    values = [abs(v) for c in contrasts for v in (c.ci_low, c.ci_high, c.mean_difference) if v]
    widest = max([*values, concern, 1e-9])
    step = 10 ** math.floor(math.log10(widest))
    return math.ceil(widest * 1.1 / step) * step


def difference_chart(
    contrasts: Sequence[Contrast],
    labels: Sequence[str],
    *,
    concern: float,
    scale: float,
    lang: Lang,
    width: float,
) -> Drawing:
    """One row per contrast; ``scale`` turns the measure into what the axis shows (100 for
    decisions in percentage points, 1 for score points)."""
    rows = len(contrasts)
    height = rows * ROW_HEIGHT + AXIS_HEIGHT
    drawing = Drawing(width, height, initialFontName=FONT)
    left = width * LABEL_SHARE
    plot = width - left - 12
    half = _extent(contrasts, concern) * scale

    def x_of(value: float) -> float:
        return left + plot / 2 + value * scale / half * plot / 2

    top = height - 4
    for value, dash in ((0.0, None), (concern, (3, 2)), (-concern, (3, 2))):
        drawing.add(
            Line(
                x_of(value),
                AXIS_HEIGHT - 4,
                x_of(value),
                top,
                strokeColor=MUTED if dash else INK,
                strokeWidth=0.6,
                strokeDashArray=dash,
            )
        )
    drawing.add(Line(left, AXIS_HEIGHT - 4, left + plot, AXIS_HEIGHT - 4, strokeColor=RULE))
    for tick in (-half, -half / 2, 0.0, half / 2, half):
        x = left + plot / 2 + tick / half * plot / 2
        drawing.add(Line(x, AXIS_HEIGHT - 6, x, AXIS_HEIGHT - 4, strokeColor=MUTED))
        text = format_number(tick, lang, 1 if half < 20 else 0)
        drawing.add(
            String(
                x,
                AXIS_HEIGHT - 14,
                text,
                fontName=FONT,
                fontSize=6.5,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    for index, (contrast, label) in enumerate(zip(contrasts, labels, strict=True)):
        y = top - (index + 0.5) * ROW_HEIGHT
        shown = fit(glyph_safe(label), FONT, LABEL_SIZE, left - 6)
        drawing.add(String(0, y - 2.5, shown, fontName=FONT, fontSize=LABEL_SIZE, fillColor=INK))
        if contrast.mean_difference is None:
            continue
        if contrast.ci_low is not None and contrast.ci_high is not None:
            low, high = x_of(contrast.ci_low), x_of(contrast.ci_high)
            drawing.add(Line(low, y, high, y, strokeColor=NAVY, strokeWidth=1.2))
            for end in (low, high):
                drawing.add(Line(end, y - 3, end, y + 3, strokeColor=NAVY, strokeWidth=1.2))
        x = x_of(contrast.mean_difference)
        mark = verdict_mark(x, y, contrast.verdict)
        drawing.add(mark if mark is not None else Circle(x, y, 3, fillColor=DOT, strokeColor=DOT))
    return drawing

"""The line chart of monitoring over time (issue 15): impact ratio per group across audits and
periods, with Katz intervals and the four-fifths line (reportlab.graphics).

Groups are told apart by colour AND marker shape (never colour alone). Points of groups with a
small cell are left out (the caller says so under the chart).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from ethics_toolkit.engine.models import FOUR_FIFTHS
from ethics_toolkit.i18n import Lang, format_number
from ethics_toolkit.register.duties.monitoring import SeriesPoint, x_order
from ethics_toolkit.report.flow import glyph_safe
from ethics_toolkit.report.fonts import FONT
from ethics_toolkit.report.styles import INK, MUTED, RULE, STATUS_COLOURS

PALETTE = [
    colors.HexColor(c) for c in ("#1F3A5F", "#C0392B", "#2E7D4F", "#8E5AA8", "#C98A0B", "#4A7FB0")
]
SHAPES = ("circle", "square", "triangle", "diamond", "circle_open", "square_open")
MAX_GROUPS = len(PALETTE)
HEIGHT = 170.0
LABEL_SIZE = 7.0


def _marker(shape: str, x: float, y: float, colour: colors.Color, size: float = 5.0):
    half = size / 2
    fill = colors.white if shape.endswith("_open") else colour
    base = shape.removesuffix("_open")
    if base == "square":
        return Rect(x - half, y - half, size, size, fillColor=fill, strokeColor=colour)
    if base == "triangle":
        points = [x - half, y - half, x + half, y - half, x, y + half]
        return Polygon(points, fillColor=fill, strokeColor=colour)
    if base == "diamond":
        points = [x, y - half - 0.6, x + half + 0.6, y, x, y + half + 0.6, x - half - 0.6, y]
        return Polygon(points, fillColor=fill, strokeColor=colour)
    return Circle(x, y, half, fillColor=fill, strokeColor=colour)


def impact_line_chart(
    points: Sequence[SeriesPoint], *, lang: Lang, width: float, line_label: str
) -> Drawing:
    """Groups as lines over the time points; whiskers are the intervals; dashes at 0.80."""
    shown = [p for p in points if not p.small and p.ratio is not None]
    xs = x_order(points)
    groups = list(dict.fromkeys(p.group for p in shown))[:MAX_GROUPS]
    legend_rows = math.ceil(len(groups) / 3) if groups else 0
    legend_height = 12 * legend_rows + 4
    left, bottom, right, top = 30.0, 30.0 + legend_height, 12.0, 10.0
    drawing = Drawing(width, HEIGHT + legend_height, initialFontName=FONT)
    plot_w, plot_h = width - left - right, HEIGHT - 30.0 - top
    highest = max((p.high or p.ratio or 0.0 for p in shown), default=1.0)
    y_max = max(1.2, math.ceil(min(highest, 3.0) * 5) / 5)

    def x_of(label: str) -> float:
        return left + (xs.index(label) + 0.5) * plot_w / max(len(xs), 1)

    def y_of(value: float) -> float:
        return bottom + min(value, y_max) / y_max * plot_h

    step = 0.2 if y_max <= 1.6 else 0.5
    tick = 0.0
    while tick <= y_max + 1e-9:
        y = y_of(tick)
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=colors.HexColor("#E6E9EE"),
                         strokeWidth=0.4))  # fmt: skip
        text = glyph_safe(format_number(tick, lang, 1))
        drawing.add(String(left - 4, y - 2.5, text, fontName=FONT, fontSize=LABEL_SIZE,
                           fillColor=MUTED, textAnchor="end"))  # fmt: skip
        tick = round(tick + step, 6)
    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=RULE, strokeWidth=0.6))
    for label in xs:
        drawing.add(String(x_of(label), bottom - 11, glyph_safe(label), fontName=FONT,
                           fontSize=LABEL_SIZE, fillColor=INK, textAnchor="middle"))  # fmt: skip
    four = y_of(FOUR_FIFTHS)
    drawing.add(Line(left, four, left + plot_w, four, strokeColor=STATUS_COLOURS["red"],
                     strokeWidth=0.8, strokeDashArray=[3, 2]))  # fmt: skip
    red = STATUS_COLOURS["red"]
    drawing.add(String(left + plot_w, four + 2.5, glyph_safe(line_label), fontName=FONT,
                       fontSize=6.5, fillColor=red, textAnchor="end"))  # fmt: skip

    offset_step = min(6.0, plot_w / max(len(xs), 1) / (len(groups) + 1))
    for index, group in enumerate(groups):
        colour, shape = PALETTE[index], SHAPES[index]
        offset = (index - (len(groups) - 1) / 2) * offset_step
        mine = [p for p in shown if p.group == group]
        coords = [(x_of(p.x) + offset, y_of(p.ratio or 0.0)) for p in mine]
        if len(coords) > 1:
            flat = [v for xy in coords for v in xy]
            drawing.add(PolyLine(flat, strokeColor=colour, strokeWidth=1.1))
        for point, (x, y) in zip(mine, coords, strict=True):
            if point.low is not None and point.high is not None:
                drawing.add(Line(x, y_of(point.low), x, y_of(point.high), strokeColor=colour,
                                 strokeWidth=0.6))  # fmt: skip
            drawing.add(_marker(shape, x, y, colour))
        column, row = index % 3, index // 3
        lx = left + column * plot_w / 3
        ly = 6 + (legend_rows - 1 - row) * 12
        drawing.add(_marker(shape, lx + 3, ly + 2.5, colour))
        name = group
        room = plot_w / 3 - 14
        while name and stringWidth(name, FONT, LABEL_SIZE) > room:
            name = name[:-2] + "…"
        drawing.add(String(lx + 10, ly, glyph_safe(name), fontName=FONT, fontSize=LABEL_SIZE,
                           fillColor=INK))  # fmt: skip
    return drawing

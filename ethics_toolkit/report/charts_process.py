"""Grouped bar charts of the decision process (issue 11): tool vs decision, the funnel's steps."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from ethics_toolkit.i18n import Lang, format_percent
from ethics_toolkit.report.flow import glyph_safe
from ethics_toolkit.report.fonts import FONT
from ethics_toolkit.report.styles import INK, MUTED, RULE

PALETTE = (  # issue 21: lightness (CIE L*) 51, 24, 76, 37, 90, 63: apart in greyscale too
    colors.HexColor("#5B7BA3"),
    colors.HexColor("#1F3A5F"),
    colors.HexColor("#E2B65C"),
    colors.HexColor("#9E2F27"),
    colors.HexColor("#DDE2E8"),
    colors.HexColor("#D8844A"),
)
BAR_HEIGHT = 7
LABEL_SIZE = 7.5
LEGEND_ROW = 11


@dataclass(frozen=True, slots=True)
class Series:
    """One colour of bars: a value per category (``None``: suppressed, drawn as no bar)."""

    name: str
    values: Sequence[float | None]


def grouped_rate_chart(
    categories: Sequence[str],
    series: Sequence[Series],
    *,
    lang: Lang,
    width: float,
    suppressed_text: str,
) -> Drawing:
    """Horizontal bars per category, one bar per series, rates as percentages, a legend on top.

    A category whose every value is suppressed shows ``suppressed_text`` instead of bars.
    """
    label_width = max(stringWidth(glyph_safe(c), FONT, LABEL_SIZE) for c in categories) + 8
    group_height = BAR_HEIGHT * len(series) + 8
    plot_height = group_height * len(categories)
    legend_rows = (len(series) + 2) // 3
    bottom, top = 18, LEGEND_ROW * legend_rows + 6
    drawing = Drawing(width, plot_height + bottom + top, initialFontName=FONT)

    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, bottom
    chart.width, chart.height = width - label_width - 40, plot_height
    # reportlab draws the first series at the bottom of each group: reverse, so that the bars
    # read top-down in the legend's order.
    chart.data = [[v if v is not None else 0.0 for v in s.values] for s in reversed(series)]
    chart.categoryAxis.categoryNames = [glyph_safe(c) for c in categories]
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 1
    chart.valueAxis.valueStep = 0.2
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.labelTextFormat = lambda v: glyph_safe(format_percent(v, lang))
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E6E9EE")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.bars.strokeColor = MUTED  # a light bar keeps its edge on white paper
    chart.bars.strokeWidth = 0.4
    chart.barWidth = BAR_HEIGHT
    chart.groupSpacing = 8
    chart.barSpacing = 0
    for index in range(len(series)):
        chart.bars[len(series) - 1 - index].fillColor = PALETTE[index % len(PALETTE)]
    drawing.add(chart)

    for row in range(len(categories)):
        values = [s.values[row] for s in series]
        y_top = chart.y + chart.height - row * group_height - 4
        if all(v is None for v in values):
            drawing.add(
                String(chart.x + 4, y_top - group_height / 2, suppressed_text, fontName=FONT,
                       fontSize=7, fillColor=MUTED)
            )  # fmt: skip
            continue
        for k, value in enumerate(values):
            if value is None:
                continue
            y = y_top - (k + 1) * BAR_HEIGHT + 1.5
            x = chart.x + value * chart.width + 3
            drawing.add(
                String(x, y, glyph_safe(format_percent(value, lang, 1)), fontName=FONT,
                       fontSize=6, fillColor=INK)
            )  # fmt: skip
    x, y = label_width, drawing.height - LEGEND_ROW
    for index, s in enumerate(series):
        column, line = index % 3, index // 3
        left = x + column * (chart.width / 3)
        top_y = y - line * LEGEND_ROW
        drawing.add(
            Rect(
                left,
                top_y,
                8,
                6,
                fillColor=PALETTE[index % len(PALETTE)],
                strokeColor=MUTED,
                strokeWidth=0.4,
            )
        )
        drawing.add(
            String(left + 11, top_y, glyph_safe(s.name), fontName=FONT, fontSize=7, fillColor=INK)
        )
    return drawing

"""Vector charts of the report (reportlab.graphics): selection rates and the risk heat map."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from ethics_toolkit.i18n import Lang, format_percent
from ethics_toolkit.report.flow import fit, glyph_safe
from ethics_toolkit.report.fonts import FONT, FONT_BOLD
from ethics_toolkit.report.styles import INK, MUTED, NAVY, RULE, STATUS_COLOURS

# Issue 21: every colour that tells something apart is also apart in lightness (CIE L*, at least
# 12 between any two of a set), so that the report reads the same printed in greyscale; the
# verdicts also have a marker shape each. ``tests/report/test_greyscale.py`` checks both.
BAR = colors.HexColor("#7F97B8")  # L* 62
BAR_ADVERSE = colors.HexColor("#A8473C")  # L* 43
BAR_REFERENCE = colors.HexColor("#2F4A6E")  # L* 31
ROW_HEIGHT = 17
LABEL_SIZE = 7.5
MAX_LABEL_SHARE = 0.35
"""A group label takes at most this share of the chart's width; longer ones end in "…"."""

# Risk level of a score (likelihood x severity), as the register defines it:
# low <= 4 < medium <= 9 < high <= 15 < critical.
LEVEL_BOUNDS = ((4, "low"), (9, "medium"), (15, "high"), (25, "critical"))
LEVEL_COLOURS = {
    "low": colors.HexColor("#E6F2E9"),  # L* 94
    "medium": colors.HexColor("#EDC65E"),  # L* 81
    "high": colors.HexColor("#D27A3C"),  # L* 60
    "critical": colors.HexColor("#9E2F27"),  # L* 37
}
DARK_LEVELS = frozenset({"critical"})
"""Levels whose squares carry their count in white (dark enough for it to read)."""


def level_of(score: int) -> str:
    return next(level for bound, level in LEVEL_BOUNDS if score <= bound)


BELOW_LINE = "below_line"
# Issue 10: the verdict of a group, told apart by bar colour AND a marker shape (never colour
# alone): a filled triangle for adverse impact unlikely to be chance, an open triangle for adverse
# impact that could be chance (a warning), an open circle for too few applicants to tell.
VERDICT_BARS = {
    "adverse_significant": BAR_ADVERSE,
    "adverse_not_significant": colors.HexColor("#E2B65C"),  # L* 76
    "insufficient_evidence": colors.HexColor("#E8EAED"),  # L* 93
}
VERDICT_MARKS = {
    "adverse_significant": ("triangle", STATUS_COLOURS["red"], True),
    "adverse_not_significant": ("triangle", STATUS_COLOURS["amber"], False),
    "insufficient_evidence": ("circle", MUTED, False),
    # Issue 12: a bar below the line without a verdict (a result saved before verdicts existed)
    # is marked by a shape as well as its colour.
    BELOW_LINE: ("triangle", STATUS_COLOURS["red"], True),
}
MARK_SIZE = 7.0
LABEL_GAP = 3.0
"""Space kept between a value label and the four-fifths line (the line never crosses a label)."""


@dataclass(frozen=True, slots=True)
class Bar:
    """One group in the chart; ``rate`` is None when the group's figures are suppressed.

    ``verdict`` (issue 10, optional) selects the bar colour and marker of :data:`VERDICT_MARKS`.
    """

    label: str
    rate: float | None
    ci_low: float | None
    ci_high: float | None
    adverse: bool
    reference: bool
    verdict: str | None = None


def verdict_mark(x: float, y: float, verdict: str, size: float = MARK_SIZE) -> Group | None:
    """The marker of a verdict centred at (x, y), or None for verdicts without one."""
    if verdict not in VERDICT_MARKS:
        return None
    shape, colour, filled = VERDICT_MARKS[verdict]
    fill = colour if filled else colors.white
    half = size / 2
    if shape == "triangle":
        points = [x - half, y - half * 0.85, x + half, y - half * 0.85, x, y + half * 0.95]
        mark = Polygon(points, fillColor=fill, strokeColor=colour, strokeWidth=1.1)
    else:
        mark = Circle(x, y, half * 0.9, fillColor=fill, strokeColor=colour, strokeWidth=1.1)
    return Group(mark)


def _bar_colour(bar: Bar) -> colors.Color:
    if bar.reference:
        return BAR_REFERENCE
    if bar.verdict in VERDICT_BARS:
        return VERDICT_BARS[bar.verdict]
    if bar.verdict is not None:
        return BAR
    return BAR_ADVERSE if bar.adverse else BAR


def shown_verdict(bar: Bar) -> str | None:
    """The marker a bar carries: its verdict, or "below the line" for an adverse bar without one."""
    if bar.verdict is None and bar.adverse and not bar.reference:
        return BELOW_LINE
    return bar.verdict


def verdict_legend(labels: dict[str, str], *, width: float, size: float = 7.5) -> Drawing:
    """Marker, bar colour and words of each verdict in ``labels``, in one centred row."""
    swatch, gap = 9.0, 14.0
    widths = [swatch + 8 + MARK_SIZE + stringWidth(label, FONT, size) for label in labels.values()]
    x = max(0.0, (width - sum(widths) - gap * (len(widths) - 1)) / 2)
    drawing = Drawing(width, 14, initialFontName=FONT)
    for (verdict, label), item_width in zip(labels.items(), widths, strict=True):
        fill = VERDICT_BARS.get(verdict, BAR)
        drawing.add(
            Rect(x, 2.5, swatch, swatch, fillColor=fill, strokeColor=MUTED, strokeWidth=0.4)
        )
        mark = verdict_mark(x + swatch + 4 + MARK_SIZE / 2, 7, verdict)
        if mark is not None:
            drawing.add(mark)
        drawing.add(
            String(
                x + swatch + 8 + MARK_SIZE, 4, label, fontName=FONT, fontSize=size, fillColor=MUTED
            )
        )
        x += item_width + gap
    return drawing


def selection_rate_chart(
    bars: Sequence[Bar],
    *,
    reference_rate: float | None,
    four_fifths: float,
    lang: Lang,
    width: float,
    suppressed_text: str,
    line_label: str,
) -> Drawing:
    """Horizontal bars with Wilson whiskers and a dashed line at four-fifths of the reference."""
    longest = width * MAX_LABEL_SHARE
    names = [fit(b.label, FONT, LABEL_SIZE, longest) for b in bars]
    label_width = max(stringWidth(name, FONT, LABEL_SIZE) for name in names) + 8
    plot_height = ROW_HEIGHT * len(bars)
    bottom, top_pad = 18, 16
    drawing = Drawing(width, plot_height + bottom + top_pad, initialFontName=FONT)
    highest = max((b.ci_high or 0.0 for b in bars), default=0.0)
    value_max = max(0.1, math.ceil(highest * 10 + 0.5) / 10)

    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, bottom
    chart.width, chart.height = width - label_width - 40, plot_height
    chart.data = [[b.rate if b.rate is not None else 0.0 for b in bars]]
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = value_max
    chart.valueAxis.valueStep = 0.1 if value_max <= 0.6 else 0.2
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
    chart.barWidth = 10
    chart.groupSpacing = ROW_HEIGHT - 10
    for index, bar in enumerate(bars):
        chart.bars[(0, index)].fillColor = _bar_colour(bar)
    drawing.add(chart)

    def x_of(value: float) -> float:
        return chart.x + value / value_max * chart.width

    line_x = x_of(four_fifths * reference_rate) if reference_rate is not None else None

    for index, bar in enumerate(bars):
        y = chart.y + chart.height - (index + 0.5) * ROW_HEIGHT
        if bar.rate is None:
            drawing.add(
                String(
                    chart.x + 4,
                    y - 2.5,
                    suppressed_text,
                    fontName=FONT,
                    fontSize=7,
                    fillColor=MUTED,
                )
            )
            continue
        if bar.ci_low is not None and bar.ci_high is not None:
            low, high = x_of(bar.ci_low), x_of(bar.ci_high)
            drawing.add(Line(low, y, high, y, strokeColor=INK, strokeWidth=0.7))
            for x in (low, high):
                drawing.add(Line(x, y - 3, x, y + 3, strokeColor=INK, strokeWidth=0.7))
        rate_text = glyph_safe(format_percent(bar.rate, lang, 1))
        verdict = shown_verdict(bar) or ""
        label_x = value_label_x(
            x_of(max(bar.rate, bar.ci_high or bar.rate)) + 4,
            stringWidth(rate_text, FONT, 7)
            + (7 + MARK_SIZE / 2 if verdict in VERDICT_MARKS else 0),
            line_x,
        )
        drawing.add(String(label_x, y - 2.5, rate_text, fontName=FONT, fontSize=7, fillColor=INK))
        mark = verdict_mark(label_x + stringWidth(rate_text, FONT, 7) + 7, y, verdict)
        if mark is not None:
            drawing.add(mark)
    if line_x is not None:
        x = line_x
        line = Line(
            x,
            chart.y,
            x,
            chart.y + chart.height + 4,
            strokeColor=STATUS_COLOURS["red"],
            strokeWidth=1,
        )
        line.strokeDashArray = [3, 2]
        drawing.add(line)
        drawing.add(
            String(
                x,
                chart.y + chart.height + 6,
                line_label,
                fontName=FONT,
                fontSize=7,
                fillColor=STATUS_COLOURS["red"],
                textAnchor="middle",
            )
        )
    return drawing


def value_label_x(x: float, width: float, line_x: float | None) -> float:
    """Where a value label of ``width`` points starts: at ``x``, or just right of the four-fifths
    line when the line would cross it (issue 12)."""
    if line_x is None or not (x - LABEL_GAP < line_x < x + width + LABEL_GAP):
        return x
    return line_x + LABEL_GAP


def heat_map(
    scores: Sequence[tuple[int, int]],
    *,
    title: str,
    x_label: str,
    y_label: str,
    cell: float = 24,
) -> Drawing:
    """A 5x5 grid (likelihood across, severity up) coloured by level, with the count per square."""
    counts = Counter(scores)
    left, bottom = 30, 26
    drawing = Drawing(left + 5 * cell + 10, bottom + 5 * cell + 22, initialFontName=FONT)
    drawing.add(
        String(left, bottom + 5 * cell + 8, title, fontName=FONT_BOLD, fontSize=8.5, fillColor=NAVY)
    )
    for likelihood in range(1, 6):
        for severity in range(1, 6):
            x = left + (likelihood - 1) * cell
            y = bottom + (severity - 1) * cell
            level = level_of(likelihood * severity)
            fill = LEVEL_COLOURS[level]
            drawing.add(
                Rect(x, y, cell, cell, fillColor=fill, strokeColor=colors.white, strokeWidth=1.5)
            )
            count = counts.get((likelihood, severity), 0)
            if count:
                drawing.add(
                    String(
                        x + cell / 2,
                        y + cell / 2 - 3.5,
                        str(count),
                        fontName=FONT_BOLD,
                        fontSize=10,
                        fillColor=colors.white if level in DARK_LEVELS else INK,
                        textAnchor="middle",
                    )
                )
    for value in range(1, 6):
        drawing.add(
            String(
                left + (value - 0.5) * cell,
                bottom - 10,
                str(value),
                fontName=FONT,
                fontSize=7,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
        drawing.add(
            String(
                left - 6,
                bottom + (value - 0.5) * cell - 2.5,
                str(value),
                fontName=FONT,
                fontSize=7,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    drawing.add(
        String(
            left + 2.5 * cell,
            bottom - 22,
            x_label,
            fontName=FONT,
            fontSize=7.5,
            fillColor=MUTED,
            textAnchor="middle",
        )
    )
    severity_label = String(
        0, 0, y_label, fontName=FONT, fontSize=7.5, fillColor=MUTED, textAnchor="middle"
    )
    rotated = Group(severity_label)
    rotated.translate(left - 20, bottom + 2.5 * cell)
    rotated.rotate(90)
    drawing.add(rotated)
    return drawing


def level_legend(labels: dict[str, str], *, width: float) -> Drawing:
    """Coloured squares naming the four risk levels, centred under the heat maps."""
    swatch, gap, size = 9, 16, 7.5
    widths = [swatch + 4 + stringWidth(labels[level], FONT, size) for level in LEVEL_COLOURS]
    x = (width - sum(widths) - gap * (len(widths) - 1)) / 2
    drawing = Drawing(width, 14, initialFontName=FONT)
    for (level, colour), item_width in zip(LEVEL_COLOURS.items(), widths, strict=True):
        drawing.add(
            Rect(x, 2, swatch, swatch, fillColor=colour, strokeColor=MUTED, strokeWidth=0.4)
        )
        drawing.add(
            String(
                x + swatch + 4, 3.5, labels[level], fontName=FONT, fontSize=size, fillColor=MUTED
            )
        )
        x += item_width + gap
    return drawing

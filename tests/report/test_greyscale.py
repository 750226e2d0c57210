"""Issue 21: the report reads the same printed in greyscale.

Every set of colours that tells things apart (the heat map's risk levels, the audit chart's bars,
the process chart's series) is apart in lightness, CIE L* (the lightness a greyscale print keeps),
by at least :data:`MIN_STEP`; the verdicts also differ in their marker's shape or fill, and a
count on a coloured square contrasts with it (WCAG ratio of at least 4.5).
"""

from __future__ import annotations

from itertools import combinations

import pytest
from reportlab.lib import colors

from ethics_toolkit.report import charts, charts_monitoring, charts_process
from ethics_toolkit.report.styles import INK

MIN_STEP = 12.0


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def luminance(colour: colors.Color) -> float:
    """Relative luminance Y (WCAG 2), 0 for black, 1 for white."""
    r, g, b = (_linear(c) for c in (colour.red, colour.green, colour.blue))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def lightness(colour: colors.Color) -> float:
    """CIE L* of the colour: what a greyscale print of it shows, 0 black to 100 white."""
    y = luminance(colour)
    return 116 * y ** (1 / 3) - 16 if y > 0.008856 else 903.3 * y


def contrast(a: colors.Color, b: colors.Color) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_lightness_of_a_known_grey() -> None:
    """The measure itself: mid grey #777777 has L* 50 (Y 0.184), white 100, black 0."""
    assert lightness(colors.HexColor("#777777")) == pytest.approx(50.0, abs=0.5)
    assert lightness(colors.white) == pytest.approx(100.0)
    assert lightness(colors.black) == 0.0
    assert contrast(colors.white, colors.black) == pytest.approx(21.0)


@pytest.mark.parametrize(
    ("name", "palette"),
    [
        ("risk levels", list(charts.LEVEL_COLOURS.values())),
        (
            "audit bars",
            [charts.BAR_REFERENCE, charts.BAR_ADVERSE, charts.BAR, *charts.VERDICT_BARS.values()],
        ),
        ("process series", list(charts_process.PALETTE)),
    ],
)
def test_colours_that_tell_apart_are_apart_in_greyscale(name: str, palette: list) -> None:
    palette = list({c.hexval(): c for c in palette}.values())  # one colour, one meaning
    steps = {
        (a.hexval(), b.hexval()): abs(lightness(a) - lightness(b))
        for a, b in combinations(palette, 2)
    }
    close = {pair: round(step, 1) for pair, step in steps.items() if step < MIN_STEP}
    assert close == {}, f"{name}: too close in greyscale"


def test_risk_levels_darken_with_the_risk() -> None:
    levels = [lightness(charts.LEVEL_COLOURS[k]) for k in ("low", "medium", "high", "critical")]
    assert levels == sorted(levels, reverse=True)


def test_counts_on_the_heat_map_read_on_every_level() -> None:
    for level, fill in charts.LEVEL_COLOURS.items():
        ink = colors.white if level in charts.DARK_LEVELS else INK
        assert contrast(ink, fill) >= 4.5, level


def test_verdicts_and_monitoring_groups_have_a_shape_each() -> None:
    """Colour is never the only difference: a marker shape (and fill) per verdict and group."""
    marks = {v: m[:1] + m[2:] for v, m in charts.VERDICT_MARKS.items() if v != charts.BELOW_LINE}
    assert len(set(marks.values())) == len(marks)
    assert len(set(charts_monitoring.SHAPES)) == charts_monitoring.MAX_GROUPS

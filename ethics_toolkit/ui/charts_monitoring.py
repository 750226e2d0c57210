"""The app's line chart of monitoring over time (issue 15): impact ratio per group across saved
audits and periods, with intervals and the four-fifths line (Altair). The app shows exact figures;
the PDF leaves small cells out (``report/charts_monitoring.py``)."""

from __future__ import annotations

from collections.abc import Sequence

import altair as alt
import pandas as pd

from ethics_toolkit.engine.models import FOUR_FIFTHS
from ethics_toolkit.i18n import Lang
from ethics_toolkit.i18n.ui_texts import ui_text
from ethics_toolkit.register.duties.monitoring import SeriesPoint, x_order

FOUR_FIFTHS_COLOUR = "#c0392b"


def series_frame(points: Sequence[SeriesPoint], lang: Lang) -> pd.DataFrame:
    """One row per point with the chart's columns, named in the reader's language."""
    return pd.DataFrame(
        [
            {
                "x": p.x,
                "group": p.group,
                "ratio": p.ratio,
                "low": p.low,
                "high": p.high,
            }
            for p in points
            if p.ratio is not None
        ],
        columns=["x", "group", "ratio", "low", "high"],
    )


def impact_line_chart(points: Sequence[SeriesPoint], lang: Lang) -> alt.LayerChart:
    frame = series_frame(points, lang)
    order = x_order(points)
    x = alt.X("x:N", sort=order, title=ui_text("series_x", lang), axis=alt.Axis(labelAngle=0))
    colour = alt.Color(
        "group:N", title=ui_text("series_group", lang), legend=alt.Legend(orient="bottom")
    )
    tooltip = [
        alt.Tooltip("x:N", title=ui_text("series_x", lang)),
        alt.Tooltip("group:N", title=ui_text("series_group", lang)),
        alt.Tooltip("ratio:Q", title=ui_text("series_y", lang), format=".2f"),
        alt.Tooltip("low:Q", title=ui_text("series_low", lang), format=".2f"),
        alt.Tooltip("high:Q", title=ui_text("series_high", lang), format=".2f"),
    ]
    base = alt.Chart(frame)
    whiskers = base.mark_rule(strokeWidth=1.2, opacity=0.6).encode(
        x=x, y=alt.Y("low:Q", title=ui_text("series_y", lang)), y2="high:Q", color=colour
    )
    lines = base.mark_line(point=alt.OverlayMarkDef(size=60, filled=True)).encode(
        x=x,
        y=alt.Y("ratio:Q", title=ui_text("series_y", lang)),
        color=colour,
        shape=alt.Shape("group:N", legend=None),
        tooltip=tooltip,
    )
    line = (
        alt.Chart(pd.DataFrame({"y": [FOUR_FIFTHS]}))
        .mark_rule(strokeDash=[5, 4], color=FOUR_FIFTHS_COLOUR)
        .encode(y="y:Q")
    )
    return alt.layer(whiskers, lines, line).properties(height=320)

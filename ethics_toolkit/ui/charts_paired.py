"""The paired test's table and Altair chart, as plain functions (no Streamlit).

Every figure is the engine's, formatted per language; headings, verdict words and contrast
labels are the engine's (``engine/paired/texts.py``), as in the CLI and the PDF. The chart draws
each contrast's mean difference with its 95 % interval, coloured and shaped by verdict with the
log audit's styles (``ui/charts.VERDICT_STYLES``), never by colour alone.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from ethics_toolkit.engine.paired.models import Contrast, PairedResult
from ethics_toolkit.engine.paired.texts import (
    attribute_label,
    column_label,
    contrast_label,
    verdict_label,
)
from ethics_toolkit.i18n import Lang, format_int, format_number, format_p_value
from ethics_toolkit.i18n.ui_texts import ui_text
from ethics_toolkit.ui.charts import BAR_STEP, VERDICT_STYLES


def _scale(contrast: Contrast) -> int:
    return 100 if contrast.measure == "decision" else 1


def _label(contrast: Contrast, lang: Lang) -> str:
    return f"{attribute_label(contrast.attribute, lang)}: " + contrast_label(
        contrast.level, contrast.baseline, lang
    )


def contrast_table(result: PairedResult, lang: Lang) -> pd.DataFrame:
    """One row per contrast, every cell a formatted string."""
    rows = []
    for c in result.contrasts:
        scale = _scale(c)

        def num(value: float | None, decimals: int = 2, scale: int = scale) -> str:
            return format_number(None if value is None else value * scale, lang, decimals)

        ci = f"{num(c.ci_low)} – {num(c.ci_high)}" if c.ci_low is not None else "–"
        discordant = "–" if c.mcnemar_b is None else f"{c.mcnemar_b} / {c.mcnemar_c}"
        rows.append(
            {
                column_label("contrast", lang): _label(c, lang),
                column_label("pairs", lang): format_int(c.pairs, lang),
                column_label("mean", lang): num(c.mean_difference),
                column_label("ci", lang): ci,
                column_label("wilcoxon", lang): format_p_value(c.wilcoxon_p, lang),
                column_label("effect", lang): format_number(c.effect_size, lang),
                column_label("discordant", lang): discordant,
                column_label("mcnemar", lang): format_p_value(c.mcnemar_p, lang),
                column_label("ratio", lang): format_number(c.selection_ratio, lang),
                column_label("holm", lang): format_p_value(c.p_value_holm, lang),
                column_label("verdict", lang): verdict_label(c.verdict, lang),
            }
        )
    return pd.DataFrame(rows)


def difference_chart(result: PairedResult, lang: Lang) -> alt.LayerChart:
    """Points (mean difference) and whiskers (95 % interval) per contrast, a solid zero line
    and dashed lines at the difference of concern either way."""
    shown = [c for c in result.contrasts if c.mean_difference is not None]
    scale = _scale(shown[0]) if shown else 1
    data = pd.DataFrame(
        {
            "contrast": [_label(c, lang) for c in shown],
            "mean": [c.mean_difference * scale for c in shown],
            "low": [
                (c.ci_low if c.ci_low is not None else c.mean_difference) * scale for c in shown
            ],
            "high": [
                (c.ci_high if c.ci_high is not None else c.mean_difference) * scale for c in shown
            ],
            "verdict": [verdict_label(c.verdict, lang) for c in shown],
            "mean_text": [format_number(c.mean_difference * scale, lang, 2) for c in shown],
            "p_text": [format_p_value(c.p_value_holm, lang) for c in shown],
        }
    )
    present = [v for v in VERDICT_STYLES if any(c.verdict == v for c in shown)]
    domain = [verdict_label(v, lang) for v in present]
    legend = alt.Legend(orient="bottom", labelLimit=0)
    colours = alt.Scale(domain=domain, range=[VERDICT_STYLES[v][0] for v in present])
    shapes = alt.Scale(domain=domain, range=[VERDICT_STYLES[v][1] for v in present])
    colour = alt.Color("verdict:N", title=None, legend=legend, scale=colours)
    shape = alt.Shape("verdict:N", title=None, legend=legend, scale=shapes)
    axis_title = ui_text("paired_chart_axis", lang)
    y = alt.Y("contrast:N", title=None, sort=None, axis=alt.Axis(labelLimit=0))
    tooltip = [
        alt.Tooltip("contrast:N", title=column_label("contrast", lang)),
        alt.Tooltip("mean_text:N", title=column_label("mean", lang)),
        alt.Tooltip("p_text:N", title=column_label("holm", lang)),
        alt.Tooltip("verdict:N", title=column_label("verdict", lang)),
    ]
    base = alt.Chart(data)
    whiskers = base.mark_errorbar(ticks=True, color="#333333").encode(
        x=alt.X("low:Q", title=axis_title), x2="high:Q", y=y
    )
    points = base.mark_point(
        filled=True, size=120, opacity=1, stroke="#222222", strokeWidth=0.6
    ).encode(x="mean:Q", y=y, color=colour, shape=shape, tooltip=tooltip)
    concern = result.difference_of_concern * scale
    lines = pd.DataFrame({"x": [0.0, -concern, concern], "kind": ["zero", "concern", "concern"]})
    rules = (
        alt.Chart(lines)
        .mark_rule(color="#222222")
        .encode(
            x="x:Q",
            strokeDash=alt.StrokeDash(
                "kind:N",
                legend=None,
                scale=alt.Scale(domain=["zero", "concern"], range=[[1, 0], [6, 4]]),
            ),
        )
    )
    return alt.layer(rules, whiskers, points).properties(height=alt.Step(BAR_STEP))

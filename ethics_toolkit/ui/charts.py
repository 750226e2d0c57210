"""Tables and Altair charts of audit results and risks, as plain functions (no Streamlit).

Kept apart from the pages so they can be tested directly: every figure shown is read from the
engine's and the register's models, never recomputed, only formatted per language.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal

import altair as alt
import pandas as pd

from ethics_toolkit.engine.findings import group_label as engine_group_label
from ethics_toolkit.engine.models import FOUR_FIFTHS, Analysis, GroupResult
from ethics_toolkit.i18n import Lang, format_int, format_number, format_p_value, format_percent
from ethics_toolkit.i18n.ui_texts import ui_text

if TYPE_CHECKING:
    from ethics_toolkit.register.models import Risk

RateKind = Literal["selection", "scoring"]
LIKELIHOOD_SEVERITY = range(1, 6)
ADVERSE_COLOUR = "#c0392b"
OK_COLOUR = "#4a7fb0"
REFERENCE_COLOUR = "#2e7d4f"
WARNING_COLOUR = "#d68910"
INSUFFICIENT_COLOUR = "#8c96a3"
BAR_STEP = 38
# Issue 10: each verdict has a colour AND a marker shape, so the chart never relies on colour
# alone; both encode the same legend. Order: the legend's order.
VERDICT_STYLES: dict[str, tuple[str, str]] = {
    "reference": (REFERENCE_COLOUR, "circle"),
    "no_adverse_impact": (OK_COLOUR, "square"),
    "insufficient_evidence": (INSUFFICIENT_COLOUR, "cross"),
    "adverse_not_significant": (WARNING_COLOUR, "diamond"),
    "adverse_significant": (ADVERSE_COLOUR, "triangle-up"),
    "undetermined": ("#b0b7c0", "stroke"),
}


def verdict_label(verdict: str, lang: Lang) -> str:
    """The verdict in the app's words (legend, table, banner)."""
    return ui_text(f"verdict_{verdict}", lang)


def has_verdicts(analysis: Analysis) -> bool:
    return any(g.verdict is not None for g in analysis.groups)


def group_label(group: GroupResult) -> str:
    """``{"gender": "Woman", "background": "Sweden"}`` -> ``Woman × Sweden``."""
    return engine_group_label(group.values)


def reference_rate(analysis: Analysis) -> float | None:
    return next((g.selection_rate for g in analysis.groups if g.is_reference), None)


def _flags(group: GroupResult, lang: Lang) -> str:
    flags = []
    if group.is_reference:
        flags.append(ui_text("flag_reference", lang))
    if group.adverse_impact:
        flags.append(ui_text("flag_adverse", lang))
    if group.small_group:
        flags.append(ui_text("flag_small", lang))
    return ", ".join(flags)


def _rate_key(key: str, rate_kind: RateKind) -> str:
    """Scoring tools (NYC LL144): the "rate" is the share scoring above the overall median."""
    return f"{key}_scoring" if rate_kind == "scoring" else key


def group_table(
    analysis: Analysis, lang: Lang, *, rate_kind: RateKind = "selection"
) -> pd.DataFrame:
    """One row per group with every figure formatted for ``lang`` (decimal comma in Swedish)."""
    rows = []
    for g in analysis.groups:
        ratio_ci = (
            "–".join(format_number(bound, lang) for bound in g.impact_ratio_ci)
            if g.impact_ratio_ci and not g.is_reference
            else "–"
        )
        rows.append(
            {
                ui_text("col_group", lang): group_label(g),
                ui_text("col_n", lang): format_int(g.n, lang),
                ui_text(_rate_key("col_selected", rate_kind), lang): format_int(g.selected, lang),
                ui_text(_rate_key("col_rate", rate_kind), lang): format_percent(
                    g.selection_rate, lang, 1
                ),
                ui_text("col_rate_ci", lang): (
                    f"{format_percent(g.ci_low, lang, 1)} – {format_percent(g.ci_high, lang, 1)}"
                ),
                ui_text("col_impact_ratio", lang): format_number(g.impact_ratio, lang),
                ui_text("col_ratio_ci", lang): ratio_ci,
                ui_text("col_p_value", lang): format_p_value(g.p_value, lang),
                ui_text("col_shortfall", lang): format_int(g.shortfall, lang),
                ui_text("col_tpr", lang): format_percent(g.tpr, lang, 1),
                ui_text("col_fpr", lang): format_percent(g.fpr, lang, 1),
                ui_text("col_flags", lang): _flags(g, lang),
            }
        )
    if has_verdicts(analysis):  # issue 10: appended after the existing columns
        for row, g in zip(rows, analysis.groups, strict=True):
            detectable = g.min_detectable_ratio
            row[ui_text("col_p_holm", lang)] = format_p_value(g.p_value_holm, lang)
            row[ui_text("col_min_detectable", lang)] = format_number(detectable, lang)
            row[ui_text("col_verdict", lang)] = verdict_label(g.verdict, lang) if g.verdict else ""
    frame = pd.DataFrame(rows)
    if has_verdicts(analysis):  # the verdict next to the group, where it is read first
        verdict = ui_text("col_verdict", lang)
        frame.insert(1, verdict, frame.pop(verdict))
    if all(g.tpr is None for g in analysis.groups):
        frame = frame.drop(columns=[ui_text("col_tpr", lang), ui_text("col_fpr", lang)])
    return frame


def selection_rate_chart(
    analysis: Analysis, lang: Lang, *, rate_kind: RateKind = "selection"
) -> alt.LayerChart:
    """Bars of selection rates, Wilson-interval whiskers and a dashed four-fifths line.

    The line sits at 0.8 x the reference group's rate: a bar ending left of it is adverse impact.
    """
    verdicts = has_verdicts(analysis)
    data = pd.DataFrame(
        {
            "group": [group_label(g) for g in analysis.groups],
            "rate": [g.selection_rate for g in analysis.groups],
            "low": [g.ci_low for g in analysis.groups],
            "high": [g.ci_high for g in analysis.groups],
            "status": [
                verdict_label(g.verdict, lang)
                if verdicts and g.verdict
                else ui_text("legend_reference", lang)
                if g.is_reference
                else ui_text("legend_adverse", lang)
                if g.adverse_impact
                else ui_text("legend_ok", lang)
                for g in analysis.groups
            ],
            "rate_text": [format_percent(g.selection_rate, lang, 1) for g in analysis.groups],
            "ci_text": [
                f"{format_percent(g.ci_low, lang, 1)} – {format_percent(g.ci_high, lang, 1)}"
                for g in analysis.groups
            ],
            "ratio_text": [format_number(g.impact_ratio, lang) for g in analysis.groups],
            "n_text": [format_int(g.n, lang) for g in analysis.groups],
        }
    )
    rate_title = ui_text(_rate_key("chart_rate_axis", rate_kind), lang)
    group_title = ui_text("col_group", lang)
    if verdicts:
        present = {g.verdict for g in analysis.groups}
        styles = {v: style for v, style in VERDICT_STYLES.items() if v in present}
        domain = [verdict_label(v, lang) for v in styles]
        colour_range = [colour for colour, _ in styles.values()]
    else:
        domain = [
            ui_text("legend_reference", lang),
            ui_text("legend_ok", lang),
            ui_text("legend_adverse", lang),
        ]
        colour_range = [REFERENCE_COLOUR, OK_COLOUR, ADVERSE_COLOUR]
    colour = alt.Color(
        "status:N",
        title=None,
        scale=alt.Scale(domain=domain, range=colour_range),
        legend=alt.Legend(orient="bottom", columns=3 if verdicts else 0, labelLimit=400),
    )
    tooltip = [
        alt.Tooltip("group:N", title=group_title),
        alt.Tooltip("rate_text:N", title=ui_text(_rate_key("col_rate", rate_kind), lang)),
        alt.Tooltip("ci_text:N", title=ui_text("col_rate_ci", lang)),
        alt.Tooltip("ratio_text:N", title=ui_text("col_impact_ratio", lang)),
        alt.Tooltip("n_text:N", title=ui_text("col_n", lang)),
    ]
    y = alt.Y("group:N", title=None, sort=None)
    base = alt.Chart(data)
    bars = base.mark_bar(opacity=0.85).encode(
        x=alt.X("rate:Q", title=rate_title, axis=alt.Axis(format="%")),
        y=y,
        color=colour,
        tooltip=tooltip,
    )
    whiskers = base.mark_errorbar(ticks=True, color="#333333").encode(
        x=alt.X("low:Q", title=rate_title), x2="high:Q", y=y
    )
    layers: list[alt.Chart] = [bars, whiskers]
    if verdicts:
        # A marker at the end of each bar, shaped by the verdict: the legend shows colour and
        # shape together, so the verdict can be read without telling colours apart.
        shape = alt.Shape(
            "status:N",
            title=None,
            scale=alt.Scale(domain=domain, range=[shape for _, shape in styles.values()]),
            legend=alt.Legend(orient="bottom", columns=3, labelLimit=400),
        )
        layers.append(
            base.mark_point(
                filled=True, size=110, opacity=1, stroke="#222222", strokeWidth=0.6
            ).encode(x="rate:Q", y=y, color=colour, shape=shape, tooltip=tooltip)
        )
    ref = reference_rate(analysis)
    if ref is not None:
        line = pd.DataFrame(
            {"threshold": [FOUR_FIFTHS * ref], "label": [ui_text("chart_four_fifths", lang)]}
        )
        layers.append(
            alt.Chart(line)
            .mark_rule(strokeDash=[6, 4], color="#222222", size=1.5)
            .encode(x="threshold:Q", tooltip=[alt.Tooltip("label:N", title=" ")])
        )
    # A height per bar (not in total), so axis titles and the legend never squeeze the bars.
    return alt.layer(*layers).properties(height=alt.Step(BAR_STEP))


def heat_counts(risks: Iterable[Risk], *, residual: bool = False) -> pd.DataFrame:
    """Number of risks per (likelihood, severity) cell of the 5x5 grid, all 25 cells present."""
    pairs = Counter(
        (r.residual_likelihood, r.residual_severity) if residual else (r.likelihood, r.severity)
        for r in risks
    )  # a risk without residual values yet lands on (None, None) and is not drawn
    return pd.DataFrame(
        [
            {"likelihood": li, "severity": se, "score": li * se, "count": pairs.get((li, se), 0)}
            for li in LIKELIHOOD_SEVERITY
            for se in LIKELIHOOD_SEVERITY
        ]
    )


def heat_map(risks: Iterable[Risk], lang: Lang, *, residual: bool = False) -> alt.LayerChart:
    """The classic 5x5 risk matrix: colour by score (likelihood x severity), risks per cell."""
    data = heat_counts(risks, residual=residual)
    data["label"] = data["count"].map(lambda c: str(c) if c else "")
    x = alt.X("severity:O", title=ui_text("risk_severity", lang), axis=alt.Axis(labelAngle=0))
    y = alt.Y("likelihood:O", title=ui_text("risk_likelihood", lang), sort="descending")
    cells = (
        alt.Chart(data)
        .mark_rect(stroke="white", strokeWidth=2)
        .encode(
            x=x,
            y=y,
            color=alt.Color(
                "score:Q",
                scale=alt.Scale(
                    domain=[1, 6, 12, 25], range=["#cfe8cf", "#f6e7a1", "#f4b183", "#d9534f"]
                ),
                legend=None,
            ),
            tooltip=[
                alt.Tooltip("likelihood:O", title=ui_text("risk_likelihood", lang)),
                alt.Tooltip("severity:O", title=ui_text("risk_severity", lang)),
                alt.Tooltip("count:Q", title=ui_text("heat_count", lang)),
            ],
        )
    )
    text = (
        alt.Chart(data).mark_text(fontSize=16, fontWeight="bold").encode(x=x, y=y, text="label:N")
    )
    return alt.layer(cells, text).properties(width=300, height=300)

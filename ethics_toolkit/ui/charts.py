"""Tables and Altair charts of audit results and risks, as plain functions (no Streamlit).

Kept apart from the pages so they can be tested directly: every figure shown is read from the
engine's and the register's models, never recomputed, only formatted per language.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Literal

import altair as alt
import pandas as pd

from ethics_toolkit.engine.findings import group_label as engine_group_label
from ethics_toolkit.engine.models import (
    FOUR_FIFTHS,
    Analysis,
    FeatureAssociation,
    FunnelStep,
    GroupResult,
    Oversight,
)
from ethics_toolkit.i18n import Lang, format_int, format_number, format_p_value, format_percent
from ethics_toolkit.i18n.ui_texts import ui_text

if TYPE_CHECKING:
    from ethics_toolkit.register.models import Risk

RateKind = Literal["selection", "scoring"]
LIKELIHOOD_SEVERITY = range(1, 6)
ADVERSE_COLOUR = "#c0392b"
OK_COLOUR = "#4a7fb0"
REFERENCE_COLOUR = "#2e7d4f"
BAR_STEP = 38


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
    frame = pd.DataFrame(rows)
    if all(g.tpr is None for g in analysis.groups):
        frame = frame.drop(columns=[ui_text("col_tpr", lang), ui_text("col_fpr", lang)])
    return frame


def selection_rate_chart(
    analysis: Analysis, lang: Lang, *, rate_kind: RateKind = "selection"
) -> alt.LayerChart:
    """Bars of selection rates, Wilson-interval whiskers and a dashed four-fifths line.

    The line sits at 0.8 x the reference group's rate: a bar ending left of it is adverse impact.
    """
    data = pd.DataFrame(
        {
            "group": [group_label(g) for g in analysis.groups],
            "rate": [g.selection_rate for g in analysis.groups],
            "low": [g.ci_low for g in analysis.groups],
            "high": [g.ci_high for g in analysis.groups],
            "status": [
                ui_text("legend_reference", lang)
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
    colour = alt.Color(
        "status:N",
        title=None,
        scale=alt.Scale(
            domain=[
                ui_text("legend_reference", lang),
                ui_text("legend_ok", lang),
                ui_text("legend_adverse", lang),
            ],
            range=[REFERENCE_COLOUR, OK_COLOUR, ADVERSE_COLOUR],
        ),
        legend=alt.Legend(orient="bottom"),
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


# --- Issue 11: the decision process ---------------------------------------------------------------
TOOL_COLOUR = "#9fb6d3"
FINAL_COLOUR = "#1f3a5f"


def oversight_table(oversight: Oversight, lang: Lang) -> pd.DataFrame:
    """One row per group: the tool's and the final rate, agreement, changes, both ratios."""
    rows = [
        {
            ui_text("col_group", lang): engine_group_label(g.values),
            ui_text("col_n", lang): format_int(g.n, lang),
            ui_text("process_col_tool_rate", lang): format_percent(g.ai_rate, lang, 1),
            ui_text("process_col_final_rate", lang): format_percent(g.final_rate, lang, 1),
            ui_text("process_col_agreement", lang): format_percent(g.agreement, lang, 1),
            ui_text("process_col_to_yes", lang): format_int(g.overridden_to_yes, lang),
            ui_text("process_col_to_no", lang): format_int(g.overridden_to_no, lang),
            ui_text("process_col_tool_ratio", lang): format_number(g.ai_impact_ratio, lang),
            ui_text("process_col_final_ratio", lang): format_number(g.final_impact_ratio, lang),
            ui_text("process_col_change_p", lang): format_p_value(g.change_p_value, lang),
        }
        for g in oversight.groups
    ]
    return pd.DataFrame(rows)


def oversight_chart(oversight: Oversight, lang: Lang) -> alt.Chart:
    """AI vs human: per group, the share the tool recommended next to the share selected."""
    tool, final = ui_text("process_legend_tool", lang), ui_text("process_legend_final", lang)
    data = pd.DataFrame(
        [
            {
                "group": engine_group_label(g.values),
                "which": which,
                "rate": rate,
                "rate_text": format_percent(rate, lang, 1),
            }
            for g in oversight.groups
            for which, rate in ((tool, g.ai_rate), (final, g.final_rate))
        ]
    )
    colour = alt.Color(
        "which:N",
        title=None,
        scale=alt.Scale(domain=[tool, final], range=[TOOL_COLOUR, FINAL_COLOUR]),
        legend=alt.Legend(orient="bottom", labelLimit=0),
    )
    return (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X(
                "rate:Q",
                title=ui_text("process_axis_rate", lang),
                axis=alt.Axis(format="%"),
                scale=alt.Scale(domain=[0, 1]),
            ),
            y=alt.Y("group:N", title=None, sort=None),
            yOffset=alt.YOffset("which:N", sort=[tool, final]),
            color=colour,
            tooltip=[
                alt.Tooltip("group:N", title=ui_text("col_group", lang)),
                alt.Tooltip("which:N", title=ui_text("process_axis_which", lang)),
                alt.Tooltip("rate_text:N", title=ui_text("process_axis_rate", lang)),
            ],
        )
        .properties(height=alt.Step(16))
    )


def funnel_table(steps: Sequence[FunnelStep], lang: Lang) -> pd.DataFrame:
    """One row per step and group: entered, passed, pass rate, ratio, p-value, flags."""
    rows = []
    for step in steps:
        for g in step.groups:
            flags = []
            if g.values == step.reference_group:
                flags.append(ui_text("flag_reference", lang))
            if g.adverse_impact:
                flags.append(ui_text("flag_adverse", lang))
            rows.append(
                {
                    ui_text("process_col_step", lang): step.stage,
                    ui_text("col_group", lang): engine_group_label(g.values),
                    ui_text("process_col_entered", lang): format_int(g.entered, lang),
                    ui_text("process_col_passed", lang): format_int(g.passed, lang),
                    ui_text("process_col_pass_rate", lang): format_percent(g.pass_rate, lang, 1),
                    ui_text("col_impact_ratio", lang): format_number(g.impact_ratio, lang),
                    ui_text("col_p_value", lang): format_p_value(g.p_value, lang),
                    ui_text("col_flags", lang): ", ".join(flags),
                }
            )
    return pd.DataFrame(rows)


def funnel_chart(steps: Sequence[FunnelStep], lang: Lang) -> alt.Chart:
    """Stage-by-stage bars: per step, each group's pass rate side by side; adverse ones in red."""
    data = pd.DataFrame(
        [
            {
                "step": step.stage,
                "group": engine_group_label(g.values),
                "rate": g.pass_rate,
                "rate_text": format_percent(g.pass_rate, lang, 1),
                "ratio_text": format_number(g.impact_ratio, lang),
                "adverse": g.adverse_impact,
            }
            for step in steps
            for g in step.groups
            if g.pass_rate is not None
        ]
    )
    order = [s.stage for s in steps]
    return (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("step:N", title=None, sort=order, axis=alt.Axis(labelAngle=0)),
            xOffset=alt.XOffset("group:N"),
            y=alt.Y(
                "rate:Q",
                title=ui_text("process_axis_pass_rate", lang),
                axis=alt.Axis(format="%"),
                scale=alt.Scale(domain=[0, 1]),
            ),
            color=alt.Color(
                "group:N", title=None, legend=alt.Legend(orient="bottom", labelLimit=0)
            ),
            stroke=alt.condition("datum.adverse", alt.value(ADVERSE_COLOUR), alt.value(None)),
            strokeWidth=alt.condition("datum.adverse", alt.value(2), alt.value(0)),
            tooltip=[
                alt.Tooltip("step:N", title=ui_text("process_col_step", lang)),
                alt.Tooltip("group:N", title=ui_text("col_group", lang)),
                alt.Tooltip("rate_text:N", title=ui_text("process_col_pass_rate", lang)),
                alt.Tooltip("ratio_text:N", title=ui_text("col_impact_ratio", lang)),
            ],
        )
        .properties(height=260)
    )


def features_table(
    features: Sequence[FeatureAssociation], attributes: Sequence[str], lang: Lang
) -> pd.DataFrame:
    """The proxies as a small table: V with the decision and each attribute, the flag."""
    rows = []
    for f in features:
        row = {
            ui_text("process_col_column", lang): f.column,
            ui_text("process_col_v_decision", lang): format_number(
                f.association_with_decision, lang
            ),
        }
        for attribute in attributes:
            key = ui_text("process_col_v_attribute", lang, attribute=attribute)
            row[key] = format_number(f.proxy_for.get(attribute), lang)
        row[ui_text("process_col_proxy", lang)] = ui_text("yes" if f.proxy_flag else "no", lang)
        rows.append(row)
    return pd.DataFrame(rows)

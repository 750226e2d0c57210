"""Tables and Altair charts of audit results and risks, as plain functions (no Streamlit).

Kept apart from the pages so they can be tested directly: every figure shown is read from the
engine's and the register's models, never recomputed, only formatted per language.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Literal

import altair as alt
import pandas as pd

from ethics_toolkit.engine.models import (
    FOUR_FIFTHS,
    Analysis,
    AuditResult,
    FeatureAssociation,
    FunnelStep,
    GroupResult,
    Oversight,
)
from ethics_toolkit.engine.presentation import views as presentation
from ethics_toolkit.engine.presentation.labels import column_label, in_sentence
from ethics_toolkit.engine.presentation.labels import group_label as labelled_group
from ethics_toolkit.engine.spec import AuditSpec
from ethics_toolkit.i18n import Lang, format_int, format_number, format_p_value, format_percent
from ethics_toolkit.i18n.ui_texts import ui_text
from ethics_toolkit.register.domain.labels import field_label
from ethics_toolkit.register.domain.risks import Risk

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


def has_verdicts(analysis: Analysis) -> bool:
    return any(g.verdict is not None for g in analysis.groups)


def group_label(group: GroupResult, result: AuditResult | None = None) -> str:
    """``Kvinna × Sverige``: the one group name (display labels of the audit's spec)."""
    return labelled_group(group.values, result.spec if result is not None else None)


def reference_rate(analysis: Analysis) -> float | None:
    return next((g.selection_rate for g in analysis.groups if g.is_reference), None)


def _bare(analysis: Analysis, rate_kind: RateKind) -> AuditResult:
    """An analysis shown on its own (tests, previews): no labels, no cells."""
    return AuditResult(
        n_rows=analysis.n_analysed + analysis.unknown,
        rate_kind=rate_kind,
        spec={"sensitive": analysis.attributes},
        cells=[],
        analyses=[analysis],
    )


def group_table(
    analysis: Analysis,
    lang: Lang,
    *,
    rate_kind: RateKind = "selection",
    result: AuditResult | None = None,
) -> pd.DataFrame:
    """One row per group, as the shared presentation formats it (exact figures, no suppression)."""
    result = result or _bare(analysis, rate_kind)
    view = presentation.analysis_view(result, analysis, lang)
    header = view.header(lang, rate_kind=result.rate_kind)
    return pd.DataFrame(view.table(), columns=header)


def selection_rate_chart(
    analysis: Analysis,
    lang: Lang,
    *,
    rate_kind: RateKind = "selection",
    result: AuditResult | None = None,
) -> alt.LayerChart:
    """Bars of selection rates, Wilson-interval whiskers and a dashed four-fifths line.

    The line sits at 0.8 x the reference group's rate: a bar ending left of it is adverse impact.
    With verdicts (issue 10) each bar is coloured by its verdict and carries a marker shaped by
    it, one legend for both.
    """
    result = result or _bare(analysis, rate_kind)
    rows = presentation.analysis_view(result, analysis, lang).rows
    verdicts = has_verdicts(analysis)

    def word(key: str) -> str:
        return presentation.text(key, lang)

    data = pd.DataFrame(
        {
            "group": [row.label for row in rows],
            "rate": [g.selection_rate for g in analysis.groups],
            "low": [g.ci_low for g in analysis.groups],
            "high": [g.ci_high for g in analysis.groups],
            "status": [
                presentation.verdict_label(row.verdict, lang)
                if verdicts
                else presentation.chart_status(row, lang)
                for row in rows
            ],
            "rate_text": [row.rate for row in rows],
            "ci_text": [row.rate_ci for row in rows],
            "ratio_text": [row.ratio for row in rows],
            "n_text": [row.n for row in rows],
        }
    )
    axis = "chart.axis_scoring" if result.rate_kind == "scoring" else "chart.axis"
    rate_title = word(axis)
    group_title = presentation.column_label("group", lang)
    if verdicts:
        present = {row.verdict for row in rows}
        styles = {v: style for v, style in VERDICT_STYLES.items() if v in present}
        domain = [presentation.verdict_label(v, lang) for v in styles]  # type: ignore[arg-type]
        colour_range = [colour for colour, _ in styles.values()]
    else:
        domain = [word("chart.reference"), word("chart.above"), word("chart.below")]
        colour_range = [REFERENCE_COLOUR, OK_COLOUR, ADVERSE_COLOUR]
    legend = alt.Legend(orient="bottom", columns=3 if verdicts else 0, labelLimit=0)
    colour = alt.Color(
        "status:N", title=None, scale=alt.Scale(domain=domain, range=colour_range), legend=legend
    )
    tooltip = [
        alt.Tooltip("group:N", title=group_title),
        alt.Tooltip(
            "rate_text:N",
            title=presentation.column_label("rate", lang, rate_kind=result.rate_kind),
        ),
        alt.Tooltip("ci_text:N", title=presentation.column_label("rate_ci", lang)),
        alt.Tooltip("ratio_text:N", title=presentation.column_label("ratio", lang)),
        alt.Tooltip("n_text:N", title=presentation.column_label("n", lang)),
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
            legend=legend,
        )
        layers.append(
            base.mark_point(
                filled=True, size=110, opacity=1, stroke="#222222", strokeWidth=0.6
            ).encode(x="rate:Q", y=y, color=colour, shape=shape, tooltip=tooltip)
        )
    ref = reference_rate(analysis)
    if ref is not None:
        line = pd.DataFrame({"threshold": [FOUR_FIFTHS * ref], "label": [word("chart.line")]})
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
    severity, likelihood = (field_label(Risk, f, lang) for f in ("severity", "likelihood"))
    x = alt.X("severity:O", title=severity, axis=alt.Axis(labelAngle=0))
    y = alt.Y("likelihood:O", title=likelihood, sort="descending")
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
                alt.Tooltip("likelihood:O", title=likelihood),
                alt.Tooltip("severity:O", title=severity),
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


def oversight_table(
    oversight: Oversight, lang: Lang, spec: AuditSpec | None = None
) -> pd.DataFrame:
    """One row per group: the tool's and the final rate, agreement, changes, both ratios."""
    rows = [
        {
            presentation.column_label("group", lang): labelled_group(g.values, spec),
            presentation.column_label("n", lang): format_int(g.n, lang),
            ui_text("proc_col_tool_rate", lang): format_percent(g.ai_rate, lang, 1),
            ui_text("proc_col_final_rate", lang): format_percent(g.final_rate, lang, 1),
            ui_text("proc_col_agreement", lang): format_percent(g.agreement, lang, 1),
            ui_text("proc_col_to_yes", lang): format_int(g.overridden_to_yes, lang),
            ui_text("proc_col_to_no", lang): format_int(g.overridden_to_no, lang),
            ui_text("proc_col_tool_ratio", lang): format_number(g.ai_impact_ratio, lang),
            ui_text("proc_col_final_ratio", lang): format_number(g.final_impact_ratio, lang),
            ui_text("proc_col_change_p", lang): format_p_value(g.change_p_value, lang),
        }
        for g in oversight.groups
    ]
    return pd.DataFrame(rows)


def oversight_chart(oversight: Oversight, lang: Lang, spec: AuditSpec | None = None) -> alt.Chart:
    """AI vs human: per group, the share the tool recommended next to the share selected."""
    tool, final = ui_text("proc_legend_tool", lang), ui_text("proc_legend_final", lang)
    data = pd.DataFrame(
        [
            {
                "group": labelled_group(g.values, spec),
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
                title=ui_text("proc_axis_rate", lang),
                axis=alt.Axis(format="%"),
                scale=alt.Scale(domain=[0, 1]),
            ),
            y=alt.Y("group:N", title=None, sort=None),
            yOffset=alt.YOffset("which:N", sort=[tool, final]),
            color=colour,
            tooltip=[
                alt.Tooltip("group:N", title=presentation.column_label("group", lang)),
                alt.Tooltip("which:N", title=ui_text("proc_axis_which", lang)),
                alt.Tooltip("rate_text:N", title=ui_text("proc_axis_rate", lang)),
            ],
        )
        .properties(height=alt.Step(16))
    )


def funnel_table(
    steps: Sequence[FunnelStep], lang: Lang, spec: AuditSpec | None = None
) -> pd.DataFrame:
    """One row per step and group: entered, passed, pass rate, ratio, p-value, flags."""
    rows = []
    for step in steps:
        for g in step.groups:
            flags = []
            if g.values == step.reference_group:
                flags.append(presentation.verdict_label("reference", lang))
            if g.adverse_impact:
                flags.append(presentation.text("chart.below", lang).lower())
            rows.append(
                {
                    ui_text("proc_col_step", lang): step.stage,
                    presentation.column_label("group", lang): labelled_group(g.values, spec),
                    ui_text("proc_col_entered", lang): format_int(g.entered, lang),
                    ui_text("proc_col_passed", lang): format_int(g.passed, lang),
                    ui_text("proc_col_pass_rate", lang): format_percent(g.pass_rate, lang, 1),
                    presentation.column_label("ratio", lang): format_number(g.impact_ratio, lang),
                    presentation.column_label("p_value", lang): format_p_value(g.p_value, lang),
                    presentation.column_label("notes", lang): ", ".join(flags),
                }
            )
    return pd.DataFrame(rows)


def funnel_chart(
    steps: Sequence[FunnelStep], lang: Lang, spec: AuditSpec | None = None
) -> alt.Chart:
    """Stage-by-stage bars: per step, each group's pass rate side by side; adverse ones in red."""
    data = pd.DataFrame(
        [
            {
                "step": step.stage,
                "group": labelled_group(g.values, spec),
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
                title=ui_text("proc_axis_pass_rate", lang),
                axis=alt.Axis(format="%"),
                scale=alt.Scale(domain=[0, 1]),
            ),
            color=alt.Color(
                "group:N", title=None, legend=alt.Legend(orient="bottom", labelLimit=0)
            ),
            stroke=alt.condition("datum.adverse", alt.value(ADVERSE_COLOUR), alt.value(None)),
            strokeWidth=alt.condition("datum.adverse", alt.value(2), alt.value(0)),
            tooltip=[
                alt.Tooltip("step:N", title=ui_text("proc_col_step", lang)),
                alt.Tooltip("group:N", title=presentation.column_label("group", lang)),
                alt.Tooltip("rate_text:N", title=ui_text("proc_col_pass_rate", lang)),
                alt.Tooltip("ratio_text:N", title=presentation.column_label("ratio", lang)),
            ],
        )
        .properties(height=260)
    )


def features_table(
    features: Sequence[FeatureAssociation],
    attributes: Sequence[str],
    lang: Lang,
    spec: AuditSpec | None = None,
) -> pd.DataFrame:
    """The proxies as a small table: V with the decision and each attribute, the flag."""
    rows = []
    for f in features:
        row = {
            ui_text("proc_col_column", lang): column_label(f.column, spec),
            ui_text("proc_col_v_decision", lang): format_number(f.association_with_decision, lang),
        }
        for attribute in attributes:
            key = ui_text(
                "proc_col_v_attribute",
                lang,
                attribute=in_sentence(column_label(attribute, spec)),
            )
            row[key] = format_number(f.proxy_for.get(attribute), lang)
        row[ui_text("proc_col_proxy", lang)] = ui_text("yes" if f.proxy_flag else "no", lang)
        rows.append(row)
    return pd.DataFrame(rows)

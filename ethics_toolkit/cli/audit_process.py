"""Text output of the decision-process analyses of ``ethics-toolkit audit`` (issue 11).

Imported only when a result has them, so ``ethics-toolkit --help`` stays instant.
"""

from __future__ import annotations

from ethics_toolkit.cli.text_table import audit_text, display_width, text_table
from ethics_toolkit.engine.models import FeatureAssociation, FunnelStep, Oversight
from ethics_toolkit.engine.presentation.labels import column_label, group_label
from ethics_toolkit.engine.presentation.views import column_label as heading_of
from ethics_toolkit.engine.presentation.views import text as present
from ethics_toolkit.engine.presentation.views import verdict_label
from ethics_toolkit.engine.spec import AuditSpec
from ethics_toolkit.i18n import Lang


def render_oversight(oversight: Oversight, lang: Lang, spec: AuditSpec | None = None) -> list[str]:
    """The tool's recommendation against the final decision, per group (issue 11)."""
    from ethics_toolkit.i18n import format_int, format_number, format_p_value, format_percent

    keys = ["ai_selected", "ai_rate", "final_selected", "final_rate"]
    keys += ["agreement", "to_yes", "to_no", "ai_ratio", "final_ratio", "change_p"]
    head = [heading_of("group", lang), heading_of("n", lang)]
    rows = [[*head, *(audit_text(k, lang) for k in keys)]]
    for g in oversight.groups:
        rows.append(
            [
                group_label(g.values, spec),
                format_int(g.n, lang),
                format_int(g.ai_selected, lang),
                format_percent(g.ai_rate, lang, 1),
                format_int(g.final_selected, lang),
                format_percent(g.final_rate, lang, 1),
                format_percent(g.agreement, lang, 1),
                format_int(g.overridden_to_yes, lang),
                format_int(g.overridden_to_no, lang),
                format_number(g.ai_impact_ratio, lang),
                format_number(g.final_impact_ratio, lang),
                format_p_value(g.change_p_value, lang),
            ]
        )
    heading = audit_text("oversight", lang)
    lines = [
        "",
        heading,
        "-" * display_width(heading),
        *text_table(rows, right=set(range(1, len(rows[0])))),
    ]
    if oversight.finding is not None:
        lines.append(oversight.finding.get(lang))
    lines += [f"- {g.finding.get(lang)}" for g in oversight.groups if g.finding]
    return lines


def render_funnel(steps: list[FunnelStep], lang: Lang, spec: AuditSpec | None = None) -> list[str]:
    """One table row per step and group: entered, passed, pass rate, ratio (issue 11)."""
    from ethics_toolkit.engine.analyses.funnel import funnel_summary
    from ethics_toolkit.i18n import format_int, format_number, format_p_value, format_percent

    rows = [
        [
            audit_text("stage", lang),
            heading_of("group", lang),
            *(audit_text(k, lang) for k in ("entered", "passed", "pass_rate")),
            *(heading_of(c, lang) for c in ("ratio", "p_value", "notes")),
        ]
    ]
    for step in steps:
        for g in step.groups:
            notes = []
            if g.values == step.reference_group:
                notes.append(verdict_label("reference", lang))
            if g.adverse_impact:
                notes.append(present("chart.below", lang).lower())
            rows.append(
                [
                    step.stage,
                    group_label(g.values, spec),
                    format_int(g.entered, lang),
                    format_int(g.passed, lang),
                    format_percent(g.pass_rate, lang, 1),
                    format_number(g.impact_ratio, lang),
                    format_p_value(g.p_value, lang),
                    ", ".join(notes),
                ]
            )
    heading = audit_text("funnel", lang)
    lines = ["", heading, "-" * display_width(heading), *text_table(rows, right={2, 3, 4, 5, 6})]
    lines.append(funnel_summary(steps, lang))
    lines += [f"- {s.finding.get(lang)}" for s in steps if s.finding]
    return lines


def render_features(
    features: list[FeatureAssociation],
    attributes: list[str],
    lang: Lang,
    spec: AuditSpec | None = None,
) -> list[str]:
    """Cramér's V of each feature with the decision and each attribute, once per audit."""
    from ethics_toolkit.i18n import format_number

    heading = audit_text("features", lang)
    lines = ["", heading, "=" * display_width(heading)]
    if not features:
        return [*lines, audit_text("no_features", lang)]
    columns = [f"V {column_label(a, spec)}" for a in attributes]
    rows = [[audit_text("column", lang), audit_text("with_decision", lang), *columns]]
    rows[0].append(audit_text("proxy", lang))
    for f in features:
        rows.append(
            [
                column_label(f.column, spec),
                format_number(f.association_with_decision, lang),
                *(format_number(f.proxy_for.get(a), lang) for a in attributes),
                audit_text("yes" if f.proxy_flag else "no_mark", lang),
            ]
        )
    lines += text_table(rows, right=set(range(1, len(rows[0]) - 1)))
    lines += [f"- {f.finding.get(lang)}" for f in features if f.finding]
    return lines

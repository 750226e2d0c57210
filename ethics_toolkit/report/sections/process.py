"""The decision process in the report (issue 11): oversight, the funnel, what drives the decisions.

Subsections of the bias-audit section, present only when the audit has them. Small cells are
suppressed as in the main tables (:mod:`ethics_toolkit.report.disclosure`): a group whose
applicants, recommended, not recommended, selected or not selected (funnel: entered, passed, not
passed) are fewer than the threshold shows its counts as ``"< 5"`` and no figure derived from
them; a suppressed reference group hides the ratios it anchors; changed decisions under the
threshold are printed as ``"< 5"`` and then the group's agreement is not shown. Findings that
quote the figures of a suppressed group are left out.
"""

from __future__ import annotations

from reportlab.platypus import KeepTogether

from ethics_toolkit.engine.analyses.funnel import funnel_summary
from ethics_toolkit.engine.models import Analysis, AuditResult, FunnelGroup, FunnelStep, Oversight
from ethics_toolkit.engine.models import OversightGroup as OGroup
from ethics_toolkit.engine.presentation.labels import (
    LABEL_JOIN,
    column_label,
    group_label,
    in_sentence,
)
from ethics_toolkit.engine.presentation.suppression import HIDDEN, marker
from ethics_toolkit.engine.presentation.views import NBSP, count_text, verdict_label
from ethics_toolkit.engine.presentation.views import column_label as heading_of
from ethics_toolkit.engine.presentation.views import text as present
from ethics_toolkit.engine.spec import AuditSpec
from ethics_toolkit.i18n import (
    Lang,
    format_int,
    format_number,
    format_p_value,
    format_percent,
    prose,
)
from ethics_toolkit.report.charts_process import Series, grouped_rate_chart
from ethics_toolkit.report.flow import CONTENT_WIDTH
from ethics_toolkit.report.options import ReportOptions
from ethics_toolkit.report.story import Story, markdown_markup
from ethics_toolkit.report.texts import text


def _count(value: int, threshold: int, lang: Lang) -> str:
    return marker(threshold) if value < threshold else format_int(value, lang)


def oversight_suppressed(group: OGroup, threshold: int) -> bool:
    """Applicants, recommended, not recommended, selected or not selected under the threshold."""
    counts = (group.n, group.ai_selected, group.final_selected)
    counts += (group.n - group.ai_selected, group.n - group.final_selected)
    return min(counts) < threshold


def funnel_suppressed(group: FunnelGroup, threshold: int) -> bool:
    return min(group.entered, group.passed, group.entered - group.passed) < threshold


def _analyses(result: AuditResult) -> list[Analysis]:
    return sorted(result.analyses, key=lambda a: len(a.attributes))


def _heading(story: Story, analysis: Analysis, spec: AuditSpec) -> None:
    key = "title.single" if len(analysis.attributes) == 1 else "title.intersection"
    attributes = LABEL_JOIN.join(in_sentence(column_label(a, spec)) for a in analysis.attributes)
    story.lead(present(key, story.lang, attributes=attributes))


def _suppressed_text(threshold: int, lang: Lang) -> str:
    return f"{marker(threshold)}: {present('note.suppressed', lang)}"


def _oversight_rows(
    oversight: Oversight,
    reference_group: dict[str, str] | None,
    threshold: int,
    lang: Lang,
    spec: AuditSpec | None = None,
) -> tuple[list, list[bool]]:
    reference = next((g for g in oversight.groups if g.values == reference_group), None)
    reference_hidden = reference is not None and oversight_suppressed(reference, threshold)
    rows, hidden = [], []
    for g in oversight.groups:
        small = oversight_suppressed(g, threshold)
        ratios_hidden = small or reference_hidden
        changes_small = min(g.overridden_to_yes, g.overridden_to_no) < threshold
        rows.append(
            [
                group_label(g.values, spec),
                count_text(g.n, lang=lang, threshold=threshold),
                HIDDEN if small else format_percent(g.ai_rate, lang, 1),
                HIDDEN if small else format_percent(g.final_rate, lang, 1),
                HIDDEN if small or changes_small else format_percent(g.agreement, lang, 1),
                _count(g.overridden_to_yes, threshold, lang),
                _count(g.overridden_to_no, threshold, lang),
                HIDDEN if ratios_hidden else format_number(g.ai_impact_ratio, lang),
                HIDDEN if ratios_hidden else format_number(g.final_impact_ratio, lang),
                HIDDEN
                if ratios_hidden
                else format_p_value(g.change_p_value, lang).replace(" ", NBSP),
            ]
        )
        hidden.append(ratios_hidden)
    return rows, hidden


def _oversight_block(story: Story, analysis: Analysis, threshold: int, spec: AuditSpec) -> None:
    lang, oversight = story.lang, analysis.oversight
    assert oversight is not None
    _heading(story, analysis, spec)
    rows, hidden = _oversight_rows(oversight, analysis.reference_group, threshold, lang, spec)
    header = [heading_of("group", lang), heading_of("n", lang)] + [
        text(k, lang)
        for k in ("proc.tool_rate", "proc.final_rate", "proc.agreement", "proc.to_yes",
                  "proc.to_no", "proc.tool_ratio", "proc.final_ratio", "proc.change_p")
    ]  # fmt: skip
    story.table(
        header,
        rows,
        widths=(0.2, 0.07, 0.09, 0.09, 0.1, 0.07, 0.07, 0.09, 0.1, 0.12),
        numeric=range(1, 10),
    )
    if len(analysis.attributes) == 1:
        small = [oversight_suppressed(g, threshold) for g in oversight.groups]
        chart = grouped_rate_chart(
            [group_label(g.values, spec) for g in oversight.groups],
            [
                Series(text("proc.chart_tool", lang),
                       [None if s else g.ai_rate for g, s in zip(oversight.groups, small,
                                                                  strict=True)]),
                Series(text("proc.chart_final", lang),
                       [None if s else g.final_rate for g, s in zip(oversight.groups, small,
                                                                     strict=True)]),
            ],
            lang=lang,
            width=CONTENT_WIDTH,
            suppressed_text=_suppressed_text(threshold, lang),
        )  # fmt: skip
        caption = story.paragraph(text("proc.oversight_caption", lang), style="small")
        story.add(KeepTogether([chart, caption]))
        story.spacer(6)
    findings = [
        g.finding.get(lang)
        for g, h in zip(oversight.groups, hidden, strict=True)
        if g.finding is not None and not h and g.values != analysis.reference_group
    ]
    if findings:
        story.bullets(findings)


def _headline(oversight: Oversight, threshold: int, lang: Lang) -> str:
    from ethics_toolkit.engine.analyses.oversight import tool_decides

    counts = (oversight.overridden_to_yes, oversight.overridden_to_no)
    if oversight.finding is not None and all(c == 0 or c >= threshold for c in counts):
        headline = oversight.finding.get(lang)
    else:
        headline = text(
            "proc.headline",
            lang,
            agreement=format_percent(oversight.agreement, lang),
            n=format_int(oversight.n, lang),
        )
        if tool_decides(oversight):
            headline += " " + text("proc.tool_decides", lang)
    return headline


def oversight_section(story: Story, result: AuditResult, *, threshold: int) -> None:
    analyses = [a for a in _analyses(result) if a.oversight is not None]
    if not analyses:
        return
    lang = story.lang
    story.subheading(text("proc.oversight", lang), keep=60)
    story.para(text("proc.oversight_intro", lang))
    first = analyses[0].oversight
    assert first is not None
    story.lead(_headline(first, threshold, lang))
    if first.unknown_recommendation:
        count = count_text(first.unknown_recommendation, lang=lang, threshold=threshold)
        story.para(text("proc.unknown_recommendation", lang, count=count), style="small")
    for analysis in analyses:
        _oversight_block(story, analysis, threshold, result.spec)


def _funnel_rows(
    step: FunnelStep, threshold: int, lang: Lang, spec: AuditSpec | None = None
) -> tuple[list, bool]:
    reference = next((g for g in step.groups if g.values == step.reference_group), None)
    reference_hidden = reference is not None and funnel_suppressed(reference, threshold)
    rows, any_hidden = [], False
    for g in step.groups:
        small = funnel_suppressed(g, threshold)
        any_hidden |= small and g.entered > 0
        flags = []
        if g.values == step.reference_group:
            flags.append(verdict_label("reference", lang))
        if g.adverse_impact and not (small or reference_hidden):
            flags.append(present("chart.below", lang).lower())
        if small and g.entered > 0:
            flags.append(present("note.suppressed", lang))
        passed = (
            (marker(threshold) if g.passed < threshold else HIDDEN)
            if small
            else format_int(g.passed, lang)
        )
        hide_ratio = small or reference_hidden
        rows.append(
            [
                step.stage,
                group_label(g.values, spec),
                count_text(g.entered, lang=lang, threshold=threshold),
                passed if g.entered else "0",
                HIDDEN if small else format_percent(g.pass_rate, lang, 1),
                HIDDEN if hide_ratio else format_number(g.impact_ratio, lang),
                HIDDEN if hide_ratio else format_p_value(g.p_value, lang).replace(" ", NBSP),
                ", ".join(flags),
            ]
        )
    return rows, any_hidden or reference_hidden


def _funnel_block(story: Story, analysis: Analysis, threshold: int, spec: AuditSpec) -> None:
    lang, steps = story.lang, analysis.funnel or []
    _heading(story, analysis, spec)
    story.para(funnel_summary(steps, lang))
    rows, highlight, notes = [], [], []
    for step in steps:
        step_rows, hidden = _funnel_rows(step, threshold, lang, spec)
        for row, g in zip(step_rows, step.groups, strict=True):
            if g.adverse_impact and "–" not in row[5]:
                highlight.append(len(rows))
            rows.append(row)
        if hidden:
            notes.append(text("proc.suppressed_step", lang, stage=step.stage))
        elif step.finding is not None:
            notes.append(step.finding.get(lang))
    header = [
        text("proc.step", lang),
        heading_of("group", lang),
        *(text(k, lang) for k in ("proc.entered", "proc.passed", "proc.pass_rate")),
        *(heading_of(c, lang) for c in ("ratio", "p_value", "notes")),
    ]
    story.table(
        header,
        rows,
        widths=(0.13, 0.19, 0.09, 0.09, 0.11, 0.1, 0.1, 0.19),
        numeric=range(2, 7),
        highlight=highlight,
    )
    if len(analysis.attributes) == 1 and steps:
        series = []
        for index, group in enumerate(steps[0].groups):
            values = []
            for step in steps:
                g = step.groups[index]
                values.append(None if funnel_suppressed(g, threshold) else g.pass_rate)
            series.append(Series(group_label(group.values, spec), values))
        chart = grouped_rate_chart(
            [s.stage for s in steps],
            series,
            lang=lang,
            width=CONTENT_WIDTH,
            suppressed_text=_suppressed_text(threshold, lang),
        )
        caption = story.paragraph(text("proc.funnel_caption", lang), style="small")
        story.add(KeepTogether([chart, caption]))
        story.spacer(6)
    story.bullets(notes)


def funnel_section(story: Story, result: AuditResult, *, threshold: int) -> None:
    analyses = [a for a in _analyses(result) if a.funnel]
    if not analyses:
        return
    story.subheading(text("proc.funnel", story.lang), keep=60)
    story.para(text("proc.funnel_intro", story.lang))
    for analysis in analyses:
        _funnel_block(story, analysis, threshold, result.spec)


def features_section(story: Story, result: AuditResult) -> None:
    if result.features is None:
        return
    lang = story.lang
    story.subheading(text("proc.features", lang), keep=50)
    story.para(text("proc.features_intro", lang))
    if not result.features:
        story.para(text("proc.no_features", lang))
        return
    attributes = list(result.spec.sensitive)
    header = [text("proc.column", lang), text("proc.v_decision", lang)]
    header += [
        text("proc.v_attribute", lang, attribute=in_sentence(column_label(a, result.spec)))
        for a in attributes
    ]
    header.append(text("proc.proxy", lang))
    rows = [
        [
            column_label(f.column, result.spec),
            format_number(f.association_with_decision, lang),
            *(format_number(f.proxy_for.get(a), lang) for a in attributes),
            text("yes" if f.proxy_flag else "no", lang),
        ]
        for f in result.features
    ]
    rest = 0.54 / (len(attributes) + 2)
    story.table(
        header,
        rows,
        widths=(0.3, 0.16, *([rest] * len(attributes)), rest * 2),
        numeric=range(1, len(attributes) + 2),
        highlight=[i for i, f in enumerate(result.features) if f.proxy_flag],
    )
    story.bullets([f.finding.get(lang) for f in result.features if f.finding is not None])


def process_section(story: Story, result: AuditResult, *, options: ReportOptions) -> None:
    """The three analyses of issue 11, each only when the audit has it."""
    threshold = options.small_cell_threshold
    oversight_section(story, result, threshold=threshold)
    funnel_section(story, result, threshold=threshold)
    features_section(story, result)


def has_process(result: AuditResult) -> bool:
    return result.features is not None or any(
        a.oversight is not None or a.funnel for a in result.analyses
    )


def process_method(story: Story, result: AuditResult | None) -> None:
    """The method of the analyses the audit has, appended to the method section."""
    if result is None:
        return
    present = (
        any(a.oversight is not None for a in result.analyses),
        any(a.funnel for a in result.analyses),
        result.features is not None,
    )
    paragraphs = prose.paragraphs("report_process_method", story.lang)
    for paragraph, shown in zip(paragraphs, present, strict=True):
        if shown:
            story.para(markdown_markup(paragraph), markup=True)

"""The bias audit in detail, an annex of the report: per analysis the verdict per group, the
chart, the error rates against the ground truth, the findings in plain words and the comparison
within strata. The report's core shows each analysis' table and summary
(:func:`ethics_toolkit.report.sections.audit.audit_section`)."""

from __future__ import annotations

from reportlab.platypus import KeepTogether

from ethics_toolkit.engine.models import FOUR_FIFTHS, Analysis, AuditResult
from ethics_toolkit.engine.presentation.suppression import HIDDEN, marker
from ethics_toolkit.engine.presentation.views import AnalysisView, analysis_view
from ethics_toolkit.engine.presentation.views import column_label as heading
from ethics_toolkit.engine.presentation.views import text as present
from ethics_toolkit.register.statements.audit import comparisons
from ethics_toolkit.report.charts import Bar, selection_rate_chart, shown_verdict
from ethics_toolkit.report.flow import CONTENT_WIDTH
from ethics_toolkit.report.options import ReportOptions
from ethics_toolkit.report.sections.audit import TABLE_COLUMNS
from ethics_toolkit.report.sections.validity import chart_legend, stratified_block, verdict_table
from ethics_toolkit.report.story import Story
from ethics_toolkit.report.texts import text


def audit_detail_section(story: Story, result: AuditResult, *, options: ReportOptions) -> None:
    """Per analysis, in the core's order: verdicts, chart, error rates, findings, strata."""
    lang, threshold = story.lang, options.small_cell_threshold
    story.section("sec.audit_detail")
    story.para(text("aud.detail_intro", lang), style="small")
    truth = result.spec.truth is not None
    count = comparisons(result)
    caption = "aud.chart_caption_scoring" if result.rate_kind == "scoring" else "aud.chart_caption"
    for analysis in sorted(result.analyses, key=lambda a: len(a.attributes)):
        view = analysis_view(
            result,
            analysis,
            lang,
            suppress_below=threshold,
            with_reference_finding=False,
            columns=TABLE_COLUMNS,
        )
        story.subheading(view.title, keep=90)
        verdict_table(story, analysis, view, count)
        _chart(story, analysis, view, threshold, caption)
        if truth:
            _error_rate_table(story, view)
        _findings(story, view)
        stratified_block(story, result, analysis, view)


def _error_rate_table(story: Story, view: AnalysisView) -> None:
    """TPR and FPR against the ground truth, in their own table so the main one stays readable."""
    lang = story.lang
    note = text("aud.error_rates", lang)
    if any(row.tpr == HIDDEN and row.fpr == HIDDEN for row in view.rows):
        note += " " + text("aud.error_rates_hidden", lang)
    story.para(note, style="small")
    story.table(
        [heading(c, lang) for c in ("group", "tpr", "fpr")],
        [[row.label, row.tpr, row.fpr] for row in view.rows],
        widths=(0.34, 0.33, 0.33),
        numeric=(1, 2),
    )


def _chart(
    story: Story, analysis: Analysis, view: AnalysisView, threshold: int, caption: str
) -> None:
    lang = story.lang
    bars = [
        Bar(
            label=row.label,
            rate=None if row.suppressed else g.selection_rate,
            ci_low=None if row.suppressed else g.ci_low,
            ci_high=None if row.suppressed else g.ci_high,
            adverse=row.adverse,
            reference=row.reference,
            verdict=None if row.ratio_hidden else row.verdict,
        )
        for row, g in zip(view.rows, analysis.groups, strict=True)
    ]
    reference = next(
        (
            g
            for row, g in zip(view.rows, analysis.groups, strict=True)
            if g.is_reference and not row.suppressed
        ),
        None,
    )
    drawing = selection_rate_chart(
        bars,
        reference_rate=reference.selection_rate if reference else None,
        four_fifths=FOUR_FIFTHS,
        lang=lang,
        width=CONTENT_WIDTH,
        suppressed_text=f"{marker(threshold)}: {present('note.suppressed', lang)}",
        line_label=text("aud.chart_four_fifths", lang),
    )
    legend = chart_legend([shown_verdict(b) for b in bars], lang)  # issues 10, 12: markers
    parts = [drawing, *([legend] if legend is not None else [])]
    story.add(KeepTogether([*parts, story.paragraph(text(caption, lang), style="small")]))
    story.spacer(8)


def _findings(story: Story, view: AnalysisView) -> None:
    """The engine's plain-language findings; a suppressed group only says it is too small."""
    items = ([view.summary] if view.summary else []) + view.findings
    if items:
        story.lead(text("aud.findings", story.lang))
        story.bullets(items)

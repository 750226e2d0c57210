"""Sections every report has: summary, bias audit, data provenance, method, glossary."""

from __future__ import annotations

from reportlab.platypus import KeepTogether

from ethics_toolkit.engine.models import FOUR_FIFTHS, Analysis, AuditResult, AuditSpec
from ethics_toolkit.i18n import Lang, format_int, format_number, format_percent
from ethics_toolkit.report.charts import Bar, selection_rate_chart
from ethics_toolkit.report.disclosure import (
    GroupRow,
    attributes_label,
    count_text,
    group_label,
    group_row,
    is_small_cell,
    marker,
)
from ethics_toolkit.report.layout import CONTENT_WIDTH, Story, esc
from ethics_toolkit.report.options import ReportOptions
from ethics_toolkit.report.summary import ReportSummary
from ethics_toolkit.report.texts import glossary, lines, text


def summary_section(story: Story, summary: ReportSummary) -> None:
    lang = story.lang
    story.section("sec.summary")
    story.status_box(summary.status, summary.status_label, summary.reasons)
    story.subheading(text("sum.findings", lang), bookmark=False)
    story.bullets(summary.findings)
    story.subheading(text("sum.decisions", lang), bookmark=False)
    story.bullets(summary.decisions or [text("sum.no_decisions", lang)], numbered=True)
    if summary.next_review is not None:
        story.subheading(text("sum.next_review", lang), bookmark=False)
        story.para(summary.next_review.isoformat())


def _header(result: AuditResult, lang: Lang) -> list[str]:
    rate_key = "aud.rate_scoring" if result.rate_kind == "scoring" else "aud.rate"
    keys = ["aud.group", "aud.n", "aud.selected", rate_key, "aud.ratio", "aud.p", "aud.shortfall"]
    return [text(k, lang) for k in [*keys, "aud.flags"]]


def _flags(row: GroupRow, analysis: Analysis, index: int, lang: Lang) -> str:
    group = analysis.groups[index]
    flags = []
    if group.is_reference:
        flags.append(text("aud.flag_ref", lang))
    if group.adverse_impact and not row.ratio_hidden:
        flags.append(text("aud.flag_adverse", lang))
    if group.small_group:
        flags.append(text("aud.flag_small", lang))
    if row.suppressed:
        flags.append(text("aud.flag_suppressed", lang))
    return ", ".join(flags)


def _analysis_table(
    story: Story, result: AuditResult, analysis: Analysis, rows: list[GroupRow]
) -> None:
    lang = story.lang
    body = [
        [
            *(row.label, row.n, row.selected, row.rate, row.ratio, row.p_value, row.shortfall),
            _flags(row, analysis, index, lang),
        ]
        for index, row in enumerate(rows)
    ]
    highlight = [
        i
        for i, (row, g) in enumerate(zip(rows, analysis.groups, strict=True))
        if g.adverse_impact and not row.ratio_hidden
    ]
    story.table(
        _header(result, lang),
        body,
        widths=(0.17, 0.07, 0.1, 0.2, 0.075, 0.085, 0.115, 0.185),
        numeric=range(1, 7),
        highlight=highlight,
    )


def _error_rate_table(story: Story, rows: list[GroupRow]) -> None:
    """TPR and FPR against the ground truth, in their own table so the main one stays readable."""
    lang = story.lang
    story.para(text("aud.error_rates", lang), style="small")
    story.table(
        [text(k, lang) for k in ("aud.group", "aud.tpr_long", "aud.fpr_long")],
        [[row.label, row.tpr, row.fpr] for row in rows],
        widths=(0.34, 0.33, 0.33),
        numeric=(1, 2),
    )


def _chart(
    story: Story, analysis: Analysis, rows: list[GroupRow], threshold: int, caption: str
) -> None:
    lang = story.lang
    bars = [
        Bar(
            label=row.label,
            rate=None if row.suppressed else g.selection_rate,
            ci_low=None if row.suppressed else g.ci_low,
            ci_high=None if row.suppressed else g.ci_high,
            adverse=g.adverse_impact and not row.ratio_hidden,
            reference=g.is_reference,
        )
        for row, g in zip(rows, analysis.groups, strict=True)
    ]
    reference = next(
        (g for g in analysis.groups if g.is_reference and not is_small_cell(g, threshold)), None
    )
    drawing = selection_rate_chart(
        bars,
        reference_rate=reference.selection_rate if reference else None,
        four_fifths=FOUR_FIFTHS,
        lang=lang,
        width=CONTENT_WIDTH,
        suppressed_text=f"{marker(threshold)}: {text('aud.flag_suppressed', lang)}",
        line_label=text("aud.chart_four_fifths", lang),
    )
    story.add(KeepTogether([drawing, story.paragraph(text(caption, lang), style="small")]))
    story.spacer(8)


def _analysis_notes(story: Story, analysis: Analysis, rows: list[GroupRow], threshold: int) -> None:
    lang = story.lang
    notes = [text("aud.analysed", lang, count=format_int(analysis.n_analysed, lang))]
    if analysis.reference_group:
        notes.append(text("aud.reference", lang, group=group_label(analysis.reference_group)))
    notes.append(
        text(
            "aud.unknown", lang, count=count_text(analysis.unknown, lang=lang, threshold=threshold)
        )
    )
    small = [row.label for row, g in zip(rows, analysis.groups, strict=True) if g.small_group]
    if small:
        notes.append(text("aud.small_groups", lang, groups=", ".join(small)))
    any_suppressed = any(row.suppressed for row in rows)
    if not any_suppressed and analysis.demographic_parity_difference is not None:
        notes.append(
            text(
                "aud.dp",
                lang,
                diff=format_percent(analysis.demographic_parity_difference, lang, 1),
                ratio=format_number(analysis.demographic_parity_ratio, lang, 2),
            )
        )
    if not any_suppressed and analysis.equalized_odds_difference is not None:
        notes.append(
            text("aud.eod", lang, value=format_percent(analysis.equalized_odds_difference, lang, 1))
        )
    for note in notes:
        story.para(note, style="small")
    if any_suppressed:
        story.para(
            text("aud.suppressed_note", lang, marker=marker(threshold), threshold=threshold),
            style="small",
        )


def _findings(story: Story, analysis: Analysis, rows: list[GroupRow]) -> None:
    """The engine's plain-language findings, never for a suppressed group (they quote counts)."""
    lang = story.lang
    items = []
    hidden = [g for row, g in zip(rows, analysis.groups, strict=True) if row.suppressed]
    summary = analysis.summary.get(lang) if analysis.summary else None
    # Conservative: drop the summary if it may name a suppressed group (all its values occur).
    if summary and not any(all(v in summary for v in g.values.values()) for g in hidden):
        items.append(summary)
    for row, group in zip(rows, analysis.groups, strict=True):
        if row.suppressed:
            items.append(text("aud.suppressed_finding", lang, group=row.label))
        elif group.finding is not None and not group.is_reference:
            items.append(group.finding.get(lang))
    if items:
        story.para(f"<b>{esc(text('aud.findings', lang))}</b>", markup=True)
        story.bullets(items)


def audit_section(
    story: Story, result: AuditResult, *, options: ReportOptions, run_info: str | None = None
) -> None:
    """Per analysis: notes, table, chart and findings; single attributes before intersections."""
    lang, threshold = story.lang, options.small_cell_threshold
    story.section("sec.audit")
    story.para(text("aud.intro", lang))
    if result.rate_kind == "scoring":
        story.para(text("aud.intro_scoring", lang))
    if run_info:
        story.para(run_info, style="small")
    truth = result.spec.truth is not None
    for analysis in sorted(result.analyses, key=lambda a: len(a.attributes)):
        key = "aud.analysis" if len(analysis.attributes) == 1 else "aud.intersection"
        story.subheading(text(key, lang, attributes=attributes_label(analysis.attributes)), keep=90)
        rows = [
            group_row(g, analysis, result, lang=lang, threshold=threshold) for g in analysis.groups
        ]
        _analysis_notes(story, analysis, rows, threshold)
        _analysis_table(story, result, analysis, rows)
        caption = (
            "aud.chart_caption_scoring" if result.rate_kind == "scoring" else "aud.chart_caption"
        )
        _chart(story, analysis, rows, threshold, caption)
        if truth:
            _error_rate_table(story, rows)
        _findings(story, analysis, rows)


def provenance_section(
    story: Story,
    result: AuditResult,
    *,
    file_name: str | None = None,
    sha256: str | None = None,
    rows_used: int | None = None,
    run_at: str | None = None,
    run_by: str | None = None,
) -> None:
    lang = story.lang
    story.section("sec.provenance", new_page=False)
    story.para(text("prov.intro", lang))
    reading, spec = result.reading, result.spec
    unknown = text("prov.unknown", lang)
    pairs = [
        (text("prov.file", lang), file_name or (reading.file_name if reading else None) or unknown),
        (text("prov.sha256", lang), sha256 or (reading.sha256 if reading else None) or unknown),
        (
            text("prov.rows_read", lang),
            format_int(reading.rows_read if reading else result.n_rows, lang),
        ),
        (text("prov.rows_used", lang), format_int(rows_used or result.n_rows, lang)),
    ]
    if result.excluded_rows:
        pairs.append((text("prov.excluded", lang), format_int(result.excluded_rows, lang)))
    if reading is not None and reading.sheet is not None:
        kind = text(f"prov.kind_{reading.kind}", lang)
        how = text("prov.reading_sheet", lang, sheet=f"“{reading.sheet}”", kind=kind)
        pairs.append((text("prov.reading", lang), how))
    elif reading is not None:
        separator = text("prov.tab", lang) if reading.separator == "\t" else reading.separator
        kind = text(f"prov.kind_{reading.kind}", lang)
        pairs.append(
            (
                text("prov.reading", lang),
                text(
                    "prov.reading_value",
                    lang,
                    encoding=reading.encoding,
                    separator=f"“{separator}”",
                    decimal=f"“{reading.decimal}”",
                    kind=kind,
                ),
            )
        )
    if reading is not None:
        pairs.append((text("prov.columns", lang), ", ".join(reading.columns)))
    used = [spec.outcome, spec.score, spec.count_column, spec.selected_column, *spec.sensitive]
    used.append(spec.truth)
    pairs.append((text("prov.columns_used", lang), ", ".join(dict.fromkeys(c for c in used if c))))
    if spec.score:
        median = format_number(result.score_median, lang, 1)
        outcome = text("prov.score_value", lang, column=spec.score, median=median)
    else:
        outcome = text(
            "prov.outcome_value",
            lang,
            column=spec.outcome or spec.selected_column or unknown,
            positive=spec.positive or "–",
        )
    pairs.append((text("prov.outcome", lang), outcome))
    classes = outcome_classes(spec)
    if classes:
        pairs.append((text("prov.classes", lang), classes_text(classes, lang)))
    pairs.append((text("prov.sensitive", lang), ", ".join(spec.sensitive)))
    if spec.truth:
        pairs.append((text("prov.truth", lang), f"{spec.truth} = {spec.truth_positive or '–'}"))
    pairs.append((text("prov.confidence", lang), format_percent(result.confidence_level, lang, 0)))
    if run_at:
        pairs.append((text("prov.run_at", lang), run_at))
    if run_by:
        pairs.append((text("prov.run_by", lang), run_by))
    story.facts(pairs)


def outcome_classes(spec: AuditSpec) -> dict[str, list[str]]:
    """How each outcome value was counted (issue 9): the engine's record, else the spec's lists."""
    if spec.outcome_classes:
        found: dict[str, list[str]] = {}
        for value, kind in spec.outcome_classes.items():
            found.setdefault(kind, []).append(value)
        return {k: found[k] for k in ("selected", "not_selected", "excluded") if k in found}
    named = {"selected": spec.positives, "not_selected": spec.negatives, "excluded": spec.excluded}
    return {k: list(v) for k, v in named.items() if v}


def classes_text(classes: dict[str, list[str]], lang: Lang) -> str:
    return "; ".join(
        text(f"prov.class_{kind}", lang, values=", ".join(values))
        for kind, values in classes.items()
    )


def method_section(story: Story, *, options: ReportOptions) -> None:
    story.section("sec.method", new_page=False)
    threshold = options.small_cell_threshold
    for paragraph in lines("meth.paragraphs", story.lang):
        story.para(paragraph.format(threshold=threshold, marker=marker(threshold)), markup=True)


def glossary_section(story: Story) -> None:
    story.section("sec.glossary")
    story.table(
        [text("glo.term", story.lang), text("glo.meaning", story.lang)],
        [[term, definition] for term, definition in glossary(story.lang)],
        widths=(0.27, 0.73),
    )


def cover(
    story: Story,
    *,
    title: str,
    subtitle: str,
    facts: list[tuple[str, str]],
    intro: str,
    contents: list[str],
) -> None:
    """Page 1: title, the key facts, what the report is for, and the list of sections."""
    lang = story.lang
    story.spacer(40)
    story.para(title, style="title")
    story.para(subtitle, style="subtitle")
    story.spacer(24)
    story.facts(facts, label_width=0.3)
    story.spacer(8)
    story.para(intro)
    story.spacer(12)
    story.para(text("cover.contents", lang), style="h2")
    story.bullets([text(key, lang) for key in contents], numbered=True)

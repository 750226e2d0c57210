"""Sections every report has: summary, bias audit, data provenance, method, glossary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Spacer

from ethics_toolkit.engine.models import (
    SMALL_GROUP_SHARE,
    AuditResult,
)
from ethics_toolkit.engine.presentation.labels import column_label
from ethics_toolkit.engine.presentation.suppression import marker
from ethics_toolkit.engine.presentation.views import AnalysisView, Column, analysis_view
from ethics_toolkit.engine.presentation.views import column_label as heading
from ethics_toolkit.engine.spec import AuditSpec
from ethics_toolkit.i18n import Lang, format_int, format_number, format_percent, prose, quoted
from ethics_toolkit.report.options import ReportOptions
from ethics_toolkit.report.sections.audit_warnings import warnings_block
from ethics_toolkit.report.sections.validity import (
    method_paragraphs,
)
from ethics_toolkit.report.story import Story, esc, markdown_markup
from ethics_toolkit.report.summary import ReportSummary
from ethics_toolkit.report.texts import text

if TYPE_CHECKING:
    from ethics_toolkit.register.domain.tool_record import ToolRecord

# The PDF's audit table: the rate carries its interval; the ratio's interval is left out.
TABLE_COLUMNS: tuple[Column, ...] = (
    "group", "n", "selected", "rate", "ratio", "p_value", "shortfall", "notes",
)  # fmt: skip
TABLE_WIDTHS = (0.16, 0.085, 0.095, 0.195, 0.075, 0.085, 0.115, 0.19)


def summary_section(story: Story, summary: ReportSummary) -> None:
    lang = story.lang
    story.section("sec.summary")
    story.status_box(summary.status, summary.status_label, summary.reasons)
    # One page for management: findings in the compact list style, headings without a bookmark.
    story.subheading(text("sum.findings", lang), bookmark=False, style="h3")
    story.bullets(summary.findings, style="bullet_small")
    story.subheading(text("sum.decisions", lang), bookmark=False, style="h3")
    review = []
    if summary.next_review is not None:  # kept with the last decisions: never alone on a page
        line = f"<b>{esc(text('sum.next_review', lang))}:</b> {summary.next_review.isoformat()}"
        review = [Spacer(1, 6), story.paragraph(line, markup=True)]
    lines = summary.decision_lines()  # issue 21 item 3: each with its owner and date
    story.bullets(lines or [text("sum.no_decisions", lang)], numbered=True, then=review)


def _analysis_table(story: Story, result: AuditResult, view: AnalysisView) -> None:
    lang = story.lang
    header = [heading(c, lang, rate_kind=result.rate_kind) for c in TABLE_COLUMNS]
    header[TABLE_COLUMNS.index("rate")] += f" ({heading('rate_ci', lang)})"
    body = [
        [row.rate_with_ci if c == "rate" else row.cell(c) for c in TABLE_COLUMNS]
        for row in view.rows
    ]
    story.table(
        header,
        body,
        widths=TABLE_WIDTHS,
        numeric=range(1, 7),
        highlight=[i for i, row in enumerate(view.rows) if row.adverse],
    )


def _analysis_notes(story: Story, view: AnalysisView) -> None:
    for note in view.notes:
        story.para(note[:1].upper() + note[1:] + ".", style="small")
    if view.suppressed_note:
        story.para(view.suppressed_note, style="small")


def audit_section(
    story: Story,
    result: AuditResult,
    *,
    options: ReportOptions,
    run_info: str | None = None,
    details: str | None = None,
) -> None:
    """The core of the audit: per analysis its notes, its table and its summary in one sentence;
    single attributes before intersections. ``details`` says where the rest is (an annex)."""
    lang, threshold = story.lang, options.small_cell_threshold
    story.section("sec.audit")
    story.para(text("aud.intro", lang))
    if result.rate_kind == "scoring":
        story.para(text("aud.intro_scoring", lang))
    if run_info:
        story.para(run_info, style="small")
    warnings_block(story, result, small_cell_threshold=threshold)  # issue 27: said first
    if details:
        story.para(details, style="small")
    for analysis in sorted(result.analyses, key=lambda a: len(a.attributes)):
        view = analysis_view(
            result,
            analysis,
            lang,
            suppress_below=threshold,
            with_reference_finding=False,
            columns=TABLE_COLUMNS,
        )
        story.subheading(view.title, keep=60)
        _analysis_notes(story, view)
        _analysis_table(story, result, view)
        if view.summary:
            story.para(view.summary)


def provenance_section(
    story: Story,
    result: AuditResult,
    *,
    file_name: str | None = None,
    sha256: str | None = None,
    rows_used: int | None = None,
    run_at: str | None = None,
    run_by: str | None = None,
    options: ReportOptions | None = None,
    record: ToolRecord | None = None,
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
    if reading is not None and reading.source_kind in ("table", "query", "parquet"):
        fetched = format_int(reading.rows_fetched or 0, lang)
        where = text(f"prov.source_{reading.source_kind}", lang, fetched=fetched)
        pairs.append((text("prov.source", lang), where))
        if reading.query_sha256:
            pairs.append((text("prov.query_sha256", lang), reading.query_sha256))
    elif reading is not None and reading.sheet is not None:
        kind = text(f"prov.kind_{reading.kind}", lang)
        how = text("prov.reading_sheet", lang, sheet=quoted(reading.sheet, lang), kind=kind)
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
                    separator=quoted(separator, lang),
                    decimal=quoted(reading.decimal, lang),
                    kind=kind,
                ),
            )
        )
    if reading is not None:
        pairs.append((text("prov.columns", lang), ", ".join(reading.columns)))
    used = [spec.outcome, spec.score, spec.count_column, spec.selected_column, *spec.sensitive]
    used.append(spec.truth)
    pairs.append((text("prov.columns_used", lang), ", ".join(dict.fromkeys(c for c in used if c))))
    classes = outcome_classes(spec)
    if spec.score:
        median = format_number(result.score_median, lang, 1)
        outcome = text("prov.score_value", lang, column=spec.score, median=median)
    else:
        outcome = text(
            "prov.outcome_value",
            lang,
            column=spec.outcome or spec.selected_column or unknown,
            positive=positive_values(spec, classes) or "–",
        )
        if not (spec.positive or spec.positives) and classes.get("selected"):
            outcome += " " + text("prov.positive_detected", lang)  # issue 12: never left out
    pairs.append((text("prov.outcome", lang), outcome))
    if classes:
        pairs.append((text("prov.classes", lang), classes_text(classes, lang)))
    pairs.append(
        (text("prov.sensitive", lang), ", ".join(_named(c, result) for c in spec.sensitive))
    )
    if spec.truth:
        pairs.append((text("prov.truth", lang), f"{spec.truth} = {spec.truth_positive or '–'}"))
    pairs.append((text("prov.confidence", lang), format_percent(result.confidence_level, lang, 0)))
    if run_at:
        pairs.append((text("prov.run_at", lang), run_at))
    pairs.append(
        (text("prov.run_by", lang), story.clip(run_by, 200, text("prov.run_by", lang)))
        if run_by
        else (text("prov.run_by", lang), text("prov.run_by_unknown", lang))
    )
    art9 = special_data_text(result, lang, options=options, record=record)
    if art9 is not None:
        pairs.append(
            (text("prov.special", lang), story.clip(art9, 600, text("prov.special", lang)))
        )
    story.facts(pairs)


def positive_values(spec: AuditSpec, classes: dict[str, list[str]]) -> str:
    """The value(s) counted as selected, as named or as the engine detected them (issue 12)."""
    named = spec.positives or ([spec.positive] if spec.positive else [])
    return ", ".join(named or classes.get("selected", []))


def special_data_text(
    result: AuditResult,
    lang: Lang,
    *,
    options: ReportOptions | None,
    record: ToolRecord | None,
) -> str | None:
    """Special-category columns of the audit and the GDPR Art. 9(2) ground, or ``None``."""
    from ethics_toolkit.engine.presentation.labels import column_label as named
    from ethics_toolkit.register.domain.labels import label
    from ethics_toolkit.register.legal.evidence import special_columns

    found = special_columns(result.spec)
    if not found:
        return None
    columns = ", ".join(
        f"{named(column, result.spec)} ({label(category, lang).lower()})"
        for column, category in found
    )
    ground = (record.tool.art9_ground if record else None) or (
        options.art9_ground if options else None
    )
    if ground:
        return text("prov.special_ground", lang, columns=columns, ground=ground.strip())
    from ethics_toolkit.register.law.provisions import in_force

    # The basis in force on the report's date; a change not yet in force is in section 2.
    as_of = options.report_date if options else None
    law = in_force("special_category_bias", as_of).text.get(lang)
    key = "prov.special_no_ground_tool" if record else "prov.special_no_ground"
    return text(key, lang, columns=columns, law=law)


def _named(column: str, result: AuditResult) -> str:
    """A column as the reader knows it, with the file's own name when it has a label."""
    label = column_label(column, result.spec)
    return column if label == column else f"{label} ({column})"


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
    share = format_percent(SMALL_GROUP_SHARE, story.lang, 0)
    for paragraph in prose.paragraphs(
        "report_method",
        story.lang,
        threshold=threshold,
        marker=marker(threshold),
        small_share=share,
    ):
        story.para(markdown_markup(paragraph), markup=True)
    method_paragraphs(story)


def glossary(lang: Lang) -> list[tuple[str, str]]:
    """(term, definition) pairs of the report's glossary, in the order of its Markdown file."""
    return prose.sections("report_glossary", lang)


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
) -> None:
    """Page 1: title, the key facts, what the report is for, and the contents with page numbers
    (each line a link to its section)."""
    lang = story.lang
    story.spacer(30)
    story.para(title, style="title")
    story.para(story.clip(subtitle, 200, text("cover.tool", lang)), style="subtitle")
    story.spacer(18)
    story.facts(facts, label_width=0.3)
    story.spacer(6)
    story.para(intro)
    story.spacer(8)
    story.para(text("cover.contents", lang), style="h2")
    story.contents(annexes_title=text("cover.annexes", lang))

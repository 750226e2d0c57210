"""Assemble the two reports: the bias-audit-only report and the full management report."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.i18n import Lang, format_int
from ethics_toolkit.report import sections_audit as audit_sections
from ethics_toolkit.report import sections_process as process_sections
from ethics_toolkit.report.layout import Frame, Story, render
from ethics_toolkit.report.options import ReportOptions
from ethics_toolkit.report.summary import derive_report_date, latest_audit, summary
from ethics_toolkit.report.texts import TOOL_SECTION_KEYS, text

if TYPE_CHECKING:
    from ethics_toolkit.register.models import ToolRecord

AUTHOR_FALLBACK = "ethics-toolkit"


def _date_text(options: ReportOptions, derived: date | None, lang: Lang) -> str:
    value = options.report_date or derived
    return value.isoformat() if value else text("cover.not_stated", lang)


def _render(
    story: Story,
    *,
    name: str,
    title_key: str,
    author: str,
    confidentiality: str,
    report_date: date | None,
    options: ReportOptions,
) -> bytes:
    """Header, footer and metadata shared by both reports."""
    lang = story.lang
    frame = Frame(
        tool_name=name,
        report_date=_date_text(options, report_date, lang),
        confidentiality=confidentiality,
        lang=lang,
    )
    return render(
        story,
        frame=frame,
        title=f"{text(title_key, lang)}: {name}",
        author=author,
        subject=text("doc.subject", lang),
        creation=report_date,
    )


def build_audit_report(
    result: AuditResult, *, lang: Lang, options: ReportOptions | None = None
) -> bytes:
    """The bias-audit-only report of one decision log: no register needed.

    Sections: cover, summary, bias audit, data provenance, method and limitations, glossary.
    """
    options = options or ReportOptions()
    report_date = options.report_date or derive_report_date(result)
    reading = result.reading
    name = (reading.file_name if reading else None) or text("doc.title_audit", lang)
    confidentiality = options.confidentiality or text("doc.confidential_default", lang)
    story = Story(lang)
    audit_sections.cover(
        story,
        title=text("doc.title_audit", lang),
        subtitle=name,
        facts=[
            (text("cover.data_file", lang), name),
            (text("prov.rows_read", lang), format_int(result.n_rows, lang)),
            (text("cover.report_date", lang), _date_text(options, report_date, lang)),
            (
                text("cover.prepared_by", lang),
                options.prepared_by or text("cover.not_stated", lang),
            ),
            (text("cover.confidentiality", lang), confidentiality),
        ],
        intro=text("cover.intro_audit", lang),
        contents=[
            "sec.summary",
            "sec.audit",
            "sec.provenance",
            *(["sec.monitoring"] if result.periods else []),  # issue 15: an audit by period
            "sec.method",
            "sec.glossary",
        ],
    )
    audit_sections.summary_section(story, summary(result, lang, options=options))
    audit_sections.audit_section(story, result, options=options)
    process_sections.process_section(story, result, options=options)  # issue 11
    audit_sections.provenance_section(story, result)
    if result.periods:
        from ethics_toolkit.report.sections_monitoring import periods_section

        periods_section(story, result, small_cell_threshold=options.small_cell_threshold)
    audit_sections.method_section(story, options=options)
    process_sections.process_method(story, result)
    audit_sections.glossary_section(story)
    return _render(
        story,
        name=name,
        title_key="doc.title_audit",
        author=options.prepared_by or AUTHOR_FALLBACK,
        confidentiality=confidentiality,
        report_date=report_date,
        options=options,
    )


def build_tool_report(
    record: ToolRecord, *, lang: Lang, options: ReportOptions | None = None
) -> bytes:
    """The management report of a registered tool (sections 1-11 of issue 5).

    The bias-audit sections use the tool's latest audit run; without one they say so and how to
    run it.
    """
    # The register is needed only here: the audit-only report works without it.
    from ethics_toolkit.report import sections_tool as tool_sections

    options = options or ReportOptions()
    report_date = options.report_date or derive_report_date(record)
    tool = record.tool
    run = latest_audit(record)
    confidentiality = options.confidentiality or text("doc.confidential_default", lang)
    summary_data = summary(record, lang, options=options)
    story = Story(lang)
    audit_sections.cover(
        story,
        title=text("doc.title_tool", lang),
        subtitle=tool.name,
        facts=tool_sections.cover_facts(record, run, options, report_date, lang),
        intro=text("cover.intro_tool", lang),
        contents=list(TOOL_SECTION_KEYS),
    )
    audit_sections.summary_section(story, summary_data)
    tool_sections.tool_section(story, record)
    tool_sections.risk_section(story, record)
    tool_sections.checklist_section(story, record)
    if run is None:
        for key in ("sec.audit", "sec.provenance"):
            story.section(key, new_page=key == "sec.audit")
            story.para(text("aud.no_audit", lang))
    else:
        run_info = text("aud.run_info", lang, date=run.run_at.date().isoformat(), who=run.run_by)
        if run.exact_small_cells:  # issue 13: the user kept exact small cells for this audit
            run_info += " " + text("aud.exact_small_cells", lang)
        elif run.withheld_rows or run.withheld_groups:
            rows, groups = run.withheld_rows, run.withheld_groups
            run_info += " " + text("aud.withheld", lang, rows=rows, groups=groups)
        audit_sections.audit_section(story, run.result, options=options, run_info=run_info)
        process_sections.process_section(story, run.result, options=options)  # issue 11
        audit_sections.provenance_section(
            story,
            run.result,
            file_name=run.file_name,
            sha256=run.file_sha256,
            rows_used=run.rows_used,
            run_at=run.run_at.strftime("%Y-%m-%d %H:%M UTC"),
            run_by=run.run_by,
        )
    from ethics_toolkit.report.sections_monitoring import monitoring_section  # issue 15

    monitoring_section(story, record, small_cell_threshold=options.small_cell_threshold)
    audit_sections.method_section(story, options=options)
    process_sections.process_method(story, run.result if run else None)
    tool_sections.action_section(story, record, run, summary_data)
    tool_sections.signoff_section(story, record)
    audit_sections.glossary_section(story)
    return _render(
        story,
        name=tool.name,
        title_key="doc.title_tool",
        author=options.prepared_by or tool.system_owner or AUTHOR_FALLBACK,
        confidentiality=confidentiality,
        report_date=report_date,
        options=options,
    )

"""Assemble the two reports: the bias-audit-only report and the full management report."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.i18n import Lang, format_int, quoted
from ethics_toolkit.report import fonts
from ethics_toolkit.report.document import Frame, render
from ethics_toolkit.report.flow import clip_text
from ethics_toolkit.report.options import ReportOptions
from ethics_toolkit.report.sections import audit as audit_sections
from ethics_toolkit.report.sections import process as process_sections
from ethics_toolkit.report.story import Story
from ethics_toolkit.report.summary import derive_report_date, latest_audit, summary
from ethics_toolkit.report.texts import text

if TYPE_CHECKING:
    from ethics_toolkit.register.domain.tool_record import ToolRecord

AUTHOR_FALLBACK = ""
"""The PDF's author when none is given: left empty, as the cover says "not stated"."""
EXAMPLES_IN_WARNING = 3


@dataclass(frozen=True, slots=True)
class BuiltReport:
    """A report's PDF and the text it could not draw as written (listed in its last annex)."""

    pdf: bytes
    undrawable: list[fonts.Undrawable] = field(default_factory=list)

    def warning(self, lang: Lang) -> str | None:
        """What the CLI and the app say when some text prints as "�"; ``None`` when all is drawn."""
        if not self.undrawable:
            return None
        examples = "; ".join(
            quoted(clip_text(u.shown(), 60), lang) for u in self.undrawable[:EXAMPLES_IN_WARNING]
        )
        return text("warn.undrawable", lang, count=len(self.undrawable), examples=examples)


def _date_text(options: ReportOptions, derived: date | None, lang: Lang) -> str:
    value = options.report_date or derived
    return value.isoformat() if value else text("cover.not_stated", lang)


def _annexes(story: Story, undrawable: list[fonts.Undrawable]) -> None:
    """Annex A: long entries in full; annex B: text the font could not draw (issue 12)."""
    lang, letters = story.lang, iter("ABC")
    if story.long_texts:
        story.annex(next(letters), text("annex.long_title", lang))
        story.para(text("annex.long_intro", lang), style="small")
        for entry in story.long_texts:
            story.para(f"{entry.ref}. {entry.label}", style="item")
            story.para(entry.text)
    if undrawable:
        story.annex(next(letters), text("annex.undrawable_title", lang))
        story.para(text("annex.undrawable_intro", lang, font=fonts.FAMILY_NAME), style="small")
        story.bullets(
            text(
                "annex.undrawable_entry",
                lang,
                page=u.page,
                shown=clip_text(u.shown(), 300),
                characters=u.code_points(),
            )
            for u in undrawable
        )


def _render(
    make_story: Callable[[], Story],
    *,
    name: str,
    title_key: str,
    author: str,
    confidentiality: str,
    report_date: date | None,
    options: ReportOptions,
    lang: Lang,
    keywords: str = "",
) -> BuiltReport:
    """Lay the story out with header, footer, metadata and annexes.

    What the font cannot draw is known only once the pages are laid out, so a report with such
    text is laid out a second time with its annex (which lists it by code point, all drawable).
    """
    frame = Frame(
        tool_name=name,
        report_date=_date_text(options, report_date, lang),
        confidentiality=confidentiality,
        lang=lang,
    )
    undrawable: list[fonts.Undrawable] = []
    with fonts.collecting() as found:
        for _ in range(2):
            story = make_story()
            _annexes(story, undrawable)
            pdf = render(
                story,
                frame=frame,
                title=f"{text(title_key, lang)}: {name}",
                author=author,
                subject=text("doc.subject", lang),
                creation=report_date,
                keywords=keywords,
            )
            if undrawable or not found.found:
                break
            undrawable = fonts.undrawable(found)
    return BuiltReport(pdf=pdf, undrawable=undrawable)


def audit_report(
    result: AuditResult, *, lang: Lang, options: ReportOptions | None = None
) -> BuiltReport:
    """The bias-audit-only report of one decision log: no register needed.

    Sections: cover, summary, bias audit, data provenance, method and limitations, glossary.
    """
    options = options or ReportOptions()
    report_date = options.report_date or derive_report_date(result)
    reading = result.reading
    name = (reading.file_name if reading else None) or text("doc.title_audit", lang)
    confidentiality = options.confidentiality or text("doc.confidential_default", lang)
    see = {"audit": 2}

    def make_story() -> Story:
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
        )
        audit_sections.summary_section(
            story, summary(result, lang, options=options, audit_section=see["audit"])
        )
        audit_sections.audit_section(story, result, options=options)
        process_sections.process_section(story, result, options=options)  # issue 11
        audit_sections.provenance_section(story, result, run_by=options.run_by, options=options)
        if result.periods:  # issue 15: an audit by period shows its periods as a series
            from ethics_toolkit.report.sections.monitoring import periods_section

            periods_section(story, result, small_cell_threshold=options.small_cell_threshold)
        audit_sections.method_section(story, options=options)
        process_sections.process_method(story, result)
        audit_sections.glossary_section(story)
        return story

    return _render(
        make_story,
        name=name,
        title_key="doc.title_audit",
        author=options.prepared_by or AUTHOR_FALLBACK,
        confidentiality=confidentiality,
        report_date=report_date,
        options=options,
        lang=lang,
    )


def tool_report(
    record: ToolRecord, *, lang: Lang, options: ReportOptions | None = None
) -> BuiltReport:
    """The management report of a registered tool (sections 1-10 of issue 5, annexes of 12).

    The bias-audit sections use the tool's latest audit run; without one they say so and how to
    run it.
    """
    # The register is needed only here: the audit-only report works without it.
    from ethics_toolkit.report.sections.actions import action_section
    from ethics_toolkit.report.sections.checklists import checklist_section
    from ethics_toolkit.report.sections.risks import risk_section
    from ethics_toolkit.report.sections.signoff import altered_box, signoff_section
    from ethics_toolkit.report.sections.signoff import keywords as anchor_keywords
    from ethics_toolkit.report.sections.tool import cover_facts, tool_section
    from ethics_toolkit.report.texts import TOOL_SECTION_KEYS

    options = options or ReportOptions()
    report_date = options.report_date or derive_report_date(record)
    tool = record.tool
    run = latest_audit(record)
    confidentiality = options.confidentiality or text("doc.confidential_default", lang)
    audit_number = TOOL_SECTION_KEYS.index("sec.audit") + 1
    summary_data = summary(record, lang, options=options, audit_section=audit_number)

    def make_story() -> Story:
        story = Story(lang)
        altered_box(story, record)  # issue 21 §4: an altered register, first
        audit_sections.cover(
            story,
            title=text("doc.title_tool", lang),
            subtitle=tool.name,
            facts=cover_facts(record, run, options, report_date, lang),
            intro=text("cover.intro_tool" if run else "cover.intro_tool_no_audit", lang),
        )
        audit_sections.summary_section(story, summary_data)
        tool_section(story, record, report_date=options.report_date or report_date)
        risk_section(story, record)
        checklist_section(story, record)
        if run is None:
            for key in ("sec.audit", "sec.provenance"):
                story.section(key, new_page=key == "sec.audit")
                story.para(text("aud.no_audit", lang))
        else:
            run_info = text(
                "aud.run_info", lang, date=run.run_at.date().isoformat(), who=run.run_by
            )
            if run.exact_small_cells:  # issue 13: the user kept exact small cells for this audit
                run_info += " " + text("aud.exact_small_cells", lang)
            elif run.withheld_rows or run.withheld_groups:
                rows, groups = run.withheld_rows, run.withheld_groups
                run_info += " " + text(
                    "aud.withheld",
                    lang,
                    rows=text("n.people", lang, count=rows),
                    groups=text("n.group_figures", lang, count=groups),
                )
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
                options=options,
                record=record,
            )
        from ethics_toolkit.report.sections.monitoring import monitoring_section  # issue 15

        monitoring_section(story, record, small_cell_threshold=options.small_cell_threshold)
        from ethics_toolkit.report.sections.paired import paired_section  # issue 24

        paired_section(story, record)

        from ethics_toolkit.report.sections.competence import competence_section  # issue 23

        competence_section(story, record, as_of=report_date or date.today())
        audit_sections.method_section(story, options=options)
        process_sections.process_method(story, run.result if run else None)
        action_section(story, record, run, summary_data, options=options)
        signoff_section(story, record)
        audit_sections.glossary_section(story)
        return story

    return _render(
        make_story,
        name=tool.name,
        keywords=anchor_keywords(record),  # issue 27: the anchor of verify --anchor
        title_key="doc.title_tool",
        author=options.prepared_by or AUTHOR_FALLBACK,
        confidentiality=confidentiality,
        report_date=report_date,
        options=options,
        lang=lang,
    )


def build_audit_report(
    result: AuditResult, *, lang: Lang, options: ReportOptions | None = None
) -> bytes:
    """The audit-only report's PDF (see :func:`audit_report` for its warnings)."""
    return audit_report(result, lang=lang, options=options).pdf


def build_tool_report(
    record: ToolRecord, *, lang: Lang, options: ReportOptions | None = None
) -> bytes:
    """The management report's PDF (see :func:`tool_report` for its warnings)."""
    return tool_report(record, lang=lang, options=options).pdf

"""The management report of a registered tool (issue 5; core and annexes since issue 21).

The core, read in ten minutes: summary and decisions, the tool and its legal classification, the
bias audit's tables, the risks, the checklists' counts, the action plan and the sign-off. The
annexes: the audit in detail, the checklist items with their guidance, the data source, the
monitoring, the paired test of the tool, competence and oversight, the method, the change history
and the glossary. Their order is
``TOOL_SECTION_KEYS`` and ``TOOL_ANNEX_KEYS`` in :mod:`ethics_toolkit.report.texts`; each key's
writer is in :data:`TOOL_PARTS` (see :mod:`ethics_toolkit.report.build`).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ethics_toolkit.i18n import Lang
from ethics_toolkit.register.statements.build import tool_statements
from ethics_toolkit.report.build import (
    AUTHOR_FALLBACK,
    BuiltReport,
    Context,
    Part,
    built_now,
    confidentiality,
    has_audit,
    lay_out,
    render_report,
    write_audit,
    write_audit_detail,
    write_glossary,
    write_method,
    write_provenance,
    write_summary,
)
from ethics_toolkit.report.options import ReportOptions
from ethics_toolkit.report.sections import audit as audit_sections
from ethics_toolkit.report.sections.actions import action_section
from ethics_toolkit.report.sections.checklists import (
    checklist_items_section,
    checklist_section,
    has_open_items,
)
from ethics_toolkit.report.sections.competence import competence_section
from ethics_toolkit.report.sections.monitoring import monitoring_section
from ethics_toolkit.report.sections.paired import paired_section
from ethics_toolkit.report.sections.risks import risk_section
from ethics_toolkit.report.sections.signoff import altered_box, history_section, signoff_section
from ethics_toolkit.report.sections.signoff import keywords as anchor_keywords
from ethics_toolkit.report.sections.tool import cover_facts, tool_section
from ethics_toolkit.report.story import Story
from ethics_toolkit.report.summary import latest_audit, summary
from ethics_toolkit.report.texts import TOOL_ANNEX_KEYS, TOOL_SECTION_KEYS, text

if TYPE_CHECKING:
    from ethics_toolkit.register.domain.tool_record import ToolRecord
    from ethics_toolkit.register.statements.model import ToolStatements


def _record(context: Context) -> ToolRecord:
    assert context.record is not None
    return context.record


def _statements(context: Context) -> ToolStatements:
    assert context.statements is not None  # a tool report always computes them
    return context.statements


def _cover(story: Story, context: Context) -> None:
    lang, record = context.lang, _record(context)
    altered_box(story, record)  # issue 21 §4: an altered register says so first
    audit_sections.cover(
        story,
        title=text("doc.title_tool", lang),
        subtitle=record.tool.name,
        facts=cover_facts(_statements(context), context.run, context.options, lang),
        intro=text("cover.intro_tool" if context.run else "cover.intro_tool_no_audit", lang),
    )


def _tool(story: Story, context: Context) -> None:
    tool_section(story, _statements(context))


def _risks(story: Story, context: Context) -> None:
    risk_section(story, _statements(context))


def _checklists(story: Story, context: Context) -> None:
    items_in = context.letters.get("sec.checklist_items")
    checklist_section(story, _statements(context), items_in=items_in)


def _checklist_items(story: Story, context: Context) -> None:
    checklist_items_section(story, _statements(context))


def _actions(story: Story, context: Context) -> None:
    action_section(story, _statements(context), context.summary)


def _signoff(story: Story, context: Context) -> None:
    signoff_section(story, _record(context), history_in=context.letters.get("sec.history"))


def _monitoring(story: Story, context: Context) -> None:
    threshold = context.options.small_cell_threshold
    monitoring_section(story, _record(context), small_cell_threshold=threshold)


def _history(story: Story, context: Context) -> None:
    history_section(story, _record(context))


def _paired(story: Story, context: Context) -> None:
    paired_section(story, _record(context))  # issue 24


def _competence(story: Story, context: Context) -> None:
    as_of = context.report_date or date.today()
    competence_section(story, _record(context), as_of=as_of)  # issue 23


TOOL_PARTS: dict[str, Part] = {
    # the core
    "sec.summary": Part(write_summary),
    "sec.tool": Part(_tool),
    "sec.audit": Part(write_audit),
    "sec.risks": Part(_risks),
    "sec.checklists": Part(_checklists),
    "sec.actions": Part(_actions),
    "sec.signoff": Part(_signoff),
    # the annexes
    "sec.audit_detail": Part(write_audit_detail, has_audit),
    "sec.checklist_items": Part(_checklist_items, lambda c: has_open_items(_statements(c))),
    "sec.provenance": Part(write_provenance, has_audit),
    "sec.monitoring": Part(_monitoring),
    "sec.paired": Part(_paired),
    "sec.competence": Part(_competence),
    "sec.method": Part(write_method),
    "sec.history": Part(_history),
    "sec.glossary": Part(write_glossary),
}


def tool_report(
    record: ToolRecord, *, lang: Lang, options: ReportOptions | None = None
) -> BuiltReport:
    """The management report of a registered tool and the text it could not draw.

    The bias-audit sections use the tool's latest audit run; without one they say so and how to
    run it.
    """
    options = built_now(options or ReportOptions())
    # Issue 21 §1: every statement of the report comes from one computation, as of one date.
    statements = tool_statements(
        record, as_of=options.report_date, small_cell_threshold=options.small_cell_threshold
    )
    report_date = statements.as_of
    run = latest_audit(record)
    audit_number = TOOL_SECTION_KEYS.index("sec.audit") + 1
    context = Context(
        lang=lang,
        options=options,
        summary=summary(
            record, lang, options=options, audit_section=audit_number, statements=statements
        ),
        report_date=report_date,
        result=run.result if run else None,
        record=record,
        run=run,
        statements=statements,
    )
    return render_report(
        lay_out(context, TOOL_SECTION_KEYS, TOOL_ANNEX_KEYS, TOOL_PARTS, _cover),
        name=record.tool.name,
        keywords=anchor_keywords(record),  # issue 27: the anchor that verify --anchor reads
        title_key="doc.title_tool",
        author=options.prepared_by or AUTHOR_FALLBACK,
        confidentiality=confidentiality(options, lang),
        report_date=report_date,
        options=options,
        lang=lang,
    )


def build_tool_report(
    record: ToolRecord, *, lang: Lang, options: ReportOptions | None = None
) -> bytes:
    """The management report's PDF (see :func:`tool_report` for its warnings)."""
    return tool_report(record, lang=lang, options=options).pdf

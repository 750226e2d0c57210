"""The management report's action plan: what the audit and the checklists found, the measures
of every risk in order of their due date, competence, and the next review."""

from __future__ import annotations

from datetime import date

from ethics_toolkit.i18n import prose
from ethics_toolkit.register.checklists.catalogue import checklist_counts
from ethics_toolkit.register.domain.audit_runs import AuditRun
from ethics_toolkit.register.domain.labels import field_label
from ethics_toolkit.register.domain.risks import MitigationAction
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.register.status.traffic_light import adverse_counts
from ethics_toolkit.report.options import ReportOptions
from ethics_toolkit.report.sections.risks import sorted_risks
from ethics_toolkit.report.sections.table_text import iso_date, yes_no
from ethics_toolkit.report.story import Story, esc
from ethics_toolkit.report.summary import ReportSummary
from ethics_toolkit.report.texts import text


def action_section(
    story: Story,
    record: ToolRecord,
    run: AuditRun | None,
    summary: ReportSummary,
    *,
    options: ReportOptions | None = None,
) -> None:
    lang = story.lang
    options = options or ReportOptions()
    story.section("sec.actions")
    story.para(text("act.intro", lang))
    counts = checklist_counts(a.value for a in record.answers)
    checklists = text("n.checklist_gaps", lang, count=counts.gaps)
    if counts.dont_know:
        checklists += ", " + text("n.dont_know", lang, count=counts.dont_know)
    if not record.answers:
        checklists = text("n.no_answers", lang)
    risks = text("n.risks_recorded", lang, count=len(record.risks))
    story.subheading(text("act.step1", lang), bookmark=False, style="h3")
    if run is None:
        section = story.section_numbers.get("sec.audit", 0)
        story.para(text("act.step1_no_audit", lang, unmet=checklists, risks=risks, section=section))
    else:
        story.para(
            text(
                "act.step1_text",
                lang,
                unmet=checklists,
                risks=risks,
                adverse=_adverse_text(story, run, options),
            )
        )
    story.subheading(text("act.step2", lang), bookmark=False, style="h3")
    story.para(text("act.step2_text", lang))
    story.subheading(text("act.step3", lang), bookmark=False, style="h3")
    actions = [(action, risk) for risk in sorted_risks(record) for action in risk.actions]
    actions.sort(key=lambda pair: (pair[0].done, pair[0].due or date.max))
    if actions:
        story.table(
            [
                *(field_label(MitigationAction, f, lang) for f in ("description",)),
                text("act.risk", lang),
                *(field_label(MitigationAction, f, lang) for f in ("owner", "due", "done")),
            ],
            [
                [
                    action.description,
                    risk.title,
                    action.owner or risk.owner or "–",
                    iso_date(action.due),
                    yes_no(action.done, lang),
                ]
                for action, risk in actions
            ],
            widths=(0.33, 0.25, 0.2, 0.13, 0.09),
        )
    else:
        story.para(text("act.none", lang))
    story.para(
        f"<b>{esc(prose.title('report_competence', lang))}.</b> "
        f"{esc(text('act.competence_text', lang))}",
        markup=True,
    )
    story.bullets(prose.paragraphs("report_competence", lang))
    story.subheading(text("act.step4", lang), bookmark=False, style="h3")
    story.para(text("act.step4_text", lang, date=iso_date(summary.next_review)))


def _adverse_text(story: Story, run: AuditRun, options: ReportOptions) -> str:
    """The groups below four-fifths, counted as the summary and the audit tables count them."""
    lang = story.lang
    counts = adverse_counts(run.result, threshold=options.small_cell_threshold)
    section = story.section_numbers.get("sec.audit", 0)
    detail = (
        text("n.groups_small_part", lang, count=counts.small, section=section)
        if counts.small
        else text("n.groups_section", lang, section=section)
    )
    return text("n.groups_below_all", lang, count=counts.total, detail=detail)

"""The management report's action plan: what the audit and the checklists found, the measures
of every risk in order of their due date, competence, and the next review."""

from __future__ import annotations

from datetime import date

from ethics_toolkit.i18n import prose
from ethics_toolkit.register.domain.labels import field_label
from ethics_toolkit.register.domain.risks import MitigationAction
from ethics_toolkit.register.statements.model import ToolStatements
from ethics_toolkit.report.sections.table_text import iso_date, yes_no
from ethics_toolkit.report.story import Story, esc
from ethics_toolkit.report.summary import ReportSummary
from ethics_toolkit.report.texts import text


def action_section(story: Story, statements: ToolStatements, summary: ReportSummary) -> None:
    lang = story.lang
    story.section("sec.actions")
    story.para(text("act.intro", lang))
    counts = statements.checklists.counts
    checklists = text("n.checklist_gaps", lang, count=counts.gaps)
    if counts.dont_know:
        checklists += ", " + text("n.dont_know", lang, count=counts.dont_know)
    if counts.needs_review:
        checklists += ", " + text("n.needs_review", lang, count=counts.needs_review)
    if not counts.answered:
        checklists = text("n.no_answers", lang)
    risks = text("n.risks_recorded", lang, count=len(statements.risks.items))
    story.subheading(text("act.step1", lang), bookmark=False, style="h3")
    section = story.section_numbers.get("sec.audit", 0)
    if statements.audit is None:
        story.para(text("act.step1_no_audit", lang, unmet=checklists, risks=risks, section=section))
    else:
        counts_below = statements.audit.counts
        detail = (
            text("n.groups_small_part", lang, count=counts_below.small, section=section)
            if counts_below.small
            else text("n.groups_section", lang, section=section)
        )
        adverse = text("n.groups_below_all", lang, count=counts_below.total, detail=detail)
        story.para(text("act.step1_text", lang, unmet=checklists, risks=risks, adverse=adverse))
    story.subheading(text("act.step2", lang), bookmark=False, style="h3")
    story.para(text("act.step2_text", lang))
    story.subheading(text("act.step3", lang), bookmark=False, style="h3")
    actions = [(action, risk) for risk in statements.risks.items for action in risk.actions]
    actions.sort(key=lambda pair: (pair[0].done, pair[0].due or date.max))
    if actions:
        story.table(
            [
                field_label(MitigationAction, "description", lang),
                text("act.risk", lang),
                *(field_label(MitigationAction, f, lang) for f in ("owner", "due", "done")),
            ],
            [
                [
                    action.description,
                    risk.title,
                    action.owner or "–",
                    iso_date(action.due),
                    _done(action.done, action.done_on, lang),
                ]
                for action, risk in actions
            ],
            widths=(0.31, 0.24, 0.19, 0.12, 0.14),
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


def _done(done: bool, done_on: date | None, lang) -> str:
    """ "Yes (2026-10-06)" when the register knows the day; a done action is dated (issue 21)."""
    shown = yes_no(done, lang)
    return f"{shown} ({done_on.isoformat()})" if done and done_on else shown

"""The management report's risk section: the heat maps before and after treatment, and the
risks in order of their score with owner, treatment, next due date and status, as the tool's
statements give them (issue 21 §1). A risk not assessed after treatment is counted under the map,
never placed where it is now (issue 13)."""

from __future__ import annotations

from datetime import datetime

from reportlab.platypus import Table, TableStyle

from ethics_toolkit.i18n import Lang
from ethics_toolkit.register.domain.access_texts import acceptance_label
from ethics_toolkit.register.domain.actors import Actor, actor_label
from ethics_toolkit.register.domain.labels import field_label, label, level_label
from ethics_toolkit.register.domain.risks import MitigationAction, Risk
from ethics_toolkit.register.statements.model import ToolStatements
from ethics_toolkit.report.charts import heat_map, level_legend
from ethics_toolkit.report.flow import CONTENT_WIDTH, clip_text
from ethics_toolkit.report.fonts import FONT
from ethics_toolkit.report.sections.table_text import NAME_IN_TABLE, TITLE_IN_TABLE, iso_date
from ethics_toolkit.report.story import Story
from ethics_toolkit.report.texts import text


def risk_section(story: Story, statements: ToolStatements) -> None:
    """The heat maps from the register's scores, the table from the statements (issue 21 §1: the
    same order, levels, statuses and dates every output gives)."""
    lang = story.lang
    story.section("sec.risks")
    if not statements.risks.items:
        story.para(text("risk.none", lang))
        return
    start = len(story.flow)
    story.para(text("risk.intro", lang))
    axes = {
        "x_label": field_label(Risk, "likelihood", lang),
        "y_label": field_label(Risk, "severity", lang),
    }
    inherent = [(r.likelihood, r.severity) for r in statements.risks.items]
    residual = [r.residual for r in statements.risks.items if r.residual is not None]
    maps = [
        heat_map(inherent, title=text("risk.inherent", lang), **axes),
        heat_map(residual, title=text("risk.residual", lang), **axes),
    ]
    pair = Table([maps], colWidths=[CONTENT_WIDTH / 2] * 2, hAlign="LEFT")
    pair.setStyle(
        TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"), ("FONTNAME", (0, 0), (-1, -1), FONT)])
    )
    story.add(pair)
    levels = {level: level_label(level, lang) for level in ("low", "medium", "high", "critical")}
    story.add(level_legend(levels, width=CONTENT_WIDTH))
    story.keep_last(len(story.flow) - start)  # the intro stays with the maps it explains
    count = len(statements.risks.items)
    not_assessed = count - len(residual)
    if not_assessed:
        story.para(text("risk.not_assessed", lang, n=not_assessed, count=count), style="small")
    story.spacer(10)
    rows = []
    for risk in statements.risks.items:
        status = label(risk.status, lang)
        if risk.acceptance_state is not None:  # issue 22: "not approved" unless four eyes
            status += f" ({acceptance_label(risk.acceptance_state, lang)})"
        title = story.clip(risk.title, TITLE_IN_TABLE, field_label(Risk, "title", lang))
        rows.append(
            [
                f"{title} [{level_label(risk.level, lang).lower()}]",
                str(risk.score),
                str(risk.residual_score) if risk.residual_score is not None else "–",
                story.clip(risk.owner, NAME_IN_TABLE, field_label(Risk, "owner", lang))
                if risk.owner
                else "–",
                label(risk.treatment, lang),
                iso_date(risk.next_due),
                status,
            ]
        )
    header = [
        text("risk.title", lang),
        text("risk.score", lang),
        text("risk.residual_short", lang),
        field_label(Risk, "owner", lang),
        field_label(Risk, "treatment", lang),
        field_label(MitigationAction, "due", lang),
        field_label(Risk, "status", lang),
    ]
    story.table(
        header,
        rows,
        widths=(0.27, 0.07, 0.07, 0.2, 0.11, 0.12, 0.16),
        numeric=(1, 2),
    )
    decisions(story, statements)


def decisions(story: Story, statements: ToolStatements) -> None:
    """Each accepted risk: who proposed it and when, the justification, who approved and when."""
    lang = story.lang
    accepted = [r for r in statements.risks.items if r.acceptance_state is not None]
    if not accepted:
        return
    story.subheading(text("risk.decisions", lang))
    story.para(text("risk.decisions_intro", lang), style="small")
    rows = []
    for risk in accepted:
        decision = risk.acceptance
        why = decision.justification if decision is not None else None
        reasons = (
            text(
                "risk.decision_reasons",
                lang,
                aim=why.aim or "–",
                necessity=why.necessity or "–",
                alternatives=why.alternatives or "–",
            )
            if why is not None
            else "–"
        )
        rows.append(
            [
                story.clip(risk.title, TITLE_IN_TABLE, field_label(Risk, "title", lang)),
                _who(decision.proposed_by, decision.proposed_at, lang) if decision else "–",
                story.clip(reasons, 600, text("risk.decision_why", lang)),
                _who(decision.approved_by, decision.approved_at, lang) if decision else "–",
                acceptance_label(risk.acceptance_state or "not_recorded", lang),
            ]
        )
    header = [
        text("risk.title", lang),
        text("risk.decision_proposed", lang),
        text("risk.decision_why", lang),
        text("risk.decision_approved", lang),
        text("risk.decision_state", lang),
    ]
    story.table(header, rows, widths=(0.2, 0.18, 0.3, 0.18, 0.14))


def _who(person: Actor | None, at: datetime | None, lang: Lang) -> str:
    if person is None:
        return "–"
    who = clip_text(actor_label(person, lang), NAME_IN_TABLE)
    return text("risk.decision_who", lang, who=who, date=at.date().isoformat() if at else "–")

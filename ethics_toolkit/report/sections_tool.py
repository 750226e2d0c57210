"""Sections of the management report that read the register: tool, risks, checklists, actions."""

from __future__ import annotations

from collections import Counter
from datetime import date

from reportlab.platypus import Table, TableStyle

from ethics_toolkit.i18n import Lang, format_int, format_percent, prose
from ethics_toolkit.register.checklists import load_checklists
from ethics_toolkit.register.labels import (
    data_category_label,
    field_label,
    label,
    level_label,
    literal_label,
    readable,
    risk_class_label,
)
from ethics_toolkit.register.legal import WP248_CRITERIA
from ethics_toolkit.register.models import (
    AITool,
    AnswerValue,
    AuditRun,
    MitigationAction,
    Risk,
    SignOff,
    ToolRecord,
)
from ethics_toolkit.report.charts import heat_map, level_legend
from ethics_toolkit.report.fonts import FONT
from ethics_toolkit.report.layout import CONTENT_WIDTH, Story, esc
from ethics_toolkit.report.options import ReportOptions
from ethics_toolkit.report.summary import ReportSummary, adverse_groups
from ethics_toolkit.report.texts import text

HISTORY_ROWS = 15
CHANGES_LISTED = 8


def _yes_no(value: bool, lang: Lang) -> str:
    return text("yes" if value else "no", lang)


def _date(value: date | None) -> str:
    return value.isoformat() if value else "–"


def cover_facts(
    record: ToolRecord,
    run: AuditRun | None,
    options: ReportOptions,
    report_date: date | None,
    lang: Lang,
) -> list[tuple[str, str]]:
    not_stated = text("cover.not_stated", lang)
    return [
        (text("cover.tool", lang), record.tool.name),
        (text("cover.vendor", lang), record.tool.vendor or not_stated),
        (text("cover.report_date", lang), _date(report_date) if report_date else not_stated),
        (text("cover.period", lang), (run.data_period if run else None) or not_stated),
        (text("cover.prepared_by", lang), options.prepared_by or not_stated),
        (
            text("cover.confidentiality", lang),
            options.confidentiality or text("doc.confidential_default", lang),
        ),
    ]


def tool_section(story: Story, record: ToolRecord) -> None:
    lang, tool, cls = story.lang, record.tool, record.classification
    story.section("sec.tool")
    story.subheading(text("tool.profile", lang))
    categories = [data_category_label(c, lang) for c in tool.data_categories]

    def field(name: str) -> str:
        return field_label(AITool, name, lang)

    story.facts(
        [
            (field("name"), tool.name),
            (field("vendor"), tool.vendor or "–"),
            (field("version"), tool.version or "–"),
            (field("purpose"), tool.purpose or "–"),
            (field("hr_process"), label(tool.hr_process, lang)),
            (field("decision_role"), label(tool.decision_role, lang)),
            (field("data_categories"), "; ".join(categories) or "–"),
            (field("legal_basis"), tool.legal_basis or "–"),
            (field("system_owner"), tool.system_owner or "–"),
            (field("employer_type"), label(tool.employer_type, lang)),
            (field("employees"), format_int(tool.employees, lang)),
            (field("go_live"), _date(tool.go_live)),
            (field("status"), label(tool.status, lang)),
            (field("next_review"), _date(tool.next_review)),
        ]
    )
    story.subheading(text("tool.classification", lang))
    criteria = [
        WP248_CRITERIA[c].get(lang) if c in WP248_CRITERIA else readable(c)
        for c in cls.wp248_criteria
    ]
    story.facts(
        [
            (text("cls.risk_class", lang), risk_class_label(cls.risk_class, lang)),
            (text("cls.fria", lang), _yes_no(cls.fria_needed, lang)),
            (text("cls.dpia", lang), _yes_no(cls.dpia_likely, lang)),
            (text("cls.wp248", lang), "; ".join(criteria) or "–"),
            (text("cls.art22", lang), _yes_no(cls.art22_concern, lang)),
            (text("cls.active_measures", lang), _yes_no(cls.active_measures_duty, lang)),
        ],
        label_width=0.45,
    )
    if cls.reasons:
        story.para(text("cls.why", lang), style="body")
        story.bullets((reason.get(lang) for reason in cls.reasons), style="bullet_small")


def _residual(risk: Risk) -> tuple[int, int] | None:
    """Where a risk sits after treatment; ``None`` until it is assessed (issue 13: never placed
    where it is now, which would pass for an assessment; counted under the map instead)."""
    if risk.residual_likelihood is None or risk.residual_severity is None:
        return None
    return risk.residual_likelihood, risk.residual_severity


def _next_due(risk: Risk) -> date | None:
    dues = [a.due for a in risk.actions if a.due is not None and not a.done]
    return min(dues) if dues else risk.review_date


def sorted_risks(record: ToolRecord) -> list[Risk]:
    """Highest inherent score first; ties by residual score, then title, for a stable order."""
    return sorted(
        record.risks, key=lambda r: (-r.inherent_score, -(r.residual_score or 0), r.title)
    )


def risk_section(story: Story, record: ToolRecord) -> None:
    lang = story.lang
    story.section("sec.risks")
    if not record.risks:
        story.para(text("risk.none", lang))
        return
    story.para(text("risk.intro", lang))
    axes = {
        "x_label": field_label(Risk, "likelihood", lang),
        "y_label": field_label(Risk, "severity", lang),
    }
    maps = [
        heat_map(
            [(r.likelihood, r.severity) for r in record.risks],
            title=text("risk.inherent", lang),
            **axes,
        ),
        heat_map(
            [pos for r in record.risks if (pos := _residual(r)) is not None],
            title=text("risk.residual", lang),
            **axes,
        ),
    ]
    pair = Table([maps], colWidths=[CONTENT_WIDTH / 2] * 2, hAlign="LEFT")
    pair.setStyle(
        TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"), ("FONTNAME", (0, 0), (-1, -1), FONT)])
    )
    story.add(pair)
    levels = {level: level_label(level, lang) for level in ("low", "medium", "high", "critical")}
    story.add(level_legend(levels, width=CONTENT_WIDTH))
    not_assessed = sum(_residual(r) is None for r in record.risks)
    if not_assessed:
        story.para(
            text("risk.not_assessed", lang, n=not_assessed, total=len(record.risks)),
            style="small",
        )
    story.spacer(10)
    rows = []
    for risk in sorted_risks(record):
        status = label(risk.status, lang)
        if risk.approved_by:
            status += " " + text("risk.approved_by", lang, name=risk.approved_by)
        rows.append(
            [
                f"{risk.title} [{level_label(risk.level, lang).lower()}]",
                str(risk.inherent_score),
                str(risk.residual_score) if risk.residual_score is not None else "–",
                risk.owner or "–",
                label(risk.treatment, lang),
                _date(_next_due(risk)),
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


def checklist_section(story: Story, record: ToolRecord) -> None:
    lang = story.lang
    story.section("sec.checklists")
    answers = {a.item_id: a for a in record.answers}
    if not answers:
        story.para(text("chk.none", lang))
        return
    story.para(text("chk.intro", lang))
    areas = load_checklists()
    rows, unmet_by_area = [], []
    for area in areas:
        given = [answers[item.id] for item in area.items if item.id in answers]
        unmet = [
            (item, answers[item.id])
            for item in area.items
            if item.id in answers and answers[item.id].value.unmet
        ]
        met = sum(a.value == AnswerValue.yes for a in given)
        rows.append(
            [
                area.title.get(lang),
                format_int(len(given), lang),
                format_int(met, lang),
                format_int(len(unmet), lang),
                format_percent(len(given) / len(area.items), lang),
            ]
        )
        if unmet:
            unmet_by_area.append((area, unmet))
    story.table(
        [
            text(k, lang)
            for k in ("chk.area", "chk.answered", "chk.met", "chk.unmet", "chk.completion")
        ],
        rows,
        widths=(0.44, 0.14, 0.14, 0.14, 0.14),
        numeric=(1, 2, 3, 4),
    )
    story.subheading(text("chk.unmet_items", lang))
    if not unmet_by_area:
        story.para(text("chk.all_met", lang))
    for area, unmet in unmet_by_area:
        story.subheading(area.title.get(lang), bookmark=False, keep=30, style="h3")
        for item, answer in unmet:
            detail = f"{text('chk.answer', lang)}: {label(answer.value, lang)}"
            if answer.evidence:
                detail += f". {text('chk.evidence', lang)}: {answer.evidence}"
            story.block(
                item.question.get(lang),
                [detail, f"{text('chk.guidance', lang)}: {item.guidance.get(lang)}"],
            )


def action_section(
    story: Story, record: ToolRecord, run: AuditRun | None, summary: ReportSummary
) -> None:
    lang = story.lang
    story.section("sec.actions")
    story.para(text("act.intro", lang))
    unmet = sum(a.value.unmet for a in record.answers)
    adverse = len(adverse_groups(run.result, threshold=0)) if run else 0
    story.subheading(text("act.step1", lang), bookmark=False, style="h3")
    story.para(
        text(
            "act.step1_text",
            lang,
            unmet=text("n.unmet_items", lang, count=unmet),
            risks=text("n.risks_recorded", lang, count=len(record.risks)),
            adverse=text("n.groups_below", lang, count=adverse),
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
                    _date(action.due),
                    _yes_no(action.done, lang),
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
    story.para(text("act.step4_text", lang, date=_date(summary.next_review)))


def signoff_section(story: Story, record: ToolRecord) -> None:
    lang = story.lang
    story.section("sec.signoff")
    story.para(text("sign.intro", lang))
    header = [field_label(SignOff, f, lang) for f in ("name", "role", "signed_at", "decision")]
    rows = [
        [
            s.name,
            s.role,
            s.signed_at.date().isoformat(),
            label(s.decision, lang) + (f": {s.comment}" if s.comment else ""),
        ]
        for s in sorted(record.signoffs, key=lambda s: (s.signed_at, s.id or 0))
    ]
    if not rows:
        story.para(text("sign.none", lang))
    rows.append(["", "", "", text("sign.blank", lang) + ": " + "_" * 28])
    story.table(header, rows, widths=(0.25, 0.22, 0.13, 0.4))
    signoff_standing(story, record)
    history_summary(story, record)


def signoff_standing(story: Story, record: ToolRecord) -> None:
    """Issue 13: a sign-off whose approved content has changed since says so, and what changed."""
    from ethics_toolkit.register.integrity import signoff_status

    lang = story.lang
    status = signoff_status(record)
    if status is None:
        return
    if not status.bound:
        story.para(text("sign.unbound", lang), style="small")
        return
    if not status.changed:
        return
    signoff = status.signoff
    reasons = [
        text(
            "sign.changed_entry",
            lang,
            when=h.at.strftime("%Y-%m-%d"),
            who=h.actor,
            what=h.describe(lang),
        )
        for h in status.changes[:CHANGES_LISTED]
    ]
    if len(status.changes) > CHANGES_LISTED:
        reasons.append(text("sign.changed_more", lang, n=len(status.changes) - CHANGES_LISTED))
    if not status.changes:
        reasons = [text("sign.changed_unexplained", lang)]
    label_ = text(
        "sign.changed", lang, date=signoff.signed_at.date().isoformat(), name=signoff.name
    )
    story.status_box("amber", label_, reasons)


def history_summary(story: Story, record: ToolRecord) -> None:
    lang = story.lang
    story.subheading(text("hist.title", lang))
    check = record.history_check
    if check is None:
        story.para(text("hist.unverified", lang), style="small")
    elif check.intact:
        story.para(text("hist.verified", lang, n=format_int(check.entries, lang)), style="small")
    else:
        story.status_box("red", text("hist.broken", lang, id=check.broken_id), [])
    history = sorted(record.history, key=lambda h: (h.at, h.id or 0))
    if not history:
        story.para(text("hist.none", lang))
        return
    story.para(
        text(
            "hist.intro",
            lang,
            count=len(history),
            first=history[0].at.date().isoformat(),
            last=history[-1].at.date().isoformat(),
        )
    )
    counts = Counter(h.entity for h in history)
    by_entity = ", ".join(
        f"{literal_label('history_entity', e, lang).lower()} {format_int(n, lang)}"
        for e, n in sorted(counts.items())
    )
    story.para(text("hist.by_entity", lang, counts=by_entity), style="small")
    names = record.history_names()
    latest = history[::-1][:HISTORY_ROWS]
    story.table(
        [text(k, lang) for k in ("hist.when", "hist.who", "hist.what")],
        [
            [
                h.at.strftime("%Y-%m-%d %H:%M"),
                h.actor,
                h.describe(lang, names=names),
            ]
            for h in latest
        ],
        widths=(0.18, 0.2, 0.62),
    )

"""Sections of the management report that read the register: tool, risks, checklists, actions."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Table, TableStyle

from ethics_toolkit.i18n import Lang, format_int, prose
from ethics_toolkit.register.checklists.catalogue import (
    ChecklistCounts,
    checklist_counts,
    load_checklists,
)
from ethics_toolkit.register.domain.answers import AnswerValue
from ethics_toolkit.register.domain.audit_runs import AuditRun
from ethics_toolkit.register.domain.labels import (
    data_category_label,
    field_label,
    label,
    level_label,
    literal_label,
    readable,
    risk_class_label,
)
from ethics_toolkit.register.domain.legal_classification import LegalPoint
from ethics_toolkit.register.domain.risks import MitigationAction, Risk
from ethics_toolkit.register.domain.tool import AITool
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.register.law.ai_act import deployer_dates
from ethics_toolkit.register.legal.classification import WP248_CRITERIA
from ethics_toolkit.register.status.traffic_light import adverse_counts
from ethics_toolkit.report.charts import heat_map, level_legend
from ethics_toolkit.report.fonts import FONT
from ethics_toolkit.report.layout import CONTENT_WIDTH, Story, esc
from ethics_toolkit.report.options import ReportOptions
from ethics_toolkit.report.summary import ReportSummary
from ethics_toolkit.report.texts import text


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


# How long a user's text may be in the tool profile's table before it is cut (full text: annex).
PROFILE_TEXT = 600
TITLE_IN_TABLE = 160
NAME_IN_TABLE = 80


def tool_section(story: Story, record: ToolRecord, *, report_date: date | None = None) -> None:
    lang, tool, cls = story.lang, record.tool, record.classification
    story.section("sec.tool")
    story.subheading(text("tool.profile", lang))
    categories = [data_category_label(c, lang) for c in tool.data_categories]

    def field(name: str) -> str:
        return field_label(AITool, name, lang)

    def long(name: str, value: str) -> str:
        return story.clip(value, PROFILE_TEXT, field(name)) if value else "–"

    employees = (
        format_int(tool.employees, lang) if tool.employees else text("cover.not_stated", lang)
    )
    story.facts(
        [
            (field("name"), tool.name),
            (field("vendor"), long("vendor", tool.vendor)),
            (field("version"), tool.version or "–"),
            (field("purpose"), long("purpose", tool.purpose)),
            (field("hr_process"), label(tool.hr_process, lang)),
            (field("decision_role"), label(tool.decision_role, lang)),
            (field("data_categories"), "; ".join(categories) or "–"),
            (field("legal_basis"), long("legal_basis", tool.legal_basis)),
            (field("art9_ground"), long("art9_ground", tool.art9_ground)),
            (field("system_owner"), long("system_owner", tool.system_owner)),
            (field("employer_type"), label(tool.employer_type, lang)),
            (field("employees"), employees),
            (field("go_live"), _date(tool.go_live)),
            (field("dpia_completed_on"), _date(tool.dpia_completed_on)),
            (field("status"), label(tool.status, lang)),
            (field("next_review"), _date(tool.next_review)),
        ]
    )
    story.subheading(text("tool.classification", lang))
    story.facts(classification_facts(record, lang, report_date=report_date), label_width=0.4)
    open_facts = [p.needs.get(lang) for p in cls.points if p.needs is not None]
    if open_facts:
        story.para(
            f"<b>{esc(text('cls.open', lang))}:</b> {esc('; '.join(open_facts))}.", markup=True
        )
    story.para(text("cls.why", lang), style="body")
    story.bullets((reason.get(lang) for reason in cls.statements()), style="bullet_small")


def _outcome(point: LegalPoint | None, lang: Lang) -> str | None:
    if point is None:
        return None
    if point.needs is not None:  # the text names the outcome ("Not determined: tell us ...")
        return text("cls.not_determined", lang, needs=point.needs.get(lang))
    return literal_label("legal_outcome", point.outcome, lang)


def classification_facts(
    record: ToolRecord, lang: Lang, *, report_date: date | None
) -> list[tuple[str, str]]:
    """The classification as label and value: every conclusion drawn from evidence shows its
    outcome ("likely", "breach", "not determined: tell us ..."), never a bare yes/no the evidence
    contradicts (issue 12)."""
    cls = record.classification
    criteria = [
        WP248_CRITERIA[c].get(lang) if c in WP248_CRITERIA else readable(c)
        for c in cls.wp248_criteria
    ]
    emotion = _outcome(cls.point("emotion"), lang) or _yes_no(cls.prohibited, lang)
    art22 = _outcome(cls.point("art22"), lang) or literal_label(
        "legal_outcome", "likely" if cls.art22_concern else "unlikely", lang
    )
    active = _outcome(cls.point("active_measures"), lang) or _yes_no(cls.active_measures_duty, lang)
    facts = [
        (text("cls.risk_class", lang), risk_class_label(cls.risk_class, lang)),
        (text("cls.emotion", lang), emotion),
        (text("cls.fria", lang), _yes_no(cls.fria_needed, lang)),
        (text("cls.dpia", lang), _yes_no(cls.dpia_likely, lang)),
    ]
    timing = _outcome(cls.point("dpia_timing"), lang)
    if timing is not None:
        facts.append((text("cls.dpia_timing", lang), timing))
    facts += [
        (text("cls.wp248", lang), "; ".join(criteria) or "–"),
        (text("cls.art22_evidence", lang), art22),
    ]
    art9 = _outcome(cls.point("art9_ground"), lang)
    if art9 is not None:
        facts.append((text("cls.art9", lang), art9))
    facts += [
        (text("cls.active_measures", lang), active),
        (text("cls.dates", lang), deployer_dates(lang, as_of=report_date)),
    ]
    return facts


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
            text("risk.not_assessed", lang, n=not_assessed, count=len(record.risks)),
            style="small",
        )
    story.spacer(10)
    rows = []
    for risk in sorted_risks(record):
        status = label(risk.status, lang)
        if risk.approved_by:
            approver = story.clip(
                risk.approved_by, NAME_IN_TABLE, field_label(Risk, "approved_by", lang)
            )
            status += " " + text("risk.approved_by", lang, name=approver)
        title = story.clip(risk.title, TITLE_IN_TABLE, field_label(Risk, "title", lang))
        rows.append(
            [
                f"{title} [{level_label(risk.level, lang).lower()}]",
                str(risk.inherent_score),
                str(risk.residual_score) if risk.residual_score is not None else "–",
                story.clip(risk.owner, NAME_IN_TABLE, field_label(Risk, "owner", lang))
                if risk.owner
                else "–",
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


CHECKLIST_COLUMNS = (
    "chk.items", "chk.met", "chk.partly", "chk.unmet", "chk.dont_know", "chk.not_applicable",
    "chk.unanswered",
)  # fmt: skip


def _count_row(counts: ChecklistCounts, lang: Lang) -> list[str]:
    values = (
        counts.items, counts.met, counts.partly, counts.not_met, counts.dont_know,
        counts.not_applicable, counts.unanswered,
    )  # fmt: skip
    return [format_int(v, lang) for v in values]


def checklist_section(story: Story, record: ToolRecord) -> None:
    """Per area every answer counted once: met, partly, not met, don't know, not applicable and
    unanswered (issue 12); then the items not met and the items answered "don't know"."""
    lang = story.lang
    story.section("sec.checklists")
    answers = {a.item_id: a for a in record.answers}
    if not answers:
        story.para(text("chk.none", lang))
        return
    story.para(text("chk.intro_counts", lang))
    areas = load_checklists()
    rows, gaps_by_area, unknown_by_area = [], [], []
    for area in areas:
        given = [answers[item.id] for item in area.items if item.id in answers]
        counts = checklist_counts((a.value for a in given), items=len(area.items))
        rows.append([area.title.get(lang), *_count_row(counts, lang)])
        gaps = [
            (item, answers[item.id])
            for item in area.items
            if item.id in answers and answers[item.id].value in (AnswerValue.no, AnswerValue.partly)
        ]
        unknown = [
            (item, answers[item.id])
            for item in area.items
            if item.id in answers and answers[item.id].value == AnswerValue.dont_know
        ]
        if gaps:
            gaps_by_area.append((area, gaps))
        if unknown:
            unknown_by_area.append((area, unknown))
    total = checklist_counts(a.value for a in record.answers)
    rows.append([text("chk.total", lang), *_count_row(total, lang)])
    story.table(
        [text("chk.area", lang), *(text(k, lang) for k in CHECKLIST_COLUMNS)],
        rows,
        widths=(0.3, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1),
        numeric=range(1, 8),
    )
    story.subheading(text("chk.unmet_items", lang))
    if not gaps_by_area:
        story.para(text("chk.all_met", lang))
    _checklist_items(story, gaps_by_area)
    if unknown_by_area:
        story.subheading(text("chk.dont_know_items", lang))
        _checklist_items(story, unknown_by_area)


def _checklist_items(story: Story, by_area: list) -> None:
    lang = story.lang
    for area, items in by_area:
        story.subheading(area.title.get(lang), bookmark=False, keep=30, style="h3")
        for item, answer in items:
            detail = f"{text('chk.answer', lang)}: {label(answer.value, lang)}"
            if answer.evidence:
                evidence = story.clip(answer.evidence, PROFILE_TEXT, text("chk.evidence", lang))
                detail += f". {text('chk.evidence', lang)}: {evidence}"
            story.block(
                item.question.get(lang),
                [detail, f"{text('chk.guidance', lang)}: {item.guidance.get(lang)}"],
            )


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

"""The management report's cover facts and its section on the tool: the profile and the legal
classification, every conclusion with the outcome its evidence supports (issue 12)."""

from __future__ import annotations

from datetime import date

from ethics_toolkit.i18n import Lang, format_int
from ethics_toolkit.register.domain.audit_runs import AuditRun
from ethics_toolkit.register.domain.labels import (
    data_category_label,
    field_label,
    label,
    literal_label,
    readable,
    risk_class_label,
)
from ethics_toolkit.register.domain.legal_classification import LegalPoint
from ethics_toolkit.register.domain.tool import AITool
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.register.law.ai_act import deployer_dates
from ethics_toolkit.register.legal.classification import WP248_CRITERIA
from ethics_toolkit.report.options import ReportOptions
from ethics_toolkit.report.sections.table_text import PROFILE_TEXT, iso_date, yes_no
from ethics_toolkit.report.story import Story, esc
from ethics_toolkit.report.texts import text


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
        (text("cover.report_date", lang), iso_date(report_date) if report_date else not_stated),
        (text("cover.period", lang), (run.data_period if run else None) or not_stated),
        (text("cover.prepared_by", lang), options.prepared_by or not_stated),
        (
            text("cover.confidentiality", lang),
            options.confidentiality or text("doc.confidential_default", lang),
        ),
    ]


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
            (field("go_live"), iso_date(tool.go_live)),
            (field("dpia_completed_on"), iso_date(tool.dpia_completed_on)),
            (field("status"), label(tool.status, lang)),
            (field("next_review"), iso_date(tool.next_review)),
        ]
    )
    story.subheading(text("tool.classification", lang))
    story.facts(classification_facts(record, lang, report_date=report_date), label_width=0.4)
    open_facts = [p.needs.get(lang) for p in cls.points if p.needs is not None]
    if open_facts:
        story.para(
            f"<b>{esc(text('cls.open', lang))}:</b> {esc('; '.join(open_facts))}.", markup=True
        )
    story.lead(text("cls.why", lang))  # a run-in heading: never alone at a page's foot
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
    emotion = _outcome(cls.point("emotion"), lang) or yes_no(cls.prohibited, lang)
    art22 = _outcome(cls.point("art22"), lang) or literal_label(
        "legal_outcome", "likely" if cls.art22_concern else "unlikely", lang
    )
    active = _outcome(cls.point("active_measures"), lang) or yes_no(cls.active_measures_duty, lang)
    facts = [
        (text("cls.risk_class", lang), risk_class_label(cls.risk_class, lang)),
        (text("cls.emotion", lang), emotion),
        (text("cls.fria", lang), yes_no(cls.fria_needed, lang)),
        (text("cls.dpia", lang), yes_no(cls.dpia_likely, lang)),
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

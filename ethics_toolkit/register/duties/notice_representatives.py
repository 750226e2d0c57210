"""The notice to workers' representatives (AI Act Art. 26(7); in Sweden under MBL), from the
tool's statements: the system, its classification under each article, the latest audit's
findings, the risks with their measures, and monitoring in use (issue 15, issue 21 §1)."""

from __future__ import annotations

from ethics_toolkit.i18n import Lang, format_int
from ethics_toolkit.register.domain import labels
from ethics_toolkit.register.domain.risks import RiskStatus
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.register.duties.notice_parts import NoticeBlock, ProfileFacts
from ethics_toolkit.register.duties.notice_parts import notice_text as _t
from ethics_toolkit.register.law.provisions import in_force
from ethics_toolkit.register.statements.model import ToolStatements
from ethics_toolkit.register.statements.risks import ActionStatement


def representatives(
    record: ToolRecord, statements: ToolStatements, facts: ProfileFacts, lang: Lang
) -> tuple[str, list[str], list[NoticeBlock]]:
    tool, classification = statements.tool, statements.classification
    intro = [_t("rep.intro_high" if classification.high_risk else "rep.intro", lang)]
    if lang != tool.texts_lang and statements.risks.items:
        language = _t(f"language.{tool.texts_lang}", lang)
        intro.append(_t("rep.quoted", lang, language=language))
    system = NoticeBlock(
        heading=_t("rep.system.h", lang),
        facts=[
            (facts.name("name"), tool.name),
            (facts.name("vendor"), facts.get("vendor")),
            (facts.name("version"), tool.version or _t("not_stated", lang)),
            (facts.name("purpose"), facts.get("purpose")),
            (facts.name("hr_process"), labels.label(tool.hr_process, lang)),
            (facts.name("decision_role"), labels.label(tool.decision_role, lang)),
            (facts.name("data_categories"), facts.get("data_categories")),
            (facts.name("status"), labels.label(tool.status, lang)),
            (facts.name("go_live"), facts.get("go_live")),
            (facts.name("system_owner"), facts.get("system_owner")),
        ],
    )
    risk_class = labels.risk_class_label(classification.risk_class, lang).lower()
    classified = NoticeBlock(
        heading=_t("rep.class.h", lang),
        paragraphs=[_t("rep.class", lang, risk_class=risk_class)],
        bullets=[a.statement.get(lang) for a in statements.articles if a.topic != "dates"],
    )
    human = NoticeBlock(heading=_t("rep.human.h", lang), paragraphs=[facts.get("human_role")])
    return (
        _t("rep.title", lang, tool=tool.name),
        intro,
        [
            system,
            classified,
            human,
            _audits(record, statements, lang),
            _risks(statements, lang),
            _monitoring(record, statements, lang),
            NoticeBlock(
                heading=_t("rep.contact.h", lang),
                paragraphs=[_t("rep.contact", lang, owner=facts.get("system_owner"))],
            ),
        ],
    )


def _audits(record: ToolRecord, statements: ToolStatements, lang: Lang) -> NoticeBlock:
    from ethics_toolkit.register.status.traffic_light import audit_findings, latest_audit

    heading = _t("rep.audits.h", lang)
    audit, run = statements.audit, latest_audit(record)
    if audit is None or run is None:
        return NoticeBlock(heading=heading, paragraphs=[_t("rep.no_audit", lang)])
    of = _t("rep.of_file", lang, file=audit.file_name) if audit.file_name else ""
    line = _t(
        "rep.audits",
        lang,
        count=_t("rep.audit_count", lang, count=len(statements.audits)),
        date=audit.run_at.date().isoformat() if audit.run_at else "–",
        rows=format_int(audit.rows, lang),
        file=of,
    )
    found = audit_findings(audit, run.result, lang, threshold=statements.small_cell_threshold)
    return NoticeBlock(heading=heading, paragraphs=[line], bullets=found)


def _action_state(action: ActionStatement, lang: Lang) -> str:
    if action.done:
        done_on = action.done_on
        return (
            _t("rep.done_on", lang, date=done_on.isoformat()) if done_on else _t("rep.done", lang)
        )
    return _t("rep.overdue" if action.overdue else "rep.not_done", lang)


def _risks(statements: ToolStatements, lang: Lang) -> NoticeBlock:
    heading = _t("rep.risks.h", lang)
    shown = [r for r in statements.risks.items if r.status != RiskStatus.closed]
    if not shown:
        return NoticeBlock(heading=heading, paragraphs=[_t("rep.no_risks", lang)])
    bullets = []
    for risk in shown:
        bullets.append(
            _t(
                "rep.risk",
                lang,
                title=risk.title,
                level=labels.level_label(risk.level, lang).lower(),
                status=labels.label(risk.status, lang).lower(),
                owner=risk.owner or _t("rep.nobody", lang),
            )
        )
        bullets += [
            _t(
                "rep.action",
                lang,
                description=action.description,
                owner=action.owner or _t("rep.nobody", lang),
                due=action.due.isoformat() if action.due else _t("rep.no_due", lang),
                state=_action_state(action, lang),
            )
            for action in risk.actions
        ]
    return NoticeBlock(heading=heading, bullets=bullets)


def _monitoring(record: ToolRecord, statements: ToolStatements, lang: Lang) -> NoticeBlock:
    heading = _t("rep.monitoring.h", lang)
    plan = record.plan
    if plan is None:
        return NoticeBlock(heading=heading, paragraphs=[_t("rep.no_plan", lang)])
    not_stated = _t("not_stated", lang)
    paragraphs = [
        _t(
            "rep.plan",
            lang,
            measured=plan.measured.strip().rstrip(".") or not_stated,
            frequency=labels.label(plan.frequency, lang).lower(),
            owner=plan.owner or statements.tool.system_owner or not_stated,
            next=plan.next_audit.isoformat() if plan.next_audit else not_stated,
        )
    ]
    duty = in_force("art26_5", statements.as_of)
    short = (duty.short or duty.text).get(lang)
    count = format_int(statements.open_tasks, lang)
    paragraphs.append(_t("rep.open_tasks", lang, duty=short, count=count))
    return NoticeBlock(heading=heading, paragraphs=paragraphs)

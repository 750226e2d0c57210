# ruff: noqa: E501  (a text catalogue: long sentences read better unbroken)
"""The tool report's section on monitoring over time (issue 15): the impact ratio per group across
saved audits and periods as a line chart, the trend of the latest audit, the monitoring plan and
the tasks its thresholds opened."""

from __future__ import annotations

from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.i18n import format_percent
from ethics_toolkit.i18n.text import Bilingual, Catalogue
from ethics_toolkit.register.domain import labels
from ethics_toolkit.register.domain.audit_runs import AuditRun
from ethics_toolkit.register.domain.monitoring import MonitoringPlan
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.register.duties.monitoring import (
    impact_series,
    series_attributes,
    series_label,
    x_order,
)
from ethics_toolkit.register.duties.rules import task_reason
from ethics_toolkit.report.charts_monitoring import MAX_GROUPS, impact_line_chart
from ethics_toolkit.report.flow import CONTENT_WIDTH
from ethics_toolkit.report.story import Story

MAX_CHARTS = 2

TEXTS = Catalogue(
    {
        "intro": Bilingual(
            sv="Kvoten per grupp i verktygets sparade biasgranskningar och, när en granskning delade upp loggen i perioder, per period. Varje punkt är en grupp jämförd med referensgruppen i samma granskning eller period; strecken är 95 % konfidensintervall (Katz) och den streckade linjen fyrafemtedelsgränsen 0,80.",
            en="The impact ratio per group in the tool's saved bias audits and, where an audit split its log into periods, per period. Each point is a group against the reference group of the same audit or period; the whiskers are 95% confidence intervals (Katz) and the dashed line is the four-fifths line at 0.80.",
        ),
        "intro_periods": Bilingual(
            sv="Kvoten per grupp i varje period av loggen. Varje punkt är en grupp jämförd med referensgruppen i samma period; strecken är 95 % konfidensintervall (Katz) och den streckade linjen fyrafemtedelsgränsen 0,80.",
            en="The impact ratio per group in each period of the log. Each point is a group against the reference group of the same period; the whiskers are 95% confidence intervals (Katz) and the dashed line is the four-fifths line at 0.80.",
        ),
        "too_few": Bilingual(
            sv="Linjediagrammet visas när minst två granskningar eller perioder finns. Spara nästa granskning (eller välj en datumkolumn på sidan ”Biasgranskning” för att granska loggen per period) för att följa utvecklingen.",
            en="The line chart appears once there are at least two audits or periods. Save the next audit (or choose a date column on the page “Bias audit” to audit the log by period) to follow the trend.",
        ),
        "no_audit": Bilingual(
            sv="Ingen biasgranskning är sparad ännu.", en="No bias audit has been saved yet."
        ),
        "chart": Bilingual(sv="Kvot efter {attributes}", en="Impact ratio by {attributes}"),
        "four_fifths": Bilingual(sv="fyra femtedelar", en="four-fifths"),
        "small": Bilingual(
            sv="Grupper med färre än {threshold} personer i någon cell visas inte.",
            en="Groups with fewer than {threshold} people in a cell are not shown.",
        ),
        "more_groups": Bilingual(
            sv="Diagrammet visar de {n} första grupperna.",
            en="The chart shows the first {n} groups.",
        ),
        "trend.h": Bilingual(
            sv="Utveckling i den senaste granskningen", en="Change in the latest audit"
        ),
        "plan.h": Bilingual(sv="Uppföljningsplan", en="Monitoring plan"),
        "no_plan": Bilingual(
            sv="Ingen uppföljningsplan är registrerad. AI-förordningen art. 26.5 kräver att den som använder ett högrisksystem övervakar det under användningen.",
            en="No monitoring plan is recorded. AI Act Art. 26(5) requires the deployer of a high-risk system to monitor it in use.",
        ),
        "alert_adverse": Bilingual(
            sv="negativ särbehandlingseffekt som sannolikt inte beror på slumpen",
            en="adverse impact unlikely to be chance",
        ),
        "alert_agreement": Bilingual(
            sv="besluten följer verktyget i minst {share} av fallen",
            en="decisions follow the tool in at least {share} of cases",
        ),
        "alerts": Bilingual(sv="Larmgränser", en="Alert thresholds"),
        "no_alerts": Bilingual(sv="inga", en="none"),
        "not_stated": Bilingual(sv="inte angivet", en="not stated"),
        "tasks.h": Bilingual(
            sv="Uppgifter efter larm (AI-förordningen art. 26.5)",
            en="Tasks after an alert (AI Act Art. 26(5))",
        ),
        "task.line": Bilingual(
            sv="Öppnad {opened}: {reason} Ansvarig {owner}, klart senast {due}. {state}",
            en="Opened {opened}: {reason} Owner {owner}, due {due}. {state}",
        ),
        "task.done": Bilingual(sv="Bedömt {on}: {outcome}", en="Assessed {on}: {outcome}"),
        "task.open": Bilingual(sv="Ännu inte bedömt.", en="Not yet assessed."),
    }
)


def periods_section(story: Story, result: AuditResult, *, small_cell_threshold: int) -> None:
    """The audit-only report of an audit by period: its periods as the series (no register)."""
    from datetime import UTC, datetime

    run = AuditRun(tool_id=0, result=result, rows_read=result.n_rows, rows_used=result.n_rows,
                   run_at=result.computed_at or datetime(2000, 1, 1, tzinfo=UTC), run_by="-")  # fmt: skip
    story.section("sec.monitoring")
    _series(story, [run], small_cell_threshold=small_cell_threshold, intro="intro_periods")


def monitoring_section(story: Story, record: ToolRecord, *, small_cell_threshold: int) -> None:
    lang = story.lang
    story.section("sec.monitoring")
    if not record.audits:
        story.para(TEXTS.text("no_audit", lang))
    else:
        _series(story, record.audits, small_cell_threshold=small_cell_threshold)
    _plan(story, record)


def _series(
    story: Story, audits: list[AuditRun], *, small_cell_threshold: int, intro: str = "intro"
) -> None:
    """The intro, up to two line charts (single attributes) and the latest audit's trends."""
    lang = story.lang
    story.para(TEXTS.text(intro, lang))
    charts = 0
    for attributes in series_attributes(audits):
        if len(attributes) != 1 or charts == MAX_CHARTS:
            continue
        points = impact_series(audits, attributes, small_cell_threshold=small_cell_threshold)
        if len(x_order(points)) < 2:
            continue
        charts += 1
        name = series_label(attributes, audits)
        story.subheading(TEXTS.text("chart", lang, attributes=name), keep=75, style="h3")
        story.add(
            impact_line_chart(
                points,
                lang=lang,
                width=CONTENT_WIDTH,
                line_label=TEXTS.text("four_fifths", lang),
            )
        )
        notes = []
        if any(p.small for p in points):
            notes.append(TEXTS.text("small", lang, threshold=small_cell_threshold))
        if len({p.group for p in points if not p.small}) > MAX_GROUPS:
            notes.append(TEXTS.text("more_groups", lang, n=MAX_GROUPS))
        story.spacer(4)
        for note in notes:
            story.para(note, style="small")
    if charts == 0:
        story.para(TEXTS.text("too_few", lang))
    latest = max(audits, key=lambda a: (a.run_at, a.id or 0))
    trends = [t.finding.get(lang) for t in (latest.result.trends or []) if t.finding]
    if trends:
        story.subheading(TEXTS.text("trend.h", lang), style="h3", keep=30)
        story.bullets(trends, style="bullet_small")


def _plan(story: Story, record: ToolRecord) -> None:
    lang = story.lang
    story.subheading(TEXTS.text("plan.h", lang), style="h3", keep=40)
    plan = record.plan
    if plan is None:
        story.para(TEXTS.text("no_plan", lang))
    else:
        story.facts(_plan_facts(plan, record, lang))
    if record.tasks:
        story.subheading(TEXTS.text("tasks.h", lang), style="h3", keep=30, bookmark=False)
        story.bullets(
            [
                TEXTS.text(
                    "task.line",
                    lang,
                    opened=task.created_at.date().isoformat(),
                    reason=task_reason(task, lang),
                    owner=task.owner or "–",
                    due=task.due.isoformat(),
                    state=TEXTS.text("task.done", lang, on=task.done_on, outcome=task.outcome)
                    if task.done_on
                    else TEXTS.text("task.open", lang),
                )
                for task in record.tasks
            ],
            style="bullet_small",
        )


def _plan_facts(plan: MonitoringPlan, record: ToolRecord, lang) -> list[tuple[str, str]]:
    not_stated = TEXTS.text("not_stated", lang)
    alerts = []
    if plan.alert_adverse_significant:
        alerts.append(TEXTS.text("alert_adverse", lang))
    if plan.alert_agreement is not None:
        share = format_percent(plan.alert_agreement, lang, 0)
        alerts.append(TEXTS.text("alert_agreement", lang, share=share))

    def name(field: str) -> str:
        return labels.field_label(MonitoringPlan, field, lang)

    return [
        (name("measured"), plan.measured or not_stated),
        (name("frequency"), labels.label(plan.frequency, lang)),
        (TEXTS.text("alerts", lang), "; ".join(alerts) or TEXTS.text("no_alerts", lang)),
        (name("owner"), plan.owner or record.tool.system_owner or not_stated),
        (name("next_audit"), plan.next_audit.isoformat() if plan.next_audit else not_stated),
        (name("response_days"), str(plan.response_days)),
    ]

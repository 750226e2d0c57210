"""The year's active measures from the register (issue 15; Discrimination Act ch. 3).

The four steps of the Act's cycle, read from what the register holds about every tool:

1. investigate: which tools were examined and how (the bias audits saved in the year, the
   attributes they compared) and which grounds of discrimination the risk register names;
2. analyse: what the audits found (their main findings and period trends), the risks of
   discrimination with their causes as described, and the threshold tasks the audits opened;
3. act: the measures (risk actions) with owners and dates that belong to the year: due in it,
   done in it, or still open at its end;
4. follow up: last year's measures (due in the previous year), done or not; explanation requests
   answered in time.

A risk counts as a risk of discrimination when it names a ground, is in the non-discrimination
area, or rests on a bias audit. A ground counts as examined when an audit compared an attribute of
it (``Kön`` examines sex) or a risk names it, so the page that reports "Kvinna × Utanför Europa
0.53" never says sex was not examined (issue 21 §1). Risk actions carry no creation date, so "the
year's measures" is read from their due and done dates. Everything comes from each tool's
statements as of one date (``register/statements``), in the reader's language; small cells are
never named (the findings are the summary's, from ``register/status``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from ethics_toolkit.i18n import Lang
from ethics_toolkit.register.checklists.catalogue import DISCRIMINATION_GROUNDS
from ethics_toolkit.register.domain import labels
from ethics_toolkit.register.domain.competence import CompetenceSummary, competence_summary
from ethics_toolkit.register.domain.risks import Risk, RiskStatus
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.register.duties.rules import task_reason
from ethics_toolkit.register.statements.build import tool_statements
from ethics_toolkit.register.statements.risks import DISCRIMINATION_AREA
from ethics_toolkit.register.status.traffic_light import audit_findings

GROUNDS: tuple[str, ...] = DISCRIMINATION_GROUNDS
MAX_FINDINGS = 3


class ToolLine(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    process: str
    status: str
    risk_class: str


class AuditLine(BaseModel):
    model_config = ConfigDict(frozen=True)

    tool: str
    day: date
    file: str
    rows: int
    compared: str
    findings: list[str]


class RiskLine(BaseModel):
    model_config = ConfigDict(frozen=True)

    tool: str
    title: str
    grounds: list[str]
    level: str
    status: str
    description: str


class MeasureLine(BaseModel):
    model_config = ConfigDict(frozen=True)

    tool: str
    risk: str
    description: str
    owner: str
    due: date | None
    done: bool
    done_on: date | None


class TaskLine(BaseModel):
    model_config = ConfigDict(frozen=True)

    tool: str
    opened: date
    reason: str
    owner: str
    due: date
    done_on: date | None
    outcome: str


class GroundLine(BaseModel):
    """One ground: the audits that compared an attribute of it ("TalentScreen: Kön") and the
    tools with risks that name it."""

    model_config = ConfigDict(frozen=True)

    ground: str
    audited: list[str] = Field(default_factory=list)
    tools: list[str]

    @property
    def examined(self) -> bool:
        return bool(self.audited or self.tools)


class ActiveMeasures(BaseModel):
    """The year's documentation as data: what the PDF shows, step by step."""

    model_config = ConfigDict(frozen=True)

    year: int
    lang: Lang
    as_of: date
    employees: int | None
    duty: bool
    tools: list[ToolLine]
    audits: list[AuditLine]
    grounds: list[GroundLine]
    trends: list[str] = Field(default_factory=list)
    risks: list[RiskLine]
    tasks: list[TaskLine]
    measures: list[MeasureLine]
    last_year: list[MeasureLine]
    requests_received: int = 0
    requests_answered_in_time: int = 0
    requests_late: int = 0
    newest: date | None = None
    # Issue 23: training per tool in the year (sessions, lessons, overseers, refreshers).
    competence: list[CompetenceSummary] = Field(default_factory=list)


def is_discrimination_risk(risk: Risk) -> bool:
    return (
        bool(risk.grounds) or risk.category == DISCRIMINATION_AREA or risk.audit_run_id is not None
    )


def _in_year(day: date | None, year: int) -> bool:
    return day is not None and day.year == year


def build_active_measures(
    records: Sequence[ToolRecord], *, year: int, lang: Lang, as_of: date | None = None
) -> ActiveMeasures:
    """The documentation of ``year`` for the tools of ``records`` (archived ones included: they
    were used in the year), as things stand on ``as_of`` (default: today, at most the year's
    end): a measure not done by then and due before it is overdue. Every tool's statements are
    built as of that one date."""
    end = date(year, 12, 31)
    as_of = min(as_of or date.today(), end)
    used = [r for r in records if r.tool.go_live is None or r.tool.go_live <= end]
    stated = [(r, tool_statements(r, as_of=as_of)) for r in used]
    tools = [
        ToolLine(
            name=r.tool.name,
            process=labels.label(r.tool.hr_process, lang),
            status=labels.label(r.tool.status, lang),
            risk_class=labels.risk_class_label(st.classification.risk_class, lang),
        )
        for r, st in stated
    ]
    audits, trends, risks, tasks, measures, last_year = [], [], [], [], [], []
    received = in_time = late = 0
    stamps: list[date] = []
    for record, statements in stated:
        name = record.tool.name
        runs = {run.id: run for run in record.audits}
        for audit in statements.audits:
            run = runs.get(audit.run_id)
            if run is None or audit.run_at is None or audit.run_at.year != year:
                continue
            stamps.append(audit.run_at.date())
            findings = audit_findings(
                audit, run.result, lang, threshold=statements.small_cell_threshold
            )[:MAX_FINDINGS]
            audits.append(
                AuditLine(tool=name, day=audit.run_at.date(), file=audit.file_name or "",
                          rows=audit.rows, compared=", ".join(audit.compared), findings=findings)
            )  # fmt: skip
            trends += [
                f"{name}: {t.finding.get(lang)}" for t in run.result.trends or [] if t.finding
            ]
        for risk in statements.risks.items:
            if not risk.discrimination:
                continue
            risks.append(
                RiskLine(
                    tool=name,
                    title=risk.title,
                    grounds=[labels.literal_label("ground", g, lang) for g in risk.grounds],
                    level=labels.level_label(risk.level, lang),
                    status=labels.label(risk.status, lang),
                    description=risk.description,
                )
            )
            for action in risk.actions:
                line = MeasureLine(tool=name, risk=risk.title, description=action.description,
                                   owner=action.owner, due=action.due, done=action.done,
                                   done_on=action.done_on)  # fmt: skip
                if _in_year(action.due, year - 1):
                    last_year.append(line)
                still_open = not action.done and risk.status != RiskStatus.closed
                if _in_year(action.due, year) or _in_year(action.done_on, year) or still_open:
                    measures.append(line)
        for task in record.tasks:
            if task.created_at.year != year:
                continue
            stamps.append(task.created_at.date())
            tasks.append(
                TaskLine(tool=name, opened=task.created_at.date(), reason=task_reason(task, lang),
                         owner=task.owner, due=task.due, done_on=task.done_on,
                         outcome=task.outcome)
            )  # fmt: skip
        for request in record.requests:
            if request.received.year != year:
                continue
            received += 1
            if request.answered_on is not None and request.answered_on <= request.due:
                in_time += 1
            elif request.answered_on is not None or request.due <= end:
                late += 1
    audited: dict[str, list[str]] = {ground: [] for ground in GROUNDS}
    named: dict[str, set[str]] = {ground: set() for ground in GROUNDS}
    for record, statements in stated:
        for found in statements.grounds:
            if found.audited:
                audited[found.ground].append(f"{record.tool.name} ({', '.join(found.audited)})")
            if found.risks:
                named[found.ground].add(record.tool.name)
    grounds = [
        GroundLine(
            ground=labels.literal_label("ground", g, lang), audited=audited[g],
            tools=sorted(named[g]),
        )
        for g in GROUNDS
    ]  # fmt: skip
    employees = max((r.tool.employees for r in used), default=None)
    return ActiveMeasures(
        year=year,
        lang=lang,
        as_of=as_of,
        employees=employees,
        duty=any(st.classification.active_measures_duty for _, st in stated),
        tools=tools,
        audits=audits,
        grounds=grounds,
        trends=trends,
        risks=risks,
        tasks=tasks,
        measures=sorted(measures, key=lambda m: (m.due or end, m.tool, m.risk)),
        last_year=sorted(last_year, key=lambda m: (m.due or end, m.tool, m.risk)),
        requests_received=received,
        requests_answered_in_time=in_time,
        requests_late=late,
        newest=max(stamps, default=None),
        competence=[_competence(r, as_of=as_of, year=year) for r in used if r.people],
    )


def _competence(record: ToolRecord, *, as_of: date, year: int) -> CompetenceSummary:
    """Issue 23: the tool's training in ``year`` (sessions and lessons taken in it)."""
    period = (date(year, 1, 1), date(year, 12, 31))
    people, records = record.people, record.competence
    return competence_summary(
        record.tool, record.classification, people, records, as_of=as_of, period=period
    )

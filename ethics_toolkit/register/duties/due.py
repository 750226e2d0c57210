"""What is due (issue 15): overdue and upcoming duties of every tool, for ``ethics-toolkit due``.

Items, per tool that is not archived:

- ``review``: the tool's next review (``AITool.next_review``);
- ``risk_review``: the review date of every risk that is not closed;
- ``action``: every risk action not yet done that has a due date;
- ``monitoring_audit``: the next audit of the monitoring plan;
- ``task``: every open threshold task (AI Act Art. 26(5));
- ``request``: every open explanation request (one month after receipt, GDPR Art. 12(3));
- ``log_retention``: the logs behind each saved audit are kept at least six months after the
  last day of its data (AI Act Art. 26(6)). This date is a floor, not a deadline: it is listed
  while it is ahead (within the horizon) and never counts as overdue;
- ``refresher`` (issue 23): the refresher of each person's latest record of an activity
  (``register/domain/competence.py``); the owner is the person.

A tool in use without a named, trained overseer (AI Act Art. 26(2)) is listed under ``findings``:
a finding has no date, so it is stated but never counted as overdue.

An item is overdue when its date is before the day of the check, upcoming when it falls within
``horizon_days`` from it. Reading the dates of an audit's data: its last period when it was
audited by period, else the latest ISO date in the run's "period of the data" text, else the
day it was saved.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from datetime import date
from typing import Literal

from dateutil.relativedelta import relativedelta
from pydantic import BaseModel, ConfigDict, Field

from ethics_toolkit.i18n import Lang
from ethics_toolkit.i18n.text import Bilingual, Catalogue, Plural
from ethics_toolkit.register.domain import labels
from ethics_toolkit.register.domain.audit_runs import AuditRun
from ethics_toolkit.register.domain.competence import oversight_finding, refreshers
from ethics_toolkit.register.domain.monitoring import TaskStatus
from ethics_toolkit.register.domain.risks import RiskStatus
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.register.duties.rules import task_title

DueKind = Literal[
    "review",
    "risk_review",
    "action",
    "monitoring_audit",
    "task",
    "request",
    "log_retention",
    "refresher",
]
DEFAULT_HORIZON_DAYS = 30
LOG_RETENTION_MONTHS = 6
"""AI Act Art. 26(6): deployers keep the system's logs for at least six months."""
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_PERIOD = re.compile(r"^(\d{4})(?:-Q([1-4])|-(\d{2}))?$")

TEXTS = Catalogue(
    {
        "review": Bilingual(sv="Uppföljning av verktyget", en="Review of the tool"),
        "risk_review": Bilingual(
            sv="Uppföljning av risken ”{title}”", en="Review of the risk “{title}”"
        ),
        "action": Bilingual(
            sv="Åtgärd för risken ”{title}”: {description}",
            en="Action for the risk “{title}”: {description}",
        ),
        "monitoring_audit": Bilingual(
            sv="Biasgranskning enligt uppföljningsplanen ({frequency})",
            en="Bias audit under the monitoring plan ({frequency})",
        ),
        "task": Bilingual(sv="{title}", en="{title}"),
        "request": Bilingual(
            sv="Svara på förklaringsbegäran ”{reference}” (inkom {received}; GDPR art. 12.3)",
            en="Answer the explanation request “{reference}” (received {received}; GDPR "
            "Art. 12(3))",
        ),
        "log_retention": Bilingual(
            sv="Spara loggarna bakom biasgranskningen{file} (data till {end}) minst till detta "
            "datum (AI-förordningen art. 26.6)",
            en="Keep the logs behind the bias audit{file} (data up to {end}) at least until this "
            "date (AI Act Art. 26(6))",
        ),
        "refresher": Bilingual(
            sv="Repetition för {person}: ”{activity}” (gjord {taken}; AI-förordningen art. 4)",
            en="Refresher for {person}: “{activity}” (done {taken}; AI Act Art. 4)",
        ),
        "heading.findings": Bilingual(sv="Brister ({count})", en="Findings ({count})"),
        "of_file": Bilingual(sv=" av ”{file}”", en=" of “{file}”"),
        "heading.overdue": Bilingual(sv="Försenat ({count})", en="Overdue ({count})"),
        "heading.upcoming": Bilingual(
            sv="Inom {days} dagar ({count})", en="Within {days} days ({count})"
        ),
        "nothing": Bilingual(
            sv="Inget är försenat och inget förfaller inom {days} dagar.",
            en="Nothing is overdue and nothing falls due within {days} days.",
        ),
        "late": Plural(
            one=Bilingual(sv="{count} dag sen", en="{count} day late"),
            other=Bilingual(sv="{count} dagar sen", en="{count} days late"),
        ),
        "left": Plural(
            one=Bilingual(sv="om {count} dag", en="in {count} day"),
            other=Bilingual(sv="om {count} dagar", en="in {count} days"),
        ),
        "today": Bilingual(sv="i dag", en="today"),
        "owner": Bilingual(sv="ansvarig {owner}", en="owner {owner}"),
    }
)


class DueItem(BaseModel):
    """One dated duty; ``days`` counts from the day of the check (negative: overdue)."""

    model_config = ConfigDict(frozen=True)

    tool: str
    kind: DueKind
    date: dt.date
    what: str
    owner: str
    days: int
    overdue: bool


class DueFinding(BaseModel):
    """A finding without a date (issue 23: no named, trained overseer, AI Act Art. 26(2))."""

    model_config = ConfigDict(frozen=True)

    tool: str
    kind: Literal["oversight"]
    what: str


class DueList(BaseModel):
    """The JSON of ``ethics-toolkit due --format json``."""

    model_config = ConfigDict(frozen=True)

    date: dt.date
    horizon_days: int
    overdue: list[DueItem]
    upcoming: list[DueItem]
    findings: list[DueFinding] = Field(default_factory=list)

    @property
    def any_overdue(self) -> bool:
        return bool(self.overdue)


def data_end(run: AuditRun) -> date:
    """The last day of the data behind a saved audit (see the module docstring)."""
    periods = run.result.periods or []
    if periods:
        end = period_end(periods[-1].period)
        if end is not None:
            return end
    found = [
        date(int(y), int(m), int(d))
        for y, m, d in _ISO_DATE.findall(run.data_period or "")
        if 1 <= int(m) <= 12 and 1 <= int(d) <= 31
    ]
    return max(found) if found else run.run_at.date()


def period_end(label: str) -> date | None:
    """The last day of a period label: ``2026-Q1`` -> 2026-03-31, ``2026-02`` -> 2026-02-28."""
    match = _PERIOD.match(label.strip())
    if match is None:
        return None
    year, quarter, month = match.groups()
    if quarter:
        first = date(int(year), 3 * int(quarter) - 2, 1)
        return first + relativedelta(months=3, days=-1)
    if month:
        if not 1 <= int(month) <= 12:
            return None
        return date(int(year), int(month), 1) + relativedelta(months=1, days=-1)
    return date(int(year), 12, 31)


def retention_until(run: AuditRun) -> date:
    return data_end(run) + relativedelta(months=LOG_RETENTION_MONTHS)


def _items(record: ToolRecord, lang: Lang) -> Iterable[tuple[DueKind, date, str, str]]:
    tool = record.tool
    if tool.next_review is not None:
        yield "review", tool.next_review, TEXTS.text("review", lang), tool.system_owner
    for risk in record.risks:
        if risk.status == RiskStatus.closed:
            continue
        if risk.review_date is not None:
            what = TEXTS.text("risk_review", lang, title=risk.title)
            yield "risk_review", risk.review_date, what, risk.owner
        for action in risk.actions:
            if not action.done and action.due is not None:
                what = TEXTS.text("action", lang, title=risk.title, description=action.description)
                yield "action", action.due, what, action.owner or risk.owner
    plan = record.plan
    if plan is not None and plan.next_audit is not None:
        frequency = labels.label(plan.frequency, lang).lower()
        what = TEXTS.text("monitoring_audit", lang, frequency=frequency)
        yield "monitoring_audit", plan.next_audit, what, plan.owner or tool.system_owner
    for task in record.tasks:
        if task.status == TaskStatus.open:
            yield "task", task.due, TEXTS.text("task", lang, title=task_title(lang)), task.owner
    for request in record.requests:
        if not request.closed:
            what = TEXTS.text(
                "request", lang, reference=request.reference, received=request.received
            )
            yield "request", request.due, what, tool.contact or tool.system_owner
    for run in record.audits:
        file = TEXTS.text("of_file", lang, file=run.file_name) if run.file_name else ""
        what = TEXTS.text("log_retention", lang, file=file, end=data_end(run).isoformat())
        yield "log_retention", retention_until(run), what, tool.system_owner
    for due in refreshers(record.people, record.competence, as_of=date.min, horizon_days=None):
        what = TEXTS.text(
            "refresher", lang, person=due.person, activity=due.activity, taken=due.taken_on
        )
        yield "refresher", due.due, what, due.person


def due_list(
    records: Iterable[ToolRecord],
    *,
    today: date,
    lang: Lang,
    horizon_days: int = DEFAULT_HORIZON_DAYS,
) -> DueList:
    """Overdue and upcoming items of every record that is not archived, earliest first."""
    overdue: list[DueItem] = []
    upcoming: list[DueItem] = []
    findings: list[DueFinding] = []
    for record in records:
        if record.tool.archived:
            continue
        oversight = oversight_finding(
            record.tool, record.classification, record.people, record.competence, as_of=today
        )
        if oversight.finding:
            what = oversight.message(lang)
            findings.append(DueFinding(tool=record.tool.name, kind="oversight", what=what))
        for kind, when, what, owner in _items(record, lang):
            days = (when - today).days
            late = days < 0 and kind != "log_retention"
            item = DueItem(
                tool=record.tool.name,
                kind=kind,
                date=when,
                what=what,
                owner=owner,
                days=days,
                overdue=late,
            )
            if late:
                overdue.append(item)
            elif 0 <= days <= horizon_days:
                upcoming.append(item)
    order = lambda i: (i.date, i.tool, i.kind, i.what)  # noqa: E731
    return DueList(
        date=today,
        horizon_days=horizon_days,
        overdue=sorted(overdue, key=order),
        upcoming=sorted(upcoming, key=order),
        findings=findings,
    )


def when_text(item: DueItem, lang: Lang) -> str:
    """``3 dagar sen`` / ``om 5 dagar`` / ``i dag``."""
    if item.days < 0:
        return TEXTS.text("late", lang, count=-item.days)
    if item.days == 0:
        return TEXTS.text("today", lang)
    return TEXTS.text("left", lang, count=item.days)


def as_text(due: DueList, lang: Lang) -> str:
    """The plain-text list the CLI prints (and a scheduled job mails)."""
    lines: list[str] = []
    if not due.overdue and not due.upcoming:
        lines.append(TEXTS.text("nothing", lang, days=due.horizon_days))
    count = len(due.upcoming)
    sections = (
        (TEXTS.text("heading.overdue", lang, count=len(due.overdue)), due.overdue),
        (TEXTS.text("heading.upcoming", lang, days=due.horizon_days, count=count), due.upcoming),
    )
    for heading, items in sections:
        if not items:
            continue
        if lines:
            lines.append("")
        lines.append(heading)
        for item in items:
            owner = f"; {TEXTS.text('owner', lang, owner=item.owner)}" if item.owner else ""
            when = when_text(item, lang)
            lines.append(f"  {item.date.isoformat()}  {item.tool}: {item.what} ({when}{owner})")
    if due.findings:
        lines += ["", TEXTS.text("heading.findings", lang, count=len(due.findings))]
        lines += [f"  {finding.tool}: {finding.what}" for finding in due.findings]
    return "\n".join(lines)

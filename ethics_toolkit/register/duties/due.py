"""What is due (issue 15): overdue and upcoming duties of every tool, for ``ethics-toolkit due``.

The dates are the tool's statements' deadlines (``register/statements/deadlines.py``), as of the
day of the check, so ``due``, the report and the app name the same dates (issue 21 §1). Items, per
tool that is not archived:

- ``dpia`` / ``fria``: an impact assessment the law asks for before use (GDPR Art. 35(1), AI Act
  Art. 27): late since go-live when the tool is in use without one, with the date the register
  plans it for;
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
from collections.abc import Iterable
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ethics_toolkit.i18n import Lang
from ethics_toolkit.i18n.text import Bilingual, Catalogue, Plural
from ethics_toolkit.register.domain import labels
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.register.duties.rules import task_title
from ethics_toolkit.register.statements.build import tool_statements
from ethics_toolkit.register.statements.deadlines import (
    LOG_RETENTION_MONTHS,
    DeadlineKind,
    data_end,
    period_end,
    retention_until,
)
from ethics_toolkit.register.statements.model import ToolStatements

__all__ = [
    "DEFAULT_HORIZON_DAYS", "LOG_RETENTION_MONTHS", "DueFinding", "DueItem", "DueKind", "DueList",
    "as_text",
    "data_end", "due_list", "period_end", "retention_until", "when_text",
]  # fmt: skip

DueKind = DeadlineKind
DEFAULT_HORIZON_DAYS = 30

TEXTS = Catalogue(
    {
        "dpia": Bilingual(
            sv="Konsekvensbedömning avseende dataskydd (DPIA), som ska göras före användning "
            "(GDPR art. 35.1){planned}",
            en="Data protection impact assessment (DPIA), due before use (GDPR Art. 35(1))"
            "{planned}",
        ),
        "fria": Bilingual(
            sv="Konsekvensbedömning avseende grundläggande rättigheter (FRIA), som ska göras före "
            "första användningen (AI-förordningen art. 27){planned}",
            en="Fundamental rights impact assessment (FRIA), due before first use (AI Act "
            "Art. 27){planned}",
        ),
        "planned": Bilingual(sv="; planerad till {date}", en="; planned for {date}"),
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


def _items(
    statements: ToolStatements, record: ToolRecord, lang: Lang
) -> Iterable[tuple[DueKind, date, str, str, bool]]:
    """Every dated duty of the record's statements, worded."""
    for deadline in statements.deadlines:
        kind = deadline.kind
        when = deadline.due or deadline.planned
        if when is None:
            continue
        if kind in ("dpia", "fria"):
            day = deadline.planned.isoformat() if deadline.planned else None
            planned = TEXTS.text("planned", lang, date=day) if day else ""
            what = TEXTS.text(kind, lang, planned=planned)
        elif kind == "review":
            what = TEXTS.text("review", lang)
        elif kind == "risk_review":
            what = TEXTS.text("risk_review", lang, title=deadline.subject)
        elif kind == "action":
            what = TEXTS.text("action", lang, title=deadline.subject, description=deadline.detail)
        elif kind == "monitoring_audit":
            frequency = labels.label(record.plan.frequency, lang).lower() if record.plan else "–"
            what = TEXTS.text("monitoring_audit", lang, frequency=frequency)
        elif kind == "task":
            what = TEXTS.text("task", lang, title=task_title(lang))
        elif kind == "request":
            what = TEXTS.text(
                "request", lang, reference=deadline.subject, received=deadline.received
            )
        elif kind == "refresher":
            what = TEXTS.text("refresher", lang, person=deadline.subject,
                              activity=deadline.detail, taken=deadline.received)  # fmt: skip
        else:
            file = TEXTS.text("of_file", lang, file=deadline.subject) if deadline.subject else ""
            end = deadline.data_end.isoformat() if deadline.data_end else "–"
            what = TEXTS.text("log_retention", lang, file=file, end=end)
        yield kind, when, what, deadline.owner, deadline.overdue


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
        statements = tool_statements(record, as_of=today)
        if statements.oversight.finding:
            what = statements.oversight.message(lang)
            findings.append(DueFinding(tool=record.tool.name, kind="oversight", what=what))
        for kind, when, what, owner, past_due in _items(statements, record, lang):
            days = (when - today).days
            late = past_due and kind != "log_retention"
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

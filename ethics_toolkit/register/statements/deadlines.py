"""Every dated duty of a tool, as of one day (issue 21 §1): what is due, by whom, and whether late.

- ``dpia`` / ``fria``: GDPR Art. 35(1) and AI Act Art. 27 ask for them *before* use; when the tool
  is in use without one, the legal deadline (go-live) has passed, and ``planned`` is the date the
  register plans it for (the earliest open action of the risk raised from the checklist item),
  so "now" in the summary and "2027-01-31" in the action plan are one statement: late, planned
  for 2027-01-31.
- ``review``: the tool's next review; ``risk_review``: a risk's review date; ``action``: a risk
  action not done; ``monitoring_audit``: the plan's next audit; ``task``: an open threshold task
  (AI Act Art. 26(5)); ``request``: an open explanation request (one month, GDPR Art. 12(3));
  ``log_retention``: keep the logs behind each audit at least six months after its data
  (AI Act Art. 26(6)), a floor that is never overdue; ``refresher``: a person's refresher
  training (issue 23, AI Act Art. 4).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Literal

from dateutil.relativedelta import relativedelta
from pydantic import BaseModel, ConfigDict

from ethics_toolkit.register.domain.answers import Answer
from ethics_toolkit.register.domain.audit_runs import AuditRun
from ethics_toolkit.register.domain.competence import refreshers
from ethics_toolkit.register.domain.legal_classification import LegalClassification
from ethics_toolkit.register.domain.monitoring import TaskStatus
from ethics_toolkit.register.domain.risks import RiskStatus
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.register.statements.risks import RiskStatements

DeadlineKind = Literal[
    "dpia", "fria", "review", "risk_review", "action", "monitoring_audit", "task", "request",
    "log_retention", "refresher",
]  # fmt: skip
LOG_RETENTION_MONTHS = 6
"""AI Act Art. 26(6): deployers keep the system's logs for at least six months."""
DPIA_ITEM = "gdpr-04"
FRIA_ITEM = "leadership-05"
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_PERIOD = re.compile(r"^(\d{4})(?:-Q([1-4])|-(\d{2}))?$")


class Deadline(BaseModel):
    """One dated duty. ``subject`` names what it is about (a risk's title, a request's
    reference, an audit's file), ``detail`` what to do (an action's description)."""

    model_config = ConfigDict(frozen=True)

    kind: DeadlineKind
    due: date | None
    owner: str = ""
    subject: str = ""
    detail: str = ""
    received: date | None = None
    data_end: date | None = None
    planned: date | None = None
    """For ``dpia`` / ``fria``: the date the register plans it for (``None``: not planned)."""
    overdue: bool = False


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


def data_end(run: AuditRun) -> date:
    """The last day of the data behind a saved audit: its last period when it was audited by
    period, else the latest ISO date in the run's "period of the data" text, else the day it was
    saved."""
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


def retention_until(run: AuditRun) -> date:
    return data_end(run) + relativedelta(months=LOG_RETENTION_MONTHS)


def _planned(risks: RiskStatements, item: str, words: tuple[str, ...]) -> tuple[date | None, str]:
    """The earliest open action of the risk raised from ``item`` (or naming one of ``words``)."""
    for risk in risks.items:
        named = any(w.lower() in risk.title.lower() for w in words)
        if risk.source_item_id != item and not named:
            continue
        dues = [a for a in risk.actions if not a.done and a.due is not None]
        if dues:
            first = min(dues, key=lambda a: a.due or date.max)
            return first.due, first.owner
        return risk.review_date, risk.owner
    return None, ""


def _before_use(
    kind: DeadlineKind, record: ToolRecord, risks: RiskStatements, *, overdue: bool
) -> Deadline:
    tool = record.tool
    item, words = (DPIA_ITEM, ("DPIA",)) if kind == "dpia" else (FRIA_ITEM, ("FRIA",))
    planned, owner = _planned(risks, item, words)
    return Deadline(
        kind=kind,
        due=tool.go_live,
        owner=owner or tool.system_owner,
        planned=planned,
        overdue=overdue,
    )


def deadlines(
    record: ToolRecord,
    classification: LegalClassification,
    risks: RiskStatements,
    *,
    answers: Sequence[Answer],
    as_of: date | None,
) -> list[Deadline]:
    """Every dated duty of the record as of ``as_of`` (``None``: nothing is overdue), earliest
    first; ``answers``: the answers that stand as evidence (a FRIA answered as done)."""
    tool = record.tool
    found: list[Deadline] = []
    timing = classification.point("dpia_timing")
    if classification.dpia_likely and timing is not None and timing.outcome in (
        "breach", "not_determined", "before_use"
    ):  # fmt: skip
        overdue = timing.outcome == "breach"  # in use without a DPIA made before it
        found.append(_before_use("dpia", record, risks, overdue=overdue))
    if classification.fria_needed:
        done = any(a.item_id == FRIA_ITEM and a.value == "yes" for a in answers)
        overdue = not done and tool.status != "planned"
        found.append(_before_use("fria", record, risks, overdue=overdue))

    def late(day: date | None) -> bool:
        return day is not None and as_of is not None and day < as_of

    if tool.next_review is not None:
        found.append(Deadline(kind="review", due=tool.next_review, owner=tool.system_owner,
                              overdue=late(tool.next_review)))  # fmt: skip
    for risk in risks.items:
        if risk.status == RiskStatus.closed:
            continue
        if risk.review_date is not None:
            found.append(Deadline(kind="risk_review", due=risk.review_date, owner=risk.owner,
                                  subject=risk.title, overdue=late(risk.review_date)))  # fmt: skip
        for action in risk.actions:
            if not action.done and action.due is not None:
                found.append(Deadline(kind="action", due=action.due, owner=action.owner,
                                      subject=risk.title, detail=action.description,
                                      overdue=late(action.due)))  # fmt: skip
    plan = record.plan
    if plan is not None and plan.next_audit is not None:
        found.append(Deadline(kind="monitoring_audit", due=plan.next_audit,
                              owner=plan.owner or tool.system_owner,
                              overdue=late(plan.next_audit)))  # fmt: skip
    for task in record.tasks:
        if task.status == TaskStatus.open:
            found.append(Deadline(kind="task", due=task.due, owner=task.owner,
                                  overdue=late(task.due)))  # fmt: skip
    for request in record.requests:
        if not request.closed:
            found.append(Deadline(kind="request", due=request.due, subject=request.reference,
                                  received=request.received,
                                  owner=tool.contact or tool.system_owner,
                                  overdue=late(request.due)))  # fmt: skip
    for run in record.audits:
        found.append(Deadline(kind="log_retention", due=retention_until(run),
                              owner=tool.system_owner, subject=run.file_name or "",
                              data_end=data_end(run)))  # fmt: skip
    # Issue 23: each person's refresher of their latest record of an activity (AI Act Art. 4).
    for due in refreshers(record.people, record.competence, as_of=date.min, horizon_days=None):
        found.append(Deadline(kind="refresher", due=due.due, owner=due.person,
                              subject=due.person, detail=due.activity, received=due.taken_on,
                              overdue=late(due.due)))  # fmt: skip
    return sorted(found, key=lambda d: (d.due or date.min, d.kind, d.subject, d.detail))

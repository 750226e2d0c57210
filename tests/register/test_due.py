"""What is due (issue 15): every kind of item, overdue versus upcoming, log-retention floors."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from ethics_toolkit.register.domain.audit_runs import AuditRun
from ethics_toolkit.register.domain.explanation_requests import ExplanationRequest, RequestStatus
from ethics_toolkit.register.domain.monitoring import DutyTask, MonitoringPlan, TaskStatus
from ethics_toolkit.register.domain.risks import MitigationAction, RiskStatus
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.register.duties.due import (
    as_text,
    data_end,
    due_list,
    period_end,
    retention_until,
)
from ethics_toolkit.register.legal.classification import classify
from tests.register.factories import cv_screening, risk_for, tiny_result

TODAY = date(2026, 11, 27)


def record(**parts: object) -> ToolRecord:
    tool = parts.pop("tool", None) or cv_screening(id=1, next_review=None)
    fields = {"answers": [], "risks": [], "audits": [], "signoffs": [], "history": []}
    return ToolRecord(tool=tool, classification=classify(tool), **{**fields, **parts})


def run(data_period: str | None, result=None) -> AuditRun:
    return AuditRun(
        tool_id=1,
        result=result or tiny_result(),
        file_name="log.csv",
        rows_read=30,
        rows_used=30,
        run_at=datetime(2026, 10, 1, tzinfo=UTC),
        run_by="HR",
        data_period=data_period,
    )


@pytest.mark.parametrize(
    ("label", "end"),
    [
        ("2026-Q1", date(2026, 3, 31)),
        ("2026-Q4", date(2026, 12, 31)),
        ("2028-02", date(2028, 2, 29)),
        ("2026-02", date(2026, 2, 28)),
        ("2026", date(2026, 12, 31)),
        ("Q1 2026", None),
    ],
)
def test_period_ends(label: str, end: date | None) -> None:
    assert period_end(label) == end


@pytest.mark.parametrize(
    ("data_period", "end", "keep_until"),
    [
        ("2026-01-01 – 2026-06-30", date(2026, 6, 30), date(2026, 12, 30)),
        ("2026-03-31", date(2026, 3, 31), date(2026, 9, 30)),  # six months: 30 Sep, not 1 Oct
        ("2025-08-31 to 2026-02-28", date(2026, 2, 28), date(2026, 8, 28)),
        ("H1 2026", date(2026, 10, 1), date(2027, 4, 1)),  # no date in the text: the audit day
        (None, date(2026, 10, 1), date(2027, 4, 1)),
    ],
)
def test_the_logs_behind_an_audit_are_kept_six_months_after_its_data(
    data_period: str | None, end: date, keep_until: date
) -> None:
    assert data_end(run(data_period)) == end
    assert retention_until(run(data_period)) == keep_until


def test_every_kind_is_listed_overdue_or_upcoming_and_the_rest_left_out() -> None:
    tool = cv_screening(id=1, next_review=date(2026, 11, 1), contact="hr@example.se")
    risk = risk_for(
        1,
        id=1,
        review_date=date(2026, 12, 20),
        owner="Risk owner",
        actions=[
            MitigationAction(description="Train", owner="Bo", due=date(2026, 11, 26)),
            MitigationAction(description="Done", due=date(2026, 11, 1), done=True),
            MitigationAction(description="No date"),
        ],
    )
    closed = risk_for(1, id=2, title="Closed", status=RiskStatus.closed, review_date=TODAY)
    plan = MonitoringPlan(tool_id=1, owner="Johan", next_audit=date(2027, 3, 1))
    task = DutyTask(
        tool_id=1,
        kind="adverse_significant",
        owner="Maria",
        due=TODAY,
        created_at=datetime(2026, 11, 13, tzinfo=UTC),
    )
    done = task.model_copy(update={"status": TaskStatus.done, "due": date(2026, 1, 1)})
    late = ExplanationRequest(tool_id=1, reference="R-1", received=date(2026, 10, 26))
    answered = ExplanationRequest(
        tool_id=1,
        reference="R-2",
        received=date(2026, 9, 1),
        status=RequestStatus.answered,
        answered_on=date(2026, 9, 20),
        answer="...",
    )
    records = [
        record(
            tool=tool,
            risks=[risk, closed],
            plan=plan,
            tasks=[task, done],
            requests=[late, answered],
            audits=[run("2026-01-01 – 2026-06-10"), run("2025-01-01 – 2025-03-31")],
        )
    ]
    due = due_list(records, today=TODAY, lang="en")
    assert [(i.kind, i.date, i.days) for i in due.overdue] == [
        ("review", date(2026, 11, 1), -26),
        ("action", date(2026, 11, 26), -1),
        ("request", date(2026, 11, 26), -1),  # received 26 Oct: due 26 Nov
    ]
    assert [(i.kind, i.date, i.days) for i in due.upcoming] == [
        ("task", TODAY, 0),
        ("log_retention", date(2026, 12, 10), 13),
        ("risk_review", date(2026, 12, 20), 23),
    ]
    request = due.overdue[2]
    assert request.what == (
        "Answer the explanation request “R-1” (received 2026-10-26; GDPR Art. 12(3))"
    )
    assert request.owner == "hr@example.se"
    assert [i.owner for i in due.overdue[:2]] == ["HR manager", "Bo"]
    text = as_text(due_list(records, today=TODAY, lang="sv"), "sv")
    assert text.splitlines()[:3] == [
        "Försenat (3)",
        "  2026-11-01  CV-Sorter: Uppföljning av verktyget (26 dagar sen; ansvarig HR manager)",
        "  2026-11-26  CV-Sorter: Åtgärd för risken ”Indirect discrimination”: Train (1 dag sen; "
        "ansvarig Bo)",
    ]
    assert "Inom 30 dagar (3)" in text and "(i dag; ansvarig Maria)" in text


def test_log_retention_is_a_floor_never_overdue_and_archived_tools_are_left_out() -> None:
    old = record(audits=[run("2020-01-01 – 2020-06-30")])
    assert due_list([old], today=TODAY, lang="en").overdue == []
    archived = cv_screening(id=1, next_review=date(2020, 1, 1), archived_at=datetime(2026, 1, 1))
    due = due_list([record(tool=archived)], today=TODAY, lang="sv")
    assert (due.overdue, due.upcoming) == ([], [])
    assert as_text(due, "sv") == "Inget är försenat och inget förfaller inom 30 dagar."

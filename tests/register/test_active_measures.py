"""The year's active measures from the register (issue 15): the four steps, read by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime

from ethics_toolkit.register.domain.audit_runs import AuditRun
from ethics_toolkit.register.domain.explanation_requests import ExplanationRequest, RequestStatus
from ethics_toolkit.register.domain.monitoring import DutyTask, TaskStatus
from ethics_toolkit.register.domain.risks import MitigationAction, RiskStatus
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.register.duties.active_measures import build_active_measures
from ethics_toolkit.register.legal.classification import classify
from tests.register.factories import cv_screening, risk_for, tiny_result


def _run(day: datetime) -> AuditRun:
    return AuditRun(tool_id=1, result=tiny_result(), file_name="log.csv", rows_read=30,
                    rows_used=30, run_at=day, run_by="HR")  # fmt: skip


def _record() -> ToolRecord:
    tool = cv_screening(id=1)
    ethnic = risk_for(
        1,
        id=1,
        title="Indirect ethnic discrimination",
        grounds=["ethnicity"],
        owner="Maria",
        status=RiskStatus.in_treatment,
        actions=[
            MitigationAction(description="2025 vendor talk", due=date(2025, 6, 1), done=True,
                             done_on=date(2025, 5, 20)),
            MitigationAction(description="2025 training", due=date(2025, 11, 1)),
            MitigationAction(description="2026 review", owner="Bo", due=date(2026, 3, 1)),
            MitigationAction(description="2027 re-audit", due=date(2027, 2, 1)),
        ],
    )  # fmt: skip
    course = MitigationAction(description="Course", due=date(2026, 5, 1))
    literacy = risk_for(1, id=2, title="AI literacy", category="ai_literacy", actions=[course])
    age = risk_for(1, id=3, title="Age proxy", grounds=["age"], status=RiskStatus.closed,
                   actions=[MitigationAction(description="Old", due=date(2024, 1, 1))])  # fmt: skip
    task = DutyTask(tool_id=1, kind="adverse_significant", owner="Maria", due=date(2026, 4, 15),
                    created_at=datetime(2026, 4, 1, tzinfo=UTC), status=TaskStatus.done,
                    details={"groups": ["B"], "lowest_ratio": 0.5, "file": "q1.csv"},
                    outcome="Provider informed", done_on=date(2026, 4, 10))  # fmt: skip
    requests = [
        ExplanationRequest(tool_id=1, reference="a", received=date(2026, 1, 31),
                           status=RequestStatus.answered, answered_on=date(2026, 2, 28),
                           answer="x"),  # due 28 Feb: in time
        ExplanationRequest(tool_id=1, reference="b", received=date(2026, 3, 1),
                           status=RequestStatus.answered, answered_on=date(2026, 4, 2),
                           answer="x"),  # due 1 Apr: late
        ExplanationRequest(tool_id=1, reference="c", received=date(2026, 12, 20)),  # not yet due
        ExplanationRequest(tool_id=1, reference="d", received=date(2025, 5, 1)),  # last year
    ]  # fmt: skip
    return ToolRecord(
        tool=tool,
        classification=classify(tool),
        answers=[],
        risks=[ethnic, literacy, age],
        audits=[_run(datetime(2025, 10, 1, tzinfo=UTC)), _run(datetime(2026, 4, 1, tzinfo=UTC))],
        signoffs=[],
        history=[],
        tasks=[task],
        requests=requests,
    )


def test_the_four_steps_of_a_year() -> None:
    data = build_active_measures([_record()], year=2026, lang="en", as_of=date(2026, 12, 31))
    assert data.duty and data.employees == 300
    # 1. Investigate: the 2026 audit only; the grounds named by risks (closed ones count).
    assert [(a.day, a.compared) for a in data.audits] == [(date(2026, 4, 1), "gender")]
    named = {g.ground: g.tools for g in data.grounds}
    assert named["Ethnicity"] == ["CV-Sorter"] and named["Age"] == ["CV-Sorter"]
    assert named["Sex"] == [] and len(named) == 7
    # Issue 21 §1: the audit compared gender, so sex is examined, though no risk names it.
    examined = {g.ground: (g.audited, g.examined) for g in data.grounds}
    assert examined["Sex"] == (["CV-Sorter (gender)"], True)
    assert examined["Religion or other belief"] == ([], False)
    # 2. Analyse: discrimination risks only (grounds, the area or an audit), and the alert; in
    # the report's order (the same score: by title).
    assert [r.title for r in data.risks] == ["Age proxy", "Indirect ethnic discrimination"]
    (task,) = data.tasks
    assert task.outcome == "Provider informed" and "“q1.csv”" in task.reason
    # 3. Act: due in 2026, or still open (2025 training, 2027 re-audit); not the literacy course.
    assert [m.description for m in data.measures] == [
        "2025 training",
        "2026 review",
        "2027 re-audit",
    ]
    assert data.measures[1].owner == "Bo" and data.measures[0].owner == "Maria"
    # 4. Follow up: the measures due in 2025, done or not; requests answered in a month.
    assert [(m.description, m.done) for m in data.last_year] == [
        ("2025 vendor talk", True),
        ("2025 training", False),
    ]
    assert (data.requests_received, data.requests_answered_in_time, data.requests_late) == (3, 1, 1)


def test_a_tool_that_went_live_after_the_year_is_not_covered() -> None:
    record = _record()
    later = record.model_copy(
        update={"tool": record.tool.model_copy(update={"go_live": date(2027, 1, 1)})}
    )
    data = build_active_measures([later], year=2026, lang="sv", as_of=date(2026, 6, 1))
    assert (data.tools, data.audits, data.measures) == ([], [], [])
    assert data.as_of == date(2026, 6, 1)

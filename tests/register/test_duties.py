"""The deployer's duties in the register (issue 15): threshold tasks, monitoring plans, requests."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pandas as pd
import pytest

from ethics_toolkit.engine.audit import audit_frame
from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.engine.spec import AuditSpec
from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.register.domain.explanation_requests import (
    ExplanationRequest,
    RequestStatus,
    request_due,
)
from ethics_toolkit.register.domain.history import describe
from ethics_toolkit.register.domain.monitoring import (
    MonitoringFrequency,
    MonitoringPlan,
    TaskStatus,
    ThresholdKind,
)
from ethics_toolkit.register.duties.rules import crossings, new_crossings, task_reason
from ethics_toolkit.register.storage.store import (
    ANSWER_NEEDED,
    ANSWERED_BEFORE_RECEIVED,
    OUTCOME_NEEDED,
    ConflictError,
    Store,
)
from tests.register.factories import ACTOR, cv_screening


def decisions(groups: dict[str, tuple[int, int]], *, tool: dict[str, int] | None = None):
    """Rows of a log from {group: (selected, n)}; ``tool``: per group, how many of the final
    decisions went against the tool's recommendation (all others follow it)."""
    rows = []
    for group, (s, n) in groups.items():
        changed = (tool or {}).get(group, 0)
        for i in range(n):
            final = "1" if i < s else "0"
            rec = final if i >= changed else ("0" if final == "1" else "1")
            rows.append((group, final, rec))
    return pd.DataFrame(rows, columns=["g", "o", "r"])


SPEC = AuditSpec(outcome="o", sensitive=["g"])
SPEC_TOOL = AuditSpec(outcome="o", sensitive=["g"], recommendation="r")
FAIR = {"A": (50, 100), "B": (48, 100)}
GAP = {"A": (60, 100), "B": (20, 100)}


def audit(groups: dict[str, tuple[int, int]], spec: AuditSpec = SPEC, **kw) -> AuditResult:
    return audit_frame(decisions(groups, **kw), spec)


def at(day: int) -> datetime:
    return datetime(2026, 10, day, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (date(2026, 1, 31), date(2026, 2, 28)),
        (date(2028, 1, 31), date(2028, 2, 29)),  # a leap year
        (date(2026, 3, 31), date(2026, 4, 30)),
        (date(2026, 5, 31), date(2026, 6, 30)),
        (date(2026, 8, 31), date(2026, 9, 30)),
        (date(2026, 1, 30), date(2026, 2, 28)),
        (date(2026, 2, 28), date(2026, 3, 28)),
        (date(2026, 11, 15), date(2026, 12, 15)),
        (date(2026, 12, 31), date(2027, 1, 31)),
    ],
)
def test_a_request_is_due_one_calendar_month_after_receipt(received: date, due: date) -> None:
    assert request_due(received) == due
    assert ExplanationRequest(tool_id=1, reference="x", received=received).due == due


def test_the_thresholds_read_the_verdicts_and_the_oversight_agreement() -> None:
    assert crossings(audit(FAIR), None) == []
    (gap,) = crossings(audit(GAP), None)
    assert gap.kind == "adverse_significant"
    assert gap.details["groups"] == ["B"]
    assert gap.details["lowest_ratio"] == pytest.approx(20 / 60)
    # 200 decisions, 6 against the tool: agreement 194/200 = 0.97 >= 0.95.
    follows = audit(FAIR, SPEC_TOOL, tool={"A": 3, "B": 3})
    (tool,) = crossings(follows, None)
    assert (tool.kind, tool.details["agreement"]) == ("tool_decides", pytest.approx(0.97))
    # 12 against the tool: 188/200 = 0.94 < 0.95; a plan may set a lower threshold.
    looser = audit(FAIR, SPEC_TOOL, tool={"A": 6, "B": 6})
    assert crossings(looser, None) == []
    plan = MonitoringPlan(tool_id=1, alert_agreement=0.9, alert_adverse_significant=False)
    assert [c.kind for c in crossings(looser, plan)] == ["tool_decides"]
    assert crossings(audit(GAP), plan) == []  # the plan switched the adverse alert off


def test_only_a_new_crossing_counts() -> None:
    gap, fair = audit(GAP), audit(FAIR)
    assert [c.kind for c in new_crossings(gap, None, None)] == ["adverse_significant"]
    assert new_crossings(gap, gap, None) == []
    assert [c.kind for c in new_crossings(gap, fair, None)] == ["adverse_significant"]
    assert new_crossings(fair, gap, None) == []


def _tool(store: Store):
    tool = store.save_tool(cv_screening(), actor=ACTOR)
    assert tool.id is not None
    return tool


def test_a_task_is_opened_exactly_once_per_crossing(store: Store) -> None:
    tool = _tool(store)
    plan = MonitoringPlan(tool_id=tool.id, owner="Maria Lind", response_days=10)
    store.save_plan(plan, actor=ACTOR)
    sequence = [FAIR, GAP, GAP, GAP, FAIR, GAP]
    for day, groups in enumerate(sequence, start=1):
        with store.frozen_clock(at(day)):
            store.save_audit_run(tool.id, audit(groups), actor=ACTOR, file_name=f"q{day}.csv")
    tasks = store.tasks(tool.id)
    # Crossings: audit 2 (the first across) and audit 6 (across again after falling back).
    assert [t.details["file"] for t in tasks] == ["q2.csv", "q6.csv"]
    runs = store.audit_runs(tool.id)
    assert [t.audit_run_id for t in tasks] == [runs[1].id, runs[5].id]
    first = tasks[0]
    assert first.kind == ThresholdKind.adverse_significant
    assert (first.owner, first.due, first.status) == ("Maria Lind", date(2026, 10, 12), "open")
    assert first.created_at == at(2)
    assert task_reason(first, "en") == (
        "The bias audit of “q2.csv” shows adverse impact that is unlikely to be chance: B "
        "(lowest impact ratio 0.33)."
    )
    lines = [describe(e, "sv") for e in store.history(tool.id) if e.entity == "task"]
    assert lines == [
        # Issue 21 §7: Art. 26(5) also means informing the market surveillance authority.
        "Öppnade uppgiften att bedöma om användningen ska avbrytas och leverantören och "
        "marknadskontrollmyndigheten informeras (AI-förordningen art. 26.5): negativ "
        "särbehandlingseffekt som sannolikt inte beror på "
        f"slumpen; klart senast 2026-10-{day}"
        for day in (12, 16)  # saved on the 2nd and the 6th, ten days to respond
    ]


def test_without_a_plan_the_default_thresholds_open_a_task_for_the_system_owner(
    store: Store,
) -> None:
    tool = _tool(store)
    with store.frozen_clock(at(1)):
        store.save_audit_run(tool.id, audit(FAIR, SPEC_TOOL, tool={"A": 1}), actor=ACTOR)
    (task,) = store.tasks(tool.id)
    assert (task.kind, task.owner, task.due) == ("tool_decides", "HR manager", date(2026, 10, 15))
    assert "followed the tool in 99.5% of cases" in task_reason(task, "en")


def test_a_task_is_done_only_with_an_outcome_and_records_who_and_when(store: Store) -> None:
    tool = _tool(store)
    store.save_audit_run(tool.id, audit(GAP), actor=ACTOR)
    (task,) = store.tasks(tool.id)
    with pytest.raises(UserFacingError) as caught:
        store.save_task(task.model_copy(update={"status": TaskStatus.done}), actor="Bo")
    assert caught.value.en == OUTCOME_NEEDED.en
    done = task.model_copy(
        update={"status": TaskStatus.done, "outcome": "Paused; Exempel AB informed 2026-11-20."}
    )
    with store.frozen_clock(datetime(2026, 11, 20, 8, tzinfo=UTC)):
        saved = store.save_task(done, actor="Bo")
    assert (saved.done_by, saved.done_on) == ("Bo", date(2026, 11, 20))
    with pytest.raises(ConflictError):
        store.save_task(done, actor="Bo")  # a stale copy
    assert describe(store.history(tool.id)[-1], "en") == (
        "Ticked off the task no. 1: the assessment of whether to suspend use and inform the "
        "provider and the market surveillance authority (AI Act Art. 26(5)) is done"
    )


def test_the_plan_is_one_per_tool_and_its_history_reads_in_words(store: Store) -> None:
    tool = _tool(store)
    plan = store.save_plan(
        MonitoringPlan(
            tool_id=tool.id,
            measured="Impact ratio by sex and background",
            frequency=MonitoringFrequency.quarter,
            owner="Johan Berg",
            next_audit=date(2027, 1, 15),
        ),
        actor=ACTOR,
    )
    again = store.save_plan(
        plan.model_copy(update={"frequency": MonitoringFrequency.month}), actor=ACTOR
    )
    assert again.id == plan.id and store.plan(tool.id).frequency == "month"
    created, changed = [e for e in store.history(tool.id) if e.entity == "plan"]
    assert describe(created, "sv") == (
        "Lade till en uppföljningsplan: hur ofta Varje kvartal, ansvarig Johan Berg, "
        "nästa granskning 2027-01-15"
    )
    assert describe(changed, "en") == (
        "Changed the monitoring plan: how often Every quarter → Every month"
    )


def test_a_request_is_registered_answered_and_closed_without_its_reference_in_history(
    store: Store,
) -> None:
    tool = _tool(store)
    request = store.save_request(
        ExplanationRequest(
            tool_id=tool.id, reference="Anna A., ref 2026-117", received=date(2027, 1, 31)
        ),
        actor=ACTOR,
    )
    assert (request.due, request.status) == (date(2027, 2, 28), RequestStatus.open)
    answered = request.model_copy(
        update={"status": RequestStatus.answered, "answer": "Dear Anna, ...", "answered_on": None}
    )
    with pytest.raises(UserFacingError) as caught:
        store.save_request(answered, actor=ACTOR)
    assert caught.value.en == ANSWER_NEEDED.en
    with pytest.raises(UserFacingError) as caught:
        early = answered.model_copy(update={"answered_on": date(2027, 1, 2)})
        store.save_request(early, actor=ACTOR)
    assert caught.value.en == ANSWERED_BEFORE_RECEIVED.format(
        "en", answered="2027-01-02", received="2027-01-31"
    )
    closed = store.save_request(
        answered.model_copy(update={"answered_on": date(2027, 2, 20)}), actor=ACTOR
    )
    assert closed.closed and store.requests(tool.id)[0].answer == "Dear Anna, ..."
    entries = [e for e in store.history(tool.id) if e.entity == "request"]
    stored = repr([e.changes for e in entries])
    assert "Anna" not in stored and "ref 2026-117" not in stored
    names = store.record(tool.name).history_names()
    assert [describe(e, "en", names=names) for e in entries] == [
        "Registered the explanation request “Anna A., ref 2026-117”, received 2027-01-31, "
        "answer due 2027-02-28",
        "Answered the explanation request “Anna A., ref 2026-117” on 2027-02-20 (received "
        "2027-01-31, due 2027-02-28); the case is closed",
    ]
    store.delete_request(closed, actor=ACTOR)
    assert store.requests(tool.id) == []
    removed = store.history(tool.id)[-1]
    assert describe(removed, "sv") == "Tog bort förklaringsbegäran nr 1 (inkom 2027-01-31)"
    assert "Anna" not in repr(removed.changes)


def test_an_archived_tool_keeps_its_duties_read_only(store: Store) -> None:
    tool = _tool(store)
    request = store.save_request(
        ExplanationRequest(tool_id=tool.id, reference="R-1", received=date(2026, 11, 2)),
        actor=ACTOR,
    )
    store.archive_tool(tool.name, actor=ACTOR)
    with pytest.raises(UserFacingError):
        store.save_request(request.model_copy(update={"reference": "R-2"}), actor=ACTOR)
    with pytest.raises(UserFacingError):
        store.save_plan(MonitoringPlan(tool_id=tool.id), actor=ACTOR)
    assert store.record(tool.name).requests[0].reference == "R-1"


def test_duties_survive_an_export_and_an_import_next_to_other_tools(
    store: Store, make_store
) -> None:
    tool = _tool(store)
    store.save_plan(MonitoringPlan(tool_id=tool.id, owner="Johan"), actor=ACTOR)
    store.save_audit_run(tool.id, audit(GAP), actor=ACTOR, file_name="q4.csv")
    store.save_request(
        ExplanationRequest(tool_id=tool.id, reference="R-7", received=date(2026, 11, 2)),
        actor=ACTOR,
    )
    document = store.export_json()
    (exported,) = document["tools"]
    assert exported["plan"]["owner"] == "Johan" and exported["requests"][0]["reference"] == "R-7"
    target = make_store()
    other = target.save_tool(cv_screening(name="Other"), actor=ACTOR)
    target.save_plan(MonitoringPlan(tool_id=other.id), actor=ACTOR)
    target.save_audit_run(other.id, audit(GAP), actor=ACTOR)
    target.save_request(
        ExplanationRequest(tool_id=other.id, reference="Other-1", received=date(2026, 1, 1)),
        actor=ACTOR,
    )
    target.import_json(document, source="export.json")
    record = target.record("CV-Sorter")
    assert record.plan is not None and record.plan.owner == "Johan" and record.plan.id == 2
    (task,) = record.tasks
    assert (task.id, task.audit_run_id) == (2, record.audits[0].id)
    (request,) = record.requests
    assert (request.id, request.reference, request.due) == (2, "R-7", date(2026, 12, 2))
    names = record.history_names()
    lines = [describe(e, "en", names=names) for e in record.history if e.entity == "request"]
    assert lines == [
        "Registered the explanation request “R-7”, received 2026-11-02, answer due 2026-12-02"
    ]
    assert target.walk_history().intact


def test_the_traffic_light_names_unassessed_alerts_and_late_requests(store: Store) -> None:
    from ethics_toolkit.register.status.traffic_light import tool_status

    tool = _tool(store)
    store.save_audit_run(tool.id, audit(GAP), actor=ACTOR)
    store.save_request(
        ExplanationRequest(tool_id=tool.id, reference="R-1", received=date(2026, 10, 1)),
        actor=ACTOR,
    )
    record = store.record(tool.name)
    before = tool_status(record, "en", report_date=date(2026, 11, 1))
    assert "1 alert from monitoring is not assessed" in " ".join(before.reasons)
    assert not [r for r in before.reasons if "explanation" in r]  # due on 1 November
    after = tool_status(record, "sv", report_date=date(2026, 11, 2))
    assert (
        "1 begäran om förklaring är inte besvarad inom en månad (GDPR art. 12.3)." in after.reasons
    )
    assert "Besvara de försenade begärandena om förklaring." in after.decisions


def test_a_sign_off_made_before_the_notice_facts_existed_still_matches() -> None:
    from ethics_toolkit.register.integrity.content import content_of
    from ethics_toolkit.register.legal.classification import classify

    tool = cv_screening(id=1)
    content = content_of(tool, classify(tool), [], [], [])
    assert not {"contact", "retention", "main_factors", "human_role"} & set(content["tool"])
    filled = tool.model_copy(update={"contact": "hr@example.se"})
    assert content_of(filled, classify(filled), [], [], [])["tool"]["contact"] == "hr@example.se"

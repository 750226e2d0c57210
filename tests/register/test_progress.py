"""The guided path: each step's done, missing and the one next step, from register content alone."""

from __future__ import annotations

import functools

import pandas as pd
import pytest

from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.engine.spec import AuditSpec
from ethics_toolkit.register.checklists.catalogue import load_checklists
from ethics_toolkit.register.domain.risks import MitigationAction, RiskStatus
from ethics_toolkit.register.domain.tool import AITool, HRProcess
from ethics_toolkit.register.status.progress import STEPS, tool_progress
from ethics_toolkit.register.storage.store import Store
from tests.register.factories import ACTOR, cv_screening, risk_for

ITEMS = [item.id for area in load_checklists() for item in area.items]


@functools.cache
def adverse_result() -> AuditResult:
    """15 men of whom 6 selected (0.40), 15 women of whom 3 (0.20): impact ratio 0.5 < 0.8."""
    from ethics_toolkit.engine.audit import audit_frame

    rows = [("Man", 1)] * 6 + [("Man", 0)] * 9 + [("Woman", 1)] * 3 + [("Woman", 0)] * 12
    frame = pd.DataFrame(rows, columns=["gender", "selected"])
    result = audit_frame(frame, AuditSpec(outcome="selected", positive="1", sensitive=["gender"]))
    assert result.adverse_impact_found
    return result


@functools.cache
def no_adverse_result() -> AuditResult:
    """15 men and 15 women, 6 of each selected: impact ratio 1."""
    from ethics_toolkit.engine.audit import audit_frame

    rows = [("Man", 1)] * 6 + [("Man", 0)] * 9 + [("Woman", 1)] * 6 + [("Woman", 0)] * 9
    frame = pd.DataFrame(rows, columns=["gender", "selected"])
    result = audit_frame(frame, AuditSpec(outcome="selected", positive="1", sensitive=["gender"]))
    assert not result.adverse_impact_found
    return result


def _path(store: Store, name: str = "CV-Sorter", **options: bool):
    return tool_progress(store.record(name), **options)


def _state(path) -> dict[str, bool]:
    return {step.step: step.done for step in path.steps}


def _answer_all(store: Store, tool_id: int, value: str = "yes") -> None:
    for item in ITEMS:
        store.answer(tool_id, item, value, actor=ACTOR)


def test_before_any_tool_the_path_starts_at_the_profile() -> None:
    path = tool_progress(None)
    assert (
        [s.step for s in path.steps]
        == list(STEPS)
        == [
            "profile",
            "checklists",
            "audit",
            "risks",
            "report",
            "signoff",
        ]
    )
    assert path.next_step.step == "profile" and path.done_count == 0
    (note,) = path.next_step.missing
    assert note.text("sv") == "Inget AI-verktyg är registrerat ännu."


def test_a_bare_tool_lacks_its_profile_fields_named_by_their_labels(store: Store) -> None:
    store.save_tool(
        AITool(name="Bare", hr_process=HRProcess.recruitment, decision_role="ranks"), actor=ACTOR
    )
    path = _path(store, "Bare")
    assert path.next_step.step == "profile"
    (note,) = path.next_step.missing
    assert note.values["fields"] == ["purpose", "system_owner", "data_categories", "legal_basis"]
    assert note.text("sv") == (
        "Uppgifter saknas i profilen: syfte, systemägare, personuppgifter som behandlas, "
        "rättslig grund."
    )
    assert "_" not in note.text("en")


def test_the_whole_path_step_by_step(store: Store) -> None:
    tool = store.save_tool(cv_screening(), actor=ACTOR)
    path = _path(store)
    assert _state(path) == dict.fromkeys(STEPS, False) | {"profile": True}
    assert path.step("profile").summary.text("sv") == "Profilen är ifylld; klassificering: Högrisk."
    assert path.next_step.step == "checklists"
    assert path.next_step.missing[0].text("sv") == (
        f"{len(ITEMS)} av {len(ITEMS)} checklistpunkter är obesvarade."
    )

    store.answer(tool.id, ITEMS[0], "yes", actor=ACTOR)
    assert _path(store).next_step.missing[0].values == {"count": len(ITEMS) - 1, "total": 72}
    _answer_all(store, tool.id)
    path = _path(store)
    assert path.step("checklists").done and path.next_step.step == "audit"
    # Nothing proposed yet, but the audit is still to come: the risks wait for it.
    assert [n.key for n in path.step("risks").missing] == ["risks.after_earlier"]

    run = store.save_audit_run(tool.id, adverse_result(), actor=ACTOR)
    path = _path(store)
    assert path.step("audit").done and path.next_step.step == "risks"
    assert [n.key for n in path.next_step.missing] == ["risks.audit_unregistered"]

    risk = store.save_risk(risk_for(tool.id, audit_run_id=run.id, owner="Eva"), actor=ACTOR)
    path = _path(store)
    assert [n.text("en") for n in path.next_step.missing] == ["1 open risk has no measure."]

    action = MitigationAction(description="Review the ranking", owner="Eva")
    store.save_risk(risk.model_copy(update={"actions": [action]}), actor=ACTOR)
    path = _path(store)
    assert path.step("risks").done and path.next_step.step == "report"
    assert path.step("risks").summary.text("sv") == "1 risk, med ansvarig och åtgärd."

    # The register keeps no PDF: the front end says when it built one for this content.
    assert _path(store, report_built=True).next_step.step == "signoff"
    store.sign_off(tool.id, name="Eva Holm", role="HR-direktör", decision="approved", actor=ACTOR)
    path = _path(store)
    assert path.next_step is None and path.done_count == 6
    assert path.step("report").summary.key == "report.signed"
    signed = path.step("signoff").summary.text("sv")
    assert signed.startswith("Signerad ") and signed.endswith(" av Eva Holm: Godkänd.")

    # Any change after the sign-off reopens the report and the sign-off.
    store.answer(tool.id, ITEMS[0], "partly", actor=ACTOR)
    path = _path(store)
    assert not path.step("signoff").done and not path.step("report").done
    assert path.step("signoff").missing[0].key == "signoff.changed"
    assert path.next_step.step == "risks"  # the "partly" answer proposes a risk first


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"owner": ""}, ["risks.no_owner", "risks.no_action"]),
        ({"owner": "Eva"}, ["risks.no_action"]),
        ({"owner": "Eva", "treatment": "accept"}, []),  # accepting needs no measure
        ({"owner": "", "status": RiskStatus.closed}, []),  # closed risks are done with
        ({"owner": "Eva", "actions": [MitigationAction(description="Train the team")]}, []),
    ],
)
def test_open_risks_need_an_owner_and_a_measure(
    store: Store, changes: dict, expected: list[str]
) -> None:
    tool = store.save_tool(cv_screening(), actor=ACTOR)
    _answer_all(store, tool.id)
    store.save_audit_run(tool.id, no_adverse_result(), actor=ACTOR)
    store.save_risk(risk_for(tool.id, likelihood=2, severity=2, **changes), actor=ACTOR)
    step = _path(store).step("risks")
    assert [n.key for n in step.missing] == expected
    assert step.done is (not expected)


def test_pending_checklist_proposals_are_counted_until_decided(store: Store) -> None:
    tool = store.save_tool(cv_screening(), actor=ACTOR)
    _answer_all(store, tool.id)
    store.save_audit_run(tool.id, no_adverse_result(), actor=ACTOR)
    for item in ITEMS[:3]:
        store.answer(tool.id, item, "no", actor=ACTOR)
    (note,) = _path(store).step("risks").missing
    assert note.text("sv") == "3 risker som checklistorna föreslår väntar på beslut."
    store.decide_proposal(tool.id, ITEMS[0], False, actor=ACTOR)
    store.decide_proposal(tool.id, ITEMS[1], False, actor=ACTOR)
    (note,) = _path(store).step("risks").missing
    assert note.text("en") == "1 risk proposed by the checklists awaits a decision."
    # Accepting adds the item's risk with its suggested measure and the system owner.
    store.decide_proposal(tool.id, ITEMS[2], True, actor=ACTOR)
    assert _path(store).step("risks").done


def test_a_sign_off_of_an_unfinished_job_still_leaves_the_first_gap_next(store: Store) -> None:
    tool = store.save_tool(cv_screening(), actor=ACTOR)
    store.sign_off(tool.id, name="Eva", role="HR", decision="approved_with_conditions", actor=ACTOR)
    path = _path(store)
    assert path.step("signoff").done and path.step("report").done
    assert path.next_step.step == "checklists"


def test_the_demo_is_signed_but_its_checklist_proposals_wait(store: Store) -> None:
    from ethics_toolkit.register.demo.profile import DEMO_TOOL
    from ethics_toolkit.register.demo.seed import seed_demo

    seed_demo(store)
    path = _path(store, DEMO_TOOL)
    assert _state(path) == dict.fromkeys(STEPS, True) | {"risks": False}
    (note,) = path.next_step.missing
    pending = sum(a.risk_decision == "pending" for a in store.record(DEMO_TOOL).answers)
    assert note.values == {"count": pending} and pending > 0

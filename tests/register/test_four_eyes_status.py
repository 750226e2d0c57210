"""Issue 21 item 3 in the traffic light: unapproved acceptances read "not approved", and every
decision of page 2 has its owner and date."""

from __future__ import annotations

from datetime import date

import pytest

from ethics_toolkit.register.demo.profile import DEMO_TOOL
from ethics_toolkit.register.demo.seed import seed_demo
from ethics_toolkit.register.domain.risks import RiskStatus
from ethics_toolkit.register.status.traffic_light import tool_status
from ethics_toolkit.register.storage.store import Store


@pytest.fixture(scope="module")
def demo():
    store = Store.open("sqlite:///:memory:")
    seed_demo(store)
    return store.record(DEMO_TOOL)


def test_the_demos_accepted_risk_is_approved_by_another_person_with_a_justification(demo) -> None:
    (accepted,) = [r for r in demo.risks if r.status == RiskStatus.accepted]
    assert accepted.acceptance_state == "approved"
    decision = accepted.acceptance
    assert decision is not None and decision.justification is not None
    assert decision.proposed_by is not None and decision.approved_by is not None
    assert (decision.proposed_by.name, decision.approved_by.name) == (
        "Maria Lind (HR-chef)",
        "Eva Holm",
    )
    assert decision.justification.complete
    summary = tool_status(demo, "en", report_date=date(2026, 12, 1))
    assert not any("not approved" in reason for reason in summary.reasons)


def test_an_acceptance_without_four_eyes_reads_not_approved_and_asks_for_a_decision(
    demo,
) -> None:
    risks = [
        r.model_copy(update={"acceptance": None}) if r.status == RiskStatus.accepted else r
        for r in demo.risks
    ]
    summary = tool_status(
        demo.model_copy(update={"risks": risks}), "en", report_date=date(2026, 12, 1)
    )
    assert "1 accepted risk is not approved (justification and four eyes missing)." in (
        summary.reasons
    )
    assert any(
        d.startswith("Approve or reject 1 proposed risk acceptance") for d in summary.decisions
    )


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_decision_has_its_owner_and_date(demo, lang: str) -> None:
    summary = tool_status(demo, lang, report_date=date(2026, 12, 1))
    owner, due = demo.tool.system_owner, demo.tool.next_review
    assert owner and due is not None and summary.decisions
    lines = summary.decision_lines()
    assert len(lines) == len(summary.decisions)
    tail = {"sv": f" Ansvarig: {owner}; senast {due.isoformat()}.",
            "en": f" Owner: {owner}; by {due.isoformat()}."}[lang]  # fmt: skip
    for decision, line in zip(summary.decisions, lines, strict=True):
        assert line == decision + tail
    unnamed = demo.model_copy(
        update={"tool": demo.tool.model_copy(update={"system_owner": "", "next_review": None})}
    )
    lines = tool_status(unnamed, "en", report_date=date(2026, 12, 1)).decision_lines()
    assert all(line.endswith(" Owner: none named; by no date set.") for line in lines)

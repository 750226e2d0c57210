"""Issue 11 in the register: "the tool decides in practice" as a risk, and Art. 22 evidence."""

from __future__ import annotations

import pandas as pd
import pytest

from ethics_toolkit.engine.audit import audit_frame
from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.engine.spec import AuditSpec
from ethics_toolkit.register.domain.tool import DecisionRole
from ethics_toolkit.register.legal.art22 import art22_evidence
from ethics_toolkit.register.legal.classification import classify
from ethics_toolkit.register.risks.proposals import (
    OVERSIGHT_RISK_CATEGORY,
    OVERSIGHT_RISK_REFERENCES,
    tool_decides_risk,
)
from tests.register.factories import cv_screening

SPEC = AuditSpec(
    outcome="final", sensitive=["g"], recommendation="ai", recommendation_positives=["yes"]
)


def audit(overrides: int, n: int = 100) -> AuditResult:
    """``n`` applicants in two groups; the first ``overrides`` decisions differ from the tool."""
    rows = []
    for i in range(n):
        ai = "yes" if i % 3 == 0 else "no"
        final = (ai == "yes") != (i < overrides)
        rows.append(("A" if i % 2 else "B", ai, int(final)))
    return audit_frame(pd.DataFrame(rows, columns=["g", "ai", "final"]), SPEC)


@pytest.mark.parametrize(("overrides", "proposed"), [(3, True), (5, True), (6, False)])
def test_a_risk_is_proposed_from_95_percent_agreement(overrides: int, proposed: bool) -> None:
    risk = tool_decides_risk(
        tool_id=4, audit_run_id=9, result=audit(overrides), owner="HR", lang="en"
    )
    assert (risk is not None) is proposed
    if risk is not None:
        agreement = f"{100 - overrides}%"
        assert risk.title == (
            "The tool decides in practice (GDPR Art. 22): decisions followed its recommendation "
            f"in {agreement} of cases"
        )
        assert risk.category == OVERSIGHT_RISK_CATEGORY
        assert risk.legal_references == list(OVERSIGHT_RISK_REFERENCES)
        assert (risk.tool_id, risk.audit_run_id, risk.likelihood, risk.severity) == (4, 9, 4, 4)
        assert "in practice the tool decides" in risk.description


def test_the_risk_in_swedish() -> None:
    risk = tool_decides_risk(tool_id=1, audit_run_id=None, result=audit(3), owner="", lang="sv")
    assert risk is not None
    assert risk.title.startswith("Verktyget beslutar i praktiken (GDPR art. 22)")
    assert "97\u202f%" in risk.title


def test_no_recommendation_no_risk_and_no_evidence() -> None:
    plain = audit_frame(
        pd.DataFrame({"g": ["A", "B"] * 5, "final": [1, 0] * 5}),
        AuditSpec(outcome="final", sensitive=["g"]),
    )
    assert tool_decides_risk(tool_id=1, audit_run_id=1, result=plain, owner="", lang="en") is None
    assert art22_evidence(cv_screening(), plain) is None


def test_evidence_contradicts_a_profile_where_a_person_decides() -> None:
    tool = cv_screening()  # the tool ranks; a person decides
    assert not classify(tool).art22_concern
    evidence = art22_evidence(tool, audit(3))
    assert evidence is not None
    assert evidence.contradicted and evidence.tool_decides
    assert evidence.agreement == pytest.approx(0.97) and evidence.n == 100
    assert evidence.reason.en.startswith("Contradicted by the audit")
    assert "97% of 100 cases" in evidence.reason.en
    assert evidence.reason.sv.startswith("Motsägs av granskningen")


def test_evidence_confirms_a_tool_that_decides_alone() -> None:
    tool = cv_screening(decision_role=DecisionRole.decides_alone)
    evidence = art22_evidence(tool, audit(3))
    assert evidence is not None and evidence.tool_decides and not evidence.contradicted
    assert evidence.reason.en.startswith("The audit confirms the assessment")


def test_evidence_of_real_review() -> None:
    evidence = art22_evidence(cv_screening(), audit(20))
    assert evidence is not None and not evidence.tool_decides and not evidence.contradicted
    assert "people changed the tool's recommendation" in evidence.reason.en
    assert "80% of 100" in evidence.reason.en

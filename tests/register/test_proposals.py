"""Risks proposed from adverse audit findings: prefilled from the engine's figures."""

from __future__ import annotations

import pytest

from ethics_toolkit.engine.audit import audit_source
from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.engine.spec import AuditSpec
from ethics_toolkit.register.risks.proposals import adverse_impact_risk, grounds_for
from tests.conftest import SAMPLE_DATA


@pytest.fixture(scope="module")
def sample_audit() -> AuditResult:
    spec = AuditSpec(outcome="selected", positive="1", sensitive=["gender", "background"])
    return audit_source(SAMPLE_DATA / "recruitment_decisions.csv", spec)


@pytest.mark.parametrize(
    ("attributes", "grounds"),
    [
        (["gender"], ["sex"]),
        (["Kön", "Bakgrund"], ["sex", "ethnicity"]),
        (["age_band"], ["age"]),
        (["department"], []),
    ],
)
def test_grounds_are_guessed_from_column_names(attributes: list[str], grounds: list[str]) -> None:
    assert grounds_for(attributes) == grounds


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Possible indirect discrimination: Outside Europe selected at 0.64 times the rate "
               "of Sweden"),
        ("sv", "Möjlig indirekt diskriminering: Outside Europe väljs ut i 0,64 gånger så hög grad "
               "som Sweden"),
    ],
)  # fmt: skip
def test_significant_adverse_group_gives_a_likely_ethnicity_risk(
    sample_audit: AuditResult, lang: str, title: str
) -> None:
    background = next(a for a in sample_audit.analyses if a.attributes == ["background"])
    outside = next(g for g in background.groups if g.values == {"background": "Outside Europe"})
    risk = adverse_impact_risk(
        tool_id=7, audit_run_id=3, analysis=background, group=outside, owner="HR", lang=lang
    )
    assert risk.title == title
    assert risk.grounds == ["ethnicity"]
    assert (risk.likelihood, risk.severity, risk.inherent_score) == (4, 4, 16)
    assert risk.audit_run_id == 3
    assert risk.description == outside.finding.get(lang)


def test_small_non_significant_group_is_less_likely(sample_audit: AuditResult) -> None:
    gender = next(a for a in sample_audit.analyses if a.attributes == ["gender"])
    non_binary = next(g for g in gender.groups if g.values == {"gender": "Non-binary"})
    assert non_binary.adverse_impact and non_binary.p_value > 0.05
    risk = adverse_impact_risk(
        tool_id=7, audit_run_id=None, analysis=gender, group=non_binary, owner="HR", lang="en"
    )
    assert risk.likelihood == 3
    assert risk.grounds == ["sex"]

"""The decision-process sample log (issue 11): the audit finds exactly what the README documents."""

from __future__ import annotations

import pytest

from ethics_toolkit.engine.analyses.funnel import funnel_summary
from ethics_toolkit.engine.analyses.oversight import direction, tool_decides
from ethics_toolkit.engine.audit import audit_source
from ethics_toolkit.engine.models import Analysis, AuditResult
from ethics_toolkit.engine.spec import AuditSpec
from ethics_toolkit.samples.process import FILE_NAME, STAGES, cramers_v, generate_process_log
from tests.conftest import SAMPLE_DATA

SPEC = AuditSpec(
    outcome="final_decision",
    sensitive=["gender", "background"],
    recommendation="ai_recommendation",
    stage="furthest_stage",
    stages=list(STAGES),
    features=["postcode_area", "years_experience"],
)


@pytest.fixture(scope="module")
def result() -> AuditResult:
    return audit_source(SAMPLE_DATA / FILE_NAME, SPEC)


def by_background(result: AuditResult) -> Analysis:
    return next(a for a in result.analyses if a.attributes == ["background"])


def test_oversight_figures(result: AuditResult) -> None:
    oversight = by_background(result).oversight
    assert oversight is not None
    assert (oversight.n, oversight.overridden_to_yes, oversight.overridden_to_no) == (2000, 15, 40)
    assert oversight.agreement == pytest.approx(0.9725) and tool_decides(oversight)
    outside, sweden = oversight.groups
    assert (outside.n, outside.ai_selected, outside.final_selected) == (800, 200, 175)
    assert (outside.overridden_to_yes, outside.overridden_to_no) == (5, 30)
    assert (sweden.n, sweden.ai_selected, sweden.final_selected) == (1200, 480, 480)
    assert outside.ai_impact_ratio == pytest.approx(0.625)
    assert outside.final_impact_ratio == pytest.approx(0.546875)
    assert direction(outside) == "amplified"


def test_funnel_figures(result: AuditResult) -> None:
    steps = by_background(result).funnel
    assert steps is not None
    got = {
        (s.stage, g.values["background"]): (g.entered, g.passed) for s in steps for g in s.groups
    }
    assert got == {
        ("screened", "Sweden"): (1200, 1080), ("screened", "Outside Europe"): (800, 720),
        ("interview", "Sweden"): (1080, 480), ("interview", "Outside Europe"): (720, 175),
        ("offer", "Sweden"): (480, 240), ("offer", "Outside Europe"): (175, 84),
        ("hired", "Sweden"): (240, 180), ("hired", "Outside Europe"): (84, 63),
    }  # fmt: skip
    assert all(s.reference_group == {"background": "Sweden"} for s in steps)
    assert funnel_summary(steps, "en") == (
        "The gap arises at the interview stage; the steps to screened, offer and hired treat "
        "the groups alike."
    )


def test_feature_figures(result: AuditResult) -> None:
    features = {f.column: f for f in result.features or []}
    rows = generate_process_log()
    area = features["postcode_area"]
    decision = [("yes" if r.final_decision else "no") for r in rows]
    assert area.association_with_decision == pytest.approx(
        cramers_v(list(zip([r.postcode_area for r in rows], decision, strict=True)))
    )
    assert area.association_with_decision == pytest.approx(0.2795, abs=5e-5)
    assert area.proxy_for["background"] == pytest.approx(0.5653, abs=5e-5)
    assert area.proxy_for["gender"] == pytest.approx(0.0155, abs=5e-5)
    assert area.proxy_flag is True
    years = features["years_experience"]
    assert years.proxy_flag is False and years.association_with_decision < 0.05


def test_the_readme_documents_these_figures() -> None:
    readme = (SAMPLE_DATA / "README.md").read_text(encoding="utf-8")
    assert "| Outside Europe | 800 | 200 | 0.2500 | 175 | 0.2188 | 0.9563 | 5 | 30 |" in readme
    assert "1945 of 2000 = 0.9725" in readme
    assert "| interview | Outside Europe | 720 | 175 | 0.2431 | 0.5469 |" in readme
    assert "| postcode_area | 0.2795 | 0.5653 | 0.0155 |" in readme

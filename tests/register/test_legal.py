"""Legal classification of the issue's four typical cases, and the rules' edges."""

from __future__ import annotations

import pytest

from ethics_toolkit.register.domain.tool import (
    AITool,
    DataCategory,
    DecisionRole,
    EmployerType,
    HRProcess,
)
from ethics_toolkit.register.legal.classification import ACTIVE_MEASURES_EMPLOYEES, classify
from tests.register.factories import cv_screening


def _reason(tool: AITool, article: str) -> str:
    """The one English reason citing ``article`` (each conclusion has exactly one)."""
    matches = [r.en for r in classify(tool).reasons if article in r.en]
    assert len(matches) == 1, (article, [r.en for r in classify(tool).reasons])
    return matches[0]


def test_cv_screening_at_private_company_is_high_risk_with_dpia_but_no_fria() -> None:
    tool = cv_screening()
    result = classify(tool)
    assert (result.risk_class, result.high_risk, result.prohibited) == ("high_risk", True, False)
    assert result.dpia_likely and not result.fria_needed
    assert result.active_measures_duty and not result.art22_concern
    assert result.wp248_criteria == ["evaluation_or_scoring", "vulnerable_data_subjects"]
    assert "profiles people" in _reason(tool, "Annex III point 4")
    assert "private employer" in _reason(tool, "Art. 27")
    assert "2 of the EDPB criteria" in _reason(tool, "Art. 35")
    assert "300 employees" in _reason(tool, "ch. 3 § 13")
    assert all(r.sv and r.en for r in result.reasons)
    assert len(result.reasons) == 6


def test_the_same_tool_at_a_municipality_also_needs_a_fria() -> None:
    tool = cv_screening(employer_type=EmployerType.public_body)
    result = classify(tool)
    assert result.high_risk and result.fria_needed and result.dpia_likely
    assert "public employer" in _reason(tool, "Art. 27")
    assert "offentlig arbetsgivare" in next(r.sv for r in result.reasons if "art. 27" in r.sv)


def test_video_interview_with_emotion_analysis_is_prohibited() -> None:
    tool = cv_screening(
        name="VideoView",
        emotion_recognition=True,
        data_categories=[DataCategory.video, DataCategory.voice],
    )
    result = classify(tool)
    assert result.prohibited and result.risk_class == "prohibited"
    assert "infers emotions" in _reason(tool, "Art. 5(1)(f)")
    assert "innovative_technology" in result.wp248_criteria


def test_scheduling_tool_that_only_suggests_shifts_is_not_high_risk() -> None:
    tool = cv_screening(
        name="ShiftPlanner",
        hr_process=HRProcess.task_allocation,
        decision_role=DecisionRole.supports,
        profiling=False,
        narrow_procedural_task=True,
        data_categories=[DataCategory.contact],
    )
    result = classify(tool)
    assert (result.high_risk, result.prohibited, result.fria_needed) == (False, False, False)
    assert result.risk_class == "minimal"
    assert not result.dpia_likely and result.wp248_criteria == ["vulnerable_data_subjects"]
    assert "only when it is based on" in _reason(tool, "Annex III point 4(b)")
    assert "only 1 of the EDPB criteria" in _reason(tool, "Art. 35")


@pytest.mark.parametrize(
    ("changes", "high_risk", "risk_class"),
    [
        # Art. 6(3): a narrow preparatory task escapes high-risk unless the tool profiles.
        ({"narrow_procedural_task": True, "profiling": False}, False, "limited"),
        ({"narrow_procedural_task": True, "profiling": True}, True, "high_risk"),
        ({"hr_process": HRProcess.other}, False, "minimal"),
        ({"hr_process": HRProcess.task_allocation, "profiling": True}, True, "high_risk"),
        ({"hr_process": HRProcess.performance_monitoring, "profiling": False}, True, "high_risk"),
    ],
)
def test_annex_iii_and_the_art_6_3_exception(
    changes: dict[str, object], high_risk: bool, risk_class: str
) -> None:
    result = classify(cv_screening(**changes))
    assert (result.high_risk, result.risk_class) == (high_risk, risk_class)


@pytest.mark.parametrize(
    ("employees", "duty"),
    [(ACTIVE_MEASURES_EMPLOYEES - 1, False), (ACTIVE_MEASURES_EMPLOYEES, True)],
)
def test_active_measures_documentation_starts_at_25_employees(employees: int, duty: bool) -> None:
    assert classify(cv_screening(employees=employees)).active_measures_duty is duty


def test_a_tool_deciding_alone_raises_art_22() -> None:
    tool = cv_screening(decision_role=DecisionRole.decides_alone)
    result = classify(tool)
    assert result.art22_concern
    assert "automated_decision" in result.wp248_criteria
    assert "without human involvement" in _reason(tool, "GDPR Art. 22")


def test_special_category_data_counts_as_a_wp248_criterion() -> None:
    tool = cv_screening(data_categories=[DataCategory.health_disability])
    assert "sensitive_data" in classify(tool).wp248_criteria


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "only 1 of the EDPB criteria (WP248) is met (vulnerable data subjects"),
        ("sv", "bara 1 av EDPB:s kriterier (WP248) är uppfyllt (sårbara registrerade"),
    ],
)
def test_one_wp248_criterion_is_one(lang: str, expected: str) -> None:
    """QA of issue 12: "only 1 of the EDPB criteria (WP248) are met"."""
    tool = cv_screening(
        name="ShiftPlanner",
        hr_process=HRProcess.task_allocation,
        decision_role=DecisionRole.supports,
        profiling=False,
        narrow_procedural_task=True,
        data_categories=[DataCategory.contact],
    )
    result = classify(tool)
    assert result.wp248_criteria == ["vulnerable_data_subjects"]
    (dpia,) = [r.get(lang) for r in result.reasons if "WP248" in r.get(lang)]
    assert expected in dpia

"""Scores, levels and the acceptance rule of risks; data categories; display labels."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.register.domain.answers import AnswerValue
from ethics_toolkit.register.domain.labels import display_label as label
from ethics_toolkit.register.domain.risks import (
    ACCEPTANCE_THRESHOLD,
    Risk,
    RiskStatus,
    check_acceptance,
    risk_level,
)
from ethics_toolkit.register.domain.tool import DataCategory, HRProcess


@pytest.mark.parametrize(
    ("score", "level"),
    [(1, "low"), (4, "low"), (5, "medium"), (9, "medium"), (10, "high"), (15, "high"),
     (16, "critical"), (25, "critical")],
)  # fmt: skip
def test_level_bands(score: int, level: str) -> None:
    assert risk_level(score) == level


def test_scores_are_likelihood_times_severity() -> None:
    risk = Risk(tool_id=1, title="t", likelihood=4, severity=5, residual_likelihood=2)
    assert (risk.inherent_score, risk.level, risk.residual_score) == (20, "critical", None)
    risk = risk.model_copy(update={"residual_severity": 3})
    assert risk.residual_score == 6
    dumped = risk.model_dump(mode="json")
    assert (dumped["inherent_score"], dumped["residual_score"], dumped["level"]) == (
        20,
        6,
        "critical",
    )


@pytest.mark.parametrize("field", ["likelihood", "severity", "residual_likelihood"])
@pytest.mark.parametrize("value", [0, 6])
def test_scores_outside_1_to_5_are_refused(field: str, value: int) -> None:
    values = {"tool_id": 1, "title": "t", "likelihood": 3, "severity": 3, field: value}
    with pytest.raises(ValidationError):
        Risk.model_validate(values)


@pytest.mark.parametrize(
    ("likelihood", "severity", "approver", "refused"),
    [(3, 4, None, True), (3, 4, "  ", True), (3, 4, "Eva Holm", False), (2, 5, None, False)],
)
def test_accepting_a_risk_at_the_threshold_needs_an_approver(
    likelihood: int, severity: int, approver: str | None, refused: bool
) -> None:
    assert ACCEPTANCE_THRESHOLD == 12
    risk = Risk(
        tool_id=1,
        title="Språkkrav",
        likelihood=likelihood,
        severity=severity,
        status=RiskStatus.accepted,
        approved_by=approver,
    )
    assert risk.needs_approver is refused
    if refused:
        with pytest.raises(UserFacingError, match="inherent score of 12"):
            check_acceptance(risk)
    else:
        check_acceptance(risk)


def test_only_accepted_risks_need_an_approver() -> None:
    risk = Risk(tool_id=1, title="t", likelihood=5, severity=5, status=RiskStatus.open)
    assert not risk.needs_approver


def test_art_9_special_categories() -> None:
    special = {c for c in DataCategory if c.special}
    assert special == {
        DataCategory.ethnicity,
        DataCategory.health_disability,
        DataCategory.religion,
        DataCategory.sex_life_orientation,
        DataCategory.trade_union,
        DataCategory.biometric,
    }
    assert not DataCategory.age.special and not DataCategory.gender.special


@pytest.mark.parametrize(
    ("value", "unmet"),
    [("yes", False), ("not_applicable", False), ("partly", True), ("no", True),
     ("dont_know", True)],
)  # fmt: skip
def test_unmet_answers(value: str, unmet: bool) -> None:
    assert AnswerValue(value).unmet is unmet


def test_labels_in_both_languages() -> None:
    assert label(HRProcess.recruitment, "sv") == "Rekrytering och urval"
    assert label(AnswerValue.dont_know, "en") == "Don't know"
    assert label("critical", "sv") == "Kritisk"
    assert label("high_risk", "en") == "High risk"

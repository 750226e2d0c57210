"""Scores, levels and the acceptance rule of risks; data categories; display labels."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.register.domain.actors import Actor
from ethics_toolkit.register.domain.answers import AnswerValue
from ethics_toolkit.register.domain.decisions import Decision, Justification
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


WHY = Justification(
    aim="Skriftlig svenska krävs", necessity="Inget mildare", alternatives="Intervju"
)
MARIA = Actor(name="Maria Lind", via="signed_in", email="maria@example.org")
EVA = Actor(name="Eva Holm", via="signed_in", email="eva@example.org")
AT = datetime(2026, 10, 8, tzinfo=UTC)


@pytest.mark.parametrize(
    ("likelihood", "severity", "grounds", "needs"),
    [(3, 3, [], False), (2, 5, [], True), (3, 4, [], True), (1, 1, ["ethnicity"], True)],
)
def test_high_critical_and_discrimination_risks_need_a_justification_to_be_accepted(
    likelihood: int, severity: int, grounds: list[str], needs: bool
) -> None:
    """Issue 21 item 3: high (10-15), critical (16-25) or a ground of discrimination."""
    assert ACCEPTANCE_THRESHOLD == 10
    risk = Risk(
        tool_id=1,
        title="Språkkrav",
        likelihood=likelihood,
        severity=severity,
        grounds=grounds,
        status=RiskStatus.accepted,
        approved_by="Eva Holm",  # a typed name approves nothing
    )
    assert risk.needs_justification is needs
    assert risk.acceptance_state == "not_recorded" and risk.needs_approver
    if needs:
        with pytest.raises(UserFacingError, match="needs a justification") as info:
            check_acceptance(risk)
        assert "1 kap. 4 §" in info.value.sv and "ch. 1 § 4" in info.value.en
        half = Decision(justification=Justification(aim="x", necessity="y"))
        with pytest.raises(UserFacingError, match="alternatives considered"):
            check_acceptance(risk.model_copy(update={"acceptance": half}))
    check_acceptance(risk.model_copy(update={"acceptance": Decision(justification=WHY)}))


@pytest.mark.parametrize(
    ("decision", "state"),
    [
        (None, "not_recorded"),
        (Decision(proposed_by=MARIA, proposed_at=AT), "needs_justification"),
        (Decision(proposed_by=MARIA, proposed_at=AT, justification=WHY), "awaiting_approval"),
        (
            Decision(proposed_by=MARIA, proposed_at=AT, justification=WHY, approved_by=MARIA),
            "same_person",
        ),
        (
            Decision(proposed_by=MARIA, proposed_at=AT, justification=WHY, approved_by=EVA),
            "approved",
        ),
    ],
)
def test_an_acceptance_reads_approved_only_with_four_eyes_and_a_justification(
    decision: Decision | None, state: str
) -> None:
    risk = Risk(
        tool_id=1, title="t", likelihood=4, severity=5, status=RiskStatus.accepted,
        acceptance=decision,
    )  # fmt: skip
    assert risk.acceptance_state == state
    assert risk.needs_approver is (state != "approved")


def test_only_accepted_risks_need_an_approver() -> None:
    risk = Risk(tool_id=1, title="t", likelihood=5, severity=5, status=RiskStatus.open)
    assert not risk.needs_approver and risk.acceptance_state is None


def test_the_same_person_by_identity_when_signed_in_else_by_name() -> None:
    typed = Actor(name=" maria  LIND ", via="typed")
    other_account = Actor(name="Maria Lind", via="signed_in", email="maria.lind@other.org")
    assert MARIA.same_person(typed) and typed.same_person(MARIA)
    assert not MARIA.same_person(other_account)  # two identities, one name: two people
    assert not MARIA.same_person(EVA)


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

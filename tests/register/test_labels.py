"""The label registry: every enum member, labelled literal and model field has both labels."""

from __future__ import annotations

from enum import StrEnum
from typing import get_args

import pytest

from ethics_toolkit.register.checklists import catalogue as checklists
from ethics_toolkit.register.domain import (
    answers,
    audit_runs,
    explanation_requests,
    field_types,
    history_entries,
    labels,
    legal_classification,
    monitoring,
    people,
    risks,
    signoffs,
    tool,
    tool_record,
)
from ethics_toolkit.register.domain.answers import Answer, AnswerValue
from ethics_toolkit.register.domain.audit_runs import AuditRun
from ethics_toolkit.register.domain.explanation_requests import ExplanationRequest
from ethics_toolkit.register.domain.monitoring import DutyTask, MonitoringPlan
from ethics_toolkit.register.domain.people import CompetenceRecord, Person
from ethics_toolkit.register.domain.risks import MitigationAction, Risk, RiskStatus
from ethics_toolkit.register.domain.signoffs import SignOff, SignOffDecision
from ethics_toolkit.register.domain.tool import AITool, DataCategory

DOMAIN = [
    field_types,
    tool,
    legal_classification,
    answers,
    risks,
    audit_runs,
    signoffs,
    history_entries,
    monitoring,
    explanation_requests,
    tool_record,
    people,
]
"""The modules of the register's domain """
ENUMS: list[type[StrEnum]] = [
    value
    for module in DOMAIN
    for value in vars(module).values()
    if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum
]
LITERALS = {
    "level": risks.RiskLevel,
    "risk_class": legal_classification.RiskClass,
    "risk_decision": answers.RiskDecision,
    "ground": checklists.DiscriminationGround,
    "history_entity": history_entries.HistoryEntity,
    "history_action": history_entries.HistoryAction,
    "progress_step": tool_record.ProgressStep,
}
MODELS = [
    AITool,
    Risk,
    MitigationAction,
    Answer,
    AuditRun,
    SignOff,
    MonitoringPlan,
    DutyTask,
    ExplanationRequest,
    Person,
    CompetenceRecord,
]
NOT_SHOWN = {"id", "tool_id", "row_version", "result"}


def test_every_enum_of_the_register_is_in_the_registry() -> None:
    assert set(ENUMS) == set(labels.ENUM_LABELS)


@pytest.mark.parametrize("enum", ENUMS, ids=lambda e: e.__name__)
def test_every_member_has_both_labels_and_no_code_name(enum: type[StrEnum]) -> None:
    for member in enum:
        entry = labels.ENUM_LABELS[enum][member]
        assert entry.sv.strip() and entry.en.strip()
        assert member.value not in (entry.sv, entry.en) or "_" not in member.value
    for lang in ("sv", "en"):
        names = [labels.label(m, lang) for m in enum]
        assert len(set(names)) == len(names), f"two {enum.__name__} members read alike in {lang}"


@pytest.mark.parametrize(("kind", "literal"), LITERALS.items(), ids=list(LITERALS))
def test_every_literal_value_has_both_labels(kind: str, literal: object) -> None:
    values = set(get_args(literal))
    assert set(labels.LITERAL_LABELS[kind]) == values
    for value in values:
        entry = labels.LITERAL_LABELS[kind][value]
        assert entry.sv.strip() and entry.en.strip() and "_" not in entry.sv + entry.en


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_shown_field_has_both_labels(model) -> None:
    fields = set(model.model_fields) | set(model.model_computed_fields)
    for field in fields - NOT_SHOWN:
        assert labels.has_field_label(model, field), f"{model.__name__}.{field}"
        assert "_" not in labels.field_label(model, field, "sv")


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (RiskStatus.in_treatment, "sv", "Under åtgärd"),
        (SignOffDecision.rejected, "sv", "Inte godkänd"),
        (AnswerValue.dont_know, "sv", "Vet inte"),
        (SignOffDecision.approved_with_conditions, "en", "Approved with conditions"),
    ],
)
def test_the_labels_the_issue_found_diverging_now_read_one_way(value, lang, expected) -> None:
    assert labels.label(value, lang) == expected
    assert labels.display_label(value, lang) == expected  # the entry point for any value agrees


def test_values_of_fields_are_labelled() -> None:
    assert labels.value_label(AITool, "status", "in_use", "sv") == "I bruk"
    assert labels.value_label(Answer, "risk_decision", "accepted", "en") == (
        "Added to the risk register"
    )
    assert labels.value_label(Risk, "title", "x", "en") is None
    assert labels.data_category_label(DataCategory.ethnicity, "en") == (
        "Ethnic origin (special category, GDPR Art. 9)"
    )

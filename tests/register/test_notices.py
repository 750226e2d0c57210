"""Notices and draft replies hold the register's facts and list the missing ones (issue 15)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from ethics_toolkit.i18n import format_int
from ethics_toolkit.register.domain.audit_runs import AuditRun
from ethics_toolkit.register.domain.explanation_requests import ExplanationRequest
from ethics_toolkit.register.domain.monitoring import MonitoringPlan
from ethics_toolkit.register.domain.risks import MitigationAction
from ethics_toolkit.register.domain.tool import DataCategory, DecisionRole
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.register.duties.explanations import draft_reply
from ethics_toolkit.register.duties.notices import as_text, build_notice
from ethics_toolkit.register.legal.classification import classify
from tests.register.factories import cv_screening, risk_for, tiny_result

FACTS = {
    "contact": "rekrytering@example.se",
    "retention": "24 months after the recruitment",
    "main_factors": "years in similar roles and skills test results",
    "human_role": "A recruiter reads every application the tool ranks low",
    # Issue 21 §6: the controller, and the profile's texts are written in English here.
    "controller": "Arbetsgivaren AB (556000-0000), Storgatan 1, Stockholm",
    "dpo_contact": "Dana Data, dpo@example.se",
    "texts_lang": "en",
}


def record(**changes: object) -> ToolRecord:
    tool = cv_screening(id=1, **changes)
    return ToolRecord(
        tool=tool,
        classification=classify(tool),
        answers=[],
        risks=[],
        audits=[],
        signoffs=[],
        history=[],
    )


def test_a_complete_applicant_notice_states_every_fact_and_misses_nothing() -> None:
    notice = build_notice(record(**FACTS), "applicants", "en")
    text = as_text(notice)
    assert notice.missing == [] and "To complete" not in text
    for fact in (
        "In recruitment and selection we use the AI system CV-Sorter from Leverantör AB.",
        "are high-risk systems",
        "(AI Act Art. 26(11))",
        "Controller: Arbetsgivaren AB (556000-0000), Storgatan 1, Stockholm",
        "Data protection officer: Dana Data, dpo@example.se",
        "Ranks applications against the job profile",
        "The main factors are: years in similar roles and skills test results",
        "The system ranks the people; a person makes the decision.",
        "- CV content",
        "- Education",
        "A recruiter reads every application the tool ranks low",
        "GDPR Art. 6(1)(f)",
        "(AI Act Art. 86, GDPR Art. 15(1)(h))",
        "We answer within one month of receiving your request (GDPR Art. 12(3)).",
        "the right to object at any time to processing based on our legitimate interest "
        "(GDPR Art. 21)",
        "complain to the Swedish Authority for Privacy Protection (IMY), www.imy.se",
        "Contact: rekrytering@example.se",
        "24 months after the recruitment",
        "at least six months (AI Act Art. 26(6))",
    ):
        assert fact in text, fact
    # Only a tool that decides alone makes Art. 22(3) the applicant's right.
    assert "22(3)" not in text
    alone = as_text(build_notice(record(**FACTS, decision_role=DecisionRole.decides_alone),
                                 "applicants", "en"))  # fmt: skip
    assert "and contest the decision (GDPR Art. 22(3))" in alone


def test_missing_facts_are_marked_where_they_belong_and_listed_never_invented() -> None:
    notice = build_notice(
        record(vendor="", legal_basis="", data_categories=[], contact="x@y.se"), "applicants", "sv"
    )
    controller = "Personuppgiftsansvarig (arbetsgivarens namn, organisationsnummer och kontakt)"
    assert notice.missing == [
        controller,
        "Leverantör",
        "Huvudfaktorer enligt leverantören",
        "Personuppgifter som behandlas",
        "Människans prövning före beslut",
        "Rättslig grund",
        "Hur länge de sökandes uppgifter sparas",
    ]
    text = as_text(notice)
    assert text.index("Att komplettera i registret") < text.index("Vi använder ett AI-system\n")
    assert "använder vi AI-systemet CV-Sorter från [Att komplettera: Leverantör]." in text
    heading = "Varför vi behandlar uppgifterna och med vilken rätt"
    purpose = (
        "Ändamålet är att hantera din ansökan och välja ut vem som går vidare i rekryteringen."
    )
    assert f"{heading}\n{'-' * len(heading)}\n{purpose}\n[Att komplettera: Rättslig grund]" in text
    assert "Kontakt: x@y.se" in text


def test_the_representatives_notice_lists_what_the_register_knows() -> None:
    rec = record(**FACTS, go_live=date(2026, 3, 1))
    risk = risk_for(
        1,
        id=1,
        title="Indirect ethnic discrimination",
        owner="Maria",
        actions=[MitigationAction(description="Read low-ranked CVs", owner="Ahmed",
                                  due=date(2026, 12, 15))],
    )  # fmt: skip
    rec = rec.model_copy(
        update={
            "risks": [risk],
            "plan": MonitoringPlan(tool_id=1, measured="Impact ratio by sex", owner="Johan",
                                   next_audit=date(2027, 1, 15)),
        }
    )  # fmt: skip
    notice = build_notice(rec, "representatives", "en")
    text = as_text(notice)
    assert notice.missing == []
    for fact in (
        "(AI Act Art. 26(7)). In Sweden this is done under the Co-determination Act (MBL).",
        "Vendor: Leverantör AB",
        "Go-live date: 2026-03-01",
        "The register's assessment under the AI Act: high risk.",
        "Annex III point 4",
        "No bias audit of the system's decisions has been recorded yet.",
        "- Indirect ethnic discrimination (level high; open; owner Maria)",
        "  – Measure: Read low-ranked CVs (owner Ahmed, due 2026-12-15; in progress)",
        "What is measured: Impact ratio by sex. How often: every quarter. Owner: Johan. "
        "Next audit: 2027-01-15.",
    ):
        assert fact in text, fact
    unknown = build_notice(record(go_live=None, system_owner=""), "representatives", "sv")
    assert unknown.missing == [
        "Driftstart",
        "Systemägare",
        "Människans prövning före beslut",
    ]


def test_the_representatives_notice_summarises_the_latest_audit(demo_record) -> None:
    text = as_text(build_notice(demo_record, "representatives", "sv"))
    rows = format_int(5000, "sv")
    assert (
        f"1 biasgranskning är registrerad. Den senaste gjordes 2026-10-01 på {rows} beslut" in text
    )
    assert "- Utanför Europa: valdes med 0,64 gånger referensgruppens urvalsandel" in text
    assert "Nästa granskning: 2027-02-15." in text


def test_the_draft_reply_is_built_from_the_register_with_the_case_left_to_complete() -> None:
    run = AuditRun(
        tool_id=1,
        result=tiny_result(),
        rows_read=30,
        rows_used=30,
        run_at=datetime(2026, 10, 1, tzinfo=UTC),
        run_by="HR",
    )
    rec = record(**FACTS, data_categories=[DataCategory.cv_content]).model_copy(
        update={"audits": [run]}
    )
    request = ExplanationRequest(tool_id=1, reference="Case 17", received=date(2026, 11, 2))
    draft = draft_reply(rec, request, "en")
    for fact in (
        "which we received on 2026-11-02 (Case 17)",
        "In recruitment and selection we use the AI system CV-Sorter from Leverantör AB. "
        "Ranks applications against the job profile. The system ranks the people",
        "the main factors are: years in similar roles and skills test results.",
        "[To complete: the main reasons for the decision in this case, from the case file]",
        "A recruiter reads every application the tool ranks low.",
        "the latest audit was made on 2026-10-01.",
        "contact rekrytering@example.se.",
        "Kind regards\nHR manager",
    ):
        assert fact in draft, fact
    assert "four-fifths" not in draft and "groups below" not in draft
    bare = draft_reply(record(), request, "sv")
    assert "[Att komplettera: Huvudfaktorer enligt leverantören]" in bare
    assert "Vi har ännu inte gjort någon granskning" in bare


@pytest.fixture(scope="module")
def demo_record() -> ToolRecord:
    from ethics_toolkit.register.demo.seed import seed_demo
    from ethics_toolkit.register.storage.store import Store

    store = Store.open("sqlite+pysqlite:///:memory:")
    seed_demo(store)
    return store.record("TalentScreen")

"""Issue 21 §1 and §2: the statements about a tool, computed once, checked against the demo by hand.

The demo register's facts (``register/demo``) are recounted here from its content: the audit's
groups (4 below four-fifths and unlikely to be chance, 2 that may be chance, 2 small cells), the
six risks (two critical in treatment; three high: two open, one in treatment), the answers (26 met,
23 partly, 12 not met, 8 don't know, 3 not applicable, none to review) and the dates of its story.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from ethics_toolkit.register.domain.answers import Answer, AnswerValue
from ethics_toolkit.register.domain.tool import EmployerType
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.register.legal.classification import classify
from ethics_toolkit.register.statements.answers import cited_dates
from ethics_toolkit.register.statements.build import tool_statements
from tests.register.factories import cv_screening, risk_for

GIVEN = datetime(2026, 9, 22, 13, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo():
    from ethics_toolkit.register.demo.seed import seed_demo
    from ethics_toolkit.register.storage.store import Store

    store = Store.open("sqlite://")
    return store.record(seed_demo(store).name)


def answer(item: str, value: str, evidence: str = "", at: datetime = GIVEN) -> Answer:
    return Answer(tool_id=1, item_id=item, value=AnswerValue(value), evidence=evidence,
                  answered_by="HR", answered_at=at)  # fmt: skip


def record(*answers: Answer, **tool: object) -> ToolRecord:
    profile = cv_screening(id=1, **tool)
    return ToolRecord(tool=profile, classification=classify(profile), answers=list(answers),
                      risks=[], audits=[], signoffs=[], history=[])  # fmt: skip


# --- The demo, counted by hand -------------------------------------------------------------------


def test_the_demo_states_one_date_and_the_law_it_used(demo) -> None:
    said = tool_statements(demo)
    assert said.as_of == date(2026, 10, 15)  # the sign-off, the newest fact
    assert said.law.version == date(2026, 6, 29)
    assert said.signoff is not None and said.signoff.covers_content
    assert (said.signoff.name, said.signoff.signed_at.date()) == ("Eva Holm", date(2026, 10, 15))


def test_the_demo_audit_is_counted_once(demo) -> None:
    audit = tool_statements(demo).audit
    assert audit is not None
    counts = audit.counts
    assert (counts.sure, counts.uncertain, counts.too_little, counts.small) == (4, 2, 0, 2)
    assert counts.total == 8 and audit.comparisons == 12
    assert [g.name for g in audit.sure] == [
        "Utanför Europa", "Kvinna × Utanför Europa", "Man × Utanför Europa", "Kvinna × Europa",
    ]  # fmt: skip
    assert [g.name for g in audit.uncertain] == ["Icke-binär", "Icke-binär × Sverige"]
    # The summary's reason and its decision name the same groups (issue 21: "1 more" twice).
    assert audit.to_act_on == audit.sure
    assert (audit.compared, audit.rows, audit.run_by) == (
        ["Kön", "Bakgrund"], 5000, "Johan Berg (HR-specialist)",
    )  # fmt: skip


def test_the_demo_risks_split_by_level_and_status(demo) -> None:
    risks = tool_statements(demo).risks
    assert [(r.level, str(r.status)) for r in risks.items] == [
        ("critical", "in_treatment"),
        ("critical", "in_treatment"),
        ("high", "open"),
        ("high", "in_treatment"),
        ("high", "open"),
        ("medium", "accepted"),
    ]
    assert len(risks.unresolved("critical")) == 2 and risks.by_status("critical")["open"] == 0
    assert len(risks.unresolved("high")) == 3
    assert (risks.by_status("high")["open"], risks.by_status("high")["in_treatment"]) == (2, 1)
    assert len(risks.undecided("high", "critical")) == 2
    assert len(risks.unresolved()) == 5
    (asked,) = [a for r in risks.items for a in r.actions if a.done]
    assert (asked.done_on, asked.owner) == (date(2026, 10, 6), "Maria Lind (HR-chef)")


def test_the_demo_dpia_is_late_and_planned_for_the_date_of_its_action(demo) -> None:
    said = tool_statements(demo)
    assert said.outcome("dpia_timing") == "breach"
    dpia = said.deadline("dpia")
    assert dpia is not None and dpia.overdue
    assert (dpia.due, dpia.planned) == (date(2025, 9, 1), date(2027, 1, 31))
    assert dpia.owner == "Sara Nilsson (dataskyddsombud)"
    assert said.deadline("fria") is None  # a private employer


def test_the_demo_classification_one_outcome_per_article(demo) -> None:
    said = tool_statements(demo)
    assert {a.topic: a.outcome for a in said.articles} == {
        "prohibited": "no", "high_risk": "high_risk", "fria": "no", "dpia": "yes",
        "dpia_timing": "breach", "art22": "likely", "art9": "missing", "active_measures": "yes",
        "art4": "ensure", "art26_5": "suspend_and_inform", "dates": "dates",
    }  # fmt: skip
    assert said.art22_applies


def test_the_demo_grounds_examined_by_the_audit_and_the_risks(demo) -> None:
    grounds = {g.ground: g for g in tool_statements(demo).grounds}
    assert grounds["sex"].audited == ["Kön"] and grounds["sex"].risks == []
    assert grounds["sex"].examined  # never "(not examined)" beside Kvinna × Utanför Europa
    assert grounds["ethnicity"].audited == ["Bakgrund"] and len(grounds["ethnicity"].risks) == 2
    assert [g for g, s in grounds.items() if not s.examined] == [
        "transgender_identity", "religion", "disability", "sexual_orientation", "age",
    ]  # fmt: skip


def test_the_demo_answers_are_dated_and_none_cites_a_later_event(demo) -> None:
    checklists = tool_statements(demo).checklists
    c = checklists.counts
    assert (c.items, c.met, c.partly, c.not_met, c.dont_know, c.not_applicable) == (
        72, 26, 23, 12, 8, 3,
    )  # fmt: skip
    assert c.needs_review == 0 and checklists.to_review == []
    revised = checklists.answer("non_discrimination-06")
    assert revised is not None and revised.state == "met"
    assert revised.given_at.date() == date(2026, 9, 22)
    assert revised.revised_at is not None and revised.revised_at.date() == date(2026, 10, 1)
    # No evidence of the demo cites a day after its answer and on or before the report date.
    for said in checklists.answers:
        given = (said.revised_at or said.given_at).date()
        assert all(d <= given or d > date(2026, 10, 15) for d in cited_dates(said.evidence))


# --- Evidence has dates (§2) ---------------------------------------------------------------------


def test_dates_are_read_from_evidence() -> None:
    assert cited_dates("Godkänd 2026-10-15; IT 2026-04; jan-jun 2026, diarienr HR-2025-14") == [
        date(2026, 4, 1), date(2026, 10, 15),
    ]  # fmt: skip


def test_an_answer_that_cites_a_later_event_needs_review_not_met() -> None:
    said = tool_statements(
        record(
            answer("leadership-08", "yes", "Godkänd av HR-direktören 2026-10-15 med villkor."),
            answer("non_discrimination-06", "yes", "Biasgranskning gjord 2026-10-01."),
            answer("leadership-07", "yes", "Årlig uppföljning; nästa 2027-03-01."),
        ),
        as_of=date(2026, 10, 15),
    )
    review = {a.item_id: a for a in said.checklists.to_review}
    assert set(review) == {"leadership-08", "non_discrimination-06"}
    assert review["leadership-08"].reasons[0].en == (
        "The evidence cites 2026-10-15, but the answer was given on 2026-09-22: it certifies "
        "something that had not happened yet (or a plan whose date has passed)."
    )
    counts = said.checklists.counts
    assert (counts.met, counts.needs_review, counts.answered) == (1, 2, 3)  # the plan stands
    # Once the planned day has passed, the plan needs review too.
    later = tool_statements(record(answer("leadership-07", "yes", "nästa 2027-03-01.")),
                            as_of=date(2027, 3, 2))  # fmt: skip
    assert [a.item_id for a in later.checklists.to_review] == ["leadership-07"]


def test_an_answer_revised_after_the_event_stands() -> None:
    revised = answer("leadership-08", "yes", "Signerad 2026-10-15.",
                     at=datetime(2026, 10, 16, tzinfo=UTC))  # fmt: skip
    revised = revised.model_copy(update={"first_answered_at": GIVEN})
    said = tool_statements(record(revised), as_of=date(2026, 10, 20))
    (stated,) = said.checklists.answers
    assert stated.state == "met" and stated.given_at == GIVEN
    assert stated.revised_at == datetime(2026, 10, 16, tzinfo=UTC)


def test_answers_that_contradict_the_register_need_review() -> None:
    from tests.register.test_legal_evidence import run_of
    from tests.report.fixtures import demo_result  # an audit of background (ethnic origin)

    base = record(
        answer("gdpr-02", "yes", "Leverantören: inga art. 9-uppgifter."),
        answer("gdpr-04", "yes", "DPIA gjord."),
        answer("gdpr-06", "yes", "Rekryteraren beslutar alltid."),
        answer("human_oversight-05", "no", "Lågt rankade läses inte."),
        answer("leadership-05", "not_applicable", "Privat."),
        answer("non_discrimination-06", "yes", "Görs årligen."),
        dpia_completed_on=date(2026, 3, 1),  # after go-live on 2026-01-15
        employer_type=EmployerType.public_body,
    )
    said = tool_statements(base.model_copy(update={"audits": [run_of(demo_result())]}))
    review = {a.item_id: a.reasons[0].en for a in said.checklists.to_review}
    assert set(review) == {"gdpr-02", "gdpr-04", "gdpr-06", "leadership-05"}
    assert review["gdpr-02"].startswith("The register shows special-category data (ethnic origin")
    assert review["gdpr-04"] == (
        "The profile says the DPIA was completed on 2026-03-01 and the tool went live on "
        "2026-01-15: the answer contradicts it."
    )
    assert review["leadership-05"].startswith("A FRIA is required")
    # Without an audit in the register, "we audit yearly" needs review as well.
    bare = tool_statements(base)
    assert "non_discrimination-06" in {a.item_id for a in bare.checklists.to_review}


def test_an_answer_that_needs_review_is_no_evidence() -> None:
    """gdpr-04 "yes" citing a later day does not make the DPIA "done in time"."""
    said = tool_statements(
        record(answer("gdpr-04", "yes", "DPIA klar 2026-10-01.")), as_of=date(2026, 10, 15)
    )
    assert said.checklists.answer("gdpr-04").needs_review  # type: ignore[union-attr]
    assert said.outcome("dpia_timing") == "not_determined"


def test_the_statements_of_an_empty_tool() -> None:
    said = tool_statements(record())
    assert said.as_of is None and said.audit is None and said.risks.items == []
    assert said.checklists.counts.answered == 0 and said.deadline("review") is not None
    assert not any(g.examined for g in said.grounds)
    dpia = said.deadline("dpia")
    assert dpia is not None and not dpia.overdue  # not known whether it was done
    assert said.outcome("art22") == "unlikely" and not said.art22_applies


def test_unresolved_means_open_or_in_treatment() -> None:
    from ethics_toolkit.register.domain.risks import RiskStatus

    risks = [
        risk_for(1, id=1, likelihood=4, severity=5, status=RiskStatus.open),
        risk_for(1, id=2, likelihood=4, severity=5, status=RiskStatus.in_treatment),
        risk_for(1, id=3, likelihood=4, severity=5, status=RiskStatus.accepted, approved_by="E"),
        risk_for(1, id=4, likelihood=4, severity=5, status=RiskStatus.closed),
    ]
    said = tool_statements(record().model_copy(update={"risks": risks}))
    assert len(said.risks.unresolved("critical")) == 2
    assert len(said.risks.undecided("critical")) == 1

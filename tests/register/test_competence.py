"""Issue 23, the rules: refresher dates, who is trained, the AI Act Art. 26(2) finding, what is
due, the traffic light and the competence summary. Hand-built records, hand-computed dates."""

from __future__ import annotations

from datetime import date

import pytest

from ethics_toolkit.register.domain.competence import (
    competence_summary,
    is_current,
    latest_records,
    oversight_finding,
    refreshers,
    trained,
)
from ethics_toolkit.register.domain.people import (
    ActivityKind,
    CompetenceRecord,
    Person,
    PersonRole,
)
from ethics_toolkit.register.domain.tool import ToolStatus
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.register.duties.due import as_text, due_list
from ethics_toolkit.register.legal.classification import classify
from ethics_toolkit.register.status.traffic_light import tool_status
from tests.register.factories import cv_screening

JOHAN = Person(id=1, tool_id=1, name="Johan Berg", roles=[PersonRole.overseer])
AHMED = Person(id=2, tool_id=1, name="Ahmed Karimi", roles=[PersonRole.operator])


def rec(person: Person, activity: str, on: date, months: int = 12, **more: object):
    record_id = more.pop("id", None) or abs(hash((person.id, activity, on))) % 10_000
    return CompetenceRecord(id=record_id, tool_id=1, person_id=person.id or 0, activity=activity,
                            taken_on=on, refresh_months=months, **more)  # fmt: skip


def tool_record(people: list[Person], records: list[CompetenceRecord], **tool: object):
    profile = cv_screening(id=1, next_review=None, **tool)
    parts = {"answers": [], "risks": [], "audits": [], "signoffs": [], "history": []}
    return ToolRecord(tool=profile, classification=classify(profile), people=people,
                      competence=records, **parts)  # fmt: skip


@pytest.mark.parametrize(
    ("on", "months", "due"),
    [
        (date(2025, 8, 25), 12, date(2026, 8, 25)),
        (date(2025, 1, 31), 1, date(2025, 2, 28)),  # calendar months keep the month's end
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2026, 10, 8), 24, date(2028, 10, 8)),
        (date(2026, 10, 8), 0, None),  # no refresher
    ],
)
def test_the_refresher_falls_due_calendar_months_later(on: date, months: int, due) -> None:
    assert rec(JOHAN, "Kurs", on, months).refresh_due == due


def test_a_record_counts_until_its_refresher_day_and_not_after() -> None:
    course = rec(JOHAN, "Kurs", date(2025, 8, 25))
    assert is_current(course, date(2026, 8, 25))  # due that day: not overdue yet
    assert not is_current(course, date(2026, 8, 26))
    assert not is_current(course, date(2025, 8, 24))  # not taken yet
    assert trained(JOHAN, [course], date(2026, 8, 25)) and not trained(
        AHMED, [course], date(2026, 1, 1)
    )


def test_the_same_activity_again_replaces_the_older_record_and_a_lesson_is_known_by_its_id() -> (
    None
):
    old = rec(JOHAN, "APT om verktyget", date(2024, 5, 2), id=1)
    again = rec(JOHAN, "apt  om verktyget", date(2025, 5, 2), id=2)
    lesson_sv = rec(JOHAN, "Lektion: Vad X gör", date(2025, 1, 10), id=3, lesson="tool")
    lesson_en = rec(JOHAN, "Lesson: What X does", date(2025, 6, 1), id=4, lesson="tool")
    assert [r.id for r in latest_records([old, again, lesson_sv, lesson_en])] == [2, 4]
    due = refreshers([JOHAN], [old, again, lesson_sv, lesson_en], as_of=date(2026, 5, 10),
                     horizon_days=None)  # fmt: skip
    assert [(r.activity, r.due, r.days, r.overdue) for r in due] == [
        ("apt  om verktyget", date(2026, 5, 2), -8, True),
        ("Lesson: What X does", date(2026, 6, 1), 22, False),
    ]


def test_refreshers_within_the_horizon_only_and_people_gone_are_left_out() -> None:
    records = [
        rec(JOHAN, "A", date(2025, 11, 1)),  # due 2026-11-01: 6 days late on 2026-11-07
        rec(JOHAN, "B", date(2025, 12, 7)),  # due 2026-12-07: in 30 days
        rec(JOHAN, "C", date(2025, 12, 8)),  # due 2026-12-08: in 31 days, beyond the horizon
        rec(AHMED, "D", date(2020, 1, 1)),  # Ahmed is no longer listed
    ]
    found = refreshers([JOHAN], records, as_of=date(2026, 11, 7))
    assert [(r.activity, r.days) for r in found] == [("A", -6), ("B", 30)]


def test_the_art_26_2_finding_of_a_tool_in_use() -> None:
    day = date(2026, 12, 7)
    nobody = oversight_finding(cv_screening(id=1), classify(cv_screening(id=1)), [AHMED], [],
                               as_of=day)  # fmt: skip
    assert (nobody.applies, nobody.finding, nobody.reason) == (True, True, "no_overseer")
    assert nobody.message("en") == (
        "CV-Sorter is in use but nobody is named as its overseer: AI Act Art. 26(2) requires "
        "human oversight by people with the necessary competence, training and authority."
    )
    lapsed = [rec(JOHAN, "Kurs", date(2025, 8, 25))]
    untrained = oversight_finding(cv_screening(id=1), classify(cv_screening(id=1)), [JOHAN],
                                  lapsed, as_of=day)  # fmt: skip
    assert (untrained.reason, untrained.overseers, untrained.trained) == (
        "untrained",
        ["Johan Berg"],
        [],
    )
    assert untrained.message("sv").startswith(
        "CV-Sorter används men tillsynspersonen (Johan Berg) har ingen aktuell utbildning"
    )
    fresh = [*lapsed, rec(JOHAN, "APT", date(2026, 10, 6))]
    met = oversight_finding(cv_screening(id=1), classify(cv_screening(id=1)), [JOHAN], fresh,
                            as_of=day)  # fmt: skip
    assert (met.finding, met.trained) == (False, ["Johan Berg"])
    assert met.message("en") == "CV-Sorter has 1 named overseer with current training: Johan Berg."
    assert met.decision("en") is None


def test_a_planned_tool_has_no_finding_but_a_decision_and_a_minimal_one_no_duty() -> None:
    planned = cv_screening(id=1, status=ToolStatus.planned)
    found = oversight_finding(planned, classify(planned), [], [], as_of=date(2026, 12, 7))
    assert (found.applies, found.finding) == (False, False)
    assert found.decision("en") == (
        "Name and train the overseers of CV-Sorter before go-live (AI Act Art. 26(2))."
    )
    minimal = classify(cv_screening(id=1)).model_copy(update={"high_risk": False})
    found = oversight_finding(cv_screening(id=1), minimal, [], [], as_of=date(2026, 12, 7))
    assert (found.applies, found.finding, found.decision("en")) == (False, False, None)
    assert "Art. 26(2) does not apply" in found.message("en")


def test_due_lists_overdue_refreshers_exit_worthy_and_the_finding_apart() -> None:
    record = tool_record([AHMED], [rec(AHMED, "Extern kurs", date(2024, 12, 7))])
    due = due_list([record], today=date(2026, 12, 7), lang="en")
    (item,) = due.overdue
    assert (item.kind, item.date, item.days, item.owner) == (
        "refresher",
        date(2025, 12, 7),
        -365,
        "Ahmed Karimi",
    )
    assert item.what == "Refresher for Ahmed Karimi: “Extern kurs” (done 2024-12-07; AI Act Art. 4)"
    assert due.any_overdue
    (finding,) = due.findings  # no overseer: a finding, never counted as overdue
    assert (finding.tool, finding.kind) == ("CV-Sorter", "oversight")
    text = as_text(due_list([record], today=date(2026, 12, 7), lang="sv"), "sv")
    assert "2025-12-07  CV-Sorter: Repetition för Ahmed Karimi: ”Extern kurs”" in text
    assert "365 dagar sen; ansvarig Ahmed Karimi" in text
    assert "\n\nBrister (1)\n  CV-Sorter: CV-Sorter används men ingen person är namngiven" in text


def test_a_finding_alone_does_not_make_anything_overdue() -> None:
    due = due_list([tool_record([], [])], today=date(2026, 12, 7), lang="en")
    assert not due.any_overdue and len(due.findings) == 1
    assert as_text(due, "en").startswith("Nothing is overdue")


def test_the_traffic_light_states_the_finding_and_the_decision() -> None:
    record = tool_record([AHMED], [])
    result = tool_status(record, "en", report_date=date(2026, 12, 7))
    assert result.status == "amber"
    assert "CV-Sorter is in use but nobody is named as its overseer" in result.reasons[-1]
    assert result.decisions[-1] == (
        "Name at least one overseer of CV-Sorter with the competence, training and authority "
        "to overrule the tool, and give them time to train (AI Act Art. 26(2) and Art. 4)."
    )
    trained_record = tool_record([JOHAN], [rec(JOHAN, "APT", date(2026, 10, 6))])
    result = tool_status(trained_record, "en", report_date=date(2026, 12, 7))
    assert not any("overseer" in reason for reason in result.reasons)


def test_the_summary_counts_sessions_held_in_the_period() -> None:
    records = [
        rec(JOHAN, "APT", date(2026, 10, 6), kind=ActivityKind.session, id=1),
        rec(AHMED, "APT", date(2026, 10, 6), kind=ActivityKind.session, id=2),
        rec(AHMED, "APT", date(2025, 3, 1), kind=ActivityKind.session, id=3),
        rec(JOHAN, "Lektion", date(2026, 10, 2), kind=ActivityKind.lesson, id=4, lesson="figures"),
        rec(AHMED, "Kurs", date(2025, 8, 25), kind=ActivityKind.course, id=5),
    ]
    profile = cv_screening(id=1)
    summary = competence_summary(profile, classify(profile), [JOHAN, AHMED], records,
                                 as_of=date(2026, 12, 7),
                                 period=(date(2026, 1, 1), date(2026, 12, 31)))  # fmt: skip
    assert [(s.activity, s.on, s.attendees) for s in summary.sessions] == [
        ("APT", date(2026, 10, 6), ["Johan Berg", "Ahmed Karimi"])
    ]
    assert (summary.lessons, summary.records) == (1, 3)
    assert (summary.overseers, summary.trained_overseers) == (["Johan Berg"], ["Johan Berg"])
    assert (summary.operators, summary.trained_operators) == (["Ahmed Karimi"], ["Ahmed Karimi"])
    assert [(r.person, r.activity, r.due) for r in summary.overdue] == [
        ("Ahmed Karimi", "Kurs", date(2026, 8, 25))
    ]

"""The people around the demo tool and what they have learnt (issue 23).

Fixed dates, like the rest of the demo. On the demo's own dates (the sign-off, 2026-10-15) and
until the next refresher falls due (2027-08-25), exactly one refresher is overdue: Ahmed Karimi's
external course of 2025-08-25, refreshed every 12 months, so due 2026-08-25. The overseer,
Johan Berg, is trained (a lesson with its self-check and the workplace meeting, both October
2026), so the tool has a named, trained overseer (AI Act Art. 26(2)).
"""

from __future__ import annotations

from datetime import date

from ethics_toolkit.register.domain.people import ActivityKind, PersonRole
from ethics_toolkit.register.storage.store import Store

MEETING = "Arbetsplatsträff: TalentScreens egen granskning"
OVERDUE_COURSE = "Extern kurs: AI-förordningen för rekryterare"
OVERDUE_DUE = date(2026, 8, 25)
"""The demo's one overdue refresher: the external course of 2025-08-25, plus 12 months."""

PEOPLE: tuple[tuple[str, PersonRole], ...] = (
    ("Maria Lind", PersonRole.owner),
    ("Eva Holm", PersonRole.approver),
    ("Johan Berg", PersonRole.overseer),
    ("Ahmed Karimi", PersonRole.operator),
    ("Linnea Svensson", PersonRole.operator),
)
# (person, activity, kind, day, refresh months, lesson id, self-check right, questions)
RECORDS: tuple[tuple[str, str, ActivityKind, date, int, str, int | None, int | None], ...] = (
    (
        "Ahmed Karimi",
        OVERDUE_COURSE,
        ActivityKind.course,
        date(2025, 8, 25),
        12,
        "",
        None,
        None,
    ),
    (
        "Johan Berg",
        "Lektion: Att läsa en kvot, ett p-värde och ”för lite data”",
        ActivityKind.lesson,
        date(2026, 10, 2),
        12,
        "figures",
        3,
        3,
    ),
    ("Johan Berg", MEETING, ActivityKind.session, date(2026, 10, 6), 12, "", None, None),
    ("Ahmed Karimi", MEETING, ActivityKind.session, date(2026, 10, 6), 12, "", None, None),
    ("Linnea Svensson", MEETING, ActivityKind.session, date(2026, 10, 6), 12, "", None, None),
    (
        "Maria Lind",
        "Chefsgenomgång: ledningens beslut om tillsyn och tid för lärande",
        ActivityKind.session,
        date(2026, 10, 8),
        24,
        "",
        None,
        None,
    ),
)


def seed_people(store: Store, tool_id: int, *, actor: str) -> None:
    """Add the demo's people and their records through the store (history included)."""
    for name, role in PEOPLE:
        store.add_person(tool_id, name=name, role=role, actor=actor)
    for person, activity, kind, day, months, lesson, right, questions in RECORDS:
        store.record_competence(
            tool_id,
            person=person,
            activity=activity,
            kind=kind,
            taken_on=day,
            refresh_months=months,
            lesson=lesson,
            correct=right,
            questions=questions,
            actor=actor,
        )

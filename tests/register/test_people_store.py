"""Issue 23, the store: people and competence records, their history lines in both languages,
the minimum personal data, export and import. SQLite always, PostgreSQL when configured."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.register.domain.history import describe
from ethics_toolkit.register.domain.people import ActivityKind, PersonRole
from ethics_toolkit.register.storage.exchange_validation import INVALID
from ethics_toolkit.register.storage.people import FUTURE_DATE, NAME_NEEDED, NO_PERSON, NO_ROLE
from ethics_toolkit.register.storage.store import Store
from tests.register.conftest import StoreFactory
from tests.register.factories import ACTOR, cv_screening

TODAY = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


@pytest.fixture
def tool_id(store: Store) -> int:
    with store.frozen_clock(TODAY):
        tool = store.save_tool(cv_screening(), actor=ACTOR)
    assert tool.id is not None
    return tool.id


def lines(store: Store, lang: str, count: int) -> list[str]:
    return [describe(h, lang) for h in store.history()[-count:]]  # type: ignore[arg-type]


def test_a_person_gains_roles_by_name_whatever_the_case_and_spacing(
    store: Store, tool_id: int
) -> None:
    with store.frozen_clock(TODAY):
        store.add_person(tool_id, name="Johan  Berg", role="overseer", actor=ACTOR)
        person = store.add_person(tool_id, name="johan berg", role=PersonRole.operator,
                                  identity="johan.berg@example.se", actor=ACTOR)  # fmt: skip
        again = store.add_person(tool_id, name="JOHAN BERG", role="overseer", actor=ACTOR)
    assert (person.name, person.roles) == ("Johan Berg", [PersonRole.operator, PersonRole.overseer])
    assert again == person  # a role already held changes nothing
    assert [p.name for p in store.people(tool_id)] == ["Johan Berg"]
    assert lines(store, "sv", 2) == [
        "Lade till ”Johan Berg” bland personerna kring verktyget (roll: tillsynsperson)",
        "Ändrade rollerna för ”Johan Berg” till: användare, tillsynsperson",
    ]
    assert lines(store, "en", 1) == ["Changed the roles of “Johan Berg” to: operator, overseer"]
    # Minimum personal data: the signed-in identity is kept with the person, never in the history.
    assert "example.se" not in repr([h.changes for h in store.history()])
    assert store.people(tool_id)[0].identity == "johan.berg@example.se"


def test_records_carry_their_refresher_and_the_history_says_so(store: Store, tool_id: int) -> None:
    with store.frozen_clock(TODAY):
        store.add_person(tool_id, name="Ahmed Karimi", role="operator", actor=ACTOR)
        course = store.record_competence(tool_id, person="ahmed karimi", activity="Extern kurs",
                                         taken_on=date(2025, 8, 25), kind=ActivityKind.course,
                                         actor=ACTOR)  # fmt: skip
        lesson = store.record_competence(
            tool_id, person="Ahmed Karimi", activity="Lektion: X", taken_on=date(2026, 12, 7),
            kind="lesson", lesson="figures", correct=2, questions=3, refresh_months=6, actor=ACTOR,
        )  # fmt: skip
    assert (course.refresh_due, lesson.refresh_due) == (date(2026, 8, 25), date(2027, 6, 7))
    assert store.competence(tool_id) == [course, lesson]
    assert lines(store, "sv", 2) == [
        "Registrerade ”Extern kurs” för ”Ahmed Karimi” den 2025-08-25; repetition senast "
        "2026-08-25",
        "Registrerade ”Lektion: X” för ”Ahmed Karimi” den 2026-12-07; repetition senast "
        "2027-06-07 (självtest: 2 av 3 rätt)",
    ]
    assert lines(store, "en", 1) == [
        "Recorded “Lektion: X” for “Ahmed Karimi” on 2026-12-07; refresher due 2027-06-07 "
        "(self-check: 2 of 3 right)"
    ]
    record = store.record("CV-Sorter")
    assert (record.people[0].name, [c.id for c in record.competence]) == (
        "Ahmed Karimi",
        [course.id, lesson.id],
    )
    with store.frozen_clock(TODAY):
        store.remove_competence(tool_id, course.id or 0, actor=ACTOR)
    assert lines(store, "en", 1) == [
        "Removed the competence record “Extern kurs” of “Ahmed Karimi” (2025-08-25)"
    ]


def test_removing_a_role_then_the_person_takes_their_records(store: Store, tool_id: int) -> None:
    with store.frozen_clock(TODAY):
        store.add_person(tool_id, name="Kim Ek", role="overseer", actor=ACTOR)
        store.add_person(tool_id, name="Kim Ek", role="owner", actor=ACTOR)
        store.record_competence(tool_id, person="Kim Ek", activity="APT",
                                taken_on=date(2026, 10, 6), actor=ACTOR)  # fmt: skip
        left = store.remove_person(tool_id, name="kim ek", role="owner", actor=ACTOR)
        assert left is not None and left.roles == [PersonRole.overseer]
        assert store.remove_person(tool_id, name="Kim Ek", actor=ACTOR) is None
    assert store.people(tool_id) == [] and store.competence(tool_id) == []
    # Each record removed with the person is logged too, so the chain knows its row is gone.
    assert lines(store, "sv", 3) == [
        "Ändrade rollerna för ”Kim Ek” till: tillsynsperson",
        "Tog bort kompetensposten ”APT” för ”Kim Ek” (2026-10-06)",
        "Tog bort ”Kim Ek” från personerna kring verktyget, med 1 kompetenspost",
    ]


def test_clear_messages_for_what_cannot_be_saved(store: Store, tool_id: int) -> None:
    with store.frozen_clock(TODAY):
        store.add_person(tool_id, name="Kim Ek", role="overseer", actor=ACTOR)
        with pytest.raises(UserFacingError) as unknown:
            store.record_competence(tool_id, person="Nobody", activity="APT",
                                    taken_on=date(2026, 1, 1), actor=ACTOR)  # fmt: skip
        with pytest.raises(UserFacingError) as future:
            store.record_competence(tool_id, person="Kim Ek", activity="APT",
                                    taken_on=date(2026, 12, 8), actor=ACTOR)  # fmt: skip
        with pytest.raises(UserFacingError) as role:
            store.remove_person(tool_id, name="Kim Ek", role="approver", actor=ACTOR)
        with pytest.raises(UserFacingError) as empty:
            store.add_person(tool_id, name="  ", role="owner", actor=ACTOR)
    assert unknown.value.sv == NO_PERSON.format(
        "sv", name="”Nobody”", tool="CV-Sorter", tool_arg="CV-Sorter", name_arg="Nobody",
        names="Kim Ek",
    )  # fmt: skip
    assert "`ethics-toolkit people add --tool CV-Sorter --name Nobody --role operator`" in (
        unknown.value.en
    )
    assert future.value.en == FUTURE_DATE.format("en", on="2026-12-08")
    assert role.value.en == NO_ROLE.format(
        "en", name="Kim Ek", role="approver", tool="CV-Sorter", roles="overseer"
    )
    assert role.value.sv == NO_ROLE.format(
        "sv", name="Kim Ek", role="godkännare", tool="CV-Sorter", roles="tillsynsperson"
    )
    assert empty.value.en == NAME_NEEDED.get("en")
    assert len(store.competence(tool_id)) == 0


def test_export_and_import_carry_people_and_records_with_shifted_ids(
    make_store: StoreFactory,
) -> None:
    source, target = make_store(), make_store()
    for store, name in ((source, "CV-Sorter"), (target, "Other tool")):
        with store.frozen_clock(TODAY):
            tool = store.save_tool(cv_screening(name=name), actor=ACTOR)
            store.add_person(tool.id or 0, name="Eva Holm", role="approver", actor=ACTOR)
            store.add_person(tool.id or 0, name="Johan Berg", role="overseer", actor=ACTOR)
            store.record_competence(tool.id or 0, person="Johan Berg", activity="APT",
                                    taken_on=date(2026, 10, 6), actor=ACTOR)  # fmt: skip
    document = source.export_json()
    (exported,) = document["tools"]
    assert [p["name"] for p in exported["people"]] == ["Eva Holm", "Johan Berg"]
    assert exported["competence"][0]["refresh_due"] == "2027-10-06"
    assert target.import_json(document, source="cv.json", actor=ACTOR) == ["CV-Sorter"]
    imported = target.record("CV-Sorter")
    johan = next(p for p in imported.people if p.name == "Johan Berg")
    (record,) = imported.competence
    assert record.person_id == johan.id != exported["competence"][0]["person_id"]
    assert (record.activity, record.taken_on) == ("APT", date(2026, 10, 6))
    names = imported.history_names()
    assert names[("person", str(johan.id))] == "Johan Berg"
    people_lines = [describe(h, "en") for h in imported.history if h.entity == "person"]
    assert people_lines == [
        "Added “Eva Holm” to the people around the tool (role: approver)",
        "Added “Johan Berg” to the people around the tool (role: overseer)",
    ]


def test_an_import_refuses_a_record_of_someone_not_around_the_tool(store: Store) -> None:
    other = Store.open("sqlite://")
    with other.frozen_clock(TODAY):
        tool = other.save_tool(cv_screening(), actor=ACTOR)
        other.add_person(tool.id or 0, name="Johan Berg", role="overseer", actor=ACTOR)
        other.record_competence(tool.id or 0, person="Johan Berg", activity="APT",
                                taken_on=date(2026, 10, 6), actor=ACTOR)  # fmt: skip
    document = other.export_json()
    document["tools"][0]["competence"][0]["person_id"] = 99
    document["head_hash"] = None  # an older, unchained file would reach the consistency check
    for entry in document["tools"][0]["history"]:
        entry["hash"] = None
    with pytest.raises(UserFacingError) as refused:
        store.import_json(document)
    assert refused.value.en == INVALID.format(
        "en", problems="a competence record of tool 'CV-Sorter' links person 99"
    )
    assert store.list_tools() == []

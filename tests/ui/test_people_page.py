"""The People and learning page (issue 23) in AppTest: add a person, take a lesson and answer its
self-check (the record is saved with its refresher date), record a meeting, hostile names."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta

from ethics_toolkit.i18n.ui_texts import ui_text
from ethics_toolkit.register.domain.people import ActivityKind, PersonRole
from ethics_toolkit.register.people.lessons import lesson
from ethics_toolkit.ui import state
from ethics_toolkit.ui.escape import md
from tests.register.factories import cv_screening
from tests.ui.test_app import _app, _store
from tests.ui.test_integrity_ui import IMAGE, _texts


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'people.db'}"
    monkeypatch.setenv(state.DB_ENV, url)
    _store(url).save_tool(cv_screening(), actor="Anna")
    return url


def _click(at, label: str) -> None:  # type: ignore[no-untyped-def]
    (button,) = [b for b in at.button if b.label == label]
    button.click().run()
    assert not at.exception, at.exception


def test_a_person_is_added_takes_a_lesson_and_the_record_has_its_refresher(db: str) -> None:
    at = _app("en", "people")
    assert any("nobody is named as its overseer" in w.value for w in at.warning)
    at.text_input(key="person_name").input("Kim Ek")
    _click(at, ui_text("people_add_save", "en"))
    (person,) = _store(db).people(1)
    assert (person.name, person.roles) == ("Kim Ek", [PersonRole.overseer])
    # No audit saved: the lesson's questions are the general ones; answer them all right.
    record = _store(db).record("CV-Sorter")
    built = lesson(record, None, "tool", "en")
    radios = [r for r in at.radio if (r.key or "").startswith("selfcheck_")]
    assert len(radios) == len(built.questions) == 1
    for radio, question in zip(radios, built.questions, strict=True):
        radio.set_value(question.correct)
    _click(at, ui_text("selfcheck_submit", "en"))
    (saved,) = _store(db).competence(1)
    refresh = date.today() + relativedelta(months=12)
    assert (saved.kind, saved.lesson, saved.correct, saved.questions) == (
        ActivityKind.lesson, "tool", 1, 1
    )  # fmt: skip
    assert saved.refresh_due == refresh
    message = ui_text("selfcheck_saved", "en", person="Kim Ek", activity=md(saved.activity),
                      on=date.today().isoformat(), due=refresh.isoformat())  # fmt: skip
    assert message in [s.value for s in at.success]
    # With a current lesson, the overseer is trained: the finding is gone.
    assert not [w for w in at.warning if "overseer" in w.value]


def test_an_unanswered_self_check_is_not_recorded(db: str) -> None:
    _store(db).add_person(1, name="Kim Ek", role="overseer", actor="Anna")
    at = _app("sv", "people")
    _click(at, ui_text("selfcheck_submit", "sv"))
    assert _store(db).competence(1) == []
    assert [e for e in at.error if "Svara på alla frågor" in e.value]


def test_a_meeting_is_recorded_for_the_attendees_and_names_show_as_typed(db: str) -> None:
    store = _store(db)
    store.add_person(1, name="Kim Ek", role="operator", actor="Anna")
    store.add_person(1, name=IMAGE, role="overseer", actor="Anna")  # untrained: named in a warning
    at = _app("en", "people")
    shown = "\n".join(_texts(at))
    assert md(IMAGE) in shown and IMAGE not in shown.replace(md(IMAGE), "")
    at.multiselect(key="record_people").set_value(["Kim Ek", IMAGE])
    at.text_input(key="record_day").set_value("2026-10-06")
    _click(at, ui_text("records_save", "en"))
    records = _store(db).competence(1)
    assert [(r.taken_on, r.refresh_due, r.kind) for r in records] == [
        (date(2026, 10, 6), date(2027, 10, 6), ActivityKind.session)
    ] * 2
    assert not [w for w in at.warning if "overseer" in w.value]  # the overseer is trained now

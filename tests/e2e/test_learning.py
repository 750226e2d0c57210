"""Issue 23 in a real browser: a person takes a lesson built on the demo's own audit, answers the
self-check, and the competence record appears with its refresher date; a meeting recorded two
years ago with a yearly refresher turns ``ethics-toolkit due`` to exit 1 and shows on the Duties
page."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta
from playwright.sync_api import expect

from ethics_toolkit.i18n.ui_texts import ui_text
from ethics_toolkit.register.domain.labels import field_label
from ethics_toolkit.register.domain.people import CompetenceRecord
from ethics_toolkit.register.people.lessons import TEXTS, lesson
from ethics_toolkit.register.status.traffic_light import latest_audit
from ethics_toolkit.register.storage.store import Store
from ethics_toolkit.ui.escape import WORD_JOINER
from tests.e2e.harness import PROJECT_ROOT, go_to_page, screenshot, settle

pytestmark = pytest.mark.e2e
SV = "sv"
LEARNER = "Linnea Svensson"
LATE = "Eva Holm"
BEFORE = "2026-08-24"
"""A day on which the demo has nothing overdue (its overdue refresher falls due the next day)."""


def due(db: str) -> tuple[int, dict]:
    done = subprocess.run(
        [sys.executable, "-m", "ethics_toolkit", "due", "--db", db, "--date", BEFORE,
         "--format", "json", "--lang", "sv"],
        capture_output=True, text=True, cwd=PROJECT_ROOT, check=False,
    )  # fmt: skip
    return done.returncode, json.loads(done.stdout)


def pick(page, label: str, option: str) -> None:  # type: ignore[no-untyped-def]
    page.get_by_role("combobox", name=label, exact=True).click()
    page.get_by_role("option", name=option, exact=True).click()
    settle(page)


def test_a_lesson_becomes_a_record_and_an_overdue_refresher_turns_due_to_1(
    page,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    artifacts: Path,
) -> None:
    db = f"sqlite:///{tmp_path / 'e2e.db'}"  # the register of the app_url fixture
    page.get_by_role("button", name=ui_text("demo_button", SV)).click()
    page.get_by_role("heading", name=ui_text("overview_attention", SV)).wait_for(timeout=90_000)
    go_to_page(page, ui_text("nav_people", SV), ui_text("people_title", SV))
    page.get_by_role("tab", name=ui_text("people_tab_lessons", SV)).click()

    # Take the figures lesson as Linnea: its self-check is built on the demo's own audit.
    record = Store.open(db).record("TalentScreen")
    built = lesson(record, latest_audit(record), "figures", SV)
    pick(page, ui_text("lesson_person", SV), LEARNER)
    pick(page, ui_text("lesson_pick", SV), TEXTS.text("figures.title", SV, tool="TalentScreen"))
    page.get_by_role("heading", name=built.title).wait_for()
    settle(page)
    expect(page.get_by_text("valdes ut 0,64 gånger så ofta").first).to_be_visible()
    radios = page.get_by_test_id("stForm").get_by_test_id("stRadio")
    expect(radios).to_have_count(len(built.questions))
    for index, question in enumerate(built.questions):
        shown = question.options[question.correct].replace(":", ":" + WORD_JOINER)  # as md() shows
        radios.nth(index).get_by_text(shown, exact=True).click()
    settle(page)
    page.get_by_role("button", name=ui_text("selfcheck_submit", SV)).click()

    # The record appears with its refresher date, one year on.
    today = date.today()
    refresh = today + relativedelta(months=12)
    activity = TEXTS.text("activity", SV, title=built.title).replace(":", ":" + WORD_JOINER)
    saved = ui_text("selfcheck_saved", SV, person=LEARNER, activity=activity, on=today.isoformat(),
                    due=refresh.isoformat())  # fmt: skip
    page.get_by_text(saved).wait_for(timeout=60_000)
    page.get_by_text(saved).scroll_into_view_if_needed()
    page.get_by_text(
        ui_text("lesson_done_before", SV, person=LEARNER, on=today.isoformat(),
                due=refresh.isoformat())
    ).wait_for()  # fmt: skip
    settle(page)
    expect(page.get_by_text(ui_text("selfcheck_score", SV, correct=3, questions=3))).to_be_visible()
    tool_id = record.tool.id or 0
    learner = next(p for p in Store.open(db).people(tool_id) if p.name == LEARNER)
    (stored,) = [
        r for r in Store.open(db).competence(tool_id) if r.person_id == learner.id and r.lesson
    ]
    assert (stored.lesson, stored.correct, stored.questions, stored.refresh_due) == (
        "figures", 3, 3, refresh
    )  # fmt: skip
    screenshot(page, artifacts, "learning")

    # Nothing is overdue on BEFORE ... until a meeting two years back with a yearly refresher.
    code, listed = due(db)
    assert code == 0 and listed["overdue"] == []
    page.get_by_role("tab", name=ui_text("people_tab_records", SV)).click()
    attendees = page.get_by_role("combobox", name=ui_text("records_people", SV), exact=True)
    attendees.click()
    attendees.press_sequentially(LATE)
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    taken = date(2024, 6, 3)
    day_label = field_label(CompetenceRecord, "taken_on", SV)
    day = page.get_by_role("textbox", name=day_label, exact=True)
    day.fill(taken.isoformat())
    page.get_by_role("button", name=ui_text("records_save", SV)).click()
    page.get_by_text(ui_text("records_saved", SV, count=1)).wait_for(timeout=30_000)
    settle(page)
    code, listed = due(db)
    assert code == 1
    (item,) = listed["overdue"]
    assert (item["kind"], item["owner"], item["date"]) == ("refresher", LATE, "2025-06-03")
    assert item["what"].startswith(f"Repetition för {LATE}: ”Arbetsplatsträff: TalentScreens")

    # And the Duties page shows it among the overdue refreshers.
    go_to_page(page, ui_text("nav_duties", SV), ui_text("duties_title", SV))
    page.get_by_role("heading", name=ui_text("refreshers_title", SV)).wait_for()
    settle(page)
    meeting = f"Arbetsplatsträff:{WORD_JOINER} TalentScreens egen granskning"
    line = page.get_by_text(f"{LATE}: ”{meeting}”")
    expect(line).to_contain_text("repetition senast 2025-06-03")
    screenshot(page, artifacts, "learning-duties")

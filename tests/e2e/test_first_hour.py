"""Issue 16 in a real browser: a first-time user, asked their name once, creates a tool and follows
nothing but the next-step buttons to a signed report; every page on the way is Swedish."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ethics_toolkit.i18n.ui_texts import ui_text
from ethics_toolkit.register.checklists.catalogue import load_checklists
from ethics_toolkit.register.domain import labels
from ethics_toolkit.register.domain.answers import AnswerValue
from ethics_toolkit.register.domain.signoffs import SignOff, SignOffDecision
from ethics_toolkit.register.domain.tool import AITool, DataCategory
from ethics_toolkit.register.storage.store import Store
from ethics_toolkit.ui import guide, streamlit_dom
from tests.e2e.conftest import VIEWPORT
from tests.e2e.harness import launch_chromium, new_page, settle, streamlit_server

pytestmark = pytest.mark.e2e
SV = "sv"
NAME = "Nora Nybörjare"
TOOL = "Urvalshjälpen"
# What Streamlit's front end says in English unless the app sets or replaces it.
ENGLISH = (
    "Upload",
    "Browse files",
    "per file",
    "Drag and drop",
    "Choose an option",
    "Choose options",
    "Press Enter",
    "Ctrl+Enter",
    "Select all",
    "No results",
    "YYYY/MM/DD",
)


@pytest.fixture
def first_visit(
    chromium_path: Path, tmp_path: Path, artifacts: Path
) -> Iterator[tuple[object, str]]:
    """A browser on a fresh server that knows nobody (no ``$ETHICS_TOOLKIT_USER``)."""
    from playwright.sync_api import sync_playwright

    db = f"sqlite:///{tmp_path / 'first.db'}"
    with (
        streamlit_server(db, tmp_path / "streamlit.log", user=None) as url,
        sync_playwright() as playwright,
    ):
        browser = launch_chromium(playwright)
        page = new_page(browser, viewport=VIEWPORT)
        page.goto(url)
        try:
            yield page, db
        finally:
            artifacts.mkdir(parents=True, exist_ok=True)  # as it is, settled or not
            page.screenshot(path=str(artifacts / "last-page.png"), full_page=True)
            browser.close()


def _swedish(page) -> None:
    """No English widget text anywhere the user can read, and the uploader's texts replaced."""
    settle(page)
    shown = page.inner_text("body")
    assert [word for word in ENGLISH if word in shown] == []


def _next(page, step: str) -> None:
    """Click the one next-step button (it must lead to ``step``) and wait for that page."""
    settle(page)
    button = page.locator(f".st-key-{guide.NEXT_BUTTON_KEY} button")
    assert button.inner_text().strip().endswith(ui_text(f"guide_go_{step}", SV))
    button.click()
    settle(page)


def _heading(page, key: str) -> None:
    page.get_by_role("heading", name=ui_text(key, SV)).first.wait_for(timeout=60_000)


def _field(name: str) -> str:
    return labels.field_label(AITool, name, SV)


def test_a_newcomer_follows_the_next_step_buttons_to_a_signed_report(first_visit) -> None:
    page, db = first_visit
    _heading(page, "overview_title")
    _swedish(page)
    _next(page, "profile")

    # 1. Profile: the name is asked before the first change, once.
    _heading(page, "profile_title")
    page.get_by_role("textbox", name=ui_text("actor_label", SV)).fill(NAME)
    page.get_by_role("button", name=ui_text("name_save", SV)).click()
    page.get_by_role("textbox", name=_field("name"), exact=True).wait_for()
    _swedish(page)
    page.get_by_role("textbox", name=_field("name"), exact=True).fill(TOOL)
    page.get_by_role("textbox", name=_field("purpose"), exact=True).fill("Sorterar ansökningar")
    page.get_by_role("textbox", name=_field("system_owner"), exact=True).fill("Maja HR-chef")
    page.get_by_role("textbox", name=_field("legal_basis"), exact=True).fill("GDPR art. 6.1 f")
    page.get_by_role("combobox", name=_field("data_categories")).click()
    page.get_by_role("option", name=labels.data_category_label(DataCategory.cv_content, SV)).click()
    page.keyboard.press("Escape")
    page.get_by_role("button", name=ui_text("profile_save", SV)).click()
    page.get_by_text(ui_text("profile_classification", SV)).first.wait_for(timeout=60_000)
    _next(page, "checklists")

    # 2. Checklists: each area answered and saved with one button (answers not saved yet are
    # kept as drafts, issue 20); the page moves on to the next area.
    _heading(page, "checklists_title")
    _swedish(page)
    yes = labels.label(AnswerValue.yes, SV)
    for number, area in enumerate(load_checklists(), start=1):
        radios = page.get_by_test_id("stMain").get_by_test_id("stRadio")
        radios.first.wait_for()
        settle(page)
        assert radios.count() == len(area.items)
        for index in range(len(area.items)):
            radios.nth(index).get_by_text(yes, exact=True).click()
        page.get_by_role("button", name=ui_text("checklist_save_area", SV)).click()
        done = sum(len(a.items) for a in load_checklists()[:number])
        total = sum(len(a.items) for a in load_checklists())
        page.get_by_text(ui_text("checklist_progress", SV, done=done, total=total)).wait_for()
        settle(page)
    _next(page, "audit")

    # 3. Bias audit of the sample log, saved, and its adverse finding added as a risk.
    _heading(page, "audit_title")
    _swedish(page)
    after = page.locator(streamlit_dom.UPLOAD_BUTTON_LABEL).evaluate(
        "e => getComputedStyle(e, '::after').content"
    )
    assert after == f'"{ui_text("upload_button", SV)}"'
    page.get_by_role("button", name=ui_text("audit_use_sample", SV)).click()
    page.get_by_role("button", name=ui_text("audit_run", SV)).click()
    save = page.get_by_role("button", name=ui_text("audit_save", SV, tool=TOOL))
    save.click(timeout=90_000)
    page.get_by_role("button", name=ui_text("proposal_add", SV)).first.click()
    page.get_by_text(ui_text("proposal_added", SV)).first.wait_for()
    _swedish(page)
    _next(page, "risks")

    # 4. Risks and measures: the audit's risk gets a measure.
    _heading(page, "risks_title")
    _swedish(page)
    page.get_by_label(ui_text("actions_description", SV)).fill("Granska urvalet per tjänst")
    page.get_by_role("button", name=ui_text("actions_add_save", SV)).click()
    page.get_by_text("1. Granska urvalet per tjänst").wait_for()
    _next(page, "report")

    # 5. The report, then 6. the sign-off on the same page.
    _heading(page, "report_title")
    _swedish(page)
    page.get_by_role("button", name=ui_text("report_build", SV)).click()
    page.get_by_role("button", name=ui_text("report_download", SV)).wait_for(timeout=90_000)
    page.get_by_text(ui_text("guide_here", SV)).wait_for()
    sign = labels.field_label(SignOff, "name", SV)
    page.get_by_role("textbox", name=sign, exact=True).fill("Eva Ek")
    page.get_by_role("textbox", name=labels.field_label(SignOff, "role", SV)).fill("HR-direktör")
    page.get_by_role("combobox", name=labels.field_label(SignOff, "decision", SV)).click()
    page.keyboard.type(labels.label(SignOffDecision.approved, SV))
    page.keyboard.press("Enter")
    page.get_by_role("button", name=ui_text("signoff_save", SV), exact=True).click()
    page.get_by_text(ui_text("guide_all_done", SV, name=TOOL).split(".")[0]).wait_for()
    _swedish(page)

    record = Store.open(db).record(TOOL)
    assert [(s.name, s.decision) for s in record.signoffs] == [("Eva Ek", "approved")]
    assert {entry.actor for entry in record.history} == {NAME}  # the person, never a placeholder

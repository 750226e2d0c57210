"""Issue 15 in a real browser: an explanation request is registered, shown with its due date,
answered from the register's draft and closed, and the history says so."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta
from playwright.sync_api import expect

from ethics_toolkit.i18n.ui_texts import ui_text
from ethics_toolkit.register.domain.explanation_requests import ExplanationRequest
from ethics_toolkit.register.domain.labels import field_label
from tests.e2e.harness import go_to_page, screenshot, settle

pytestmark = pytest.mark.e2e
SV = "sv"
REFERENCE = "Rekrytering 2026-52, sökande 31"


def test_a_request_is_registered_seen_due_answered_and_closed_in_the_history(
    page, artifacts: Path
) -> None:
    settle(page)
    page.get_by_role("button", name=ui_text("demo_button", SV)).click()
    page.get_by_role("heading", name=ui_text("overview_attention", SV)).wait_for(timeout=90_000)
    go_to_page(page, ui_text("nav_duties", SV), ui_text("duties_title", SV))
    page.get_by_role("tab", name=ui_text("duties_tab_requests", SV)).click()

    # Register: the reference as typed, received today.
    label = field_label(ExplanationRequest, "reference", SV)
    page.get_by_role("textbox", name=label, exact=True).fill(REFERENCE)
    page.get_by_role("button", name=ui_text("req_add_save", SV)).click()
    today = date.today()
    due = today + relativedelta(months=1)
    # See it due: listed as open with its due date, one calendar month after receipt.
    line = page.get_by_text(f"{REFERENCE} · inkom {today} · svar senast {due}")
    line.wait_for(timeout=30_000)
    settle(page)

    # Answer it from the register's draft, edited before it is saved.
    page.get_by_text(ui_text("req_answer_title", SV, reference=REFERENCE)).click()
    draft = page.get_by_role("textbox", name=ui_text("req_draft", SV))
    settle(page)
    expect(draft).to_contain_text("TalentScreen", timeout=30_000)
    expect(draft).to_contain_text(REFERENCE)
    answer = "Hej! Verktyget rangordnade din ansökan; rekryteraren läste den och beslutade."
    draft.fill(answer)
    settle(page)
    expect(draft).to_have_value(answer)
    page.get_by_role("button", name=ui_text("req_answer_save", SV)).click()

    # Closed: the history line says the case is closed, and no open request is left.
    closed = page.get_by_text(f"Besvarade förklaringsbegäran ”{REFERENCE}” den {today}")
    closed.wait_for(timeout=60_000)
    page.get_by_text(ui_text("req_none_open", SV)).wait_for(timeout=30_000)
    settle(page)
    expect(closed).to_contain_text("ärendet är stängt")
    screenshot(page, artifacts, "duties")

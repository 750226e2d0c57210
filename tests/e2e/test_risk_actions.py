"""Issue 13 in a real browser: a risk action added and ticked off, its history line, the residual
heat map's "not yet assessed" count, and a risk title with an image link that is never fetched."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import expect

from ethics_toolkit.i18n.ui_texts import ui_text
from ethics_toolkit.register.domain.labels import field_label
from ethics_toolkit.register.domain.risks import Risk
from tests.e2e.harness import E2E_USER, free_port, go_to_page, screenshot, settle

pytestmark = pytest.mark.e2e
SV = "sv"


def test_an_action_is_added_and_ticked_off_and_the_heat_map_follows(page, artifacts: Path) -> None:
    tracker = f"http://127.0.0.1:{free_port()}/pixel.png"  # nothing listens: a fetch would show
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    settle(page)
    page.get_by_role("button", name=ui_text("demo_button", SV)).click()
    # The overview's attention list appears once the demo is seeded.
    page.get_by_role("heading", name=ui_text("overview_attention", SV)).wait_for(timeout=90_000)

    go_to_page(page, ui_text("nav_risks", SV), ui_text("risks_title", SV))
    # A new risk has no after-measure scores yet: counted under the residual map, not dropped.
    page.get_by_text(ui_text("risk_add", SV)).click()
    title = f"Spårning ![bild]({tracker})"
    title_label = field_label(Risk, "title", SV)
    page.get_by_role("textbox", name=title_label, exact=True).fill(title)
    page.get_by_role("button", name=ui_text("risk_add_save", SV)).click()
    not_assessed = ui_text("heat_not_assessed", SV, n=1, count=7)
    page.get_by_text(not_assessed).wait_for(timeout=30_000)
    settle(page)

    # Pick the new risk in the actions panel, add an action and tick it off.
    page.get_by_role("combobox", name=ui_text("actions_pick_risk", SV), exact=True).click()
    page.keyboard.type("7: Spårning")
    page.keyboard.press("Enter")
    page.get_by_text(ui_text("actions_none", SV)).wait_for(timeout=30_000)
    settle(page)
    field = page.get_by_label(ui_text("actions_description", SV))
    expect(field).to_have_count(1)  # the previous risk's form is gone
    field.fill("Be leverantören om modellkortet")
    page.get_by_role("button", name=ui_text("actions_add_save", SV)).click()
    action = page.get_by_text("1. Be leverantören om modellkortet")
    action.wait_for(timeout=30_000)
    settle(page)
    action.click()  # the checkbox's label
    # The risk's history: the change to its actions, and its creation quoting the title as typed.
    # issue 22: the harness names the user with $ETHICS_TOOLKIT_USER, a stated name
    ticked = f"{E2E_USER} (angivet på kommandoraden): Markerade åtgärd 1 för risken"
    history = page.get_by_test_id("stMarkdown").filter(has_text=ticked)
    history.filter(has_text="Lade till risken ”Spårning ![bild](http").wait_for(timeout=30_000)
    page.get_by_text(ui_text("actions_done_by", SV, on=date.today(), by=E2E_USER)).wait_for()
    settle(page)

    # Assess the risk after the measure: the residual map now holds every risk.
    page.get_by_role("button", name=ui_text("residual_save", SV)).click()
    page.get_by_text(ui_text("heat_all_assessed", SV, count=7)).wait_for(timeout=30_000)
    settle(page)
    expect(page.get_by_text(not_assessed)).to_have_count(0)
    screenshot(page, artifacts, "risk-actions")
    assert not [url for url in fetched if url.startswith(tracker)]

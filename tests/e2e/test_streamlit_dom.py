"""Streamlit's private page structure, as the browser shows it: the uploader's texts are ours and
the input hints are hidden. With ``tests/ui/test_streamlit_dom.py`` (the installed front end still
has every test id), an upgrade that renames one fails here instead of showing English."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from ethics_toolkit.i18n.ui_texts import ui_text
from ethics_toolkit.register.domain.labels import field_label
from ethics_toolkit.register.domain.tool import AITool
from ethics_toolkit.ui import streamlit_dom
from tests.e2e.harness import go_to_page, screenshot, settle

pytestmark = pytest.mark.e2e
SV = "sv"
AFTER = "e => getComputedStyle(e, '::after').content"


def test_the_uploader_shows_our_texts_and_the_input_hints_are_hidden(page, artifacts: Path) -> None:
    go_to_page(page, ui_text("nav_bias_audit", SV), ui_text("audit_title", SV))
    button = page.locator(streamlit_dom.UPLOAD_BUTTON_LABEL)
    expect(button).to_have_count(1)  # Streamlit still nests them so
    assert button.evaluate(AFTER) == f'"{ui_text("upload_button", SV)}"'
    expect(button.locator("p")).to_be_hidden()  # its "Upload"
    line = page.locator(streamlit_dom.UPLOAD_LIMIT_LINE)
    expect(line).to_have_count(1)
    assert (
        line.locator(":scope > div").evaluate(AFTER) == f'"{ui_text("upload_limit", SV, mb=200)}"'
    )
    spans = line.locator("span")  # "200MB per file • CSV, ..."
    expect(spans).not_to_have_count(0)
    for span in spans.all():
        expect(span).to_be_hidden()
    screenshot(page, artifacts, "uploader")

    # A typed, not yet saved field: Streamlit adds its hint ("Press Enter ..."), hidden by us.
    go_to_page(page, ui_text("nav_tool_profile", SV), ui_text("profile_title", SV))
    page.get_by_role("textbox", name=field_label(AITool, "name", SV), exact=True).fill("Urval")
    settle(page)
    hints = page.locator(streamlit_dom.INPUT_HINTS)
    expect(hints).not_to_have_count(0)  # Streamlit still renders them under this test id
    for hint in hints.all():
        expect(hint).to_be_hidden()
    expect(page.get_by_text("Press Enter")).to_have_count(0)

"""An Excel workbook in a real browser (issue 9): Swedish headers, a freely named decision column,
the guessed mapping with its reasons, the right figures, and language switches that keep it all."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from ethics_toolkit.i18n.ui_texts import ui_text
from tests.e2e.harness import SIDEBAR, go_to_page, screenshot, settle
from tests.ui.test_audit_page import _export
from tests.workbooks import xlsx

pytestmark = pytest.mark.e2e
SV, EN = "sv", "en"


def _switch(page, label: str) -> None:
    settle(page)
    page.get_by_test_id(SIDEBAR).get_by_text(label, exact=True).click()
    settle(page)


def test_an_xlsx_is_guessed_with_reasons_and_audited(page, tmp_path: Path, artifacts: Path) -> None:
    book = tmp_path / "rekrytering.xlsx"
    rows = [["Rekrytering våren 2025"], [], *_export()]  # a title row above the header
    book.write_bytes(xlsx([("Info", []), ("Urval", rows)], merges={"Urval": ["A1:E1"]}))
    page.set_viewport_size({"width": 1400, "height": 3200})  # the whole page in one screenshot

    go_to_page(page, ui_text("nav_bias_audit", SV), ui_text("audit_title", SV))
    page.set_input_files("input[type=file]", str(book))
    page.get_by_text("bladet ”Urval”, 300 rader, 5 kolumner").wait_for(timeout=60_000)
    # The proposed mapping, with the reasons behind it.
    page.get_by_text('"Vidare till intervju" har bara värdena Ja/Nej').wait_for()
    page.get_by_text('"Sökande-ID" heter som ett id').wait_for()
    settle(page)
    outcome = page.get_by_role("combobox", name=ui_text("map_outcome", SV))
    assert outcome.input_value() == "Vidare till intervju"
    groups = page.get_by_test_id("stMultiSelect").first.get_by_role("group", name="Selected values")
    assert groups.inner_text().split() == ["Kön", "Bakgrund"]

    page.get_by_role("button", name=ui_text("audit_run", SV)).click()
    page.get_by_role("tab", name="Kön", exact=True).wait_for(timeout=60_000)
    page.get_by_text("Kvinna (0,71)").first.wait_for()
    settle(page)
    page.get_by_role("tab", name="Bakgrund", exact=True).click()
    page.get_by_text("Utanför Europa (0,67)").first.wait_for()
    settle(page)
    page.wait_for_timeout(1500)  # let the chart draw before the screenshot
    screenshot(page, artifacts, "xlsx-audit")

    # Svenska -> English -> Svenska keeps the sheet, the mapping and the result; no crash.
    _switch(page, "English")
    page.get_by_text("sheet “Urval”, 300 rows, 5 columns").wait_for()
    page.get_by_text("Utanför Europa (0.67)").first.wait_for()  # the Bakgrund tab stays open
    _switch(page, "Svenska")
    page.get_by_text("Utanför Europa (0,67)").first.wait_for()
    settle(page)
    expect(page.get_by_test_id("stException")).to_have_count(0)
    expect(page.get_by_text('The "(none)" option')).to_have_count(0)  # no stray text on the page

    # Changing a setting clears the result until the audit runs again.
    page.get_by_text(ui_text("map_class_excluded", SV), exact=True).nth(1).click()  # "Nej"
    page.get_by_text(ui_text("audit_stale", SV)).wait_for()
    settle(page)  # the stale message comes first; the old result goes when the run ends
    expect(page.get_by_text("Utanför Europa (0,67)")).to_have_count(0)
    screenshot(page, artifacts, "xlsx-stale")

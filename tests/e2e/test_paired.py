"""Issue 24 in a real browser: the page "Testa verktyget" from the job profile to the results.

The Swedish sample profile makes the test set (downloaded as a zip with its manifest and CVs),
the simulated tool's answers shipped in sample_data/ are uploaded as a vendor's export, and the
results show the origin penalty built into that tool; the test is saved to the register."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from ethics_toolkit.i18n.ui_texts import ui_text
from ethics_toolkit.samples import paired as samples
from tests.conftest import SAMPLE_DATA
from tests.e2e.harness import go_to_page, screenshot, settle

pytestmark = pytest.mark.e2e
SV = "sv"


def test_the_page_walks_from_profile_to_results(page, artifacts: Path) -> None:
    page.set_viewport_size({"width": 1400, "height": 4200})  # the whole page in one screenshot
    settle(page)
    page.get_by_role("button", name=ui_text("demo_button", SV)).click()
    page.get_by_role("heading", name=ui_text("overview_attention", SV)).wait_for(timeout=90_000)
    go_to_page(page, ui_text("nav_paired", SV), ui_text("paired_title", SV))

    # 1. The profile: the Swedish example, shown with its requirements.
    page.get_by_text("Ekonomiassistent", exact=True).wait_for()
    page.get_by_text(ui_text("paired_need_set", SV)).wait_for()

    # 2. The test set: PDF only (quicker), 24 base CVs x gender x origin, seed 2031.
    page.get_by_text(ui_text("paired_format_docx", SV), exact=True).click()
    settle(page)
    page.get_by_role("button", name=ui_text("paired_make", SV)).click()
    page.get_by_text("96 CV:n från 24 grund-CV:n").wait_for(timeout=180_000)
    with page.expect_download() as download:
        page.get_by_role("button", name=ui_text("paired_download", SV)).click()
    archive = zipfile.ZipFile(io.BytesIO(download.value.path().read_bytes()))
    names = archive.namelist()
    settle(page)
    assert "testset-2031/manifest.csv" in names and "testset-2031/README.txt" in names
    assert len([n for n in names if n.endswith(".pdf")]) == 96

    # 3. The tool's answers: the simulated tool's export, uploaded like a vendor's file.
    uploader = page.get_by_test_id("stFileUploader").filter(
        has_text=ui_text("paired_answers_upload", SV)
    )
    uploader.locator("input[type=file]").set_input_files(str(SAMPLE_DATA / samples.ANSWERS_NAME))
    page.get_by_text(ui_text("paired_answers_loaded", SV, name=samples.ANSWERS_NAME)).wait_for(
        timeout=60_000
    )
    settle(page)
    score = page.get_by_role("combobox", name=ui_text("paired_score_column", SV))
    assert score.input_value() == "Poäng"
    page.get_by_role("button", name=ui_text("paired_run", SV)).click()

    # 4. The results: the banner, the finding on origin, no difference on gender.
    page.get_by_text(ui_text("paired_banner_found_title", SV)).wait_for(timeout=180_000)
    page.get_by_text("med utomeuropeiskt namn fick i snitt 6,3 poäng lägre").wait_for()
    page.get_by_text("ingen skillnad av betydelse").first.wait_for()

    # 5. Saved to the register with the version tested.
    page.get_by_role("button", name=ui_text("paired_save", SV, tool="TalentScreen")).click()
    page.get_by_text("Sparat som parat test 1 för TalentScreen").wait_for(timeout=60_000)
    settle(page)
    page.wait_for_timeout(1500)  # let the chart draw before the screenshot
    assert not page.get_by_test_id("stException").count()
    screenshot(page, artifacts, "paired")
    chart = page.get_by_test_id("stVegaLiteChart").first
    artifacts.mkdir(parents=True, exist_ok=True)
    chart.screenshot(path=str(artifacts / "paired-chart.png"))

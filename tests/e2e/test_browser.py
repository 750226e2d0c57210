"""The whole journey in a real browser: demo tool, upload, impact ratio, PDF download."""

from __future__ import annotations

from pathlib import Path

import pytest

from ethics_toolkit.i18n.ui_texts import ui_text
from tests.conftest import SAMPLE_DATA
from tests.e2e.harness import go_to_page, screenshot, settle

pytestmark = pytest.mark.e2e
SV = "sv"


def test_upload_shows_the_impact_ratio_and_the_report_downloads(
    page, tmp_path: Path, artifacts: Path
) -> None:
    # First start: the register is empty, the app offers the demo tool.
    settle(page)
    page.get_by_role("button", name=ui_text("demo_button", SV)).click()
    # Wait for the seeded register (the welcome text names TalentScreen already): the overview's
    # attention list appears once the demo is in.
    page.get_by_role("heading", name=ui_text("overview_attention", SV)).wait_for(timeout=90_000)

    go_to_page(page, ui_text("nav_bias_audit", SV), ui_text("audit_title", SV))
    page.set_input_files("input[type=file]", str(SAMPLE_DATA / "recruitment_decisions.csv"))
    page.get_by_text("5\u202f000 rader").first.wait_for(timeout=60_000)
    settle(page)
    page.get_by_role("button", name=ui_text("audit_run", SV)).click()
    # The background analysis: Outside Europe selected at 0.64 times Sweden's rate (sv: 0,64).
    page.get_by_role("tab", name="background", exact=True).wait_for(timeout=60_000)
    settle(page)
    page.get_by_role("tab", name="background", exact=True).click()
    page.get_by_text("0,64").first.wait_for(timeout=60_000)
    screenshot(page, artifacts, "bias-audit")

    go_to_page(page, ui_text("nav_report", SV), ui_text("report_title", SV))
    page.get_by_role("button", name=ui_text("report_build", SV)).click()
    download_button = page.get_by_role("button", name=ui_text("report_download", SV))
    download_button.wait_for(timeout=60_000)
    settle(page)
    with page.expect_download() as download:
        download_button.click()
    pdf = tmp_path / "report.pdf"
    download.value.save_as(pdf)
    settle(page)
    assert pdf.read_bytes().startswith(b"%PDF")
    screenshot(page, artifacts, "report")

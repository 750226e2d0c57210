"""README screenshots of the main pages: ``python -m tests.e2e.make_screenshots [--lang en]``.

Starts the app on a temporary register with the demo tool, walks overview -> bias audit (the sample
log) -> risks -> report in Debian's Chromium, and writes ``docs/screenshots/<page>.png``.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from ethics_toolkit.i18n.ui_texts import ui_text
from tests.e2e.harness import (
    PROJECT_ROOT,
    go_to_page,
    launch_chromium,
    new_page,
    settle,
    streamlit_server,
)

if TYPE_CHECKING:
    from playwright.sync_api import Page

OUT = PROJECT_ROOT / "docs" / "screenshots"
SAMPLE = PROJECT_ROOT / "sample_data" / "recruitment_decisions.csv"
VIEWPORT = {"width": 1440, "height": 1000}
SETTLE_MS = 1500


def _shot(page: Page, name: str, out: Path) -> None:
    settle(page)
    page.wait_for_timeout(SETTLE_MS)  # charts draw after the run
    page.screenshot(path=str(out / f"{name}.png"), full_page=False)
    print(f"wrote {out / f'{name}.png'}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=["sv", "en"], default="en")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    lang, out = args.lang, args.out
    out.mkdir(parents=True, exist_ok=True)

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        db = f"sqlite:///{Path(tmp) / 'screens.db'}"
        with streamlit_server(db, Path(tmp) / "streamlit.log") as url:
            browser = launch_chromium(playwright)
            page = new_page(browser, viewport=VIEWPORT)
            page.set_default_timeout(60_000)
            page.goto(url)
            if lang == "en":
                page.get_by_text("English", exact=True).click()
            page.get_by_role("button", name=ui_text("demo_button", lang)).click()
            page.get_by_role("heading", name=ui_text("overview_attention", lang)).wait_for()
            _shot(page, "overview", out)

            go_to_page(page, ui_text("nav_bias_audit", lang), ui_text("audit_title", lang))
            page.set_input_files("input[type=file]", str(SAMPLE))
            page.get_by_role("button", name=ui_text("audit_run", lang)).click()
            page.get_by_role("tab", name="background", exact=True).click()
            page.get_by_text("0,64" if lang == "sv" else "0.64").first.wait_for()
            page.get_by_text(ui_text("audit_step_result", lang)).first.evaluate(
                "e => e.scrollIntoView({block: 'start'})"
            )
            _shot(page, "bias_audit", out)

            go_to_page(page, ui_text("nav_risks", lang), ui_text("risks_title", lang))
            _shot(page, "risks", out)

            go_to_page(page, ui_text("nav_report", lang), ui_text("report_title", lang))
            page.get_by_role("button", name=ui_text("report_build", lang)).click()
            page.get_by_role("button", name=ui_text("report_download", lang)).wait_for()
            _shot(page, "report", out)
            browser.close()


if __name__ == "__main__":
    main()

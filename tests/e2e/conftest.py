"""Fixtures of the browser tests: skip without Chromium, except in CI where it must be there.

Screenshots go to each test's own temporary folder (``artifacts``), which pytest keeps for the
last three runs: ``$TMPDIR/pytest-of-$USER/pytest-current/<test>/artifacts/``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.harness import CHROMIUM, launch_chromium, new_page, streamlit_server

E2E_ENV = "ETHICS_TOOLKIT_E2E"
VIEWPORT = {"width": 1400, "height": 1000}


@pytest.fixture(scope="session")
def chromium_path() -> Path:
    if not CHROMIUM.exists():
        if os.environ.get(E2E_ENV) == "1":
            pytest.fail(f"{CHROMIUM} is missing but {E2E_ENV}=1 requires the browser tests")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    return CHROMIUM


@pytest.fixture
def artifacts(tmp_path: Path) -> Path:
    return tmp_path / "artifacts"


@pytest.fixture
def app_url(chromium_path: Path, tmp_path: Path) -> Iterator[str]:
    """A fresh server on an empty register; stopped in the finalizer even when the test fails."""
    with streamlit_server(f"sqlite:///{tmp_path / 'e2e.db'}", tmp_path / "streamlit.log") as url:
        yield url


@pytest.fixture
def page(app_url: str, artifacts: Path) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = new_page(browser, viewport=VIEWPORT, accept_downloads=True)
        page.goto(app_url)
        try:
            yield page
        finally:
            artifacts.mkdir(parents=True, exist_ok=True)  # as it is, settled or not
            page.screenshot(path=str(artifacts / "last-page.png"), full_page=True)
            browser.close()

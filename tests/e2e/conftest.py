"""Fixtures of the browser tests: skip without Chromium, except in CI where it must be there."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.harness import CHROMIUM, PROJECT_ROOT, launch_chromium, streamlit_server

ARTIFACTS = PROJECT_ROOT / "test-artifacts"
E2E_ENV = "ETHICS_TOOLKIT_E2E"


@pytest.fixture(scope="session")
def chromium_path() -> Path:
    if not CHROMIUM.exists():
        if os.environ.get(E2E_ENV) == "1":
            pytest.fail(f"{CHROMIUM} is missing but {E2E_ENV}=1 requires the browser tests")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    return CHROMIUM


@pytest.fixture
def app_url(chromium_path: Path, tmp_path: Path) -> Iterator[str]:
    """A fresh server on an empty register; stopped in the finalizer even when the test fails."""
    with streamlit_server(f"sqlite:///{tmp_path / 'e2e.db'}", tmp_path / "streamlit.log") as url:
        yield url


@pytest.fixture
def page(app_url: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        context = browser.new_context(
            viewport={"width": 1400, "height": 1000}, accept_downloads=True
        )
        page = context.new_page()
        page.set_default_timeout(30_000)
        page.goto(app_url)
        try:
            yield page
        finally:
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "e2e-last-page.png"), full_page=True)
            browser.close()

"""Start ``streamlit run app.py`` on loopback and drive Debian's Chromium with Playwright.

Shared by the browser test and ``make_screenshots.py``. Never downloads a browser: Playwright is
pointed at ``/usr/bin/chromium`` with flags that keep it off the network.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Playwright

PROJECT_ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
STARTUP_TIMEOUT_S = 90


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_healthy(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited early:\n{log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"streamlit did not become healthy:\n{log.read_text(errors='replace')}")


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop the server and its children (its own process group), by id only."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


E2E_USER = "Eva Exempel"
"""The person the browser tests act as (``$ETHICS_TOOLKIT_USER``: the app does not ask them)."""


@contextmanager
def streamlit_server(
    db_url: str,
    log: Path,
    *,
    user: str | None = E2E_USER,
    env: Mapping[str, str] | None = None,
    args: Sequence[str] = (),
    address: str = "127.0.0.1",
    port: int | None = None,
) -> Iterator[str]:
    """``streamlit run app.py`` on a free loopback port with its own register database.

    ``user=None`` starts the app as a first-time user would: it asks for the name. ``env`` and
    ``args`` add environment variables and ``streamlit run`` options (issue 22: team mode, a
    secrets file); ``address`` is where it listens (the URL is always on loopback).
    """
    port = port or free_port()
    environment = {**os.environ, "ETHICS_TOOLKIT_DB": db_url, **(env or {})}
    environment.pop("ETHICS_TOOLKIT_USER", None)
    if user is not None:
        environment["ETHICS_TOOLKIT_USER"] = user
    command = [
        sys.executable, "-m", "streamlit", "run", "app.py",
        "--server.headless", "true",
        "--server.address", address,
        "--server.port", str(port),
        "--browser.gatherUsageStats", "false",
        *args,
    ]  # fmt: skip
    with log.open("wb") as out:
        process = subprocess.Popen(
            command, cwd=PROJECT_ROOT, env=environment, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, process, log)
        yield url
    finally:
        stop(process)


def launch_chromium(playwright: Playwright) -> Browser:
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


def go_to_page(page: Page, nav_label: str, heading: str) -> None:
    """Click a page in the sidebar navigation (keeps the session, unlike a new URL)."""
    page.get_by_test_id("stSidebarNav").get_by_text(nav_label, exact=True).click()
    page.get_by_role("heading", name=heading).first.wait_for(timeout=30_000)


def wait_idle(page: Page) -> None:
    """Wait until Streamlit has finished the current script run."""
    page.wait_for_timeout(300)
    page.wait_for_selector("[data-testid='stStatusWidget']", state="detached", timeout=60_000)

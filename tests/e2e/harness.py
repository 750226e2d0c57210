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
from typing import TYPE_CHECKING, Any

from playwright.sync_api import TimeoutError as PlaywrightTimeout

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
PORT_ATTEMPTS = 3


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PortTaken(RuntimeError):
    """Another process bound the free port first (another test run on the same machine)."""


def _wait_healthy(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    """Until *this* server answers: a healthy port alone could be another run's server."""
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            text = log.read_text(errors="replace")
            if "already in use" in text:
                raise PortTaken(text)
            raise RuntimeError(f"streamlit exited early:\n{text}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                ours = _announced(url, log.read_text(errors="replace"))
                if response.status == 200 and ours and process.poll() is None:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"streamlit did not become healthy:\n{log.read_text(errors='replace')}")


def _announced(url: str, text: str) -> bool:
    """Whether this server's log names its port: as ``url`` (loopback) or, listening on every
    address (``--server.address 0.0.0.0``, issue 22), as ``localhost``."""
    port = url.rsplit(":", 1)[1]
    return any(f"URL: http://{host}:{port}" in text for host in ("127.0.0.1", "localhost"))


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
    environment = {**os.environ, "ETHICS_TOOLKIT_DB": db_url, **(env or {})}
    environment.pop("ETHICS_TOOLKIT_USER", None)
    if user is not None:
        environment["ETHICS_TOOLKIT_USER"] = user
    attempts = PORT_ATTEMPTS if port is None else 1  # a port given is the one the caller needs
    for attempt in range(attempts):
        chosen = port or free_port()
        command = [
            sys.executable, "-m", "streamlit", "run", "app.py",
            "--server.headless", "true",
            "--server.address", address,
            "--server.port", str(chosen),
            "--browser.gatherUsageStats", "false",
            *args,
        ]  # fmt: skip
        with log.open("wb") as out:
            process = subprocess.Popen(
                command, cwd=PROJECT_ROOT, env=environment, stdout=out, stderr=subprocess.STDOUT,
                start_new_session=True,
            )  # fmt: skip
        url = f"http://127.0.0.1:{chosen}"
        try:
            _wait_healthy(url, process, log)
        except PortTaken:
            stop(process)
            if attempt + 1 == attempts:
                raise
            continue
        except BaseException:
            stop(process)
            raise
        break
    try:
        yield url
    finally:
        stop(process)


def launch_chromium(playwright: Playwright) -> Browser:
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


def new_page(browser: Browser, **context: Any) -> Page:
    """A page that counts its messages to the Streamlit server and the answers (for ``settle``)."""
    page = browser.new_context(**context).new_page()
    page.add_init_script(_TRACK_TRAFFIC)
    page.set_default_timeout(30_000)
    return page


# Streamlit's front end, as its own browser tests read it: the app root carries the script run's
# and the connection's state, and an element left from the previous run is marked stale until
# the run that replaces it ends. Private, so kept here and checked against the installed
# Streamlit by tests/ui/test_streamlit_dom.py.
APP_ROOT = "stApp"
SCRIPT_STATE = "data-test-script-state"
CONNECTION_STATE = "data-test-connection-state"
STATUS_WIDGET = "stStatusWidget"
SIDEBAR = "stSidebar"
SIDEBAR_NAV = "stSidebarNav"
TEST_IDS = (APP_ROOT, STATUS_WIDGET, SIDEBAR, SIDEBAR_NAV)
"""The test ids the harness relies on (the tests' own ``get_by_test_id`` calls are checked too)."""
SETTLE_QUIET_MS = 300
SETTLE_TIMEOUT_MS = 90_000

_TRACK_TRAFFIC = """
(() => {
  if (window.__calm) return;
  const calm = (window.__calm = { sent: 0, answered: 0, requests: 0, since: null });
  const Native = window.WebSocket;
  class Counted extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", () => { calm.answered = performance.now(); });
    }
    send(data) {
      calm.sent = performance.now();
      return super.send(data);
    }
  }
  window.WebSocket = Counted;
  const fetch = window.fetch;
  window.fetch = (...args) => {
    calm.requests += 1;
    return fetch(...args).finally(() => { calm.requests -= 1; });
  };
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function (...args) {
    calm.requests += 1;
    this.addEventListener("loadend", () => { calm.requests -= 1; }, { once: true });
    return send.apply(this, args);
  };
})();
"""
_BUSY = f"""
() => {{
  const app = document.querySelector('[data-testid="{APP_ROOT}"]');
  const calm = window.__calm || {{ sent: 0, answered: 0, requests: 0 }};
  if (!app) return "the app has not rendered";
  if (app.getAttribute("{CONNECTION_STATE}") !== "CONNECTED") return "not connected";
  if (app.getAttribute("{SCRIPT_STATE}") !== "notRunning")
    return "the script is " + app.getAttribute("{SCRIPT_STATE}");
  if (document.querySelector('[data-stale="true"]')) return "stale elements are shown";
  if (document.querySelector('[data-testid="{STATUS_WIDGET}"]')) return "the status widget shows";
  if (calm.sent > calm.answered) return "the server has not answered the last message";
  if (calm.requests > 0) return calm.requests + " request(s) in flight (an upload?)";
  return "";
}}
"""
_IDLE = f"""
quietMs => {{
  const busy = ({_BUSY})();
  const calm = window.__calm || (window.__calm = {{ sent: 0, answered: 0, requests: 0 }});
  const now = performance.now();
  if (busy) {{ calm.since = null; return false; }}
  if (calm.since === null || calm.since === undefined) calm.since = now;
  return now - calm.since >= quietMs;
}}
"""


def settle(page: Page, *, timeout_ms: int = SETTLE_TIMEOUT_MS) -> None:
    """Wait until the app is idle: connected, no script run going or asked for, nothing stale,
    nothing uploading, and so for ``SETTLE_QUIET_MS`` in a row. Every assertion comes after one.

    Idle, not merely "the status widget is gone": that widget appears only some time after a
    run starts, so a test that looked for it too early read the previous run's page.
    """
    try:
        page.wait_for_function(_IDLE, arg=SETTLE_QUIET_MS, polling=50, timeout=timeout_ms)
    except PlaywrightTimeout as error:
        reason = page.evaluate(_BUSY)
        raise AssertionError(f"the app did not become idle in {timeout_ms} ms: {reason}") from error


def go_to_page(page: Page, nav_label: str, heading: str) -> None:
    """Click a page in the sidebar navigation (keeps the session, unlike a new URL)."""
    settle(page)
    page.get_by_test_id(SIDEBAR_NAV).get_by_text(nav_label, exact=True).click()
    page.get_by_role("heading", name=heading).first.wait_for(timeout=60_000)
    settle(page)


def screenshot(page: Page, folder: Path, name: str) -> None:
    """A full-page screenshot of the settled app, into the test's own temporary folder."""
    settle(page)
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)

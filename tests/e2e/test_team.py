"""Issue 22 in a real browser: a team signs in through OpenID Connect against PostgreSQL.

A real OpenID Connect provider runs on loopback (``oidc-provider-mock``); the app runs in team
mode (``ETHICS_TOOLKIT_MODE=team``, ``[auth]`` in a secrets file of the test's own, a PostgreSQL
register in a fresh schema). Chromium signs in as three people with different roles: a reader
cannot edit, an editor cannot sign off and cannot approve the acceptance she proposed, the
approver approves it and signs off, but cannot approve an acceptance she proposed herself; the
history and the PDF name the signed-in people. Also: started on 0.0.0.0 without sign-in, the app
refuses to serve and says how to configure it.
"""

from __future__ import annotations

import io
import json
import os
import secrets
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from urllib.parse import quote

import pytest
import sqlalchemy as sa

from ethics_toolkit.i18n.ui_texts import ui_text
from ethics_toolkit.register.demo.profile import DEMO_TOOL
from ethics_toolkit.register.demo.seed import seed_demo
from ethics_toolkit.register.domain.actors import Actor
from ethics_toolkit.register.storage.store import Store
from tests.e2e.harness import (
    free_port,
    go_to_page,
    launch_chromium,
    new_page,
    screenshot,
    settle,
    streamlit_server,
)

pytestmark = pytest.mark.e2e

PG_URL_ENV = "ETHICS_TOOLKIT_TEST_PG_URL"
PEOPLE = {
    "reader": ("Rut Läsare", "rut@example.org"),
    "editor": ("Maria Lind", "maria@example.org"),
    "approver": ("Eva Holm", "eva@example.org"),
}
REASONS = {
    "acceptance_aim": "Korrekt skriftlig svenska i tjänsten",
    "acceptance_necessity": "Rekryteraren läser alla brev; ingen sållas enbart på språket",
    "acceptance_alternatives": "Pröva språket vid intervjun i stället",
}


def sv(key: str, **values: object) -> str:
    return ui_text(key, "sv", **values)


@pytest.fixture
def pg_register(chromium_path: Path) -> Iterator[str]:
    """A fresh schema on the test server, its URL, dropped afterwards."""
    url = os.environ.get(PG_URL_ENV, "").strip()
    if not url:
        if os.environ.get("ETHICS_TOOLKIT_REQUIRE_PG") == "1":
            pytest.fail(f"{PG_URL_ENV} is not set but ETHICS_TOOLKIT_REQUIRE_PG=1")
        pytest.skip(f"{PG_URL_ENV} is not set")
    schema = f"e2e_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(url, poolclass=sa.pool.NullPool)
    with admin.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{url}?options={quote(f'-csearch_path={schema}')}"
    finally:
        with admin.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@contextmanager
def oidc_provider() -> Iterator[str]:
    """The mock OpenID Connect provider on loopback, with the three people's claims."""
    from oidc_provider_mock import run_server_in_thread

    with run_server_in_thread(port=free_port()) as server:
        issuer = f"http://localhost:{server.server_port}"
        for name, email in PEOPLE.values():
            claims = json.dumps({"email": email, "name": name}).encode()
            request = urllib.request.Request(
                f"{issuer}/users/{quote(email)}", data=claims, method="PUT"
            )
            request.add_header("Content-Type", "application/json")
            with urllib.request.urlopen(request, timeout=10) as response:
                status = response.status  # (no browser here: checked without an assert)
            if status != 204:
                raise RuntimeError(f"the provider did not take {email}'s claims: HTTP {status}")
        yield issuer


def _secrets(folder: Path, *, issuer: str, port: int) -> Path:
    """The [auth] section a team puts in .streamlit/secrets.toml (deploy/secrets.example.toml)."""
    path = folder / "secrets.toml"
    path.write_text(
        "[auth]\n"
        f'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
        f'cookie_secret = "{secrets.token_hex(32)}"\n'
        'client_id = "ethics-toolkit-e2e"\n'
        'client_secret = "e2e-secret"\n'
        f'server_metadata_url = "{issuer}/.well-known/openid-configuration"\n',
        encoding="utf-8",
    )
    return path


def _sign_in(browser, url: str, who: str):
    name, email = PEOPLE[who]
    page = new_page(browser, viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page.set_default_timeout(60_000)
    page.goto(url)
    page.get_by_role("button", name=sv("auth_login")).click()
    page.wait_for_selector("input[name=sub]")
    page.fill("input[name=sub]", email)
    page.get_by_role("button", name="Authorize").click()
    page.wait_for_url(f"{url}/**")
    page.get_by_text(sv("auth_identity", name=name, email=email)).first.wait_for()
    settle(page)
    return page


def _choose(page, label: str, option: str) -> None:
    """Pick ``option`` from a select box in a form, clicked (Enter would submit the form).

    Under load the list sometimes does not open on the first click (the input takes the focus,
    no list appears): then it is closed and clicked again, a few times at most.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    box = page.get_by_role("combobox", name=label, exact=True)
    for attempt in range(4):
        box.click()
        try:
            page.get_by_role("option", name=option, exact=True).click(timeout=10_000)
            break
        except PlaywrightTimeout:
            if attempt == 3:
                raise
            page.keyboard.press("Escape")
            page.get_by_text(sv("signoff_help")).click()  # the focus leaves the box
    settle(page)


def _risks(page) -> None:
    go_to_page(page, sv("nav_risks"), sv("risks_title"))
    page.get_by_text(sv("acceptance_title"), exact=True).wait_for()
    settle(page)


def test_three_people_sign_in_with_their_roles_and_four_eyes(
    pg_register: str, tmp_path: Path, artifacts: Path
) -> None:
    store = Store.open(pg_register)
    tool = seed_demo(store, actor="Setup")
    for role, (_, email) in PEOPLE.items():
        store.grant_role(email, role, tool_id=tool.id, actor="Setup")
    store.grant_role(PEOPLE["approver"][1], "editor", tool_id=tool.id, actor="Setup")
    port = free_port()
    from playwright.sync_api import expect, sync_playwright

    with (
        oidc_provider() as issuer,
        streamlit_server(
            pg_register,
            tmp_path / "streamlit.log",
            user=None,
            port=port,
            env={"ETHICS_TOOLKIT_MODE": "team"},
            args=["--secrets.files", str(_secrets(tmp_path, issuer=issuer, port=port))],
        ) as url,
        sync_playwright() as playwright,
    ):
        browser = launch_chromium(playwright)
        try:
            # The reader reads, and nothing on the Risks page lets her change anything.
            page = _sign_in(browser, url, "reader")
            _risks(page)
            expect(page.get_by_text(sv("access_read_only"), exact=False).first).to_be_visible()
            for label in ("risk_save_changes", "acceptance_propose", "actions_add_save"):
                expect(page.get_by_role("button", name=sv(label))).to_have_count(0)
            screenshot(page, artifacts, "team-reader")

            # The editor proposes accepting a risk; she can neither approve it nor sign off.
            page = _sign_in(browser, url, "editor")
            _risks(page)
            for key, value in REASONS.items():
                page.get_by_role("textbox", name=sv(key), exact=True).fill(value)
            page.get_by_role("button", name=sv("acceptance_propose")).click()
            settle(page)
            waiting = page.get_by_text("Inte godkänd: väntar på en godkännare").first
            expect(waiting).to_be_visible()
            expect(page.get_by_role("button", name=sv("acceptance_approve"))).to_have_count(0)
            expect(page.get_by_text(sv("access_cannot", role="godkännare"))).to_be_visible()
            screenshot(page, artifacts, "team-editor-risks")
            go_to_page(page, sv("nav_report"), sv("report_title"))
            page.get_by_text(sv("signoff_title")).first.click()
            settle(page)
            expect(page.get_by_text(sv("signoff_needs_approver"))).to_be_visible()
            expect(page.get_by_role("button", name=sv("signoff_save"))).to_have_count(0)
            screenshot(page, artifacts, "team-editor-report")

            # The approver approves it, signs off, builds the PDF.
            page = _sign_in(browser, url, "approver")
            _risks(page)
            page.get_by_role("button", name=sv("acceptance_approve")).click()
            settle(page)
            expect(page.get_by_text("Accepterad och godkänd").first).to_be_visible()
            go_to_page(page, sv("nav_report"), sv("report_title"))
            page.get_by_text(sv("signoff_title")).first.click()
            settle(page)
            expect(page.get_by_text("Du signerar som Eva Holm (eva@example.org).")).to_be_visible()
            page.get_by_role("textbox", name="Roll", exact=True).fill("HR-direktör")
            _choose(page, "Beslut", "Godkänd")
            settle(page)
            screenshot(page, artifacts, "team-approver-signing")
            expect(page.get_by_role("textbox", name="Roll", exact=True)).to_have_value(
                "HR-direktör"
            )
            page.get_by_role("button", name=sv("signoff_save"), exact=True).click()
            settle(page)
            screenshot(page, artifacts, "team-approver-signed")
            page.get_by_text(sv("signoff_latest", name="Eva Holm", role="HR-direktör",
                                decision="Godkänd", date=date.today())).wait_for()  # fmt: skip
            page.get_by_role("button", name=sv("report_build")).click()
            page.get_by_role("button", name=sv("report_download")).wait_for(timeout=120_000)
            with page.expect_download(timeout=120_000) as download:
                page.get_by_role("button", name=sv("report_download")).click()
            pdf = Path(download.value.path()).read_bytes()
            screenshot(page, artifacts, "team-approver-report")

            # She may not approve an acceptance she proposed herself (four eyes).
            _risks(page)
            for key, value in REASONS.items():
                page.get_by_role("textbox", name=sv(key), exact=True).fill(value)
            page.get_by_role("button", name=sv("acceptance_propose")).click()
            settle(page)
            expect(page.get_by_text(sv("acceptance_own"))).to_be_visible()
            expect(page.get_by_role("button", name=sv("acceptance_approve"))).to_be_disabled()
            screenshot(page, artifacts, "team-approver-own-proposal")
        finally:
            browser.close()

    # The register, read directly: the signed-in identities are the actors.
    record = store.record(DEMO_TOOL)
    maria = Actor(name="Maria Lind", via="signed_in", email="maria@example.org")
    eva = Actor(name="Eva Holm", via="signed_in", email="eva@example.org")
    approved = [r for r in record.risks if r.acceptance_state == "approved" and r.acceptance]
    mine = [r for r in approved if r.acceptance and r.acceptance.approved_by]
    assert any(
        r.acceptance.proposed_by.same_person(maria) and r.acceptance.approved_by.same_person(eva)
        for r in mine
    )
    latest = record.signoffs[-1]
    assert latest.signed_by is not None and latest.signed_by.email == "eva@example.org"
    assert [p.email for p in latest.proposed_by] == ["maria@example.org"]
    by_email = {(entry.changes.get("@by") or [{}])[-1].get("email") for entry in record.history}
    assert {"maria@example.org", "eva@example.org"} <= by_email
    assert not any(e.actor == "Rut Läsare" for e in record.history)  # the reader changed nothing
    store.close()

    # The PDF names who proposed and who approved, signed in.
    from pypdf import PdfReader

    text = " ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)
    flat = " ".join(text.split())
    assert "Maria Lind (inloggad, maria@example.org)" in flat
    assert "Eva Holm (inloggad, eva@example.org)" in flat
    assert "Accepterad och godkänd" in flat


def test_served_beyond_loopback_without_sign_in_the_app_refuses(
    chromium_path: Path, tmp_path: Path
) -> None:
    from playwright.sync_api import sync_playwright

    db = f"sqlite:///{tmp_path / 'register.sqlite3'}"
    store = Store.open(db)
    seed_demo(store)
    store.close()
    with (
        streamlit_server(db, tmp_path / "streamlit.log", address="0.0.0.0") as url,
        sync_playwright() as playwright,
    ):
        browser = launch_chromium(playwright)
        try:
            page = new_page(browser)
            page.goto(url)
            page.get_by_text(sv("serve_refused_title")).wait_for(timeout=60_000)
            settle(page)
            body = page.inner_text("body")
            assert "0.0.0.0" in body and "ETHICS_TOOLKIT_MODE=team" in body
            assert DEMO_TOOL not in body  # nothing of the register is shown
        finally:
            browser.close()
    assert "vägrar att visa registret" in (tmp_path / "streamlit.log").read_text()

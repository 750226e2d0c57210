"""Issue 27's tamper suite through every front end: ``verify``, the app and the PDF agree.

For every case of the issue (``tests/register/tamper_cases.py``), on SQLite and PostgreSQL, after
and before a later recorded change: ``ethics-toolkit verify`` exits 1 naming the alteration; the
app shows it in a banner on every page (issue 21 §4), first, and in the tool's history badge; the
tool report's first page and its summary say so first, in the same words. An intact register
(a signed tool imported beside others) is intact in all three.
"""

from __future__ import annotations

import io
import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from pypdf import PdfReader
from streamlit.testing.v1 import AppTest

from ethics_toolkit.cli import EXIT_FINDING, EXIT_OK, main
from ethics_toolkit.register.integrity.messages import VERDICT
from ethics_toolkit.register.storage.store import Store
from ethics_toolkit.report.management import tool_report
from ethics_toolkit.ui import state
from ethics_toolkit.ui.escape import WORD_JOINER
from tests.conftest import PROJECT_ROOT
from tests.register.conftest import _pg_admin
from tests.register.factories import filled_store
from tests.register.tamper_cases import (
    CASE_NAMES,
    CASES,
    ORDERS,
    TOOL,
    Case,
    Order,
    tampered,
    tampering_register,
)

TIMEOUT = 120
ALTERED = VERDICT.text("altered", "en", count=1).split(":")[0]  # "The register was changed ..."
DETECTED = VERDICT.text("detected", "en").split(":")[0]  # "The changes were detected, not ..."


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def register_url(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """A fresh register's URL (the app and the CLI open it by URL), set for the app."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'register.sqlite3'}"
        monkeypatch.setenv(state.DB_ENV, url)
        yield url
        return
    admin = _pg_admin()
    schema = f"t_{uuid.uuid4().hex[:16]}"
    with admin.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    url = admin.url.update_query_dict({"options": f"-csearch_path={schema}"})
    text = url.render_as_string(hide_password=False)
    monkeypatch.setenv(state.DB_ENV, text)
    try:
        yield text
    finally:
        with admin.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _plain(text: str) -> str:
    """Text as a reader sees it: Markdown escapes and line breaks gone, spaces single."""
    text = text.replace(WORD_JOINER, "").replace("\\", "").replace("**", "")
    return re.sub(r"\s+", " ", text).strip()


def _pdf_pages(store: Store, tool: str) -> list[str]:
    pdf = tool_report(store.record(tool), lang="en").pdf
    return [_plain(page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages[:3]]


def _app(page: str | None = None) -> AppTest:
    at = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=TIMEOUT)
    at.session_state[state.LANG_KEY] = "en"
    at.run()
    assert not at.exception, at.exception
    if page:
        at.switch_page(f"ethics_toolkit/ui/screens/{page}.py").run()
        assert not at.exception, at.exception
    return at


def _errors(at: AppTest) -> list[str]:
    return [_plain(str(e.value)) for e in at.error]


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("name", CASE_NAMES)
def test_verify_the_app_and_the_pdf_agree(
    register_url: str, name: str, order: Order, capsys: pytest.CaptureFixture[str]
) -> None:
    case: Case = next(c for c in CASES if c.name == name)
    store = Store.open(register_url)
    tampered(store, case, order)
    verdict = store.verdict()
    said = next(f.message.en for f in verdict.findings if case.said in f.message.en)

    # verify: exit 1, naming it.
    assert main(["verify", "--db", register_url, "--lang", "en"]) == EXIT_FINDING
    assert said in capsys.readouterr().out

    # The PDF: first on the cover, first in the summary, in the same words.
    cover, *rest = _pdf_pages(store, case.report_tool)
    summary = " ".join(rest)
    assert cover.startswith(ALTERED) and DETECTED in cover
    about = verdict.about(case.report_tool) or verdict.findings
    assert _plain(about[0].message.en) in cover
    summary = summary[summary.index("Executive summary") :]
    assert summary.split("• ")[1].startswith(ALTERED)

    # The app: the banner on every page, first; the history badge of the tool says the same.
    at = _app()
    banner = _errors(at)
    assert banner and banner[0].startswith(ALTERED) and _plain(said) in banner[0]
    if case.report_tool == TOOL:
        at.session_state[state.TOOL_KEY] = TOOL
    at.switch_page("ethics_toolkit/ui/screens/tool_profile.py").run()
    assert not at.exception, at.exception
    errors = _errors(at)
    assert errors[0] == banner[0]
    assert sum(_plain(said) in e for e in errors) >= 1
    store.close()


def test_an_intact_register_is_intact_everywhere(
    register_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A signed tool imported into a register that already has tools (issue 27 item 7)."""
    source = Store.open("sqlite:///:memory:")
    filled_store(source)
    store = Store.open(register_url)
    tampering_register(store)
    store.save_tool(store.get_tool(TOOL).model_copy(update={"name": "Local"}), actor="Kim")
    store.import_json(source.export_json(), source="other.json")
    assert main(["verify", "--db", register_url, "--lang", "en"]) == EXIT_OK
    assert "Intact" in capsys.readouterr().out
    cover, *_ = _pdf_pages(store, TOOL)
    assert ALTERED not in cover
    at = _app()
    assert not _errors(at)
    at.session_state[state.TOOL_KEY] = TOOL
    at.switch_page("ethics_toolkit/ui/screens/tool_profile.py").run()
    badges = [_plain(m.value) for m in at.markdown if "History verified" in _plain(m.value)]
    assert badges and "every row and sign-off matches the history" in badges[0]
    store.close()

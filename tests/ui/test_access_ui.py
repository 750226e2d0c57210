"""Issue 22 in the app without a browser: the serving gate before anything is shown."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit import config
from streamlit.testing.v1 import AppTest

from ethics_toolkit.i18n.ui_texts import ui_text
from ethics_toolkit.register.access.serving import MODE_ENV
from ethics_toolkit.ui import state
from tests.conftest import PROJECT_ROOT

TIMEOUT = 120
DEMO_TOOL = "TalentScreen"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from ethics_toolkit.register.demo.seed import seed_demo
    from ethics_toolkit.register.storage.store import Store

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    seed_demo(Store.open(f"sqlite:///{path}"))
    return path


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    path = tmp_path / "register.db"
    shutil.copy(demo_file, path)
    monkeypatch.setenv(state.DB_ENV, f"sqlite:///{path}")
    return f"sqlite:///{path}"


@pytest.fixture
def address() -> Iterator[object]:
    """Set ``server.address`` for one test (the app reads it as the server would)."""
    before = config.get_option("server.address")

    def set_to(value: str) -> None:
        config.set_option("server.address", value)

    yield set_to
    config.set_option("server.address", before)


def _texts(at: AppTest) -> str:
    return " ".join(str(e.value) for e in (*at.markdown, *at.error, *at.info, *at.caption))


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_beyond_loopback_without_sign_in_nothing_is_shown_but_how_to_configure(
    demo_db: str, address, lang: str
) -> None:
    address("0.0.0.0")
    at = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=TIMEOUT)
    at.session_state[state.LANG_KEY] = lang
    at.run()
    assert not at.exception, at.exception
    (error,) = at.error
    assert ui_text("serve_refused_title", lang) in error.value
    shown = error.value.replace("\\", "")  # Markdown escapes
    assert "0.0.0.0" in shown and "ETHICS_TOOLKIT_MODE=team" in shown
    assert DEMO_TOOL not in _texts(at)
    assert not at.button and not at.sidebar.selectbox  # no tool picker, no demo, no name


def test_team_mode_without_sign_in_configured_refuses_even_on_loopback(
    demo_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(MODE_ENV, "team")
    at = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=TIMEOUT)
    at.session_state[state.LANG_KEY] = "en"
    at.run()
    assert not at.exception, at.exception
    (error,) = at.error
    shown = error.value.replace("\\", "")  # Markdown escapes
    assert "Team mode (ETHICS_TOOLKIT_MODE=team) requires sign-in" in shown
    assert DEMO_TOOL not in _texts(at)


def test_on_loopback_in_single_user_mode_the_app_serves(demo_db: str, address) -> None:
    address("127.0.0.1")
    at = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, at.exception
    assert not at.error
    assert DEMO_TOOL in _texts(at) or at.sidebar.selectbox

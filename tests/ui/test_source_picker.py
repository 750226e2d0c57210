"""The configured-sources widget: names only on the page, the audit counted in the database."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from streamlit.testing.v1 import AppTest

from ethics_toolkit.engine.sources.config import (
    ConfiguredSource,
    audit_configured,
    configured_sources,
)
from ethics_toolkit.engine.sources.errors import SOURCE_CONFIG_INVALID, SourceError
from ethics_toolkit.engine.spec import AuditSpec
from tests.engine.sources.conftest import load

SECRET = "Pw-widget-4711"
TIMEOUT = 120


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'hr.sqlite3'}")
    load(engine)
    engine.dispose()
    return f"sqlite:///{tmp_path / 'hr.sqlite3'}"


def widget_page() -> None:
    from ethics_toolkit.ui import components
    from ethics_toolkit.ui.source_picker import source_audit, source_picker

    source = source_picker()
    result = source_audit(source) if source is not None else None
    if result is not None:
        components.audit_result_view(result)


def test_configured_sources_are_checked_and_never_show_their_url() -> None:
    secrets = {"sources": {"warehouse": {"url": f"postgresql://a:{SECRET}@h/db", "table": "t"},
                           "adhoc": {"url": "sqlite:///x.db", "query": "SELECT 1"}}}  # fmt: skip
    sources = configured_sources(secrets)
    assert [s.label for s in sources] == ["adhoc (SQL)", "warehouse (t)"]
    assert SECRET not in repr(sources)
    assert configured_sources({}) == []
    both = {"url": "x://", "table": "t", "query": "q"}
    for broken in ({"url": "sqlite://"}, {"table": "t"}, both):
        with pytest.raises(SourceError) as info:
            configured_sources({"sources": {"bad": broken}})
        assert info.value.template == SOURCE_CONFIG_INVALID and "'bad'" in info.value.en


def test_a_configured_source_is_named_by_its_label(sqlite_url: str) -> None:
    source = ConfiguredSource(name="hr", url=sqlite_url, table="decisions")
    result = audit_configured(source, AuditSpec(outcome="selected", sensitive=["gender"]))
    assert result.reading is not None
    assert result.reading.source_name == result.reading.file_name == "hr (decisions)"


def test_the_page_offers_names_and_shows_the_audit_without_credentials(sqlite_url: str) -> None:
    app = AppTest.from_function(widget_page, default_timeout=TIMEOUT)
    app.secrets["sources"] = {"hr_db": {"url": sqlite_url + f"?secret={SECRET}", "table": "typed"}}
    app.session_state["lang"] = "en"
    app.run()
    picker = app.selectbox(key="audit_source_name")
    assert picker.options == ["(upload a file instead)", "hr_db (typed)"]
    picker.set_value("hr_db").run()
    app.button[0].click().run()  # the form's submit: roles pre-filled from the column names
    assert not app.exception and not app.error
    page = " ".join(str(e.value) for e in app.main if hasattr(e, "value") and e.value is not None)
    page += " ".join(m.value for m in app.markdown) + " ".join(c.value for c in app.caption)
    assert SECRET not in page and sqlite_url not in page
    assert any("background Outside Europe were selected" in m.value for m in app.markdown)


def test_the_bias_audit_page_audits_a_named_source_and_saves_it_by_name(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ethics_toolkit.register.demo.seed import seed_demo
    from ethics_toolkit.register.storage.store import Store
    from ethics_toolkit.ui import state
    from tests.conftest import PROJECT_ROOT

    register = f"sqlite:///{tmp_path / 'register.db'}"
    seed_demo(Store.open(register))
    monkeypatch.setenv(state.DB_ENV, register)
    app = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=TIMEOUT)
    app.secrets["sources"] = {"hr_db": {"url": sqlite_url, "query": "SELECT * FROM typed"}}
    app.session_state[state.LANG_KEY] = "en"
    app.run()
    app.switch_page("ethics_toolkit/ui/screens/bias_audit.py").run()
    app.selectbox(key="audit_source_name").set_value("hr_db").run()
    next(b for b in app.button if b.label == "Audit the data source").click().run()
    assert not app.exception, app.exception
    app.button(key="save_audit").click().run()
    assert not app.exception, app.exception
    store = Store.open(register)
    saved = store.audit_runs(store.get_tool("TalentScreen").id)[-1]
    assert saved.file_name == "hr_db (SQL)" and saved.rows_read == 5000
    assert saved.result.reading is not None and saved.result.reading.query_sha256 is not None
    assert sqlite_url not in (tmp_path / "register.db").read_bytes().decode("utf-8", "ignore")


def test_a_reader_is_not_offered_the_named_sources(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 27 §8: a named source queries with the app's credentials, so only a role that may
    audit the tool sees it; a reader (here: every permission but reading) does not."""
    from ethics_toolkit.register.access.roles import Permission
    from ethics_toolkit.register.demo.seed import seed_demo
    from ethics_toolkit.register.storage.store import Store
    from ethics_toolkit.ui import state
    from tests.conftest import PROJECT_ROOT

    register = f"sqlite:///{tmp_path / 'register.db'}"
    seed_demo(Store.open(register))
    monkeypatch.setenv(state.DB_ENV, register)
    monkeypatch.setattr(state, "may", lambda permission, tool_id: permission == Permission.read)
    app = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=TIMEOUT)
    app.secrets["sources"] = {"hr_db": {"url": sqlite_url, "query": "SELECT * FROM typed"}}
    app.session_state[state.LANG_KEY] = "en"
    app.run()
    app.switch_page("ethics_toolkit/ui/screens/bias_audit.py").run()
    assert not app.exception, app.exception
    assert "audit_source_name" not in [s.key for s in app.selectbox]
    assert not any(b.label == "Audit the data source" for b in app.button)

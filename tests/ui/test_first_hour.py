"""The first hour in the app (issue 16): the guided path, the name asked once, feedback on saves."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from ethics_toolkit.i18n.ui_texts import ui_text
from ethics_toolkit.register.demo.profile import DEMO_TOOL
from ethics_toolkit.register.domain.history import describe
from ethics_toolkit.ui import guide, state
from ethics_toolkit.ui.escape import md
from tests.conftest import PROJECT_ROOT

SCREENS = "ethics_toolkit/ui/screens"
TIMEOUT = 120


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
def empty_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    monkeypatch.setenv(state.DB_ENV, url)
    return url


@pytest.fixture
def nameless(monkeypatch: pytest.MonkeyPatch) -> None:
    """A first-time user: nobody set ``$ETHICS_TOOLKIT_USER``."""
    monkeypatch.delenv(state.USER_ENV, raising=False)


def _store(url: str):
    from ethics_toolkit.register.storage.store import Store

    return Store.open(url)


def _app(page: str | None = None, lang: str = "sv") -> AppTest:
    at = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=TIMEOUT)
    at.session_state[state.LANG_KEY] = lang
    at.run()
    if page:
        at.switch_page(f"{SCREENS}/{page}.py").run()
    assert not at.exception, at.exception
    return at


def _markdown(at: AppTest) -> str:
    return "\n".join(str(m.value) for m in [*at.markdown, *at.caption])


def _name_button(at: AppTest):
    return next(b for b in at.button if b.label == ui_text("name_save", "sv"))


def _title(at: AppTest) -> str:
    return at.title[0].value


def test_the_next_step_button_goes_to_the_page_of_the_next_step(demo_db: str) -> None:
    at = _app()
    # The demo is signed, but the risks its checklist answers proposed still wait for a decision.
    assert "**Nästa steg: Risker och åtgärder.**" in _markdown(at)
    # Each tool in the overview's list says the same in one line.
    assert "5 av 6 steg klara · Nästa steg: Risker och åtgärder." in [c.value for c in at.caption]
    button = at.button(key=guide.NEXT_BUTTON_KEY)
    assert button.label == ui_text("guide_go_risks", "sv")
    button.click().run()
    assert not at.exception, at.exception
    assert _title(at) == ui_text("risks_title", "sv")
    # On the page of the next step there is no button, only what to do here.
    assert not [b for b in at.button if b.key == guide.NEXT_BUTTON_KEY]
    assert ui_text("guide_here", "sv") in _markdown(at)


@pytest.mark.parametrize(
    "page", ["overview", "tool_profile", "checklists", "bias_audit", "risks", "report", "duties"]
)
def test_every_page_of_a_tool_shows_its_path(demo_db: str, page: str) -> None:
    at = _app(page)
    # The count of steps done and the one next step, read from the register, on every tool page.
    assert f"**{md(DEMO_TOOL)}** · 5 av 6 steg klara" in _markdown(at)
    assert "Nästa steg: Risker och åtgärder." in _markdown(at)


def test_loading_the_demo_is_confirmed(empty_db: str) -> None:
    at = _app()
    at.button(key="seed_demo").click().run()
    assert [t.value for t in at.toast] == [ui_text("demo_seeded", "sv", name=DEMO_TOOL)]


def test_an_empty_register_starts_the_path_at_the_tool_profile(empty_db: str) -> None:
    at = _app()
    assert md("Inget AI-verktyg är registrerat ännu.") in _markdown(at)
    at.button(key=guide.NEXT_BUTTON_KEY).click().run()
    assert _title(at) == ui_text("profile_title", "sv")


@pytest.mark.parametrize("page", ["tool_profile", "checklists", "bias_audit", "risks", "report"])
def test_a_page_that_changes_things_asks_the_name_once(
    demo_db: str, nameless: None, page: str
) -> None:
    at = _app(page)
    assert f"**{ui_text('name_title', 'sv')}**" in _markdown(at)
    assert [w.key for w in at.text_input] == ["ask_name_input"]  # nothing else until answered
    _name_button(at).click().run()
    assert [e.value for e in at.error] == [ui_text("name_missing", "sv")]
    at.text_input(key="ask_name_input").set_value("  Anna Svensson ")
    _name_button(at).click().run()
    assert not at.exception, at.exception
    assert at.session_state[state.ACTOR_KEY] == "Anna Svensson"
    assert [t.value for t in at.toast] == [ui_text("name_saved", "sv", name="Anna Svensson")]
    assert f"**{ui_text('name_title', 'sv')}**" not in _markdown(at)
    # Remembered for the session: shown in the sidebar, asked on no other page.
    assert "Anna Svensson" in "\n".join(c.value for c in at.sidebar.caption)
    for other in ("tool_profile", "risks", "report"):
        at.switch_page(f"{SCREENS}/{other}.py").run()
        assert f"**{ui_text('name_title', 'sv')}**" not in _markdown(at)


@pytest.mark.parametrize("page", ["overview", "learn"])
def test_reading_pages_do_not_ask(empty_db: str, nameless: None, page: str) -> None:
    at = _app(page)
    assert f"**{ui_text('name_title', 'sv')}**" not in _markdown(at)


def test_the_history_credits_the_person_who_gave_the_name(empty_db: str, nameless: None) -> None:
    at = _app("tool_profile")
    at.text_input(key="ask_name_input").set_value("Anna Svensson")
    _name_button(at).click().run()
    at.text_input(key="new_name").set_value("Urvalshjälpen")
    at.text_input(key="new_review").set_value("2027-03-01")
    next(b for b in at.button if b.label == ui_text("profile_save", "sv")).click().run()
    assert not at.exception, at.exception
    store = _store(empty_db)
    tool = store.get_tool("Urvalshjälpen")
    assert str(tool.next_review) == "2027-03-01"
    assert {entry.actor for entry in store.history(tool.id)} == {"Anna Svensson"}
    # "Change name" forgets it: the next change asks again.
    at.sidebar.button(key="change_name").click().run()
    assert f"**{ui_text('name_title', 'sv')}**" in _markdown(at)


def test_nothing_is_saved_under_a_placeholder(nameless: None) -> None:
    """A change attempted before the name is known is refused with a message (never "HR")."""
    at = AppTest.from_string(
        "import streamlit as st\n"
        "from ethics_toolkit.errors import UserFacingError\n"
        "from ethics_toolkit.ui import state\n"
        "try:\n"
        "    st.write(state.actor())\n"
        "except UserFacingError as error:\n"
        "    st.write(error.message('sv'))\n",
        default_timeout=TIMEOUT,
    ).run()
    assert [m.value for m in at.markdown] == [state.NAME_NEEDED.sv]


def test_a_badly_typed_date_is_explained_and_nothing_saved(empty_db: str) -> None:
    from ethics_toolkit.register.domain.labels import field_label
    from ethics_toolkit.register.domain.tool import AITool
    from ethics_toolkit.ui.components import DATE_INVALID

    at = _app("tool_profile")
    at.text_input(key="new_name").set_value("Urvalshjälpen")
    at.text_input(key="new_go_live").set_value("1 mars")
    next(b for b in at.button if b.label == ui_text("profile_save", "sv")).click().run()
    field = field_label(AITool, "go_live", "sv")
    expected = DATE_INVALID.format("sv", field=field, value="1 mars")
    assert [e.value for e in at.error] == [md(expected)]
    assert not _store(empty_db).list_tools()


def test_the_risks_page_decides_the_proposals_the_path_waits_for(demo_db: str) -> None:
    store = _store(demo_db)
    tool = store.get_tool(DEMO_TOOL)
    pending = [a.item_id for a in store.answers(tool.id) if a.risk_decision == "pending"]
    at = _app("risks")
    # Issue 20: a dismissal says why (the reason is kept in the history).
    at.text_area(key=f"dismiss_reason_pending_{pending[0]}").set_value("Täcks av DPIA:n")
    at.button(key=f"dismiss_pending_{pending[0]}").click().run()
    assert not at.exception, at.exception
    assert [t.value for t in at.toast] == [ui_text("proposal_dismissed_n", "sv", count=1)]
    # A checklist proposal is dismissed on its answer; the history entry keeps the reason.
    assert store.dismissals(tool.id) == []
    entry = store.history(tool.id)[-1]
    assert (entry.entity, entry.entity_id) == ("answer", pending[0])
    assert describe(entry, "sv").endswith(": Täcks av DPIA:n")
    at.button(key=f"pending_{pending[1]}_True").click().run()
    assert [t.value for t in at.toast] == [ui_text("proposal_accepted", "sv")]
    decisions = {a.item_id: a.risk_decision for a in store.answers(tool.id)}
    assert (decisions[pending[0]], decisions[pending[1]]) == ("dismissed", "accepted")
    (added,) = [r for r in store.risks(tool.id) if r.source_item_id == pending[1]]
    assert added.actions and added.owner  # the item's measure and the system owner


def test_a_new_tool_without_risks_is_not_told_about_filters(empty_db: str) -> None:
    from tests.register.factories import ACTOR, cv_screening

    _store(empty_db).save_tool(cv_screening(), actor=ACTOR)
    at = _app("risks", lang="en")
    infos = [i.value for i in at.info]
    assert ui_text("risks_empty", "en") in infos
    assert ui_text("risks_none", "en") not in infos


def test_building_the_report_moves_the_path_on_to_the_sign_off(empty_db: str) -> None:
    from ethics_toolkit.register.checklists.catalogue import load_checklists
    from tests.register.factories import ACTOR, cv_screening, risk_for
    from tests.register.test_progress import adverse_result

    store = _store(empty_db)
    tool = store.save_tool(cv_screening(), actor=ACTOR)
    for item in (i for area in load_checklists() for i in area.items):
        store.answer(tool.id, item.id, "yes", actor=ACTOR)
    run = store.save_audit_run(tool.id, adverse_result(), actor=ACTOR)
    from ethics_toolkit.register.domain.risks import MitigationAction

    action = MitigationAction(description="Granska urvalet", owner="Eva")
    risk = risk_for(tool.id, audit_run_id=run.id, owner="Eva", actions=[action])
    store.save_risk(risk, actor=ACTOR)
    at = _app("report")
    assert "**Nästa steg: Rapport.**" in _markdown(at)
    at.button(key="build_report").click().run()
    assert not at.exception, at.exception
    assert [t.value for t in at.toast] == [ui_text("report_built_toast", "sv")]
    assert "**Nästa steg: Signering.**" in _markdown(at)
    (signoff,) = [e for e in at.expander if e.label == ui_text("signoff_title", "sv")]
    assert signoff.proto.expanded  # the next step is opened where it is done

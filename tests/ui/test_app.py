"""AppTest of every page in both languages, the bias-audit flow and the register round trips.

Each test gets its own SQLite file via ``ETHICS_TOOLKIT_DB``; the demo register is seeded once per
module and copied, so the tests stay quick on a shared 2-core machine.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from ethics_toolkit.engine.presentation import views as presentation
from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n.ui_texts import ui_text
from ethics_toolkit.ui import state
from ethics_toolkit.ui.escape import md
from tests.conftest import PROJECT_ROOT, SAMPLE_DATA

SCREENS = "ethics_toolkit/ui/screens"
PAGES = {
    "overview": "overview_title",
    "tool_profile": "profile_title",
    "checklists": "checklists_title",
    "bias_audit": "audit_title",
    "risks": "risks_title",
    "duties": "duties_title",
    "report": "report_title",
    "learn": "learn_title",
}
LANGS = ("sv", "en")
TIMEOUT = 120
SAMPLE = SAMPLE_DATA / "recruitment_decisions.csv"
DEMO_TOOL = "TalentScreen"


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from ethics_toolkit.register.demo.seed import seed_demo
    from ethics_toolkit.register.storage.store import Store

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    seed_demo(Store.open(_url(path)))
    return path


@pytest.fixture
def empty_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = _url(tmp_path / "empty.db")
    monkeypatch.setenv(state.DB_ENV, url)
    return url


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    path = tmp_path / "register.db"
    shutil.copy(demo_file, path)
    monkeypatch.setenv(state.DB_ENV, _url(path))
    return _url(path)


def _store(url: str):
    from ethics_toolkit.register.storage.store import Store

    return Store.open(url)


def _app(lang: str, page: str | None = None) -> AppTest:
    at = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=TIMEOUT)
    at.session_state[state.LANG_KEY] = lang
    at.run()
    assert not at.exception, at.exception
    if page:
        at.switch_page(f"{SCREENS}/{page}.py").run()
        assert not at.exception, at.exception
    return at


UNKNOWN_TEXT = re.compile(r"\[[a-z0-9]+_[a-z0-9_]+\]")


def _all_text(at: AppTest) -> str:
    """Every visible string: titles, texts, labels, options (to catch a missing catalogue key)."""
    parts = []
    for kind in (
        "title",
        "header",
        "subheader",
        "markdown",
        "caption",
        "info",
        "success",
        "warning",
        "error",
        "text",
    ):
        parts += [str(e.value) for e in getattr(at, kind)]
    for kind in (
        "button",
        "selectbox",
        "radio",
        "multiselect",
        "text_input",
        "text_area",
        "toggle",
        "checkbox",
        "number_input",
        "date_input",
        "expander",
        "tabs",
    ):
        for element in getattr(at, kind):
            parts.append(str(getattr(element, "label", "")))
            parts += [str(o) for o in getattr(element, "options", [])]
    return "\n".join(parts)


def _texts(at: AppTest) -> str:
    parts = [
        e.value
        for kind in ("markdown", "caption", "info", "success", "warning", "error")
        for e in getattr(at, kind)
    ]
    return "\n".join(str(p) for p in parts)


def _button(at: AppTest, key: str):
    return at.button(key=key)


def _choice(at: AppTest, kind: str, key: str):
    """A choice widget with translated labels: one widget key per language (ui/choices.py)."""
    lang = at.session_state[state.LANG_KEY]
    generation = at.session_state.get(f"{key}#generation", 0)
    return getattr(at, kind)(key=f"{key}@{lang}#{generation}")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_renders_in_both_languages(demo_db: str, page: str, lang: str) -> None:
    at = _app(lang, page)
    assert at.title[0].value == ui_text(PAGES[page], lang)
    assert not UNKNOWN_TEXT.findall(_all_text(at))


def test_language_switch_applies_to_the_navigation_and_the_page(demo_db: str) -> None:
    at = _app("sv", "learn")
    assert at.title[0].value == "Lär dig mer"
    at.sidebar.radio(key=state.LANG_KEY).set_value("en").run()
    assert at.title[0].value == "Learn"


def test_first_start_offers_the_demo_tool(empty_db: str) -> None:
    at = _app("sv")
    assert not _store(empty_db).list_tools()
    assert at.subheader[0].value == ui_text("demo_title", "sv")
    _button(at, "seed_demo").click().run()
    assert not at.exception
    assert [tool.name for tool in _store(empty_db).list_tools()] == [DEMO_TOOL]
    assert DEMO_TOOL in _texts(at)


@pytest.mark.parametrize(
    ("lang", "outside", "woman"), [("sv", "0,64", "0,86"), ("en", "0.64", "0.86")]
)
def test_bias_audit_of_the_sample_computes_and_saves_the_known_ratios(
    demo_db: str, lang: str, outside: str, woman: str
) -> None:
    at = _app(lang, "bias_audit")
    at.session_state[state.UPLOAD_BYTES_KEY] = SAMPLE.read_bytes()
    at.session_state[state.UPLOAD_NAME_KEY] = SAMPLE.name
    at.run()
    assert not at.exception, at.exception
    # The engine's guesses prefill the mapping; the yes/no pair 1/0 is pre-classified.
    assert at.selectbox(key="map_outcome").value == "selected"
    assert _choice(at, "radio", "map_class:selected:1").value == "selected"
    assert _choice(at, "radio", "map_class:selected:0").value == "not_selected"
    at.session_state[state.ACTOR_KEY] = "Kim Berg"  # the name given when the app asked
    at.multiselect(key="map_sensitive").set_value(["gender", "background"])
    _button(at, "run_audit").click().run()
    assert not at.exception, at.exception

    tables = [frame.value for frame in at.dataframe]
    rows = {str(row.iloc[0]): row.tolist() for table in tables for _, row in table.iterrows()}
    assert outside in rows["Outside Europe"]
    assert woman in rows["Woman"]
    assert "Woman × Outside Europe" in rows  # the intersection is shown too

    store = _store(demo_db)
    tool = store.get_tool(DEMO_TOOL)
    before = len(store.audit_runs(tool.id))
    _button(at, "save_audit").click().run()
    assert not at.exception, at.exception
    runs = store.audit_runs(tool.id)
    assert len(runs) == before + 1
    saved = runs[-1]
    assert saved.file_name == SAMPLE.name
    assert saved.run_by == "Kim Berg"  # the name the person gave is the actor
    assert store.history(tool.id)[-1].actor == "Kim Berg"
    groups = {tuple(g.values.values()): g for a in saved.result.analyses for g in a.groups}
    assert groups[("Outside Europe",)].impact_ratio == pytest.approx(
        217 / 1100 / (925 / 3000), abs=1e-4
    )
    assert groups[("Outside Europe",)].impact_ratio == pytest.approx(0.6398, abs=1e-4)
    assert groups[("Woman",)].impact_ratio == pytest.approx(0.8644, abs=1e-4)

    # Adverse findings propose risks, linked to the saved run.
    risks_before = len(store.risks(tool.id))
    _button(at, "propose_0").click().run()
    assert not at.exception, at.exception
    risks = store.risks(tool.id)
    assert len(risks) == risks_before + 1
    assert risks[-1].audit_run_id == saved.id


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02\xff\xfe" * 200], ids=["empty", "binary"])
def test_a_bad_upload_shows_the_message_in_the_users_language(
    demo_db: str, lang: str, content: bytes
) -> None:
    from ethics_toolkit.engine.reading.tabular import read_table

    with pytest.raises(UserFacingError) as expected:
        read_table(content, file_name="bad.csv")
    at = _app(lang, "bias_audit")
    at.session_state[state.UPLOAD_BYTES_KEY] = content or b" "[:0]
    at.session_state[state.UPLOAD_NAME_KEY] = "bad.csv"
    at.run()
    assert not at.exception, at.exception
    if content:
        # Shown as text: the message quotes the file, which must never render as Markdown.
        assert [e.value for e in at.error] == [md(expected.value.message(lang))]
    # The page keeps working: the uploader and the sample button are still there.
    assert at.file_uploader and _button(at, "use_sample")
    _button(at, "use_sample").click().run()
    assert not at.exception and not at.error
    assert at.selectbox(key="map_outcome").value == "selected"


@pytest.mark.parametrize(
    ("name", "column", "value"),
    [
        ("recruitment_decisions.csv", "background", "Outside Europe"),
        ("rekrytering_excel_export.csv", "Bakgrund", "Utanför Europa"),
        ("aggregated_counts.csv", "background", "Outside Europe"),
    ],
)
def test_every_sample_file_audits_with_the_guessed_mapping_alone(
    demo_db: str, name: str, column: str, value: str
) -> None:
    """Row-level, Swedish Excel export and group counts: the same 0.64 with no option touched."""
    at = _app("sv", "bias_audit")
    at.session_state[state.UPLOAD_BYTES_KEY] = (SAMPLE_DATA / name).read_bytes()
    at.session_state[state.UPLOAD_NAME_KEY] = name
    at.run()
    assert column in at.multiselect(key="map_sensitive").value
    _button(at, "run_audit").click().run()
    assert not at.exception and not at.error
    rows = {str(row.iloc[0]): row.tolist() for f in at.dataframe for _, row in f.value.iterrows()}
    assert "0,64" in rows[value]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    "content",
    [b"gender,selected\nWoman,1\nWoman,0\nWoman,1\n", b"gender,selected\n,1\n,0\n"],
    ids=["single-group", "all-unknown"],
)
def test_an_audit_error_is_shown_and_the_page_keeps_working(
    demo_db: str, lang: str, content: bytes
) -> None:
    from ethics_toolkit.engine import audit
    from ethics_toolkit.engine import spec as spec_models
    from ethics_toolkit.engine.reading import tabular as reading

    frame, _ = reading.read_table(content)
    spec = spec_models.AuditSpec(outcome="selected", positive="1", sensitive=["gender"])
    with pytest.raises(UserFacingError) as expected:
        audit.audit_frame(frame, spec)
    at = _app(lang, "bias_audit")
    at.session_state[state.UPLOAD_BYTES_KEY] = content
    at.session_state[state.UPLOAD_NAME_KEY] = "log.csv"
    at.run()
    at.selectbox(key="map_outcome").set_value("selected").run()
    assert _choice(at, "radio", "map_class:selected:1").value == "selected"
    at.multiselect(key="map_sensitive").set_value(["gender"])
    _button(at, "run_audit").click().run()
    assert not at.exception, at.exception
    assert [e.value for e in at.error] == [md(expected.value.message(lang))]
    assert at.file_uploader and _button(at, "use_sample")


def test_tool_profile_creates_a_tool_and_explains_its_class(empty_db: str) -> None:
    at = _app("en", "tool_profile")
    assert at.toggle(key="profile_new").value is True
    at.text_input(key="new_name").set_value("ShiftPlanner")
    at.text_input(key="new_vendor").set_value("Exempel AB")
    at.number_input(key="new_employees").set_value(300)
    submit = next(b for b in at.button if b.label == ui_text("profile_save", "en"))
    submit.click().run()
    assert not at.exception, at.exception
    tools = _store(empty_db).list_tools()
    assert [(t.name, t.vendor, t.employees) for t in tools] == [("ShiftPlanner", "Exempel AB", 300)]
    assert ui_text("profile_classification", "en") in [s.value for s in at.subheader]


def test_checklist_answer_and_proposed_risk(demo_db: str, named_user: str) -> None:
    from ethics_toolkit.register.checklists.catalogue import load_checklists

    store = _store(demo_db)
    tool = store.get_tool(DEMO_TOOL)
    area = load_checklists()[0]
    item = area.items[0]
    at = _app("sv", "checklists")
    at.selectbox(key="checklist_area").set_value(area.area).run()
    at.radio(key=f"value_{item.id}").set_value(at.radio(key=f"value_{item.id}").options[2])
    at.text_area(key=f"evidence_{item.id}").set_value("Ingen DPIA hittad")
    next(b for b in at.button if b.label == ui_text("checklist_save_area", "sv")).click().run()
    assert not at.exception, at.exception
    answer = {a.item_id: a for a in store.answers(tool.id)}[item.id]
    assert (answer.value.value, answer.evidence, answer.answered_by) == (
        "no",
        "Ingen DPIA hittad",
        named_user,
    )
    assert [t.value for t in at.toast] == [ui_text("checklist_saved", "sv", count=1)]
    assert answer.risk_decision == "pending"  # an unmet item proposes a risk
    before = len(store.risks(tool.id))
    _button(at, f"decide_{item.id}_True").click().run()
    assert not at.exception, at.exception
    assert [t.value for t in at.toast] == [ui_text("proposal_accepted", "sv")]
    risks = store.risks(tool.id)
    assert len(risks) == before + 1
    assert [r.source_item_id for r in risks].count(item.id) >= 1
    assert {a.item_id: a for a in store.answers(tool.id)}[item.id].risk_decision == "accepted"


def test_risk_edit_saves_and_a_stale_edit_is_reported_as_a_conflict(demo_db: str) -> None:
    store = _store(demo_db)
    tool = store.get_tool(DEMO_TOOL)
    at = _app("en", "risks")
    top = sorted(store.risks(tool.id), key=lambda r: -r.inherent_score)[0]
    edit = {"edited_rows": {0: {"owner": "Kim"}}, "added_rows": [], "deleted_rows": []}
    at.session_state["risk_editor"] = edit
    _button(at, "save_risks").click().run()
    assert not at.exception, at.exception
    saved = {r.id: r for r in store.risks(tool.id)}[top.id]
    assert saved.owner == "Kim"

    # Someone else changes the same risk meanwhile; this session's edit is now stale.
    at2 = _app("en", "risks")
    store.save_risk(saved.model_copy(update={"owner": "Someone else"}), actor="other")
    at2.session_state["risk_editor"] = {
        "edited_rows": {0: {"owner": "Late"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    _button(at2, "save_risks").click().run()
    assert not at2.exception, at2.exception
    assert at2.error, "the conflict must be shown"
    assert {r.id: r for r in store.risks(tool.id)}[top.id].owner == "Someone else"


@pytest.mark.parametrize("lang", LANGS)
def test_report_page_builds_the_pdf(demo_db: str, lang: str) -> None:
    at = _app(lang, "report")
    _button(at, "build_report").click().run()
    assert not at.exception, at.exception
    key, pdf = at.session_state[state.REPORT_PDF_KEY]
    assert key[0] == DEMO_TOOL and key[1] == lang
    assert pdf.startswith(b"%PDF")
    assert at.get("download_button")


def test_sign_in_is_required_when_auth_is_configured(demo_db: str) -> None:
    at = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=TIMEOUT)
    at.secrets["auth"] = {
        "redirect_uri": "http://127.0.0.1:8501/oauth2callback",
        "cookie_secret": "test-secret",
        "client_id": "ethics-toolkit",
        "client_secret": "x",
        "server_metadata_url": "https://login.example.org/.well-known/openid-configuration",
    }
    at.run()
    assert not at.exception, at.exception
    assert [b.label for b in at.button] == [ui_text("auth_login", "sv")]
    assert [i.value for i in at.info] == [ui_text("auth_required", "sv")]
    # Nothing of the register is shown before sign-in, and no name can be typed instead.
    assert DEMO_TOOL not in _texts(at)
    assert not at.sidebar.text_input


def test_forget_removes_the_upload_from_the_session(demo_db: str) -> None:
    at = _app("en", "bias_audit")
    _button(at, "use_sample").click().run()
    assert at.session_state[state.UPLOAD_NAME_KEY] == "recruitment_decisions.csv"
    assert len(at.session_state[state.FRAME_KEY][1]) == 5000
    _button(at, "forget_upload").click().run()
    assert not at.exception, at.exception
    assert state.UPLOAD_BYTES_KEY not in at.session_state
    assert state.FRAME_KEY not in at.session_state  # the rows read from it are gone too
    assert [i.value for i in at.info] == [ui_text("audit_waiting", "en")]


def test_a_new_risk_is_added_from_the_form(demo_db: str) -> None:
    store = _store(demo_db)
    tool = store.get_tool(DEMO_TOOL)
    before = {r.id for r in store.risks(tool.id)}
    at = _app("en", "risks")
    at.text_input(key="new_risk_title").set_value("Vendor stops security updates")
    at.slider(key="new_risk_likelihood").set_value(2)
    at.slider(key="new_risk_severity").set_value(4)
    next(b for b in at.button if b.label == ui_text("risk_add_save", "en")).click().run()
    assert not at.exception, at.exception
    (added,) = [r for r in store.risks(tool.id) if r.id not in before]
    assert (added.title, added.likelihood, added.severity, added.inherent_score) == (
        "Vendor stops security updates",
        2,
        4,
        8,
    )
    assert added.level == "medium"


def test_sign_off_is_recorded_from_the_report_page(demo_db: str) -> None:
    store = _store(demo_db)
    tool = store.get_tool(DEMO_TOOL)
    before = len(store.record(DEMO_TOOL).signoffs)
    at = _app("sv", "report")
    at.text_input(key="signoff_name").set_value("Eva Ek")
    at.text_input(key="signoff_role").set_value("HR-direktör")
    save = ui_text("signoff_save", "sv")
    next(b for b in at.button if b.label == save).click().run()
    # No decision is preselected: signing without one is refused.
    assert ui_text("signoff_need_name", "sv") in [e.value for e in at.error]
    assert len(store.record(DEMO_TOOL).signoffs) == before
    at.text_input(key="signoff_name").set_value("Eva Ek")
    at.text_input(key="signoff_role").set_value("HR-direktör")
    at.selectbox(key="signoff_decision").set_value("approved_with_conditions")
    next(b for b in at.button if b.label == save).click().run()
    assert not at.exception, at.exception
    signoffs = store.record(DEMO_TOOL).signoffs
    assert len(signoffs) == before + 1
    latest = signoffs[-1]
    assert (latest.name, latest.role, latest.decision, latest.tool_id) == (
        "Eva Ek",
        "HR-direktör",
        "approved_with_conditions",
        tool.id,
    )


def test_accepting_a_serious_risk_without_justification_shows_the_registers_message(
    demo_db: str,
) -> None:
    from ethics_toolkit.register.domain.risks import ACCEPTANCE_THRESHOLD

    store = _store(demo_db)
    tool = store.get_tool(DEMO_TOOL)
    top = sorted(store.risks(tool.id), key=lambda r: -r.inherent_score)[0]
    assert top.inherent_score >= ACCEPTANCE_THRESHOLD
    at = _app("sv", "risks")
    at.session_state["risk_editor"] = {
        "edited_rows": {0: {"status": "accepted", "approved_by": None}},
        "added_rows": [],
        "deleted_rows": [],
    }
    _button(at, "save_risks").click().run()
    assert not at.exception, at.exception
    (message,) = [e.value for e in at.error]
    assert "krävs en motivering" in message and "1 kap\\. 4 §" in message
    assert {r.id: r for r in store.risks(tool.id)}[top.id].status == top.status  # nothing saved


def test_tool_profile_shows_the_change_history(demo_db: str) -> None:
    at = _app("en", "tool_profile")
    store = _store(demo_db)
    history = store.history(store.get_tool(DEMO_TOOL).id)
    (expander,) = [e for e in at.expander if e.label.startswith("Change history")]
    assert expander.label == ui_text("history_title", "en", count=len(history))
    table = at.dataframe[-1].value
    assert len(table) == len(history)
    # Issue 22: who, and how the register knows them (the demo's names are stated).
    who = f"{history[-1].actor} (stated by the command line)"
    assert table.iloc[0][ui_text("history_who", "en")] == who
    # Every line in words: no field, enum or checklist code names.
    shown = table.to_string()
    for code in ("risk_decision", "approved_with_conditions", "tool_id", "in_treatment", "gdpr-0"):
        assert code not in shown
    assert "Sign-off by Eva Holm (HR-direktör): Approved with conditions" in shown


def test_the_file_uploader_fills_the_session_and_forget_empties_it(demo_db: str) -> None:
    at = _app("en", "bias_audit")
    at.file_uploader[0].upload(SAMPLE.name, SAMPLE.read_bytes(), "text/csv").run()
    assert not at.exception, at.exception
    assert at.session_state[state.UPLOAD_BYTES_KEY] == SAMPLE.read_bytes()
    assert at.selectbox(key="map_outcome").value == "selected"
    _button(at, "forget_upload").click().run()
    assert state.UPLOAD_BYTES_KEY not in at.session_state
    assert at.file_uploader[0].key != "audit_uploader_0"  # a fresh, empty uploader


def test_score_mode_audits_the_share_above_the_median(demo_db: str) -> None:
    at = _app("sv", "bias_audit")
    _button(at, "use_sample").click().run()
    _choice(at, "radio", "map_mode").set_value("score").run()
    _choice(at, "selectbox", "map_score").set_value("score")
    at.multiselect(key="map_sensitive").set_value(["background"])
    _choice(at, "selectbox", "map_truth").set_value("")
    _button(at, "run_audit").click().run()
    assert not at.exception and not at.error, (at.exception, at.error)
    (table,) = [f.value for f in at.dataframe if "Grupp" in f.value.columns]
    assert presentation.column_label("rate", "sv", rate_kind="scoring") in table.columns
    assert list(table["Grupp"]) == ["Europe", "Outside Europe", "Sweden"]


def test_overview_lists_the_most_urgent_tool_first(demo_db: str) -> None:
    from ethics_toolkit.register.domain.tool import AITool
    from ethics_toolkit.report import summary

    store = _store(demo_db)
    store.save_tool(
        AITool(
            name="Aaa Schemaläggare",
            hr_process="task_allocation",
            decision_role="supports",
            narrow_procedural_task=True,
        ),
        actor="test",
    )
    statuses = {t.name: summary(store.record(t.name), "sv").status for t in store.list_tools()}
    assert statuses[DEMO_TOOL] == "red" and statuses["Aaa Schemaläggare"] != "red"
    at = _app("sv")
    names = [
        m.value.split("**")[1]
        for m in at.markdown
        if str(m.value).startswith("**") and "-badge[" in str(m.value)
    ]
    assert names == [DEMO_TOOL, "Aaa Schemaläggare"]


@pytest.mark.parametrize("page", ["overview", "risks", "learn"])
def test_an_unusable_database_url_is_explained_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, page: str
) -> None:
    from ethics_toolkit.register.storage.store import Store

    url = "nosuchdb://register"
    monkeypatch.setenv(state.DB_ENV, url)
    with pytest.raises(UserFacingError) as expected:
        Store.open(url)
    at = _app("en", page)
    assert at.title[0].value == ui_text(PAGES[page], "en")
    errors = [e.value for e in at.error]
    # The Learn page needs no database and keeps working.
    assert errors == ([] if page == "learn" else [md(expected.value.message("en"))])

"""AppTest of the bias-audit page for issue 9: workbooks, guessed mapping with reasons, outcome
classes, results that never outlive their settings, language switches, too little data."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from ethics_toolkit.engine.errors import EMPTY_FILE, HEADER_ONLY
from ethics_toolkit.i18n.ui_texts import ui_text
from ethics_toolkit.ui import state
from ethics_toolkit.ui.escape import md
from tests.conftest import PROJECT_ROOT
from tests.workbooks import xlsx

SCREENS = "ethics_toolkit/ui/screens"
PAGES = ("overview", "tool_profile", "checklists", "bias_audit", "risks", "report", "learn")
TIMEOUT = 120


@pytest.fixture
def tool_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    from ethics_toolkit.register.domain.tool import AITool
    from ethics_toolkit.register.storage.store import Store

    url = f"sqlite:///{tmp_path / 'register.db'}"
    Store.open(url).save_tool(
        AITool(name="Screener", hr_process="recruitment", decision_role="supports"), actor="test"
    )
    monkeypatch.setenv(state.DB_ENV, url)
    return url


def _app(lang: str = "sv", page: str = "bias_audit") -> AppTest:
    at = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=TIMEOUT)
    at.session_state[state.LANG_KEY] = lang
    at.run()
    at.switch_page(f"{SCREENS}/{page}.py").run()
    assert not at.exception, at.exception
    return at


def _upload(at: AppTest, data: bytes, name: str) -> AppTest:
    at.session_state[state.UPLOAD_BYTES_KEY] = data
    at.session_state[state.UPLOAD_NAME_KEY] = name
    at.run()
    assert not at.exception, at.exception
    return at


def _choice(at: AppTest, kind: str, key: str):
    lang = at.session_state[state.LANG_KEY]
    generation = at.session_state.get(f"{key}#generation", 0)
    return getattr(at, kind)(key=f"{key}@{lang}#{generation}")


def _switch(at: AppTest, lang: str) -> AppTest:
    at.sidebar.radio(key=state.LANG_KEY).set_value(lang).run()
    assert not at.exception, at.exception
    return at


def _rows(at: AppTest) -> dict[str, list]:
    return {str(r.iloc[0]): r.tolist() for f in at.dataframe for _, r in f.value.iterrows()}


def _texts(at: AppTest) -> str:
    kinds = ("markdown", "caption", "info", "success", "warning", "error")
    return "\n".join(str(e.value) for kind in kinds for e in getattr(at, kind))


def _export(seed: int = 3) -> list[list[object]]:
    """The issue's Swedish export, 300 rows: Kvinna 70/150 against Man 99/150 (0.71), Utanför
    Europa 48/100 against Sverige 72/100 (0.67)."""
    rng = random.Random(seed)
    rows: list[list[object]] = [["Sökande-ID", "Kön", "Bakgrund", "Poäng", "Vidare till intervju"]]
    yes = {
        ("Man", "Sverige"): 40,
        ("Man", "Europa"): 42,
        ("Man", "Utanför Europa"): 17,
        ("Kvinna", "Sverige"): 32,
        ("Kvinna", "Europa"): 7,
        ("Kvinna", "Utanför Europa"): 31,
    }
    plan = {cell: (k, 50 - k) for cell, k in yes.items()}  # fmt: skip
    i = 0
    for (sex, origin), (yes, no) in plan.items():
        for decision in ["Ja"] * yes + ["Nej"] * no:
            rows.append([f"A-{i:05d}", sex, origin, round(rng.uniform(20, 95), 1), decision])
            i += 1
    return rows


def test_an_xlsx_is_read_guessed_with_reasons_and_audited(tool_db: str) -> None:
    book = xlsx([("Info", [["Export från HR-systemet"]]), ("Urval", _export())])
    at = _upload(_app("sv"), book, "rekrytering.xlsx")
    # Issue 20: the sheet with a header and the most rows, said as such (never just the first).
    assert _choice(at, "selectbox", "read_sheet").value == "auto"
    assert not at.exception and not at.error
    assert "bladet ”Urval”, 300 rader" in _texts(at)
    assert md("Urval: 300 rader; Info hoppades över: 1 rad text") in _texts(at)
    assert at.selectbox(key="map_outcome").value == "Vidare till intervju"
    assert at.multiselect(key="map_sensitive").value == ["Kön", "Bakgrund"]
    assert _choice(at, "radio", "map_class:Vidare till intervju:Ja").value == "selected"
    assert '"Vidare till intervju" har bara värdena Ja/Nej' in _texts(at)
    at.button(key="run_audit").click().run()
    assert not at.exception and not at.error
    rows = _rows(at)
    assert "0,71" in rows["Kvinna"] and "0,67" in rows["Utanför Europa"]
    assert at.session_state[state.AUDIT_SPEC_KEY]


def test_a_status_with_three_values_must_be_classified_before_the_run(tool_db: str) -> None:
    rng = random.Random(5)
    status = ["hired", "rejected", "withdrawn"]
    rows = [["sex", "status"], *[[rng.choice(["F", "M"]), rng.choice(status)] for _ in range(90)]]
    csv = "\n".join(",".join(r) for r in rows).encode()
    at = _upload(_app("en"), csv, "status.csv")
    assert at.selectbox(key="map_outcome").value == "status"
    assert all(_choice(at, "radio", f"map_class:status:{v}").value is None for v in status)
    at.button(key="run_audit").click().run()
    (error,) = [e.value for e in at.error]
    assert all(v in error for v in status)  # nothing is assumed
    assert state.AUDIT_SPEC_KEY not in at.session_state
    for value, kind in zip(status, ("selected", "not_selected", "excluded"), strict=True):
        _choice(at, "radio", f"map_class:status:{value}").set_value(kind)
    at.button(key="run_audit").click().run()
    assert not at.exception and not at.error
    spec = (
        state.AuditSpec.model_validate_json(at.session_state[state.AUDIT_SPEC_KEY])
        if hasattr(state, "AuditSpec")
        else None
    )
    from ethics_toolkit.engine.spec import AuditSpec

    spec = AuditSpec.model_validate_json(at.session_state[state.AUDIT_SPEC_KEY])
    assert (spec.positives, spec.negatives, spec.excluded) == (
        ["hired"],
        ["rejected"],
        ["withdrawn"],
    )


@pytest.mark.parametrize(
    ("change", "value"),
    [
        ("read_decimal", ","),
        ("read_encoding", "cp1252"),
        ("map_sensitive", ["background"]),
        ("map_truth", ""),
        ("map_class:selected:0", "excluded"),
    ],
)
def test_any_change_clears_the_result_until_the_audit_runs_again(
    tool_db: str, change: str, value: object
) -> None:
    at = _app("en")
    at.button(key="use_sample").click().run()
    at.button(key="run_audit").click().run()
    assert at.dataframe and at.button(key="save_audit")
    if change == "map_sensitive":
        at.multiselect(key=change).set_value(value).run()
    else:
        kind = "radio" if change.startswith("map_class") else "selectbox"
        _choice(at, kind, change).set_value(value).run()
    assert not at.exception
    assert state.AUDIT_SPEC_KEY not in at.session_state
    assert not [f for f in at.dataframe if "Group" in f.value.columns]
    assert ui_text("audit_stale", "en") in [i.value for i in at.info]
    assert not [b for b in at.button if b.key == "save_audit"]  # nothing stale can be saved
    at.button(key="run_audit").click().run()
    assert not at.exception and state.AUDIT_SPEC_KEY in at.session_state


def test_another_file_clears_the_result(tool_db: str) -> None:
    at = _app("en")
    at.button(key="use_sample").click().run()
    at.button(key="run_audit").click().run()
    assert state.AUDIT_SPEC_KEY in at.session_state
    _upload(at, b"gender,selected\n" + b"Woman,1\nMan,0\n" * 20, "other.csv")
    assert state.AUDIT_SPEC_KEY not in at.session_state


@pytest.mark.parametrize("page", PAGES)
def test_language_switches_keep_every_choice_and_never_crash(tool_db: str, page: str) -> None:
    at = _app("sv", page)
    for lang in ("en", "sv", "en"):
        _switch(at, lang)
        assert at.title[0].value == ui_text(
            {"bias_audit": "audit_title", "tool_profile": "profile_title"}.get(
                page, f"{page}_title"
            ),
            lang,
        )


def test_language_switches_on_the_audit_page_with_a_result(tool_db: str) -> None:
    at = _app("sv")
    at.button(key="use_sample").click().run()
    _choice(at, "selectbox", "read_separator").set_value(",").run()
    _choice(at, "selectbox", "read_decimal").set_value(".").run()
    _choice(at, "selectbox", "map_truth").set_value("").run()
    at.multiselect(key="map_sensitive").set_value(["background"]).run()
    at.button(key="run_audit").click().run()
    assert "0,64" in _rows(at)["Outside Europe"]
    for lang, ratio in (("en", "0.64"), ("sv", "0,64"), ("en", "0.64")):
        _switch(at, lang)
        assert _choice(at, "selectbox", "read_separator").value == ","
        assert _choice(at, "selectbox", "read_decimal").value == "."
        assert _choice(at, "selectbox", "map_truth").value == ""
        assert _choice(at, "radio", "map_mode").value == "outcome"
        assert _choice(at, "radio", "map_class:selected:1").value == "selected"
        assert at.multiselect(key="map_sensitive").value == ["background"]
        assert ratio in _rows(at)["Outside Europe"]  # the result stays: nothing changed
    _choice(at, "radio", "map_mode").set_value("score").run()
    _switch(at, "sv")
    assert _choice(at, "radio", "map_mode").value == "score"


def test_language_switch_with_a_workbook_keeps_the_sheet(tool_db: str) -> None:
    book = xlsx([("A", [["g", "o"], ["x", "1"], ["y", "0"]]), ("B", _export())])
    at = _upload(_app("en"), book, "book.xlsx")
    _choice(at, "selectbox", "read_sheet").set_value("B").run()
    for lang in ("sv", "en"):
        _switch(at, lang)
        assert _choice(at, "selectbox", "read_sheet").value == "B"
        assert at.selectbox(key="map_outcome").value == "Vidare till intervju"


@pytest.mark.parametrize(("content", "message"), [(b"", EMPTY_FILE), (b"a,b\n", HEADER_ONLY)])
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_empty_and_header_only_uploads_get_their_own_message(
    tool_db: str, content: bytes, message, lang: str
) -> None:
    at = _upload(_app(lang), content, "log.csv")
    expected = message.format(lang, name="'log.csv'", columns="'a', 'b'")
    # Shown as text: Markdown characters escaped (ui/escape.py), the words unchanged.
    assert [e.value for e in at.error] == [md(expected)]


def test_too_little_data_gets_a_caution_not_the_alarm(tool_db: str) -> None:
    data = (
        b"gender,selected\n" + b"Woman,1\n" * 2 + b"Woman,0\n" * 8 + b"Man,1\n" * 8 + b"Man,0\n" * 2
    )
    at = _upload(_app("en"), data, "tiny.csv")
    at.button(key="run_audit").click().run()
    assert not at.exception
    infos = [i.value for i in at.info]
    assert any("Too little data to judge: only 20 decisions" in i for i in infos)
    assert ui_text("audit_adverse_found", "en") not in [w.value for w in at.warning]


def test_a_new_file_redraws_the_choices_with_its_own_guess(tool_db: str) -> None:
    """The page changes a choice (a new guess): the widget must show it, not the old value."""
    from tests.conftest import SAMPLE_DATA

    at = _app("en")
    at.button(key="use_sample").click().run()
    _choice(at, "radio", "map_mode").set_value("score").run()
    assert at.session_state["map_mode"] == "score"
    counts = (SAMPLE_DATA / "aggregated_counts.csv").read_bytes()
    _upload(at, counts, "aggregated_counts.csv")
    assert at.session_state["map_mode"] == "aggregated"
    assert _choice(at, "radio", "map_mode").value == "aggregated"
    assert _choice(at, "selectbox", "map_count").value == "applicants"
    at.button(key="run_audit").click().run()
    assert not at.exception and not at.error
    assert "0,64" not in str(_rows(at)) and "0.64" in _rows(at)["Outside Europe"]

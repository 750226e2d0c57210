"""Issue 13 in the app: user text as text, safe CSV, risk actions, archive, integrity banners."""

from __future__ import annotations

import csv
import io
import tomllib
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from ethics_toolkit.i18n.ui_texts import ui_text
from ethics_toolkit.register.domain.risks import Risk
from ethics_toolkit.ui import state
from ethics_toolkit.ui.escape import WORD_JOINER, md, neutral_cell, neutral_csv
from tests.conftest import PROJECT_ROOT
from tests.register.factories import cv_screening, filled_store
from tests.ui.test_app import _app, _button, _store

IMAGE = "![pixel](https://tracker.example/p.png)"
HOSTILE = [
    IMAGE,
    '<img src="https://tracker.example/q.png">',
    "**bold** _it_ `code` # heading",
    "[click](javascript:alert(1))",
    ":red[red] :material/warning: :streamlit: $x^2$",
    "1. list\n- item",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_md_escapes_every_markdown_html_and_directive_character(text: str) -> None:
    escaped = md(text)
    # Every special character is preceded by a backslash; nothing else is changed but the line
    # breaks (spaces) and an invisible word joiner after each colon.
    plain = escaped.replace(WORD_JOINER, "").replace("\\", "")
    assert plain == text.replace("\n", " ")
    specials = [i for i, ch in enumerate(escaped) if ch in "![]()<>*_`#:$|-.=\"'"]
    assert specials and all(escaped[i - 1] == "\\" for i in specials)
    assert "\n" not in escaped


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("Plain title", "Plain title"),
        (12, 12),
    ],
)
def test_csv_cells_that_would_run_in_a_spreadsheet_are_neutralised(
    value: object, expected: object
) -> None:
    assert neutral_cell(value) == expected


def test_neutral_csv_quotes_every_cell_and_reads_back() -> None:
    data = neutral_csv(["Risk", "Score"], [['=HYPERLINK("http://x")', 12], ["a,b", None]])
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows == [["Risk", "Score"], ['\'=HYPERLINK("http://x")', "12"], ["a,b", ""]]


def test_streamlits_own_table_download_is_switched_off() -> None:
    config = tomllib.loads((PROJECT_ROOT / ".streamlit" / "config.toml").read_text())
    assert config["client"]["disableDataExport"] is True


@pytest.fixture
def hostile_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'hostile.db'}"
    monkeypatch.setenv(state.DB_ENV, url)
    store = _store(url)
    tool = store.save_tool(cv_screening(name=IMAGE), actor="Anna")
    assert tool.id is not None
    store.save_risk(
        Risk(tool_id=tool.id, title=HOSTILE[1], likelihood=3, severity=4, owner=HOSTILE[2]),
        actor="Anna",
    )
    return url


def _texts(at: AppTest) -> list[str]:
    found = [m.value for m in at.markdown] + [c.value for c in at.caption]
    for kind in ("info", "warning", "error", "success", "toast"):
        found += [e.value for e in getattr(at, kind)]
    return found


@pytest.mark.parametrize("page", ["overview", "risks", "report", "tool_profile"])
def test_user_text_reaches_the_page_only_escaped(hostile_db: str, page: str) -> None:
    at = _app("en", page)
    texts = _texts(at)
    joined = "\n".join(texts)
    for raw in (IMAGE, HOSTILE[1]):
        assert raw not in joined  # never handed to Markdown as written
    if page in ("overview", "risks"):
        assert any(md(IMAGE) in text or md(HOSTILE[1]) in text for text in texts)


def test_actions_are_added_ticked_off_and_the_history_shows_it(
    hostile_db: str, named_user: str
) -> None:
    at = _app("en", "risks")
    (description,) = [w for w in at.text_input if w.key == "action_text_1"]
    description.input("Ask the vendor for the model card")
    (submit,) = [b for b in at.button if b.label == ui_text("actions_add_save", "en")]
    submit.click().run()
    assert not at.exception, at.exception
    store = _store(hostile_db)
    (risk,) = store.risks(1)
    assert [a.description for a in risk.actions] == ["Ask the vendor for the model card"]
    (box,) = [c for c in at.checkbox if c.key.startswith("action_done_1_1_")]
    box.check().run()
    assert not at.exception, at.exception
    (risk,) = store.risks(1)
    assert risk.actions[0].done and risk.actions[0].done_by == named_user  # never a placeholder
    history = "\n".join(m.value for m in at.markdown)
    assert "Ticked off action 1 of the risk" in history.replace("\\", "").replace(WORD_JOINER, "")


def test_the_residual_map_counts_risks_not_yet_assessed(hostile_db: str) -> None:
    at = _app("en", "risks")
    expected = ui_text("heat_not_assessed", "en", n=1, count=1)
    assert expected == "Not yet assessed after measures: the only risk (not shown in the map)."
    assert expected in [c.value for c in at.caption]
    (submit,) = [b for b in at.button if b.label == ui_text("residual_save", "en")]
    submit.click().run()
    assert not at.exception, at.exception
    assert "The only risk is assessed after measures." in [c.value for c in at.caption]
    assert _store(hostile_db).risks(1)[0].residual_score == 12  # the sliders start at 3 x 4


def test_archive_keeps_the_tool_read_only_and_out_of_the_overview(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch
                                                                    ) -> None:  # fmt: skip
    url = f"sqlite:///{tmp_path / 'two.db'}"
    monkeypatch.setenv(state.DB_ENV, url)
    store = _store(url)
    filled_store(store)
    store.save_tool(cv_screening(name="Other"), actor="Anna")
    at = _app("en", "tool_profile")
    _button(at, "archive_tool").click().run()
    assert not at.exception, at.exception
    assert store.get_tool("CV-Sorter").archived
    at.switch_page("ethics_toolkit/ui/screens/overview.py").run()
    assert ui_text("archived_count", "en", n=1) in [c.value for c in at.caption]
    at.switch_page("ethics_toolkit/ui/screens/tool_profile.py").run()
    _button(at, "restore_tool").click().run()
    assert not store.get_tool("CV-Sorter").archived


def test_a_changed_register_shows_the_sign_off_banner_and_the_verified_badge(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'signed.db'}"
    monkeypatch.setenv(state.DB_ENV, url)
    store = _store(url)
    tool = filled_store(store)
    at = _app("en", "report")
    badges = [m.value for m in at.markdown if "History verified" in m.value]
    assert badges and "chain intact" in badges[0]
    assert not [w for w in at.warning if "Changed since the sign-off" in w.value]
    risk = store.risks(tool.id)[0]
    store.save_risk(risk.model_copy(update={"likelihood": 5}), actor="Bo")
    at.run()
    (warning,) = [w.value for w in at.warning if "Changed since the sign-off" in w.value]
    assert "by Eva Holm: a new sign-off is needed" in warning and "Bo" in warning


def test_uploaded_group_values_are_shown_as_text(hostile_db: str) -> None:
    # Group values (and a column name) from the file carry an image link and HTML.
    rows = ["decision,group"]
    rows += [f"{'yes' if i % 3 else 'no'},{IMAGE}" for i in range(60)]
    rows += [f"{'yes' if i % 2 else 'no'},<b>B</b>" for i in range(60)]
    at = _app("en", "bias_audit")
    at.session_state[state.UPLOAD_BYTES_KEY] = "\n".join(rows).encode()
    at.session_state[state.UPLOAD_NAME_KEY] = "hostile ![x](https://tracker.example/f.png).csv"
    at.run()
    assert not at.exception, at.exception
    at.selectbox(key="map_outcome").set_value("decision")
    # yes/no is a recognised pair: the classification is pre-filled (ui/screens/bias_audit.py)
    at.multiselect(key="map_sensitive").set_value(["group"])
    _button(at, "run_audit").click().run()
    assert not at.exception, at.exception
    texts = _texts(at) + [tab.label for tab in at.tabs]
    assert any(md(IMAGE) in text for text in texts)  # the finding names the group, escaped
    assert not [text for text in texts if IMAGE in text or "<b>B</b>" in text]
    assert not [text for text in texts if "![x](https://tracker" in text]

"""Swedish all the way: every page of the app's navigation, walked in Swedish, shows no English.

General by design, so that pages and widgets added later are covered without editing this file:

- the pages are read from ``app.py``'s navigation (every ``screens/<name>.py`` it names);
- each page is run with AppTest in Swedish on the demo register, on an empty register, and the
  bias-audit page also with the sample log audited and saved;
- every string of every element (labels, help, placeholders, options, captions, table cells and
  headings) is checked against Streamlit's known English widget strings and against the English
  side of the app's catalogue (a text shown in the wrong language);
- Streamlit's own defaults are refused where it has a parameter: an empty ``placeholder`` on a
  select box, a multiselect or a table (Streamlit then shows "Choose an option", "Choose options",
  "None"), a multiselect's "Select all", a date picker (English month names, no parameter);
- where Streamlit has no parameter (the file uploader's button and size line, the input hints),
  the app's CSS must replace the text with the catalogue's (``components.widget_texts``); the
  browser path test (``tests/e2e/test_first_hour.py``) checks what the browser shows.

Static companion: ``test_every_choice_and_table_sets_its_texts`` reads the source of
``ethics_toolkit/ui`` and asks every ``selectbox``/``multiselect``/``dataframe``/``data_editor``
call for a ``placeholder=`` (``choices.selectbox`` and ``components.enum_select`` set it) and
forbids ``st.date_input`` (use ``components.date_field``).
"""

from __future__ import annotations

import ast
import math
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from ethics_toolkit.i18n.ui_texts import TEXTS, ui_text
from ethics_toolkit.register.domain import labels
from ethics_toolkit.ui import state
from tests.conftest import PROJECT_ROOT, SAMPLE_DATA

APP = PROJECT_ROOT / "app.py"
UI = PROJECT_ROOT / "ethics_toolkit" / "ui"
TIMEOUT = 120

# Streamlit's own English, as its front end and defaults show it (1.67). Whole strings:
ENGLISH_WHOLE = {
    "None",
    "nan",
    "NaN",
    "NaT",
    "<NA>",
    "True",
    "False",
    "Upload",
    "Browse files",
    "Select all",
    "No results",
    "Submit",
    "Choose an option",
    "Choose options",
    "Choose",
    "YYYY/MM/DD",
}
# ... and phrases anywhere in a string.
ENGLISH_PHRASES = (
    "Choose an option",
    "Choose options",
    "per file",
    "Drag and drop",
    "Press Enter",
    "Ctrl+Enter",
    "⌘+Enter",
    "to submit form",
    "to apply",
    "No options to select",
)
SKIPPED_FIELDS = {"id", "key", "form_id", "arrow_data", "data", "icon", "spec", "url", "type"}


def navigation_pages() -> list[str]:
    """Every page ``app.py`` puts in the navigation, as ``screens/<name>.py`` paths."""
    source = APP.read_text(encoding="utf-8")
    names = re.findall(r"st\.Page\(\s*f?\"[^\"]*?/([a-z0-9_]+)\.py\"", source)
    return list(dict.fromkeys(f"ethics_toolkit/ui/screens/{name}.py" for name in names))


def _english_catalogue() -> set[str]:
    """English texts of the app's catalogue and the label registry that differ from the Swedish."""
    found = set()
    entries = [*TEXTS.values()]
    entries += [e for kind in labels.LITERAL_LABELS.values() for e in kind.values()]
    entries += [e for enum in labels.ENUM_LABELS.values() for e in enum.values()]
    for entry in entries:
        for text in (entry.one, entry.other) if hasattr(entry, "one") else (entry,):
            if text.en != text.sv and "{" not in text.en and len(text.en) > 3:
                found.add(text.en)
    return found


ENGLISH_APP_TEXTS = _english_catalogue()


def _nodes(node) -> Iterator[object]:
    yield node
    for child in getattr(node, "children", {}).values():
        yield from _nodes(child)


def _strings(message, path: str = "") -> Iterator[tuple[str, str]]:
    """Every string field of a protobuf message, recursively, with its field path."""
    for field, value in message.ListFields():
        if field.name in SKIPPED_FIELDS:
            continue
        repeated = not isinstance(value, str | bytes) and not hasattr(value, "ListFields")
        values = value if repeated and hasattr(value, "__iter__") else [value]
        for item in values:
            if isinstance(item, str):
                yield f"{path}{field.name}", item
            elif hasattr(item, "ListFields"):
                yield from _strings(item, f"{path}{field.name}.")


def _cells(frame) -> Iterator[str]:
    yield from (str(c) for c in frame.columns)
    for value in frame.astype(object).to_numpy().ravel():
        if isinstance(value, float) and math.isnan(value):
            continue  # a missing value: shown as the table's placeholder (checked separately)
        if value is not None:
            yield str(value)


def problems(at: AppTest) -> list[str]:
    """Every English string and every Streamlit default left in place, with where it is."""
    found = []
    page_css = "".join(
        str(n.proto.body) for n in _nodes(at._tree) if getattr(n, "type", "") == "html"
    )
    for node in _nodes(at._tree):
        kind, proto = getattr(node, "type", None), getattr(node, "proto", None)
        if proto is None or not hasattr(proto, "ListFields"):
            continue
        texts = list(_strings(proto))
        if kind in ("dataframe", "arrow_data_frame", "data_editor"):
            texts += [("cell", c) for c in _cells(node.value)]
            if not proto.placeholder:
                found.append(f"{kind}: no placeholder, missing values show as 'None'")
        if kind in ("selectbox", "multiselect") and not proto.placeholder:
            found.append(f"{kind} {proto.label!r}: no placeholder (Streamlit's English default)")
        if kind == "multiselect" and proto.select_all:
            found.append(f"multiselect {proto.label!r}: 'Select all' shown (select_all=False)")
        if kind == "date_input":
            found.append(f"date_input {proto.label!r}: English calendar (components.date_field)")
        if kind == "file_uploader" and "stFileUploaderDropzone" not in page_css:
            found.append("file_uploader: its English texts are not replaced (widget_texts)")
        for where, text in texts:
            if where.endswith("body") and kind == "html":
                continue
            stripped = text.strip().strip("*").strip()
            if stripped in ENGLISH_WHOLE or stripped in ENGLISH_APP_TEXTS:
                found.append(f"{kind}.{where}: {text!r}")
            found += [f"{kind}.{where}: {text!r}" for p in ENGLISH_PHRASES if p in text]
    return found


def _app(page: str, **session: object) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.session_state[state.LANG_KEY] = "sv"
    for key, value in session.items():
        at.session_state[key] = value
    at.run()
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


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


def test_the_navigation_is_read_from_app_py() -> None:
    pages = navigation_pages()
    assert "ethics_toolkit/ui/screens/overview.py" in pages and len(pages) >= 7
    assert all((PROJECT_ROOT / page).is_file() for page in pages)


def test_the_check_finds_streamlits_english_defaults(tmp_path: Path) -> None:
    """The check is not vacuous: a page with Streamlit's defaults fails on each of them."""
    page = tmp_path / "defaults.py"
    page.write_text(
        "import streamlit as st\n"
        "import pandas as pd\n"
        "st.selectbox('Välj', ['a'], index=None)\n"
        "st.multiselect('Välj flera', ['a', 'b'])\n"
        "st.dataframe(pd.DataFrame({'Kolumn': [None, 'x']}))\n"
        "st.date_input('Datum')\n"
        "st.file_uploader('Fil')\n"
        "st.caption('Press Enter to apply')\n"
        "st.caption('No risks match the filters.')\n",
        encoding="utf-8",
    )
    at = AppTest.from_file(str(page), default_timeout=TIMEOUT).run()
    found = "\n".join(problems(at))
    for expected in (
        "selectbox 'Välj': no placeholder",
        "multiselect 'Välj flera': no placeholder",
        "'Select all' shown",
        "dataframe: no placeholder",
        "date_input 'Datum'",
        "file_uploader",
        "'Press Enter to apply'",
        "'No risks match the filters.'",
    ):
        assert expected in found


@pytest.mark.parametrize("page", navigation_pages(), ids=lambda p: Path(p).stem)
def test_every_page_on_the_demo_register_is_swedish(demo_db: str, page: str) -> None:
    at = _app(page)
    assert problems(at) == []


@pytest.mark.parametrize("page", navigation_pages(), ids=lambda p: Path(p).stem)
def test_every_page_on_an_empty_register_is_swedish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, page: str
) -> None:
    monkeypatch.setenv(state.DB_ENV, f"sqlite:///{tmp_path / 'empty.db'}")
    monkeypatch.delenv(state.USER_ENV)  # the question for the name is Swedish too
    at = _app(page)
    assert problems(at) == []


def test_the_bias_audit_with_a_result_and_a_saved_run_is_swedish(demo_db: str) -> None:
    sample = SAMPLE_DATA / "recruitment_decisions.csv"
    at = _app(
        "ethics_toolkit/ui/screens/bias_audit.py",
        **{state.UPLOAD_BYTES_KEY: sample.read_bytes(), state.UPLOAD_NAME_KEY: sample.name},
    )
    at.button(key="run_audit").click().run()
    assert not at.exception, at.exception
    assert at.dataframe, "the result tables are shown"
    at.button(key="save_audit").click().run()
    assert not at.exception, at.exception
    assert [t.value for t in at.toast] == [ui_text("audit_saved_toast", "sv", tool="TalentScreen")]
    assert problems(at) == []


def _calls(tree: ast.AST) -> Iterator[tuple[str, str | None, ast.Call]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            name = owner.id if isinstance(owner, ast.Name) else None
            yield node.func.attr, name, node


@pytest.mark.parametrize(
    "path", sorted(UI.rglob("*.py")), ids=lambda p: str(p.relative_to(UI.parent))
)
def test_every_choice_and_table_sets_its_texts(path: Path) -> None:
    """Source check: no widget call leaves Streamlit's English default text in place."""
    wrappers = {"choices", "components"}  # their selectbox/enum_select set the placeholder
    found = []
    for attr, owner, call in _calls(ast.parse(path.read_text(encoding="utf-8"))):
        keywords = {k.arg for k in call.keywords}
        if None in keywords:  # **kwargs passed on: the wrapper's caller decides
            continue
        where = f"{path.name}:{call.lineno} {attr}"
        texts_widget = attr in ("selectbox", "multiselect", "dataframe", "data_editor")
        if texts_widget and owner not in wrappers and "placeholder" not in keywords:
            found.append(f"{where}: no placeholder=")
        if attr == "multiselect" and "select_all" not in keywords:
            found.append(f"{where}: no select_all=False")
        if attr == "date_input":
            found.append(f"{where}: use components.date_field")
    assert found == []

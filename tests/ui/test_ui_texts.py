"""The UI catalogue is complete in both languages and covers every key the app asks for."""

from __future__ import annotations

import ast
import string

import pytest

from ethics_toolkit.i18n.prose import body as prose_body
from ethics_toolkit.i18n.prose import prose
from ethics_toolkit.i18n.prose import title as prose_title
from ethics_toolkit.i18n.text import Plural
from ethics_toolkit.i18n.ui_texts import TEXTS, UNKNOWN_KEY, ui_text
from tests.conftest import PROJECT_ROOT

UI_SOURCES = [
    PROJECT_ROOT / "app.py",
    *sorted((PROJECT_ROOT / "ethics_toolkit" / "ui").rglob("*.py")),
]
# Functions whose first string argument(s) are catalogue keys.
KEY_FUNCTIONS = {"t": 1, "ui_text": 1, "page_header": 2, "explain": 0}


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _literal_keys() -> set[tuple[str, str]]:
    """(file, key) for every literal key passed to t()/ui_text()/page_header() in the UI code."""
    found = set()
    for path in UI_SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name not in KEY_FUNCTIONS:
                continue
            count = KEY_FUNCTIONS[name]
            for arg in node.args[: count or 1]:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    key = arg.value
                    if name == "explain":
                        found.add((path.name, f"prose:explain_{key}"))
                    else:
                        found.add((path.name, key))
    return found


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_every_key_has_both_languages_with_the_same_placeholders(key: str) -> None:
    entry = TEXTS[key]
    forms = [entry.one, entry.other] if isinstance(entry, Plural) else [entry]
    for form in forms:
        assert form.sv.strip() and form.en.strip()
        assert _placeholders(form.sv) == _placeholders(form.en)


def test_the_scan_finds_the_keys_of_every_page() -> None:
    files = {file for file, _ in _literal_keys()}
    assert {"app.py", "overview.py", "bias_audit.py", "risks.py", "report.py", "learn.py"} <= files


@pytest.mark.parametrize(("file", "key"), sorted(_literal_keys()))
def test_every_key_used_in_the_ui_exists(file: str, key: str) -> None:
    if key.startswith("prose:"):
        assert key.removeprefix("prose:") in prose(), f"{file} uses the missing prose {key!r}"
    else:
        assert key in TEXTS, f"{file} uses the missing UI text {key!r}"


def test_the_app_catalogue_holds_no_enum_or_field_labels() -> None:
    """Enum and field labels live in one registry (``register/labels.py``) for app, PDF, CLI."""
    shared = (
        "status_", "riskstatus_", "answer_", "decision_", "treatment_", "level_",
        "risk_class_", "process_", "role_", "employer_", "datacat_", "field_name",
    )  # fmt: skip
    assert not [key for key in TEXTS if key.startswith(shared) and not key.endswith("_help")]


@pytest.mark.parametrize("topic", ["selection_rate", "four_fifths", "p_value", "risk_class"])
def test_explanations_are_markdown_with_a_title_and_a_body(topic: str) -> None:
    for lang in ("sv", "en"):
        assert prose_title(f"explain_{topic}", lang) and prose_body(f"explain_{topic}", lang)


def test_counts_take_the_right_form() -> None:
    assert ui_text("risk_saved", "sv", count=1) == "1 risk sparad."
    assert ui_text("risk_saved", "sv", count=3) == "3 risker sparade."
    assert ui_text("history_title", "en", count=1) == "Change history (1 event)"


def test_placeholders_are_filled_and_unknown_keys_are_visible() -> None:
    assert ui_text("checklist_progress", "sv", done=3, total=60) == "3 av 60 frågor besvarade"
    assert ui_text("checklist_progress", "en", done=3, total=60) == "3 of 60 questions answered"
    assert ui_text("no_such_key", "en") == UNKNOWN_KEY.format(key="no_such_key")

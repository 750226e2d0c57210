"""Streamlit's private page structure stays in one module, and the installed Streamlit still has it.

The app styles three English widget texts through ``data-testid`` attributes, and the browser
tests read the app's state through a few more; none is a public interface. An upgrade that renames
one would leave English on a Swedish page or a browser test waiting for nothing, so this test
reads the installed front end and names the test id that is gone (``make upgrade`` runs it).
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

import streamlit

from ethics_toolkit.ui import streamlit_dom
from tests.conftest import PROJECT_ROOT
from tests.e2e import harness

FRONT_END = Path(streamlit.__file__).parent / "static" / "static" / "js"
PRIVATE = re.compile(r"data-testid|data-test-|st-emotion|\bstApp\b|[\"'\s]\.st-(?!key-)")
"""What only Streamlit's front end defines (``.st-key-<key>`` is documented for ``key=``)."""


@cache
def _front_end() -> str:
    scripts = sorted(FRONT_END.glob("*.js"))
    return "\n".join(path.read_text(encoding="utf-8", errors="replace") for path in scripts)


def _rendered(name: str) -> bool:
    """Whether the front end writes ``name`` as a whole string, or ``prefix-${kind}`` of it."""
    code = _front_end()
    if re.search(rf"[`\"']{re.escape(name)}[`\"']", code):
        return True
    prefix, _, kind = name.rpartition("-")
    return bool(prefix) and f"`{prefix}-${{" in code and f"`{kind}`" in code


def _test_ids_in_browser_tests() -> set[str]:
    ids = set()
    for path in (PROJECT_ROOT / "tests" / "e2e").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "get_by_test_id"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                ids.add(node.args[0].value)
    return ids


def test_only_the_streamlit_dom_module_names_streamlits_private_structure() -> None:
    sources = [PROJECT_ROOT / "app.py", *(PROJECT_ROOT / "ethics_toolkit").rglob("*.py")]
    named = [
        f"{path.relative_to(PROJECT_ROOT)}:{number}"
        for path in sources
        if path.name != "streamlit_dom.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if PRIVATE.search(line)
    ]
    assert named == [], "move these into ethics_toolkit/ui/streamlit_dom.py"


def test_the_app_css_uses_only_the_test_ids_it_declares() -> None:
    css = streamlit_dom.widget_texts_css(upload_button="Ladda upp", upload_limit="Högst 200 MB")
    used = set(re.findall(r'data-testid="([^"]+)"', css))
    assert used == set(streamlit_dom.TEST_IDS)
    assert css.count("display:none") == 3 and css.count("::after") == 2


def test_the_installed_streamlit_still_renders_every_test_id_relied_on() -> None:
    assert FRONT_END.is_dir(), f"Streamlit's front end moved: {FRONT_END} is gone"
    relied_on = {*streamlit_dom.TEST_IDS, *harness.TEST_IDS, *_test_ids_in_browser_tests()}
    gone = sorted(name for name in relied_on if not _rendered(name))
    assert gone == [], (
        f"Streamlit {streamlit.__version__} no longer renders these test ids: find their new "
        "names in its front end and change ethics_toolkit/ui/streamlit_dom.py or tests/e2e"
    )


def test_the_installed_streamlit_still_reports_its_run_state_as_the_harness_reads_it() -> None:
    attributes = (harness.SCRIPT_STATE, harness.CONNECTION_STATE, "data-stale")
    assert [a for a in attributes if not _rendered(a)] == []
    assert all(_rendered(state) for state in ("notRunning", "running", "CONNECTED"))

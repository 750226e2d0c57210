"""The package's rooms stay small: no module over 500 lines, except pure text catalogues and data.

The import rules (layers, rooms, no circles) are checked by ``lint-imports`` in ``make test``; this
test keeps the other half of issue 26: a module that grows past the limit is split by concern,
not waved through. The exemptions are named in docs/design.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT

MAX_LINES = 500
PACKAGE = PROJECT_ROOT / "ethics_toolkit"
CATALOGUES = {
    # The app's short strings: one Bilingual per key, no logic.
    "ethics_toolkit/i18n/ui_texts.py",
    # The report's own sentences: one Bilingual per key, no logic.
    "ethics_toolkit/report/texts.py",
}


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PROJECT_ROOT)))
def test_no_module_is_a_hall(path: Path) -> None:
    name = str(path.relative_to(PROJECT_ROOT))
    if name in CATALOGUES:
        return
    assert _lines(path) <= MAX_LINES, f"{name} has {_lines(path)} lines: split it by concern"


def test_the_exempt_catalogues_are_text() -> None:
    """An exempt module is a catalogue: at most three small functions beside its entries."""
    for name in CATALOGUES:
        source = (PROJECT_ROOT / name).read_text(encoding="utf-8")
        entries = source.count("Bilingual(") + source.count("Plural(")
        functions = source.count("\ndef ")
        assert entries > 100, name
        assert functions <= 3, f"{name} holds {functions} functions: move the logic out"


def test_no_module_is_left_at_the_package_root_but_the_entry_points() -> None:
    loose = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert loose == ["__init__.py", "__main__.py", "errors.py"]

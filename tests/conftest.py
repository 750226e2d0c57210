"""Shared fixtures: paths to the project, its sample data, and the read-only ``../shared/``.

Tests write only inside their temporary folders: ``HOME`` (where Chromium, Streamlit and the
default register would write) is a temporary folder for the whole session, the variables that
point at a real register or language are unset, and Hypothesis keeps no example database in the
project.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DATA = PROJECT_ROOT / "sample_data"
SHARED = PROJECT_ROOT.parent / "shared"
HERMETIC_UNSET = (
    "ETHICS_TOOLKIT_DB",
    "ETHICS_TOOLKIT_USER",
    "ETHICS_TOOLKIT_LANG",
    "XDG_CONFIG_HOME",
    "XDG_CACHE_HOME",
    "XDG_DATA_HOME",
    "XDG_STATE_HOME",
)

settings.register_profile("ethics_toolkit", database=None)  # no .hypothesis/ in the project
settings.load_profile("ethics_toolkit")

SLOW = (
    # Each block of the README in a fresh bash: a new Python process per command.
    "tests/test_readme.py::test_the_block_runs_as_pasted_in_a_new_terminal",
    # Many processes at once, a million rows, a rebuild in a second interpreter.
    "tests/register/test_concurrency.py::",
    "tests/engine/sources/test_scale.py::",
    "tests/report/test_demo_report.py::test_rebuild_in_another_process_is_byte_identical",
    "tests/cli/test_audit_cli.py::test_real_entry_point_never_prints_a_traceback",
    # Property-based: many generated logs, each audited through pandas and DuckDB.
    "tests/engine/test_properties.py::",
    "tests/engine/sources/test_files.py::test_pandas_and_duckdb_agree_on_any_log",
)
"""Tests that ``make test-fast`` leaves to ``make test`` (marked ``slow``): the costliest few."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.nodeid.startswith(SLOW):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session", autouse=True)
def home_of_its_own(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A scratch ``HOME`` for everything the tests start, so no test reaches your own."""
    home = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HOME", str(home))
        for name in HERMETIC_UNSET:
            patch.delenv(name, raising=False)
        yield home


@pytest.fixture
def sample_data_dir() -> Path:
    return SAMPLE_DATA


@pytest.fixture
def shared_dir() -> Path:
    """``../shared/`` exists in CI and for developers, not in a user's clone: skip cleanly."""
    if not SHARED.is_dir():
        pytest.skip("../shared/ is not present (only CI and developers have it)")
    return SHARED


@pytest.fixture(autouse=True, scope="session")
def _reproducible_pdfs() -> Iterator[None]:
    """PDFs carry their build time (issue 21); tests that compare bytes build at a fixed time,
    as reproducible builds do (``SOURCE_DATE_EPOCH``). A test of the build time unsets it."""
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = "1792368000"  # 2026-10-19 00:00 UTC
    yield
    if previous is None:
        os.environ.pop("SOURCE_DATE_EPOCH", None)
    else:
        os.environ["SOURCE_DATE_EPOCH"] = previous

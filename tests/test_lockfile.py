"""uv.lock is what runs: the venv holds its versions, it was made from pyproject.toml, every
dependency is capped below its next major, and the README names the versions tested."""

from __future__ import annotations

import os
import re
import sys
import tomllib

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name

from tests import lockfile
from tests.conftest import PROJECT_ROOT

PYPROJECT = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
FIX = "run `make test` (or `make install-dev`): it installs exactly the lock's versions"


def _requirements() -> list[tuple[str | None, Requirement]]:
    """pyproject.toml's requirements with the extra that brings each (None: always)."""
    project = PYPROJECT["project"]
    found = [(None, Requirement(text)) for text in project["dependencies"]]
    for extra, texts in project["optional-dependencies"].items():
        found += [(extra, Requirement(text)) for text in texts]
    return found


def test_the_venv_holds_exactly_the_locked_versions() -> None:
    locked = lockfile.needed(lockfile.load(), default_environment(), extras=["dev"])
    assert lockfile.differences(locked, lockfile.installed()) == [], FIX


def test_the_lock_was_made_from_this_pyproject() -> None:
    """A dependency added or changed without `uv lock` would install unlocked: caught here."""
    metadata = lockfile.project(lockfile.load())["metadata"]
    in_lock = {
        (
            canonicalize_name(entry["name"]),
            str(SpecifierSet(entry.get("specifier", ""))),
            tuple(sorted(entry.get("extras", ()))),
            entry.get("marker", ""),
        )
        for entry in metadata["requires-dist"]
    }
    in_pyproject = {
        (
            canonicalize_name(req.name),
            str(req.specifier),
            tuple(sorted(req.extras)),
            f"extra == '{extra}'" if extra else "",
        )
        for extra, req in _requirements()
    }
    assert in_pyproject == in_lock, "pyproject.toml changed since the lock: run `make upgrade`"
    extras = PYPROJECT["project"]["optional-dependencies"]
    assert sorted(metadata["provides-extras"]) == sorted(extras)


def test_every_dependency_stops_below_its_next_major() -> None:
    """A fresh install next year must not meet a new major version nobody tested."""
    build = [(None, Requirement(text)) for text in PYPROJECT["build-system"]["requires"]]
    uncapped = []
    for _, req in [*_requirements(), *build]:
        caps = [spec for spec in req.specifier if spec.operator == "<"]
        if not any(re.fullmatch(r"\d+", spec.version) for spec in caps):
            uncapped.append(str(req))
    assert uncapped == []


def test_the_readme_names_the_versions_tested() -> None:
    readme = lockfile.README.read_text(encoding="utf-8")
    shown = lockfile.readme_paragraph(readme)
    assert shown is not None, f"README.md lacks the {lockfile.BEGIN!r} section"
    assert shown == lockfile.tested_paragraph(lockfile.load()), (
        "the README's tested versions differ from uv.lock: `python -m tests.lockfile "
        "--write-readme` rewrites them"
    )


def test_ci_runs_the_python_the_readme_names() -> None:
    if os.environ.get("CI") != "true":
        pytest.skip("outside CI a contributor may use any Python the project supports")
    assert f"{sys.version_info.major}.{sys.version_info.minor}" == lockfile.TESTED_PYTHON


def test_make_installs_from_the_lock_without_resolving() -> None:
    makefile = (PROJECT_ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^UV_VERSION := \d+\.\d+\.\d+$", makefile, re.MULTILINE)  # uv pinned too
    assert re.search(r"^SYNC := \$\(UV\) sync --frozen ", makefile, re.MULTILINE)
    assert "pip install -e" not in makefile

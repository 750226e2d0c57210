"""What uv.lock pins: the set one interpreter needs, and the README's "tested with" paragraph.

``make run`` and ``make test`` install from the lock (``uv sync --frozen``); ``make upgrade``
moves it forward and rewrites the README's paragraph with ``python -m tests.lockfile
--write-readme``. ``tests/test_lockfile.py`` fails when the venv, pyproject.toml or the README
disagree with the lock.
"""

from __future__ import annotations

import argparse
import re
import textwrap
import tomllib
from collections.abc import Iterable, Mapping
from importlib import metadata
from pathlib import Path
from typing import Any

from packaging.markers import Marker, default_environment
from packaging.utils import canonicalize_name

PROJECT_ROOT = Path(__file__).resolve().parents[1]
LOCK = PROJECT_ROOT / "uv.lock"
README = PROJECT_ROOT / "README.md"
TESTED_PYTHON = "3.11"
"""The Python that CI runs the suite on (``test_lockfile`` checks it there)."""
NEWER_PYTHONS = ("3.12", "3.13", "3.14")
SEED = frozenset({"pip", "setuptools", "wheel"})
"""What ``uv venv --seed`` puts into .venv besides the lock, for installing a driver by hand."""
BEGIN = "<!-- tested-versions: written from uv.lock by `make upgrade`; tests/test_lockfile.py -->"
END = "<!-- /tested-versions -->"
SECTION = re.compile(re.escape(BEGIN) + r"\n(?P<body>.*?)" + re.escape(END), re.DOTALL)

Package = Mapping[str, Any]


def load(path: Path = LOCK) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def project(lock: Mapping[str, Any]) -> Package:
    """The project's own entry (installed editable from ``.``)."""
    return next(p for p in lock["package"] if p.get("source", {}).get("editable") == ".")


def environment(python: str) -> dict[str, str]:
    """Marker values of CPython ``python`` (``"3.11"``) on Linux, as CI runs it."""
    return {
        **default_environment(),
        "python_version": python,
        "python_full_version": f"{python}.0",
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
        "sys_platform": "linux",
        "platform_system": "Linux",
        "os_name": "posix",
    }


def _applies(entry: Mapping[str, Any], env: Mapping[str, str]) -> bool:
    return "marker" not in entry or Marker(entry["marker"]).evaluate(dict(env))


def needed(
    lock: Mapping[str, Any], env: Mapping[str, str], extras: Iterable[str] = ()
) -> dict[str, str]:
    """Name -> version of every package the project with ``extras`` needs in ``env``."""
    versions: dict[str, list[Package]] = {}
    for package in lock["package"]:
        versions.setdefault(package["name"], []).append(package)

    def pick(entry: Mapping[str, Any]) -> Package:
        candidates = versions[entry["name"]]
        if "version" in entry:
            return next(p for p in candidates if p["version"] == entry["version"])
        if len(candidates) == 1:
            return candidates[0]
        fitting = [
            p
            for p in candidates
            if any(Marker(m).evaluate(dict(env)) for m in p.get("resolution-markers", ["true"]))
        ]
        assert len(fitting) == 1, f"{entry['name']}: no single locked version for {env}"
        return fitting[0]

    root = project(lock)
    found = {root["name"]: root["version"]}
    todo = list(root.get("dependencies", []))
    for extra in extras:
        todo += root.get("optional-dependencies", {})[extra]
    seen: set[tuple[str, str, tuple[str, ...]]] = set()
    while todo:
        entry = todo.pop()
        if not _applies(entry, env):
            continue
        package = pick(entry)
        key = (package["name"], package["version"], tuple(entry.get("extra", ())))
        if key in seen:
            continue
        seen.add(key)
        found[package["name"]] = package["version"]
        todo += package.get("dependencies", [])
        for extra in entry.get("extra", []):
            todo += package.get("optional-dependencies", {}).get(extra, [])
    return found


def installed() -> dict[str, str]:
    """Name -> version of every distribution in this interpreter's environment."""
    return {canonicalize_name(d.metadata["Name"]): d.version for d in metadata.distributions()}


def differences(locked: Mapping[str, str], present: Mapping[str, str]) -> list[str]:
    """What keeps ``present`` from being exactly ``locked`` (uv's seed packages aside)."""
    problems = []
    for name, version in sorted(locked.items()):
        if name not in present:
            problems.append(f"{name} {version} is locked but not installed")
        elif present[name] != version:
            problems.append(f"{name} is {present[name]}, the lock says {version}")
    extra = sorted(set(present) - set(locked) - SEED)
    problems += [f"{name} {present[name]} is installed but not locked" for name in extra]
    return problems


def _direct(lock: Mapping[str, Any]) -> list[str]:
    return sorted({entry["name"] for entry in project(lock).get("dependencies", [])})


def tested_paragraph(lock: Mapping[str, Any]) -> str:
    """The README's sentence on the tested versions: the runtime dependencies, pinned."""
    tested = needed(lock, environment(TESTED_PYTHON))
    pinned = ", ".join(f"{name} {tested[name]}" for name in _direct(lock))
    text = f"Tested on Python {TESTED_PYTHON} with {pinned}."
    for python in NEWER_PYTHONS:
        newer = needed(lock, environment(python))
        moved = [f"{name} {newer[name]}" for name in _direct(lock) if newer[name] != tested[name]]
        if moved:
            text += f" On Python {python} and newer the lock has {', '.join(moved)}."
            break
    return textwrap.fill(text, width=100, break_on_hyphens=False)


def readme_paragraph(readme: str) -> str | None:
    found = SECTION.search(readme)
    return found["body"].strip() if found else None


def write_readme(path: Path = README, lock_path: Path = LOCK) -> bool:
    """Rewrite the README's tested versions from the lock; ``True`` when the text changed."""
    readme = path.read_text(encoding="utf-8")
    if readme_paragraph(readme) is None:
        raise SystemExit(f"{path}: no {BEGIN!r} ... {END!r} section to write into")
    body = tested_paragraph(load(lock_path))
    updated = SECTION.sub(lambda _: f"{BEGIN}\n{body}\n{END}", readme, count=1)
    path.write_text(updated, encoding="utf-8")
    return updated != readme


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write-readme", action="store_true", help="rewrite README.md's section")
    args = parser.parse_args(argv)
    if args.write_readme:
        changed = write_readme()
        print(f"README.md: tested versions {'updated' if changed else 'unchanged'}")
    else:
        print(tested_paragraph(load()))


if __name__ == "__main__":
    main()

"""The README runs: every ``sh`` block, in order, as a person pasting them into one terminal.

So an example that drifts from the CLI fails CI. The rules (also in the README's Development
section, for whoever adds a block):

- blocks run in document order in one scratch folder that holds a copy of ``sample_data/`` and
  ``docs/examples/`` and a ``.venv`` linked to this interpreter's environment; files the examples
  write land there, never in the repository. Only the runtime's packages may be used (``make run``
  installs no dev extra): a block must not need pytest, openpyxl or playwright;
- the register is a throwaway file (``ETHICS_TOOLKIT_DB``) and ``HOME``/``XDG_DATA_HOME`` are
  scratch folders too, so no example can reach a real register; ``export``/``unset`` lines are
  carried forward to the later commands, as in a terminal;
- a toolkit command (``ethics-toolkit ...``, ``.venv/bin/ethics-toolkit ...``, ``python -m
  ethics_toolkit ...``) must exit 0 or 1 (1 is a finding: adverse impact, a broken chain); any
  other command must exit 0; nothing may print a traceback;
- output order: a successful toolkit command prints what a person reads on stdout and nothing on
  stderr; with ``--format json`` its stdout is exactly one JSON document;
- a block that cannot run here (serves until stopped, installs packages, needs your own server)
  carries ``<!-- readme-test: skip REASON -->`` on the line above its fence; nothing else skips.

Toolkit commands without shell syntax run in this process (``ethics_toolkit.cli.main``), which
keeps the test fast; everything else runs in ``bash``.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT, SAMPLE_DATA

README = PROJECT_ROOT / "README.md"
FENCE = re.compile(r"^(?P<indent>[ \t]*)```(?P<lang>[\w+-]*)[ \t]*$")
SKIP = re.compile(r"<!--\s*readme-test:\s*skip\s+(?P<reason>.+?)\s*-->")
TOOLKIT = re.compile(r"^(?:\.venv/bin/)?(?:ethics-toolkit|python3? -m ethics_toolkit)\b")
SHELL_SYNTAX = re.compile(r"[|&;<>`$(){}*?~]")
TIMEOUT_S = 120


@dataclass(frozen=True)
class Block:
    line: int
    commands: tuple[str, ...]
    skip: str | None


def readme_blocks(text: str) -> list[Block]:
    """The ``sh`` blocks of the README with their commands (continuations joined, comments out)."""
    lines = text.splitlines()
    blocks, index = [], 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if not opening or opening["lang"] == "":
            index += 1
            continue
        start, indent = index, len(opening["indent"])
        index += 1
        body = []
        while index < len(lines) and not FENCE.match(lines[index]):
            body.append(lines[index][indent:])
            index += 1
        index += 1  # the closing fence
        if opening["lang"] not in ("sh", "bash", "shell", "console"):
            continue
        above = next((line for line in reversed(lines[:start]) if line.strip()), "")
        skip = SKIP.search(above)
        blocks.append(Block(start + 1, tuple(_commands(body)), skip["reason"] if skip else None))
    return blocks


def _commands(body: list[str]) -> list[str]:
    commands, current = [], ""
    for raw in body:
        line = raw.rstrip()
        if not current and (not line.strip() or line.lstrip().startswith("#")):
            continue
        if line.endswith("\\"):
            current += line[:-1] + " "
            continue
        commands.append((current + line).strip())
        current = ""
    return commands


def _in_process(command: str) -> list[str] | None:
    """The CLI arguments of a plain toolkit command, or ``None`` when it needs a shell."""
    if not TOOLKIT.match(command):
        return None
    words = shlex.split(command, comments=True)
    if SHELL_SYNTAX.search(" ".join(words[1:])):
        return None
    return words[3:] if words[1:3] == ["-m", "ethics_toolkit"] else words[1:]


@contextlib.contextmanager
def _environment(env: dict[str, str], cwd: Path):
    saved, here = dict(os.environ), Path.cwd()
    os.environ.clear()
    os.environ.update(env)
    os.chdir(cwd)
    try:
        yield
    finally:
        os.chdir(here)
        os.environ.clear()
        os.environ.update(saved)


def _run_in_process(argv: list[str], env: dict[str, str], cwd: Path) -> tuple[int, str, str]:
    from ethics_toolkit.cli import main

    out, err = io.StringIO(), io.StringIO()
    with (
        _environment(env, cwd),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        try:
            code = main(argv)
        except SystemExit as stop:  # argparse: usage errors and --help
            code = stop.code if isinstance(stop.code, int) else 2
    return code, out.getvalue(), err.getvalue()


def _shell_env(prelude: list[str], env: dict[str, str], cwd: Path) -> dict[str, str]:
    """The environment after the ``export``/``unset`` lines so far, as bash leaves it."""
    script = "\n".join([*prelude, "env -0"])
    done = subprocess.run(
        ["bash", "-c", script], cwd=cwd, env=env, capture_output=True, check=True, timeout=30
    )
    pairs = (item.split("=", 1) for item in done.stdout.decode().split("\0") if "=" in item)
    return dict(pairs)


@pytest.fixture
def scratch(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A folder like the project root for the examples, and an environment with nothing real."""
    folder = tmp_path / "project"
    shutil.copytree(SAMPLE_DATA, folder / "sample_data")
    shutil.copytree(PROJECT_ROOT / "docs" / "examples", folder / "docs" / "examples")
    (folder / ".venv").symlink_to(Path(sys.prefix), target_is_directory=True)  # this venv
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "LANG": "C.UTF-8",
        "ETHICS_TOOLKIT_DB": f"sqlite:///{tmp_path / 'throwaway.sqlite3'}",
        "ETHICS_TOOLKIT_USER": "README Reader",
        "ETHICS_TOOLKIT_DEBUG": "1",  # an unexpected error shows its traceback here
    }
    return folder, env


def test_the_readme_blocks_are_found_and_every_skip_says_why() -> None:
    blocks = readme_blocks(README.read_text(encoding="utf-8"))
    assert len(blocks) >= 8
    ran = [b for b in blocks if b.skip is None]
    assert sum(len(b.commands) for b in ran) >= 20
    assert all(b.skip.strip() for b in blocks if b.skip is not None)
    # Long-running or external blocks only, each named: make run, package installs, a server.
    skipped = [" ".join(b.commands) for b in blocks if b.skip is not None]
    assert any("make run" in c for c in skipped)


def test_the_parser_joins_continuations_and_honours_the_marker() -> None:
    text = (
        "Intro\n\n```sh\n# a comment\nethics-toolkit audit a.csv \\\n    --outcome x  # why\n"
        "echo done\n```\n\n<!-- readme-test: skip needs a server -->\n```sh\nmake run\n```\n"
        "```python\nprint(1)\n```\n"
    )
    first, second = readme_blocks(text)
    assert first.commands == ("ethics-toolkit audit a.csv      --outcome x  # why", "echo done")
    assert first.skip is None and second.skip == "needs a server"
    assert _in_process(first.commands[0]) == ["audit", "a.csv", "--outcome", "x"]
    assert _in_process("echo done") is None
    assert _in_process("ethics-toolkit tools > out.txt") is None


def test_every_relative_link_points_at_a_file_in_the_repository() -> None:
    text = README.read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text)
    local = [t for t in targets if "://" not in t and not t.startswith("mailto:")]
    assert local, "the README links to its design document and screenshots"
    assert [t for t in local if not (PROJECT_ROOT / t).exists()] == []


def test_every_command_block_of_the_readme_runs(scratch: tuple[Path, dict[str, str]]) -> None:
    folder, base_env = scratch
    prelude: list[str] = []
    env = dict(base_env)
    ran = 0
    for block in readme_blocks(README.read_text(encoding="utf-8")):
        if block.skip is not None:
            continue
        for command in block.commands:
            where = f"README.md:{block.line}: {command}"
            if re.match(r"^(export|unset)\s", command):
                prelude.append(command)
                env = _shell_env(prelude, base_env, folder)
                continue
            argv = _in_process(command)
            if argv is not None:
                code, out, err = _run_in_process(argv, env, folder)
                allowed = (0, 1)
            else:
                done = subprocess.run(
                    ["bash", "-c", command],
                    cwd=folder,
                    env=env,
                    capture_output=True,
                    text=True,
                    timeout=TIMEOUT_S,
                )
                code, out, err = done.returncode, done.stdout, done.stderr
                allowed = (0, 1) if TOOLKIT.match(command) else (0,)
            assert code in allowed, f"{where}\nexit {code}\n{err[-2000:]}"
            assert "Traceback" not in err + out, f"{where}\n{err[-2000:]}"
            if TOOLKIT.match(command):  # output order (issue 16): what a person reads is stdout
                if "--format json" in command:
                    json.loads(out)  # stdout is exactly one JSON document; notes go to stderr
                else:
                    assert err == "", f"{where}: only errors and progress belong on stderr\n{err}"
            ran += 1
    assert ran >= 20
    # Nothing the examples wrote reached the repository, and no real register was touched.
    assert (folder / "rapport.pdf").read_bytes().startswith(b"%PDF")
    assert not (Path(base_env["HOME"]) / ".local" / "share" / "ethics-toolkit").exists()

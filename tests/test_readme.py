"""The README runs: every ``sh`` block, as pasted into a new terminal.

So an example that drifts from the CLI fails CI. The rules (also in CONTRIBUTING.md, for whoever
adds a block):

- each block runs on its own, as a whole, in a fresh ``bash --noprofile --norc`` whose ``PATH`` is
  a new user's (no venv on it), in a folder like a fresh clone after ``make install``: a copy of
  ``sample_data/`` and ``docs/examples/`` and a ``.venv`` (this environment). A block may rely on
  nothing an earlier block did: what it needs (``export``, ``demo``) it says itself;
- ``HOME`` is a scratch folder, and no block may reach the register there (the one ``make run``
  shows): a block that changes a register names a throwaway one (``export
  ETHICS_TOOLKIT_DB=sqlite:///examples.sqlite3``);
- the CLI is called one way throughout, ``.venv/bin/ethics-toolkit``, which works in any terminal
  opened in the project folder;
- a toolkit command must exit 0 or 1 (1 is a finding: adverse impact, something overdue); any
  other command must exit 0; nothing may print a traceback. A successful toolkit command prints
  what a person reads on stdout and nothing on stderr; with ``--format json`` its stdout is
  exactly one JSON document;
- a block that cannot run here (it serves until stopped, installs packages, needs your own
  server) says so visibly on the line above its fence: ``*Not run by the README test: REASON.*``.
  Nothing else skips, and a placeholder database URL is never ``export``-ed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT, SAMPLE_DATA

README = PROJECT_ROOT / "README.md"
FENCE = re.compile(r"^(?P<indent>[ \t]*)```(?P<lang>[\w+-]*)[ \t]*$")
SKIP = re.compile(r"^\s*\*Not run by the README test: (?P<reason>[^*]+?)\*\s*$")
TOOLKIT = re.compile(r"^(?:\w+=\S+ )*\.venv/bin/ethics-toolkit\b")
OTHER_CALLS = re.compile(r"(?:^|[\s;&|(])(?:ethics-toolkit|python3? -m ethics_toolkit)\b")
NEW_USER_PATH = "/usr/local/bin:/usr/bin:/bin"
"""A new account's PATH on Debian (login.defs), without any venv."""
TIMEOUT_S = 1200  # a whole block; generous, for a machine under heavy load


@dataclass(frozen=True)
class Block:
    line: int
    commands: tuple[str, ...]
    skip: str | None


def readme_blocks(text: str) -> list[Block]:
    """The shell blocks of the README with their commands (continuations joined, comments out)."""
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
        skip = SKIP.match(above)
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


def _script(commands: tuple[str, ...], results: Path) -> str:
    """The block for bash, each command's output and exit code kept apart (in this shell)."""
    steps = [
        f'{{ {command}\n}} >"{results}/{n}.out" 2>"{results}/{n}.err" </dev/null; '
        f'echo $? >"{results}/{n}.rc"'
        for n, command in enumerate(commands)
    ]
    return "\n".join(steps) + "\n"


BLOCKS = readme_blocks(README.read_text(encoding="utf-8"))
RUN = [block for block in BLOCKS if block.skip is None]


def test_the_readme_blocks_are_found_and_every_skip_is_visible_and_says_why() -> None:
    text = README.read_text(encoding="utf-8")
    assert len(RUN) >= 10
    assert sum(len(b.commands) for b in RUN) >= 40
    assert "readme-test" not in text  # no invisible markers: a reader sees what is not run
    skipped = [" ".join(b.commands) for b in BLOCKS if b.skip is not None]
    assert any("make run" in c for c in skipped)
    # Long-running, installing or server blocks only.
    assert all(re.search(r"make |postgresql|pip install", c) for c in skipped), skipped


def test_the_cli_is_called_one_way_and_no_placeholder_url_is_exported() -> None:
    for block in BLOCKS:
        for command in block.commands:
            where = f"README.md:{block.line}: {command}"
            assert not OTHER_CALLS.search(command.replace(".venv/bin/ethics-toolkit", "")), where
            assert not re.match(r"export ETHICS_TOOLKIT_DB=(?!sqlite:///)", command), where


def test_the_parser_joins_continuations_and_honours_the_visible_marker() -> None:
    text = (
        "Intro\n\n```sh\n# a comment\n.venv/bin/ethics-toolkit audit a.csv \\\n    --outcome x\n"
        "echo done\n```\n\n*Not run by the README test: needs a server.*\n```sh\nmake run\n```\n"
        "```python\nprint(1)\n```\n"
    )
    first, second = readme_blocks(text)
    assert first.commands == (".venv/bin/ethics-toolkit audit a.csv      --outcome x", "echo done")
    assert first.skip is None and second.skip == "needs a server."


def test_every_relative_link_points_at_a_file_in_the_repository() -> None:
    text = README.read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text)
    local = [t for t in targets if "://" not in t and not t.startswith("mailto:")]
    assert local, "the README links to its design document and screenshots"
    assert [t for t in local if not (PROJECT_ROOT / t).exists()] == []


@pytest.fixture
def fresh_clone(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A folder like the project after ``make install``, and a new user's environment."""
    folder = tmp_path / "project"
    shutil.copytree(SAMPLE_DATA, folder / "sample_data")
    shutil.copytree(PROJECT_ROOT / "docs" / "examples", folder / "docs" / "examples")
    (folder / ".venv").symlink_to(Path(sys.prefix), target_is_directory=True)  # this venv
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "PATH": NEW_USER_PATH,
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "TMPDIR": str(tmp_path),
        "ETHICS_TOOLKIT_DEBUG": "1",  # an unexpected error shows its traceback here
    }
    for name in ("USER", "LOGNAME"):
        if name in os.environ:
            env[name] = os.environ[name]
    return folder, env


@pytest.mark.parametrize("block", RUN, ids=[f"README.md:{block.line}" for block in RUN])
def test_the_block_runs_as_pasted_in_a_new_terminal(
    block: Block, fresh_clone: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    folder, env = fresh_clone
    results = tmp_path / "results"
    results.mkdir()
    subprocess.run(
        ["bash", "--noprofile", "--norc"],
        input=_script(block.commands, results),
        cwd=folder,
        env=env,
        text=True,
        check=True,
        timeout=TIMEOUT_S,
    )
    for n, command in enumerate(block.commands):
        where = f"README.md:{block.line}: {command}"
        code = int((results / f"{n}.rc").read_text())
        out = (results / f"{n}.out").read_text(encoding="utf-8", errors="replace")
        err = (results / f"{n}.err").read_text(encoding="utf-8", errors="replace")
        toolkit = bool(TOOLKIT.match(command))
        assert code in ((0, 1) if toolkit else (0,)), f"{where}\nexit {code}\n{err[-2000:]}"
        assert "Traceback" not in err + out, f"{where}\n{err[-2000:]}"
        if toolkit:  # output order (issue 16): what a person reads is stdout
            if "--format json" in command:
                json.loads(out)  # stdout is exactly one JSON document; notes go to stderr
            else:
                assert err == "", f"{where}: only errors and progress belong on stderr\n{err}"
    # No example reached the register `make run` shows.
    assert not (Path(env["HOME"]) / ".local" / "share" / "ethics-toolkit").exists()

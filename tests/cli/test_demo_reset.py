"""``ethics-toolkit demo --reset``: the demo back as first seeded, asked first, nothing lost, and
never in a register that holds anything but the demo."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from ethics_toolkit.cli import EXIT_USAGE, main
from ethics_toolkit.cli.texts import RESET_CANCELLED, RESET_NEEDS_YES
from ethics_toolkit.register.demo.profile import DEMO_TOOL
from ethics_toolkit.register.demo.seed import RESET_OTHER_TOOLS, seed_demo
from ethics_toolkit.register.integrity.content import record_content_hash
from ethics_toolkit.register.storage.store import Store
from tests.register.factories import ACTOR, cv_screening, tiny_result


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ETHICS_TOOLKIT_LANG", "en")
    monkeypatch.setenv("ETHICS_TOOLKIT_USER", "Kim Berg")


@pytest.fixture(scope="module")
def fresh_demo(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The content hash of a freshly seeded demo (profile, answers, risks, audits)."""
    store = Store.open(f"sqlite:///{tmp_path_factory.mktemp('fresh') / 'demo.sqlite3'}")
    return record_content_hash(store.record(seed_demo(store).name))


@pytest.fixture
def changed_demo(tmp_path: Path) -> Path:
    """A demo after trying the README's examples: one more audit run and a new risk."""
    path = tmp_path / "register.sqlite3"
    store = Store.open(f"sqlite:///{path}")
    tool = seed_demo(store)
    store.save_audit_run(tool.id, tiny_result(), actor=ACTOR)
    store.close()
    return path


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


def test_reset_puts_the_demo_back_and_keeps_an_export_first(
    changed_demo: Path, fresh_demo: str, capsys: pytest.CaptureFixture[str]
) -> None:
    store = Store.open(_url(changed_demo))
    assert len(store.record(DEMO_TOOL).audits) == 2
    assert record_content_hash(store.record(DEMO_TOOL)) != fresh_demo
    head_before = store.walk_history().head

    assert main(["demo", "--reset", "--yes", "--db", _url(changed_demo)]) == 0
    out = capsys.readouterr().out.splitlines()
    (export,) = changed_demo.parent.glob("demo-reset-*.json")  # next to the register file
    assert out[0] == (
        f"Exported the register to {export} and removed {DEMO_TOOL}; the demo is seeded again."
    )
    assert out[1].startswith(f"{DEMO_TOOL}: 72 answers, 6 risks, 1 bias audit, 1 sign-off")

    record = store.record(DEMO_TOOL)
    assert record_content_hash(record) == fresh_demo  # the same demo as the first time
    # Nothing lost: the export holds the demo as it was, its head is the one before the reset,
    # and the history (append-only) names the export in the removal entry.
    document = json.loads(export.read_text(encoding="utf-8"))
    assert document["head_hash"] == head_before
    assert [len(t["audits"]) for t in document["tools"]] == [2]
    assert stat.S_IMODE(export.stat().st_mode) == 0o600
    removal = [e for e in store.history() if e.entity == "tool" and e.action == "delete"]
    assert [e.changes["exported_to"][1] for e in removal] == [str(export)]
    assert removal[0].actor == "Kim Berg"
    assert store.walk_history().intact
    assert main(["verify", "--db", _url(changed_demo)]) == 0


def test_reset_writes_the_export_where_asked(changed_demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "kept" / "before-reset.json"
    args = ["demo", "--reset", "--yes", "--export-first", str(target), "--db", _url(changed_demo)]
    assert main(args) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["tools"][0]["name"] == DEMO_TOOL


def test_reset_never_touches_a_register_with_other_tools(
    changed_demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = Store.open(_url(changed_demo))
    store.save_tool(cv_screening(name="Our real tool"), actor=ACTOR)
    before = len(store.history())
    assert main(["demo", "--reset", "--yes", "--db", _url(changed_demo)]) == EXIT_USAGE
    message = RESET_OTHER_TOOLS.format("en", tools="Our real tool", demo=DEMO_TOOL)
    assert capsys.readouterr().err == f"ethics-toolkit: {message}\n"
    assert len(store.history()) == before and len(store.record(DEMO_TOOL).audits) == 2
    assert not list(changed_demo.parent.glob("demo-reset-*.json"))


def test_reset_asks_first_and_needs_yes_without_a_terminal(
    changed_demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store = Store.open(_url(changed_demo))
    url = _url(changed_demo)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["demo", "--reset", "--db", url]) == EXIT_USAGE
    expected = RESET_NEEDS_YES.format("en", tool=DEMO_TOOL, url=store.url)
    assert capsys.readouterr().err == f"ethics-toolkit: {expected}\n"

    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    assert main(["demo", "--reset", "--db", url]) == EXIT_USAGE
    assert capsys.readouterr().err == f"ethics-toolkit: {RESET_CANCELLED.en}\n"
    assert len(store.record(DEMO_TOOL).audits) == 2  # nothing changed

    asked = []
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or "y")
    assert main(["demo", "--reset", "--db", url]) == 0
    assert "Remove the demo tool TalentScreen" in asked[0] and "[y/N]" in asked[0]
    assert len(store.record(DEMO_TOOL).audits) == 1


def test_reset_of_an_empty_register_just_seeds(tmp_path: Path) -> None:
    url = _url(tmp_path / "empty.sqlite3")
    assert main(["demo", "--reset", "--db", url]) == 0  # nothing to remove: nothing to ask
    assert [t.name for t in Store.open(url).list_tools()] == [DEMO_TOOL]
    assert not list(tmp_path.glob("demo-reset-*.json"))

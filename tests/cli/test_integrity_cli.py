"""``verify``, ``action``, ``tool`` and ``db grant`` (issue 13), and private files."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from ethics_toolkit.cli import EXIT_FINDING, EXIT_OK, EXIT_USAGE, main
from ethics_toolkit.register.storage.store import Store
from tests.register.factories import filled_store
from tests.register.tamper import tamper


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("ETHICS_TOOLKIT_USER", "Kim")
    monkeypatch.setenv("ETHICS_TOOLKIT_LANG", "en")
    url = f"sqlite:///{tmp_path / 'register.sqlite3'}"
    store = Store.open(url)
    filled_store(store)
    store.close()
    return url


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _path(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


def _tamper(url: str, statement: str) -> None:
    tamper(url, statement)


def test_verify_exits_0_when_intact(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", "--db", db]) == EXIT_OK
    out = capsys.readouterr().out
    assert "history entries: 8, sign-offs checked: 1" in out
    assert "Intact: the history chain is unbroken" in out


@pytest.mark.parametrize(
    ("statement", "named"),
    [
        ("UPDATE history SET summary = summary || ' (edited)' WHERE id = 1", "entry 1 "),
        ("DELETE FROM history WHERE id = 4", "entry 5 "),
        ("UPDATE signoffs SET name = 'Mallory'", "Sign-off 1 was altered"),
    ],
)
def test_verify_exits_1_naming_the_first_broken_entry(
    db: str, capsys: pytest.CaptureFixture[str], statement: str, named: str
) -> None:
    _tamper(db, statement)
    assert main(["verify", "--db", db]) == EXIT_FINDING
    assert named in capsys.readouterr().out


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE history SET changes = json_set(changes, '$.x', 1) WHERE id = 3",
        "UPDATE history SET changes = 'not json' WHERE id = 3",
        "UPDATE history SET at = 'yesterday' WHERE id = 3",
        "UPDATE history SET entity = 'bogus' WHERE id = 3",
        "UPDATE history SET actor = '' WHERE id = 3",
    ],
)
def test_verify_names_an_entry_altered_so_that_it_cannot_be_read(
    db: str, capsys: pytest.CaptureFixture[str], statement: str
) -> None:
    """An entry edited into something the program cannot read is tampering (exit 1), no crash."""
    _tamper(db, statement)
    assert main(["verify", "--db", db]) == EXIT_FINDING
    captured = capsys.readouterr()
    assert "history entries: 8, sign-offs checked: 1" in captured.out
    assert "History is not intact: entry 3 was changed" in captured.out
    assert "unexpected error" not in captured.err


@pytest.mark.parametrize(
    ("statement", "named"),
    [
        ("UPDATE risks SET likelihood = 99", "of “CV-Sorter” cannot be read (likelihood: "),
        ("UPDATE tools SET status = 'bogus'", "The tool “CV-Sorter” cannot be read (status: "),
    ],
)
def test_verify_exits_1_when_a_row_was_altered_so_that_it_cannot_be_read(
    db: str, capsys: pytest.CaptureFixture[str], statement: str, named: str
) -> None:
    _tamper(db, statement)
    assert main(["verify", "--db", db]) == EXIT_FINDING
    captured = capsys.readouterr()
    assert named in captured.out and "unexpected error" not in captured.err


def test_verify_exits_1_when_signed_content_changed_without_history(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A risk edited below the application: the sign-off no longer matches, and nothing in the
    history explains why. ``import`` refuses such a file; ``verify`` must not call it intact."""
    _tamper(db, "UPDATE risks SET title = 'Harmless'")
    assert main(["verify", "--db", db]) == EXIT_FINDING
    out = capsys.readouterr().out
    # Issue 27: the row is named, with the field and what the history recorded.
    assert (
        "The risk “Harmless” (no. 1) of “CV-Sorter” was changed outside the program: Title is "
        "“Harmless” but the history says “Indirect discrimination”." in out
    )
    assert "Intact" not in out


def test_verify_exits_1_when_a_sign_off_row_was_deleted(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _tamper(db, "DELETE FROM signoffs")
    assert main(["verify", "--db", db]) == EXIT_FINDING
    out = capsys.readouterr().out
    assert "Sign-off 1 by Eva Holm is recorded in the history (entry 8) but is missing" in out


def test_verify_exits_2_on_what_is_no_register(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_text("this is not a database\n" * 200)
    for url in (f"sqlite:///{garbage}", f"sqlite:///{tmp_path / 'missing.sqlite3'}"):
        assert main(["verify", "--db", url]) == EXIT_USAGE
        err = capsys.readouterr().err
        assert "is not a register database" in err and "Traceback" not in err
    assert not (tmp_path / "missing.sqlite3").exists()  # verify creates nothing


def test_verify_says_what_changed_since_the_sign_off(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["action", "add", "--db", db, "--tool", "CV-Sorter", "--risk", "1",
                 "--description", "Ask the vendor for the model card"]) == EXIT_OK  # fmt: skip
    capsys.readouterr()
    assert main(["verify", "--db", db, "--lang", "sv"]) == EXIT_OK  # still intact
    out = capsys.readouterr().out
    assert "CV-Sorter: Ändrat sedan signeringen" in out and "av Eva Holm" in out
    # The history entry after the sign-off, in the reader's language, with how the register knows
    # who made it (issue 22: a name stated on the command line, not a signed-in identity).
    assert (
        "Kim (angivet på kommandoraden): Lade till åtgärd 1 för risken ”Indirect discrimination”"
        in out
    )


def test_actions_from_the_command_line(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--db", db, "--tool", "CV-Sorter", "--risk", "1"]
    assert main(["action", "add", *base, "--description", "Model card",
                 "--owner", "Bo", "--due", "2026-12-01"]) == EXIT_OK  # fmt: skip
    assert main(["action", "assign", *base, "--action", "1", "--owner", "Li"]) == EXIT_OK
    assert main(["action", "done", *base, "--action", "1"]) == EXIT_OK
    capsys.readouterr()
    assert main(["action", "list", *base]) == EXIT_OK
    listed = capsys.readouterr().out.splitlines()
    assert listed[0] == "Risk 1: Indirect discrimination"
    assert listed[-1].startswith("  1. [x] Model card (owner: Li, due: –) – done ")
    assert listed[-1].endswith(" by Kim")
    store = Store.open(db)
    assert [h.actor for h in store.history(1)][-3:] == ["Kim"] * 3
    # Mistakes: a clear message, exit 2.
    assert main(["action", "done", *base, "--action", "9"]) == EXIT_USAGE
    assert "has no action number 9" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        main(["action", "add", *base, "--description", "x", "--due", "soon"])
    assert info.value.code == EXIT_USAGE and "is not a date" in capsys.readouterr().err


def test_archive_restore_and_remove_after_export(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], umask_022: None
) -> None:
    assert main(["tool", "archive", "CV-Sorter", "--db", db]) == EXIT_OK
    assert "is archived" in capsys.readouterr().out
    assert main(["action", "add", "--db", db, "--tool", "CV-Sorter", "--risk", "1",
                 "--description", "x"]) == EXIT_USAGE  # fmt: skip
    assert "archived and read-only" in capsys.readouterr().err
    assert main(["tool", "restore", "CV-Sorter", "--db", db]) == EXIT_OK
    export = tmp_path / "before-removal.json"
    assert main(["tool", "remove", "CV-Sorter", "--db", db, "--export-first", str(export)]) == 0
    assert "is removed" in capsys.readouterr().out
    document = json.loads(export.read_text(encoding="utf-8"))
    assert [t["name"] for t in document["tools"]] == ["CV-Sorter"]
    assert stat.S_IMODE(export.stat().st_mode) == 0o600
    store = Store.open(db)
    assert store.list_tools() == [] and store.walk_history().intact
    assert store.history()[-1].changes["exported_to"] == [None, str(export)]
    # Without --export-first there is no way to remove a tool from the command line.
    with pytest.raises(SystemExit):
        main(["tool", "remove", "Other", "--db", db])


def test_new_databases_and_exports_are_private(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], umask_022: None
) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    assert main(["tools", "--db", url]) == EXIT_OK  # creates the register
    assert stat.S_IMODE(_path(url).stat().st_mode) == 0o600
    existing = tmp_path / "existing.json"
    existing.write_text("{}")
    existing.chmod(0o644)
    for target in (tmp_path / "export.json", existing):
        assert main(["export", "--db", url, "-o", str(target)]) == EXIT_OK
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_import_reports_bad_files_with_exit_2(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text('{"schema_version": 1, "tools": ' + "[" * 20000 + "]" * 20000 + "}")
    target = f"sqlite:///{tmp_path / 'target.sqlite3'}"
    assert main(["import", str(deep), "--db", target]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "nested deeper than 64 levels" in err and "RecursionError" not in err
    export = tmp_path / "ok.json"
    assert main(["export", "--db", db, "-o", str(export)]) == EXIT_OK
    assert main(["import", str(export), "--db", target]) == EXIT_OK
    last = Store.open(target).history()[-1]
    assert (last.actor, last.changes["imported_from"]) == ("Kim", [None, "ok.json"])


def test_db_grant_needs_postgresql(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "grant", "ethics_app", "--db", db]) == EXIT_USAGE
    assert "Database roles exist in PostgreSQL only" in capsys.readouterr().err

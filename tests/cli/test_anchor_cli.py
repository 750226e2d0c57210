"""Issue 27 on the command line: ``verify --anchor``, URLs without secrets, files that are read and
written safely (never a device, never the register itself), and what ``import`` refuses."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import sqlalchemy as sa

from ethics_toolkit.cli import EXIT_FINDING, EXIT_OK, EXIT_USAGE, main
from ethics_toolkit.register.integrity import chain
from ethics_toolkit.register.integrity.anchor import NO_ANCHOR
from ethics_toolkit.register.storage.store import Store
from tests.register.factories import ACTOR, cv_screening, filled_store, risk_for
from tests.register.tamper import tamper


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A register without a sign-off: only an anchor can reveal a rewritten chain then."""
    monkeypatch.setenv("ETHICS_TOOLKIT_USER", "Kim")
    monkeypatch.setenv("ETHICS_TOOLKIT_LANG", "en")
    url = f"sqlite:///{tmp_path / 'register.sqlite3'}"
    store = Store.open(url)
    tool = store.save_tool(cv_screening(), actor=ACTOR)
    store.save_risk(risk_for(tool.id), actor=ACTOR)
    store.close()
    return url


def _rewrite_whole_chain(url: str, *, drop_last: int = 0) -> None:
    """What the database's owner can do: change an entry, or cut entries off the end, and
    recompute every hash so that the chain holds together again."""
    from ethics_toolkit.register.storage.rows import _history_rows

    store = Store.open(url)
    with store._session(write=False) as session:
        rows = _history_rows(session)  # as typed values, as verify reads them
    store.close()
    statements = [f"DELETE FROM history WHERE id > {len(rows) - drop_last}"] if drop_last else []
    previous = chain.GENESIS
    for row in rows[: len(rows) - drop_last]:
        if row["id"] == 1 and not drop_last:
            row["actor"] = "Someone else"
            statements.append("UPDATE history SET actor = 'Someone else' WHERE id = 1")
        previous = chain.entry_hash(row, previous)
        statements.append(f"UPDATE history SET hash = '{previous}' WHERE id = {row['id']}")
    tamper(url, *statements)


def test_an_export_anchors_the_head(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "anchor.json"
    assert main(["export", "--db", db, "-o", str(export)]) == EXIT_OK
    store = Store.open(db)
    store.save_tool(cv_screening(name="Later"), actor=ACTOR)  # the register grows on
    store.close()
    capsys.readouterr()
    assert main(["verify", "--db", db, "--anchor", str(export)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "The register still extends the anchor in anchor.json: entry 2 still holds" in out
    assert "1 entries were added since" in out or "entries were added since" in out


@pytest.mark.parametrize("rewrite", ["edit", "cut"])
def test_a_rewritten_chain_passes_verify_but_not_the_anchor(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], rewrite: str
) -> None:
    export = tmp_path / "anchor.json"
    assert main(["export", "--db", db, "-o", str(export)]) == EXIT_OK
    if rewrite == "cut":
        store = Store.open(db)
        store.save_tool(cv_screening(name="Later"), actor=ACTOR)
        store.close()
        export.unlink()
        assert main(["export", "--db", db, "-o", str(export)]) == EXIT_OK
        _rewrite_whole_chain(db, drop_last=1)  # the new tool's entry cut off (its row too)
        tamper(db, "DELETE FROM tools WHERE name = 'Later'")
    else:
        _rewrite_whole_chain(db)
    capsys.readouterr()
    assert main(["verify", "--db", db]) == EXIT_OK  # the chain alone cannot tell
    capsys.readouterr()
    assert main(["verify", "--db", db, "--anchor", str(export)]) == EXIT_FINDING
    out = capsys.readouterr().out
    assert "The anchor in anchor.json (head " in out
    assert "is not in the register's history: the history was rewritten or cut off" in out


def test_a_report_anchors_the_head(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "report.pdf"
    assert main(["report", "--db", db, "--tool", "CV-Sorter", "-o", str(report)]) == EXIT_OK
    head = Store.open(db).walk_history().head
    assert f"ethics-toolkit-anchor:{head}:2".encode() in report.read_bytes()
    capsys.readouterr()
    assert main(["verify", "--db", db, "--anchor", str(report)]) == EXIT_OK
    assert "still extends the anchor in report.pdf" in capsys.readouterr().out
    _rewrite_whole_chain(db)
    assert main(["verify", "--db", db, "--anchor", str(report)]) == EXIT_FINDING


def test_a_file_without_an_anchor_is_an_error(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nothing = tmp_path / "notes.json"
    nothing.write_text('{"head": "nothing here"}', encoding="utf-8")
    assert main(["verify", "--db", db, "--anchor", str(nothing)]) == EXIT_USAGE
    assert NO_ANCHOR.format("en", file="notes.json") in capsys.readouterr().err


def test_passwords_in_the_url_are_never_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "r.sqlite3"
    Store.open(f"sqlite:///{path}").close()
    for command in (["tools"], ["verify"]):
        url = f"sqlite:///{path}?password=hunter2&token=t0ps3cret"
        with pytest.warns(sa.exc.SAWarning):  # SQLite ignores them, and says so
            assert main([*command, "--db", url]) == EXIT_OK
        captured = capsys.readouterr()
        text = captured.out + captured.err
        assert "hunter2" not in text and "t0ps3cret" not in text
        assert "password=***" in text
    for url in (
        "postgresql+psycopg://app:hunter2@localhost:notaport/db",
        "postgresql+psycopg://app@127.0.0.1:1/db?password=hunter2",
    ):
        assert main(["verify", "--db", url]) == EXIT_USAGE
        captured = capsys.readouterr()
        assert "hunter2" not in captured.out + captured.err


def test_export_never_writes_onto_the_register(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = Path(db.removeprefix("sqlite:///"))
    before = path.read_bytes()
    for target in (str(path), f"{path}-wal", str(path.parent / "." / path.name)):
        assert main(["export", "--db", db, "-o", target]) == EXIT_USAGE
        assert "is the register's own database file" in capsys.readouterr().err
        command = ["tool", "remove", "CV-Sorter", "--db", db, "--export-first", target]
        assert main(command) == EXIT_USAGE
        assert "is the register's own database file" in capsys.readouterr().err
    assert path.read_bytes() == before
    assert main(["verify", "--db", db]) == EXIT_OK


@pytest.mark.parametrize("special", ["/dev/zero", "fifo", "folder"])
def test_import_reads_only_regular_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], special: str
) -> None:
    path = Path(special)
    if special == "fifo":
        path = tmp_path / "pipe.json"
        os.mkfifo(path)  # reading it would wait for a writer for ever
    elif special == "folder":
        path = tmp_path
    db = f"sqlite:///{tmp_path / 'target.sqlite3'}"
    assert main(["import", str(path), "--db", db]) == EXIT_USAGE
    assert "is not a regular file" in capsys.readouterr().err


@pytest.fixture
def exported(tmp_path: Path) -> dict:
    source = Store.open(f"sqlite:///{tmp_path / 'signed.sqlite3'}")
    filled_store(source)
    return json.loads(json.dumps(source.export_json()))


def _retool(document: dict, tool_id: int) -> None:
    """Give the file's tool another id, consistently (an id once made an OverflowError)."""
    tool = document["tools"][0]
    tool["id"] = tool_id
    for kind in ("answers", "risks", "audits", "signoffs", "history", "tasks", "requests"):
        for child in tool[kind]:
            child["tool_id"] = tool_id


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (lambda d: d.update(tolls=d["tools"]), "fields a register export does not have: tolls"),
        (
            lambda d: d["tools"][0]["risks"][0].update(probability=5),
            "tools[0].risks[0].probability",
        ),
        (lambda d: d.pop("head_hash"), "has no head_hash"),
        (lambda d: _retool(d, 2**63 - 1), f"holds id {2**63 - 1} (tool)"),
    ],
)
def test_import_refuses_unknown_keys_no_head_and_ids_too_large(
    exported: dict, tmp_path: Path, capsys: pytest.CaptureFixture[str], change, said: str
) -> None:
    change(exported)
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(exported), encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'target.sqlite3'}"
    assert main(["import", str(path), "--db", db]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err
    assert Store.open(db).list_tools() == []


def test_ids_that_would_overflow_once_shifted_are_refused(exported: dict) -> None:
    """The largest id fits an empty register; shifted past a used register's own, it is refused
    before anything is written (``Store.import_json`` checks it with the real offsets)."""
    from ethics_toolkit.errors import UserFacingError
    from ethics_toolkit.register.storage.exchange_checks import MAX_ID, check_id_range
    from ethics_toolkit.register.storage.exchange_validation import validate

    document = validate(exported)
    check_id_range(document)  # as it is: fine
    biggest = max(r.id for t in document.tools for r in t.risks)
    with pytest.raises(UserFacingError, match="once ids are moved past this register's own"):
        check_id_range(document, {"risk": MAX_ID - biggest + 1})


def test_an_export_of_an_altered_register_says_so(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 27 §6: the export states verify's verdict, and the command says it too."""
    tamper(db, "UPDATE risks SET likelihood = 1")
    export = tmp_path / "altered.json"
    assert main(["export", "--db", db, "-o", str(export)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "The register was changed outside the program: 1 alteration was detected." in out
    assert "Likelihood is “1” but the history says “3”" in out
    integrity = json.loads(export.read_text(encoding="utf-8"))["integrity"]
    assert integrity["intact"] is False
    assert "Likelihood is “1”" in integrity["findings"][0]["en"]
    # Its rows are not what its history says: it is not imported anywhere.
    assert main(["import", str(export), "--db", f"sqlite:///{tmp_path / 'x.sqlite3'}"]) == 2
    assert "The file does not match its own history" in capsys.readouterr().err

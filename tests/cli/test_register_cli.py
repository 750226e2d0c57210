"""``ethics-toolkit demo | tools | export | import`` against SQLite files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ethics_toolkit.cli import EXIT_USAGE, main
from ethics_toolkit.register.storage.store import Store
from tests.register.factories import ACTOR, cv_screening, filled_store


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """These commands speak the user's language (``ETHICS_TOOLKIT_LANG``, else the locale)."""
    monkeypatch.setenv("ETHICS_TOOLKIT_LANG", "en")


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'register.sqlite3'}"


@pytest.fixture
def filled_db(db: str) -> str:
    store = Store.open(db)
    filled_store(store)
    store.save_tool(cv_screening(name="ShiftPlanner", hr_process="task_allocation",
                                 profiling=False, employees=12), actor=ACTOR)  # fmt: skip
    store.close()
    return db


def test_demo_is_idempotent(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("ethics_toolkit.engine.audit", reason="the engine is not merged yet")
    assert main(["demo", "--db", db]) == 0
    first = capsys.readouterr().out
    assert main(["demo", "--db", db]) == 0
    assert capsys.readouterr().out == first
    assert first.startswith("TalentScreen: 72 answers, 6 risks, 1 bias audit, 1 sign-off")


def test_tools_as_text(filled_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tools", "--db", filled_db]) == 0
    lines = capsys.readouterr().out.splitlines()
    # What a person reads: labels, never the JSON field names or enum codes.
    assert lines[0].split("  ")[0] == "Name"
    assert [c.strip() for c in lines[0].split("  ") if c.strip()] == [
        "Name", "Vendor", "HR process", "Status", "Class (AI Act)", "Unresolved risks",
    ]  # fmt: skip
    assert [c.strip() for c in lines[1].split("  ") if c.strip()] == [
        "CV-Sorter", "Leverantör AB", "Recruitment and selection", "In use", "High risk", "2",
    ]  # fmt: skip
    assert "Task allocation" in lines[2] and lines[2].split()[-3:] == ["Minimal", "risk", "0"]
    assert lines[3:] == ["", f"Register: {filled_db}"]  # where the register lives (issue 16)
    for code in ("recruitment", "in_use", "high_risk", "risk_class", "hr_process"):
        assert code not in "\n".join(lines)


def test_tools_in_swedish(
    filled_db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ETHICS_TOOLKIT_LANG", "sv")
    assert main(["tools", "--db", filled_db]) == 0
    out = capsys.readouterr().out
    assert "Rekrytering och urval" in out and "Högrisk" in out and "Ej lösta risker" in out


def test_tools_as_json(filled_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tools", "--db", filled_db, "--format", "json"]) == 0
    tools = json.loads(capsys.readouterr().out)
    assert [t["name"] for t in tools] == ["CV-Sorter", "ShiftPlanner"]
    assert (tools[0]["risk_class"], tools[0]["risks"], tools[0]["open_risks"]) == (
        "high_risk",
        2,
        2,
    )
    assert tools[1]["employees"] == 12 and tools[1]["go_live"] == "2026-01-15"


def test_tools_on_an_empty_register(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tools", "--db", db]) == 0
    assert "No tools registered" in capsys.readouterr().out
    assert main(["tools", "--db", db, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_export_then_import_into_a_fresh_database(
    filled_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert main(["export", "--db", filled_db, "-o", str(first)]) == 0
    document = json.loads(first.read_text(encoding="utf-8"))
    assert set(document) == {
        "schema_version", "exported_at", "tools", "history", "head_hash", "head_entry", "integrity"
    }  # fmt: skip
    assert document["integrity"] == {"intact": True, "findings": [], "notes": []}
    assert {"answers", "risks", "audits", "signoffs", "history"} <= set(document["tools"][0])
    fresh = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    assert main(["import", str(first), "--db", fresh]) == 0
    assert "Imported 2 tools" in capsys.readouterr().out
    assert main(["export", "--db", fresh, "-o", str(second)]) == 0
    again = json.loads(second.read_text(encoding="utf-8"))
    document.pop("exported_at"), again.pop("exported_at")
    # The same register and chain, plus one entry per tool saying where it was imported from.
    for tool in again["tools"]:
        imported = tool["history"].pop()
        assert imported["changes"]["imported_from"] == [None, "first.json"]
    assert again.pop("head_hash") != document.pop("head_hash")
    assert again.pop("head_entry") == document.pop("head_entry") + 2  # one per imported tool
    assert again == document


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{broken", "The file is not JSON"),
        ('{"schema_version": 1, "tools": [{"name": "X"}]}', "exported_at: Field required"),
    ],
)
def test_invalid_import_exits_2_and_leaves_the_database_unchanged(
    filled_db: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    content: str,
    message: str,
) -> None:
    monkeypatch.setenv("ETHICS_TOOLKIT_LANG", "en")
    before = tmp_path / "before.json"
    assert main(["export", "--db", filled_db, "-o", str(before)]) == 0
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(bad), "--db", filled_db]) == EXIT_USAGE
    captured = capsys.readouterr()
    assert message in captured.err and "nothing was imported" in captured.err
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    after = tmp_path / "after.json"
    assert main(["export", "--db", filled_db, "-o", str(after)]) == 0
    old, new = (json.loads(p.read_text(encoding="utf-8")) for p in (before, after))
    old.pop("exported_at"), new.pop("exported_at")
    assert old == new


def test_import_of_a_missing_file(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", "/nonexistent/x.json", "--db", db]) == EXIT_USAGE
    assert "x.json" in capsys.readouterr().err


def test_bad_database_url_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tools", "--db", "not a url"]) == EXIT_USAGE
    assert "not a url" in capsys.readouterr().err


def test_swedish_messages(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                          monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setenv("ETHICS_TOOLKIT_LANG", "sv")
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    assert main(["import", str(bad), "--db", db]) == EXIT_USAGE
    assert "inget importerades" in capsys.readouterr().err

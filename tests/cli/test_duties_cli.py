"""``ethics-toolkit due`` and ``notice`` (issue 15): exit codes, JSON, files, messages."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from ethics_toolkit.cli import EXIT_FINDING, EXIT_OK, EXIT_USAGE, main
from ethics_toolkit.register.domain.explanation_requests import ExplanationRequest
from ethics_toolkit.register.storage.store import Store
from tests.register.factories import ACTOR, cv_screening


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ETHICS_TOOLKIT_LANG", "en")


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'register.sqlite3'}"


def _tool(db: str, **changes: object) -> Store:
    store = Store.open(db)
    store.save_tool(cv_screening(**changes), actor=ACTOR)
    return store


def test_due_on_an_empty_register_exits_0(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["due", "--db", db]) == EXIT_OK
    assert "Nothing is overdue" in capsys.readouterr().out
    assert main(["due", "--db", db, "--format", "json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["overdue"] == []


@pytest.mark.parametrize(
    ("received", "on", "code"),
    [
        ("2027-01-31", "2027-02-28", EXIT_OK),  # due that day: upcoming, not yet overdue
        ("2027-01-31", "2027-03-01", EXIT_FINDING),
        ("2028-01-31", "2028-02-29", EXIT_OK),
        ("2028-01-31", "2028-03-01", EXIT_FINDING),
    ],
)
def test_due_exits_1_only_once_a_request_is_overdue(
    db: str, capsys: pytest.CaptureFixture[str], received: str, on: str, code: int
) -> None:
    store = _tool(db, next_review=None)
    tool = store.get_tool("CV-Sorter")
    store.save_request(
        ExplanationRequest(tool_id=tool.id, reference="Case 9",
                           received=date.fromisoformat(received)),
        actor=ACTOR,
    )  # fmt: skip
    assert main(["due", "--db", db, "--date", on, "--format", "json"]) == code
    listed = json.loads(capsys.readouterr().out)
    (item,) = listed["overdue"] or listed["upcoming"]
    assert (item["kind"], item["tool"], item["overdue"]) == ("request", "CV-Sorter", code == 1)
    assert set(item) == {"tool", "kind", "date", "what", "owner", "days", "overdue"}


def test_due_text_names_the_overdue_review_and_a_bad_date_is_a_usage_error(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _tool(db, next_review=date(2026, 11, 1))
    assert main(["due", "--db", db, "--date", "2026-11-27"]) == EXIT_FINDING
    out = capsys.readouterr().out
    assert out.startswith("Overdue (1)\n  2026-11-01  CV-Sorter: Review of the tool (26 days late")
    assert main(["due", "--db", db, "--date", "27/11/2026"]) == EXIT_USAGE
    assert "is not a date" in capsys.readouterr().err


@pytest.mark.parametrize("suffix", [".txt", ".pdf"])
@pytest.mark.parametrize("kind", ["applicants", "representatives"])
def test_notice_writes_the_file_and_exits_1_listing_missing_facts(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, suffix: str
) -> None:
    _tool(db)  # no contact, retention or human role yet
    target = tmp_path / f"notice{suffix}"
    args = ["notice", "--db", db, "--tool", "CV-Sorter", "--kind", kind, "--lang", "sv"]
    assert main([*args, "-o", str(target)]) == EXIT_FINDING
    captured = capsys.readouterr()
    assert "Människans prövning före beslut" in captured.err
    data = target.read_bytes()
    if suffix == ".pdf":
        assert data.startswith(b"%PDF")
    else:
        assert "[Att komplettera: Människans prövning före beslut]" in data.decode("utf-8")


def test_a_complete_notice_exits_0(db: str, tmp_path: Path) -> None:
    # Issue 21 §6: a complete notice names the controller and the main factors too, and its
    # texts are in the notice's language.
    _tool(db, contact="hr@example.se", retention="24 months", human_role="A recruiter decides",
          controller="Employer AB, Storgatan 1", main_factors="years in similar roles",
          texts_lang="en")  # fmt: skip
    target = tmp_path / "n.txt"
    args = ["notice", "--db", db, "--tool", "CV-Sorter", "--kind", "applicants", "--lang", "en"]
    assert main([*args, "-o", str(target)]) == EXIT_OK
    assert "Contact: hr@example.se" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--tool", "Nope", "--kind", "applicants", "-o", "x.txt"], "no tool named 'Nope'"),
        (["--tool", "CV-Sorter", "--kind", "applicants", "-o", "x.docx"], ".pdf or .txt"),
        (["--tool", "CV-Sorter", "--kind", "shareholders", "-o", "x.txt"], "invalid choice"),
    ],
)
def test_notice_usage_errors_exit_2_with_a_message(
    db: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    _tool(db)
    monkeypatch.chdir(tmp_path)
    assert _exit_code(["notice", "--db", db, "--lang", "en", *args]) == EXIT_USAGE
    assert message in capsys.readouterr().err
    assert not (tmp_path / "x.txt").exists()


def _exit_code(argv: list[str]) -> int:
    """``main``'s return value, or argparse's exit code for a usage error."""
    try:
        return main(argv)
    except SystemExit as stop:
        return int(stop.code or 0)


def test_report_kind_active_measures_writes_the_year(db: str, tmp_path: Path) -> None:
    _tool(db)
    target = tmp_path / "am.pdf"
    argv = ["report", "--db", db, "--kind", "active-measures", "--year", "2026", "-o", str(target)]
    assert main(argv) == EXIT_OK
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--kind", "active-measures"], "needs --year"),
        (["--kind", "tool"], "needs --tool"),
        ([], "needs --tool"),  # the tool report stays the default kind
    ],
)
def test_report_kinds_name_what_they_need(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    _tool(db)
    assert main(["report", "--db", db, *args, "-o", str(tmp_path / "r.pdf")]) == EXIT_USAGE
    assert message in capsys.readouterr().err


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_due_refuses_negative_days(db: str, capsys: pytest.CaptureFixture[str], lang: str) -> None:
    from ethics_toolkit.cli.duties_texts import NEGATIVE_DAYS

    assert main(["due", "--db", db, "--days", "-5", "--lang", lang]) == EXIT_USAGE
    out, err = capsys.readouterr()
    assert out == "" and NEGATIVE_DAYS.format(lang, days=-5) in err

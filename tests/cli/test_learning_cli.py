"""``people`` and ``learning`` on the command line (issue 23): the contract's commands, exit codes,
JSON fields and messages, in both languages."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from ethics_toolkit.cli import EXIT_FINDING, EXIT_OK, EXIT_USAGE, main
from ethics_toolkit.cli.duties_texts import BAD_DATE
from ethics_toolkit.cli.people_texts import BAD_MONTHS, BAD_ROLE, PERSON_ADDED, RECORD_SAVED
from ethics_toolkit.register.storage.people import NO_PERSON
from ethics_toolkit.register.storage.store import ENV_USER, Store
from tests.register.factories import ACTOR, cv_screening
from tests.report.conftest import page_texts

TOOL = ["--tool", "CV-Sorter"]


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(ENV_USER, ACTOR)
    url = f"sqlite:///{tmp_path / 'register.sqlite3'}"
    Store.open(url).save_tool(cv_screening(), actor=ACTOR)
    return url


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def status(
    db: str, capsys: pytest.CaptureFixture[str], *more: str, tool: str = "CV-Sorter"
) -> tuple[int, dict]:
    command = ["learning", "status", "--db", db, "--tool", tool, "--format", "json", *more]
    code, out, _ = run(capsys, *command)
    return code, json.loads(out)


def test_people_add_list_and_remove(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "people", "add", "--db", db, *TOOL, "--name", "Johan Berg",
                       "--role", "overseer", "--lang", "sv")  # fmt: skip
    assert code == EXIT_OK
    assert out.strip() == PERSON_ADDED.format("sv", name="Johan Berg", tool="CV-Sorter",
                                              roles="tillsynsperson")  # fmt: skip
    run(capsys, "people", "add", "--db", db, *TOOL, "--name", "johan berg", "--role", "Operator",
        "--identity", "johan@example.se")  # fmt: skip
    code, out, _ = run(capsys, "people", "list", "--db", db, *TOOL, "--format", "json")
    assert (code, json.loads(out)) == (EXIT_OK, [{
        "name": "Johan Berg", "roles": ["operator", "overseer"], "identity": "johan@example.se",
        "trained": False, "records": 0,
    }])  # fmt: skip
    code, out, _ = run(capsys, "people", "remove", "--db", db, *TOOL, "--name", "Johan Berg",
                       "--role", "operator", "--lang", "en")  # fmt: skip
    assert (code, out.strip()) == (
        EXIT_OK,
        "Johan Berg now has the role overseer around CV-Sorter.",
    )
    code, out, _ = run(capsys, "people", "remove", "--db", db, *TOOL, "--name", "JOHAN BERG",
                       "--lang", "en")  # fmt: skip
    assert code == EXIT_OK and out.startswith("Johan Berg is removed from the people around")
    assert Store.open(db).people(1) == []


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_an_unknown_role_is_exit_2_with_a_clear_message(
    db: str, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    code, out, err = run(capsys, "people", "add", "--db", db, *TOOL, "--name", "Kim",
                         "--role", "boss", "--lang", lang)  # fmt: skip
    assert (code, out) == (EXIT_USAGE, "")
    message = BAD_ROLE.format(lang, role="boss", roles="operator, overseer, owner, approver")
    assert err == f"ethics-toolkit: {message}\n" and "Traceback" not in err
    assert Store.open(db).people(1) == []


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("bad", ["2026-02-30", "27/11/2026", "igår"])
def test_a_bad_date_is_exit_2_and_nothing_is_recorded(
    db: str, capsys: pytest.CaptureFixture[str], lang: str, bad: str
) -> None:
    run(capsys, "people", "add", "--db", db, *TOOL, "--name", "Kim Ek", "--role", "overseer")
    code, _, err = run(capsys, "learning", "record", "--db", db, *TOOL, "--person", "Kim Ek",
                       "--activity", "APT", "--date", bad, "--lang", lang)  # fmt: skip
    assert code == EXIT_USAGE
    assert err == f"ethics-toolkit: {BAD_DATE.format(lang, value=bad)}\n"
    assert Store.open(db).competence(1) == []


def test_record_usage_errors(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "people", "add", "--db", db, *TOOL, "--name", "Kim Ek", "--role", "overseer")
    base = ["learning", "record", "--db", db, *TOOL, "--activity", "APT", "--date", "2026-01-05"]
    code, _, err = run(capsys, *base, "--person", "Kim Ek", "--refresh-months", "ett år",
                       "--lang", "sv")  # fmt: skip
    assert (code, err) == (
        EXIT_USAGE,
        f"ethics-toolkit: {BAD_MONTHS.format('sv', value='ett år', most=120)}\n",
    )
    code, _, err = run(capsys, *base, "--person", "Nobody", "--lang", "en")
    assert code == EXIT_USAGE
    assert err.strip() == "ethics-toolkit: " + NO_PERSON.format(
        "en", name="“Nobody”", tool="CV-Sorter", tool_arg="CV-Sorter", name_arg="Nobody",
        names="Kim Ek",
    )  # fmt: skip


def test_status_json_has_people_roles_records_refreshers_and_the_finding(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, found = status(db, capsys, "--date", "2026-12-07")
    assert code == EXIT_FINDING  # in use, high-risk, nobody named
    assert set(found) == {"tool", "date", "people", "roles", "records", "due_refreshers",
                          "art_26_2"}  # fmt: skip
    assert found["art_26_2"]["finding"] and found["art_26_2"]["reason"] == "no_overseer"
    assert found["art_26_2"]["message"]["sv"].startswith("CV-Sorter används men ingen person")
    run(capsys, "people", "add", "--db", db, *TOOL, "--name", "Kim Ek", "--role", "overseer")
    run(capsys, "people", "add", "--db", db, *TOOL, "--name", "Ola Ek", "--role", "operator")
    code, out, _ = run(capsys, "learning", "record", "--db", db, *TOOL, "--person", "kim ek",
                       "--activity", "APT om verktyget", "--date", "2025-12-20",
                       "--kind", "session", "--lang", "en")  # fmt: skip
    assert out.strip() == RECORD_SAVED.format("en", tool="CV-Sorter", person="Kim Ek",
                                              activity="APT om verktyget", on="2025-12-20",
                                              refresh="2026-12-20")  # fmt: skip
    run(capsys, "learning", "record", "--db", db, *TOOL, "--person", "Ola Ek", "--activity",
        "Extern kurs", "--date", "2024-06-01", "--refresh-months", "24")  # fmt: skip
    code, found = status(db, capsys, "--date", "2026-12-07")
    assert code == EXIT_FINDING  # Ola's course was due 2026-06-01
    assert found["roles"] == {"operator": ["Ola Ek"], "overseer": ["Kim Ek"], "owner": [],
                              "approver": []}  # fmt: skip
    assert [(p["name"], p["trained"], p["records"]) for p in found["people"]] == [
        ("Kim Ek", True, 1), ("Ola Ek", False, 1)
    ]  # fmt: skip
    assert [(r["person"], r["refresh_due"], r["overdue"]) for r in found["records"]] == [
        ("Ola Ek", "2026-06-01", True), ("Kim Ek", "2026-12-20", False)
    ]  # fmt: skip
    assert [(r["person"], r["due"], r["days"], r["overdue"]) for r in found["due_refreshers"]] == [
        ("Ola Ek", "2026-06-01", -189, True), ("Kim Ek", "2026-12-20", 13, False)
    ]  # fmt: skip
    assert found["art_26_2"] == {
        "applies": True, "finding": False, "reason": None, "overseers": ["Kim Ek"],
        "trained_overseers": ["Kim Ek"], "message": {
            "sv": "CV-Sorter har 1 namngiven tillsynsperson med aktuell utbildning: Kim Ek.",
            "en": "CV-Sorter has 1 named overseer with current training: Kim Ek.",
        },
    }  # fmt: skip
    code, _ = status(db, capsys, "--date", "2026-05-31")
    assert code == EXIT_OK  # the day before Ola's course fell due, with a trained overseer


def test_an_overdue_refresher_turns_due_to_exit_1_and_names_it(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "people", "add", "--db", db, *TOOL, "--name", "Kim Ek", "--role", "overseer")
    run(capsys, "learning", "record", "--db", db, *TOOL, "--person", "Kim Ek", "--activity",
        "APT", "--date", "2025-11-01", "--refresh-months", "12")  # fmt: skip
    before, out, _ = run(capsys, "due", "--db", db, "--date", "2026-11-01", "--format", "json")
    assert before == EXIT_OK and json.loads(out)["overdue"] == []
    code, out, _ = run(capsys, "due", "--db", db, "--date", "2026-11-02", "--format", "json")
    assert code == EXIT_FINDING
    (item,) = json.loads(out)["overdue"]
    assert (item["kind"], item["owner"], item["date"], item["days"]) == (
        "refresher", "Kim Ek", "2026-11-01", -1
    )  # fmt: skip
    code, out, _ = run(capsys, "due", "--db", db, "--date", "2026-11-02", "--lang", "sv")
    assert code == EXIT_FINDING and "Repetition för Kim Ek: ”APT”" in out


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_kit_and_briefing_write_pdfs(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    run(capsys, "people", "add", "--db", db, *TOOL, "--name", "Kim Ek", "--role", "overseer")
    firsts = {
        "kit": {"sv": "Arbetsplatsträff om CV-Sorter", "en": "Workplace meeting on CV-Sorter"},
        "briefing": {"sv": "Chefsbrief om CV-Sorter", "en": "Manager's briefing on CV-Sorter"},
    }
    for kind, first in firsts.items():
        target = tmp_path / f"{kind}-{lang}.pdf"
        code, out, _ = run(capsys, "learning", kind, "--db", db, *TOOL, "--lang", lang,
                           "-o", str(target))  # fmt: skip
        assert code == EXIT_OK and str(target) in out
        pages = page_texts(target.read_bytes())
        assert pages[0].startswith(first[lang])
    assert "Kim Ek" in " ".join(page_texts((tmp_path / f"kit-{lang}.pdf").read_bytes()))


def test_learning_help_stays_instant() -> None:
    code = (
        "import sys; from ethics_toolkit.cli import build_parser; "
        "p = build_parser(); p.parse_args(['learning', 'status', '--tool', 'x']); "
        "print(','.join(m for m in ('pydantic', 'reportlab', 'sqlalchemy', 'pandas') "
        "if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def test_the_demo_register_has_its_one_overdue_refresher(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    assert main(["demo", "--db", url]) == EXIT_OK
    capsys.readouterr()
    code, out, _ = run(capsys, "due", "--db", url, "--date", "2026-10-15", "--format", "json")
    refreshers = [i for i in json.loads(out)["overdue"] if i["kind"] == "refresher"]
    assert code == EXIT_FINDING and [(i["owner"], i["date"]) for i in refreshers] == [
        ("Ahmed Karimi", "2026-08-25")
    ]
    code, found = status(url, capsys, "--date", str(date(2026, 10, 15)), tool="TalentScreen")
    assert code == EXIT_FINDING and not found["art_26_2"]["finding"]
    assert len(found["people"]) == 5 and len(found["records"]) == 6

"""``access grant|revoke|list`` (issue 22): the contract's flags, exit codes and JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ethics_toolkit.cli import EXIT_OK, EXIT_USAGE, main
from ethics_toolkit.register.domain.history import describe
from ethics_toolkit.register.storage.store import Store
from tests.register.factories import cv_screening


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("ETHICS_TOOLKIT_USER", "Kim Admin")
    monkeypatch.setenv("ETHICS_TOOLKIT_LANG", "en")
    url = f"sqlite:///{tmp_path / 'register.sqlite3'}"
    store = Store.open(url)
    store.save_tool(cv_screening(), actor="Kim Admin")
    store.close()
    return url


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict]:
    assert main(list(argv)) == EXIT_OK
    return json.loads(capsys.readouterr().out)


def test_grant_list_and_revoke_per_tool_and_by_default(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    who = ["--tool", "CV-Sorter", "--user", "Eva.Holm@Example.org", "--db", db]
    assert main(["access", "grant", *who, "--role", "approver"]) == EXIT_OK
    assert (
        capsys.readouterr().out == "eva.holm@example.org holds the role approver for CV-Sorter.\n"
    )
    args = ["--user", "rut@example.org", "--role", "reader", "--db", db]
    assert main(["access", "grant", *args, "--lang", "sv"]) == EXIT_OK
    assert capsys.readouterr().out == "rut@example.org har rollen läsare för alla verktyg.\n"
    listed = _json(capsys, "access", "list", "--tool", "CV-Sorter", "--format", "json", "--db", db)
    assert [(g["user"], g["role"], g["tool"], g["default"], g["granted_by"]) for g in listed] == [
        ("eva.holm@example.org", "approver", "CV-Sorter", False, "Kim Admin"),
        ("rut@example.org", "reader", None, True, "Kim Admin"),
    ]
    assert main(["access", "revoke", *who]) == EXIT_OK  # without --role: every role
    assert "no longer holds the role approver" in capsys.readouterr().out
    assert _json(capsys, "access", "list", "--format", "json", "--user", "eva.holm@example.org",
                 "--db", db) == []  # fmt: skip
    history = Store.open(db).history()
    assert [(e.actor, describe(e, "en")) for e in history if e.entity == "access"] == [
        ("Kim Admin", "Granted eva.holm@example.org the role approver"),
        ("Kim Admin", "Granted rut@example.org the role reader for every tool"),
        ("Kim Admin", "Revoked the role approver from eva.holm@example.org"),
    ]
    assert history[-1].changes["@by"] == [{"via": "command_line"}]


def test_the_text_list_says_how_to_give_the_first_role(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["access", "list", "--db", db]) == EXIT_OK
    assert "access grant --user EMAIL --role administrator" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--user", "a@example.org", "--role", "overlord"], "Unknown role 'overlord'"),
        (["--user", "Eva Holm", "--role", "editor"], "is not an e-mail address"),
        (["--user", "a@example.org", "--role", "editor", "--tool", "Nope"], "no tool named"),
    ],
)
def test_bad_input_is_exit_2_with_a_message(
    db: str, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert main(["access", "grant", *argv, "--db", db]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert Store.open(db).grants() == []


def test_a_missing_user_or_role_is_a_usage_error(db: str) -> None:
    with pytest.raises(SystemExit) as info:
        main(["access", "grant", "--role", "editor", "--db", db])
    assert info.value.code == EXIT_USAGE

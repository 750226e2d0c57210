"""``ethics-toolkit audit SOURCE``: databases (--table / --query) and Parquet through the CLI."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pytest
import sqlalchemy as sa

from ethics_toolkit.cli import main
from ethics_toolkit.engine.sources.errors import NOT_A_SELECT, TABLE_FOR_A_FILE
from tests.conftest import SAMPLE_DATA
from tests.engine.sources.conftest import load

ENGLISH = SAMPLE_DATA / "recruitment_decisions.csv"
ARGS = ["--outcome", "selected", "--sensitive", "gender", "--sensitive", "background",
        "--truth", "qualified", "--lang", "en"]  # fmt: skip
SECRET = "Pw-cli-0815"


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    path = tmp_path / "hr.sqlite3"
    engine = sa.create_engine(f"sqlite:///{path}")
    load(engine)
    engine.dispose()
    return f"sqlite:///{path}"


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main(["audit", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def figures(payload: dict) -> list:
    return payload["analyses"]


def test_a_table_gives_the_files_json_and_exit_code(
    capsys: pytest.CaptureFixture[str], sqlite_url: str
) -> None:
    file_code, file_out, _ = run(capsys, ENGLISH, *ARGS, "--format", "json")
    code, out, err = run(capsys, sqlite_url, "--table", "decision log", *ARGS, "--format", "json")
    assert (code, err) == (file_code, "") == (1, "")
    payload = json.loads(out)
    assert figures(payload) == figures(json.loads(file_out))
    assert payload["reading"]["source_kind"] == "table"
    assert payload["reading"]["rows_read"] == 5000 and payload["reading"]["rows_fetched"] == 52


def test_text_says_where_the_rows_were_counted(
    capsys: pytest.CaptureFixture[str], sqlite_url: str
) -> None:
    _, out, _ = run(capsys, sqlite_url, "--table", "decisions", *ARGS)
    first = out.splitlines()[0]
    assert first.startswith(f"Read {sqlite_url} (--table decisions): 5,000 rows")
    assert "only 52 grouped rows were fetched" in first
    _, out, _ = run(capsys, sqlite_url, "--table", "decisions", *ARGS[:-2], "--lang", "sv")
    assert "bara 52 grupperade rader hämtades" in out.splitlines()[0]


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_the_password_never_appears_and_no_traceback(lang: str) -> None:
    url = f"postgresql+psycopg://auditor:{SECRET}@127.0.0.1:9/hr"
    child = subprocess.run(
        [sys.executable, "-m", "ethics_toolkit", "audit", url, "--table", "decisions",
         *ARGS[:-2], "--lang", lang],
        capture_output=True, text=True, timeout=60, env={**os.environ, "ETHICS_TOOLKIT_DEBUG": ""},
    )  # fmt: skip
    assert child.returncode == 2
    assert SECRET not in child.stdout + child.stderr
    assert "Traceback" not in child.stderr and child.stdout == ""
    assert "postgresql+psycopg://127.0.0.1:9/hr" in child.stderr


def test_a_delete_is_refused_and_the_table_is_unchanged(
    capsys: pytest.CaptureFixture[str], sqlite_url: str
) -> None:
    path = sqlite_url.removeprefix("sqlite:///")
    code, out, err = run(capsys, sqlite_url, "--query", "DELETE FROM decisions", *ARGS)
    assert (code, out) == (2, "")
    assert NOT_A_SELECT.format("en", found="'DELETE'") in err
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM decisions").fetchone()[0] == 5000


def test_table_with_a_file_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, ENGLISH, "--table", "decisions", *ARGS)
    assert (code, out) == (2, "")
    assert TABLE_FOR_A_FILE.format("en", source=repr(str(ENGLISH))) in err


def test_saving_records_the_source_name_the_query_hash_and_the_rows(
    capsys: pytest.CaptureFixture[str], sqlite_url: str, tmp_path: Path
) -> None:
    from ethics_toolkit.register.storage.store import Store

    register = f"sqlite:///{tmp_path / 'register.sqlite'}"
    assert main(["demo", "--db", register]) == 0
    query = "SELECT gender, background, selected, qualified FROM decisions -- all of them"
    code, out, err = run(capsys, sqlite_url, "--query", query, *ARGS, "--db", register,
                       "--tool", "TalentScreen")  # fmt: skip
    assert code == 1 and "saved to the register" in out + err
    store = Store.open(register)
    saved = store.audit_runs(store.get_tool("TalentScreen").id)[-1]
    store.close()
    assert saved.file_name == f"{sqlite_url} (--query)" and saved.rows_read == 5000
    assert saved.result.reading is not None
    assert saved.result.reading.query_sha256 == hashlib.sha256(query.encode()).hexdigest()
    stored = (tmp_path / "register.sqlite").read_bytes()
    assert b"all of them" not in stored and b"A00001" not in stored  # hash only, no rows


def test_a_parquet_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    parquet = tmp_path / "log.parquet"
    connection = duckdb.connect()
    connection.register("frame", pd.read_csv(ENGLISH))
    connection.execute(f"COPY frame TO '{parquet}' (FORMAT parquet)")
    connection.close()
    file_code, file_out, _ = run(capsys, ENGLISH, *ARGS, "--format", "json")
    code, out, _ = run(capsys, parquet, *ARGS, "--format", "json")
    assert code == file_code and figures(json.loads(out)) == figures(json.loads(file_out))

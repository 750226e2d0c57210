"""User queries run read-only by construction (issue 27), and no message shows a password.

The text check (``check_select``) refuses statements that write; a function called by a
``SELECT`` is not a statement, so the guarantee is the transaction: before any SQL of the user's,
the database is asked whether it is read-only, and a write inside it fails, whatever its name.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
import sqlalchemy as sa

from ethics_toolkit.cli import main
from ethics_toolkit.engine.sources import errors
from ethics_toolkit.engine.sources.audit import audit_database
from ethics_toolkit.engine.sources.database import make_engine, verify_read_only
from ethics_toolkit.engine.sources.errors import SourceError
from ethics_toolkit.engine.spec import AuditSpec

SECRET = "Hemligt-lösen-42"
SPEC = AuditSpec(outcome="selected", sensitive=["gender"])


def _rows(url: str, table: str) -> int:
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    with engine.connect() as connection:
        count = connection.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar()
    engine.dispose()
    return int(count)


@pytest.mark.postgres
@pytest.mark.parametrize(
    "call",
    [
        "{schema}.forget_everyone()",  # a volatile function of the user's that deletes
        "query_to_xml('DELETE FROM {schema}.decisions', true, true, '')",  # a built-in one
    ],
)
def test_a_function_in_a_select_cannot_write(pg_source: tuple[str, str], call: str) -> None:
    url, schema = pg_source
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    with engine.begin() as connection:
        connection.execute(sa.text(
            f'CREATE OR REPLACE FUNCTION "{schema}".forget_everyone() RETURNS int VOLATILE '
            f'LANGUAGE sql AS $$ DELETE FROM "{schema}".decisions RETURNING 1 $$'
        ))  # fmt: skip
    engine.dispose()
    table = f'"{schema}".decisions'
    before = _rows(url, table)
    query = f"SELECT gender, selected, {call.format(schema=schema)} AS x FROM {table}"
    with pytest.raises(SourceError) as caught:
        audit_database(url, SPEC, query=query)
    assert caught.value.template in (errors.READ_ONLY_VIOLATION, errors.QUERY_FAILED)
    assert _rows(url, table) == before > 0  # nothing was deleted


@pytest.mark.postgres
def test_postgresql_says_the_transaction_is_read_only(pg_source: tuple[str, str]) -> None:
    url, _ = pg_source
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    with engine.connect() as writable, pytest.raises(SourceError) as caught:
        verify_read_only(writable, "postgresql", "hr")
    assert caught.value.template is errors.READ_ONLY_NOT_GUARANTEED
    assert "transaction_read_only = off" in caught.value.en
    with engine.connect() as connection:
        verify_read_only(connection.execution_options(postgresql_readonly=True), "postgresql", "hr")
    engine.dispose()


def test_sqlite_says_the_connection_is_query_only(sqlite_url: str) -> None:
    before = _rows(sqlite_url, "decisions")
    engine = make_engine(sqlite_url)
    with engine.connect() as connection:
        verify_read_only(connection, "sqlite", "hr")  # opened mode=ro with PRAGMA query_only
        with pytest.raises(sa.exc.OperationalError):
            connection.exec_driver_sql("DELETE FROM decisions")
    engine.dispose()
    assert _rows(sqlite_url, "decisions") == before > 0
    plain = sa.create_engine(sqlite_url, poolclass=sa.pool.NullPool)
    with plain.connect() as writable, pytest.raises(SourceError) as caught:
        verify_read_only(writable, "sqlite", "hr")
    assert caught.value.template is errors.READ_ONLY_NOT_GUARANTEED
    plain.dispose()


def test_a_password_in_the_query_string_is_never_shown(
    tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "hr.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE log (gender TEXT, selected INTEGER)")
        connection.executemany("INSERT INTO log VALUES (?, ?)", [("Woman", 1), ("Man", 0)] * 20)
    url = f"sqlite:///{path}?password={SECRET}"
    argv = ["audit", url, "--outcome", "selected", "--sensitive", "gender"]
    for extra in (["--table", "log", "--format", "json"], ["--table", "log"],
                  ["--table", "nope"], ["--query", "SELECT nope FROM log"]):  # fmt: skip
        code = main([*argv, *extra])
        out, err = capsys.readouterr()
        assert SECRET not in out + err and "password=" not in out + err, (extra, out + err)
        if "json" in extra:
            assert code in (0, 1) and json.loads(out)["reading"]["source_name"].endswith("log)")
        elif "nope" in " ".join(extra):
            assert code == 2 and err.startswith("ethics-toolkit: ")


@pytest.mark.postgres
def test_a_wrong_password_in_the_query_string_is_never_shown(
    pg_source: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    url = sa.make_url(pg_source[0]).set(password=None).render_as_string(hide_password=False)
    code = main(["audit", f"{url}?password={SECRET}", "--table", "decisions",
                 "--outcome", "selected", "--sensitive", "gender"])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 2 and SECRET not in out + err and "login" in err.lower()

"""Every way a database source can fail gives one clear message, never a password."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa

from ethics_toolkit.engine.cells.aggregate import MAX_GROUPS
from ethics_toolkit.engine.errors import TOO_MANY_GROUPS, GroupError
from ethics_toolkit.engine.sources import errors
from ethics_toolkit.engine.sources.audit import audit_database, audit_location
from ethics_toolkit.engine.sources.database import check_select
from ethics_toolkit.engine.sources.errors import SourceError
from ethics_toolkit.engine.spec import AuditSpec
from tests.engine.sources.conftest import DECISIONS

SPEC = AuditSpec(outcome="selected", sensitive=["gender", "background"])
SECRET = "Hemligt-L0senord"
UNREACHABLE_URL = f"postgresql+psycopg://auditor:{SECRET}@127.0.0.1:9/hr"


def raised(template: errors.Message, call, *args, **kwargs) -> SourceError:  # type: ignore[no-untyped-def]
    with pytest.raises(SourceError) as info:
        call(*args, **kwargs)
    assert info.value.template == template, info.value.en
    for text in (info.value.en, info.value.sv):
        assert SECRET not in text and "Traceback" not in text
    return info.value


def table_rows(url: str, table: str) -> int:
    with sqlite3.connect(url.removeprefix("sqlite:///")) as connection:
        return connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]


def test_an_unreachable_server_is_named_without_the_password() -> None:
    error = raised(errors.UNREACHABLE, audit_database, UNREACHABLE_URL, SPEC, table="decisions")
    assert "postgresql+psycopg://127.0.0.1:9/hr" in error.en
    assert "auditor" not in error.en  # the user name is not shown either


@pytest.mark.postgres
def test_a_wrong_password_is_a_login_error_that_never_shows_it(pg_source: tuple[str, str]) -> None:
    url = sa.make_url(pg_source[0]).set(password=SECRET).render_as_string(hide_password=False)
    raised(errors.LOGIN_FAILED, audit_database, url, SPEC, table="decisions")


@pytest.mark.postgres
def test_a_table_the_account_may_not_read_is_a_permission_error(
    pg_source: tuple[str, str],
) -> None:
    query = "SELECT rolname AS gender, rolname AS background, rolsuper AS selected FROM pg_authid"
    raised(errors.PERMISSION_DENIED, audit_database, pg_source[0], SPEC, query=query)


@pytest.mark.postgres
def test_postgresql_runs_the_query_read_only(pg_source: tuple[str, str]) -> None:
    """A SELECT with a side effect (nextval) passes the check but not the READ ONLY transaction."""
    url, schema = pg_source
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    with engine.begin() as connection:
        connection.execute(sa.text(f'CREATE SEQUENCE "{schema}".audit_probe'))
    query = (
        f"SELECT nextval('\"{schema}\".audit_probe') AS n, gender, background, selected "
        f'FROM "{schema}".decisions'
    )
    raised(errors.READ_ONLY_VIOLATION, audit_database, url, SPEC, query=query)
    with engine.connect() as connection:
        called = connection.execute(sa.text(f'SELECT is_called FROM "{schema}".audit_probe'))
        assert called.scalar() is False  # the sequence never moved
    engine.dispose()


def test_a_missing_table_lists_the_tables(sqlite_url: str) -> None:
    error = raised(errors.TABLE_NOT_FOUND, audit_database, sqlite_url, SPEC, table="nope")
    assert "'decisions'" in error.en and "'decision log'" in error.en


def test_a_missing_column_lists_the_columns(sqlite_url: str) -> None:
    spec = AuditSpec(outcome="hired", sensitive=["gender"])
    error = raised(errors.COLUMN_NOT_IN_SOURCE, audit_database, sqlite_url, spec, table="typed")
    assert "'hired'" in error.en and "'selected'" in error.en


def test_a_query_naming_a_missing_table_says_so(sqlite_url: str) -> None:
    error = raised(errors.QUERY_FAILED, audit_database, sqlite_url, SPEC, query="SELECT * FROM x")
    assert "no such table" in error.en


REFUSED = [
    "DELETE FROM decisions",
    "  -- a comment first\n UPDATE decisions SET gender = 'x'",
    "SELECT * FROM decisions; DELETE FROM decisions",
    "WITH gone AS (DELETE FROM decisions RETURNING *) SELECT * FROM gone",
    "SELECT * INTO copy_of_log FROM decisions",
    "SELECT * FROM decisions FOR UPDATE",
    "PRAGMA writable_schema = 1",
    "DROP TABLE decisions",
    "",
]


@pytest.mark.parametrize("query", REFUSED)
def test_anything_but_a_select_is_refused_before_connecting(query: str) -> None:
    # The server is unreachable: the refusal must come first.
    raised(errors.NOT_A_SELECT, audit_database, UNREACHABLE_URL, SPEC, query=query)


@pytest.mark.parametrize("query", REFUSED[:4])
def test_a_refused_query_leaves_the_table_unchanged(sqlite_url: str, query: str) -> None:
    before = table_rows(sqlite_url, "decisions")
    raised(errors.NOT_A_SELECT, audit_database, sqlite_url, SPEC, query=query)
    assert table_rows(sqlite_url, "decisions") == before


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * FROM decisions WHERE gender <> 'deleted; drop table x'",
        "select created_at, updated_by from log -- update later\n",
        "WITH recent AS (SELECT * FROM log) SELECT * FROM recent;",
        'SELECT "delete" FROM log',
    ],
)
def test_reading_queries_pass_the_check(query: str) -> None:
    assert check_select(query).lower().startswith(("select", "with"))


def test_sqlite_opens_read_only(sqlite_url: str) -> None:
    """Even a write the check could not see fails: the file is opened mode=ro, query_only."""
    from ethics_toolkit.engine.sources.database import make_engine

    engine = make_engine(sqlite_url)
    with engine.connect() as connection, pytest.raises(sa.exc.OperationalError):
        connection.exec_driver_sql("DELETE FROM decisions")
    engine.dispose()


def test_a_missing_sqlite_file_is_never_created(tmp_path: Path) -> None:
    path = tmp_path / "typo.sqlite3"
    raised(errors.DATABASE_FILE_NOT_FOUND, audit_database, f"sqlite:///{path}", SPEC, table="t")
    assert not path.exists()


def test_a_missing_driver_says_what_to_install() -> None:
    error = raised(
        errors.DRIVER_MISSING, audit_database, f"mysql://hr:{SECRET}@db/hr", SPEC, table="t"
    )
    assert "mysql://db/hr" in error.en


def test_a_malformed_url_is_explained() -> None:
    url = f"postgresql+psycopg://hr:{SECRET}@db:port/hr"
    raised(errors.BAD_URL, audit_database, url, SPEC, table="t")


def test_a_score_stored_as_text_is_refused_with_the_cast_to_use(sqlite_url: str) -> None:
    spec = AuditSpec(score="score", sensitive=["gender"])
    error = raised(errors.SCORE_NOT_A_NUMBER_COLUMN, audit_database, sqlite_url, spec,
                   table="decisions")  # fmt: skip
    assert "CAST(score" in error.en


def test_an_identifier_as_attribute_stops_with_the_files_message(sqlite_url: str) -> None:
    spec = AuditSpec(outcome="selected", sensitive=["applicant_id"])
    with pytest.raises(GroupError) as info:
        audit_database(sqlite_url, spec, table="decisions", max_rows=1000)
    assert info.value.template == TOO_MANY_GROUPS
    assert info.value.fields == {"column": "applicant_id", "count": 5000, "limit": MAX_GROUPS}


def test_a_group_by_that_explodes_stops_early_and_names_the_column(sqlite_url: str) -> None:
    spec = AuditSpec(outcome="selected", sensitive=["background", "age_band"])
    error = raised(errors.TOO_MANY_CELLS, audit_database, sqlite_url, spec, table="decisions",
                   max_rows=10)  # fmt: skip
    assert error.fields["column"] == "age_band" and error.fields["count"] == 4


def test_table_or_query_is_needed_for_a_url_and_refused_for_a_file(sqlite_url: str) -> None:
    raised(errors.NO_TABLE_OR_QUERY, audit_location, sqlite_url, SPEC)
    raised(errors.TABLE_AND_QUERY, audit_location, sqlite_url, SPEC, table="a", query="SELECT 1")
    raised(errors.TABLE_FOR_A_FILE, audit_location, str(DECISIONS), SPEC, table="decisions")


def test_every_message_exists_in_both_languages_with_the_same_fields() -> None:
    import string

    for name in dir(errors):
        message = getattr(errors, name)
        if isinstance(message, errors.Message):
            fields = [{f for _, f, _, _ in string.Formatter().parse(message.get(lang)) if f}
                      for lang in ("sv", "en")]  # fmt: skip
            assert fields[0] == fields[1], name


@pytest.mark.parametrize(
    ("query", "sent"),
    [
        ("SELECT * FROM t WHERE note <> 'x--y' -- why", "SELECT * FROM t WHERE note <> 'x--y'"),
        ("select 'it''s;' as a /* c; */ from t;", "select 'it''s;' as a   from t"),
        ('SELECT "a""--b" FROM t\n', 'SELECT "a""--b" FROM t'),
    ],
)
def test_comments_go_and_quoted_text_stays(query: str, sent: str) -> None:
    """A trailing comment would swallow the subquery's closing parenthesis; a literal is kept."""
    assert check_select(query) == sent


def test_a_query_with_comments_and_dashes_in_literals_runs(sqlite_url: str) -> None:
    query = "SELECT * FROM decisions WHERE background <> 'x--y' -- every row\n;"
    result = audit_database(sqlite_url, SPEC, query=query)
    assert result.n_rows == 5000 and result.reading.rows_read == 5000


@pytest.mark.parametrize(
    "password", ["Pq7x@Wz4k@Hh9r", "Hemligt@L0senord", "Kq3:Lm8v@Zr5w/Yt2n@Xp6s"]
)
def test_an_unquoted_at_sign_in_the_password_is_refused_without_showing_any_of_it(
    password: str,
) -> None:
    """``user:p@ss@host``: SQLAlchemy takes ``ss@host`` as the host, so the driver would echo a
    piece of the password in its "cannot resolve host" message."""
    url = f"postgresql+psycopg://Granskare:{password}@127.0.0.1:9/hr"
    with pytest.raises(SourceError) as info:
        audit_location(url, SPEC, table="decisions")
    pieces = {"Granskare", password, *password.replace(":", "@").replace("/", "@").split("@")}
    for text in (info.value.en, info.value.sv):
        assert not [piece for piece in pieces if piece in text], text
    assert info.value.template == errors.UNQUOTED_CREDENTIALS
    for text in (info.value.en, info.value.sv):
        assert "postgresql+psycopg://127.0.0.1:9/hr" in text and "%40" in text


@pytest.mark.parametrize(
    "source",
    [
        f"postgresql+psycopg:/Granskare:{SECRET}@127.0.0.1:5432/hr",
        f"postgresql:Granskare:{SECRET}@db/hr",
        f"sqlite:/{SECRET}/hr.sqlite3",
    ],
)
def test_a_url_without_its_double_slash_is_not_taken_for_a_file_and_never_echoed(
    source: str,
) -> None:
    for table in ("decisions", None):
        with pytest.raises(SourceError) as info:
            audit_location(source, SPEC, table=table)
        for text in (info.value.en, info.value.sv):
            assert SECRET not in text and "Granskare" not in text, text
        assert info.value.template == errors.MALFORMED_URL


def test_an_existing_file_whose_name_has_a_colon_is_still_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("logg:2026.csv").write_bytes(DECISIONS.read_bytes())
    expected = audit_location(str(DECISIONS), SPEC).n_rows
    assert audit_location("logg:2026.csv", SPEC).n_rows == expected


@pytest.mark.parametrize(
    "spec",
    [
        SPEC,
        AuditSpec(score="score", sensitive=["gender"]),
        AuditSpec(outcome="selected", sensitive=["gender"], stratify="age_band"),
    ],
)
def test_a_query_or_table_without_rows_says_so_rather_than_blaming_a_column(
    duckdb_url: str, tmp_path: Path, spec: AuditSpec
) -> None:
    """As for a header-only file (issue 9): "empty in every row" would send the user looking
    for the wrong column."""
    typed = "SELECT * FROM typed"
    nothing = f"{typed} WHERE background = 'no such background'"
    assert audit_database(duckdb_url, spec, query=typed).n_rows > 0
    error = raised(errors.NO_ROWS_IN_SOURCE, audit_database, duckdb_url, spec, query=nothing)
    assert "(--query)" in error.en
    empty = tmp_path / "empty.parquet"
    pd.read_csv(DECISIONS).head(0).to_parquet(empty)
    error = raised(errors.NO_ROWS_IN_SOURCE, audit_location, str(empty), spec)
    assert "empty.parquet" in error.en


def test_an_empty_sqlite_table_says_so(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE decisions (gender TEXT, background TEXT, selected INT)")
    error = raised(errors.NO_ROWS_IN_SOURCE, audit_database, f"sqlite:///{path}", SPEC,
                   table="decisions")  # fmt: skip
    assert "--table decisions" in error.en


def test_a_missing_duckdb_file_is_explained_with_a_duckdb_url(tmp_path: Path) -> None:
    path = tmp_path / "typo.duckdb"
    error = raised(errors.DATABASE_FILE_NOT_FOUND, audit_database, f"duckdb:///{path}", SPEC,
                   table="t")  # fmt: skip
    assert "duckdb:///" in error.en and "duckdb:///" in error.sv
    assert not path.exists()

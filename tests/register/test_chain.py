"""Issue 13 §1 and §4: the hash-chained history, what it detects, and the database's own refusals.

Each test that rewrites history does it the way the issue observed: below the application, with
the triggers dropped or disabled (the owner can), then checks that the chain names the entry.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from ethics_toolkit.register.integrity import chain
from ethics_toolkit.register.integrity.content import CHAIN_BROKEN, CHAIN_INTACT, history_line
from ethics_toolkit.register.storage.store import MIGRATIONS, Store
from tests.register.conftest import StoreFactory, _pg_admin
from tests.register.factories import filled_store
from tests.register.tamper import tamper

ROW = {
    "id": 1,
    "at": datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=UTC),
    "actor": "Anna",
    "tool_id": 1,
    "entity": "tool",
    "entity_id": "1",
    "action": "create",
    "changes": {"name": [None, "CV-Sorter"], "employees": [None, 3.0]},
    "summary": "create tool CV-Sorter",
}


def test_entry_hash_is_sha256_of_previous_and_canonical_json() -> None:
    # By hand: keys sorted, no spaces, UTC with microseconds, 3.0 written as 3, None left out.
    text = (
        '{"action":"create","actor":"Anna","at":"2026-01-02T03:04:05.000006Z",'
        '"changes":{"employees":[null,3],"name":[null,"CV-Sorter"]},"entity":"tool",'
        '"entity_id":"1","id":1,"summary":"create tool CV-Sorter","tool_id":1}'
    )
    assert chain.canonical_json(ROW) == text
    expected = hashlib.sha256((chain.GENESIS + text).encode()).hexdigest()
    assert chain.entry_hash(ROW, chain.GENESIS) == expected


def test_the_hash_covers_every_column_even_ones_added_later() -> None:
    base = chain.entry_hash(ROW, chain.GENESIS)
    # A nullable column added by a later migration leaves old entries' hashes valid ...
    assert chain.entry_hash({**ROW, "event_key": None}, chain.GENESIS) == base
    # ... and protects its value once it holds one, like every other column.
    assert chain.entry_hash({**ROW, "event_key": "tool.created"}, chain.GENESIS) != base
    for column, value in [("actor", "Eve"), ("id", 2), ("at", datetime(2020, 1, 1, tzinfo=UTC))]:
        assert chain.entry_hash({**ROW, column: value}, chain.GENESIS) != base
    # The link: the same entry after another predecessor has another hash.
    assert chain.entry_hash(ROW, "f" * 64) != base
    # Naive datetimes are UTC (SQLite keeps no offset): the same instant, the same hash.
    naive = ROW["at"].replace(tzinfo=None)
    assert chain.entry_hash({**ROW, "at": naive}, chain.GENESIS) == base


def _tamper(store: Store, statement: str) -> None:
    """Rewrite history as someone with database access could: triggers out of the way first."""
    tamper(store, statement)


def test_every_entry_is_chained_and_the_chain_is_intact(store: Store) -> None:
    filled_store(store)
    entries = store.history()
    assert all(e.hash and len(e.hash) == 64 for e in entries)
    check = store.walk_history()
    assert (check.intact, check.entries, check.head) == (True, len(entries), entries[-1].hash)
    record = store.record("CV-Sorter")
    assert record.history_check is not None and record.history_check.intact
    assert history_line(record.history_check, "en") == CHAIN_INTACT.format("en", n=len(entries))


@pytest.mark.parametrize(
    ("statement", "broken"),
    [
        ("UPDATE history SET summary = summary || ' (edited)' WHERE id = 1", 1),
        ("UPDATE history SET actor = 'Mallory' WHERE id = 3", 3),
        ("UPDATE history SET at = '2020-01-01 00:00:00' WHERE id = 2", 2),
        ("DELETE FROM history WHERE id = 3", 4),  # the next entry no longer links
        ("UPDATE history SET hash = NULL WHERE id = 5", 5),
    ],
)
def test_a_change_below_the_application_names_the_first_broken_entry(
    store: Store, statement: str, broken: int
) -> None:
    filled_store(store)
    _tamper(store, statement)
    check = store.walk_history()
    assert not check.intact and check.broken_id == broken
    record = store.record("CV-Sorter")
    assert record.history_check is not None and not record.history_check.intact
    assert f"entry {broken} " in history_line(record.history_check, "en")
    assert CHAIN_BROKEN.get("en").split("{")[0] in history_line(record.history_check, "en")


def test_a_forged_entry_inserted_in_the_middle_breaks_the_chain(store: Store) -> None:
    filled_store(store)
    # A backdated entry with a made-up hash after renumbering the end of the trail.
    count = len(store.history())
    _tamper(store, f"UPDATE history SET id = id + 100 WHERE id > {count - 2}")
    _tamper(
        store,
        "INSERT INTO history (id, at, actor, tool_id, entity, entity_id, action, changes, "
        f"summary, hash) VALUES ({count - 1}, '2020-01-01 00:00:00', 'Eve', 1, 'tool', '1', "
        f"'update', '{{}}', 'approved long ago', '{'a' * 64}')",
    )
    assert store.walk_history().broken_id == count - 1


def test_sqlite_refuses_replace_into_history(make_store: StoreFactory, backend: str) -> None:
    if backend != "sqlite":
        pytest.skip("REPLACE is SQLite's")
    store = make_store()
    filled_store(store)
    before = store.history()
    # REPLACE deletes the old row without firing the DELETE trigger: refused before it can.
    for statement in (
        "REPLACE INTO history (id, at, actor, tool_id, entity, entity_id, action, changes, "
        "summary, hash) VALUES (1, '2020-01-01', 'Eve', 1, 'tool', '1', 'create', '{}', '', 'x')",
        "INSERT OR REPLACE INTO history (id, at, actor, entity, entity_id, action, changes, "
        "summary, hash) VALUES (2, '2020-01-01', 'Eve', 'tool', '1', 'create', '{}', '', 'x')",
    ):
        refused = "append-only|appended in order"  # issue 27's guard may answer first
        with pytest.raises(sa.exc.DatabaseError, match=refused), store.engine.begin() as c:
            c.exec_driver_sql(statement)
    assert store.history() == before and store.walk_history().intact


def test_the_database_refuses_entries_without_a_hash(store: Store) -> None:
    filled_store(store)
    following = len(store.history()) + 1  # in order (issue 27), so that only the hash is missing
    statement = (
        "INSERT INTO history (id, at, actor, entity, entity_id, action, changes, summary, "
        f"origin) VALUES ({following}, '2999-01-01', 'Eve', 'tool', '1', 'create', '{{}}', '', "
        "'live')"
    )
    with pytest.raises(sa.exc.DatabaseError, match="hash"), store.engine.begin() as c:
        c.exec_driver_sql(statement)


@pytest.mark.postgres
def test_postgresql_refuses_truncate_of_history(make_store: StoreFactory, backend: str) -> None:
    if backend != "postgresql":
        pytest.skip("TRUNCATE triggers are PostgreSQL's")
    store = make_store()
    filled_store(store)
    before = store.history()
    with pytest.raises(sa.exc.DatabaseError, match="append-only"), store.engine.begin() as c:
        c.exec_driver_sql("TRUNCATE history")
    assert store.history() == before


def _at_revision_0001(url: str, **options: object) -> None:
    engine = sa.create_engine(url, **options)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.exec_driver_sql(
            "INSERT INTO history (at, actor, tool_id, entity, entity_id, action, changes, "
            "summary) VALUES ('2026-01-01 10:00:00', 'Anna', 1, 'tool', '1', 'create', "
            """'{"name": [null, "Old"]}', 'create tool Old'), ('2026-01-02 10:00:00', 'Bo', 1, """
            """'tool', '1', 'delete', '{}', 'delete tool Old')"""
        )
    engine.dispose()


@pytest.fixture
def old_register(backend: str, tmp_path: Path) -> Iterator[tuple[str, dict[str, object]]]:
    """A register at revision 0001 with two history entries, on the test's back end."""
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
        _at_revision_0001(url)
        yield url, {}
        return
    admin = _pg_admin()
    schema = f"t_{uuid.uuid4().hex[:16]}"
    with admin.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    url = admin.url.render_as_string(hide_password=False)
    options = {"connect_args": {"options": f"-csearch_path={schema}"}}
    try:
        _at_revision_0001(url, **options)
        yield url, options
    finally:
        with admin.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def test_upgrading_an_older_register_seals_its_history(
    old_register: tuple[str, dict[str, object]],
) -> None:
    url, options = old_register
    store = Store.open(url, **options)
    entries = store.history()
    # Issue 27: the upgrade to row binding appends its seal (it binds no row: there are none).
    assert [e.actor for e in entries] == ["Anna", "Bo", "ethics-toolkit (upgrade)"]
    assert all(e.hash for e in entries)
    assert store.walk_history().intact
    # New entries continue the chain, and the append-only triggers are back in place.
    filled_store(store)
    assert store.walk_history().intact
    with pytest.raises(sa.exc.DatabaseError, match="append-only"), store.engine.begin() as c:
        c.exec_driver_sql("UPDATE history SET actor = 'x' WHERE id = 1")
    # A deleted tool's id is never given to a new tool: its history stays its own.
    assert store.get_tool("CV-Sorter").id == 2
    store.close()

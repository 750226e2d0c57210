"""Issue 13 §3-4 acceptance: many processes at once, on SQLite and the CI PostgreSQL.

Observed on the old main: of 20 processes opening a new database at once up to 17 failed ("table
tools already exists"; PostgreSQL: duplicate key in pg_type), and of 10 concurrent imports half
failed with "UNIQUE constraint failed". Here every process starts at the same moment (a shared
event) and reports success or its message; nothing may be left half-done.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.register.storage.exchange_import import NAMES_TAKEN
from ethics_toolkit.register.storage.store import Store
from tests.register.conftest import PG_URL_ENV, _pg_admin
from tests.register.factories import ACTOR, cv_screening, filled_store

PROCESSES = 20
IMPORTS = 10
_CONTEXT = multiprocessing.get_context("fork")


def _child(
    work: Callable[[int], str], index: int, start: Any, results: Any
) -> None:  # pragma: no cover - runs in the child
    start.wait(30)
    try:
        results.put((index, work(index)))
    except UserFacingError as error:
        results.put((index, f"error: {error.en}"))
    except Exception as error:
        results.put((index, f"crash: {type(error).__name__}: {error}"))


def run_at_once(work: Callable[[int], str], count: int) -> dict[int, str]:
    """Run ``work(i)`` in ``count`` processes released together; their results by index."""
    start, results = _CONTEXT.Event(), _CONTEXT.Queue()
    processes = [
        _CONTEXT.Process(target=_child, args=(work, i, start, results)) for i in range(count)
    ]
    for process in processes:
        process.start()
    start.set()
    found = dict(results.get(timeout=120) for _ in processes)
    for process in processes:
        process.join(30)
    return found


def _open_and_add(url: str, connect_args: dict[str, str] | None = None) -> Callable[[int], str]:
    def work(index: int) -> str:
        options = {"connect_args": connect_args} if connect_args else {}
        store = Store.open(url, **options)
        try:
            store.save_tool(cv_screening(name=f"Tool {index}"), actor=f"user{index}")
            return "ok"
        finally:
            store.close()

    return work


def _check_complete(store: Store, count: int) -> None:
    assert sorted(t.name for t in store.list_tools()) == sorted(f"Tool {i}" for i in range(count))
    assert len(store.history()) == count and store.walk_history().intact


def test_twenty_processes_open_a_new_sqlite_database_at_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    results = run_at_once(_open_and_add(url), PROCESSES)
    assert results == dict.fromkeys(range(PROCESSES), "ok")
    _check_complete(Store.open(url), PROCESSES)


@pytest.fixture
def pg_schema() -> Iterator[tuple[str, dict[str, str]]]:
    if not os.environ.get(PG_URL_ENV):
        pytest.skip(f"{PG_URL_ENV} is not set")
    admin = _pg_admin()
    schema = f"t_{uuid.uuid4().hex[:16]}"
    with admin.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield (
            admin.url.render_as_string(hide_password=False),
            {"options": f"-csearch_path={schema}"},
        )
    finally:
        with admin.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.mark.postgres
def test_twenty_processes_open_a_new_postgresql_register_at_once(
    pg_schema: tuple[str, dict[str, str]],
) -> None:
    url, connect_args = pg_schema
    results = run_at_once(_open_and_add(url, connect_args), PROCESSES)
    assert results == dict.fromkeys(range(PROCESSES), "ok")
    _check_complete(Store.open(url, connect_args=connect_args), PROCESSES)


def _exports(tmp_path: Path, count: int) -> list[Path]:
    paths = []
    for index in range(count):
        # Different names need different files: renaming in the file would break its chain.
        store = Store.open("sqlite://")
        tool = filled_store(store)
        store.save_tool(tool.model_copy(update={"name": f"Imported {index}"}), actor=ACTOR)
        path = tmp_path / f"export{index}.json"
        path.write_text(json.dumps(store.export_json()), encoding="utf-8")
        paths.append(path)
        store.close()
    return paths


def _importer(url: str, paths: list[Path], options: dict[str, Any]) -> Callable[[int], str]:
    def work(index: int) -> str:
        store = Store.open(url, **options)
        try:
            data = json.loads(paths[index % len(paths)].read_text(encoding="utf-8"))
            return ",".join(store.import_json(data, source=f"export{index}.json"))
        finally:
            store.close()

    return work


@pytest.mark.parametrize(
    "backend_name", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_ten_concurrent_imports_all_succeed_or_say_why(
    tmp_path: Path, request: pytest.FixtureRequest, backend_name: str
) -> None:
    if backend_name == "sqlite":
        url, options = f"sqlite:///{tmp_path / 'target.sqlite3'}", {}
    else:
        url, connect_args = request.getfixturevalue("pg_schema")
        options = {"connect_args": connect_args}
    Store.open(url, **options).close()
    paths = _exports(tmp_path, IMPORTS)
    # Ten different files at once: every import succeeds.
    results = run_at_once(_importer(url, paths, options), IMPORTS)
    assert sorted(results.values()) == sorted(f"Imported {i}" for i in range(IMPORTS))
    store = Store.open(url, **options)
    tools = store.list_tools()
    assert len(tools) == IMPORTS and store.walk_history().intact
    per_tool = {t.name: len(store.history(t.id)) for t in tools}
    assert len(set(per_tool.values())) == 1  # each tool got its whole trail plus one entry
    # The same file ten times at once: exactly one import, nine clear refusals, nothing half-done.
    again = run_at_once(_importer(url, [_renamed(tmp_path)], options), IMPORTS)
    imported = [v for v in again.values() if not v.startswith("error")]
    refused = [v for v in again.values() if v.startswith("error")]
    assert imported == ["Shared"] and len(refused) == IMPORTS - 1
    assert all(v == "error: " + NAMES_TAKEN.format("en", names="'Shared'") for v in refused)
    assert len(store.list_tools()) == IMPORTS + 1 and store.walk_history().intact


def _renamed(tmp_path: Path) -> Path:
    store = Store.open("sqlite://")
    tool = filled_store(store)
    store.save_tool(tool.model_copy(update={"name": "Shared"}), actor=ACTOR)
    path = tmp_path / "shared.json"
    path.write_text(json.dumps(store.export_json()), encoding="utf-8")
    return path

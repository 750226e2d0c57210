"""Store fixtures: every test gets a fresh database, on SQLite always and on PostgreSQL when
``ETHICS_TOOLKIT_TEST_PG_URL`` is set (``ETHICS_TOOLKIT_REQUIRE_PG=1`` turns a missing or
unreachable server into a failure, as in CI). Each PostgreSQL store lives in its own schema
``t_<uuid>``, so parallel runs never collide; the schema is dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator

import pytest
import sqlalchemy as sa

from ethics_toolkit.register.storage.store import Store

PG_URL_ENV = "ETHICS_TOOLKIT_TEST_PG_URL"
REQUIRE_PG_ENV = "ETHICS_TOOLKIT_REQUIRE_PG"
SQLITE_MEMORY = "sqlite+pysqlite:///:memory:"

StoreFactory = Callable[[], Store]


def _pg_admin() -> sa.Engine:
    """An engine on the test server, or skip/fail (per REQUIRE_PG) with the reason."""
    url = os.environ.get(PG_URL_ENV, "").strip()
    required = os.environ.get(REQUIRE_PG_ENV) == "1"
    problem = None
    if not url:
        problem = f"{PG_URL_ENV} is not set"
    else:
        engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
        try:
            with engine.connect():
                return engine
        except sa.exc.SQLAlchemyError as error:
            problem = f"PostgreSQL at {url} is unreachable: {error}"
    if required:
        pytest.fail(f"{REQUIRE_PG_ENV}=1 but {problem}")
    pytest.skip(problem)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def make_store(backend: str) -> Iterator[StoreFactory]:
    """A factory of fresh, migrated, empty stores on the test's back end."""
    stores: list[Store] = []
    schemas: list[str] = []
    admin = _pg_admin() if backend == "postgresql" else None

    def factory() -> Store:
        if admin is None:
            store = Store.open(SQLITE_MEMORY, poolclass=sa.pool.StaticPool)
        else:
            schema = f"t_{uuid.uuid4().hex[:16]}"
            with admin.begin() as connection:
                connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
            schemas.append(schema)
            store = Store.open(
                admin.url.render_as_string(hide_password=False),
                connect_args={"options": f"-csearch_path={schema}"},
            )
        stores.append(store)
        return store

    yield factory
    for store in stores:
        store.close()
    if admin is not None:
        with admin.begin() as connection:
            for schema in schemas:
                connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def store(make_store: StoreFactory) -> Store:
    return make_store()

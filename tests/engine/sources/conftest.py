"""Source fixtures: the sample logs as tables in SQLite, DuckDB and (when configured) PostgreSQL.

Every log is loaded twice: as text exactly as written in the CSV (empty fields NULL), and typed
the way pandas reads it (numbers as numbers), so both kinds of table are compared with the file
path. PostgreSQL tables live in a schema ``t_<uuid>`` that is dropped afterwards;
``ETHICS_TOOLKIT_REQUIRE_PG=1`` turns a missing server into a failure, as in CI.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import sqlalchemy as sa

from tests.conftest import SAMPLE_DATA

PG_URL_ENV = "ETHICS_TOOLKIT_TEST_PG_URL"
REQUIRE_PG_ENV = "ETHICS_TOOLKIT_REQUIRE_PG"
DECISIONS = SAMPLE_DATA / "recruitment_decisions.csv"
COUNTS = SAMPLE_DATA / "aggregated_counts.csv"
PROCESS = SAMPLE_DATA / "decision_process.csv"


def text_frame(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])


GROUP_SHARES = [0.4, 0.4, 0.05, 0.1, 0.05]


def dated_log(rows: int = 1200, seed: int = 7) -> pd.DataFrame:
    """A log with every dimension: unknowns, strata, the tool's advice, stages and dates."""
    rng = np.random.default_rng(seed)
    days = pd.Timestamp("2025-01-01") + pd.to_timedelta(rng.integers(0, 540, rows), unit="D")
    frame = pd.DataFrame(
        {
            "g": rng.choice(["A", "B", " A", "Not stated", ""], rows, p=GROUP_SHARES),
            "job": rng.choice(["j1", "j2", "j3", ""], rows),
            "ai": rng.choice(["yes", "no", ""], rows, p=[0.45, 0.5, 0.05]),
            "final": rng.choice(["1", "0", ""], rows, p=[0.3, 0.65, 0.05]),
            "reached": rng.choice(["applied", "interview", "offer", ""], rows),
            "day": pd.Series(days.date, dtype=object),
            "score": np.round(rng.uniform(0, 100, rows), 1),
        }
    )
    frame.loc[rng.random(rows) < 0.05, "day"] = None
    return frame


def as_text(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame as a CSV would hold it: text, dates in ISO form, empty for missing."""
    out = frame.copy()
    for column in out.columns:
        out[column] = [None if v is None or v == "" else str(v) for v in out[column]]
    return out


def tables() -> dict[str, pd.DataFrame]:
    dated = dated_log()
    return {
        "decisions": text_frame(DECISIONS),
        "typed": pd.read_csv(DECISIONS),
        "counts": pd.read_csv(COUNTS),
        "decision log": text_frame(DECISIONS),
        "dated": dated.replace({"": None}),
        "process": text_frame(PROCESS),
        "process_typed": pd.read_csv(PROCESS),
    }


def load(engine: sa.Engine, schema: str | None = None) -> None:
    with engine.begin() as connection:
        for name, frame in tables().items():
            frame.to_sql(name, connection, schema=schema, index=False)


@pytest.fixture(scope="session")
def sqlite_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("sources") / "hr.sqlite3"
    sqlite3.connect(path).close()
    engine = sa.create_engine(f"sqlite:///{path}")
    load(engine)
    engine.dispose()
    return f"sqlite:///{path}"


@pytest.fixture(scope="session")
def duckdb_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("sources") / "hr.duckdb"
    engine = sa.create_engine(f"duckdb:///{path}")
    load(engine)
    engine.dispose()
    return f"duckdb:///{path}"


def pg_admin_url() -> str:
    url = os.environ.get(PG_URL_ENV, "").strip()
    problem = None
    if not url:
        problem = f"{PG_URL_ENV} is not set"
    else:
        engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
        try:
            with engine.connect():
                return url
        except sa.exc.SQLAlchemyError as error:
            problem = f"PostgreSQL is unreachable: {type(error).__name__}"
        finally:
            engine.dispose()
    if os.environ.get(REQUIRE_PG_ENV) == "1":
        pytest.fail(f"{REQUIRE_PG_ENV}=1 but {problem}")
    pytest.skip(problem)


@pytest.fixture(scope="session")
def pg_source() -> Iterator[tuple[str, str]]:
    """(URL, schema) of the sample tables on the PostgreSQL test server."""
    url = pg_admin_url()
    schema = f"t_{uuid.uuid4().hex[:16]}"
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    with engine.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        load(engine, schema)
        yield url, schema
    finally:
        with engine.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()

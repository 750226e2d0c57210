"""Every reading path of ``ethics-toolkit audit``, each writing the same log its own way (issue 27).

A log is a list of columns and rows of Python values (``None`` missing, ``float("nan")``,
``float("inf")``, text with control characters, a :class:`Nested` value, a :class:`Formula`).
Each path writes it as its source would hold it and returns what ``audit`` is given:

- ``csv`` (pandas) and ``big csv`` (DuckDB, the threshold lowered by the caller): text, missing
  empty, NaN and infinity as ``nan`` / ``inf``;
- ``parquet`` (DuckDB): typed columns, NaN and infinity as doubles, nested values as structs;
- ``sqlite`` and ``postgres`` (a table): typed columns; SQLite stores NaN as NULL, PostgreSQL
  text cannot hold NUL;
- ``xlsx`` (openpyxl) and ``ods`` (by hand): cells; NaN and infinity cannot be numbers there, so
  they are written as text, as Excel would show them.

``unsupported`` names why a path cannot hold a value (a NUL in PostgreSQL or in XML): the matrix
skips that cell of the table, saying why.
"""

from __future__ import annotations

import csv
import io
import math
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests import workbooks

PATHS = ("csv", "big csv", "parquet", "sqlite", "postgres", "xlsx", "ods")
TABLE = "decisions"


@dataclass(frozen=True)
class Nested:
    """A nested value (a Parquet struct, a PostgreSQL array)."""

    value: str


@dataclass(frozen=True)
class Formula:
    """A formula cell: ``cached`` is its saved result, or ``None`` when it has none."""

    formula: str
    cached: Any = None


@dataclass(frozen=True)
class Log:
    columns: Sequence[str]
    rows: Sequence[Sequence[Any]]
    encoded: bytes | None = None
    """The CSV bytes, when a case is about bytes (mixed encodings)."""


def _is_nan(value: Any) -> bool:
    return isinstance(value, float) and math.isnan(value)


def _values(log: Log) -> list[Any]:
    return [v for row in log.rows for v in row]


def unsupported(path: str, log: Log) -> str | None:
    """Why ``path`` cannot hold the log's values, or ``None``."""
    values = _values(log)
    text = [v for v in values if isinstance(v, str)]
    control = any(any(ord(c) < 32 and c not in "\t\r\n" for c in v) for v in text)
    if log.encoded is not None and path not in ("csv", "big csv"):
        return "bytes in two encodings exist only in a text file"
    if any(isinstance(v, Formula) for v in values) and path not in ("xlsx", "ods"):
        return "only a workbook holds formulas"
    if path == "xlsx" and any(isinstance(v, Formula) and v.cached is not None for v in values):
        return "openpyxl cannot save a formula's result"
    if any(isinstance(v, Nested) for v in values) and path not in ("parquet", "postgres"):
        return "a nested value exists only in Parquet and PostgreSQL"
    if control and path in ("postgres", "xlsx", "ods"):
        return "PostgreSQL text and XML cannot hold a NUL"
    if path == "sqlite" and any(_is_nan(v) for v in values):
        return "SQLite stores NaN as NULL"
    return None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
    return str(value)


def csv_bytes(log: Log) -> bytes:
    if log.encoded is not None:
        return log.encoded
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(log.columns)
    writer.writerows([_text(v) for v in row] for row in log.rows)
    return out.getvalue().encode("utf-8")


def _parquet(log: Log, path: Path) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = {}
    for i, name in enumerate(log.columns):
        values = [row[i] for row in log.rows]
        if any(isinstance(v, Nested) for v in values):
            columns[name] = pa.array([{"value": getattr(v, "value", v)} for v in values])
        else:
            columns[name] = pa.array(values, from_pandas=False)
        # from_pandas=False keeps NaN a NaN (pandas would make it null)
    pq.write_table(pa.table(columns), path)
    return path


def _sql_type(values: list[Any]) -> str:
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, int | float) and not isinstance(v, bool) for v in present):
        return "DOUBLE PRECISION" if any(isinstance(v, float) for v in present) else "INTEGER"
    if any(isinstance(v, Nested) for v in present):
        return "TEXT[]"
    return "TEXT"


def _sqlite(log: Log, path: Path) -> str:
    with sqlite3.connect(path) as connection:
        types = [_sql_type([r[i] for r in log.rows]) for i in range(len(log.columns))]
        declared = ", ".join(f'"{c}" {t.replace("DOUBLE PRECISION", "REAL")}'
                             for c, t in zip(log.columns, types, strict=True))  # fmt: skip
        connection.execute(f"CREATE TABLE {TABLE} ({declared})")
        marks = ", ".join("?" * len(log.columns))
        connection.executemany(f"INSERT INTO {TABLE} VALUES ({marks})", log.rows)
    return f"sqlite:///{path}"


def _postgres(log: Log, url: str, schema: str, name: str) -> tuple[str, str]:
    import sqlalchemy as sa

    table = f'"{schema}"."{name}"'
    types = [_sql_type([r[i] for r in log.rows]) for i in range(len(log.columns))]
    declared = ", ".join(f'"{c}" {t}' for c, t in zip(log.columns, types, strict=True))
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    rows = [[[v.value] if isinstance(v, Nested) else v for v in row] for row in log.rows]
    with engine.begin() as connection:
        connection.execute(sa.text(f"CREATE TABLE {table} ({declared})"))
        raw = connection.connection.driver_connection
        marks = ", ".join(["%s"] * len(log.columns))
        with raw.cursor() as cursor:
            cursor.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    engine.dispose()
    return url, f"{schema}.{name}"


def _cell(value: Any) -> Any:
    """A value as a spreadsheet holds it: NaN and infinity only as text."""
    if isinstance(value, float) and not math.isfinite(value):
        return _text(value)
    return value


def _xlsx(log: Log) -> bytes:
    rows = [list(log.columns)]
    for row in log.rows:
        rows.append([f"={v.formula}" if isinstance(v, Formula) else _cell(v) for v in row])
    return workbooks.xlsx([("Data", rows)])


def _ods_formula(value: Formula) -> str:
    if value.cached is None:
        return f'<table:table-cell table:formula="of:={value.formula}"/>'
    return (
        f'<table:table-cell table:formula="of:={value.formula}" office:value-type="float" '
        f'office:value="{value.cached}"><text:p>{value.cached}</text:p></table:table-cell>'
    )


def _ods(log: Log) -> bytes:
    rows = [list(log.columns)]
    for row in log.rows:
        rows.append([_ods_formula(v) if isinstance(v, Formula) else _cell(v) for v in row])
    original = workbooks._ods_cell

    def cell(value: Any) -> str:
        return value if isinstance(value, str) and value.startswith("<table:") else original(value)

    workbooks._ods_cell = cell  # type: ignore[assignment]
    try:
        return workbooks.ods([("Data", rows)])
    finally:
        workbooks._ods_cell = original  # type: ignore[assignment]


def write(
    path: str, log: Log, folder: Path, name: str, postgres: tuple[str, str] | None
) -> list[str]:
    """The ``audit`` arguments that read ``log`` through ``path`` (source, then options)."""
    if path in ("csv", "big csv"):
        target = folder / f"{name}.csv"
        target.write_bytes(csv_bytes(log))
        return [str(target)]
    if path == "parquet":
        return [str(_parquet(log, folder / f"{name}.parquet"))]
    if path == "sqlite":
        return [_sqlite(log, folder / f"{name}.sqlite3"), "--table", TABLE]
    if path == "postgres":
        assert postgres is not None
        url, table = _postgres(log, *postgres, name)
        return [url, "--table", table]
    target = folder / f"{name}.{path}"
    target.write_bytes(_xlsx(log) if path == "xlsx" else _ods(log))
    return [str(target)]

"""Parquet files and large CSV files as a :class:`Relation` in embedded DuckDB (no server).

DuckDB groups the files where they lie, in bounded memory (:data:`MEMORY_LIMIT`, spilling to a
temporary folder if it ever must), so an audit of a hundred million rows holds only the cells.

Parquet: a ``.parquet`` file, a folder of them (read recursively) or a glob (``'logs/*.parquet'``,
quoted so the shell leaves it alone), all with the same columns.

CSV files above :data:`BIG_CSV_BYTES` are read by DuckDB as text, with what the pandas reader
detected from the file's first 64 KiB (:func:`ethics_toolkit.engine.reading.tabular.detect`):
separator, decimal mark, header. The decisions stay the file path's: labels are stripped and
sensitive values kept as written; the outcome, truth, recommendation and stage values are typed
exactly as pandas types them (``1.0`` -> 1, ``true`` -> True) by
:mod:`ethics_toolkit.engine.sources.pushdown`; a score is a number written with ``.`` or ``,``.
Whatever the pandas path would refuse or read differently goes back to it
(:class:`UseThePandasPath`), which then gives its own figures or its own precise message, in more
memory: encodings DuckDB does not read byte for byte like Python (Windows-1252, a UTF-8 file that
turns out not to be), any line DuckDB cannot parse (a value beyond the header's columns), an unnamed
column holding data, a score that is not a finite number, a field over the reader's length limit,
and a file without rows.

The SHA-256 of the bytes (every file's, in name order) is computed in a second thread while DuckDB
reads (hashlib releases the GIL), so the register can prove which files were audited.
"""

from __future__ import annotations

import glob
import hashlib
import os
import tempfile
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ethics_toolkit.engine.errors import FILE_NOT_FOUND, ReadingError
from ethics_toolkit.engine.sources.errors import NO_PARQUET_FILES, READ_FAILED, SourceError
from ethics_toolkit.engine.sources.relation import Relation, detail_of

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from ethics_toolkit.engine.reading.tabular import Dialect

PARQUET_SUFFIXES = (".parquet", ".parq")
# CSV files larger than this (about 3M rows of a 7-column log) are grouped by DuckDB instead of
# being loaded by pandas. Below it pandas is as fast (DuckDB and SQLAlchemy cost 0.3 s to import)
# and its memory still small; above it pandas holds the file's bytes and a frame that grow with
# the rows, while DuckDB's memory stays flat (bench/bench_sources.py measures both paths).
BIG_CSV_BYTES = 100 * 1024 * 1024
MEMORY_LIMIT = "512MB"
VIEW = "ethics_source"
_DUCKDB_ENCODINGS = {"utf-8": "utf-8", "utf-8-sig": "utf-8", "utf-16": "utf-16"}
_HASH_CHUNK = 4 * 1024 * 1024
_GLOB_CHARACTERS = frozenset("*?[")
_UNNAMED = "__ethics_toolkit_unnamed_column_"  # an unnamed header field, by position


class UseThePandasPath(Exception):
    """This CSV is read by pandas after all (an encoding DuckDB does not read identically)."""


def parquet_files(source: str) -> list[str] | None:
    """The Parquet files ``source`` names (a file, a folder, a glob), or ``None`` if not Parquet.

    A folder counts when it holds ``.parquet`` files; a glob when it ends like one.
    """
    path = Path(source).expanduser()
    if path.is_dir():
        found = sorted(
            str(p) for p in path.rglob("*") if p.suffix.lower() in PARQUET_SUFFIXES and p.is_file()
        )
        return found or None
    lowered = source.lower()
    if not lowered.endswith(PARQUET_SUFFIXES):
        return None
    if _GLOB_CHARACTERS & set(source):
        found = sorted(glob.glob(os.path.expanduser(source), recursive=True))
        if not found:
            raise SourceError(NO_PARQUET_FILES, name=repr(source))
        return found
    if not path.is_file():
        raise ReadingError(FILE_NOT_FOUND, name=repr(source), cwd=Path.cwd())
    return [str(path)]


def is_big_csv(path: Path, threshold: int = BIG_CSV_BYTES) -> bool:
    """A CSV large enough for DuckDB (Excel files and small CSVs stay with pandas)."""
    if path.suffix.lower() in (".xlsx", ".xls", ".xlsm", ".ods"):
        return False
    try:
        return path.is_file() and path.stat().st_size > threshold
    except OSError:
        return False


def checked_sha256(path: Path, encoding: str, name: str) -> str:
    """A CSV file's SHA-256, and the text checks of the pandas path in the same read.

    A NUL byte, or a mix of UTF-8 and another encoding anywhere in the file, raises the pandas
    path's own :class:`~ethics_toolkit.engine.errors.ReadingError`; a file that is not UTF-8 at all
    (Windows-1252 beyond the first 64 KiB) raises :class:`UseThePandasPath`.
    """
    from ethics_toolkit.engine.reading.encoding import TextCheck

    check = TextCheck(encoding, name, path)
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_HASH_CHUNK):
            digest.update(chunk)
            check.feed(chunk)
    if not check.finish():
        raise UseThePandasPath("not UTF-8 throughout")
    return digest.hexdigest()


def files_sha256(files: Sequence[str]) -> str:
    """SHA-256 of the files' bytes in the given order (one file: that file's SHA-256)."""
    digest = hashlib.sha256()
    for name in files:
        with open(name, "rb") as handle:
            while chunk := handle.read(_HASH_CHUNK):
                digest.update(chunk)
    return digest.hexdigest()


@contextmanager
def duckdb_connection() -> Iterator[Connection]:
    """An in-memory DuckDB through SQLAlchemy, with bounded memory and a private spill folder."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    with tempfile.TemporaryDirectory(prefix="ethics-duckdb-") as spill:
        engine = create_engine("duckdb:///:memory:", poolclass=StaticPool)
        try:
            with engine.connect() as connection:
                raw = connection.connection.driver_connection
                # SET takes no parameters: the values are ours (a constant, a tempfile folder).
                raw.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
                raw.execute("SET temp_directory = '" + spill.replace("'", "''") + "'")
                raw.execute("SET preserve_insertion_order = false")
                raw.execute("SET enable_progress_bar = false")
                yield connection
        finally:
            engine.dispose()


def _relation(rel: object, *, rename: dict[str, str] | None) -> tuple[object, list[str]]:
    """Register the DuckDB relation as a view and select it (columns renamed) with SQLAlchemy."""
    from sqlalchemy import column, select, table

    rel.to_view(VIEW)  # type: ignore[attr-defined]
    raw_columns = [str(c) for c in rel.columns]  # type: ignore[attr-defined]
    view = table(VIEW, *[column(c) for c in raw_columns])
    if not rename:
        return view, raw_columns
    renamed = select(*[view.c[c].label(rename.get(c, c)) for c in raw_columns]).subquery("source")
    return renamed, [rename.get(c, c) for c in raw_columns]


@contextmanager
def open_parquet(files: Sequence[str], *, display: str) -> Iterator[Relation]:
    """The Parquet files as one relation (``union_by_name``: columns matched by name)."""
    with ThreadPoolExecutor(max_workers=1) as pool, duckdb_connection() as connection:
        digest: Future[str] = pool.submit(files_sha256, files)
        raw = connection.connection.driver_connection
        try:
            rel = raw.read_parquet(list(files), union_by_name=True)
            selectable, columns = _relation(rel, rename=None)
        except Exception as error:
            raise SourceError(READ_FAILED, source=display, detail=detail_of(error, None)) from None
        relation = Relation(
            connection=connection,
            selectable=selectable,  # type: ignore[arg-type]
            columns=columns,
            dialect="duckdb",
            name=display,
            kind="parquet",
            digest=digest,
            reading={"file_name": Path(files[0]).name if len(files) == 1 else display},
        )
        yield relation


@contextmanager
def open_csv(path: Path, dialect: Dialect, *, display: str) -> Iterator[Relation]:
    """A large CSV as a relation of text columns named as the pandas reader names them."""
    encoding = _DUCKDB_ENCODINGS.get(dialect.encoding.lower())
    if encoding is None:
        raise UseThePandasPath(dialect.encoding)
    with ThreadPoolExecutor(max_workers=1) as pool, duckdb_connection() as connection:
        # The whole file is checked as text while DuckDB reads it (DuckDB checks only the
        # columns it reads): its errors come first, as on the pandas path (``text_first``).
        checked = pool.submit(checked_sha256, path, dialect.encoding, repr(path.name))
        digest: Future[str] = checked
        raw = connection.connection.driver_connection
        try:
            rel = raw.read_csv(
                str(path),
                header=True,
                skiprows=dialect.skipped,  # SQL read_csv calls it skip
                sep=dialect.separator,
                quotechar='"',
                escapechar='"',
                all_varchar=True,
                null_padding=True,
                encoding=encoding,
            )
            if len(rel.columns) != len(dialect.stripped):
                raise UseThePandasPath("header")
            names = [c or f"{_UNNAMED}{i}" for i, c in enumerate(dialect.stripped)]
            selectable, columns = _relation(rel, rename=dict(zip(rel.columns, names, strict=True)))
            _check_unnamed(connection, selectable, [c for c in columns if c.startswith(_UNNAMED)])
        except UseThePandasPath:
            checked.result()  # a NUL byte or mixed encodings are said before anything else
            raise
        except Exception as error:
            checked.result()
            raise _csv_error(error, display) from None
        relation = Relation(
            connection=connection,
            selectable=selectable,  # type: ignore[arg-type]
            columns=[c for c in columns if not c.startswith(_UNNAMED)],
            dialect="duckdb",
            name=display,
            kind="csv",
            csv_decimal=dialect.decimal,
            on_error=lambda error: _csv_error(error, display),
            reading={
                "encoding": dialect.encoding,
                "separator": dialect.separator,
                "decimal": dialect.decimal,
                "file_name": path.name,
                "skipped_lines": dialect.skipped,
            },
            digest=digest,
        )
        yield relation


def _check_unnamed(connection: Connection, source: object, unnamed: list[str]) -> None:
    """Unnamed columns (trailing separators) must be empty, or pandas says which one is not."""
    from sqlalchemy import func, select

    for name in unnamed:
        column = source.c[name]  # type: ignore[attr-defined]
        filled = select(func.count()).select_from(source).where(func.trim(column) != "")  # type: ignore[arg-type]
        if connection.execute(filled).scalar():
            raise UseThePandasPath("an unnamed column holds data")


def _csv_error(error: BaseException, display: str) -> Exception:
    """Anything DuckDB cannot read goes to the pandas path, whose message is the file path's."""
    return UseThePandasPath(detail_of(error, None))

"""Audit where the data lives: a database URL, Parquet files, or a file of any size.

:func:`audit_location` is what ``ethics-toolkit audit SOURCE`` calls: a SQLAlchemy URL with a
table or a query goes to the database, Parquet files and CSV files above
:data:`~ethics_toolkit.engine.sources.files.BIG_CSV_BYTES` to embedded DuckDB, and every other
file to the pandas path (:func:`ethics_toolkit.engine.audit.audit_source`), exactly as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ethics_toolkit.engine.errors import EngineError
from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.engine.sources.errors import (
    MALFORMED_URL,
    NO_TABLE_OR_QUERY,
    TABLE_FOR_A_FILE,
    SourceError,
)
from ethics_toolkit.engine.sources.files import (
    UseThePandasPath,
    is_big_csv,
    open_csv,
    open_parquet,
    parquet_files,
)
from ethics_toolkit.engine.sources.pushdown import MAX_GROUPED_ROWS, audit_relation
from ethics_toolkit.engine.sources.urls import is_database_url, mistyped_url, safe_name
from ethics_toolkit.engine.spec import AuditSpec


def audit_database(
    url: str,
    spec: AuditSpec,
    *,
    table: str | None = None,
    query: str | None = None,
    confidence_level: float = 0.95,
    max_rows: int = MAX_GROUPED_ROWS,
    display: str | None = None,
) -> AuditResult:
    """Audit a table or a ``SELECT`` of a database, read-only, through one ``GROUP BY``."""
    from ethics_toolkit.engine.sources.database import open_relation

    if table is None and query is None:
        raise SourceError(NO_TABLE_OR_QUERY, source=display or safe_name(url))
    with open_relation(url, table=table, query=query, display=display) as relation:
        return audit_relation(relation, spec, confidence_level=confidence_level, max_rows=max_rows)


def audit_parquet(
    files: Sequence[str],
    spec: AuditSpec,
    *,
    display: str | None = None,
    confidence_level: float = 0.95,
    max_rows: int = MAX_GROUPED_ROWS,
) -> AuditResult:
    """Audit Parquet files (same columns) in embedded DuckDB."""
    name = display or (Path(files[0]).name if len(files) == 1 else f"{len(files)} Parquet files")
    with open_parquet(files, display=name) as relation:
        return audit_relation(relation, spec, confidence_level=confidence_level, max_rows=max_rows)


def audit_big_csv(
    path: Path,
    spec: AuditSpec,
    *,
    encoding: str | None = None,
    separator: str | None = None,
    decimal: str | None = None,
    confidence_level: float = 0.95,
) -> AuditResult:
    """Audit a CSV file in DuckDB with what the pandas reader detects from its first 64 KiB.

    Raises :class:`UseThePandasPath` when the file is better read by pandas (see ``files``).
    """
    from ethics_toolkit.engine.reading.load import check_file
    from ethics_toolkit.engine.reading.tabular import SAMPLE_BYTES, detect

    check_file(path)  # the pandas path's size limit and checks, with its messages
    with path.open("rb") as handle:
        sample = handle.read(SAMPLE_BYTES)
    dialect = detect(
        sample, encoding=encoding, separator=separator, decimal=decimal, file_name=path.name
    )
    with open_csv(path, dialect, display=path.name) as relation:
        try:
            return audit_relation(relation, spec, confidence_level=confidence_level)
        except (EngineError, UseThePandasPath):
            relation.file_sha256()  # the whole file's text checks come first, as for pandas
            raise


def audit_location(
    source: str,
    spec: AuditSpec,
    *,
    table: str | None = None,
    query: str | None = None,
    encoding: str | None = None,
    separator: str | None = None,
    decimal: str | None = None,
    confidence_level: float = 0.95,
    big_csv_bytes: int | None = None,
    **file_options: object,
) -> AuditResult:
    """Audit ``source``: a database URL (with ``table`` or ``query``), Parquet, or a file.

    ``file_options`` go to the pandas path only (e.g. a spreadsheet's sheet). ``big_csv_bytes``
    defaults to :data:`~ethics_toolkit.engine.sources.files.BIG_CSV_BYTES`, read when called.
    """
    from ethics_toolkit.engine.sources import files

    big_csv_bytes = files.BIG_CSV_BYTES if big_csv_bytes is None else big_csv_bytes
    if is_database_url(source):
        return audit_database(
            source, spec, table=table, query=query, confidence_level=confidence_level
        )
    mistyped = mistyped_url(source)
    if mistyped is not None and not Path(source).exists():
        raise SourceError(MALFORMED_URL, source=mistyped)
    if table is not None or query is not None:
        raise SourceError(TABLE_FOR_A_FILE, source=repr(source))
    files = parquet_files(source)
    if files:
        return audit_parquet(files, spec, display=source, confidence_level=confidence_level)
    path = Path(source)
    if not file_options and is_big_csv(path, big_csv_bytes):
        try:
            return audit_big_csv(
                path,
                spec,
                encoding=encoding,
                separator=separator,
                decimal=decimal,
                confidence_level=confidence_level,
            )
        except UseThePandasPath:
            pass  # same figures through pandas (an encoding DuckDB does not read identically)
    from ethics_toolkit.engine.audit import audit_source

    return audit_source(
        path,
        spec,
        encoding=encoding,
        separator=separator,
        decimal=decimal,
        confidence_level=confidence_level,
        **file_options,  # type: ignore[arg-type]
    )

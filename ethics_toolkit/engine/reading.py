"""Bytes -> DataFrame: read the CSV files HR systems and Excel really export.

Detection looks only at the first :data:`SAMPLE_BYTES` of the file (cheap enough for a UI preview):

- encoding: a UTF-8 byte-order mark means ``utf-8-sig`` (a UTF-16 one, as in Excel's "Unicode
  text", ``utf-16``); a sample that decodes as UTF-8 means
  ``utf-8``; anything else is Windows-1252 (``cp1252``), what Swedish Excel saves as "CSV". If the
  full read then meets invalid UTF-8 further down, it is retried once as ``cp1252``. NUL bytes or
  bytes undefined in cp1252 mean the file is not text.
- separator: the candidate among ``,`` ``;`` and tab that splits the header into the most columns
  while giving every sample line the same number of fields (quoted fields respected by ``csv``).
- decimal: ``,`` when the sample has more numbers like ``53,8`` than like ``53.8``.

CRLF line ends and quoted fields are handled by pandas' C parser. Column names are stripped of
surrounding spaces. Empty fields become missing values; strings such as ``NA`` are kept as written
(they can be real group values). Every choice can be overridden, and :class:`ReadingInfo` reports
what was used together with the SHA-256 of the bytes, so a report can prove which file it audited.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ethics_toolkit.engine.errors import (
    BAD_ENCODING,
    COLUMN_NOT_FOUND,
    EMPTY_FILE,
    FILE_NOT_FOUND,
    IS_A_FOLDER,
    NO_PERMISSION,
    NOT_TEXT,
    ONE_COLUMN,
    TOO_MANY_FIELDS,
    UNREADABLE,
    ColumnError,
    ReadingError,
    list_values,
)
from ethics_toolkit.engine.models import ReadingInfo

if TYPE_CHECKING:
    import pandas as pd

SAMPLE_BYTES = 64 * 1024
SEPARATORS = (",", ";", "\t")
_SAMPLE_LINES = 50
_COMMA_NUMBER = re.compile(r"^[-+]?\d+,\d+$")
_DOT_NUMBER = re.compile(r"^[-+]?\d+\.\d+$")
_UTF8_BOM = codecs.BOM_UTF8
# Bytes that Windows-1252 leaves undefined, and control bytes no text file contains.
_BINARY_BYTES = frozenset(range(0, 9)) | frozenset((11, 12)) | frozenset(range(14, 32))


@dataclass(frozen=True)
class Dialect:
    """What :func:`detect` found: enough to read the file and to show its columns."""

    encoding: str
    separator: str
    decimal: str
    columns: list[str]
    raw_columns: list[str]


def _display_name(file_name: str | None) -> str:
    return repr(file_name) if file_name else "(uploaded)"


def load_bytes(source: bytes | Path) -> tuple[bytes, str | None]:
    """The file's bytes and its name (``None`` for in-memory bytes)."""
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source), None
    path = Path(source)
    try:
        return path.read_bytes(), path.name
    except FileNotFoundError:
        raise ReadingError(FILE_NOT_FOUND, name=repr(str(path)), cwd=Path.cwd()) from None
    except IsADirectoryError:
        raise ReadingError(IS_A_FOLDER, name=repr(str(path))) from None
    except PermissionError:
        raise ReadingError(NO_PERMISSION, name=repr(str(path))) from None


def _detect_encoding(sample: bytes, name: str) -> str:
    if sample.startswith(_UTF8_BOM):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"  # Excel's "Unicode text"
    if any(byte in _BINARY_BYTES for byte in sample[:4096]) or b"\x00" in sample:
        raise ReadingError(NOT_TEXT, name=name)
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        sample.decode("cp1252")
    except UnicodeDecodeError:
        raise ReadingError(NOT_TEXT, name=name) from None
    return "cp1252"


def _sample_rows(text: str, separator: str) -> list[list[str]]:
    lines = text.splitlines()[:_SAMPLE_LINES]
    if len(lines) > 1 and len(text.splitlines()) > _SAMPLE_LINES:
        lines = lines[:-1]  # the last line of a sample may be cut off
    return [row for row in csv.reader(lines, delimiter=separator) if row]


def _detect_separator(text: str) -> str:
    best, best_score = ",", (False, 0)
    for candidate in SEPARATORS:
        rows = _sample_rows(text, candidate)
        if not rows:
            continue
        width = len(rows[0])
        score = (width > 1 and all(len(row) == width for row in rows), width)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _detect_decimal(rows: list[list[str]]) -> str:
    comma = dot = 0
    for row in rows[1:]:
        for field in row:
            field = field.strip()
            comma += bool(_COMMA_NUMBER.match(field))
            dot += bool(_DOT_NUMBER.match(field))
    return "," if comma > dot else "."


def _check_widths(rows: list[list[str]], name: str) -> None:
    """A sample line with more non-empty fields than the header would shift columns silently."""
    width = len(rows[0])
    for line, row in enumerate(rows[1:], start=2):
        if len(row) > width and any(field.strip() for field in row[width:]):
            raise ReadingError(
                TOO_MANY_FIELDS, line=line, name=name, fields=len(row), columns=width
            )


def normalise_separator(separator: str) -> str:
    """``\\t``, ``tab`` and ``TAB`` as written on a command line -> a real tab."""
    return "\t" if separator.lower() in ("\\t", "tab") else separator


def detect(
    data: bytes,
    *,
    encoding: str | None = None,
    separator: str | None = None,
    decimal: str | None = None,
    file_name: str | None = None,
) -> Dialect:
    """Sniff encoding, separator, decimal mark and header from the first 64 KiB only."""
    name = _display_name(file_name)
    if not data or data.isspace():
        raise ReadingError(EMPTY_FILE, name=name)
    sample = data[:SAMPLE_BYTES]
    if encoding is None:
        encoding = _detect_encoding(sample, name)
    else:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise ReadingError(BAD_ENCODING, encoding=encoding) from None
    text = sample.decode(encoding, errors="ignore")
    if text.startswith("\ufeff"):
        text = text[1:]
    separator = normalise_separator(separator) if separator else _detect_separator(text)
    rows = _sample_rows(text, separator)
    if not rows:
        raise ReadingError(EMPTY_FILE, name=name)
    _check_widths(rows, name)
    if decimal is None:
        decimal = _detect_decimal(rows)
    return Dialect(
        encoding=encoding,
        separator=separator,
        decimal=decimal,
        columns=[column.strip() for column in rows[0]],
        raw_columns=rows[0],
    )


def require_columns(
    wanted: Sequence[str], available: Sequence[str], *, separator: str | None = None
) -> None:
    """Raise naming the first missing column and listing the available ones.

    A file read as one single column almost always has a different separator; say so.
    """
    for column in wanted:
        if column in available:
            continue
        if separator is not None and len(available) == 1:
            raise ColumnError(ONE_COLUMN, column=available[0], separator=separator, wanted=column)
        raise ColumnError(COLUMN_NOT_FOUND, column=column, available=list_values(available))


def read_table(
    source: bytes | Path,
    *,
    encoding: str | None = None,
    separator: str | None = None,
    decimal: str | None = None,
    usecols: Sequence[str] | None = None,
    file_name: str | None = None,
    categorical: Sequence[str] = (),
    as_written: Sequence[str] = (),
    nrows: int | None = None,
) -> tuple[pd.DataFrame, ReadingInfo]:
    """Read a CSV decision log (only ``usecols``, if given) and report how it was read.

    ``categorical`` columns are read as pandas categoricals: one string per distinct value instead
    of one per row, which keeps a million-row read fast and small. pandas turns categories that
    all look numeric into numbers (``01`` -> 1); the ``as_written`` columns among them are read
    again as text so that group values stay exactly as written. ``nrows`` limits the rows read
    (for previews).
    """
    import pandas as pd

    data, path_name = load_bytes(source)
    file_name = file_name or path_name
    dialect = detect(
        data, encoding=encoding, separator=separator, decimal=decimal, file_name=file_name
    )
    raw_by_name = dict(zip(dialect.columns, dialect.raw_columns, strict=True))
    if usecols is not None:
        require_columns(usecols, dialect.columns, separator=dialect.separator)
    wanted = list(dict.fromkeys(usecols)) if usecols is not None else None
    raw_usecols = [raw_by_name[c] for c in wanted] if wanted is not None else None
    dtype: Mapping[str, str] = {raw_by_name[c]: "category" for c in categorical if c in raw_by_name}
    auto_encoding = encoding is None and dialect.encoding == "utf-8"
    used_encoding = dialect.encoding
    try:
        try:
            frame = _read(data, dialect, used_encoding, raw_usecols, dtype, nrows)
        except UnicodeDecodeError:
            if not auto_encoding:
                raise
            used_encoding = "cp1252"
            frame = _read(data, dialect, used_encoding, raw_usecols, dtype, nrows)
    except UnicodeDecodeError:
        raise ReadingError(NOT_TEXT, name=_display_name(file_name)) from None
    except pd.errors.EmptyDataError:
        raise ReadingError(EMPTY_FILE, name=_display_name(file_name)) from None
    except (pd.errors.ParserError, ValueError) as error:
        detail = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise ReadingError(UNREADABLE, name=_display_name(file_name), detail=detail) from None
    numeric = [
        raw_by_name[c]
        for c in as_written
        if c in raw_by_name
        and raw_by_name[c] in frame.columns
        and isinstance(frame[raw_by_name[c]].dtype, pd.CategoricalDtype)
        and not pd.api.types.is_string_dtype(frame[raw_by_name[c]].cat.categories.dtype)
    ]
    if numeric:
        text = _read(data, dialect, used_encoding, numeric, dict.fromkeys(numeric, "str"), nrows)
        for column in numeric:
            frame[column] = text[column].astype("category")
    frame.columns = [str(column).strip() for column in frame.columns]
    info = ReadingInfo(
        encoding=used_encoding,
        separator=dialect.separator,
        decimal=dialect.decimal,
        rows_read=len(frame),
        columns=dialect.columns,
        sha256=hashlib.sha256(data).hexdigest(),
        file_name=file_name,
    )
    return frame, info


def _read(
    data: bytes,
    dialect: Dialect,
    encoding: str,
    usecols: list[str] | None,
    dtype: Mapping[str, str],
    nrows: int | None,
) -> pd.DataFrame:
    import pandas as pd

    return pd.read_csv(
        io.BytesIO(data),
        sep=dialect.separator,
        decimal=dialect.decimal,
        encoding=encoding,
        usecols=usecols,
        index_col=False,  # never turn a first column into the index (trailing separators)
        dtype=dict(dtype) or None,
        keep_default_na=False,
        na_values=[""],
        nrows=nrows,
        engine="c",
    )

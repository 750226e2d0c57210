"""Bytes -> DataFrame: read the CSV files and workbooks HR systems and Excel really export.

A file is either a workbook (``.xlsx``, ``.xlsm``, ``.xlsb``, ``.xls``, ``.ods``, recognised by its
content, see :mod:`ethics_toolkit.engine.reading.workbooks`), whose chosen sheet is rendered as
UTF-8 CSV, or a CSV text file. Both then go through the same reader, so they give the same
DataFrame.

CSV decisions (every one can be overridden; :class:`ReadingInfo` reports what was used together
with the SHA-256 of the file as given, so a report can prove which file it audited):

- Loading (:mod:`ethics_toolkit.engine.reading.load`): regular files only, within a size limit.
- Encoding (:mod:`ethics_toolkit.engine.reading.encoding`): decided over the whole file; a file
  mixing UTF-8 and Windows-1252 is refused, naming a line of each. A NUL byte anywhere (outside
  UTF-16) means the file is not text.
- Separator: the candidate among ``,`` ``;`` and tab that splits the header into the most columns
  while giving every sample line the same number of fields (quoted fields respected by ``csv``).
  Decimal mark: ``,`` when the sample has more numbers like ``53,8`` than like ``53.8``. Both are
  sniffed from the first :data:`SAMPLE_BYTES` only.
- Header: lines above the table (a title such as ``Rekryteringsrapport 2024`` or ``Rapport;;;;``,
  notes, blank lines) are skipped by the workbook's rule
  (:func:`ethics_toolkit.engine.reading.workbooks.header_row`) and counted in :class:`ReadingInfo`.
  Names are stripped of surrounding spaces; a name used twice, or a column without a name
  that holds data, is an error naming them (an unnamed column that is empty in every row, as left
  by trailing separators, is dropped). Excel's ``sep=;`` hint as the first line is an error
  naming it (read as the header it would shift every name). A line with a value beyond the
  header's columns is an error naming the line, anywhere in the file (pandas would drop the
  value or shift the columns); empty extra fields, as left by trailing separators, are fine.
  Counted by :func:`ethics_toolkit.engine.reading.fields.first_long_line` in one vectorised pass.
- Values: empty fields become missing values; strings such as ``NA`` are kept as written (they can
  be real group values). A field longer than :data:`FIELD_LIMIT` characters (an unclosed quote
  swallowing lines) is an error. A header without rows is an error of its own.
- Only regular files are read, up to ``max_bytes`` (default :data:`MAX_FILE_BYTES`): a FIFO or a
  device is refused before it is opened.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import warnings
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ethics_toolkit.engine.errors import (
    BAD_DECIMAL,
    BAD_SEPARATOR,
    COLUMN_NOT_FOUND,
    COLUMN_NOT_ON_SHEET,
    DUPLICATE_COLUMNS,
    EMPTY_FILE,
    FIELD_TOO_LONG,
    HEADER_ONLY,
    HEADER_TOO_LONG,
    NOT_IN_ENCODING,
    NOT_TEXT,
    ONE_COLUMN,
    SEPARATOR_LINE,
    TOO_MANY_FIELDS,
    UNNAMED_COLUMN,
    UNREADABLE,
    ColumnError,
    ReadingError,
    list_values,
)
from ethics_toolkit.engine.reading.encoding import (
    ENCODINGS,
    check_encoding_name,
    check_text,
    detect_encoding,
    first_invalid,
    line_of,
)
from ethics_toolkit.engine.reading.fields import first_long_line
from ethics_toolkit.engine.reading.load import MAX_FILE_BYTES, Source, load_bytes, open_source
from ethics_toolkit.engine.spec import ReadingInfo

__all__ = [
    "ENCODINGS",
    "FIELD_LIMIT",
    "MAX_FILE_BYTES",
    "SAMPLE_BYTES",
    "Dialect",
    "Source",
    "detect",
    "load_bytes",
    "normalise_separator",
    "open_source",
    "read_table",
    "require_columns",
]

if TYPE_CHECKING:
    import pandas as pd

SAMPLE_BYTES = 64 * 1024
SEPARATORS = (",", ";", "\t")
SEPARATOR_CHOICES = {",": "','", ";": "';'", "\t": "tab", "|": "'|'"}
"""Separators that may be given (detection picks among :data:`SEPARATORS`)."""
FIELD_LIMIT = 100_000
_SAMPLE_LINES = 50
_COMMA_NUMBER = re.compile(r"^[-+]?\d+,\d+$")
_DOT_NUMBER = re.compile(r"^[-+]?\d+\.\d+$")
_SEPARATOR_LINE = re.compile(r'^"?sep=.?"?[,;\t]*$', re.IGNORECASE)
"""Excel's ``sep=;`` first line: read as a header it would shift every column name."""


@dataclass(frozen=True)
class Dialect:
    """What :func:`detect` found: enough to read the file and to show its columns.

    ``columns`` are the named columns; ``raw_columns`` every header field as written (unnamed ones
    included), in file order.
    """

    encoding: str
    separator: str
    decimal: str
    columns: list[str]
    raw_columns: list[str]
    stripped: list[str] = field(default_factory=list)
    skipped: int = 0
    """Lines above the header (titles, notes, blank lines), skipped when reading."""


def _sample_rows(text: str, separator: str) -> list[tuple[int, list[str]]]:
    """The non-empty rows of the sample, each with the line (from 0) it starts on."""
    lines = text.splitlines()[:_SAMPLE_LINES]
    if len(lines) > 1 and len(text.splitlines()) > _SAMPLE_LINES:
        lines = lines[:-1]  # the last line of a sample may be cut off
    reader = csv.reader(lines, delimiter=separator)
    numbered = []
    start = 0
    for row in reader:
        if row:
            numbered.append((start, row))
        start = reader.line_num
    return numbered


def _table(text: str, separator: str) -> tuple[int, list[list[str]]]:
    """(lines above the header, the rows from the header on): title lines are skipped as in a
    workbook (:func:`ethics_toolkit.engine.reading.workbooks.header_row`)."""
    from ethics_toolkit.engine.reading.workbooks import header_row

    numbered = _sample_rows(text, separator)
    if not numbered:
        return 0, []
    top = header_row([row for _, row in numbered])
    return numbered[top][0], [row for _, row in numbered[top:]]


def _detect_separator(text: str) -> str:
    """The separator giving consistent rows, then the fewest lines above the header, then the
    most columns."""
    best, best_score = ",", (False, -(10**9), 0)
    for candidate in SEPARATORS:
        skipped, rows = _table(text, candidate)
        if not rows:
            continue
        width = len(rows[0])
        consistent = width > 1 and all(
            len(row) == width or (len(row) > width and not _too_many(row, width)) for row in rows
        )  # empty fields beyond the header's, as left by trailing separators, are fine
        score = (consistent, -skipped, width)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _detect_decimal(rows: list[list[str]]) -> str:
    comma = dot = 0
    for row in rows[1:]:
        for value in row:
            value = value.strip()
            comma += bool(_COMMA_NUMBER.match(value))
            dot += bool(_DOT_NUMBER.match(value))
    return "," if comma > dot else "."


def _too_many(row: list[str], width: int) -> bool:
    return len(row) > width and any(value.strip() for value in row[width:])


def _check_widths(rows: list[list[str]], name: str, *, skipped: int = 0) -> None:
    """A sample line with more non-empty fields than the header would shift columns silently."""
    width = len(rows[0])
    for line, row in enumerate(rows[1:], start=skipped + 2):
        if _too_many(row, width):
            raise ReadingError(
                TOO_MANY_FIELDS, line=line, name=name, fields=len(row), columns=width
            )


def _check_header(rows: list[list[str]], name: str) -> list[str]:
    """Stripped names; duplicates, and unnamed columns with data in the sample, are errors."""
    stripped = [value.strip() for value in rows[0]]
    counts = Counter(n for n in stripped if n)
    duplicates = [n for n, count in counts.items() if count > 1]
    if duplicates:
        described = [
            f"{n!r} ({', '.join(str(i) for i, s in enumerate(stripped, 1) if s == n)})"
            for n in duplicates
        ]
        raise ReadingError(DUPLICATE_COLUMNS, name=name, names="; ".join(described))
    for position, column in enumerate(stripped):
        if column:
            continue
        for line, row in enumerate(rows[1:], start=2):
            if position < len(row) and row[position].strip():
                raise ReadingError(
                    UNNAMED_COLUMN, position=position + 1, name=name, value=row[position], line=line
                )
    return stripped


def normalise_separator(separator: str) -> str:
    """``\\t``, ``tab`` and ``TAB`` as written on a command line -> a real tab; else checked."""
    value = "\t" if separator.lower() in ("\\t", "tab", "\t") else separator
    if value not in SEPARATOR_CHOICES:
        raise ReadingError(
            BAD_SEPARATOR, separator=separator, choices=", ".join(SEPARATOR_CHOICES.values())
        )
    return value


def detect(
    data: bytes | Source,
    *,
    encoding: str | None = None,
    separator: str | None = None,
    decimal: str | None = None,
    file_name: str | None = None,
    sheet: str | int | None = None,
) -> Dialect:
    """Decide the encoding (whole file) and sniff separator, decimal mark and header (a sample).

    A workbook's sheet is already UTF-8 CSV with ``,`` and ``.``; the overrides apply to text
    files only.
    """
    source = open_source(data, sheet=sheet, file_name=file_name)
    if source.file_format != "csv":
        encoding, separator, decimal = "utf-8", ",", "."
    data, name = source.data, source.display_name
    if not data or data.isspace():
        raise ReadingError(EMPTY_FILE, name=name)
    if separator is not None:
        separator = normalise_separator(separator)
    if decimal is not None and decimal not in (".", ","):
        raise ReadingError(BAD_DECIMAL, decimal=decimal)
    if encoding is None:
        encoding = detect_encoding(data, name)
    else:
        encoding = check_encoding_name(encoding)
        if not codecs.lookup(encoding).name.startswith("utf-16"):
            check_text(data, name)
        bad = first_invalid(data, encoding)
        if bad is not None:
            raise ReadingError(
                NOT_IN_ENCODING, line=line_of(data, bad), name=name, encoding=encoding
            )
    sample = data[:SAMPLE_BYTES]
    text = sample.decode(encoding, errors="ignore")
    if text.startswith("\ufeff"):
        text = text[1:]
    if len(data) > SAMPLE_BYTES and not any(mark in text for mark in "\r\n"):
        raise ReadingError(HEADER_TOO_LONG, name=name, limit=format(len(text), ","))
    first_line = text.splitlines()[0].strip() if text.strip() else ""
    if _SEPARATOR_LINE.match(first_line):
        raise ReadingError(SEPARATOR_LINE, name=name, line=first_line)
    separator = separator or _detect_separator(text)
    skipped, rows = _table(text, separator)
    if not rows:
        raise ReadingError(EMPTY_FILE, name=name)
    stripped = _check_header(rows, name)
    _check_widths(rows, name, skipped=skipped)
    if decimal is None:
        decimal = _detect_decimal(rows)
    return Dialect(
        encoding=encoding,
        separator=separator,
        decimal=decimal,
        columns=[c for c in stripped if c],
        raw_columns=rows[0],
        stripped=stripped,
        skipped=skipped,
    )


def require_columns(
    wanted: Sequence[str],
    available: Sequence[str],
    *,
    separator: str | None = None,
    source: Source | None = None,
) -> None:
    """Raise naming the first missing column and listing the available ones.

    A file read as one single column almost always has a different separator; say so. A
    workbook has no separator: there the sheet may be the wrong one, so name it and the others.
    """
    for column in wanted:
        if column in available:
            continue
        if source is not None and source.sheet is not None:
            from ethics_toolkit.engine.reading.workbooks import numbered

            raise ColumnError(
                COLUMN_NOT_ON_SHEET,
                wanted=column,
                sheet=source.sheet,
                name=source.display_name,
                available=list_values(available),
                sheets=numbered(list(source.sheets)),
            )
        if separator is not None and len(available) == 1:
            raise ColumnError(ONE_COLUMN, column=available[0], separator=separator, wanted=column)
        raise ColumnError(COLUMN_NOT_FOUND, column=column, available=list_values(available))


def _internal(position: int, column: str) -> str:
    """A column's name while reading: its name, or a placeholder no header can contain."""
    return column or f"\x00{position}"


def read_table(
    source: bytes | Path | Source,
    *,
    encoding: str | None = None,
    separator: str | None = None,
    decimal: str | None = None,
    usecols: Sequence[str] | None = None,
    file_name: str | None = None,
    categorical: Sequence[str] = (),
    as_written: Sequence[str] = (),
    nrows: int | None = None,
    sheet: str | int | None = None,
    max_bytes: int | None = None,
) -> tuple[pd.DataFrame, ReadingInfo]:
    """Read a decision log (only ``usecols``, if given) and report how it was read.

    ``categorical`` columns are read as pandas categoricals: one string per distinct value instead
    of one per row, which keeps a million-row read fast and small. pandas turns categories that
    all look numeric into numbers (``01`` -> 1); the ``as_written`` columns among them are read
    again as text so that group values stay exactly as written. ``nrows`` limits the rows read
    (for previews). ``sheet`` chooses a workbook's sheet (name, or number from 1).
    """
    import pandas as pd

    source = open_source(source, sheet=sheet, file_name=file_name, max_bytes=max_bytes)
    dialect = detect(source, encoding=encoding, separator=separator, decimal=decimal)
    name = source.display_name
    if usecols is not None:
        require_columns(usecols, dialect.columns, separator=dialect.separator, source=source)
    long_line = first_long_line(
        source.data,
        encoding=dialect.encoding,
        separator=dialect.separator,
        width=len(dialect.stripped),
        skip=dialect.skipped,
    )
    if long_line is not None:
        line, fields = long_line
        raise ReadingError(
            TOO_MANY_FIELDS, line=line, name=name, fields=fields, columns=len(dialect.stripped)
        )
    names = [_internal(i, c) for i, c in enumerate(dialect.stripped)]
    unnamed = [n for n, c in zip(names, dialect.stripped, strict=True) if not c]
    wanted = list(dict.fromkeys(usecols)) if usecols is not None else dialect.columns
    positions = sorted({names.index(c) for c in wanted} | {names.index(c) for c in unnamed})
    dtype = {c: "category" for c in categorical if c in wanted} | dict.fromkeys(unnamed, "category")
    try:
        frame = _read(source.data, dialect, names, positions, dtype, nrows, name)
    except UnicodeDecodeError:
        raise ReadingError(NOT_TEXT, name=name) from None
    except pd.errors.EmptyDataError:
        raise ReadingError(EMPTY_FILE, name=name) from None
    except (pd.errors.ParserError, ValueError) as error:
        detail = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise ReadingError(UNREADABLE, name=name, detail=detail) from None
    _check_unnamed(frame, unnamed, name, skipped=dialect.skipped)
    frame = frame.drop(columns=unnamed)
    if len(frame) == 0:
        raise ReadingError(HEADER_ONLY, name=name, columns=list_values(dialect.columns))
    _check_field_lengths(frame, name, skipped=dialect.skipped)
    numeric = [
        c
        for c in as_written
        if c in frame.columns
        and isinstance(frame[c].dtype, pd.CategoricalDtype)
        and not pd.api.types.is_string_dtype(frame[c].cat.categories.dtype)
    ]
    if numeric:
        positions = [names.index(c) for c in numeric]
        text = _read(
            source.data, dialect, names, positions, dict.fromkeys(numeric, "str"), nrows, name
        )
        for column in numeric:
            frame[column] = text[column].astype("category")
    info = ReadingInfo(
        encoding=dialect.encoding,
        separator=dialect.separator,
        decimal=dialect.decimal,
        rows_read=len(frame),
        columns=dialect.columns,
        sha256=source.sha256,
        file_name=source.file_name,
        sheet=source.sheet,
        skipped_lines=dialect.skipped,
        other_sheets=source.sheet_notes(),
    )
    return frame, info


def _read(
    data: bytes,
    dialect: Dialect,
    names: list[str],
    positions: list[int],
    dtype: Mapping[str, str],
    nrows: int | None,
    name: str,
) -> pd.DataFrame:
    import pandas as pd

    with warnings.catch_warnings():
        # Lines longer than the header were checked (first_long_line): only empty fields remain.
        warnings.simplefilter("ignore", pd.errors.ParserWarning)
        return pd.read_csv(
            io.BytesIO(data),
            sep=dialect.separator,
            decimal=dialect.decimal,
            encoding=dialect.encoding,
            skiprows=dialect.skipped,
            header=0,
            names=names,
            usecols=positions,
            index_col=False,  # never turn a first column into the index (trailing separators)
            dtype=dict(dtype) or None,
            keep_default_na=False,
            na_values=[""],
            nrows=nrows,
            engine="c",
        )


def _filled(series: pd.Series) -> pd.Series:
    values = series.dropna().astype(str)
    return values[values.str.strip() != ""]


def _check_unnamed(frame: pd.DataFrame, unnamed: list[str], name: str, *, skipped: int = 0) -> None:
    for column in unnamed:
        filled = _filled(frame[column])
        if len(filled):
            raise ReadingError(
                UNNAMED_COLUMN,
                position=int(column[1:]) + 1,
                name=name,
                value=filled.iloc[0],
                line=int(filled.index[0]) + 2 + skipped,
            )


def _check_field_lengths(frame: pd.DataFrame, name: str, *, skipped: int = 0) -> None:
    """No value longer than :data:`FIELD_LIMIT` (per distinct value for categoricals)."""
    import pandas as pd

    for column in frame.columns:
        series = frame[column]
        if isinstance(series.dtype, pd.CategoricalDtype):
            lengths = pd.Series(series.cat.categories.astype(str)).str.len()
            longest = int(lengths.max()) if len(lengths) else 0
            if longest > FIELD_LIMIT:
                value = series.cat.categories[int(lengths.idxmax())]
                row = int((series == value).to_numpy().argmax())
            else:
                continue
        elif pd.api.types.is_string_dtype(series.dtype) or series.dtype == object:
            lengths = series.astype("string").str.len()
            longest = int(lengths.max()) if lengths.notna().any() else 0
            if longest <= FIELD_LIMIT:
                continue
            row = int(lengths.fillna(0).to_numpy().argmax())
        else:
            continue
        raise ReadingError(
            FIELD_TOO_LONG,
            column=column,
            name=name,
            length=format(longest, ","),
            limit=format(FIELD_LIMIT, ","),
            line=row + 2 + skipped,
        )

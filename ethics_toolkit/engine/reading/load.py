"""Load a decision log once: regular files only, within a size limit, workbooks as CSV text.

Opening a FIFO blocks until a writer comes and ``/dev/zero`` never ends, so a path is checked with
``os.stat`` before it is opened, and at most ``max_bytes`` (+1, the file may grow) are read. A
workbook (recognised by content, :mod:`ethics_toolkit.engine.reading.workbooks`) has its chosen
sheet rendered as UTF-8 CSV here, so everything after reads one kind of input; the SHA-256 is of the
file as given.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from ethics_toolkit.engine.errors import (
    FILE_NOT_FOUND,
    FILE_TOO_BIG,
    IS_A_FOLDER,
    NO_PERMISSION,
    NOT_A_FILE,
    NOT_A_SPREADSHEET,
    SHEET_FOR_TEXT,
    ReadingError,
)
from ethics_toolkit.engine.reading.workbooks import (
    SheetSummary,
    is_zip,
    render_sheet,
    spreadsheet_format,
)
from ethics_toolkit.engine.spec import SheetNote

MAX_FILE_BYTES = 2 * 1024**3
"""The default size limit (the CLI's); the app passes its upload limit."""


@dataclass(frozen=True)
class Source:
    """A file ready for the CSV reader: its bytes (a sheet rendered as CSV) and its origin."""

    data: bytes
    file_name: str | None
    sha256: str
    sheet: str | None = None
    file_format: str = "csv"
    sheets: tuple[str, ...] = ()
    """A workbook's sheets in order (empty for a CSV file)."""
    others: tuple[SheetSummary, ...] = ()
    """With the sheet chosen by content: what the other sheets hold (issue 20)."""

    @property
    def display_name(self) -> str:
        return _display_name(self.file_name)

    def sheet_notes(self) -> list[SheetNote]:
        """The other sheets as the result reports them."""
        return [SheetNote(name=s.name, rows=s.rows, kind=s.kind) for s in self.others]


def _display_name(file_name: str | None) -> str:
    return repr(file_name) if file_name else "(uploaded)"


def _megabytes(size: int) -> str:
    return f"{size / 2**20:,.0f}".replace(",", " ")


def check_file(path: Path, *, max_bytes: int | None = None) -> None:
    """A regular file within the size limit (default :data:`MAX_FILE_BYTES`), by ``os.stat`` only.

    Shared by every path that reads a file, whether it loads it (pandas) or streams it (DuckDB),
    so both refuse the same files with the same message.
    """
    max_bytes = MAX_FILE_BYTES if max_bytes is None else max_bytes
    name = repr(str(path))
    try:
        info = os.stat(path)  # never open first: opening a FIFO blocks until a writer comes
    except FileNotFoundError:
        raise ReadingError(FILE_NOT_FOUND, name=name, cwd=Path.cwd()) from None
    except PermissionError:
        raise ReadingError(NO_PERMISSION, name=name) from None
    if stat.S_ISDIR(info.st_mode):
        raise ReadingError(IS_A_FOLDER, name=name)
    if not stat.S_ISREG(info.st_mode):
        raise ReadingError(NOT_A_FILE, name=name)
    if info.st_size > max_bytes:
        raise ReadingError(
            FILE_TOO_BIG, name=name, size=_megabytes(info.st_size), limit=_megabytes(max_bytes)
        )


def load_bytes(source: bytes | Path, *, max_bytes: int | None = None) -> tuple[bytes, str | None]:
    """The file's bytes and its name (``None`` for in-memory bytes); regular files only.

    ``max_bytes`` defaults to :data:`MAX_FILE_BYTES`.
    """
    max_bytes = MAX_FILE_BYTES if max_bytes is None else max_bytes
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        if len(data) > max_bytes:
            raise ReadingError(
                FILE_TOO_BIG,
                name="(uploaded)",
                size=_megabytes(len(data)),
                limit=_megabytes(max_bytes),
            )
        return data, None
    path = Path(source)
    name = repr(str(path))
    try:
        check_file(path, max_bytes=max_bytes)
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # the file may grow while it is read
    except FileNotFoundError:
        raise ReadingError(FILE_NOT_FOUND, name=name, cwd=Path.cwd()) from None
    except IsADirectoryError:
        raise ReadingError(IS_A_FOLDER, name=name) from None
    except PermissionError:
        raise ReadingError(NO_PERMISSION, name=name) from None
    if len(data) > max_bytes:
        raise ReadingError(
            FILE_TOO_BIG, name=name, size=_megabytes(len(data)), limit=_megabytes(max_bytes)
        )
    return data, path.name


def open_source(
    source: bytes | Path | Source,
    *,
    sheet: str | int | None = None,
    file_name: str | None = None,
    max_bytes: int | None = None,
) -> Source:
    """Load a file once: a workbook's sheet is rendered as CSV, text is passed on as it is."""
    if isinstance(source, Source):
        return source
    max_bytes = MAX_FILE_BYTES if max_bytes is None else max_bytes
    data, path_name = load_bytes(source, max_bytes=max_bytes)
    file_name = file_name or path_name
    digest = hashlib.sha256(data).hexdigest()
    file_format = spreadsheet_format(data)
    if file_format is not None:
        rendered = render_sheet(data, sheet=sheet, file_name=file_name, max_bytes=max_bytes)
        return Source(
            rendered.data,
            file_name,
            digest,
            rendered.sheet,
            rendered.file_format,
            rendered.sheets,
            rendered.others,
        )
    if is_zip(data):
        raise ReadingError(NOT_A_SPREADSHEET, name=_display_name(file_name))
    if sheet is not None and str(sheet) != "":
        raise ReadingError(SHEET_FOR_TEXT, sheet=str(sheet), name=_display_name(file_name))
    return Source(data, file_name, digest)

"""Bounded workbooks: a workbook is unpacked to at most :data:`MAX_INFLATED_BYTES` (issue 27).

An .xlsx, .xlsm, .xlsb or .ods file is a ZIP archive of XML (or binary) parts, and the cells are
read from the unpacked parts; the memory a workbook needs grows with them (about four to six
times the unpacked size while calamine and Python hold the sheet). A "zip bomb" of 1 MB can
unpack to more than a gigabyte, so the archive is checked before calamine sees it:

1. the sizes the archive declares: all parts together at most :data:`MAX_INFLATED_BYTES`, and no
   large part compressed more than :data:`MAX_RATIO` times (XML compresses 5 to 30 times; only a
   bomb reaches deflate's limit of about 1,000);
2. the sizes it really has: every part is unpacked once as a stream, in chunks, counting the
   bytes, and the count stops at the budget. Python's ``zipfile`` stops each part at its declared
   size and checks its CRC, so an archive whose parts are larger than they claim is refused as
   damaged before calamine (which would trust the data) unpacks it.

An .xls file (OLE2, not compressed) is held to the same budget by its size. Within the budget the
toolkit's peak memory is measured in ``tests/engine/test_workbook_limits.py`` (a subprocess's
peak RSS) and ``bench/bench_workbooks.py``.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from ethics_toolkit.engine.errors import (
    SPREADSHEET_TOO_BIG,
    SPREADSHEET_UNREADABLE,
    Message,
    ReadingError,
)

SPREADSHEET_DAMAGED = Message(
    en="The workbook {name} is damaged: a part of it does not unpack to what it declares "
    "({detail}), so it was not opened. Save it again from Excel or LibreOffice, or export the "
    "sheet as CSV.",
    sv="Arbetsboken {name} är skadad: en del av den packas inte upp till det den uppger "
    "({detail}), så den öppnades inte. Spara den igen från Excel eller LibreOffice, eller "
    "exportera bladet som CSV.",
)
MAX_INFLATED_BYTES = 256 * 2**20
"""All parts of a workbook unpacked: about a million rows of a seven-column log."""
MAX_RATIO = 250
"""The most a large part may be compressed (its unpacked size over its packed size)."""
LARGE_PART = 16 * 2**20
"""Parts smaller than this unpacked may have any ratio (a small, very regular XML part)."""
_CHUNK = 2**20
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _megabytes(size: int) -> str:
    """Whole megabytes, with a decimal below 10 (a small limit must not read as 0 MB)."""
    return f"{size / 2**20:,.{1 if size < 10 * 2**20 else 0}f}".replace(",", " ")


def _too_big(name: str, size: int, budget: int) -> ReadingError:
    return ReadingError(
        SPREADSHEET_TOO_BIG, name=name, size=_megabytes(size), limit=_megabytes(budget)
    )


def check_inflation(data: bytes, name: str, *, budget: int | None = None) -> None:
    """Raise unless the workbook ``data`` unpacks to at most ``budget`` bytes (module docstring).

    ``budget`` defaults to :data:`MAX_INFLATED_BYTES`, read when called (tests lower it).
    """
    budget = MAX_INFLATED_BYTES if budget is None else budget
    if data.startswith(_OLE2):
        if len(data) > budget:
            raise _too_big(name, len(data), budget)
        return
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
            declared = sum(part.file_size for part in parts)
            if declared > budget:
                raise _too_big(name, declared, budget)
            for part in parts:
                packed = max(part.compress_size, 1)
                if part.file_size > LARGE_PART and part.file_size / packed > MAX_RATIO:
                    raise _too_big(name, declared, budget)
            unpacked = 0
            for part in parts:
                with archive.open(part) as stream:
                    while chunk := stream.read(_CHUNK):
                        unpacked += len(chunk)
                        if unpacked > budget:
                            raise _too_big(name, unpacked, budget)
    except ReadingError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:  # a part is not what it declares
        raise ReadingError(SPREADSHEET_DAMAGED, name=name, detail=_detail(error)) from None
    except (OSError, RuntimeError, NotImplementedError, ValueError) as error:  # e.g. encrypted
        raise ReadingError(SPREADSHEET_UNREADABLE, name=name, detail=_detail(error)) from None


def _detail(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__

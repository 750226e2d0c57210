"""Excel and OpenDocument workbooks -> the rows of one sheet as text, ready for the CSV reader.

A sheet is rendered as UTF-8 CSV text and then read by exactly the same code as a CSV export, so a
workbook and the CSV of the same data give the same DataFrame and the same figures. The cells are
read with python-calamine (the engine behind ``pandas.read_excel(engine="calamine")``) directly,
because finding the header row needs the raw grid and the merged-cell ranges, which
``read_excel`` does not expose.

Decisions:

- Format by content, not by name: a ZIP with ``xl/workbook.xml`` (``.xlsx``/``.xlsm``) or
  ``xl/workbook.bin`` (``.xlsb``), a ZIP whose ``mimetype`` is an OpenDocument spreadsheet
  (``.ods``), or an OLE2 compound file (``.xls``).
- Sheet: ``--sheet`` by exact name, else by name ignoring case and surrounding spaces, else a whole
  number counts sheets from 1. Default (issue 20), by content: the worksheet with a header (a row
  of two or more names) and the most data rows under it, visible sheets first, ties to the first;
  the others are reported (:func:`sheets_by_content`: "Info: 2 rows of text"). A workbook without
  such a table: the first visible worksheet with any cell filled.
- Header row (:func:`header_row`, also used for CSV files): the first row (of the first 30) with
  at least half as many filled cells as the fullest of them, and more than one when any row has
  more, so title rows above a table ("Rekrytering 2024") are skipped. A header cell
  merged down over the row below it, or merged across columns with sub-headers below it, makes a
  two-row header: the names join the parts (``Beslut Steg 1``).
- Empty rows, and columns with neither a name nor any value, are dropped (Excel keeps formatted
  but empty cells at the edges).
- Cell values as Excel shows them in a CSV export: whole numbers without ``.0``, other numbers with
  up to 15 significant digits (Excel's precision), dates as ``2024-01-08`` (with the time when it
  is not midnight), booleans as ``TRUE``/``FALSE``; numbers stored as text stay text, and the
  engine reads ``53,8`` and ``53.8`` alike.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ethics_toolkit.engine.errors import (
    CELL_NOT_TEXT,
    NO_SHEET_DATA,
    NOT_A_SPREADSHEET,
    SHEET_EMPTY,
    SHEET_NOT_FOUND,
    SPREADSHEET_UNREADABLE,
    ReadingError,
)
from ethics_toolkit.engine.reading.cell_names import column_letter
from ethics_toolkit.engine.reading.inflation import check_inflation
from ethics_toolkit.engine.reading.sheet_checks import check_formulas, check_sheet_areas

SpreadsheetFormat = Literal["xlsx", "xlsb", "ods", "xls"]
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
_HEADER_SEARCH_ROWS = 30
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True)
class SheetInfo:
    """One sheet of a workbook, for the sheet picker."""

    name: str
    visible: bool
    empty: bool


@dataclass(frozen=True)
class RenderedSheet:
    """A sheet as CSV text (``,`` separator, ``.`` decimal mark, UTF-8) and its column names."""

    data: bytes
    sheet: str
    columns: list[str]
    file_format: SpreadsheetFormat
    sheets: tuple[str, ...] = ()
    """Every worksheet's name, in order: for messages naming the sheets to choose from."""
    others: tuple[SheetSummary, ...] = ()
    """With no sheet asked for: the other sheets and what they hold (issue 20)."""


def spreadsheet_format(data: bytes) -> SpreadsheetFormat | None:
    """The workbook format of ``data`` by its content, or ``None`` for anything else."""
    if data.startswith(_OLE2):
        return "xls"
    if not data.startswith(_ZIP):
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "xl/workbook.bin" in names:
                return "xlsb"
            if "mimetype" in names and archive.read("mimetype").strip() == _ODS_MIMETYPE:
                return "ods"
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError):
        return None
    return None


def is_zip(data: bytes) -> bool:
    return data.startswith(_ZIP)


def _workbook(data: bytes, name: str, max_bytes: int) -> Any:
    """The workbook opened by calamine, once it is known to unpack within the budget and no
    sheet spans more cells than memory allows (``inflation``, ``sheet_checks``).

    ``max_bytes`` (the file's own limit) is kept for callers; the unpacked budget is
    :data:`~ethics_toolkit.engine.reading.inflation.MAX_INFLATED_BYTES`.
    """
    from python_calamine import CalamineWorkbook

    try:
        check_inflation(data, name)
        check_sheet_areas(data, spreadsheet_format(data) or "", name)
        return CalamineWorkbook.from_filelike(io.BytesIO(data))
    except ReadingError:
        raise
    except Exception as error:  # CalamineError, ZipError, XmlError, PasswordError, BadZipFile
        raise ReadingError(SPREADSHEET_UNREADABLE, name=name, detail=_detail(error)) from None


def _detail(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__


def _grid(workbook: Any, sheet_name: str, name: str) -> list[list[Any]]:
    try:
        return workbook.get_sheet_by_name(sheet_name).to_python(skip_empty_area=False)
    except Exception as error:
        raise ReadingError(SPREADSHEET_UNREADABLE, name=name, detail=_detail(error)) from None


def _filled(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _worksheets(workbook: Any) -> list[tuple[str, bool]]:
    """(name, visible) of every worksheet, in the workbook's order (chart sheets left out)."""
    return [
        (meta.name, "hidden" not in str(meta.visible).lower())
        for meta in workbook.sheets_metadata
        if "chart" not in str(meta.typ).lower()
    ]


def _is_empty(workbook: Any, sheet_name: str, name: str) -> bool:
    return not any(_filled(v) for row in _grid(workbook, sheet_name, name) for v in row)


def sheets(data: bytes, *, file_name: str | None = None, max_bytes: int = 2**31) -> list[SheetInfo]:
    """Every worksheet of the workbook in order, with whether it is visible and empty."""
    name = repr(file_name) if file_name else "(uploaded)"
    workbook = _workbook(data, name, max_bytes)
    return [
        SheetInfo(sheet, visible, _is_empty(workbook, sheet, name))
        for sheet, visible in _worksheets(workbook)
    ]


@dataclass(frozen=True)
class SheetSummary:
    """What a worksheet holds, for choosing the sheet by content (issue 20)."""

    name: str
    visible: bool
    kind: Literal["table", "text", "empty"]
    rows: int
    """Data rows under the header of a table; filled rows of a sheet of text."""


def summarise_sheet(grid: list[list[Any]], name: str, visible: bool) -> SheetSummary:
    """A table (a header of two or more names, rows under it), rows of text, or nothing."""
    rows = [[cell_text(v) for v in row] for row in grid]
    filled = [row for row in rows if any(v.strip() for v in row)]
    if not filled:
        return SheetSummary(name, visible, "empty", 0)
    top = header_row(rows)
    names = sum(1 for v in rows[top] if v.strip())
    body = sum(1 for row in rows[top + 1 :] if any(v.strip() for v in row))
    if names >= 2 and body:
        return SheetSummary(name, visible, "table", body)
    return SheetSummary(name, visible, "text", len(filled))


def sheets_by_content(workbook: Any, *, name: str) -> tuple[str | None, list[SheetSummary]]:
    """The sheet to read by default (the table with most data rows) and every sheet's summary."""
    summaries = [
        summarise_sheet(_grid(workbook, sheet, name), sheet, visible)
        for sheet, visible in _worksheets(workbook)
    ]
    tables = [s for s in summaries if s.kind == "table"]
    if not tables:
        return None, summaries
    best = max(tables, key=lambda s: (s.visible, s.rows, -summaries.index(s)))
    return best.name, summaries


def choose_sheet(workbook: Any, wanted: str | int | None, *, name: str) -> str:
    """The sheet ``--sheet`` names (see the module docstring), or the default one."""
    worksheets = _worksheets(workbook)
    names = [sheet for sheet, _ in worksheets]
    if wanted is None:
        by_content, _ = sheets_by_content(workbook, name=name)
        if by_content is not None:
            return by_content
        ordered = [s for s, visible in worksheets if visible] + [
            s for s, visible in worksheets if not visible
        ]
        chosen = next((s for s in ordered if not _is_empty(workbook, s, name)), None)
        if chosen is None:
            raise ReadingError(NO_SHEET_DATA, name=name)
        return chosen
    text = str(wanted)
    if text in names:
        return text
    folded = [n for n in names if n.strip().casefold() == text.strip().casefold()]
    if len(folded) == 1:
        return folded[0]
    if text.strip().isdigit() and 1 <= int(text) <= len(names):
        return names[int(text) - 1]
    raise ReadingError(SHEET_NOT_FOUND, sheet=text, name=name, available=numbered(names))


def numbered(names: list[str]) -> str:
    """``1 = 'Data', 2 = 'Info'``: sheets as ``--sheet`` accepts them."""
    return ", ".join(f"{i} = {n!r}" for i, n in enumerate(names, 1))


def cell_text(value: Any) -> str:
    """A cell as Excel writes it in a CSV export (see the module docstring)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return format(value, ".15g")
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.replace(microsecond=0).isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _merges(workbook: Any, sheet_name: str) -> list[tuple[int, int, int, int]]:
    """Merged ranges as (first row, first column, last row, last column), 0-based."""
    try:
        ranges = workbook.get_sheet_by_name(sheet_name).merged_cell_ranges
    except Exception:
        return []
    return [(r1, c1, r2, c2) for (r1, c1), (r2, c2) in ranges or []]


def header_row(rows: Sequence[Sequence[str]]) -> int:
    """The index of the header among ``rows``: title rows above a table are skipped.

    The first row (of the first 30) with at least half as many filled cells as the fullest of
    them; a row with one filled cell only is a title when some row has more. Shared by workbooks
    and CSV files (:func:`ethics_toolkit.engine.reading.tabular.detect`).
    """
    counts = [sum(1 for v in row if v.strip()) for row in rows[:_HEADER_SEARCH_ROWS]]
    fullest = max(counts, default=0)
    return next(
        (
            i
            for i, count in enumerate(counts)
            if count and 2 * count >= fullest and (count > 1 or fullest == 1)
        ),
        0,
    )


def _header(
    rows: list[list[str]], top: int, merges: list[tuple[int, int, int, int]]
) -> tuple[list[str], int]:
    """Column names and the number of header rows (1, or 2 with merged header cells)."""
    width = len(rows[top])
    filled = [list(rows[top]), list(rows[top + 1]) if top + 1 < len(rows) else [""] * width]
    across = [m for m in merges if m[0] == top and m[2] == top and m[3] > m[1]]
    down = [m for m in merges if m[0] == top and m[2] > top]
    below = filled[1]
    under_across = {c for m in across for c in range(m[1], m[3] + 1)}
    two_rows = bool(down) or (
        bool(across)
        and sum(1 for c in under_across if c < width and below[c].strip()) >= 2
        and all(not below[c].strip() for c in range(width) if c not in under_across)
    )
    if not two_rows:
        return [v.strip() for v in rows[top]], 1
    for r1, c1, r2, c2 in merges:
        for row in (top, top + 1):
            if r1 <= row <= r2:
                for column in range(c1, min(c2, width - 1) + 1):
                    filled[row - top][column] = rows[r1][c1]
    names = []
    for column in range(width):
        parts = [filled[0][column].strip(), filled[1][column].strip()]
        names.append(" ".join(dict.fromkeys(p for p in parts if p)))
    return names, 2


def render_sheet(
    data: bytes,
    *,
    sheet: str | int | None = None,
    file_name: str | None = None,
    max_bytes: int = 2**31,
) -> RenderedSheet:
    """The chosen sheet of a workbook as CSV text (see the module docstring)."""
    name = repr(file_name) if file_name else "(uploaded)"
    file_format = spreadsheet_format(data)
    if file_format is None:
        raise ReadingError(NOT_A_SPREADSHEET, name=name)
    workbook = _workbook(data, name, max_bytes)
    chosen, others = _sheet_and_others(workbook, sheet, name=name)
    check_formulas(data, file_format, chosen, name)  # never read a formula without result as blank
    rows = _as_text(_grid(workbook, chosen, name))
    names = [s for s, _ in _worksheets(workbook)]
    if not any(v.strip() for row in rows for v in row):
        if sheet is not None:  # the sheet asked for is empty, not the workbook
            raise ReadingError(SHEET_EMPTY, sheet=chosen, name=name, available=numbered(names))
        raise ReadingError(NO_SHEET_DATA, name=name)
    top = header_row(rows)
    columns, depth = _header(rows, top, _merges(workbook, chosen))
    body = [row for row in rows[top + depth :] if any(v.strip() for v in row)]
    keep = [c for c in range(len(columns)) if columns[c] or any(row[c].strip() for row in body)]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([columns[c] for c in keep])
    writer.writerows([row[c] for c in keep] for row in body)
    text = out.getvalue()
    if _CONTROL.search(text):
        _name_control_cell(body, keep, chosen, top + depth, name)
    return RenderedSheet(
        data=text.encode("utf-8"),
        sheet=chosen,
        columns=[columns[c] for c in keep],
        file_format=file_format,
        sheets=tuple(names),
        others=others,
    )


def _sheet_and_others(
    workbook: Any, sheet: str | int | None, *, name: str
) -> tuple[str, tuple[SheetSummary, ...]]:
    """The sheet to read and, when chosen by content, what the other sheets hold."""
    if sheet is not None:
        return choose_sheet(workbook, sheet, name=name), ()
    by_content, summaries = sheets_by_content(workbook, name=name)
    chosen = by_content or choose_sheet(workbook, None, name=name)
    return chosen, tuple(s for s in summaries if s.name != chosen)


def _as_text(grid: list[list[Any]]) -> list[list[str]]:
    """The grid's cells as text, converted row by row in place: the sheet is held once in
    memory, not twice (bounded resources, issue 27)."""
    for index, row in enumerate(grid):
        grid[index] = [cell_text(v) for v in row]
    return grid


def _name_control_cell(
    body: list[list[str]], keep: list[int], sheet: str, first: int, name: str
) -> None:
    """Control characters in a cell would reach the groups unseen; name the cell instead."""
    for offset, row in enumerate(body):
        for column in keep:
            if _CONTROL.search(row[column]):
                cell = f"{column_letter(column)}{first + offset + 1}"
                raise ReadingError(CELL_NOT_TEXT, name=name, sheet=sheet, cell=cell)

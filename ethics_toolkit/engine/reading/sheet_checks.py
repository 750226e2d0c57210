"""What a sheet holds, checked in its XML before calamine reads it (issue 27).

Two things calamine would get wrong without a word, both found by streaming the sheet's XML
(within the unpacked budget of :mod:`~ethics_toolkit.engine.reading.inflation`):

- **The area.** calamine holds a sheet as a dense rectangle from A1 to its last cell, about 70
  bytes a cell, and Python another 60 while the sheet is rendered: one cell at ``XFD1048576``
  in a 2 KB file asks for 17 billion cells. Every sheet's area (last row × last column, rows and
  cells repeated in an .ods counted) must stay within :data:`MAX_CELLS`, checked for all sheets
  before any is opened. (Cells written without a reference are counted one by one.)
- **Formulas without a saved result.** A workbook stores a formula's result next to it when the
  program that saved it calculated it (Excel, LibreOffice); files written by scripts (openpyxl,
  odfpy, report generators) often store the formula alone, and calamine reads the cell as empty:
  an outcome computed by a formula would silently become "no decision" (707 rows of an .ods
  dropped, and Woman at 100 %). The chosen sheet's formula cells without a result are named.
  In an .xlsx: an ``<f>`` with no ``<v>`` or an empty ``<v/>`` (openpyxl's way; a formula whose
  result is the empty text, ``t="str"``, has one). In an .ods: ``table:formula`` with no
  ``office:value-type``, or a number, date, time or boolean type without its value.

.xls and .xlsb store every formula's result; their area is bounded only by the file's size.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.etree import ElementTree

from ethics_toolkit.engine.errors import Message, ReadingError
from ethics_toolkit.engine.reading.cell_names import column_letter, column_number

UNCACHED_FORMULAS = Message(
    en="The sheet {sheet!r} of {name} has formulas without a saved result in {count} cells "
    "({cells}): the program that wrote the file did not calculate them, so they would read as "
    "empty and their rows would be left out or misread. Open the file in Excel or LibreOffice and "
    "save it again (that stores the results), or export the sheet as CSV.",
    sv="Bladet {sheet!r} i {name} har formler utan sparat resultat i {count} celler ({cells}): "
    "programmet som skrev filen räknade inte ut dem, så de skulle läsas som tomma och deras rader "
    "utelämnas eller läsas fel. Öppna filen i Excel eller LibreOffice och spara den igen (då "
    "sparas resultaten), eller exportera bladet som CSV.",
)
SHEET_TOO_LARGE = Message(
    en="The sheet {sheet!r} of {name} reaches row {rows} and column {column}: {cells} cells "
    "counted from A1, more than the {limit} a sheet may span here (reading it would take more "
    "memory than is safe). Delete far-away cells and save only the table with the decision log, "
    "or export the sheet as CSV (UTF-8), which has no such limit.",
    sv="Bladet {sheet!r} i {name} når rad {rows} och kolumn {column}: {cells} celler räknat från "
    "A1, fler än de {limit} ett blad får spänna över här (att läsa det skulle kräva mer minne än "
    "vad som är säkert). Ta bort avlägsna celler och spara bara tabellen med beslutsloggen, eller "
    "exportera bladet som CSV (UTF-8), som inte har någon sådan gräns.",
)
MAX_CELLS = 4 * 1_048_576
"""A sheet's area from A1 to its last cell: a full Excel sheet of four columns (1,048,576 rows),
about 600,000 rows of seven. Peak memory at the limit: ``bench/bench_workbooks.py``."""
NAMED_CELLS = 10
"""How many of the cells a message names (the count says how many there are)."""
_CHUNK = 2**20
_TAIL = 64 * 1024
_NS = rb"(?:[A-Za-z_][\w.-]*:)?"
_CELL = re.compile(rb"<(" + _NS + rb")c\b([^>]*?)(?:/>|>(.*?)</\1c>)", re.DOTALL)
_FORMULA = re.compile(rb"<" + _NS + rb"f[\s>/]")
_VALUE = re.compile(rb"<" + _NS + rb"v(?:\s[^>]*)?(?:/>|>(.*?)</" + _NS + rb"v>)", re.DOTALL)
_ROW_END = re.compile(rb"</" + _NS + rb"row>")
_REFERENCE = re.compile(rb'\br="([A-Za-z]+[0-9]+)"')
_TYPE = re.compile(rb'\bt="([^"]*)"')
# Any r="…" reference (a literal prefix keeps the scan fast; a stray match only counts more).
_COLUMN_OF = re.compile(rb'r="([A-Z]{1,3})[0-9]')
_ROW_OF = re.compile(rb'r="[A-Z]{0,3}([0-9]{1,9})"')
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_VALUE_OF_TYPE = {
    "float": "value",
    "percentage": "value",
    "currency": "value",
    "date": "date-value",
    "time": "time-value",
    "boolean": "boolean-value",
}
_SKIPPED = (KeyError, zipfile.BadZipFile, ElementTree.ParseError, OSError, ValueError)
"""A part that cannot be found or parsed: calamine reads (or refuses) it with its own message."""


@dataclass
class _Found:
    """Formula cells without a result: how many, and the first few references."""

    count: int = 0
    cells: list[str] = field(default_factory=list)

    def add(self, reference: str, repeat: int = 1) -> None:
        self.count += repeat
        if len(self.cells) < NAMED_CELLS:
            self.cells.append(reference)


def _column_letters(number: int) -> str:
    return column_letter(number - 1)


def _archive(data: bytes) -> zipfile.ZipFile | None:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return None


def check_sheet_areas(data: bytes, file_format: str, name: str) -> None:
    """Raise naming the first sheet whose area passes :data:`MAX_CELLS` (every sheet)."""
    archive = _archive(data) if file_format in ("xlsx", "ods") else None
    if archive is None:
        return
    with archive:
        try:
            if file_format == "xlsx":
                for sheet, part in _sheet_parts(archive):
                    rows, columns = _xlsx_area(archive, part)
                    _check_area(sheet, rows, columns, name)
            else:
                _ods_scan(archive, sheet=None, name=name)
        except _SKIPPED:
            return


def check_formulas(data: bytes, file_format: str, sheet: str, name: str) -> None:
    """Raise naming the cells of ``sheet`` whose formula has no saved result."""
    archive = _archive(data) if file_format in ("xlsx", "ods") else None
    if archive is None:
        return
    with archive:
        try:
            if file_format == "xlsx":
                part = dict(_sheet_parts(archive)).get(sheet)
                found = _xlsx_formulas(archive, part) if part else _Found()
            else:
                found = _ods_scan(archive, sheet=sheet, name=name)
        except _SKIPPED:
            return
    if found.count:
        shown = ", ".join(found.cells) + (", …" if found.count > len(found.cells) else "")
        raise ReadingError(
            UNCACHED_FORMULAS, sheet=sheet, name=name, count=found.count, cells=shown
        )


def _check_area(sheet: str, rows: int, columns: int, name: str) -> None:
    if rows * columns > MAX_CELLS:
        raise ReadingError(
            SHEET_TOO_LARGE,
            sheet=sheet,
            name=name,
            rows=format(rows, ","),
            column=_column_letters(columns),
            cells=format(rows * columns, ","),
            limit=format(MAX_CELLS, ","),
        )


def _sheet_parts(archive: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(name, archive path) of every worksheet, as calamine finds them (workbook relationships)."""
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    relationships = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {
        r.get("Id"): r.get("Target", "") for r in relationships.iter(f"{{{_PACKAGE}}}Relationship")
    }
    parts = []
    for element in workbook.iter(f"{{{_MAIN}}}sheet"):
        target = targets.get(element.get(f"{{{_RELATIONSHIPS}}}id"))
        if not target:
            continue
        if target.startswith("/"):
            path = target.lstrip("/")
        else:
            path = posixpath.normpath(posixpath.join("xl", target))
        parts.append((element.get("name", ""), path))
    return parts


def _regions(stream: io.BufferedIOBase) -> Iterator[bytes]:
    """The XML in pieces that end after a ``</row>``, so no cell is cut in two."""
    carry = b""
    while chunk := stream.read(_CHUNK):
        buffer = carry + chunk
        ends = list(_ROW_END.finditer(buffer, max(0, len(buffer) - _TAIL)))
        ends = ends or list(_ROW_END.finditer(buffer))
        if not ends:
            carry = buffer
            continue
        cut = ends[-1].end()
        yield buffer[:cut]
        carry = buffer[cut:]
    if carry:
        yield carry


def _xlsx_area(archive: zipfile.ZipFile, part: str) -> tuple[int, int]:
    """(last row, last column) of a worksheet, from its references; cells written without one
    are placed one after another, so a row's count of them is its width."""
    columns: set[bytes] = set()
    last_row = b""
    rows = widest_row = 0
    with archive.open(part) as stream:
        for region in _regions(stream):
            references = _COLUMN_OF.findall(region)
            columns.update(references)
            numbers = _ROW_OF.findall(region)
            if numbers:
                longest = max(map(len, numbers))
                top = max(n for n in numbers if len(n) == longest)
                last_row = max(last_row, top, key=lambda n: (len(n), n))
            rows += region.count(b"<row") + region.count(b":row ")
            cells = region.count(b"<c ") + region.count(b"<c>") + region.count(b":c ")
            if cells > len(references):  # some cells without a reference: count them per row
                widest_row = max(widest_row, _widest_row(region))
    widest = max((column_number(c.decode("ascii")) for c in columns), default=0)
    return max(int(last_row or 0), rows), max(widest, widest_row)


def _widest_row(region: bytes) -> int:
    """The most cells in one row of ``region`` (for cells written without a reference)."""
    widest = start = 0
    for end in _ROW_END.finditer(region):
        row = region[start : end.start()]
        widest = max(widest, row.count(b"<c ") + row.count(b"<c>") + row.count(b":c "))
        start = end.end()
    return widest


def _xlsx_formulas(archive: zipfile.ZipFile, part: str) -> _Found:
    found = _Found()
    with archive.open(part) as stream:
        for region in _regions(stream):
            if b"<f" not in region and not _FORMULA.search(region):
                continue
            for cell in _CELL.finditer(region):
                body = cell.group(3) or b""
                if not _FORMULA.search(body):
                    continue
                value = _VALUE.search(body)
                if value is not None and value.group(1):
                    continue
                kind = _TYPE.search(cell.group(2))
                if value is not None and kind and kind.group(1) in (b"str", b"inlineStr"):
                    continue  # a formula whose result is the empty text
                reference = _REFERENCE.search(cell.group(2))
                found.add(reference.group(1).decode("ascii") if reference else "?")
    return found


def _ods_scan(archive: zipfile.ZipFile, *, sheet: str | None, name: str) -> _Found:
    """Every table's area (``sheet`` None: raise when one is too large), or the formula cells
    without a result of ``sheet``, in one streaming parse of ``content.xml``."""
    found = _Found()
    table = f"{{{_TABLE}}}table"
    row_tag, cell_tags = (
        f"{{{_TABLE}}}table-row",
        (
            f"{{{_TABLE}}}table-cell",
            f"{{{_TABLE}}}covered-table-cell",
        ),
    )
    current: str | None = None
    row = column = last_row = last_column = 0
    filled_row = False
    stack: list[ElementTree.Element] = []
    with archive.open("content.xml") as stream:
        for event, element in ElementTree.iterparse(stream, events=("start", "end")):
            tag = element.tag
            if event == "start":
                stack.append(element)
                if tag == table:
                    current = element.get(f"{{{_TABLE}}}name", "")
                    row = last_row = last_column = 0
                elif tag == row_tag:
                    column, filled_row = 0, False
                continue
            stack.pop()
            if tag in cell_tags:
                repeat = int(element.get(f"{{{_TABLE}}}number-columns-repeated", "1"))
                if sheet is None and _ods_filled(element):
                    last_column = max(last_column, column + repeat)
                    filled_row = True
                elif sheet is not None and current == sheet and _ods_uncached(element):
                    found.add(_column_letters(column + 1) + str(row + 1), repeat)
                column += repeat
                element.clear()
            elif tag == row_tag:
                repeat = int(element.get(f"{{{_TABLE}}}number-rows-repeated", "1"))
                row += repeat
                if filled_row:
                    last_row = row
                    if sheet is None:
                        _check_area(current or "", last_row, last_column, name)
                if stack:
                    stack[-1].remove(element)
    return found


def _ods_filled(cell: ElementTree.Element) -> bool:
    """A cell calamine keeps: a typed value, a formula or text."""
    return (
        cell.get(f"{{{_OFFICE}}}value-type") is not None
        or cell.get(f"{{{_TABLE}}}formula") is not None
        or len(cell) > 0
    )


def _ods_uncached(cell: ElementTree.Element) -> bool:
    if cell.get(f"{{{_TABLE}}}formula") is None:
        return False
    kind = cell.get(f"{{{_OFFICE}}}value-type")
    if kind is None:
        return True
    needed = _VALUE_OF_TYPE.get(kind)
    return needed is not None and cell.get(f"{{{_OFFICE}}}{needed}") is None

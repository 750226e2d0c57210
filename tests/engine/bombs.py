"""Hostile workbooks built in the tests, never committed: zip bombs and a sheet's far corner.

A real zip bomb is made in a second, without a gigabyte in memory: one mebibyte of sheet rows is
deflated once with a full flush (byte-aligned, no reference to earlier data), and those bytes are
repeated; a raw deflate stream of such segments ending in a final block is valid, and unpacks to
the rows repeated. The archive is written by hand, so its declared sizes can also lie.
"""

from __future__ import annotations

import struct
import zlib

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
_BOOK_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
_STATIC = {
    "[Content_Types].xml": (
        f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{_TYPES}">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{_BOOK_TYPE}"/>'
        f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_SHEET_TYPE}"/></Types>'
    ),
    "_rels/.rels": (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_RELS}"><Relationship '
        f'Id="rId1" Type="{_DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    ),
    "xl/workbook.xml": (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{_MAIN}" xmlns:r="{_DOC}">'
        '<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_RELS}"><Relationship '
        f'Id="rId1" Type="{_DOC}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
    ),
}
_HEAD = (
    f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_MAIN}"><sheetData>'
    '<row><c t="inlineStr"><is><t>gender</t></is></c><c t="inlineStr"><is><t>decision</t></is>'
    "</c></row>"
).encode()
_ROW = b'<row><c t="inlineStr"><is><t>Woman</t></is></c><c><v>1</v></c></row>'
_TAIL = b"</sheetData></worksheet>"


def _segment(data: bytes, final: bool = False) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush(
        zlib.Z_FINISH if final else zlib.Z_FULL_FLUSH
    )


def _bomb_part(inflated: int) -> tuple[bytes, int, int]:
    """(raw deflate stream, CRC-32, unpacked size) of a sheet of about ``inflated`` bytes."""
    chunk = _ROW * (2**20 // len(_ROW))
    repeats = max(1, inflated // len(chunk))
    crc = zlib.crc32(_HEAD)
    for _ in range(repeats):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(_TAIL, crc)
    stream = _segment(_HEAD) + _segment(chunk) * repeats + _segment(_TAIL, final=True)
    return stream, crc, len(_HEAD) + len(chunk) * repeats + len(_TAIL)


def _zip(parts: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A ZIP of (name, stored or deflated bytes, method, CRC-32, declared unpacked size)."""
    out, directory = bytearray(), bytearray()
    for name, data, method, crc, size in parts:
        encoded = name.encode()
        offset = len(out)
        fields = (20, 0, method, 0, 0x21, crc, len(data), size, len(encoded), 0)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields) + encoded + data
        directory += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, *fields, 0, 0, 0, 0,
                                 offset) + encoded  # fmt: skip
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(parts), len(parts), len(directory),
                      len(out), 0)  # fmt: skip
    return bytes(out + directory + end)


def xlsx_bomb(inflated: int, *, declared: int | None = None) -> bytes:
    """An .xlsx whose sheet unpacks to about ``inflated`` bytes; ``declared`` makes it lie."""
    stream, crc, size = _bomb_part(inflated)
    parts = [(name, text.encode(), 0, zlib.crc32(text.encode()), len(text.encode()))
             for name, text in _STATIC.items()]  # fmt: skip
    parts.append(
        ("xl/worksheets/sheet1.xml", stream, 8, crc, size if declared is None else declared)
    )
    return _zip(parts)


def xlsx_far_corner(reference: str = "XFD1048576") -> bytes:
    """A tiny .xlsx with a header, two rows and one value in the sheet's far corner."""
    rows = [_HEAD, _ROW, _ROW, f'<row r="{reference.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}">'
            f'<c r="{reference}"><v>1</v></c></row>'.encode(), _TAIL]  # fmt: skip
    sheet = b"".join(rows)
    parts = [(name, text.encode(), 0, zlib.crc32(text.encode()), len(text.encode()))
             for name, text in _STATIC.items()]  # fmt: skip
    parts.append(("xl/worksheets/sheet1.xml", sheet, 0, zlib.crc32(sheet), len(sheet)))
    return _zip(parts)

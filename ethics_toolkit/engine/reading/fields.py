"""Find the first CSV line with a value beyond the header's columns, in one vectorised pass.

pandas silently drops such values when only some columns are read, or takes them as a shifted row:
an unquoted separator inside a name (``Andersson; Anna``) would put the name in the group column
and the group in the decision column. Checking every line with Python's ``csv`` module costs about a
second per million lines, so this counts unquoted separators per line with numpy (quote parity as
in RFC 4180: a doubled quote inside a quoted field toggles twice) in chunks of
:data:`CHUNK_BYTES`, and parses only the few lines with too many separators to see whether their
extra fields hold anything (trailing separators leave them empty, which is harmless).
"""

from __future__ import annotations

import csv
import io

CHUNK_BYTES = 1024 * 1024
_QUOTE, _NEWLINE = 34, 10
_ASCII_COMPATIBLE = ("utf-8", "utf-8-sig", "cp1252", "latin-1", "iso-8859-15", "cp850")


def _extra_values(text: str, separator: str, width: int) -> int | None:
    """The number of fields of one logical line when a field beyond ``width`` holds a value."""
    for row in csv.reader(io.StringIO(text, newline=""), delimiter=separator):
        if len(row) > width and any(value.strip() for value in row[width:]):
            return len(row)
        return None
    return None


def _slow(
    data: bytes, encoding: str, separator: str, width: int, skip: int = 0
) -> tuple[int, int] | None:
    text = io.TextIOWrapper(io.BytesIO(data), encoding=encoding, newline="")
    for _ in range(skip):
        text.readline()
    reader = csv.reader(text, delimiter=separator)
    next(reader, None)
    start = reader.line_num + 1
    for row in reader:
        if len(row) > width and any(value.strip() for value in row[width:]):
            return start + skip, len(row)  # the line the record starts on
        start = reader.line_num + 1
    return None


def first_long_line(
    data: bytes, *, encoding: str, separator: str, width: int, skip: int = 0
) -> tuple[int, int] | None:
    """(line number, number of fields) of the first line with a value beyond ``width`` fields.

    The header (the first line after the ``skip`` lines above it) is not checked, nor are those
    lines. Encodings that are not ASCII-compatible (UTF-16) take the slow path through ``csv``.
    """
    import codecs

    import numpy as np

    if codecs.lookup(encoding).name not in {codecs.lookup(e).name for e in _ASCII_COMPATIBLE}:
        return _slow(data, encoding, separator, width, skip)
    sep = ord(separator)
    parity = 0  # inside a quoted field at the start of the chunk
    line = 0  # logical lines completed before the chunk (0: the header is still open)
    carried = 0  # unquoted separators on the open line so far
    line_start = 0  # offset of the open line
    for offset in range(0, len(data), CHUNK_BYTES):
        chunk = np.frombuffer(data, dtype=np.uint8, count=min(CHUNK_BYTES, len(data) - offset),
                              offset=offset)  # fmt: skip
        quotes = chunk == _QUOTE
        if parity or quotes.any():
            outside = ((np.cumsum(quotes, dtype=np.int64) + parity) & 1) == 0
            parity = int(not outside[-1])
            at_separator = (chunk == sep) & outside
            newlines = np.flatnonzero((chunk == _NEWLINE) & outside)
        else:
            at_separator = chunk == sep
            newlines = np.flatnonzero(chunk == _NEWLINE)
        if len(newlines):
            starts = np.concatenate(([0], newlines[:-1] + 1))
            counts = np.add.reduceat(at_separator, starts, dtype=np.int64)
            open_line = int(np.count_nonzero(at_separator[newlines[-1] + 1 :]))
            counts[-1] -= open_line  # reduceat's last segment runs to the end of the chunk
            counts[0] += carried
        else:
            counts = np.zeros(0, np.int64)
            open_line = carried + int(np.count_nonzero(at_separator))
        for index in np.flatnonzero(counts > width - 1).tolist():
            if line + index <= skip:
                continue  # the header itself, or a line above it
            first = 0 if index == 0 else int(newlines[index - 1]) + 1
            start = line_start if index == 0 else offset + first
            end = offset + int(newlines[index])
            if index > 0 or carried == 0:
                mine = np.flatnonzero(at_separator[first : int(newlines[index])])
                extra = data[offset + first + int(mine[width - 1]) : end]
                if not extra.strip(b" \t\r" + separator.encode()):
                    continue  # only empty fields: trailing separators
            fields = _extra_values(data[start:end].decode(encoding, "replace"), separator, width)
            if fields is not None:
                return data.count(b"\n", 0, start) + 1, fields
        carried = open_line
        if len(newlines):
            line += len(newlines)
            line_start = offset + int(newlines[-1]) + 1
    if line > 0 and carried > width - 1:  # the last line has no newline at its end
        fields = _extra_values(data[line_start:].decode(encoding, "replace"), separator, width)
        if fields is not None:
            return data.count(b"\n", 0, line_start) + 1, fields
    return None

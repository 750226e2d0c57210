"""The encoding of a CSV file, decided over the whole file, and the checks that it is text.

A UTF-8 byte-order mark means ``utf-8-sig`` (a UTF-16 one ``utf-16``); UTF-16 without a mark is
recognised by its NUL bytes: in mostly-ASCII text every other byte of the first 4 KiB is NUL, the
odd ones for little-endian (``utf-16-le``), the even ones for big-endian (``utf-16-be``). A file
valid as UTF-8 throughout is ``utf-8``; a file with no valid UTF-8 character outside ASCII is
Windows-1252 (``cp1252``). A file with both valid UTF-8 characters and bytes that are not UTF-8
is refused, naming one line of each: it is not decoded line by line, because a Windows-1252 line
can also be valid UTF-8 with another meaning (``Ã¶`` is ``ö``), so no per-line rule can prove that
no value changes. Validation runs in chunks, so a large file costs time, not memory.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from ethics_toolkit.engine.errors import (
    BAD_ENCODING,
    MIXED_ENCODING,
    NOT_TEXT,
    NUL_BYTE,
    ReadingError,
)

ENCODINGS = (
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "cp1252",
    "latin-1",
    "iso-8859-15",
    "cp850",
)
"""Encodings that may be given, by any of Python's names for them (``windows-1252``, ``utf8``)."""
_CHUNK = 4 * 1024 * 1024
_UTF16_SAMPLE = 4096
_UTF8_BOM = codecs.BOM_UTF8
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# Control bytes no text file contains (checked in the first 4 KiB; NUL in the whole file).
_BINARY_BYTES = frozenset(range(0, 9)) | frozenset((11, 12)) | frozenset(range(14, 32))
# Bytes that Windows-1252 leaves undefined.
_CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")
# One valid UTF-8 character outside ASCII (RFC 3629, no overlongs or surrogates).
_UTF8_CHARACTER = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)


def line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _line_text(data: bytes, offset: int, encoding: str) -> str:
    start = data.rfind(b"\n", 0, offset) + 1
    end = data.find(b"\n", offset)
    line = data[start : end if end >= 0 else len(data)].rstrip(b"\r")
    text = line.decode(encoding, errors="replace")
    return text if len(text) <= 60 else text[:59] + "…"


def first_invalid(data: bytes, encoding: str) -> int | None:
    """The byte offset where ``data`` stops being valid ``encoding``, or ``None``.

    Decoded in chunks, so checking a large file costs time, not memory.
    """
    if encoding in ("utf-8", "utf-8-sig") and data.isascii():
        return None
    decoder = codecs.getincrementaldecoder(encoding)()
    view = memoryview(data)
    for start in range(0, len(data), _CHUNK):
        pending = len(decoder.getstate()[0])
        try:
            decoder.decode(view[start : start + _CHUNK], final=start + _CHUNK >= len(data))
        except UnicodeDecodeError as error:
            return max(0, start - pending + error.start)
    return None


def check_encoding_name(encoding: str) -> str:
    choices = ", ".join(ENCODINGS)
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise ReadingError(BAD_ENCODING, encoding=encoding, choices=choices) from None
    if info.name not in {codecs.lookup(e).name for e in ENCODINGS}:
        raise ReadingError(BAD_ENCODING, encoding=encoding, choices=choices)
    return encoding


def check_text(data: bytes, name: str) -> None:
    """Binary from the start is "not text"; a NUL further down is named by its line."""
    if any(byte in _BINARY_BYTES for byte in data[:4096]):
        raise ReadingError(NOT_TEXT, name=name)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise ReadingError(NUL_BYTE, name=name, line=line_of(data, nul))


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when the first 4 KiB look like mostly-ASCII UTF-16 text.

    At least 70 % of the characters have a NUL high byte and none is NUL itself; the sample then
    decodes to text without control characters (line breaks and tabs aside).
    """
    sample = data[:_UTF16_SAMPLE]
    sample = sample[: len(sample) - len(sample) % 2]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    for codec, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if high.count(0) < 0.7 * pairs or low.count(0) > high.count(0) // 10:
            continue
        nul_chars = sum(1 for h, lo in zip(high, low, strict=True) if h == 0 and lo == 0)
        if nul_chars:
            continue
        text = sample.decode(codec, errors="replace")
        if not any(ord(c) in _BINARY_BYTES for c in text):
            return codec
    return None


def detect_encoding(data: bytes, name: str) -> str:
    """The encoding of the whole file, per the module docstring."""
    if data.startswith(_UTF16_BOMS):
        if first_invalid(data, "utf-16") is not None:
            raise ReadingError(NOT_TEXT, name=name)
        return "utf-16"
    utf16 = utf16_without_bom(data)
    if utf16 is not None:
        if len(data) % 2 or first_invalid(data, utf16) is not None:
            raise ReadingError(NOT_TEXT, name=name)
        return utf16
    check_text(data, name)
    bom = data.startswith(_UTF8_BOM)
    bad = first_invalid(data, "utf-8")
    if bad is None:
        return "utf-8-sig" if bom else "utf-8"
    character = _UTF8_CHARACTER.search(data, len(_UTF8_BOM) if bom else 0)
    if bom or character is not None:
        raise ReadingError(
            MIXED_ENCODING,
            name=name,
            utf8_line=line_of(data, character.start()) if character else 1,
            other_line=line_of(data, bad),
            sample=_line_text(data, bad, "cp1252"),
        )
    undefined = _CP1252_UNDEFINED.search(data)
    if undefined is not None:
        raise ReadingError(NOT_TEXT, name=name)
    return "cp1252"


class TextCheck:
    """The checks of :func:`detect_encoding` over a file fed in chunks (one that is not held in
    memory: a big CSV grouped by DuckDB), so that it is refused exactly as the pandas path
    refuses it: a NUL byte anywhere is named by its line; a file that is not valid ``encoding``
    throughout but holds valid UTF-8 characters mixes two encodings (a line of each is named).
    :meth:`finish` returns ``False`` for a file with no UTF-8 character at all: Windows-1252, which
    the caller hands to the pandas path. DuckDB alone would not notice: it checks only the
    columns an audit reads. Offsets are kept, lines counted only for a message (from ``path``).
    """

    def __init__(self, encoding: str, name: str, path: Path) -> None:
        self.name = name
        self.path = path
        self.utf16 = codecs.lookup(encoding).name.startswith("utf-16")
        self.bom = codecs.lookup(encoding).name == "utf-8-sig"
        self.decoder = codecs.getincrementaldecoder(encoding)()
        self.offset = 0  # of the current chunk in the file
        self.bad: tuple[int, str] | None = None  # offset and text of the first invalid byte
        self.utf8: int | None = None  # offset of the first valid UTF-8 character beyond ASCII
        self.tail = b""  # the last bytes of the previous chunk: a character may straddle chunks

    def _line(self, offset: int) -> int:
        """The line of a byte offset, counted again from the file (only for a message)."""
        lines = 0
        with self.path.open("rb") as handle:
            while offset > 0 and (chunk := handle.read(min(_CHUNK, offset))):
                lines += chunk.count(b"\n")
                offset -= len(chunk)
        return lines + 1

    def feed(self, chunk: bytes) -> None:
        if not self.utf16:
            nul = chunk.find(b"\x00")
            if nul >= 0:
                raise ReadingError(NUL_BYTE, name=self.name, line=self._line(self.offset + nul))
        ascii_chunk = chunk.isascii()
        pending = len(self.decoder.getstate()[0])
        if self.bad is None and (self.utf16 or not ascii_chunk or pending):
            try:
                self.decoder.decode(chunk)
            except UnicodeDecodeError as error:
                if self.utf16:
                    raise ReadingError(NOT_TEXT, name=self.name) from None
                at = max(0, error.start - pending)
                self.bad = (self.offset + at, _line_text(chunk, at, "cp1252"))
        if self.utf8 is None and not self.utf16 and not (ascii_chunk and self.tail.isascii()):
            found = _UTF8_CHARACTER.search(self.tail + chunk)
            if found is not None:
                self.utf8 = self.offset - len(self.tail) + found.start()
        self.offset += len(chunk)
        self.tail = chunk[-3:]

    def finish(self) -> bool:
        """``True`` when the file is valid throughout; raises for a mix (class docstring)."""
        if self.bad is None:
            try:
                self.decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                if self.utf16:
                    raise ReadingError(NOT_TEXT, name=self.name) from None
                self.bad = (self.offset, "")
        if self.bad is None:
            return True
        if self.bom or self.utf8 is not None:
            offset, sample = self.bad
            raise ReadingError(
                MIXED_ENCODING,
                name=self.name,
                utf8_line=1 if self.utf8 is None else self._line(self.utf8),
                other_line=self._line(offset),
                sample=sample,
            )
        return False

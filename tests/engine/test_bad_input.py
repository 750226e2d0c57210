"""Bad input is an error naming the problem, never a misread table (issue 9, point 5)."""

from __future__ import annotations

import csv
import io
import os
import threading
from pathlib import Path
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ethics_toolkit.engine.audit import audit_source
from ethics_toolkit.engine.errors import (
    BAD_DECIMAL,
    BAD_ENCODING,
    BAD_SEPARATOR,
    DUPLICATE_COLUMNS,
    EMPTY_FILE,
    FIELD_TOO_LONG,
    FILE_TOO_BIG,
    HEADER_ONLY,
    HEADER_TOO_LONG,
    IS_A_FOLDER,
    MIXED_ENCODING,
    NOT_A_FILE,
    NOT_IN_ENCODING,
    NOT_TEXT,
    NUL_BYTE,
    SCORE_NOT_FINITE,
    SEPARATOR_LINE,
    TOO_MANY_FIELDS,
    UNNAMED_COLUMN,
    DataValueError,
    ReadingError,
)
from ethics_toolkit.engine.reading import fields
from ethics_toolkit.engine.reading.fields import CHUNK_BYTES
from ethics_toolkit.engine.reading.load import load_bytes
from ethics_toolkit.engine.reading.tabular import FIELD_LIMIT, SAMPLE_BYTES, read_table
from ethics_toolkit.engine.spec import AuditSpec

ROWS = "Man,Sverige,1\nKvinna,Östeuropa,0\n" * 2000  # far beyond the 64 KiB sample


def _error(data: bytes | Path, **options: object) -> ReadingError:
    with pytest.raises(ReadingError) as caught:
        read_table(data, file_name="log.csv", **options)
    return caught.value


def test_utf8_at_the_start_and_windows_1252_further_down_is_refused() -> None:
    data = ("kön,bakgrund,urval\n" + ROWS).encode("utf-8") + "Man,Östeuropa,1\n".encode("cp1252")
    error = _error(data)
    assert error.template is MIXED_ENCODING
    assert error.fields["utf8_line"] == 1  # "kön" in the header is UTF-8
    assert error.fields["other_line"] == 4002  # the Windows-1252 line
    assert "Östeuropa" in error.en and "4002" in error.sv


def test_windows_1252_at_the_start_and_utf8_further_down_is_refused() -> None:
    data = ("kön,bakgrund,urval\n" + ROWS).encode("cp1252") + "Man,Östeuropa,1\n".encode()
    error = _error(data)
    assert error.template is MIXED_ENCODING
    assert (error.fields["utf8_line"], error.fields["other_line"]) == (4002, 1)


def test_a_whole_windows_1252_file_whose_first_64_kib_are_ascii_is_read() -> None:
    data = b"g,o\n" + b"A,1\n" * 20_000 + "Östeuropa,0\n".encode("cp1252")
    frame, info = read_table(data)
    assert info.encoding == "cp1252" and frame["g"].iloc[-1] == "Östeuropa"


def test_utf8_with_a_bom_and_a_bad_line_is_refused() -> None:
    data = b"\xef\xbb\xbfg,o\nA,1\n" + "Ö,0\n".encode("cp1252")
    assert _error(data).template is MIXED_ENCODING


def test_a_given_encoding_that_does_not_fit_names_the_line() -> None:
    data = "g,o\nA,1\nÖ,0\n".encode("cp1252")
    error = _error(data, encoding="utf-8")
    assert error.template is NOT_IN_ENCODING and error.fields["line"] == 3
    frame, _ = read_table(data, encoding="windows-1252")  # Python's aliases are fine
    assert frame["g"].tolist() == ["A", "Ö"]


def test_nul_bytes_after_the_sample_are_not_text() -> None:
    lines = ["sex,decision", *(["male,yes", "female,no"] * 6000)]
    lines[9000] = "male\0\0,yes"
    data = ("\n".join(lines) + "\n").encode()
    assert data.index(b"\0") > SAMPLE_BYTES
    error = _error(data)
    assert error.template is NUL_BYTE and error.fields["line"] == 9001


@pytest.mark.parametrize("header", ["gender,gender,o", "gender, gender ,o", " gender,gender,o"])
def test_duplicate_header_names_after_stripping_are_named(header: str) -> None:
    error = _error(f"{header}\nA,B,1\n".encode())
    assert error.template is DUPLICATE_COLUMNS
    assert "'gender' (1, 2)" in error.en and "'gender' (1, 2)" in error.sv


def test_an_unnamed_column_with_data_is_named_by_position() -> None:
    error = _error(b"g,,o\nA,x,1\nB,,0\n")
    assert error.template is UNNAMED_COLUMN
    assert (error.fields["position"], error.fields["value"], error.fields["line"]) == (2, "x", 2)


def test_an_unnamed_column_with_data_only_after_the_sample_is_found_too() -> None:
    data = b"g,,o\n" + b"A,,1\n" * 20_000 + b"B,late,0\n"
    for usecols in (None, ["g", "o"]):  # also when only other columns are asked for
        error = _error(data, usecols=usecols)
        assert error.template is UNNAMED_COLUMN and error.fields["line"] == 20_002


def test_empty_unnamed_columns_from_trailing_separators_are_dropped() -> None:
    frame, info = read_table(b"g;o;;\nA;1;;\nB;0;;\n")
    assert list(frame.columns) == info.columns == ["g", "o"]


@pytest.mark.parametrize("usecols", [None, ["g"]])
def test_a_line_with_an_extra_value_after_the_sample_names_the_line(
    usecols: list[str] | None,
) -> None:
    data = b"g;o\n" + b"A;1\n" * 20_000 + b"Andersson; Anna;1\n"  # a separator in a name
    error = _error(data, usecols=usecols)
    assert error.template is TOO_MANY_FIELDS and error.fields["line"] == 20_002
    assert error.fields["fields"] == 3


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(
        st.lists(
            st.sampled_from(["", "a", "b,c", 'say "x"', "two\nlines", " "]), min_size=1, max_size=5
        ),
        min_size=1,
        max_size=30,
    ),
    chunk=st.sampled_from([3, 7, 64, CHUNK_BYTES]),
)
def test_the_vectorised_line_check_agrees_with_the_csv_module(
    rows: list[list[str]], chunk: int
) -> None:
    """Against Python's csv module, on quoted separators, quotes and newlines, in any chunking."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([["g", "o", "p"], *rows])
    data = out.getvalue().encode()
    expected = None
    for row in csv.reader(io.StringIO(out.getvalue(), newline="")):
        if len(row) > 3 and any(v.strip() for v in row[3:]):
            expected = True
            break
    with patch.object(fields, "CHUNK_BYTES", chunk):
        found = fields.first_long_line(data, encoding="utf-8", separator=",", width=3)
    assert (found is not None) == bool(expected)
    if found is not None:
        slow = fields._slow(data, "utf-8", ",", 3)
        assert found == slow


def test_zero_bytes_and_a_header_only_file_have_their_own_messages() -> None:
    assert _error(b"").template is EMPTY_FILE
    error = _error(b"sex,decision\r\n")
    assert error.template is HEADER_ONLY
    assert "'sex', 'decision'" in error.en and "'sex', 'decision'" in error.sv


def test_field_and_header_limits() -> None:
    long = "x" * (FIELD_LIMIT + 1)
    error = _error(f'g,o\nA,1\n"{long}",0\n'.encode())
    assert error.template is FIELD_TOO_LONG and error.fields["line"] == 3
    assert _error(b"a" * (SAMPLE_BYTES + 10)).template is HEADER_TOO_LONG


@pytest.mark.parametrize(
    ("options", "message", "named"),
    [
        ({"separator": "ab"}, BAD_SEPARATOR, "tab"),
        ({"encoding": "rot13"}, BAD_ENCODING, "cp1252"),
        ({"encoding": "no-such-codec"}, BAD_ENCODING, "utf-8-sig"),
        ({"decimal": ";"}, BAD_DECIMAL, "','"),
    ],
)
def test_invalid_options_name_the_valid_choices(
    options: dict[str, str], message: object, named: str
) -> None:
    error = _error(b"g,o\nA,1\n", **options)
    assert error.template is message and named in error.en and named in error.sv


@pytest.mark.parametrize("separator", [",", ";", "tab", "\\t", "\t", "|"])
def test_every_listed_separator_is_accepted(separator: str) -> None:
    char = {"tab": "\t", "\\t": "\t"}.get(separator, separator)
    frame, _ = read_table(f"g{char}o\nA{char}1\n".encode(), separator=separator)
    assert list(frame.columns) == ["g", "o"]


def test_binary_from_the_start_is_not_text() -> None:
    assert _error(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").template is NOT_TEXT


def test_only_regular_files_are_read_and_a_fifo_never_blocks(tmp_path: Path) -> None:
    fifo = tmp_path / "log.csv"
    os.mkfifo(fifo)
    result: list[ReadingError] = []

    def attempt() -> None:
        with pytest.raises(ReadingError) as caught:
            load_bytes(fifo)
        result.append(caught.value)

    thread = threading.Thread(target=attempt, daemon=True)
    thread.start()
    thread.join(timeout=10)
    assert result and result[0].template is NOT_A_FILE
    assert _error(Path("/dev/zero")).template is NOT_A_FILE
    assert _error(tmp_path).template is IS_A_FOLDER


def test_the_size_limit_is_checked_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes(b"g,o\n" + b"A,1\n" * 1000)
    error = _error(path, max_bytes=1000)
    assert error.template is FILE_TOO_BIG
    assert _error(path.read_bytes(), max_bytes=1000).template is FILE_TOO_BIG
    frame, _ = read_table(path, max_bytes=10_000)
    assert len(frame) == 1000


@pytest.mark.parametrize("value", ["inf", "-inf", "1e309", "nan", "NaN", "Infinity"])
def test_a_non_finite_score_is_an_error_naming_the_line(value: str) -> None:
    rows = [f"{g},{s}" for g, s in zip("ABABABABAB", range(10), strict=True)]
    rows[6] = f"A,{value}"
    data = ("g,s\n" + "\n".join(rows) + "\n").encode()
    with pytest.raises(DataValueError) as caught:
        audit_source(data, AuditSpec(score="s", sensitive=["g"]))
    assert caught.value.template is SCORE_NOT_FINITE
    assert caught.value.fields["row"] == 8  # the header is line 1


@pytest.mark.parametrize(
    "data",
    [
        b"sep=;\nK\xc3\xb6n;Beslut\nKvinna;Ja\nMan;Nej\n",
        b"\xef\xbb\xbfsep=,\r\ng,o\r\nA,1\r\nB,0\r\n",
        '"sep=\t"\ng\to\nA\t1\n'.encode("utf-16"),
    ],
)
def test_an_excel_separator_line_is_named_not_read_as_the_header(data: bytes) -> None:
    # Read as a header, "sep=;" made the real header a data row and column 2 unnamed.
    error = _error(data)
    assert error.template is SEPARATOR_LINE
    assert error.fields["line"].strip('"').startswith("sep=")
    assert "Delete that line" in error.en and "Ta bort den raden" in error.sv

"""Reading what HR systems and Excel export: encodings, separators, decimal comma, CRLF, quotes."""

from __future__ import annotations

import hashlib

import pytest

from ethics_toolkit.engine.errors import (
    BAD_ENCODING,
    COLUMN_NOT_FOUND,
    EMPTY_FILE,
    NOT_TEXT,
    ONE_COLUMN,
    TOO_MANY_FIELDS,
    ColumnError,
    ReadingError,
)
from ethics_toolkit.engine.reading.tabular import detect, read_table

TEXT = "Kön;Bakgrund;Poäng;Urval\r\nKvinna;Utanför Europa;53,8;Ja\r\nMan;Sverige;7,25;Nej\r\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("cp1252"), "cp1252"),
        (TEXT.encode("utf-16"), "utf-16"),
    ],
)
def test_encodings_separator_decimal_crlf(data: bytes, encoding: str) -> None:
    frame, info = read_table(data, file_name="x.csv")
    assert info.encoding == encoding
    assert (info.separator, info.decimal, info.rows_read) == (";", ",", 2)
    assert info.columns == ["Kön", "Bakgrund", "Poäng", "Urval"]
    assert list(frame.columns) == info.columns
    assert frame["Poäng"].tolist() == [53.8, 7.25]
    assert frame["Bakgrund"].tolist() == ["Utanför Europa", "Sverige"]
    assert frame["Urval"].tolist() == ["Ja", "Nej"]  # no trailing \r
    assert info.sha256 == hashlib.sha256(data).hexdigest()  # of the bytes as uploaded
    assert info.file_name == "x.csv"


def test_tab_and_quoted_fields_with_separators_inside() -> None:
    data = b'name\tnote\tselected\n"Doe, J"\t"says ""hi""\tthere"\t1\nX\ty\t0\n'
    frame, info = read_table(data)
    assert info.separator == "\t"
    assert frame["note"].tolist() == ['says "hi"\tthere', "y"]
    assert frame["name"].tolist() == ["Doe, J", "X"]


def test_comma_file_with_quoted_decimal_commas() -> None:
    frame, info = read_table(b'g,score\nA,"1,5"\nB,"2,5"\n')
    assert (info.separator, info.decimal) == (",", ",")
    assert frame["score"].tolist() == [1.5, 2.5]


def test_utf8_that_turns_invalid_after_the_sample_falls_back_to_cp1252() -> None:
    head = b"g,o\n" + b"A,1\n" * 20_000
    data = head + "Ö,0\n".encode("cp1252")
    frame, info = read_table(data)
    assert info.encoding == "cp1252"
    assert frame["g"].iloc[-1] == "Ö"


def test_overrides_win_and_header_spaces_are_stripped() -> None:
    data = b" a ; b \n1,5;x\n"
    frame, info = read_table(data, separator=";", decimal=".", encoding="utf-8")
    assert (info.separator, info.decimal) == (";", ".")
    assert list(frame.columns) == ["a", "b"]
    assert frame["a"].tolist() == ["1,5"]


def test_usecols_and_empty_values_are_missing_but_na_is_kept() -> None:
    frame, _ = read_table(b"a,b,c\nNA,,1\nx,y,2\n", usecols=["a", "b"])
    assert list(frame.columns) == ["a", "b"]
    assert frame["a"].tolist() == ["NA", "x"]
    assert frame["b"].isna().tolist() == [True, False]


def test_detect_reads_only_a_sample() -> None:
    dialect = detect(b"x;y\n" + b"1;2\n" * 100_000)
    assert (dialect.separator, dialect.columns) == (";", ["x", "y"])


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", EMPTY_FILE),
        (b"  \r\n\n", EMPTY_FILE),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", NOT_TEXT),
        (bytes(range(256)) * 4, NOT_TEXT),
    ],
)
def test_unreadable_inputs(data: bytes, message: object) -> None:
    with pytest.raises(ReadingError) as caught:
        read_table(data, file_name="bad.csv")
    assert caught.value.template is message
    assert "bad.csv" in caught.value.en and "bad.csv" in caught.value.sv


def test_unknown_column_lists_the_available_ones() -> None:
    with pytest.raises(ColumnError) as caught:
        read_table(b"gender,selected\nA,1\n", usecols=["kön"])
    assert caught.value.template is COLUMN_NOT_FOUND
    assert "'kön'" in caught.value.en and "'gender', 'selected'" in caught.value.en


def test_bad_encoding_name() -> None:
    with pytest.raises(ReadingError) as caught:
        read_table(b"a\n1\n", encoding="no-such-codec")
    assert caught.value.template is BAD_ENCODING


def test_a_wrong_separator_is_named_as_the_likely_cause() -> None:
    with pytest.raises(ColumnError) as caught:
        read_table(b"g;o\nA;1\n", separator=",", usecols=["g"])
    assert caught.value.template is ONE_COLUMN
    assert "'g;o'" in caught.value.en and "--sep ';'" in caught.value.sv


def test_a_line_with_more_fields_than_the_header_is_an_error() -> None:
    with pytest.raises(ReadingError) as caught:
        read_table(b"g,o\nA,1,extra\nB,0\n", file_name="log.csv", usecols=["g", "o"])
    assert caught.value.template is TOO_MANY_FIELDS
    assert "Line 2 of 'log.csv' has 3 fields but the header has 2" in caught.value.en


@pytest.mark.parametrize("usecols", [["g", "o"], None])
def test_trailing_empty_fields_are_tolerated(usecols: list[str] | None) -> None:
    frame, _ = read_table(b"g;o\nA;1;\nB;0;\n", usecols=usecols)
    assert list(frame.columns) == ["g", "o"]
    assert frame["g"].tolist() == ["A", "B"] and frame["o"].tolist() == [1, 0]

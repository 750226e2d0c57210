"""Excel and OpenDocument workbooks read like the CSV of the same data (issue 9, point 1)."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import random
import zipfile

import pytest

from ethics_toolkit.engine.audit import audit_source
from ethics_toolkit.engine.errors import (
    COLUMN_NOT_ON_SHEET,
    NO_SHEET_DATA,
    NOT_A_SPREADSHEET,
    SHEET_EMPTY,
    SHEET_FOR_TEXT,
    SHEET_NOT_FOUND,
    SPREADSHEET_UNREADABLE,
    ColumnError,
    ReadingError,
)
from ethics_toolkit.engine.reading.tabular import read_table
from ethics_toolkit.engine.reading.workbooks import (
    cell_text,
    column_letter,
    sheets,
    spreadsheet_format,
)
from ethics_toolkit.engine.spec import AuditSpec
from tests.workbooks import csv_text, ods, xlsx

HEADER = ["Sökande-ID", "Kön", "Bakgrund", "Poäng", "Vidare till intervju", "Ansökt"]


def _log(n: int = 240, seed: int = 9) -> list[list[object]]:
    rng = random.Random(seed)
    rows: list[list[object]] = []
    for i in range(n):
        sex = rng.choice(["Kvinna", "Man", "Man"])
        origin = rng.choice(["Sverige", "Sverige", "Europa", "Utanför Europa"])
        rate = 0.5 - 0.15 * (sex == "Kvinna") - 0.2 * (origin == "Utanför Europa")
        rows.append(
            [
                f"A-{i:05d}",
                sex,
                origin,
                round(rng.uniform(20, 90), 1),
                "Ja" if rng.random() < rate else "Nej",
                dt.date(2025, 1, 1) + dt.timedelta(days=i % 90),
            ]
        )
    return rows


SPEC = AuditSpec(outcome="Vidare till intervju", positive="Ja", sensitive=["Kön", "Bakgrund"])
SCORE_SPEC = AuditSpec(score="Poäng", sensitive=["Kön"])


def _figures(result) -> list[tuple]:
    return [
        (tuple(g.values.items()), g.n, g.selected, g.impact_ratio, g.p_value)
        for a in result.analyses
        for g in a.groups
    ]


@pytest.mark.parametrize("spec", [SPEC, SCORE_SPEC], ids=["decisions", "scores"])
@pytest.mark.parametrize("writer", ["xlsx", "ods"])
def test_a_workbook_gives_the_same_figures_as_the_csv_of_the_same_data(
    writer: str, spec: AuditSpec
) -> None:
    rows = [HEADER, *_log()]
    book = xlsx([("Data", rows)]) if writer == "xlsx" else ods([("Data", rows)])
    from_book = audit_source(book, spec, file_name=f"export.{writer}")
    from_csv = audit_source(csv_text(rows), spec, file_name="export.csv")
    assert _figures(from_book) == _figures(from_csv)
    assert from_book.n_rows == from_csv.n_rows == 240
    assert from_book.reading.sheet == "Data" and from_csv.reading.sheet is None
    assert from_book.reading.sha256 == hashlib.sha256(book).hexdigest()  # the workbook's bytes


def test_title_rows_merged_header_dates_text_numbers_and_empty_edges() -> None:
    """What Excel users really save: a title, a blank row, an empty first column, a merged
    header, numbers stored as text, dates, formatted but empty rows and columns at the end."""
    rows = [
        [None, "Rekrytering våren 2025"],
        [],
        [None, "Kön", "Beslut", None, "Poäng", "Ansökt", None],
        [None, "Kvinna", "Ja", None, "53,8", dt.datetime(2025, 3, 1), None],
        [None, "Man", "Nej", None, 61.25, dt.datetime(2025, 3, 2, 14, 30), None],
        [],
        [None, "Man", "Ja", None, "70", dt.date(2025, 3, 3), None],
        [None, None, None, None, None, None, None],
    ]
    book = xlsx([("Blad1", rows)], merges={"Blad1": ["A1:F1", "C3:D3"]})
    frame, info = read_table(book, file_name="export.xlsx")
    assert info.columns == ["Kön", "Beslut", "Poäng", "Ansökt"]
    assert list(frame.columns) == info.columns and info.rows_read == 3
    assert frame["Beslut"].tolist() == ["Ja", "Nej", "Ja"]
    assert frame["Ansökt"].tolist() == ["2025-03-01", "2025-03-02 14:30:00", "2025-03-03"]
    assert frame["Poäng"].tolist() == ["53,8", "61.25", "70"]  # text; the engine reads both
    result = audit_source(book, AuditSpec(score="Poäng", sensitive=["Kön"]))
    assert result.score_median == pytest.approx(61.25)


def test_a_two_row_header_made_of_merged_cells_joins_the_names() -> None:
    rows = [
        ["Kön", "Beslut", None],
        [None, "Steg 1", "Steg 2"],
        ["Kvinna", "Ja", "Nej"],
        ["Man", "Nej", "Nej"],
    ]
    book = xlsx([("Data", rows)], merges={"Data": ["A1:A2", "B1:C1"]})
    frame, info = read_table(book)
    assert info.columns == ["Kön", "Beslut Steg 1", "Beslut Steg 2"]
    assert frame["Beslut Steg 2"].tolist() == ["Nej", "Nej"]


def test_the_default_sheet_is_the_first_visible_non_empty_one() -> None:
    data = [["g", "o"], ["A", "1"], ["B", "0"]]
    book = xlsx([("Info", []), ("Dold", [["x", "y"], ["1", "2"]]), ("Data", data)], hidden=["Dold"])
    _, info = read_table(book)
    assert info.sheet == "Data"
    assert [(s.name, s.visible, s.empty) for s in sheets(book)] == [
        ("Info", True, True),
        ("Dold", False, False),
        ("Data", True, False),
    ]


@pytest.mark.parametrize("wanted", ["Data", " data ", "3", 3])
def test_sheet_by_name_any_case_or_number_from_one(wanted: str | int) -> None:
    book = xlsx([("Info", [["x"], ["1"]]), ("Andra", [["y"], ["2"]]), ("Data", [["z"], ["3"]])])
    frame, info = read_table(book, sheet=wanted)
    assert info.sheet == "Data" and frame.columns.tolist() == ["z"]


def test_an_unknown_sheet_lists_the_sheets() -> None:
    book = xlsx([("Info", [["x"], ["1"]]), ("Data", [["z"], ["3"]])])
    with pytest.raises(ReadingError) as caught:
        read_table(book, sheet="NoSuchSheet", file_name="export.xlsx")
    assert caught.value.template is SHEET_NOT_FOUND
    assert "'NoSuchSheet'" in caught.value.en and "1 = 'Info', 2 = 'Data'" in caught.value.sv


def test_a_workbook_without_data_and_a_sheet_for_a_text_file() -> None:
    with pytest.raises(ReadingError) as caught:
        read_table(xlsx([("Tom", []), ("Tom2", [[None, " "]])]))
    assert caught.value.template is NO_SHEET_DATA
    with pytest.raises(ReadingError) as caught:
        read_table(b"g,o\nA,1\n", sheet="Data", file_name="log.csv")
    assert caught.value.template is SHEET_FOR_TEXT


TITLED = [
    ("Tom", []),
    ("Info", [["Rekrytering 2024"], ["skapad av HR"]]),
    ("Data", [["Kön", "Beslut"], ["Kvinna", "Ja"], ["Man", "Nej"]]),
]


@pytest.mark.parametrize("wanted", ["Tom", "1", 1])
def test_an_empty_sheet_asked_for_is_named_with_the_other_sheets(wanted: str | int) -> None:
    with pytest.raises(ReadingError) as caught:
        read_table(xlsx(TITLED), sheet=wanted, file_name="export.xlsx")
    assert caught.value.template is SHEET_EMPTY
    assert caught.value.fields["sheet"] == "Tom"
    assert "1 = 'Tom', 2 = 'Info', 3 = 'Data'" in caught.value.en


@pytest.mark.parametrize("read", ["read_table", "audit_source"])
def test_a_missing_column_on_a_workbook_names_the_sheet_not_a_separator(read: str) -> None:
    # The default sheet is the one with a table (issue 20), not the title sheet before it; a
    # column it lacks is named with the sheet read and the others to choose from.
    book = xlsx(TITLED)
    spec = AuditSpec(outcome="Beslut", positive="Ja", sensitive=["Ålder"])
    with pytest.raises(ColumnError) as caught:
        if read == "read_table":
            read_table(book, usecols=["Ålder", "Beslut"], file_name="export.xlsx")
        else:
            audit_source(book, spec, file_name="export.xlsx")
    assert caught.value.template is COLUMN_NOT_ON_SHEET
    assert caught.value.fields["sheet"] == "Data"
    assert "--sep" not in caught.value.en and "--sheet" in caught.value.en
    assert "2 = 'Info'" in caught.value.en and "'Kön'" in caught.value.sv


def test_the_sheet_with_the_most_data_rows_is_read_and_the_others_are_reported() -> None:
    """Issue 20: an "Info" sheet first and a smaller table are skipped, and said as such."""
    book = xlsx(
        [
            ("Info", [["Export från rekryteringssystemet"], ["Skapad 2026-01-10"]]),
            ("Sammanfattning", [["Kön", "Antal"], ["Kvinna", 2], ["Man", 1]]),
            ("Kandidater", [["Kön", "Beslut"], *[["Kvinna", "Ja"], ["Man", "Nej"]] * 3]),
        ]
    )
    frame, info = read_table(book, file_name="export.xlsx")
    assert info.sheet == "Kandidater" and len(frame) == 6
    notes = [(n.name, n.kind, n.rows) for n in info.other_sheets]
    assert notes == [("Info", "text", 2), ("Sammanfattning", "table", 2)]
    _, asked = read_table(book, sheet="Sammanfattning", file_name="export.xlsx")
    assert asked.sheet == "Sammanfattning" and asked.other_sheets == []


def _zip(entries: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in entries.items():
            archive.writestr(name, text)
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_zip({"log.csv": "g,o\nA,1\n"}), NOT_A_SPREADSHEET),
        (_zip({"xl/workbook.xml": "<not xml"}), SPREADSHEET_UNREADABLE),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1000, SPREADSHEET_UNREADABLE),
    ],
    ids=["zip", "broken-xlsx", "broken-xls"],
)
def test_broken_or_foreign_archives_are_named(data: bytes, message: object) -> None:
    with pytest.raises(ReadingError) as caught:
        read_table(data, file_name="export.xlsx")
    assert caught.value.template is message
    assert "export.xlsx" in caught.value.en and "export.xlsx" in caught.value.sv


def test_format_is_recognised_by_content_not_by_name() -> None:
    book = xlsx([("Data", [["g", "o"], ["A", "1"]])])
    assert spreadsheet_format(book) == "xlsx"
    assert spreadsheet_format(ods([("Data", [["g"], ["A"]])])) == "ods"
    assert spreadsheet_format(b"g,o\nA,1\n") is None
    _, info = read_table(book, file_name="misnamed.csv")  # an .xlsx saved under a .csv name
    assert info.sheet == "Data"
    _, info = read_table(b"g;o\nA;1\n", file_name="really-text.xlsx")
    assert info.separator == ";" and info.sheet is None


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (1.0, "1"),
        (53.8, "53.8"),
        (0.1 + 0.2, "0.3"),  # Excel's 15 significant digits
        (True, "TRUE"),
        (dt.datetime(2025, 1, 8), "2025-01-08"),
        (dt.datetime(2025, 1, 8, 9, 5, 7, 120), "2025-01-08 09:05:07"),
        (dt.date(2025, 1, 8), "2025-01-08"),
        (dt.time(9, 5), "09:05:00"),
        (" Kvinna ", " Kvinna "),
    ],
)
def test_cells_are_written_as_excel_exports_them(value: object, text: str) -> None:
    assert cell_text(value) == text


@pytest.mark.parametrize(("index", "letters"), [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ")])
def test_column_letters(index: int, letters: str) -> None:
    assert column_letter(index) == letters

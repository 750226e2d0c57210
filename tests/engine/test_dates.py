"""Issue 20: Swedish and English written dates, also mixed with ISO in one column."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from ethics_toolkit.engine.errors import NOT_A_DATE, EngineError
from ethics_toolkit.engine.reading.dates import column_formats, parse_date, period_codes


@pytest.mark.parametrize(
    "text",
    [
        "3 februari 2026", "3 feb. 2026", "3 Feb 2026", "February 3, 2026", "2026-02-03",
        "den 3:e februari 2026", "Tuesday, February 3, 2026", "tisdag 3 februari 2026",
        "03-Feb-2026", "Feb. 3 2026", "3 FEBRUARI 2026", "3/2/2026", "03.02.2026",
        "2026-02-03T09:30:00", "3 februari 2026 14:05",
    ],
)  # fmt: skip
def test_every_written_form_reads_as_the_same_day(text: str) -> None:
    assert parse_date(text, column_formats([text])) == date(2026, 2, 3)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("1 april 2026", date(2026, 4, 1)),  # the value that made the whole run fail
        ("1 maj 2026", date(2026, 5, 1)),
        ("May 1, 2026", date(2026, 5, 1)),
        ("15 okt 2026", date(2026, 10, 15)),
        ("15 Oct. 2026", date(2026, 10, 15)),
        ("31 december 2025", date(2025, 12, 31)),
        ("1 mars 2026", date(2026, 3, 1)),
        ("1 March 2026", date(2026, 3, 1)),
    ],
)
def test_month_names_in_both_languages(text: str, day: date) -> None:
    assert parse_date(text, column_formats([text])) == day


@pytest.mark.parametrize("text", ["31 smarch 2026", "30 februari 2026", "3 februari", "soon"])
def test_what_no_form_reads_is_no_date(text: str) -> None:
    assert parse_date(text, column_formats([text])) is None


def test_a_column_mixing_forms_gives_quarters_in_time_order() -> None:
    series = pd.Series(
        ["3 februari 2026", "2026-04-01", "1 april 2026", "15 Mar 2026", "", "July 2, 2026"]
    )
    codes = period_codes(series, column="d", freq="quarter")
    assert codes.labels == ["2026-Q1", "2026-Q2", "2026-Q3"]
    assert codes.codes.tolist() == [0, 1, 1, 0, -1, 2]
    assert codes.counts == [2, 2, 1]


def test_a_date_no_form_reads_stops_the_audit_naming_it_and_its_row() -> None:
    series = pd.Series(["3 februari 2026", "2026-01-05", "31 smarch 2026"])
    with pytest.raises(EngineError) as caught:
        period_codes(series, column="Ansökningsdatum", freq="quarter")
    assert caught.value.template is NOT_A_DATE
    assert caught.value.fields == {
        "column": "Ansökningsdatum", "value": "31 smarch 2026", "row": 4
    }  # fmt: skip
    assert "3 februari 2026" not in caught.value.en and "15 mars 2026" in caught.value.sv

"""Guessing the column mapping from Swedish and English headers and values."""

from __future__ import annotations

import pandas as pd
import pytest

from ethics_toolkit.engine.guess import find_count_column, guess_spec
from ethics_toolkit.engine.reading import read_table
from ethics_toolkit.sample_data import sample_files


@pytest.fixture(scope="module")
def files() -> dict[str, bytes]:
    return sample_files()


def test_swedish_export(files: dict[str, bytes]) -> None:
    frame, _ = read_table(files["rekrytering_excel_export.csv"], nrows=200)
    guess = guess_spec(frame)
    assert guess.sensitive == ["Kön", "Bakgrund"]  # a third attribute only on request
    assert (guess.outcome, guess.positive) == ("Urval", "Ja")
    assert guess.score == "Poäng"
    assert (guess.truth, guess.truth_positive) == ("Kvalificerad", "Ja")
    assert not guess.aggregated
    spec = guess.to_spec()
    assert spec is not None and spec.outcome == "Urval" and spec.count_column is None


def test_english_log(files: dict[str, bytes]) -> None:
    frame, _ = read_table(files["recruitment_decisions.csv"], nrows=200)
    guess = guess_spec(frame)
    assert guess.sensitive == ["gender", "background"]
    assert (guess.outcome, guess.positive, guess.score) == ("selected", "1", "score")
    assert (guess.truth, guess.truth_positive) == ("qualified", "1")


def test_group_counts(files: dict[str, bytes]) -> None:
    frame, _ = read_table(files["aggregated_counts.csv"])
    guess = guess_spec(frame)
    assert guess.aggregated
    assert (guess.count_column, guess.selected_column) == ("applicants", "selected")
    spec = guess.to_spec()
    assert spec is not None and spec.count_column == "applicants"


@pytest.mark.parametrize(
    ("columns", "expected"),
    [
        (["Kön", "Antal sökande", "Valda"], "Antal sökande"),
        (["Sökande-ID", "Kön", "n"], "n"),
        (["kön", "urval"], None),
    ],
)
def test_count_column(columns: list[str], expected: str | None) -> None:
    assert find_count_column(columns) == expected


def test_nothing_recognisable() -> None:
    guess = guess_spec(pd.DataFrame({"a": [1], "b": ["x"]}))
    assert guess.sensitive == [] and guess.outcome is None and guess.to_spec() is None

"""Guessing the column mapping from Swedish and English headers and values."""

from __future__ import annotations

import json
import random

import pandas as pd
import pytest

from ethics_toolkit.engine.reading.tabular import read_table
from ethics_toolkit.engine.recipe.guess import (
    SENSITIVE_NAMES,
    Guess,
    find_count_column,
    guess_mapping,
    guess_spec,
)
from ethics_toolkit.engine.recipe.profile import is_id_name, matches
from ethics_toolkit.samples.decisions import sample_files


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


# --- guessing from values (issue 9, point 2) --------------------------------------------------


def _swedish_export(n: int = 300, seed: int = 4) -> pd.DataFrame:
    """The issue's export: a free decision column name, a score, an id shaped like A-00000."""
    rng = random.Random(seed)
    return pd.DataFrame(
        {
            "Sökande-ID": [f"A-{i:05d}" for i in range(n)],
            "Kön": [rng.choice(["Kvinna", "Man"]) for _ in range(n)],
            "Bakgrund": [rng.choice(["Sverige", "Europa", "Utanför Europa"]) for _ in range(n)],
            "Åldersgrupp": [rng.choice(["18-29", "30-44", "45+"]) for _ in range(n)],
            "Poäng": [round(rng.uniform(10, 99), 1) for _ in range(n)],
            "Vidare till intervju": [rng.choice(["Ja", "Nej"]) for _ in range(n)],
        }
    )


def test_the_issue_export_is_a_decision_log_not_a_score() -> None:
    guess = guess_mapping(_swedish_export())
    assert guess.kind == "decisions"
    assert (guess.outcome, guess.positive) == ("Vidare till intervju", "Ja")
    assert guess.score == "Poäng"
    assert guess.sensitive == ["Kön", "Bakgrund"]
    assert guess.ignored == ["Sökande-ID"]
    assert "Ja/Nej" in guess.reasons["Vidare till intervju"].sv
    assert "Ja/Nej" in guess.reasons["Vidare till intervju"].en
    assert "Åldersgrupp" in guess.reasons and "Åldersgrupp" not in guess.sensitive
    assert guess.confirm == []  # every guess here has a telling header


def _roles(guess: Guess) -> list[str]:
    return [c for c in (guess.outcome, guess.score, guess.truth, guess.count) if c] + list(
        guess.sensitive
    )


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("ticket", [f"CR-{7100 + i:05d}" for i in range(40)]),
        ("Löpnummer", list(range(1, 41))),
        ("ref", [str(i % 2) for i in range(40)]),  # named like an id, values like a decision
        ("x", [f"19{80 + i % 20}0101-{1000 + i}" for i in range(40)]),
        ("Namn", [f"Person {i}" for i in range(40)]),
        ("kontakt", [f"p{i}@example.org" for i in range(40)]),
        ("Anställningsnr", ["Ja", "Nej"] * 20),
    ],
)
def test_identifiers_are_never_proposed_for_any_role(name: str, values: list[object]) -> None:
    frame = pd.DataFrame({name: values, "Kön": ["Kvinna", "Man"] * 20})
    guess = guess_mapping(frame)
    assert name in guess.ignored and name not in _roles(guess)
    assert name in guess.reasons


def test_a_yes_no_column_with_an_unknown_name_is_a_decision_to_confirm() -> None:
    frame = pd.DataFrame({"Grupp": ["Kvinna", "Man"] * 10, "Kolumn 7": ["J", "N", "N", "J"] * 5})
    guess = guess_mapping(frame)
    assert (guess.outcome, guess.positive) == ("Kolumn 7", "J")
    assert guess.sensitive == ["Grupp"]  # by its values: Kvinna/Man
    assert set(guess.confirm) == {"Kolumn 7", "Grupp"}
    assert guess.reasons["Kolumn 7"].en.endswith("Guessed from the values alone: check it.")
    assert "kontrollera" in guess.reasons["Grupp"].sv


@pytest.mark.parametrize(
    ("values", "positive"),
    [
        (["1", "0"], "1"),
        ([1.0, 0.0], "1"),
        (["TRUE", "FALSE"], "TRUE"),
        (["yes", "no"], "yes"),
        (["hired", "not hired"], "hired"),
        (["Godkänd", "Underkänd"], "Godkänd"),
        (["Ej antagen", "Antagen"], "Antagen"),
        (["selected", "rejected"], "selected"),
    ],
)
def test_yes_no_pairs_in_both_languages(values: list[object], positive: str) -> None:
    frame = pd.DataFrame({"Beslut": values * 10, "gender": ["Woman", "Man"] * 10})
    guess = guess_mapping(frame)
    assert (guess.outcome, guess.positive) == ("Beslut", positive)


def test_a_status_with_three_values_is_proposed_but_never_assumed() -> None:
    frame = pd.DataFrame(
        {"Status": ["hired", "rejected", "withdrawn", "rejected"] * 10, "sex": ["F", "M"] * 20}
    )
    guess = guess_mapping(frame)
    assert (guess.outcome, guess.positive) == ("Status", None)
    assert "hired" in guess.reasons["Status"].en and "withdrawn" in guess.reasons["Status"].en
    assert guess.to_spec() is not None and guess.to_spec().positive is None


def test_decision_words_under_an_unknown_header_are_proposed_to_confirm() -> None:
    frame = pd.DataFrame(
        {"Steg": ["Anställd", "Avslag", "Drog tillbaka"] * 10, "Kön": ["Kvinna", "Man", "Man"] * 10}
    )
    guess = guess_mapping(frame)
    assert (guess.outcome, guess.positive) == ("Steg", None) and "Steg" in guess.confirm


def test_a_score_by_values_only_when_there_is_no_decision() -> None:
    rng = random.Random(1)
    frame = pd.DataFrame(
        {
            "kön": [rng.choice(["kvinna", "man"]) for _ in range(80)],
            "värde": [round(rng.uniform(0, 10), 2) for _ in range(80)],
            "år": [rng.randrange(0, 30) for _ in range(80)],
        }
    )
    guess = guess_mapping(frame)
    assert (guess.kind, guess.score, guess.confirm) == ("scores", "värde", ["värde"])
    frame["Urval"] = ["Ja", "Nej"] * 40
    guess = guess_mapping(frame)
    assert (guess.kind, guess.outcome, guess.score) == ("decisions", "Urval", None)


def test_group_counts_by_values_alone() -> None:
    frame = pd.DataFrame(
        {
            "Kön": ["Kvinna", "Kvinna", "Man", "Man"],
            "Region": ["Sverige", "Utanför Europa", "Sverige", "Utanför Europa"],
            "Totalt": [120, 40, 130, 35],
            "Gick vidare": [30, 6, 41, 9],
        }
    )
    guess = guess_mapping(frame)
    assert (guess.kind, guess.count, guess.outcome) == ("counts", "Totalt", "Gick vidare")
    frame = frame.rename(columns={"Totalt": "A", "Gick vidare": "B"})
    guess = guess_mapping(frame)
    assert (guess.kind, guess.count, guess.outcome) == ("counts", "A", "B")
    assert {"A", "B"} <= set(guess.confirm)


def test_a_row_level_log_with_two_whole_number_columns_is_not_counts() -> None:
    rng = random.Random(2)
    ages = [rng.randrange(25, 60) for _ in range(60)]
    frame = pd.DataFrame(
        {
            "kön": [rng.choice(["kvinna", "man"]) for _ in range(60)],
            "ålder": ages,
            "erfarenhet": [rng.randrange(0, a - 20) for a in ages],
            "beslut": [rng.choice(["ja", "nej"]) for _ in range(60)],
        }
    )
    guess = guess_mapping(frame)
    assert guess.kind == "decisions" and guess.outcome == "beslut"
    assert "ålder" not in guess.sensitive and "ålder" in guess.reasons  # raw ages: band them


@pytest.mark.parametrize(
    ("values", "kind"),
    [
        (["Sverige", "Norden", "Europa", "Utanför Europa"], "origin"),
        (["Swedish background", "Foreign background"], "origin"),
        (["Nordic", "EU", "Non-EU", "Other"], "origin"),
        (["18-29", "30-44", "45-59", "60+"], "age"),
        (["under 25", "25 till 50", "över 50"], "age"),
        (["Female", "Male", "Non-binary"], "gender"),
        (["K", "M"], "gender"),
    ],
)
def test_sensitive_attributes_by_their_typical_values(values: list[str], kind: str) -> None:
    frame = pd.DataFrame({"Kolumn A": values * 6, "Urval": (["Ja", "Nej"] * 12)[: len(values) * 6]})
    guess = guess_mapping(frame)
    assert guess.sensitive == ["Kolumn A"] and "Kolumn A" in guess.confirm
    word = {"origin": "origin", "age": "age bands", "gender": "gender"}[kind]
    assert word in guess.reasons["Kolumn A"].en


@pytest.mark.parametrize("name", ["Agent", "Anställningstid", "Agency", "Sexton", "Konto"])
def test_words_that_merely_start_like_a_name_are_not_matched(name: str) -> None:
    assert not matches(name, SENSITIVE_NAMES)
    assert not is_id_name(name)


@pytest.mark.parametrize(
    "name",
    ["age_band", "AgeGroup", "Åldersgrupp", "Kön", "kon", "Sex", "Country of birth", "Födelseland"],
)
def test_names_of_protected_grounds_are_matched(name: str) -> None:
    assert matches(name, SENSITIVE_NAMES)


def test_every_guessed_column_has_a_reason_and_the_json_matches_the_contract() -> None:
    frames = [_swedish_export(), pd.DataFrame({"a": [1], "b": ["x"]})]
    for frame in frames:
        guess = guess_mapping(frame)
        for column in _roles(guess):
            assert column in guess.reasons
        payload = json.loads(guess.model_dump_json())
        assert list(payload)[:11] == [
            "schema_version", "kind", "outcome", "positive", "score", "sensitive", "truth",
            "truth_positive", "count", "ignored", "reasons",
        ]  # fmt: skip
        assert all(set(r) == {"sv", "en"} for r in payload["reasons"].values())


@pytest.mark.parametrize(
    ("values", "positive"),
    [
        (["Passed", "Rejected"], "Passed"),
        (["Kallad till intervju", "Ej aktuell"], "Kallad till intervju"),
        (["Vidare", "Ej vidare"], "Vidare"),
        (["Hired", "Not hired"], "Hired"),
        (["Erbjudande", "Avslag"], "Erbjudande"),
        (["Selected", "Withdrawn"], "Selected"),
        (["Passed", "Passed again"], None),  # two yes-words: no pair
    ],
)
def test_decision_words_in_both_directions_give_the_positive_value(
    values: list[str], positive: str | None
) -> None:
    from ethics_toolkit.engine.recipe.profile import decision_pair

    assert decision_pair(values) == positive
    assert decision_pair(values[::-1]) == positive

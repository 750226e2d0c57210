"""Guesses for the decision-process columns (issue 11): names, values, reasons."""

from __future__ import annotations

import pandas as pd
import pytest

from ethics_toolkit.engine.recipe.guess_process import guess_process, stage_order
from ethics_toolkit.samples.process import FILE_NAME
from tests.conftest import SAMPLE_DATA


def test_the_sample_log_is_guessed_with_reasons() -> None:
    frame = pd.read_csv(SAMPLE_DATA / FILE_NAME, nrows=400)
    guess = guess_process(frame, taken=["gender", "background", "final_decision"])
    assert (guess.recommendation, guess.recommendation_positive) == ("ai_recommendation", "yes")
    assert guess.stage == "furthest_stage"
    assert guess.stages == ["applied", "screened", "interview", "offer", "hired"]
    assert guess.features == ["postcode_area", "years_experience"]  # not applicant_id
    assert "recommendation" in guess.reasons["ai_recommendation"].en
    assert "applied, screened, interview, offer, hired" in guess.reasons["furthest_stage"].en
    assert guess.reasons["postcode_area"].sv == "har ingen roll och är inget id"


@pytest.mark.parametrize(
    ("labels", "ordered"),
    [
        (["Intervju", "Ansökt", "Anställd", "Gallrad"], ["Ansökt", "Gallrad", "Intervju",
                                                         "Anställd"]),
        (["signed", "registered", "phone", "onsite", "offer"],
         ["registered", "phone", "onsite", "offer", "signed"]),
        (["applied", "round 2"], None),
    ],
)  # fmt: skip
def test_stage_words_are_put_in_recruitment_order(labels, ordered) -> None:
    assert stage_order(labels) == ordered


def test_a_stage_column_named_so_keeps_its_values_for_the_user_to_order() -> None:
    frame = pd.DataFrame({"g": ["A", "B"] * 5, "stage": ["r1", "r2", "r3", "r1", "r2"] * 2})
    guess = guess_process(frame, taken=["g"])
    assert guess.stage == "stage" and guess.stages == ["r1", "r2", "r3"]
    assert "put the stages in order yourself" in guess.reasons["stage"].en


def test_a_yes_no_column_not_named_like_a_recommendation_is_not_one() -> None:
    frame = pd.DataFrame({"g": ["A", "B"] * 5, "qualified": ["yes", "no"] * 5})
    assert guess_process(frame, taken=["g"]).recommendation is None

"""Issue 10: the stratum column the app suggests (job, requisition, qualification band)."""

from __future__ import annotations

import pandas as pd
import pytest

from ethics_toolkit.engine.recipe.guess_strata import (
    guess_stratum,
    looks_like_stratum_name,
    stratum_candidates,
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("job", True), ("job_code", True), ("JobTitle", True), ("Tjänst", True),
        ("tjanst_id", True), ("requisition", True), ("Requisition ID", True), ("req_id", True),
        ("Annons-ID", True), ("annonsid", True), ("Befattning", True),
        ("Kvalifikationsnivå", True), ("qualification_band", True), ("Yrke", True),
        ("request", False), ("Kvalificerad", False), ("qualified", False), ("gender", False),
        ("Sökande-ID", False), ("score", False),
    ],
)  # fmt: skip
def test_names(name: str, expected: bool) -> None:
    assert looks_like_stratum_name(name) is expected


def test_few_distinct_values_and_not_an_id() -> None:
    frame = pd.DataFrame(
        {
            "applicant_id": [f"A{i}" for i in range(40)],
            "job_id": [f"J{i}" for i in range(40)],  # one per row: an id, not a stratum
            "Tjänst": ["Lärare", "Sjuksköterska", "", None] * 10,
            "requisition": ["R1"] * 40,  # a single value: nothing to stratify by
            "gender": ["W", "M"] * 20,
        }
    )
    assert stratum_candidates(frame) == ["Tjänst"]
    assert guess_stratum(frame) == "Tjänst"
    assert guess_stratum(frame, exclude=["Tjänst"]) is None


def test_sample_job_log_is_guessed() -> None:
    import io

    from ethics_toolkit.samples.decisions import sample_files

    frame = pd.read_csv(io.BytesIO(sample_files()["recruitment_by_job.csv"]), dtype=str)
    assert guess_stratum(frame) == "requisition"
    original = pd.read_csv(io.BytesIO(sample_files()["recruitment_decisions.csv"]), dtype=str)
    assert guess_stratum(original) is None

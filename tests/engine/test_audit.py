"""Whole audits: the sample data's documented bias, Swedish = English, counts = rows, COMPAS."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from ethics_toolkit.engine.audit import audit_cells, audit_frame, audit_source
from ethics_toolkit.engine.errors import (
    AGGREGATED_UNSUPPORTED,
    ALL_UNKNOWN,
    AMBIGUOUS_OUTCOME,
    POSITIVE_NOT_FOUND,
    SAME_COLUMN_TWICE,
    SCORE_NOT_NUMERIC,
    SELECTED_EXCEEDS_COUNT,
    SINGLE_GROUP,
    TOO_MANY_GROUPS,
    EngineError,
)
from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.engine.spec import AuditSpec
from ethics_toolkit.samples.decisions import sample_files

EN_SPEC = AuditSpec(outcome="selected", sensitive=["gender", "background"], truth="qualified")


def figures(result: AuditResult) -> list[tuple]:
    """Every figure of every group, in an order that does not depend on the group names."""
    return [
        (
            a.unknown,
            a.n_analysed,
            a.demographic_parity_difference,
            a.demographic_parity_ratio,
            a.equalized_odds_difference,
            sorted(
                (g.model_dump(exclude={"values", "finding"}) for g in a.groups),
                key=lambda g: (g["n"], g["selected"]),
            ),
        )
        for a in result.analyses
    ]


@pytest.fixture(scope="module")
def english(sample_files_bytes: dict[str, bytes]) -> AuditResult:
    return audit_source(sample_files_bytes["recruitment_decisions.csv"], EN_SPEC)


@pytest.fixture(scope="module")
def sample_files_bytes() -> dict[str, bytes]:
    return sample_files()


def group(result: AuditResult, attributes: list[str], **values: str):
    analysis = next(a for a in result.analyses if a.attributes == attributes)
    return next(g for g in analysis.groups if g.values == values)


def test_sample_data_documented_rates(english: AuditResult) -> None:
    assert english.n_rows == 5000 and english.excluded_rows == 0
    gender, background, both = english.analyses
    assert gender.attributes == ["gender"] and gender.unknown == 40
    assert gender.n_analysed == 4960
    assert gender.reference_group == {"gender": "Man"}
    woman = group(english, ["gender"], gender="Woman")
    assert (woman.n, woman.selected) == (2480, 644)
    assert woman.impact_ratio == pytest.approx(0.8644, abs=5e-5)
    assert not woman.adverse_impact and woman.p_value < 0.05
    non_binary = group(english, ["gender"], gender="Non-binary")
    assert (non_binary.n, non_binary.selected, non_binary.small_group) == (80, 18, True)
    assert non_binary.impact_ratio == pytest.approx(0.7490, abs=5e-5)
    assert background.reference_group == {"background": "Sweden"} and background.unknown == 0
    outside = group(english, ["background"], background="Outside Europe")
    assert (outside.n, outside.selected) == (1100, 217)
    assert outside.impact_ratio == pytest.approx(0.6398, abs=5e-5)
    assert outside.adverse_impact and outside.p_value < 0.001
    # shortfall: 5 (217 + k) 3000 >= 4 925 1100 -> k >= 54.33
    assert outside.shortfall == 55
    assert outside.tpr == pytest.approx(170 / 529)  # 529 qualified, 359 not selected
    assert group(english, ["background"], background="Sweden").tpr == pytest.approx(732 / 1257)
    assert both.attributes == ["gender", "background"] and both.unknown == 40
    cell = group(english, ["gender", "background"], gender="Woman", background="Outside Europe")
    assert (cell.n, cell.selected) == (540, 95)
    assert both.reference_group == {"gender": "Man", "background": "Sweden"}
    assert english.adverse_impact_found


def test_findings_are_plain_and_localised(english: AuditResult) -> None:
    outside = group(english, ["background"], background="Outside Europe")
    assert outside.finding.en == (
        "Applicants with background Outside Europe were selected at 0.64 times the rate of "
        "applicants with background Sweden (19.7% vs 30.8%). This is below the four-fifths "
        "threshold and unlikely to be chance even after allowing for the 12 comparisons in this "
        "audit (p < 0.001; adjusted p < 0.001). Reaching four-fifths would have taken "
        "55 more selected applicants in this group."
    )
    assert outside.verdict == "adverse_significant"
    assert outside.finding.sv.startswith(
        "Sökande med background Outside Europe valdes ut 0,64 gånger så ofta som sökande med "
        "background Sweden (19,7\u202f% mot 30,8\u202f%). Det är under fyrafemtedelsgränsen och "
        "beror sannolikt inte på slumpen, även med hänsyn till de 12 jämförelserna i "
        "granskningen (p < 0,001; justerat p < 0,001)."
    )
    non_binary = group(english, ["gender"], gender="Non-binary")
    assert (
        "could be chance once the 12 comparisons in this audit are allowed for "
        "(p = 0.17; adjusted p = 0.69)" in non_binary.finding.en
    )
    assert non_binary.verdict == "adverse_not_significant"
    assert "The group is small (80 applicants, 1.6% of those analysed)" in non_binary.finding.en
    woman = group(english, ["gender"], gender="Woman")
    assert "above the four-fifths threshold, but the difference is unlikely" in woman.finding.en
    gender = english.analyses[0]
    assert "40 applicants without a value for gender were left out" in gender.summary.en
    assert "40 sökande utan uppgift om gender lämnades utanför" in gender.summary.sv
    assert "1 av 3 grupper ligger under fyrafemtedelsgränsen" in gender.summary.sv
    assert "it could be chance for that group." in gender.summary.en
    background = english.analyses[1]
    assert "this is unlikely to be chance for: Outside Europe." in background.summary.en


def test_swedish_excel_export_gives_the_same_numbers(
    english: AuditResult, sample_files_bytes: dict[str, bytes]
) -> None:
    swedish = audit_source(
        sample_files_bytes["rekrytering_excel_export.csv"],
        AuditSpec(outcome="Urval", positive="Ja", sensitive=["Kön", "Bakgrund"]),
    )
    assert swedish.reading is not None
    assert (swedish.reading.encoding, swedish.reading.separator) == ("cp1252", ";")
    english_no_truth = audit_source(
        sample_files_bytes["recruitment_decisions.csv"],
        AuditSpec(outcome="selected", sensitive=["gender", "background"]),
    )
    assert figures(swedish) == figures(english_no_truth)
    assert swedish.analyses[1].reference_group == {"Bakgrund": "Sverige"}


def test_aggregated_counts_give_the_same_answers(
    sample_files_bytes: dict[str, bytes],
) -> None:
    spec = AuditSpec(outcome="selected", sensitive=["gender", "background"])
    rows = audit_source(sample_files_bytes["recruitment_decisions.csv"], spec)
    counts = audit_source(sample_files_bytes["aggregated_counts.csv"], spec)
    assert counts.reading.kind == "aggregated"
    assert counts.spec.count_column == "applicants"
    assert counts.n_rows == rows.n_rows == 5000
    assert figures(counts) == figures(rows)
    assert sorted(counts.cells, key=repr) == sorted(rows.cells, key=repr)


def test_recompute_from_stored_cells_is_identical(english: AuditResult) -> None:
    again = audit_cells(english.cells, english.spec, n_rows=english.n_rows)
    assert figures(again) == figures(english)
    assert [g.finding for a in again.analyses for g in a.groups] == [
        g.finding for a in english.analyses for g in a.groups
    ]


def test_score_mode_uses_strictly_above_the_median() -> None:
    frame = pd.DataFrame(
        {"score": [1, 2, 3, 4, 5, 6, None], "g": ["A", "A", "A", "B", "B", "B", "B"]}
    )
    result = audit_frame(frame, AuditSpec(score="score", sensitive=["g"]))
    assert result.rate_kind == "scoring" and result.score_median == 3.5
    assert result.excluded_rows == 1 and result.n_rows == 6
    a, b = result.analyses[0].groups
    assert (a.selected, b.selected) == (0, 3)
    assert "scored above the median" in a.finding.en


def test_score_median_ties_are_not_above() -> None:
    frame = pd.DataFrame({"score": [5, 5, 5, 9], "g": ["A", "A", "B", "B"]})
    result = audit_frame(frame, AuditSpec(score="score", sensitive=["g"]))
    assert [g.selected for g in result.analyses[0].groups] == [0, 1]


@pytest.mark.parametrize(
    "unknown", ["", "Not stated", "UNKNOWN", "prefer not to say", "Vill ej uppge", "okänt", "-"]
)
def test_unknown_sensitive_values_are_counted_not_compared(unknown: str) -> None:
    frame = pd.DataFrame({"o": ["1", "0", "1", "0", "1"], "g": ["A", "B", "A", "B", unknown]})
    frame["g"] = frame["g"].replace("", None)
    result = audit_frame(frame, AuditSpec(outcome="o", sensitive=["g"]))
    (analysis,) = result.analyses
    assert analysis.unknown == 1 and analysis.n_analysed == 4
    assert [g.values["g"] for g in analysis.groups] == ["A", "B"]


@pytest.mark.parametrize(
    ("values", "positive", "selected"),
    [
        (["1", "0", "1"], None, 2),
        (["Ja", "nej", "Ja"], None, 2),
        (["TRUE", "false", "false"], None, 1),
        (["yes", "no", "yes"], None, 2),
        ([1.0, 0.0, 1.0], None, 2),
        (["Intervju", "Avslag", "Intervju"], "Intervju", 2),
        ([" Ja ", "Nej", "Ja"], "Ja", 2),
        (["1", "0", "1"], "1.0", 2),
    ],
)
def test_outcome_values(values: list, positive: str | None, selected: int) -> None:
    frame = pd.DataFrame({"o": values, "g": ["A", "B", "B"]})
    result = audit_frame(frame, AuditSpec(outcome="o", positive=positive, sensitive=["g"]))
    assert sum(g.selected for g in result.analyses[0].groups) == selected


def test_intersection_needs_two_attributes_and_unknown_if_any_is_unknown() -> None:
    frame = pd.DataFrame(
        {
            "o": ["1", "0", "1", "0", "1", "0"],
            "g": ["A", "A", "B", "B", None, "B"],
            "h": ["X", "Y", "X", "Y", "X", "okänd"],
        }
    )
    one = audit_frame(frame, AuditSpec(outcome="o", sensitive=["g"]))
    assert len(one.analyses) == 1
    two = audit_frame(frame, AuditSpec(outcome="o", sensitive=["g", "h"]))
    assert [a.attributes for a in two.analyses] == [["g"], ["h"], ["g", "h"]]
    assert [a.unknown for a in two.analyses] == [1, 1, 2]


@pytest.mark.parametrize(
    ("frame", "spec", "message"),
    [
        ({"o": ["a", "b", "c"], "g": ["A", "B", "A"]}, {"outcome": "o"}, AMBIGUOUS_OUTCOME),
        (
            {"o": ["Ja", "Nej", "Ja"], "g": ["A", "B", "A"]},
            {"outcome": "o", "positive": "Japp"},  # "ja" would be "Ja" spelt another way
            POSITIVE_NOT_FOUND,
        ),
        ({"o": ["1", "0", "1"], "g": ["", "okänd", None]}, {"outcome": "o"}, ALL_UNKNOWN),
        ({"o": ["1", "0", "1"], "g": ["A", "A", "-"]}, {"outcome": "o"}, SINGLE_GROUP),
        ({"s": ["1", "x2", "3"], "g": ["A", "B", "A"]}, {"score": "s"}, SCORE_NOT_NUMERIC),
        ({"o": ["1", "0", "1"], "g": ["A", "B", "A"]}, {"outcome": "g"}, SAME_COLUMN_TWICE),
        (
            {"o": [str(i % 2) for i in range(300)], "g": [str(i) for i in range(300)]},
            {"outcome": "o"},
            TOO_MANY_GROUPS,
        ),
        (
            {"selected": [5, 3], "applicants": [4, 6], "g": ["A", "B"]},
            {"outcome": "selected"},
            SELECTED_EXCEEDS_COUNT,
        ),
        (
            {"selected": [2, 3], "applicants": [4, 6], "g": ["A", "B"], "t": [1, 0]},
            {"outcome": "selected", "truth": "t"},
            AGGREGATED_UNSUPPORTED,
        ),
    ],
)
def test_bad_input_names_the_problem(frame: dict, spec: dict, message: object) -> None:
    with pytest.raises(EngineError) as caught:
        audit_frame(pd.DataFrame(frame), AuditSpec(sensitive=["g"], **spec))
    assert caught.value.template is message
    assert caught.value.en and caught.value.sv and caught.value.en != caught.value.sv


def test_messages_list_the_values_found() -> None:
    frame = pd.DataFrame({"o": ["Ja", "Nej", "Kanske"], "g": ["A", "B", "A"]})
    with pytest.raises(EngineError) as caught:
        audit_frame(frame, AuditSpec(outcome="o", sensitive=["g"]))
    assert "'Ja' (1), 'Kanske' (1), 'Nej' (1)" in caught.value.en
    assert "--positive" in caught.value.sv


def test_compas_matches_aequitas(shared_dir: Path) -> None:
    result = audit_source(
        shared_dir / "data/compas/compas_for_aequitas.csv",
        AuditSpec(outcome="score", sensitive=["race", "sex"], truth="label_value"),
    )
    assert result.n_rows == 7214
    race = {g.values["race"]: g for g in result.analyses[0].groups}
    aa, cauc = race["African-American"], race["Caucasian"]
    assert (aa.n, aa.selected, aa.truth_positive) == (3696, 1369 + 805, 1369 + 532)
    assert aa.selection_rate == pytest.approx(0.5882, abs=5e-5)
    assert aa.fpr == pytest.approx(0.4485, abs=5e-5)
    assert 1 - aa.tpr == pytest.approx(0.2799, abs=5e-5)
    assert (cauc.n, cauc.selected) == (2454, 505 + 349)
    assert cauc.selection_rate == pytest.approx(0.3480, abs=5e-5)
    assert cauc.fpr == pytest.approx(0.2345, abs=5e-5)
    assert 1 - cauc.tpr == pytest.approx(0.4772, abs=5e-5)
    assert aa.fpr / cauc.fpr == pytest.approx(1.912, abs=5e-4)
    assert aa.fpr / race["Hispanic"].fpr == pytest.approx(2.087696, abs=1e-6)
    assert aa.selection_rate / race["Hispanic"].selection_rate == pytest.approx(1.972030, abs=1e-6)
    expected_fpr = {"Hispanic": 0.2148, "Other": 0.1475, "Asian": 0.0870, "Native American": 0.3750}
    for name, fpr in expected_fpr.items():
        assert race[name].fpr == pytest.approx(fpr, abs=5e-5)
    assert race["Asian"].small_group and race["Native American"].small_group
    assert not race["Other"].small_group
    sex = {g.values["sex"]: g for g in result.analyses[1].groups}
    assert (sex["Female"].n, sex["Male"].n) == (1395, 5819)
    assert sex["Female"].fpr == pytest.approx(0.3211, abs=5e-5)
    assert sex["Male"].fpr == pytest.approx(0.3242, abs=5e-5)


def test_score_mode_reads_decimal_commas_like_decimal_points(
    sample_files_bytes: dict[str, bytes],
) -> None:
    swedish = audit_source(
        sample_files_bytes["rekrytering_excel_export.csv"],
        AuditSpec(score="Poäng", sensitive=["Bakgrund"]),
    )
    english = audit_source(
        sample_files_bytes["recruitment_decisions.csv"],
        AuditSpec(score="score", sensitive=["background"]),
    )
    assert swedish.score_median == english.score_median is not None
    assert figures(swedish) == figures(english)
    assert swedish.rate_kind == "scoring"


def test_rows_without_decision_or_truth_are_left_out_and_counted() -> None:
    frame = pd.DataFrame(
        {
            "o": ["1", "0", None, "1", "0", "1"],
            "t": ["1", "1", "0", None, "0", "0"],
            "g": ["A", "A", "A", "B", "B", "B"],
        }
    )
    result = audit_frame(frame, AuditSpec(outcome="o", truth="t", sensitive=["g"]))
    assert (result.n_rows, result.excluded_rows) == (4, 2)
    a, b = result.analyses[0].groups
    assert (a.n, a.selected, a.tpr, a.fpr) == (2, 1, 0.5, None)  # no truth-negative in A
    assert (b.n, b.selected, b.tpr, b.fpr) == (2, 1, None, 0.5)
    assert (a.truth_positive, a.truth_negative) == (2, 0)
    # TPR only defined for A, FPR only for B: no spread to report (fairlearn would say 0.5)
    assert result.analyses[0].equalized_odds_difference is None

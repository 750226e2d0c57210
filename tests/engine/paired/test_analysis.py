"""Paired statistics: simulated tools show the analysis finds exactly the bias built into them,
every figure equals scipy/statsmodels on the same pairs, and a small example is worked by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats
from statsmodels.stats.contingency_tables import mcnemar
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.power import TTestPower

from ethics_toolkit.engine.paired.analysis import analyse, pairs_of, verdict_of
from ethics_toolkit.engine.paired.answers import Answers
from ethics_toolkit.engine.paired.manifest import parse_manifest
from ethics_toolkit.samples import paired as samples
from tests.engine.paired.helpers import column, make_test_set, pairs_by_hand, simulated

LEVEL = {"gender": "woman", "origin": "non_european"}


@pytest.fixture(scope="module")
def manifest():
    """48 base CVs × gender × origin: 192 CVs, 96 pairs per contrast."""
    return make_test_set(base_cvs=48).manifest


def _by_attribute(result):
    return {c.attribute: c for c in result.contrasts}


def test_an_unbiased_tool_shows_no_difference(manifest) -> None:
    result = analyse(manifest, simulated(manifest, "unbiased"))
    contrasts = _by_attribute(result)
    assert {a: c.verdict for a, c in contrasts.items()} == {
        "gender": "no_adverse_impact",
        "origin": "no_adverse_impact",
    }
    assert not result.difference_found
    for c in contrasts.values():
        assert c.ci_low < 0 < c.ci_high  # a difference of 0 is inside every interval
        assert c.p_value_holm > 0.05 and c.power > 0.8
        assert c.selection_ratio == pytest.approx(1, abs=0.2)


def test_a_tool_that_subtracts_points_for_one_origin_is_found_on_origin_only(manifest) -> None:
    result = analyse(manifest, simulated(manifest, "origin_penalty"))
    origin, gender = _by_attribute(result)["origin"], _by_attribute(result)["gender"]
    assert origin.verdict == "adverse_significant" and origin.worse == "non_european"
    assert origin.ci_low < -samples.ORIGIN_PENALTY < origin.ci_high  # the built-in -6 points
    assert origin.mean_difference == pytest.approx(-samples.ORIGIN_PENALTY, abs=0.6)
    assert origin.p_value_holm < 1e-10
    assert origin.mcnemar_b == 0 and origin.mcnemar_c > 0  # no non-European CV alone selected
    assert gender.verdict == "no_adverse_impact"
    assert gender.ci_low < 0 < gender.ci_high
    assert result.difference_found
    assert "6,0 poäng lägre" in origin.finding.sv and "a non-European name" in origin.finding.en


def test_a_tool_that_rejects_women_at_a_higher_threshold_is_found_in_its_decisions(
    manifest,
) -> None:
    result = analyse(manifest, simulated(manifest, "gender_threshold"))
    gender, origin = _by_attribute(result)["gender"], _by_attribute(result)["origin"]
    # The scores carry no bias: their paired t-test sees none ...
    assert gender.t_p_value > 0.05 and gender.ci_low < 0 < gender.ci_high
    # ... but the decisions do: women are never selected where the same CV as a man is not.
    assert gender.mcnemar_b == 0 and gender.mcnemar_c == 16
    assert gender.mcnemar_p < 0.001 and gender.selection_ratio < 0.8
    assert gender.verdict == "adverse_significant" and gender.worse == "woman"
    assert origin.verdict == "no_adverse_impact"
    # With the decisions alone the same bias is found.
    alone = _by_attribute(analyse(manifest, simulated(manifest, "gender_threshold", scores=False)))
    assert alone["gender"].verdict == "adverse_significant"
    assert alone["gender"].mean_difference == pytest.approx(-16 / 96)
    assert alone["origin"].verdict != "adverse_significant"


@pytest.mark.parametrize("tool", samples.TOOLS)
def test_every_figure_equals_scipy_and_statsmodels_on_the_same_pairs(manifest, tool) -> None:
    answers = simulated(manifest, tool)
    result = analyse(manifest, answers)
    scores, chosen = answers.scores, answers.selected
    spread = max(scores.values()) - min(scores.values())
    assert result.difference_of_concern == pytest.approx(0.05 * spread)
    family = []
    for contrast in result.contrasts:
        pairs = pairs_by_hand(manifest, contrast.attribute, LEVEL[contrast.attribute])
        assert sorted(pairs) == sorted(pairs_of(manifest, contrast.attribute))
        a = column(scores, [x for x, _ in pairs])
        b = column(scores, [y for _, y in pairs])
        d = np.subtract(a, b)
        t = stats.ttest_rel(a, b)
        ci = t.confidence_interval(0.95)
        assert contrast.pairs == len(pairs) == 96
        assert contrast.mean_difference == pytest.approx(float(np.mean(d)), rel=1e-12)
        assert (contrast.ci_low, contrast.ci_high) == pytest.approx((ci.low, ci.high), rel=1e-12)
        assert contrast.t_p_value == pytest.approx(t.pvalue, rel=1e-9)
        assert contrast.wilcoxon_p == pytest.approx(stats.wilcoxon(a, b).pvalue, rel=1e-9)
        assert contrast.effect_size == pytest.approx(np.mean(d) / np.std(d, ddof=1), rel=1e-12)
        sa = [chosen[x] for x, _ in pairs]
        sb = [chosen[y] for _, y in pairs]
        both = sum(x and y for x, y in zip(sa, sb, strict=True))
        b_only = sum(x and not y for x, y in zip(sa, sb, strict=True))
        c_only = sum(y and not x for x, y in zip(sa, sb, strict=True))
        table = [[both, b_only], [c_only, len(pairs) - both - b_only - c_only]]
        assert (contrast.mcnemar_b, contrast.mcnemar_c) == (b_only, c_only)
        assert contrast.mcnemar_p == pytest.approx(mcnemar(table, exact=True).pvalue, rel=1e-12)
        assert contrast.selection_ratio == pytest.approx(np.mean(sa) / np.mean(sb), rel=1e-12)
        sd = float(np.std(d, ddof=1))
        effect = result.difference_of_concern / sd
        assert contrast.power == pytest.approx(
            TTestPower().power(effect_size=effect, nobs=96, alpha=0.05), rel=1e-9
        )
        needed = math.ceil(TTestPower().solve_power(effect_size=effect, power=0.8, alpha=0.05))
        assert contrast.base_cvs_needed == max(2, math.ceil(needed / 2))
        family += [t.pvalue, mcnemar(table, exact=True).pvalue]
    adjusted = multipletests(family, method="holm")[1]
    for k, contrast in enumerate(result.contrasts):
        expected = min(adjusted[2 * k], adjusted[2 * k + 1])
        assert contrast.p_value_holm == pytest.approx(expected, rel=1e-9)
        assert contrast.verdict == verdict_of(contrast)


# --- a worked example, by hand ------------------------------------------------------------------
# Three base CVs, gender only. Scores woman/man: 50/52, 60/64, 70/73: differences -2, -4, -3.
# mean -3, SD 1, d_z = -3; t = -3 / (1/sqrt(3)) = -5.196152 with 2 degrees of freedom, whose
# distribution function is 1/2 + t / (2 sqrt(2 + t^2)): p = 2 (1/2 - 5.196152 / (2 sqrt(29)))
# = 0.035099. t(0.975, 2) = sqrt(1.805 / 0.0975) = 4.302653, so the interval is
# -3 -/+ 4.302653 / sqrt(3) = [-5.484138, -0.515862]. Wilcoxon: all three differences negative,
# W+ = 0, exact p = 2 / 2^3 = 0.25. Decisions woman/man: no/no, no/yes, yes/yes: one discordant
# pair (only the man selected): McNemar exact p = 1; rates 1/3 and 2/3, ratio 0.5.
# Holm over {0.035099, 1}: 2 x 0.035099 = 0.070197, the contrast's p_value_holm.
HAND = """cv_id,base_id,file,name,gender
W1,B1,cvs/W1.pdf,Anna Andersson,woman
M1,B1,cvs/M1.pdf,Erik Andersson,man
W2,B2,cvs/W2.pdf,Sara Nilsson,woman
M2,B2,cvs/M2.pdf,Per Nilsson,man
W3,B3,cvs/W3.pdf,Karin Olsson,woman
M3,B3,cvs/M3.pdf,Johan Olsson,man
"""


def _hand(scores, selected=None, *, difference: float | None = 2.5):
    manifest = parse_manifest(HAND)
    answers = Answers(scores=scores, selected=selected, file_name="x", sha256=None, rows=6)
    return analyse(manifest, answers, difference=difference).contrasts[0]


def test_the_worked_example_by_hand() -> None:
    scores = {"W1": 50, "M1": 52, "W2": 60, "M2": 64, "W3": 70, "M3": 73}
    selected = {"W1": False, "M1": False, "W2": False, "M2": True, "W3": True, "M3": True}
    c = _hand(scores, selected)
    assert (c.attribute, c.level, c.baseline, c.pairs) == ("gender", "woman", "man", 3)
    assert c.mean_difference == pytest.approx(-3.0)
    assert c.sd_difference == pytest.approx(1.0)
    assert c.effect_size == pytest.approx(-3.0)
    p = 2 * (0.5 - math.sqrt(27) / (2 * math.sqrt(29)))
    assert c.t_p_value == pytest.approx(p, rel=1e-9) and round(p, 6) == 0.035099
    half = math.sqrt(1.805 / 0.0975) / math.sqrt(3)
    assert (c.ci_low, c.ci_high) == pytest.approx((-3 - half, -3 + half), rel=1e-9)
    assert round(c.ci_low, 6) == -5.484138
    assert c.wilcoxon_p == pytest.approx(0.25)
    assert (c.mcnemar_b, c.mcnemar_c, c.mcnemar_p) == (0, 1, pytest.approx(1.0))
    assert (c.rate_level, c.rate_baseline) == pytest.approx((1 / 3, 2 / 3))
    assert c.selection_ratio == pytest.approx(0.5)
    assert c.p_value_holm == pytest.approx(2 * p, rel=1e-9)
    # |mean| 3 >= the difference of concern 2.5, but p_holm 0.07: a warning, not a finding.
    assert c.verdict == "adverse_not_significant" and c.worse == "woman"
    assert "3,0 poäng lägre" in c.finding.sv
    assert "95 % konfidensintervall för skillnaden 0,5 till 5,5" in c.finding.sv
    assert "(Holm-adjusted p = 0.07)" in c.finding.en


def test_identical_answers_give_p_one_an_empty_interval_and_no_difference() -> None:
    scores = {"W1": 50, "M1": 50, "W2": 60, "M2": 60, "W3": 70, "M3": 70}
    c = _hand(scores)
    assert (c.mean_difference, c.ci_low, c.ci_high, c.effect_size) == (0, 0, 0, 0)
    assert (c.t_p_value, c.wilcoxon_p, c.p_value_holm) == (1, 1, 1)
    assert c.power == 1 and c.verdict == "no_adverse_impact"
    assert c.mcnemar_b is None and c.selection_ratio is None  # no decisions given
    assert "samma poäng" in c.finding.sv


def test_the_same_penalty_on_every_pair_is_significant() -> None:
    scores = {"W1": 48, "M1": 50, "W2": 58, "M2": 60, "W3": 68, "M3": 70}
    c = _hand(scores)
    assert (c.mean_difference, c.ci_low, c.ci_high) == (-2, -2, -2)
    assert c.t_p_value == 0 and c.effect_size is None  # d_z is infinite: not a number
    assert c.verdict == "adverse_significant"


def test_one_pair_is_too_few_to_judge() -> None:
    manifest = parse_manifest("\n".join(HAND.splitlines()[:3]))
    answers = Answers(scores={"W1": 40, "M1": 60}, selected=None, file_name="x", sha256=None,
                      rows=2)  # fmt: skip
    c = analyse(manifest, answers).contrasts[0]
    assert (c.pairs, c.mean_difference, c.ci_low, c.t_p_value) == (1, -20, None, None)
    assert c.verdict == "undetermined"
    assert "minst 2 behövs" in c.finding.sv


def test_too_few_pairs_to_see_the_difference_of_concern() -> None:
    scores = {"W1": 50, "M1": 58, "W2": 60, "M2": 54, "W3": 70, "M3": 71}
    c = _hand(scores, difference=2.0)
    assert abs(c.mean_difference) < 2 and c.p_value_holm > 0.05
    assert c.power < 0.8 and c.verdict == "insufficient_evidence"
    sd = c.sd_difference
    mdd = TTestPower().solve_power(effect_size=None, nobs=3, power=0.8, alpha=0.05) * sd
    assert c.min_detectable_difference == pytest.approx(mdd, rel=1e-9)
    assert "För få par för att se en skillnad på 2,0 poäng" in c.finding.sv
    assert "Too few pairs to see a difference of 2.0 points" in c.finding.en


def test_decisions_alone_compare_selection_rates() -> None:
    selected = {"W1": False, "M1": True, "W2": False, "M2": True, "W3": True, "M3": True}
    c = _hand(None, selected, difference=None)
    assert c.measure == "decision" and c.difference_of_concern == pytest.approx(0.10)
    assert c.mean_difference == pytest.approx(-2 / 3)  # 1/3 - 3/3
    assert (c.mcnemar_b, c.mcnemar_c) == (0, 2) and c.mcnemar_p == pytest.approx(0.5)
    assert c.p_value_holm == pytest.approx(0.5)  # the family is McNemar's test alone
    assert c.verdict == "adverse_not_significant"
    assert "procentenheter" in c.finding.sv


def test_a_rank_is_compared_as_minus_the_rank() -> None:
    """Ranks 1 (best) to 6: the women's CVs one place lower in every pair."""
    from ethics_toolkit.engine.paired.answers import read_answers

    data = b"cv_id,rank\nW1,2\nM1,1\nW2,4\nM2,3\nW3,6\nM3,5\n"
    manifest = parse_manifest(HAND)
    answers = read_answers(data, manifest, id_column="cv_id", rank="rank")
    assert answers.ranks and answers.scores == {"W1": -2, "M1": -1, "W2": -4, "M2": -3,
                                                "W3": -6, "M3": -5}  # fmt: skip
    result = analyse(manifest, answers, difference=0.5, rank_column="rank")
    c = result.contrasts[0]
    assert (c.measure, c.mean_difference, c.ci_low, c.ci_high) == ("rank", -1, -1, -1)
    assert c.verdict == "adverse_significant" and result.rank_column == "rank"
    assert "rangordnades i snitt 1,0 platser längre ner" in c.finding.sv
    assert "were ranked on average 1.0 places lower" in c.finding.en

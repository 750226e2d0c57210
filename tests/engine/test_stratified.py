"""Issue 10: the comparison within strata (Simpson's paradox), against independent computations.

The Mantel-Haenszel odds ratio, the CMH statistic, the Robins-Breslow-Greenland interval and the
Breslow-Day statistic are recomputed here from their textbook formulas (Agresti, Categorical
Data Analysis, 3rd ed., 6.4 and 6.5) with plain arithmetic and scipy's chi-square distribution.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import chi2, chi2_contingency, norm
from statsmodels.stats.contingency_tables import StratifiedTable

from ethics_toolkit.engine.analyses.stratified import (
    _breslow_day,
    _described_side,
    compare_within_strata,
    reversed_direction,
    usable_tables,
)
from ethics_toolkit.engine.audit import audit_cells, audit_frame
from ethics_toolkit.engine.models import Analysis, StratumGroup
from ethics_toolkit.engine.spec import AuditSpec, Cell

SPEC = AuditSpec(outcome="selected", sensitive=["sex"], stratify="job")
Counts = dict[tuple[str, str | None], tuple[int, int]]


def cells_for(counts: Counts) -> list[Cell]:
    """(n, selected) per (sex, job) -> cells."""
    cells = []
    for (sex, job), (n, s) in counts.items():
        cells.append(Cell(values={"sex": sex}, stratum=job, selected=True, count=s))
        cells.append(Cell(values={"sex": sex}, stratum=job, selected=False, count=n - s))
    return cells


def stratified_of(counts: Counts) -> tuple[Analysis, StratumGroup]:
    n = sum(v[0] for v in counts.values())
    (analysis,) = audit_cells(cells_for(counts), SPEC, n_rows=n).analyses
    assert analysis.stratified is not None
    (entry,) = analysis.stratified.groups
    return analysis, entry


def textbook(tables: list[list[list[int]]]) -> dict[str, float]:
    """MH odds ratio, CMH chi-square p (no correction), RBG 95 % interval, Breslow-Day p."""
    num = den = 0.0
    diff = var = 0.0
    p_sum = q_sum = pr_sum = ps_qr = qs_sum = 0.0
    for (a, b), (c, d) in tables:
        n = a + b + c + d
        num += a * d / n
        den += b * c / n
        row1, col1 = a + b, a + c
        diff += a - row1 * col1 / n
        var += row1 * (c + d) * col1 * (b + d) / (n**2 * (n - 1))
        p, q, r, s = (a + d) / n, (b + c) / n, a * d / n, b * c / n
        pr_sum += p * r
        ps_qr += p * s + q * r
        qs_sum += q * s
        p_sum += r
        q_sum += s
    odds = num / den
    log_var = pr_sum / (2 * p_sum**2) + ps_qr / (2 * p_sum * q_sum) + qs_sum / (2 * q_sum**2)
    z = norm.ppf(0.975)
    low, high = (odds * math.exp(k * z * math.sqrt(log_var)) for k in (-1, 1))
    # Breslow-Day: per stratum, the expected a under the common odds ratio solves
    # e (d - row1 - col1 + e... ) -- found as the admissible root of the quadratic by numpy.
    statistic = 0.0
    for (a, b), (c, d) in tables:
        n = a + b + c + d
        row1, col1 = a + b, a + c
        # e (n - row1 - col1 + e) = odds (row1 - e)(col1 - e)
        roots = np.roots([1 - odds, (n - row1 - col1) + odds * (row1 + col1), -odds * row1 * col1])
        low_e, high_e = max(0, row1 + col1 - n), min(row1, col1)
        (e,) = [r.real for r in np.atleast_1d(roots) if low_e <= r.real <= high_e]
        v = 1 / (1 / e + 1 / (row1 - e) + 1 / (col1 - e) + 1 / (n - row1 - col1 + e))
        statistic += (a - e) ** 2 / v
    return {
        "odds": odds,
        "cmh_p": float(chi2.sf(diff**2 / var, 1)),
        "low": low,
        "high": high,
        "bd_p": float(chi2.sf(statistic, len(tables) - 1)),
    }


# Two jobs with equal treatment within each; women apply mostly to the selective job A.
SIMPSON: Counts = {
    ("W", "A"): (80, 8),  # 10 %
    ("M", "A"): (20, 2),  # 10 %
    ("W", "B"): (20, 10),  # 50 %
    ("M", "B"): (80, 40),  # 50 %
}


def test_simpson_pooled_gap_vanishes_within_jobs() -> None:
    analysis, entry = stratified_of(SIMPSON)
    women = next(g for g in analysis.groups if g.values == {"sex": "W"})
    # Pooled: 18 of 100 vs 42 of 100 -> 0.4286, adverse.
    assert women.impact_ratio == pytest.approx(18 / 42) and women.adverse_impact
    assert entry.strata_used == 2
    assert entry.mh_odds_ratio == pytest.approx(1.0, abs=1e-12)
    # CMH: each job's a equals its expectation (8 = 10 * 80 / 100, 10 = 50 * 20 / 100) -> 0.
    assert entry.cmh_p_value == pytest.approx(1.0)
    # Breslow-Day: both jobs have odds ratio exactly 1 -> statistic 0 (statsmodels gives NaN
    # here, the module's stable root gives the value).
    assert entry.breslow_day_p_value == pytest.approx(1.0)
    expected = textbook([[[8, 72], [2, 18]], [[10, 10], [40, 40]]])
    assert entry.mh_odds_ratio_ci == pytest.approx((expected["low"], expected["high"]))
    assert entry.pooled_direction_reversed is False  # the MH odds ratio is 1, not above it
    assert entry.finding is not None
    assert entry.finding.en.startswith(
        "Within the same job, applicants with sex W were selected as often as applicants "
        "with sex M (MH odds ratio 1.00, p = 1.00): the pooled gap comes from where they "
        "applied, not from how they were assessed."
    )
    assert "Inom samma job valdes" in entry.finding.sv
    assert analysis.stratified.strata == 2 and analysis.stratified.unknown_strata_rows == 0


# Women are selected less often in both jobs but apply mostly to the easier job A, so the pooled
# rates are nearly equal: 360 / 1000 vs 370 / 1000 (ratio 0.97, no adverse impact).
HIDDEN: Counts = {
    ("W", "A"): (600, 300),  # 50 % vs 60 %
    ("M", "A"): (400, 240),
    ("W", "B"): (400, 60),  # 15 % vs 21.7 %
    ("M", "B"): (600, 130),
}


def test_real_bias_within_jobs_that_pooling_hides() -> None:
    analysis, entry = stratified_of(HIDDEN)
    women = next(g for g in analysis.groups if g.values == {"sex": "W"})
    assert women.impact_ratio == pytest.approx(36 / 37) and not women.adverse_impact
    expected = textbook([[[300, 300], [240, 160]], [[60, 340], [130, 470]]])
    # By hand: (300*160/1000 + 60*470/1000) / (300*240/1000 + 340*130/1000) = 76.2 / 116.2.
    assert expected["odds"] == pytest.approx(76.2 / 116.2)
    assert entry.mh_odds_ratio == pytest.approx(expected["odds"], rel=1e-12)
    assert entry.mh_odds_ratio_ci == pytest.approx((expected["low"], expected["high"]), rel=1e-9)
    assert entry.cmh_p_value == pytest.approx(expected["cmh_p"], rel=1e-6)
    assert entry.cmh_p_value < 0.001  # type: ignore[operator]
    assert entry.breslow_day_p_value == pytest.approx(expected["bd_p"], rel=1e-6)
    assert entry.pooled_direction_reversed is False  # both below 1
    assert "were selected less often than" in entry.finding.en  # type: ignore[union-attr]
    assert "the pooled figures are above the four-fifths threshold" in entry.finding.en  # type: ignore[union-attr]


def test_the_reverse_case_pooled_gap_but_favoured_within_jobs() -> None:
    # Men apply mostly to the hard job B; within each job men do better, pooled they do worse.
    counts: Counts = {
        ("W", "A"): (800, 400),  # 50 %
        ("M", "A"): (200, 120),  # 60 %
        ("W", "B"): (200, 10),  # 5 %
        ("M", "B"): (800, 80),  # 10 %
    }
    analysis, entry = stratified_of(counts)
    assert analysis.reference_group == {"sex": "W"}  # 410 / 1000 vs 200 / 1000
    men = next(g for g in analysis.groups if g.values == {"sex": "M"})
    assert men.adverse_impact and men.impact_ratio == pytest.approx(200 / 410)
    expected = textbook([[[120, 80], [400, 400]], [[80, 720], [10, 190]]])
    assert entry.mh_odds_ratio == pytest.approx(expected["odds"])
    assert entry.mh_odds_ratio > 1  # type: ignore[operator]
    assert entry.pooled_direction_reversed is True
    assert "were selected more often than" in entry.finding.en  # type: ignore[union-attr]
    assert "the pooled gap comes from where they applied" in entry.finding.en  # type: ignore[union-attr]


def test_uninformative_strata_are_left_out_and_unknown_strata_counted() -> None:
    counts: Counts = {
        **SIMPSON,
        ("W", "C"): (5, 1),  # only women applied to C
        ("W", "D"): (4, 0),  # nobody selected in D
        ("M", "D"): (6, 0),
        ("W", "E"): (3, 3),  # everybody selected in E
        ("M", "E"): (2, 2),
        ("W", None): (7, 2),  # unknown job
        ("M", None): (3, 1),
    }
    analysis, entry = stratified_of(counts)
    assert analysis.stratified.strata == 5  # type: ignore[union-attr]
    assert analysis.stratified.unknown_strata_rows == 10  # type: ignore[union-attr]
    assert entry.strata_used == 2
    assert entry.mh_odds_ratio == pytest.approx(1.0)
    assert "2 of 5 values of job could be compared" in entry.finding.en  # type: ignore[union-attr]


def test_usable_tables_orientation() -> None:
    group = {"A": (10, 3), "B": (5, 0), "C": (4, 4)}
    reference = {"A": (20, 12), "B": (5, 0), "C": (1, 1), "D": (9, 2)}
    assert usable_tables(group, reference) == [[[3, 7], [12, 8]]]


def test_no_usable_stratum_gives_nulls() -> None:
    figures = compare_within_strata([])
    assert figures == {
        "strata_used": 0,
        "mh_odds_ratio": None,
        "mh_odds_ratio_ci": None,
        "cmh_p_value": None,
        "breslow_day_p_value": None,
    }


def test_one_sided_strata_give_finite_json_values() -> None:
    # The group is always selected where the reference never is: the odds ratio is infinite.
    always = compare_within_strata([[[5, 0], [0, 5]], [[3, 0], [1, 4]]])
    assert always["mh_odds_ratio"] is None and always["mh_odds_ratio_ci"] is None
    assert always["breslow_day_p_value"] is None
    assert 0 < always["cmh_p_value"] < 0.01  # type: ignore[operator]
    # The group is never selected: the odds ratio is 0, its log interval undefined.
    never = compare_within_strata([[[0, 5], [3, 2]], [[0, 4], [2, 2]]])
    assert never["mh_odds_ratio"] == 0.0 and never["mh_odds_ratio_ci"] is None
    assert never["breslow_day_p_value"] is None


@pytest.mark.parametrize(
    "tables",
    [
        [[[300, 300], [240, 160]], [[60, 340], [130, 470]]],
        [[[8, 72], [2, 18]], [[11, 9], [40, 40]], [[3, 4], [5, 9]]],
        [[[1, 9], [9, 1]], [[9, 1], [1, 9]]],
    ],
)
def test_stable_breslow_day_equals_statsmodels(tables: list[list[list[int]]]) -> None:
    array = np.dstack([np.asarray(t, dtype=float) for t in tables])
    stratified = StratifiedTable(array)
    ours = _breslow_day(array, float(stratified.oddsratio_pooled))
    assert ours == pytest.approx(textbook(tables)["bd_p"])
    with np.errstate(all="ignore"):
        theirs = stratified.test_equal_odds(adjust=False).pvalue
    if stratified.oddsratio_pooled == 1:  # statsmodels divides by 1 - OR
        assert math.isnan(theirs)
    else:
        assert ours == pytest.approx(theirs)


@pytest.mark.parametrize(
    ("ratio", "odds", "reversed_"),
    [(0.5, 1.5, True), (1.5, 0.5, True), (0.5, 0.7, False), (0.5, 1.0, False),
     (1.0, 0.5, False), (None, 0.5, False), (0.5, None, False), (0.5, 1 + 1e-12, False)],
)  # fmt: skip
def test_reversed_direction(ratio: float | None, odds: float | None, reversed_: bool) -> None:
    assert reversed_direction(ratio, odds) is reversed_


def test_every_analysis_gets_one_entry_per_non_reference_group() -> None:
    frame = pd.DataFrame(
        {
            "sex": ["W", "M", "W", "M", "X", "W", "M", "X"] * 25,
            "origin": ["a", "a", "b", "b", "a", "b", "a", None] * 25,
            "job": ["j1", "j1", "j2", "j2", "j1", "", "j2", "j2"] * 25,
            "selected": ["1", "0", "0", "1", "1", "0", "1", "0"] * 25,
        }
    )
    spec = AuditSpec(outcome="selected", sensitive=["sex", "origin"], stratify="job")
    result = audit_frame(frame, spec)
    assert len(result.analyses) == 3
    for analysis in result.analyses:
        assert analysis.stratified is not None and analysis.stratified.column == "job"
        others = [g.values for g in analysis.groups if not g.is_reference]
        assert [e.values for e in analysis.stratified.groups] == others
    assert result.analyses[0].stratified.unknown_strata_rows == 25  # type: ignore[union-attr]


@settings(max_examples=25, deadline=None)
@given(
    st.integers(1, 60).flatmap(lambda n: st.tuples(st.just(n), st.integers(0, n))),
    st.integers(1, 60).flatmap(lambda n: st.tuples(st.just(n), st.integers(0, n))),
)
def test_one_stratum_gives_the_pooled_answer(
    group: tuple[int, int], reference: tuple[int, int]
) -> None:
    """One stratum: the MH odds ratio is the pooled odds ratio, CMH is the pooled chi-square."""
    (n, s), (n_ref, s_ref) = group, reference
    counts: Counts = {("G", "only"): (n, s), ("R", "only"): (n_ref, s_ref)}
    cells = cells_for(counts)
    (analysis,) = audit_cells(cells, SPEC, n_rows=n + n_ref).analyses
    stratified = analysis.stratified
    assert stratified is not None and stratified.strata == 1
    reference_values = analysis.reference_group
    (entry,) = stratified.groups
    g = next(x for x in analysis.groups if x.values == entry.values)
    r = next(x for x in analysis.groups if x.values == reference_values)
    a, b, c, d = g.selected, g.n - g.selected, r.selected, r.n - r.selected
    if a + c in (0, a + b + c + d):  # nobody or everybody selected: no information
        assert entry.strata_used == 0 and entry.mh_odds_ratio is None
        assert entry.cmh_p_value is None and not entry.pooled_direction_reversed
        return
    assert entry.strata_used == 1 and entry.breslow_day_p_value is None
    total = a + b + c + d
    pearson = chi2_contingency([[a, b], [c, d]], correction=False)[0]
    assert entry.cmh_p_value == pytest.approx(chi2.sf(pearson * (total - 1) / total, 1))
    if b * c == 0:  # infinite pooled odds ratio: no finite value to report
        assert entry.mh_odds_ratio is None
        return
    assert entry.mh_odds_ratio == pytest.approx(a * d / (b * c), rel=1e-12)
    # The odds ratio and the impact ratio of one table lie on the same side of 1.
    assert entry.pooled_direction_reversed is False
    if g.impact_ratio is not None and entry.mh_odds_ratio:
        assert (g.impact_ratio > 1) == (entry.mh_odds_ratio > 1 + 1e-12)


def test_sample_job_log_pooled_and_within_job_answers_differ() -> None:
    from ethics_toolkit.engine.audit import audit_source
    from ethics_toolkit.samples.decisions import sample_files

    spec = AuditSpec(outcome="selected", sensitive=["gender", "background"], stratify="requisition")
    result = audit_source(sample_files()["recruitment_by_job.csv"], spec)
    gender, background, _ = result.analyses
    women = next(g for g in gender.groups if g.values == {"gender": "Woman"})
    # sample_data/README.md: 239 of 965 against 403 of 1035.
    assert (women.n, women.selected) == (965, 239)
    assert women.impact_ratio == pytest.approx(239 * 1035 / (965 * 403))
    assert women.verdict == "adverse_significant"
    (within,) = gender.stratified.groups  # type: ignore[union-attr]
    assert within.strata_used == 4 and within.mh_odds_ratio == pytest.approx(1.0)
    assert within.cmh_p_value == pytest.approx(1.0)
    assert "the pooled gap comes from where they applied" in within.finding.en  # type: ignore[union-attr]
    outside = next(g for g in background.groups if g.values == {"background": "Outside Europe"})
    assert outside.impact_ratio == pytest.approx(198 * 1350 / (650 * 444))
    assert not outside.adverse_impact
    (hidden,) = background.stratified.groups  # type: ignore[union-attr]
    tables = [
        [[8 + 4, 92 + 46], [36 + 18, 264 + 132]],
        [[12 + 6, 68 + 34], [40 + 20, 160 + 80]],
        [[24 + 48, 36 + 72], [50 + 100, 50 + 100]],
        [[24 + 72, 26 + 78], [45 + 135, 30 + 90]],
    ]
    expected = textbook(tables)
    assert hidden.mh_odds_ratio == pytest.approx(expected["odds"])
    assert hidden.cmh_p_value == pytest.approx(expected["cmh_p"], rel=1e-6)
    assert hidden.cmh_p_value < 0.001  # type: ignore[operator]
    assert "within the same requisition they were assessed less favourably" in (
        hidden.finding.en  # type: ignore[union-attr]
    )


# A small log: women are selected less often in both jobs, but 40 applicants cannot show it.
# MH odds ratio by hand: (2*6/20 + 3*5/20) / (8*4/20 + 7*5/20) = 1.35 / 3.35 = 0.4030.
SMALL_GAP: Counts = {
    ("W", "A"): (10, 2),
    ("M", "A"): (10, 4),
    ("W", "B"): (10, 3),
    ("M", "B"): (10, 5),
}


def test_a_lower_odds_ratio_that_could_be_chance_is_not_called_equal_treatment() -> None:
    analysis, entry = stratified_of(SMALL_GAP)
    women = next(g for g in analysis.groups if g.values == {"sex": "W"})
    assert women.impact_ratio == pytest.approx(5 / 9) and women.adverse_impact
    assert entry.mh_odds_ratio == pytest.approx(1.35 / 3.35)
    assert entry.cmh_p_value == pytest.approx(
        textbook([[[2, 8], [4, 6]], [[3, 7], [5, 5]]])["cmh_p"]
    )
    assert entry.cmh_p_value > 0.05
    assert entry.finding is not None
    assert entry.finding.en.startswith(
        "Within the same job, applicants with sex W were selected less often than applicants "
        "with sex M (MH odds ratio 0.40, p = 0.19), but the difference could be chance: the data "
        "cannot tell whether the pooled gap comes from where they applied or from how they were "
        "assessed."
    )
    assert "as often as" not in entry.finding.en and "lika ofta" not in entry.finding.sv
    assert "mer sällan än" in entry.finding.sv and "kan bero på slumpen" in entry.finding.sv


@pytest.mark.parametrize(
    ("odds", "p_value", "side"),
    [
        (1.0, 1.0, 0),
        (0.8, 0.5, 0),  # the band's edges are "about as often"
        (1.25, 0.5, 0),
        (0.79, 0.5, -2),  # outside the band, not significant: lower, but possibly chance
        (1.26, 0.5, 2),
        (0.95, 0.01, -1),  # significant: the direction, however small
        (1.5, 0.001, 1),
        (0.5, None, -2),
    ],
)
def test_how_a_finding_describes_the_odds_ratio(
    odds: float, p_value: float | None, side: int
) -> None:
    assert _described_side(odds, p_value) == side

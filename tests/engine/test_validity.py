"""Issue 10: Holm over the audit's comparisons, the minimum detectable ratio and the verdict.

Expected values are computed by hand (Holm) or with independent closed forms (the power
approximation from scipy's normal quantiles), never with the code under test.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy.stats import fisher_exact, norm
from statsmodels.stats.multitest import multipletests

from ethics_toolkit.engine.analyses.validity import (
    detectable_effect,
    family_size,
    holm,
    min_detectable_ratio,
    verdict_of,
    with_validity,
)
from ethics_toolkit.engine.audit import audit_cells, audit_frame
from ethics_toolkit.engine.models import Analysis, GroupResult
from ethics_toolkit.engine.spec import AuditSpec, Cell

SPEC = AuditSpec(outcome="selected", sensitive=["group"])


def cells_for(groups: dict[str, tuple[int, int]], attribute: str = "group") -> list[Cell]:
    """(n, selected) per group -> cells."""
    cells = []
    for value, (n, s) in groups.items():
        cells.append(Cell(values={attribute: value}, selected=True, count=s))
        cells.append(Cell(values={attribute: value}, selected=False, count=n - s))
    return cells


def by_value(analysis: Analysis) -> dict[str, GroupResult]:
    return {next(iter(g.values.values())): g for g in analysis.groups}


def closed_form_ratio(n: int, n_ref: int, p_ref: float) -> float:
    """80 % power at two-sided 5 %, far tail ignored: h = (z_0.975 + z_0.8) sqrt(1/n + 1/n_ref)."""
    h = (norm.ppf(0.975) + norm.ppf(0.8)) * math.sqrt(1 / n + 1 / n_ref)
    angle = math.asin(math.sqrt(p_ref)) - h / 2
    return 0.0 if angle <= 0 else math.sin(angle) ** 2 / p_ref


def test_holm_on_a_known_list() -> None:
    # Sorted 0.005, 0.01, 0.03, 0.04; times 4, 3, 2, 1 -> 0.02, 0.03, 0.06, 0.04; running max
    # -> 0.02, 0.03, 0.06, 0.06; back in the given order:
    assert holm([0.01, 0.04, 0.03, 0.005]) == pytest.approx([0.03, 0.06, 0.06, 0.02])
    assert holm([0.5, 0.9]) == pytest.approx([1.0, 1.0])  # 2 x 0.5 = 1.0, then monotone
    assert holm([]) == []


_RNG = np.random.default_rng(10)


@pytest.mark.parametrize(
    "p_values",
    [
        [0.2],
        [0.01, 0.01, 0.5, 0.5, 1.0, 0.0],  # ties, zero and one
        list(_RNG.uniform(0, 1, 12)),
        list(_RNG.uniform(0, 0.05, 25)),
        list(_RNG.beta(0.3, 3, 40)),
    ],
)
def test_holm_equals_statsmodels_multipletests(p_values: list[float]) -> None:
    # multipletests runs gc.collect() on every call, hence a few fixed lists, not Hypothesis.
    expected = multipletests(p_values, method="holm")[1]
    assert holm(p_values) == pytest.approx(list(expected), abs=1e-15)


def group(values: str, p: float | None, **extra: object) -> GroupResult:
    reference = p is None
    return GroupResult(
        values={"a": values},
        n=100,
        selected=50 if reference else 45,
        selection_rate=0.5 if reference else 0.45,
        ci_low=0.4,
        ci_high=0.6,
        impact_ratio=1.0 if reference else 0.9,
        impact_ratio_ci=(1.0, 1.0) if reference else (0.7, 1.1),
        adverse_impact=False,
        p_value=p,
        shortfall=0,
        small_group=False,
        is_reference=reference,
        **extra,  # type: ignore[arg-type]
    )


def analysis_of(*groups: GroupResult) -> Analysis:
    reference = next(g for g in groups if g.is_reference)
    return Analysis(
        attributes=["a"],
        reference_group=reference.values,
        unknown=0,
        n_analysed=sum(g.n for g in groups),
        groups=list(groups),
        demographic_parity_difference=None,
        demographic_parity_ratio=None,
    )


def test_the_holm_family_spans_every_analysis_of_the_scope() -> None:
    first = analysis_of(group("R", None), group("x", 0.01), group("y", 0.04))
    second = analysis_of(group("z", 0.03), group("R2", None), group("w", 0.005))
    assert family_size([first, second]) == 4
    done = with_validity([first, second], confidence_level=0.95)
    holm_p = [g.p_value_holm for a in done for g in a.groups]
    assert holm_p == pytest.approx([None, 0.03, 0.06, 0.06, None, 0.02])
    assert done[0].groups[0].verdict == "reference"
    assert all(g.min_detectable_ratio is None for a in done for g in a.groups if g.is_reference)


def test_each_period_is_its_own_family() -> None:
    frame = pd.DataFrame(
        {
            "group": ["A"] * 60 + ["B"] * 60 + ["A"] * 40 + ["B"] * 40,
            "selected": ["1"] * 30 + ["0"] * 30 + ["1"] * 15 + ["0"] * 45
            + ["1"] * 20 + ["0"] * 20 + ["1"] * 10 + ["0"] * 30,
            "day": ["2026-01-10"] * 120 + ["2026-04-10"] * 80,
        }
    )  # fmt: skip
    result = audit_frame(frame, SPEC.model_copy(update={"period": "day"}))
    assert result.periods is not None
    for period in result.periods:
        (analysis,) = period.analyses
        b = by_value(analysis)["B"]
        assert b.p_value_holm == pytest.approx(b.p_value)  # one comparison per period
        assert "comparisons" not in b.finding.en
    whole = by_value(result.analyses[0])["B"]
    assert whole.p_value_holm == pytest.approx(whole.p_value)


@pytest.mark.parametrize(
    ("n", "n_ref", "p_ref"),
    [(10, 100, 0.5), (100, 100, 0.6), (2480, 2400, 0.3), (50, 5000, 0.05), (30, 30, 1.0)],
)
def test_min_detectable_ratio_matches_the_closed_form(n: int, n_ref: int, p_ref: float) -> None:
    # statsmodels' NormalIndPower also counts the far tail, which moves h by far less than 1e-4.
    expected = closed_form_ratio(n, n_ref, p_ref)
    assert min_detectable_ratio(n, n_ref, p_ref) == pytest.approx(expected, abs=1e-4)


def test_min_detectable_ratio_by_hand() -> None:
    # 10 vs 100 at a reference rate of 50 %: h = 2.80158 * sqrt(0.11) = 0.92918;
    # asin(sqrt(0.5)) = pi/4 = 0.785398; rate = sin(0.785398 - 0.464590)^2 = 0.099435;
    # ratio = 0.099435 / 0.5 = 0.19887.
    assert detectable_effect(10, 100) == pytest.approx(0.92918, abs=1e-4)
    assert min_detectable_ratio(10, 100, 0.5) == pytest.approx(0.19887, abs=1e-4)


def test_min_detectable_ratio_edges() -> None:
    # Not even nobody selected would be seen: 2 applicants against a 10 % reference rate.
    assert min_detectable_ratio(2, 1000, 0.1) == 0.0
    assert min_detectable_ratio(5, 100, 0.0) is None  # no reference rate, no ratio
    assert 0 < min_detectable_ratio(30, 30, 1.0) < 1  # type: ignore[operator]
    big = min_detectable_ratio(1_000_000, 1_000_000, 0.3)
    assert big is not None and 0.99 < big < 1.0


def test_a_tiny_group_is_insufficient_evidence() -> None:
    # T: 5 of 10 selected vs R: 50 of 100 -> ratio 1.0, not adverse; a ratio of 0.8 would go
    # unseen (the smallest detectable ratio is 0.20, computed by hand above).
    result = audit_cells(cells_for({"R": (100, 50), "T": (10, 5)}), SPEC, n_rows=110)
    t = by_value(result.analyses[0])["T"]
    assert not t.adverse_impact and t.impact_ratio == pytest.approx(1.0)
    assert t.min_detectable_ratio == pytest.approx(0.19887, abs=1e-4)
    assert t.verdict == "insufficient_evidence"
    assert (
        "too few applicants to tell: a difference as large as four-fifths would likely go "
        "unseen (the smallest detectable ratio here is 0.20)" in t.finding.en
    )
    assert "den minsta upptäckbara kvoten här är 0,20" in t.finding.sv
    assert (
        "Too few applicants to tell (smallest detectable impact ratio): T (0.20)."
        in result.analyses[0].summary.en
    )


def test_a_group_too_small_for_any_ratio() -> None:
    result = audit_cells(cells_for({"R": (1000, 100), "T": (2, 1)}), SPEC, n_rows=1002)
    t = by_value(result.analyses[0])["T"]
    assert t.min_detectable_ratio == 0.0 and t.verdict == "insufficient_evidence"
    assert "even if nobody in the group had been selected" in t.finding.en


def test_ugesp_example_verdicts() -> None:
    # UGESP Q&A rates 60/45/48/51 % of 100 each. Fisher p of B (45 vs 60 of 100) by scipy is
    # 0.0472; Holm over the three comparisons makes it 3 x 0.0463 > 0.05: adverse, could be
    # chance. C and D pass four-fifths, but with 100 per group the smallest detectable ratio is
    # 0.67 (closed form), so "no adverse impact" would overstate it.
    result = audit_cells(
        cells_for({"A": (100, 60), "B": (100, 45), "C": (100, 48), "D": (100, 51)}),
        SPEC,
        n_rows=400,
    )
    groups = by_value(result.analyses[0])
    assert groups["B"].p_value == pytest.approx(fisher_exact([[45, 55], [60, 40]]).pvalue)
    assert groups["B"].p_value_holm == pytest.approx(3 * groups["B"].p_value)
    assert groups["B"].verdict == "adverse_not_significant"
    assert "could be chance once the 3 comparisons in this audit are allowed for" in (
        groups["B"].finding.en
    )
    for value in ("C", "D"):
        assert groups[value].min_detectable_ratio == pytest.approx(
            closed_form_ratio(100, 100, 0.6), abs=1e-4
        )
        assert groups[value].verdict == "insufficient_evidence"
    assert groups["A"].verdict == "reference" and groups["A"].p_value_holm is None


def test_large_groups_get_significant_and_clear_verdicts() -> None:
    result = audit_cells(
        cells_for({"A": (2000, 1000), "B": (2000, 600), "C": (2000, 980)}), SPEC, n_rows=6000
    )
    groups = by_value(result.analyses[0])
    assert groups["B"].verdict == "adverse_significant"
    assert groups["B"].p_value_holm < 0.05  # type: ignore[operator]
    assert groups["C"].verdict == "no_adverse_impact"
    assert groups["C"].min_detectable_ratio > 0.8  # type: ignore[operator]


def test_reference_rate_zero_is_undetermined() -> None:
    result = audit_cells(cells_for({"A": (10, 0), "B": (20, 0)}), SPEC, n_rows=30)
    groups = by_value(result.analyses[0])
    assert groups["B"].verdict == "reference"
    assert groups["A"].verdict == "undetermined"
    assert groups["A"].p_value_holm == pytest.approx(1.0)
    assert groups["A"].min_detectable_ratio is None


ADVERSE = {"adverse_impact": True, "impact_ratio": 0.7}


@pytest.mark.parametrize(
    ("update", "verdict"),
    [
        ({"is_reference": True, "p_value": None}, "reference"),
        ({"impact_ratio": None, "impact_ratio_ci": None}, "undetermined"),
        ({**ADVERSE, "p_value_holm": 0.049}, "adverse_significant"),
        ({**ADVERSE, "p_value_holm": 0.05}, "adverse_not_significant"),
        ({**ADVERSE, "min_detectable_ratio": 0.3}, "adverse_not_significant"),
        ({"min_detectable_ratio": 0.7999}, "insufficient_evidence"),
        ({"min_detectable_ratio": 0.0}, "insufficient_evidence"),
        ({"min_detectable_ratio": 0.8}, "no_adverse_impact"),
        ({"min_detectable_ratio": None}, "no_adverse_impact"),
    ],
)  # fmt: skip
def test_verdict_rules(update: dict[str, object], verdict: str) -> None:
    assert verdict_of(group("g", 0.01).model_copy(update=update)) == verdict


def test_sample_data_verdicts_are_consistent() -> None:
    from ethics_toolkit.engine.audit import audit_source
    from ethics_toolkit.samples.decisions import sample_files

    result = audit_source(
        sample_files()["recruitment_decisions.csv"],
        AuditSpec(outcome="selected", sensitive=["gender", "background"]),
    )
    for analysis in result.analyses:
        for g in analysis.groups:
            assert g.verdict is not None
            if g.is_reference:
                assert g.verdict == "reference" and g.p_value_holm is None
                continue
            assert g.p_value_holm is not None and g.p_value_holm >= g.p_value
            assert (g.verdict in ("adverse_significant", "adverse_not_significant")) == (
                g.adverse_impact
            )

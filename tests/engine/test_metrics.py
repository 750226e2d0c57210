"""Hand-computed statistics: Wilson, Fisher, Katz, shortfall, the four-fifths rule, UGESP."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy.stats import binomtest

from ethics_toolkit.engine.analyses.metrics import (
    fisher_p,
    is_adverse,
    is_small,
    katz_interval,
    shortfall,
    wilson_interval,
)
from ethics_toolkit.engine.audit import audit_cells
from ethics_toolkit.engine.spec import AuditSpec, Cell

SPEC = AuditSpec(outcome="selected", sensitive=["group"])


def cells_for(groups: dict[str, tuple[int, int]]) -> list[Cell]:
    """(n, selected) per group -> cells."""
    cells = []
    for value, (n, s) in groups.items():
        cells.append(Cell(values={"group": value}, selected=True, count=s))
        cells.append(Cell(values={"group": value}, selected=False, count=n - s))
    return cells


def test_wilson_matches_hand_computation_and_scipy() -> None:
    # 12 of 40 at 95 %: z = 1.959964, centre 0.317524, half-width 0.136775 (by hand).
    low, high = wilson_interval(np.array([12.0]), np.array([40.0]), 0.95)
    assert low[0] == pytest.approx(0.180749, abs=1e-5)
    assert high[0] == pytest.approx(0.454299, abs=1e-5)
    ci = binomtest(12, 40).proportion_ci(0.95, method="wilson")
    assert (low[0], high[0]) == pytest.approx((ci.low, ci.high), abs=1e-12)


@pytest.mark.parametrize(("s", "n"), [(0, 10), (10, 10), (1, 3), (500, 1000)])
def test_wilson_is_scipy_wilson_at_the_edges(s: int, n: int) -> None:
    low, high = wilson_interval(np.array([float(s)]), np.array([float(n)]), 0.9)
    ci = binomtest(s, n).proportion_ci(0.9, method="wilson")
    assert (low[0], high[0]) == pytest.approx((ci.low, ci.high), abs=1e-12)


def test_fisher_reference_value() -> None:
    # fairness-methods.md: 12 of 40 vs 48 of 80 -> p ≈ 0.0034
    assert fisher_p(12, 40, 48, 80) == pytest.approx(0.0034, abs=5e-5)


def test_katz_interval_by_hand() -> None:
    # RR = 0.3 / 0.6 = 0.5; se = sqrt(1/12 - 1/40 + 1/48 - 1/80) = sqrt(1/15)
    se = math.sqrt(1 / 15)
    low, high = katz_interval(12, 40, 48, 80, 0.95)
    assert low == pytest.approx(0.5 * math.exp(-1.959964 * se), rel=1e-6)
    assert high == pytest.approx(0.5 * math.exp(1.959964 * se), rel=1e-6)
    assert (low, high) == pytest.approx((0.30144, 0.82934), abs=1e-4)


def test_katz_zero_count_correction() -> None:
    # s_g = 0: 0.5 added to each cell -> a = 0.5, n1 = 11, c = 5.5, n2 = 11; the lower bound is 0.
    low, high = katz_interval(0, 10, 5, 10, 0.95)
    log_rr = math.log((0.5 / 11) / (5.5 / 11))
    se = math.sqrt(1 / 0.5 - 1 / 11 + 1 / 5.5 - 1 / 11)
    assert low == 0.0
    assert high == pytest.approx(math.exp(log_rr + 1.959964 * se), rel=1e-6)


@pytest.mark.parametrize(
    ("s", "n", "s_ref", "n_ref", "adverse", "k"),
    [
        (12, 40, 48, 80, True, 8),  # needs 19.2 -> 20 of 40
        (40, 100, 50, 100, False, 0),  # exactly four-fifths: not adverse
        (39, 100, 50, 100, True, 1),
        (4, 5, 1, 1, False, 0),  # 0.8 exactly with tiny groups
        (0, 7, 3, 3, True, 6),  # needs 5.6 -> 6 of 7
    ],
)
def test_adverse_and_shortfall_exact(
    s: int, n: int, s_ref: int, n_ref: int, adverse: bool, k: int
) -> None:
    assert is_adverse(s, n, s_ref, n_ref) is adverse
    assert shortfall(s, n, s_ref, n_ref) == k
    if k:
        assert not is_adverse(s + k, n, s_ref, n_ref)
        assert is_adverse(s + k - 1, n, s_ref, n_ref)


def test_small_group_threshold_is_strict() -> None:
    assert is_small(19, 1000)
    assert not is_small(20, 1000)  # exactly 2 % is not small


def test_ugesp_example() -> None:
    # UGESP Q&A: 60 %, 45 %, 48 %, 51 % -> 0.75 adverse, 0.80 not, 0.85 not.
    result = audit_cells(
        cells_for({"A": (100, 60), "B": (100, 45), "C": (100, 48), "D": (100, 51)}),
        SPEC,
        n_rows=400,
    )
    (analysis,) = result.analyses
    by_value = {g.values["group"]: g for g in analysis.groups}
    assert analysis.reference_group == {"group": "A"}
    assert by_value["A"].is_reference and by_value["A"].p_value is None
    assert by_value["A"].impact_ratio_ci == (1.0, 1.0)
    assert by_value["B"].impact_ratio == pytest.approx(0.75)
    assert by_value["B"].adverse_impact and by_value["B"].shortfall == 3  # 48 of 100 needed
    assert by_value["C"].impact_ratio == pytest.approx(0.80)
    assert not by_value["C"].adverse_impact and by_value["C"].shortfall == 0
    assert by_value["D"].impact_ratio == pytest.approx(0.85)
    assert not by_value["D"].adverse_impact
    assert analysis.demographic_parity_difference == pytest.approx(0.15)
    assert analysis.demographic_parity_ratio == pytest.approx(0.75)
    assert result.adverse_impact_found


def test_reference_skips_small_groups_and_ties_go_to_the_larger_group() -> None:
    # S (small: 1 of 101 rows < 2 %) has the highest rate; A and B tie at 50 %, B is larger.
    result = audit_cells(cells_for({"S": (1, 1), "A": (40, 20), "B": (60, 30)}), SPEC, n_rows=101)
    (analysis,) = result.analyses
    by_value = {g.values["group"]: g for g in analysis.groups}
    assert analysis.reference_group == {"group": "B"}
    assert by_value["S"].small_group and by_value["S"].impact_ratio == pytest.approx(2.0)
    assert not by_value["A"].small_group


def test_reference_rate_zero_gives_undefined_ratios() -> None:
    result = audit_cells(cells_for({"A": (10, 0), "B": (20, 0)}), SPEC, n_rows=30)
    (analysis,) = result.analyses
    assert all(g.impact_ratio is None and not g.adverse_impact for g in analysis.groups)
    assert analysis.demographic_parity_ratio is None
    assert not result.adverse_impact_found
    assert all(g.finding is not None for g in analysis.groups)


def test_cell_figures_equal_fairlearn_on_the_raw_rows() -> None:
    """The cells + sample_weight shortcut gives fairlearn's own numbers on the raw rows."""
    from fairlearn.metrics import (
        MetricFrame,
        demographic_parity_difference,
        demographic_parity_ratio,
        equalized_odds_difference,
        false_positive_rate,
        selection_rate,
        true_positive_rate,
    )

    from ethics_toolkit.engine.audit import audit_frame

    rng = np.random.default_rng(7)
    frame = pd.DataFrame(
        {
            "g": rng.choice(["A", "B", "C"], 600),
            "h": rng.choice(["X", "Y"], 600),
            "o": rng.integers(0, 2, 600),
            "t": rng.integers(0, 2, 600),
        }
    )
    result = audit_frame(frame, AuditSpec(outcome="o", truth="t", sensitive=["g", "h"]))
    for analysis in result.analyses:
        features = frame[analysis.attributes]
        raw = MetricFrame(
            metrics={
                "selection_rate": selection_rate,
                "tpr": true_positive_rate,
                "fpr": false_positive_rate,
            },
            y_true=frame["t"],
            y_pred=frame["o"],
            sensitive_features=features,
        ).by_group
        for group in analysis.groups:
            key = tuple(group.values.values())
            row = raw.loc[key if len(key) > 1 else key[0]]
            assert group.selection_rate == pytest.approx(row["selection_rate"], abs=1e-12)
            assert group.tpr == pytest.approx(row["tpr"], abs=1e-12)
            assert group.fpr == pytest.approx(row["fpr"], abs=1e-12)
        common = {"sensitive_features": features}
        assert analysis.demographic_parity_difference == pytest.approx(
            demographic_parity_difference(frame["t"], frame["o"], **common), abs=1e-12
        )
        assert analysis.demographic_parity_ratio == pytest.approx(
            demographic_parity_ratio(frame["t"], frame["o"], **common), abs=1e-12
        )
        assert analysis.equalized_odds_difference == pytest.approx(
            equalized_odds_difference(frame["t"], frame["o"], **common), abs=1e-12
        )

"""How many base CVs a paired test needs (statsmodels' TTestPower), before it is run."""

from __future__ import annotations

import math

import pytest
from statsmodels.stats.power import TTestPower

from ethics_toolkit.engine.paired import power

# A difference of 5 points when the differences within pairs have an SD of 10: d_z = 0.5, for
# which a two-sided paired t-test at alpha 0.05 needs 33.37 pairs for 80 % power, so 34 pairs.
PAIRS_FOR_HALF = TTestPower().solve_power(effect_size=0.5, power=0.8, alpha=0.05)


def test_the_pairs_for_a_medium_effect_match_statsmodels() -> None:
    assert round(PAIRS_FOR_HALF, 3) == 33.367
    assert power.pairs_needed(5, 10) == 34


@pytest.mark.parametrize(("attributes", "base_cvs"), [(1, 34), (2, 17), (3, 9), (4, 5)])
def test_base_cvs_needed_divide_the_pairs_by_what_one_base_cv_gives(
    attributes: int, base_cvs: int
) -> None:
    assert power.pairs_per_base(attributes) == 2 ** (attributes - 1)
    assert (
        power.base_cvs_needed(5, 10, attributes)
        == base_cvs
        == math.ceil(34 / 2 ** (attributes - 1))
    )


def test_power_matches_statsmodels_and_its_edge_cases() -> None:
    assert power.power(5, 10, 34) == pytest.approx(
        TTestPower().power(effect_size=0.5, nobs=34, alpha=0.05), rel=1e-12
    )
    assert power.power(5, 10, 34) >= 0.8 > power.power(5, 10, 33)
    assert power.power(5, 0, 10) == 1.0  # no spread: any difference shows
    assert power.power(5, 10, 1) is None  # one pair: nothing to test
    assert power.pairs_needed(0, 10) is None
    assert power.base_cvs_needed(50, 1, 2) == power.MIN_BASE_CVS


def test_the_detectable_difference_is_the_effect_times_the_spread() -> None:
    effect = TTestPower().solve_power(effect_size=None, nobs=48, power=0.8, alpha=0.05)
    assert power.min_detectable_difference(4.0, 48) == pytest.approx(effect * 4.0, rel=1e-9)
    assert power.min_detectable_difference(4.0, 1) is None
    assert power.min_detectable_difference(0.0, 10) == 0.0

"""How many base CVs a paired test needs, and what its pairs can see (statsmodels' ``TTestPower``).

The paired t-test of ``n`` pairs whose differences have standard deviation ``sd`` detects a mean
difference ``delta`` with probability ``TTestPower().power(effect_size=delta / sd, nobs=n,
alpha=0.05, alternative="two-sided")``. The levels are those of the log audit's verdicts (α = 0.05,
power 0.8).

With ``k`` tested attributes a base CV has ``2**k`` variants and gives ``2**(k-1)`` pairs to every
contrast (for gender with origin tested too: the Swedish pair and the non-European pair). So
``base_cvs_needed = ceil(pairs_needed / 2**(k-1))``, at least 2. Before a test the spread of the
differences is unknown: the plan takes a guess (``sd``); after it, the spread seen is used.
"""

from __future__ import annotations

import math
import warnings

ALPHA = 0.05
POWER = 0.8
MIN_PAIRS = 2
MIN_BASE_CVS = 2


def pairs_per_base(attributes: int) -> int:
    """The pairs one base CV gives each contrast when ``attributes`` attributes are crossed."""
    return 2 ** (attributes - 1)


def power(difference: float, sd: float, pairs: int) -> float | None:
    """The chance that ``pairs`` pairs show a true mean difference of ``difference`` as
    significant; 1 when the differences do not vary at all; ``None`` below 2 pairs."""
    if pairs < MIN_PAIRS:
        return None
    if sd <= 0:
        return 1.0 if difference != 0 else 0.0
    from statsmodels.stats.power import TTestPower

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = TTestPower().power(
            effect_size=abs(difference) / sd, nobs=pairs, alpha=ALPHA, alternative="two-sided"
        )
    if math.isnan(value):  # the noncentral t's tail underflows: an effect this large always shows
        return 1.0
    return float(min(1.0, max(0.0, value)))


def pairs_needed(difference: float, sd: float) -> int | None:
    """The fewest pairs that show ``difference`` with 80 % power (``None``: no difference)."""
    if difference == 0:
        return None
    if sd <= 0 or (power(difference, sd, MIN_PAIRS) or 0.0) >= POWER:
        return MIN_PAIRS
    from statsmodels.stats.power import TTestPower

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        n = TTestPower().solve_power(
            effect_size=abs(difference) / sd,
            nobs=None,
            alpha=ALPHA,
            power=POWER,
            alternative="two-sided",
        )
    if math.isnan(n):
        return None
    return max(MIN_PAIRS, math.ceil(float(n)))


def base_cvs_needed(difference: float, sd: float, attributes: int) -> int | None:
    """The base CVs a test of ``attributes`` crossed attributes needs to see ``difference``."""
    n = pairs_needed(difference, sd)
    if n is None:
        return None
    return max(MIN_BASE_CVS, math.ceil(n / pairs_per_base(attributes)))


def min_detectable_difference(sd: float, pairs: int) -> float | None:
    """The mean difference ``pairs`` pairs would show with 80 % power, given the spread ``sd``."""
    if pairs < MIN_PAIRS:
        return None
    if sd <= 0:
        return 0.0
    from statsmodels.stats.power import TTestPower

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        effect = TTestPower().solve_power(
            effect_size=None, nobs=pairs, alpha=ALPHA, power=POWER, alternative="two-sided"
        )
    return float(effect) * sd

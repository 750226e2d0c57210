"""Statistical validity (issue 10): Holm over the audit's comparisons, power, and the verdict.

The pooled four-fifths comparison misleads in two ways this module corrects:

- **Many comparisons.** An audit of gender, background and their intersection makes a dozen
  Fisher tests; one p = 0.02 among them is weak evidence. ``p_value_holm`` is the Holm-adjusted
  p-value (the values of ``statsmodels.stats.multitest.multipletests(method="holm")``, see
  :func:`holm`) over the *family* of
  every non-reference group of every analysis of one scope: the whole log is one family, and each
  period (issue 15) is a family of its own analyses. Groups whose impact ratio is undefined keep
  their Fisher p-value in the family (they are comparisons the audit made).
- **Too small to tell.** ``min_detectable_ratio`` is the impact ratio a two-sided test at
  α = 0.05 would detect with 80 % power, given this group's size ``n_g``, the reference group's
  size ``n_ref`` and the reference rate ``p_ref``. Approximation (arcsine / Cohen's h): the
  effect size a two-sample z-test detects with 80 % power is
  ``h = NormalIndPower().solve_power(nobs1=n_g, ratio=n_ref / n_g, alpha=0.05, power=0.8,
  alternative="two-sided")`` (about ``2.80 * sqrt(1/n_g + 1/n_ref)``); the group rate below the
  reference that lies that far away is ``p = sin(asin(sqrt(p_ref)) - h / 2) ** 2`` and the ratio
  is ``p / p_ref``. When ``asin(sqrt(p_ref)) < h / 2`` not even a rate of 0 (nobody selected)
  would be detected with 80 % power: the ratio is then reported as **0.0**, the lowest possible
  ratio, which is below 0.8 and so judged "insufficient evidence". With a reference rate of 0
  the ratio is undefined and so is this figure (``None``); a reference rate of 1 needs no special
  case.

The verdict of a group (first match):

1. ``reference``: the analysis' reference group (no Holm p, no detectable ratio);
2. ``undetermined``: its impact ratio is undefined (nobody in the reference group selected);
3. ``adverse_significant``: adverse impact (ratio < 4/5) and Holm-adjusted p < 0.05;
4. ``adverse_not_significant``: adverse impact otherwise;
5. ``insufficient_evidence``: not adverse, but ``min_detectable_ratio`` < 0.8, so even a ratio of
   four-fifths would likely have gone unseen;
6. ``no_adverse_impact``.

The levels are fixed by the definition (α = 0.05, power 0.8), not by the audit's confidence level,
which only sets the width of the intervals. Exit code 1 of the CLI keeps its meaning (adverse
impact in the pooled analysis); the verdicts refine it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache

from ethics_toolkit.engine.models import FOUR_FIFTHS, Analysis, GroupResult, Verdict

ALPHA = 0.05
POWER = 0.8


def holm(p_values: Sequence[float]) -> list[float]:
    """Holm-adjusted p-values in the given order, exactly ``multipletests(method="holm")``.

    The step-down adjustment in numpy: sorted ascending, the i-th smallest (from 0) times
    ``m - i``, a running maximum, capped at 1. statsmodels' ``multipletests`` gives the same
    values (a property test asserts it) but calls ``gc.collect()`` on every call, which costs
    0.2-0.4 s in a process with pandas and statsmodels loaded, once per scope (every period).
    """
    import numpy as np

    p = np.asarray(p_values, dtype=float)
    if p.size == 0:
        return []
    order = np.argsort(p, kind="stable")
    stepped = np.maximum.accumulate(p[order] * np.arange(p.size, 0, -1))
    adjusted = np.empty_like(p)
    adjusted[order] = np.minimum(stepped, 1.0)
    return [float(v) for v in adjusted]


@lru_cache(maxsize=4096)
def detectable_effect(n: int, n_ref: int) -> float:
    """Cohen's h that a two-sided z-test at α = 0.05 detects with 80 % power (n, n_ref >= 1).

    Cached: a root search of about 2 ms, repeated for the same sizes across analyses and periods.
    """
    from statsmodels.stats.power import NormalIndPower

    return float(
        NormalIndPower().solve_power(
            effect_size=None,
            nobs1=n,
            alpha=ALPHA,
            power=POWER,
            ratio=n_ref / n,
            alternative="two-sided",
        )
    )


def min_detectable_ratio(n: int, n_ref: int, reference_rate: float) -> float | None:
    """The impact ratio detectable with 80 % power (module docstring); ``None`` when undefined."""
    if n <= 0 or n_ref <= 0 or reference_rate <= 0:
        return None
    angle = math.asin(math.sqrt(min(reference_rate, 1.0))) - detectable_effect(n, n_ref) / 2
    if angle <= 0:
        return 0.0
    return min(1.0, math.sin(angle) ** 2 / reference_rate)


def verdict_of(group: GroupResult) -> Verdict:
    """The verdict of one group from its figures (rules in the module docstring)."""
    if group.is_reference:
        return "reference"
    if group.impact_ratio is None:
        return "undetermined"
    if group.adverse_impact:
        significant = group.p_value_holm is not None and group.p_value_holm < ALPHA
        return "adverse_significant" if significant else "adverse_not_significant"
    mdr = group.min_detectable_ratio
    if mdr is not None and mdr < FOUR_FIFTHS:
        return "insufficient_evidence"
    return "no_adverse_impact"


def family_size(analyses: Sequence[Analysis]) -> int:
    """How many comparisons the Holm family of these analyses holds."""
    return sum(1 for a in analyses for g in a.groups if _in_family(g))


def _in_family(group: GroupResult) -> bool:
    return not group.is_reference and group.p_value is not None


def with_validity(analyses: Sequence[Analysis], *, confidence_level: float) -> list[Analysis]:
    """The analyses of one scope with ``p_value_holm``, ``min_detectable_ratio``, ``verdict``.

    ``confidence_level`` is accepted for symmetry with the other sections; the verdict's levels
    are fixed (module docstring).
    """
    del confidence_level
    family = [g.p_value for a in analyses for g in a.groups if _in_family(g)]
    adjusted = iter(holm([p for p in family if p is not None]))
    result = []
    for analysis in analyses:
        reference = next((g for g in analysis.groups if g.is_reference), None)
        groups = []
        for g in analysis.groups:
            update: dict[str, object] = {}
            if _in_family(g):
                update["p_value_holm"] = next(adjusted)
            if reference is not None and not g.is_reference and g.impact_ratio is not None:
                update["min_detectable_ratio"] = min_detectable_ratio(
                    g.n, reference.n, reference.selection_rate
                )
            g = g.model_copy(update=update)
            groups.append(g.model_copy(update={"verdict": verdict_of(g)}))
        result.append(analysis.model_copy(update={"groups": groups}))
    return result

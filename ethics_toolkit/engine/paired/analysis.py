"""Paired statistics of a tool's answers to a test set: one contrast per tested attribute.

For an attribute (say origin: ``non_european`` against ``swedish``) a **pair** is two CVs with the
same base CV and the same values of every other tested attribute; they differ only in that
attribute's signal. Each CV is in exactly one pair per contrast. Per contrast, on the pairs'
answers (scipy and statsmodels, never by hand):

- ``mean_difference`` (level minus baseline) with the 95 % interval of the paired t-test
  (``scipy.stats.ttest_rel(level, baseline)`` and its ``confidence_interval()``); its p-value is
  ``t_p_value``;
- ``wilcoxon_p``: ``scipy.stats.wilcoxon(level, baseline)`` (signed ranks; pairs with no
  difference are left out, scipy's default), a check that does not assume normal differences;
- ``effect_size``: Cohen's d_z, the mean of the differences over their standard deviation;
- with decisions: the discordant pairs ``mcnemar_b`` (only the level's CV selected) and
  ``mcnemar_c`` (only the baseline's), McNemar's exact test (``statsmodels.stats.
  contingency_tables.mcnemar(table, exact=True)``) and ``selection_ratio``, the level's selection
  rate over the baseline's.

Without scores the paired figures are computed on the decisions as 0/1, so ``mean_difference`` is
the difference of the selection rates. When every difference is 0 the t-test has nothing to test
(scipy returns NaN): its p-value is then 1, the interval [0, 0] and the effect size 0.

**Many comparisons.** The family is every contrast's primary test: the paired t-test of the scores
(with scores) and McNemar's test of the decisions (with decisions); Holm's adjustment
(``statsmodels.stats.multitest.multipletests(method="holm")``) runs over the whole family, and a
contrast's ``p_value_holm`` is the smallest adjusted p-value of its tests.

**The verdict** (the log audit's words, first match):

1. ``undetermined``: fewer than 2 pairs, so the figures are undefined;
2. ``adverse_significant``: ``p_value_holm`` < 0.05: one of the two variants was treated worse,
   and this is unlikely to be chance (``worse`` names which; exit code 1 of the CLI);
3. ``adverse_not_significant``: the difference is at least the difference of concern (or, with
   decisions, one variant's selection rate is below four-fifths of the other's), but it could be
   chance;
4. ``insufficient_evidence``: no such difference, but the pairs would probably not have shown a
   difference of concern (power below 0.8): "too few pairs to see a difference of X points";
5. ``no_adverse_impact``.

The **difference of concern** is given (``--difference``), else 5 % of the range of the scores
(1 point when every score is the same), or 10 percentage points of selection for decisions alone.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from datetime import UTC, datetime

from ethics_toolkit.engine.models import FOUR_FIFTHS
from ethics_toolkit.engine.paired import power
from ethics_toolkit.engine.paired.answers import Answers
from ethics_toolkit.engine.paired.models import (
    LEVELS,
    Attribute,
    Contrast,
    Manifest,
    PairedResult,
)
from ethics_toolkit.engine.paired.texts import finding

ALPHA = 0.05
SCORE_RANGE_SHARE = 0.05
DECISION_DIFFERENCE = 0.10


def pairs_of(manifest: Manifest, attribute: Attribute) -> list[tuple[str, str]]:
    """``(level cv_id, baseline cv_id)`` for every pair of the contrast, by base CV and the other
    attributes' values (sorted, so the order is the same on every run)."""
    level, baseline = LEVELS[attribute]
    slots: dict[tuple, dict[str, str]] = {}
    for row in manifest.rows:
        others = tuple(sorted((a, v) for a, v in row.values.items() if a != attribute))
        slots.setdefault((row.base_id, others), {})[row.values[attribute]] = row.cv_id
    return [
        (slot[level], slot[baseline])
        for _, slot in sorted(slots.items())
        if level in slot and baseline in slot
    ]


def difference_of_concern(answers: Answers, given: float | None) -> tuple[float, str]:
    if given is not None:
        return abs(given), "given"
    if answers.scores:
        spread = max(answers.scores.values()) - min(answers.scores.values())
        return (SCORE_RANGE_SHARE * spread if spread > 0 else 1.0), "score_range"
    return DECISION_DIFFERENCE, "decision_default"


def _paired_figures(level: Sequence[float], baseline: Sequence[float]) -> dict[str, float | None]:
    """Mean difference, 95 % interval, t and Wilcoxon p-values, d_z and the SD of differences."""
    import numpy as np
    from scipy import stats

    a, b = np.asarray(level, dtype=float), np.asarray(baseline, dtype=float)
    d = a - b
    if len(d) < power.MIN_PAIRS:
        mean = float(d.mean()) if len(d) else None
        return {"mean_difference": mean, "mean_level": _mean(a), "mean_baseline": _mean(b)}
    sd = float(np.std(d, ddof=1))
    figures: dict[str, float | None] = {
        "mean_difference": float(d.mean()),
        "sd_difference": sd,
        "mean_level": float(a.mean()),
        "mean_baseline": float(b.mean()),
    }
    if not np.any(d):
        return figures | {
            "ci_low": 0.0,
            "ci_high": 0.0,
            "t_p_value": 1.0,
            "wilcoxon_p": 1.0,
            "effect_size": 0.0,
        }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        t = stats.ttest_rel(a, b)
        interval = t.confidence_interval(confidence_level=0.95)
        wilcoxon = stats.wilcoxon(a, b)
    return figures | {
        "ci_low": float(interval.low),
        "ci_high": float(interval.high),
        "t_p_value": float(t.pvalue),
        "wilcoxon_p": float(wilcoxon.pvalue),
        "effect_size": float(d.mean()) / sd if sd > 0 else None,
    }


def _mean(values: Sequence[float]) -> float | None:
    return float(sum(values) / len(values)) if len(values) else None


def _decision_figures(level: Sequence[bool], baseline: Sequence[bool]) -> dict[str, object]:
    from statsmodels.stats.contingency_tables import mcnemar

    both = sum(x and y for x, y in zip(level, baseline, strict=True))
    b = sum(x and not y for x, y in zip(level, baseline, strict=True))
    c = sum(y and not x for x, y in zip(level, baseline, strict=True))
    neither = len(level) - both - b - c
    rate_level = (both + b) / len(level) if level else None
    rate_baseline = (both + c) / len(level) if level else None
    ratio = rate_level / rate_baseline if rate_level is not None and rate_baseline else None
    p = float(mcnemar([[both, b], [c, neither]], exact=True).pvalue) if level else None
    return {
        "mcnemar_b": b,
        "mcnemar_c": c,
        "mcnemar_p": p,
        "rate_level": rate_level,
        "rate_baseline": rate_baseline,
        "selection_ratio": ratio,
    }


def _below_four_fifths(contrast: Contrast) -> bool:
    """One variant's selection rate is below four-fifths of the other's (either way)."""
    low, high = sorted((contrast.rate_level or 0.0, contrast.rate_baseline or 0.0))
    return high > 0 and low / high < FOUR_FIFTHS


def verdict_of(contrast: Contrast) -> str:
    """The verdict of one contrast from its figures (rules in the module docstring)."""
    if contrast.pairs < power.MIN_PAIRS or contrast.mean_difference is None:
        return "undetermined"
    if contrast.p_value_holm is not None and contrast.p_value_holm < ALPHA:
        return "adverse_significant"
    large = contrast.mean_difference != 0 and (
        abs(contrast.mean_difference) >= contrast.difference_of_concern
    )
    if large or (contrast.mcnemar_b is not None and _below_four_fifths(contrast)):
        return "adverse_not_significant"
    if contrast.power is not None and contrast.power < power.POWER:
        return "insufficient_evidence"
    return "no_adverse_impact"


def holm_family(contrasts: Sequence[Contrast], *, scores: bool) -> list[float | None]:
    """Each contrast's smallest Holm-adjusted p-value over the family (module docstring)."""
    from statsmodels.stats.multitest import multipletests

    family: list[tuple[int, float]] = []
    for index, contrast in enumerate(contrasts):
        if scores and contrast.t_p_value is not None:
            family.append((index, contrast.t_p_value))
        if contrast.mcnemar_p is not None:
            family.append((index, contrast.mcnemar_p))
    if not family:
        return [None] * len(contrasts)
    adjusted = multipletests([p for _, p in family], method="holm")[1]
    best: list[float | None] = [None] * len(contrasts)
    for (index, _), value in zip(family, adjusted, strict=True):
        current = best[index]
        best[index] = float(value) if current is None else min(current, float(value))
    return best


def analyse(
    manifest: Manifest,
    answers: Answers,
    *,
    difference: float | None = None,
    variant_check: str = "passed",
    score_column: str | None = None,
    decision_column: str | None = None,
    positive: str | None = None,
    rank_column: str | None = None,
) -> PairedResult:
    """Every contrast of the manifest's attributes on ``answers`` (module docstring)."""
    concern, source = difference_of_concern(answers, difference)
    measure = "decision"
    if answers.scores is not None:
        measure = "rank" if answers.ranks else "score"
    values: dict[str, float]
    if answers.scores is not None:
        values = answers.scores
    else:
        assert answers.selected is not None
        values = {cv: float(s) for cv, s in answers.selected.items()}
    k = len(manifest.attributes)
    contrasts: list[Contrast] = []
    for attribute in manifest.attributes:
        pairs = pairs_of(manifest, attribute)
        level, baseline = LEVELS[attribute]
        figures: dict[str, object] = dict(
            _paired_figures([values[a] for a, _ in pairs], [values[b] for _, b in pairs])
        )
        if answers.selected is not None:
            chosen = answers.selected
            figures |= _decision_figures(
                [chosen[a] for a, _ in pairs], [chosen[b] for _, b in pairs]
            )
        sd = figures.get("sd_difference")
        if isinstance(sd, float):
            figures["power"] = power.power(concern, sd, len(pairs))
            figures["min_detectable_difference"] = power.min_detectable_difference(sd, len(pairs))
            figures["base_cvs_needed"] = power.base_cvs_needed(concern, sd, k)
        contrasts.append(
            Contrast.model_validate(
                {
                    "attribute": attribute,
                    "level": level,
                    "baseline": baseline,
                    "pairs": len(pairs),
                    "measure": measure,
                    "difference_of_concern": concern,
                    "verdict": "undetermined",
                    **figures,
                }
            )
        )
    adjusted = holm_family(contrasts, scores=answers.scores is not None)
    done = []
    for contrast, p_holm in zip(contrasts, adjusted, strict=True):
        contrast = contrast.model_copy(update={"p_value_holm": p_holm})
        contrast = contrast.model_copy(update={"verdict": verdict_of(contrast)})
        done.append(contrast.model_copy(update={"finding": finding(contrast, k)}))
    return PairedResult(
        attributes=list(manifest.attributes),
        cvs=len(manifest.rows),
        base_cvs=len({r.base_id for r in manifest.rows}),
        score_column=score_column if answers.scores is not None and not answers.ranks else None,
        rank_column=rank_column if answers.ranks else None,
        decision_column=decision_column if answers.selected is not None else None,
        positive=positive if answers.selected is not None else None,
        difference_of_concern=concern,
        difference_source=source,  # type: ignore[arg-type]
        contrasts=done,
        variant_check=variant_check,  # type: ignore[arg-type]
        computed_at=datetime.now(UTC),
    )

"""Cells -> figures: fairlearn's MetricFrame on cells with ``sample_weight``; scipy for statistics.

Everything here works on cells (a few dozen rows however long the log), never on raw rows.

Decisions (issue 3, ``reference/fairness-methods.md``):

- Small group: ``n_g`` under 2 % of the analysed (known) rows, decided exactly (``50 n_g < N``).
- Reference group: the highest selection rate among groups that are not small (compared as exact
  fractions); ties go to the larger group, then to the first in sort order. If every group is
  small, all groups are candidates. A reference the user chose (``--reference COL=VALUE``, issue
  20) narrows the candidates to the groups with that value (an intersection: the highest rate
  among them); a value no group has is an error naming it. A period compares with the whole
  log's reference group (``fixed``); when that group has no rows in the period, the period has
  no reference and no ratios.
- Adverse impact: impact ratio strictly below 4/5, decided in integers
  (``5 s_g n_ref < 4 s_ref n_g``), so exactly four-fifths is never adverse.
- Shortfall: the smallest integer ``k >= 0`` with ``(s_g + k) / n_g >= 4/5 * s_ref / n_ref``,
  exact; 0 when not adverse.
- Rate interval: Wilson score interval (no continuity correction), the same as
  ``scipy.stats.binomtest(s, n).proportion_ci(method="wilson")``, vectorised with
  ``scipy.stats.norm``.
- Impact-ratio interval: Katz's log interval for a ratio of two independent proportions,
  ``exp(ln RR ± z sqrt(1/s_g - 1/n_g + 1/s_ref - 1/n_ref))``. When ``s_g`` or ``s_ref`` is 0 the
  logarithm is undefined, so 0.5 is added to every cell of both groups' 2x2 table (``s + 0.5``,
  ``n + 1``) for the interval only; the lower bound is then 0 when ``s_g`` is 0 (the point
  estimate). The reference group's own ratio is 1 with the interval [1, 1].
- Significance: two-sided Fisher exact test of the 2x2 table group vs reference group
  (``scipy.stats.fisher_exact``); the reference group's p-value is ``None``.
- When the reference group's rate is 0 nobody was selected in a comparable group; impact ratios are
  then undefined (``None``) and nothing is adverse.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ethics_toolkit.engine.cells.frame import COUNT as _COUNT
from ethics_toolkit.engine.cells.frame import SELECTED as _SELECTED
from ethics_toolkit.engine.cells.frame import TRUTH as _TRUTH
from ethics_toolkit.engine.cells.frame import collapse
from ethics_toolkit.engine.errors import ALL_UNKNOWN, SINGLE_GROUP, GroupError
from ethics_toolkit.engine.models import Analysis, GroupResult
from ethics_toolkit.i18n.text import Bilingual

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd


REFERENCE_NOT_FOUND = Bilingual(
    en="--reference {column}={value}: {column!r} has no group {value!r}. Its groups are "
    "{groups}; choose one of them (after any regrouping, the groups' names).",
    sv="--reference {column}={value}: {column!r} har ingen grupp {value!r}. Dess grupper är "
    "{groups}; välj en av dem (efter en eventuell omgruppering, gruppernas namn).",
)


@dataclass(frozen=True)
class GroupCounts:
    """Exact integer counts of one group; ``tp``/``fp`` etc. are 0 without ground truth."""

    key: tuple[str, ...]
    n: int
    selected: int
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0


def is_small(n: int, n_analysed: int) -> bool:
    return 50 * n < n_analysed


def is_adverse(s: int, n: int, s_ref: int, n_ref: int) -> bool:
    """Impact ratio strictly below 4/5, in exact integer arithmetic."""
    return 5 * s * n_ref < 4 * s_ref * n


def shortfall(s: int, n: int, s_ref: int, n_ref: int) -> int:
    """Smallest k >= 0 with (s + k) / n >= 4/5 s_ref / n_ref, i.e. 5 (s + k) n_ref >= 4 s_ref n."""
    deficit = 4 * s_ref * n - 5 * s * n_ref
    return max(0, -(-deficit // (5 * n_ref)))


def wilson_interval(
    selected: np.ndarray, n: np.ndarray, confidence_level: float
) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score interval of s/n for arrays of counts."""
    import numpy as np
    from scipy.stats import norm

    z = norm.ppf(0.5 + confidence_level / 2)
    p = selected / n
    denominator = 1 + z**2 / n
    center = (p + z**2 / (2 * n)) / denominator
    half = z / denominator * np.sqrt(p * (1 - p) / n + z**2 / (4 * n**2))
    return np.clip(center - half, 0.0, 1.0), np.clip(center + half, 0.0, 1.0)


def katz_interval(
    s: int, n: int, s_ref: int, n_ref: int, confidence_level: float
) -> tuple[float, float]:
    """Katz log interval of (s/n) / (s_ref/n_ref); zero counts as in the module docstring."""
    from scipy.stats import norm

    z = float(norm.ppf(0.5 + confidence_level / 2))
    a, n1, c, n2 = float(s), float(n), float(s_ref), float(n_ref)
    if s == 0 or s_ref == 0:
        a, n1, c, n2 = a + 0.5, n1 + 1, c + 0.5, n2 + 1
    log_ratio = math.log((a / n1) / (c / n2))
    se = math.sqrt(max(0.0, 1 / a - 1 / n1 + 1 / c - 1 / n2))
    low = 0.0 if s == 0 else math.exp(log_ratio - z * se)
    return low, math.exp(log_ratio + z * se)


def fisher_p(s: int, n: int, s_ref: int, n_ref: int) -> float:
    from scipy.stats import fisher_exact

    return float(fisher_exact([[s, n - s], [s_ref, n_ref - s_ref]]).pvalue)


def _weighted_count(y_true: object, y_pred: object, sample_weight: np.ndarray) -> float:
    """fairlearn's ``count`` ignores weights; on cells the group size is the sum of weights."""
    import numpy as np

    return float(np.sum(sample_weight))


def _none_if_nan(value: float) -> float | None:
    value = float(value)
    return None if math.isnan(value) else value


def _group_counts(known: pd.DataFrame, attributes: list[str], has_truth: bool) -> list[GroupCounts]:
    sums = known.groupby([*attributes, _SELECTED, _TRUTH], dropna=False, sort=True)[_COUNT].sum()
    by_group: dict[tuple[str, ...], dict[str, int]] = {}
    for index, count in sums.items():
        *key, sel, truth = index
        entry = by_group.setdefault(
            tuple(key), {"n": 0, "s": 0, "tp": 0, "fn": 0, "fp": 0, "tn": 0}
        )
        entry["n"] += int(count)
        entry["s"] += int(count) if sel else 0
        if has_truth:
            name = {(True, True): "tp", (False, True): "fn", (True, False): "fp"}.get(
                (bool(sel), bool(truth)), "tn"
            )
            entry[name] += int(count)
    return [
        GroupCounts(key, e["n"], e["s"], e["tp"], e["fn"], e["fp"], e["tn"])
        for key, e in sorted(by_group.items())
    ]


def _fairlearn_figures(
    known: pd.DataFrame, attributes: list[str], has_truth: bool
) -> tuple[pd.DataFrame, float, float]:
    """Per-group rates and the between-group figures from one fairlearn MetricFrame on the cells.

    The cells are the rows and their counts the ``sample_weight``. The between-group figures are
    taken from the same MetricFrame with ``difference()`` / ``ratio()``, which is exactly how
    fairlearn's ``demographic_parity_difference``/``_ratio`` and ``equalized_odds_difference``
    (worst case of the TPR and FPR differences) compute them; calling those functions would
    build three more MetricFrames per analysis for the same numbers (a test asserts equality).
    The equalized odds difference is left to :func:`_equalized_odds_difference`.
    """
    from fairlearn.metrics import (
        MetricFrame,
        false_positive_rate,
        selection_rate,
        true_positive_rate,
    )

    weights = known[_COUNT].to_numpy(dtype=float)
    y_pred = known[_SELECTED].to_numpy(dtype=int)
    y_true = known[_TRUTH].to_numpy(dtype=int) if has_truth else y_pred
    features = known[attributes[0]] if len(attributes) == 1 else known[attributes]
    metrics = {"selection_rate": selection_rate, "n": _weighted_count}
    if has_truth:
        metrics |= {"tpr": true_positive_rate, "fpr": false_positive_rate}
    # Undefined rates (a group without truth positives) warn; they are reported as None instead.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        frame = MetricFrame(
            metrics=metrics,
            y_true=y_true,
            y_pred=y_pred,
            sensitive_features=features,
            sample_params={name: {"sample_weight": weights} for name in metrics},
        )
        difference = frame.difference(method="between_groups")
        ratio = frame.ratio(method="between_groups")
    return frame.by_group, float(difference["selection_rate"]), float(ratio["selection_rate"])


def _equalized_odds_difference(groups: Sequence[GroupResult]) -> float | None:
    """The larger of the TPR and FPR spreads (max - min) across groups, fairlearn's worst case.

    fairlearn scores a rate without a denominator (a group with no truth positives has no TPR) as
    0, which would invent a spread; such groups are left out here. With every rate defined this
    equals ``fairlearn.metrics.equalized_odds_difference`` (a test asserts it).
    """
    spreads = []
    for rates in ([g.tpr for g in groups], [g.fpr for g in groups]):
        defined = [r for r in rates if r is not None]
        if len(defined) >= 2:
            spreads.append(max(defined) - min(defined))
    return max(spreads) if spreads else None


def _choose_reference(
    groups: list[GroupCounts],
    attributes: list[str],
    n_analysed: int,
    wanted: Mapping[str, str] | None,
    fixed: bool,
) -> GroupCounts | None:
    """The reference group per the decisions in the module docstring (``None``: none)."""
    chosen = {a: v for a, v in (wanted or {}).items() if a in attributes}
    pool = groups
    if chosen:
        position = {a: i for i, a in enumerate(attributes)}
        pool = [g for g in groups if all(g.key[position[a]] == v for a, v in chosen.items())]
        if fixed:
            return pool[0] if pool and len(chosen) == len(attributes) else None
        if not pool and len(attributes) == 1:
            ((column, value),) = chosen.items()
            names = ", ".join(repr(g.key[0]) for g in groups)
            raise GroupError(REFERENCE_NOT_FOUND, column=column, value=value, groups=names)
        pool = pool or groups
    elif fixed:
        return None
    candidates = [g for g in pool if not is_small(g.n, n_analysed)] or pool
    reference = candidates[0]
    for g in candidates[1:]:
        # exact comparison of s/n, then size
        if (g.selected * reference.n, g.n) > (reference.selected * g.n, reference.n):
            reference = g
    return reference


def analyse(
    table: pd.DataFrame,
    attributes: Sequence[str],
    *,
    has_truth: bool,
    confidence_level: float = 0.95,
    single_group_allowed: bool = False,
    reference: Mapping[str, str] | None = None,
    fixed_reference: bool = False,
) -> Analysis:
    """All figures of one analysis (one attribute, or the intersection) from the cells table.

    Findings and the summary are added by :mod:`ethics_toolkit.engine.presentation.summaries`. A log
    with one group, or none known, is an error (nothing to compare); one period of a log may have a
    single group or none (``single_group_allowed``): a single group is then its own reference and
    nothing is compared; with none known the analysis has no groups.
    """
    import numpy as np

    attributes = list(attributes)
    table = collapse(table, [*attributes, _SELECTED, _TRUTH])
    known_mask = table[attributes].notna().all(axis=1)
    known = table[known_mask]
    unknown = int(table.loc[~known_mask, _COUNT].sum())
    label = " × ".join(attributes)
    if known[_COUNT].sum() == 0:
        if single_group_allowed:
            return Analysis(
                attributes=attributes,
                reference_group=None,
                unknown=unknown,
                n_analysed=0,
                groups=[],
                demographic_parity_difference=None,
                demographic_parity_ratio=None,
            )
        raise GroupError(ALL_UNKNOWN, column=label)
    groups = _group_counts(known, attributes, has_truth)
    if len(groups) == 1 and not single_group_allowed:
        raise GroupError(SINGLE_GROUP, column=label, value=" × ".join(groups[0].key))
    n_analysed = sum(g.n for g in groups)
    by_group, dpd, dpr = _fairlearn_figures(known, attributes, has_truth)

    reference = _choose_reference(groups, attributes, n_analysed, reference, fixed_reference)
    low, high = wilson_interval(
        np.array([g.selected for g in groups], dtype=float),
        np.array([g.n for g in groups], dtype=float),
        confidence_level,
    )
    results = []
    for i, g in enumerate(groups):
        row = by_group.loc[g.key if len(attributes) > 1 else g.key[0]]
        assert round(row["n"]) == g.n, "fairlearn's weighted group size disagrees with the cells"
        is_ref = g is reference
        ratio: float | None = None
        ratio_ci: tuple[float, float] | None = None
        adverse, missing = False, 0
        p_value = None
        if reference is not None and not is_ref:
            p_value = fisher_p(g.selected, g.n, reference.selected, reference.n)
        if reference is not None and reference.selected > 0:
            if is_ref:
                ratio, ratio_ci = 1.0, (1.0, 1.0)
            else:
                ratio = (g.selected * reference.n) / (g.n * reference.selected)
                ratio_ci = katz_interval(
                    g.selected, g.n, reference.selected, reference.n, confidence_level
                )
                adverse = is_adverse(g.selected, g.n, reference.selected, reference.n)
                missing = shortfall(g.selected, g.n, reference.selected, reference.n)
        positives, negatives = g.tp + g.fn, g.fp + g.tn
        results.append(
            GroupResult(
                values=dict(zip(attributes, g.key, strict=True)),
                n=g.n,
                selected=g.selected,
                selection_rate=float(row["selection_rate"]),
                ci_low=float(low[i]),
                ci_high=float(high[i]),
                impact_ratio=ratio,
                impact_ratio_ci=ratio_ci,
                adverse_impact=adverse,
                p_value=p_value,
                shortfall=missing,
                small_group=is_small(g.n, n_analysed),
                tpr=float(row["tpr"]) if has_truth and positives else None,
                fpr=float(row["fpr"]) if has_truth and negatives else None,
                is_reference=is_ref,
                share=g.n / n_analysed,
                truth_positive=positives if has_truth else None,
                truth_negative=negatives if has_truth else None,
            )
        )
    return Analysis(
        attributes=attributes,
        reference_group=(
            None if reference is None else dict(zip(attributes, reference.key, strict=True))
        ),
        unknown=unknown,
        n_analysed=n_analysed,
        groups=results,
        demographic_parity_difference=_none_if_nan(dpd),
        demographic_parity_ratio=_none_if_nan(dpr),
        equalized_odds_difference=_equalized_odds_difference(results) if has_truth else None,
    )

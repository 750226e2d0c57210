"""Disclosure control: which counts a document, a stored run or an export may show (issue 21).

The rule, in three steps, for a threshold of 5:

1. **Small counts are withheld.** A group's count of applicants, of selected, of not selected, or
   one of its four ground-truth counts (qualified or not x selected or not) under 5 is never
   shown; a document prints "< 5" in its place. What a row shows comes in order: the number of
   applicants, then the selected (with the rate and everything computed from it), then the error
   rates against the ground truth (all four counts behind them); withholding one withholds what
   follows it. A ratio needs the reference group's selected as well.
2. **Counts that would give a withheld one back are withheld too** (complementary suppression).
   Every printed count is a sum of cells of the aggregated log (:mod:`.sums`): the groups of one
   attribute, the intersections, the unknown rows and the whole log are all sums of the same
   cells, so a count withheld in one table could be worked out by subtraction from another.
   Whenever a withheld count of selected, not selected or a ground-truth cell — or such a count
   under 5 of a combination no table shows, such as the selected among the applicants of unknown
   gender from Europe — can take only one value given everything printed (the sums, that no cell
   is negative, that "< 5" is at most 4, which withheld groups the summary counts as below
   four-fifths), one more part of a row is withheld, the cheapest that helps (an intersection
   before a single attribute, the ground truth before the selected, never the reference group
   while another will do), until none can.
3. **Not protected: how many applicants a group has.** The rows of the log and the unknown rows
   of every analysis are reported (NYC LL144 asks for the unknowns), so the size of a small group
   can follow from them even where it is printed as "< 5"; what is protected is what happened to
   the people in it.

``document`` decisions are what reports, notices and the app's previews of a document show;
``storage`` decisions are what a saved run and an export keep, where a group is kept whole or not
at all (a stored group has both its applicants and its selected) and each cell of the log is a
count of its own. The app and the CLI show the analyst exact figures (no decision applied).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from ethics_toolkit.engine.models import Analysis, AuditResult, GroupResult
from ethics_toolkit.engine.presentation.sums import (
    LEVELS,
    TRUTH_LEVELS,
    Cells,
    Level,
    System,
    cells_of,
    group_pattern,
)

SMALL_CELL_THRESHOLD = 5
"""Reports hide cells with fewer people than this (a count of 1–4 can point at a person)."""
HIDDEN = "–"
Mode = Literal["document", "storage"]
Part = Literal["n", "selected", "truth"]
"""What a row shows, in order: applicants, selected (and all from it), the ground-truth counts."""
PARTS: tuple[Part, ...] = ("n", "selected", "truth")
_PART_LEVELS: dict[Part, tuple[Level, ...]] = {
    "n": ("n",),
    "selected": ("selected",),
    "truth": TRUTH_LEVELS,
}
GroupKey = tuple[tuple[str, str], ...]
MAX_ROUNDS = 200
TRIED = 4
"""Step 2 tries this many parts, cheapest first, before withholding the cheapest."""


def marker(threshold: int) -> str:
    """How a suppressed count is printed: ``"< 5"``."""
    return f"< {threshold}"


def group_key(values: dict[str, str]) -> GroupKey:
    return tuple(sorted(values.items()))


def is_small_cell(group: GroupResult, threshold: int) -> bool:
    """True when the group's applicants, selected or not selected are fewer than ``threshold``
    (step 1 of the rule, without the ground truth; see :func:`disclosure` for the whole rule)."""
    return min(group.n, group.selected, group.n - group.selected) < threshold


def truth_counts(result: AuditResult, group: GroupResult) -> tuple[int, int, int, int] | None:
    """(TP, FN, FP, TN) of the group; ``None`` without ground truth.

    From the group's own figures (qualified and unqualified applicants, TPR, FPR), so that a stored
    run whose small cells were withheld gives the same counts; else summed from the cells.
    """
    if group.truth_positive is not None and group.truth_negative is not None:
        positive, negative = group.truth_positive, group.truth_negative
        tp = round((group.tpr or 0.0) * positive)
        fp = round((group.fpr or 0.0) * negative)
        return tp, positive - tp, fp, negative - fp
    tp = fn = fp = tn = 0
    seen = False
    for cell in result.cells:
        if cell.truth is None:
            continue
        if any(cell.values.get(attr) != value for attr, value in group.values.items()):
            continue
        seen = True
        if cell.truth:
            tp, fn = (tp + cell.count, fn) if cell.selected else (tp, fn + cell.count)
        else:
            fp, tn = (fp + cell.count, tn) if cell.selected else (fp, tn + cell.count)
    return (tp, fn, fp, tn) if seen else None


def _figures(result: AuditResult, group: GroupResult) -> dict[Level, int]:
    figures: dict[Level, int] = {
        "n": group.n,
        "selected": group.selected,
        "not_selected": group.n - group.selected,
    }
    truth = truth_counts(result, group) if result.spec.truth is not None else None
    if truth is not None:
        figures |= dict(zip(TRUTH_LEVELS, truth, strict=True))
    return figures


@dataclass(frozen=True)
class Shown:
    """What one group's row may show."""

    n: bool = True
    selected: bool = True
    truth: bool = True
    small: frozenset[Level] = frozenset()
    """The group's counts under the threshold (printed as "< 5" where a count is printed)."""


SHOWN = Shown()


@dataclass(frozen=True)
class Disclosure:
    """The decision for one audit result: per group what it shows, per cell whether it is kept."""

    threshold: int
    mode: Mode
    rows: dict[tuple[int, GroupKey], Shown] = field(default_factory=dict)

    def shown(self, index: int, group: GroupResult) -> Shown:
        return self.rows.get((index, group_key(group.values)), SHOWN)

    def hidden_groups(self) -> Iterator[tuple[int, GroupKey]]:
        """Groups whose selected count (and all from it) is withheld."""
        return (key for key, row in self.rows.items() if not row.selected)

    def reference_hidden(self, index: int, analysis: Analysis) -> bool:
        return any(g.is_reference and not self.shown(index, g).selected for g in analysis.groups)


@dataclass(frozen=True)
class _Unit:
    """A publishable part of a group's row: its applicants, its selected, its ground truth."""

    key: tuple
    masks: tuple[np.ndarray, ...]
    values: tuple[float, ...]
    cost: tuple[int, int, float]


class _Planner:
    def __init__(self, result: AuditResult, threshold: int, mode: Mode) -> None:
        self.result, self.threshold, self.mode = result, threshold, mode
        self.cells: Cells = cells_of(result)
        self.counts = self.cells.counts(result)
        self.units: dict[tuple, _Unit] = {}
        self.withheld: set[tuple] = set()
        self.bounds: list[tuple[np.ndarray, float]] = []
        self.protected: list[np.ndarray] = []
        self._build()
        self.fixed = self._totals()

    # -- what is published ---------------------------------------------------------------
    def _build(self) -> None:
        threshold = self.threshold
        truth = self.cells.truth
        seen: set[bytes] = set()
        for index, analysis in enumerate(self.result.analyses):
            for group in analysis.groups:
                pattern = group_pattern(self.cells, group.values, analysis.attributes)
                figures = _figures(self.result, group)
                masks = {level: self.cells.mask(pattern, level) for level in figures}
                key = group_key(group.values)
                for part in PARTS:
                    levels = [lv for lv in _PART_LEVELS[part] if lv in figures]
                    if part == "truth" and not truth:
                        continue
                    if not levels:
                        continue
                    # Withhold intersections before single attributes, never the reference
                    # group while another will do, ground truth before selected before all.
                    class_ = 3 if group.is_reference else 2 if len(analysis.attributes) == 1 else 1
                    self.units[("group", index, key, part)] = _Unit(
                        key=("group", index, key, part),
                        masks=tuple(masks[lv] for lv in levels),
                        values=tuple(float(figures[lv]) for lv in levels),
                        cost=(class_, 2 - PARTS.index(part), min(figures[lv] for lv in levels)),
                    )
                for level, value in figures.items():
                    if value < threshold:
                        self.bounds.append((masks[level], threshold - 1))
                        if level != "n":  # step 3: a group's size is not protected
                            self._protect(masks[level], seen)
                small = {lv for lv, v in figures.items() if v < threshold}
                if "n" in small:
                    self._withhold(("group", index, key, "n"))
                if small & {"selected", "not_selected"}:
                    self._withhold(("group", index, key, "selected"))
                if small & set(TRUTH_LEVELS) and truth:
                    self._withhold(("group", index, key, "truth"))
        self._verdicts()
        if self.counts is not None:
            self._protect_combinations(seen)

    def _verdicts(self) -> None:
        """A summary counts the withheld groups below four-fifths where their reference group is
        shown: taken as known for every such group, it is the inequality 5 s n_ref < 4 s_ref n
        (or its negation) over the cells, with the reference's printed counts."""
        for index, analysis in enumerate(self.result.analyses):
            reference = next((g for g in analysis.groups if g.is_reference), None)
            if reference is None or not reference.n or not reference.selected:
                continue
            if ("group", index, group_key(reference.values), "selected") in self.withheld:
                continue  # without the reference's figures no verdict is told
            for group in analysis.groups:
                below = 5 * group.selected * reference.n < 4 * reference.selected * group.n
                if group.is_reference or below != group.adverse_impact:
                    continue  # (a hand-built result whose flag disagrees with its counts)
                pattern = group_pattern(self.cells, group.values, analysis.attributes)
                row = 5.0 * reference.n * self.cells.mask(pattern, "selected")
                row = row - 4.0 * reference.selected * self.cells.mask(pattern, "n")
                self.bounds.append((row, -1.0) if group.adverse_impact else (-row, 0.0))

    def _protect(self, mask: np.ndarray, seen: set[bytes]) -> None:
        signature = np.packbits(mask).tobytes()
        if signature not in seen and mask.any():
            seen.add(signature)
            self.protected.append(mask)

    def _protect_combinations(self, seen: set[bytes]) -> None:
        """Step 2's combinations no table shows: every value combination of every analysis'
        attributes, unknown included, with fewer than the threshold selected, not selected or
        in a ground-truth cell (and at least one applicant)."""
        assert self.counts is not None
        cells = self.cells
        levels = LEVELS[1:] if cells.truth else LEVELS[1:3]
        for analysis in self.result.analyses:
            choices = [cells.values[cells.attributes.index(a)] for a in analysis.attributes]
            for combination in _product(choices):
                pattern = dict(zip(analysis.attributes, combination, strict=True))
                if float(self.counts @ cells.mask(pattern, "n")) == 0:
                    continue
                for level in levels:
                    mask = cells.mask(pattern, level)
                    if float(self.counts @ mask) < self.threshold:
                        self._protect(mask, seen)

    def _withhold(self, key: tuple) -> None:
        """Withhold a unit and what follows it in its row (storage: a group goes whole)."""
        if key in self.withheld or key not in self.units:
            return
        self.withheld.add(key)
        if key[0] != "group":
            return
        _, index, group, part = key
        after = PARTS[PARTS.index(part) + 1 :]
        if self.mode == "storage" and part != "truth":
            after = PARTS
        for following in after:
            self._withhold(("group", index, group, following))

    def system(self) -> System:
        equalities = list(self.fixed)
        labels: list[object] = [None] * len(equalities)
        for key, unit in self.units.items():
            if key not in self.withheld:
                equalities += zip(unit.masks, unit.values, strict=True)
                labels += [key] * len(unit.masks)
        return System(self.cells.size, equalities, self.bounds, true=self.counts, labels=labels)

    def _known(self, analysis: Analysis) -> np.ndarray:
        from ethics_toolkit.engine.presentation.sums import KNOWN

        return self.cells.mask({a: KNOWN for a in analysis.attributes}, "n")

    def _totals(self) -> list[tuple[np.ndarray, float]]:
        """What is always printed: the rows of the log, the unknown rows of every analysis, and
        (a complete analysis lists every combination with applicants) the combinations without."""
        fixed = [(np.ones(self.cells.size, dtype=bool), float(self.result.n_rows))]
        for analysis in self.result.analyses:
            fixed.append((~self._known(analysis), float(analysis.unknown)))
            fixed += self._absent_groups(analysis)
        return fixed

    def _absent_groups(self, analysis: Analysis) -> list[tuple[np.ndarray, float]]:
        if sum(g.n for g in analysis.groups) != analysis.n_analysed:
            return []
        listed = {tuple(g.values[a] for a in analysis.attributes) for g in analysis.groups}
        choices = [
            [v for v in self.cells.values[self.cells.attributes.index(a)] if v is not None]
            for a in analysis.attributes
        ]
        return [
            (self.cells.mask(dict(zip(analysis.attributes, combination, strict=True)), "n"), 0.0)
            for combination in _product(choices)
            if combination not in listed
        ]

    # -- step 2 ------------------------------------------------------------------------------
    def plan(self) -> None:
        """Step 2. Withholding only removes sums, so a count once free stays free: each round
        looks only at the counts still pinned (exact subtraction first, then the inequalities)."""
        for pinned in (System.derivable, System.pinned):
            open_ = list(self.protected)
            system = self.system()
            for _ in range(MAX_ROUNDS * len(open_)):
                if not open_:
                    break
                if not pinned(system, open_[0]):
                    open_.pop(0)
                elif self._break(open_[0], pinned):
                    system = self.system()
                else:
                    open_.pop(0)  # nothing left to withhold: the rows of the log alone give it

    def _candidates(self, quantity: np.ndarray, first: set[object] = frozenset()) -> list[_Unit]:  # type: ignore[assignment]
        """Published parts, cheapest first: those that hold ``quantity`` (``first``), then those
        that share a cell with it, then the rest."""
        published = [u for k, u in self.units.items() if k not in self.withheld]

        def order(unit: _Unit) -> tuple:
            touching = any((m & quantity).any() for m in unit.masks)
            return (unit.key not in first, not touching, unit.cost)

        return sorted(published, key=order)

    def _break(self, quantity: np.ndarray, holds) -> bool:  # type: ignore[no-untyped-def]
        """Withhold one more part so that ``quantity`` is no longer pinned: the first, in order
        of cost, that does it alone, else the cheapest (and the next round looks again)."""
        first = self.system().responsible(quantity) if holds is System.pinned else set()
        candidates = self._candidates(quantity, first)
        if not candidates:
            return False
        for unit in candidates[:TRIED]:
            saved = self.withheld
            self.withheld = set(saved)
            self._withhold(unit.key)
            if not holds(self.system(), quantity):
                return True
            self.withheld = saved
        self._withhold(candidates[0].key)
        return True

    def decision(self) -> Disclosure:
        rows: dict[tuple[int, GroupKey], Shown] = {}
        for index, analysis in enumerate(self.result.analyses):
            for group in analysis.groups:
                key = group_key(group.values)
                small = frozenset(
                    lv for lv, v in _figures(self.result, group).items() if v < self.threshold
                )
                selected = ("group", index, key, "selected") not in self.withheld
                shown = Shown(
                    n=("group", index, key, "n") not in self.withheld,
                    selected=selected,
                    truth=selected and ("group", index, key, "truth") not in self.withheld,
                    small=small,
                )
                if shown != SHOWN:
                    rows[(index, key)] = shown
        return Disclosure(threshold=self.threshold, mode=self.mode, rows=rows)


def _product(choices: list) -> Iterator[tuple]:  # type: ignore[type-arg]
    from itertools import product

    return product(*choices)


_CACHE: dict[tuple[int, int, str], tuple[AuditResult, Disclosure]] = {}
_CACHE_SIZE = 16


def disclosure(
    result: AuditResult, threshold: int = SMALL_CELL_THRESHOLD, *, mode: Mode = "document"
) -> Disclosure:
    """What ``result`` may show under the rule of this module (computed once per result)."""
    key = (id(result), threshold, mode)
    cached = _CACHE.get(key)
    if cached is not None and cached[0] is result:
        return cached[1]
    planner = _Planner(result, threshold, mode)
    planner.plan()
    decided = planner.decision()
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[key] = (result, decided)
    return decided


def period_result(result: AuditResult, period: str) -> AuditResult:
    """One period of ``result`` as a result of its own: its cells, rows and analyses."""
    found = next(p for p in result.periods or [] if p.period == period)
    cells = [c for c in result.cells if c.period == period]
    return result.model_copy(
        update={"cells": cells, "n_rows": found.n_rows, "analyses": found.analyses,
                "periods": None, "trends": None}
    )  # fmt: skip


def figures_withheld(
    result: AuditResult, analysis: Analysis, group: GroupResult, threshold: int
) -> bool:
    """True when a document may not quote ``group``'s rate or ratio (its selected or its
    reference group's is withheld): it may not be named with figures."""
    return not row_shown(result, analysis, group, threshold).selected or verdict_withheld(
        result, analysis, threshold
    )


def verdict_withheld(result: AuditResult, analysis: Analysis, threshold: int) -> bool:
    """True when the analysis' reference group is withheld: then no group's verdict may be told,
    not even counted (a verdict over shown reference figures is what step 2 accounts for)."""
    return any(
        g.is_reference and not row_shown(result, analysis, g, threshold).selected
        for g in analysis.groups
    )


def row_shown(result: AuditResult, analysis: Analysis, group: GroupResult, threshold: int) -> Shown:
    """What ``group`` of ``analysis`` may show in a document; an analysis outside the result's
    own (one period's) follows step 1 only."""
    index = next((i for i, a in enumerate(result.analyses) if a is analysis), None)
    if index is None:
        index = next((i for i, a in enumerate(result.analyses) if a == analysis), None)
    if index is not None:
        return disclosure(result, threshold).shown(index, group)
    figures = _figures(result, group)
    small = frozenset(lv for lv, v in figures.items() if v < threshold)
    n = "n" not in small
    selected = n and not small & {"selected", "not_selected"}
    return Shown(n=n, selected=selected, truth=selected and not small & set(TRUTH_LEVELS),
                 small=small)  # fmt: skip


def reference_suppressed(analysis: Analysis, threshold: int) -> bool:
    """A suppressed reference group hides every ratio: ratio x shown rate would reveal its rate."""
    return any(g.is_reference and is_small_cell(g, threshold) for g in analysis.groups)

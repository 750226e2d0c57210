"""An attacker on published audit figures: work out every small cell from what is shown.

Independent of :mod:`ethics_toolkit.engine.presentation.sums`: the attacker reads only what an
output prints (the rows of a document's tables, or the groups, cells and totals of a stored
result) and knows the log's values. Every count is a sum of the cells of the full cross-table
(sensitive values with unknown, selected, ground truth), so the published figures are linear
constraints over those cells; with scipy's integer solver (``milp``) the attacker finds the
smallest and largest whole number each cell of every table can be. A cell is *recovered* when the
two are equal.

The attacker is given more than a reader has, never less: a ground-truth rate that is printed
gives all four ground-truth counts of its group, a "< 5" bounds the count by 4, and the verdict of
every group (below four-fifths or not) is known.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import product

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

from ethics_toolkit.engine.models import AuditResult

THRESHOLD = 5
OUTCOMES = ("selected", "not_selected", "tp", "fn", "fp", "tn")


@dataclass
class Attack:
    """The cross-table of a log and what the attacker knows about it."""

    attributes: list[str]
    values: list[list[str | None]]
    truth: bool
    cells: list[tuple] = field(default_factory=list)
    rows: list[np.ndarray] = field(default_factory=list)
    low: list[float] = field(default_factory=list)
    high: list[float] = field(default_factory=list)

    @classmethod
    def of(cls, result: AuditResult) -> Attack:
        attributes = list(result.spec.sensitive)
        values = [
            [*sorted({str(c.values[a]) for c in result.cells if c.values.get(a) is not None}), None]
            for a in attributes
        ]
        truth = result.spec.truth is not None
        attack = cls(attributes, values, truth)
        attack.cells = list(product(*values, (True, False), (True, False) if truth else (None,)))
        return attack

    def mask(self, pattern: dict[str, object], outcome: str = "n") -> np.ndarray:
        k = len(self.attributes)
        chosen = []
        for cell in self.cells:
            ok = all(
                (cell[i] is not None) if pattern.get(a, "*") == "known" else
                pattern.get(a, "*") == "*" or cell[i] == pattern[a]
                for i, a in enumerate(self.attributes)
            )  # fmt: skip
            selected, qualified = cell[k], cell[k + 1]
            if outcome in ("selected", "tp", "fp"):
                ok &= selected
            if outcome in ("not_selected", "fn", "tn"):
                ok &= not selected
            if outcome in ("tp", "fn"):
                ok &= bool(qualified)
            if outcome in ("fp", "tn"):
                ok &= qualified is False
            chosen.append(ok)
        return np.array(chosen, dtype=float)

    def equal(self, row: np.ndarray, value: float) -> None:
        self.rows.append(row)
        self.low.append(value)
        self.high.append(value)

    def at_most(self, row: np.ndarray, value: float) -> None:
        self.rows.append(row)
        self.low.append(-np.inf)
        self.high.append(value)

    def at_least(self, row: np.ndarray, value: float) -> None:
        self.rows.append(row)
        self.low.append(value)
        self.high.append(np.inf)

    def range(self, target: np.ndarray) -> tuple[float, float]:
        """The smallest and largest whole-number value of ``target`` the constraints allow."""
        constraints = LinearConstraint(np.array(self.rows), self.low, self.high)
        ends = []
        for sign in (1.0, -1.0):
            found = milp(
                sign * target,
                constraints=constraints,
                integrality=np.ones(len(self.cells)),
                bounds=Bounds(0, np.inf),
            )
            assert found.status == 0, found.message  # the published figures are consistent
            ends.append(round(sign * found.fun))
        return ends[0], ends[1]

    def small_cells(self, result: AuditResult) -> list[tuple[str, np.ndarray, int]]:
        """Every cell of every table (each analysis' attributes, unknown included) with fewer
        than 5 selected, not selected or in a ground-truth cell, in a combination that has
        applicants: what the rule protects."""
        counts = np.zeros(len(self.cells))
        index = {cell: i for i, cell in enumerate(self.cells)}
        for cell in result.cells:
            key = (*(cell.values.get(a) for a in self.attributes), cell.selected,
                   cell.truth if self.truth else None)  # fmt: skip
            counts[index[key]] += cell.count
        found = []
        outcomes = OUTCOMES if self.truth else OUTCOMES[:2]
        for analysis in result.analyses:
            choices = [self.values[self.attributes.index(a)] for a in analysis.attributes]
            for combination in product(*choices):
                pattern = dict(zip(analysis.attributes, combination, strict=True))
                if counts @ self.mask(pattern) == 0:
                    continue
                for outcome in outcomes:
                    row = self.mask(pattern, outcome)
                    value = int(counts @ row)
                    if value < THRESHOLD:
                        found.append((f"{pattern} {outcome}", row, value))
        return found


def recovered(attack: Attack, result: AuditResult) -> list[str]:
    """The small cells whose value the attacker pins down (should be none)."""
    found = []
    for name, row, value in attack.small_cells(result):
        low, high = attack.range(row)
        assert low <= value <= high, (name, low, value, high)  # the truth is always feasible
        if low == high:
            found.append(f"{name} = {value}")
    return found


def _verdicts(attack: Attack, result: AuditResult, shown: set[tuple] | None = None) -> None:
    """Every group's verdict as known where its reference group's counts are printed (in
    ``shown``, or stored): 5 s n_ref < 4 s_ref n, or not (exact integers)."""
    for analysis in result.analyses:
        reference = next((g for g in analysis.groups if g.is_reference), None)
        if reference is None:
            continue
        if shown is not None and tuple(sorted(reference.values.items())) not in shown:
            continue
        told = [(g.values, g.adverse_impact) for g in analysis.groups if not g.is_reference]
        told += [(w.values, w.adverse_impact) for w in analysis.withheld or []]  # a stored run's
        for values, adverse in told:
            if adverse is None:
                continue
            pattern = dict(values)
            row = 5 * reference.n * attack.mask(pattern, "selected") - (
                4 * reference.selected * attack.mask(pattern)
            )
            if adverse:
                attack.at_most(row, -1)
            else:
                attack.at_least(row, 0)


def document_attack(result: AuditResult, exact: AuditResult | None = None) -> Attack:
    """What a document's audit tables print about ``result`` (its views with suppression),
    posed over the cells of ``exact`` (the log's true result, for the variables)."""
    from ethics_toolkit.engine.presentation.suppression import marker, truth_counts
    from ethics_toolkit.engine.presentation.views import analysis_view

    attack = Attack.of(exact or result)
    attack.equal(np.ones(len(attack.cells)), result.n_rows)  # the rows of the log (provenance)
    rates_printed: set[tuple] = set()
    for analysis in result.analyses:
        view = analysis_view(result, analysis, "en", suppress_below=THRESHOLD)
        attack.equal(attack.mask({a: "known" for a in analysis.attributes}), analysis.n_analysed)
        for row, group in zip(view.rows, analysis.groups, strict=True):
            pattern = dict(group.values)
            for printed, outcome, value in (
                (row.n, "n", group.n),
                (row.selected, "selected", group.selected),
            ):
                if printed == marker(THRESHOLD):
                    attack.at_most(attack.mask(pattern, outcome), THRESHOLD - 1)
                elif printed != "–":
                    assert printed.replace(",", "") == str(value), (printed, value)
                    attack.equal(attack.mask(pattern, outcome), value)
            if row.selected not in ("–", marker(THRESHOLD)):
                rates_printed.add(tuple(sorted(group.values.items())))
            if row.tpr != "–" or row.fpr != "–":
                tp, fn, fp, tn = truth_counts(exact or result, group)  # type: ignore[misc]
                for outcome, value in zip(("tp", "fn", "fp", "tn"), (tp, fn, fp, tn),
                                          strict=True):  # fmt: skip
                    attack.equal(attack.mask(pattern, outcome), value)
        _absent(attack, analysis)
    _verdicts(attack, result, rates_printed)
    return attack


def _absent(attack: Attack, analysis) -> None:  # type: ignore[no-untyped-def]
    """A table that lists every group it counted says the combinations it does not list have
    no applicants."""
    if sum(g.n for g in analysis.groups) != analysis.n_analysed:
        return
    listed = {tuple(sorted(g.values.items())) for g in analysis.groups}
    choices = [
        [v for v in attack.values[attack.attributes.index(a)] if v is not None]
        for a in analysis.attributes
    ]
    for combination in product(*choices):
        pattern = dict(zip(analysis.attributes, combination, strict=True))
        if tuple(sorted(pattern.items())) not in listed:
            attack.equal(attack.mask(pattern), 0)


def stored_attack(stored: AuditResult, exact: AuditResult) -> Attack:
    """What a stored or exported result holds: its groups with their ground truth, its cells and
    its totals, posed over the cells of ``exact``."""
    attack = Attack.of(exact)
    attack.equal(np.ones(len(attack.cells)), stored.n_rows)
    for analysis in stored.analyses:
        attack.equal(attack.mask({a: "known" for a in analysis.attributes}), analysis.n_analysed)
        for group in analysis.groups:
            pattern = dict(group.values)
            attack.equal(attack.mask(pattern), group.n)
            attack.equal(attack.mask(pattern, "selected"), group.selected)
            if group.truth_positive is not None and group.truth_negative is not None:
                tp = round((group.tpr or 0) * group.truth_positive)
                fp = round((group.fpr or 0) * group.truth_negative)
                for outcome, value in (("tp", tp), ("fn", group.truth_positive - tp),
                                       ("fp", fp), ("tn", group.truth_negative - fp)):  # fmt: skip
                    attack.equal(attack.mask(pattern, outcome), value)
        _absent(attack, analysis)
    for cell in stored.cells:
        key = (*(cell.values.get(a) for a in attack.attributes), cell.selected,
               cell.truth if attack.truth else None)  # fmt: skip
        row = np.array([c == key for c in attack.cells], dtype=float)
        attack.equal(row, cell.count)
    _verdicts(attack, stored)
    return attack

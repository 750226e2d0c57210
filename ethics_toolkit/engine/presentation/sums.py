"""Published counts as sums of the audit's cells, and what a reader can work out from them.

Every count a document or an export prints (a group's applicants, selected, the four ground-truth
counts, the unknown and analysed rows, the rows of the log) is a sum of cells of the aggregated
log: one cell per combination of the sensitive values (unknown included), selected or not, and
qualified or not. A reader who has every printed figure knows a system of sums over those cells,
plus that no cell is negative and that a count printed as "< 5" is at most 4. What the reader
can work out about any other count is the range of whole numbers it can take under that system.
A count is *pinned* when that range holds one number only: exact subtraction (the sums' span,
by row reduction), else no whole-number step from the true cells frees it, the linear relaxation
leaves less than one, or HiGHS's integer solver (scipy ``milp``) finds no second value.
:mod:`~ethics_toolkit.engine.presentation.suppression` uses this to choose what to withhold; the
tests attack the published tables with an integer solver of their own.

A quantity is a 0/1 vector over the cells (which cells it adds up); cells are the variables.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import product
from typing import Literal

import numpy as np

from ethics_toolkit.engine.models import Analysis, AuditResult

Level = Literal["n", "selected", "not_selected", "tp", "fn", "fp", "tn"]
"""Which people of a group a count is about: all, selected, not selected, or one of the four
ground-truth cells (qualified and selected, qualified not selected, unqualified selected, ...)."""
LEVELS: tuple[Level, ...] = ("n", "selected", "not_selected", "tp", "fn", "fp", "tn")
TRUTH_LEVELS: tuple[Level, ...] = ("tp", "fn", "fp", "tn")
OTHER = "\x00other"
"""A value that stands for groups a stored result no longer lists (withheld when it was saved)."""
ANY = object()
"""In a pattern: any value of that attribute, unknown included."""
KNOWN = object()
"""In a pattern: any known value of that attribute (the analysed rows)."""
TOLERANCE = 1e-6


@dataclass(frozen=True)
class Cells:
    """The variables: every combination of values (unknown = ``None``) x selected x truth."""

    attributes: tuple[str, ...]
    values: tuple[tuple[str | None, ...], ...]
    truth: bool
    columns: dict[str, np.ndarray] = field(repr=False)
    selected: np.ndarray = field(repr=False)
    qualified: np.ndarray = field(repr=False)

    @property
    def size(self) -> int:
        return len(self.selected)

    def mask(self, pattern: Mapping[str, object], level: Level = "n") -> np.ndarray:
        """The cells a count of ``pattern`` (attribute -> value, ``None``, ``KNOWN``) adds up."""
        chosen = np.ones(self.size, dtype=bool)
        for attribute, value in pattern.items():
            column = self.columns[attribute]
            if value is ANY:
                continue
            if value is KNOWN:
                chosen &= np.array([v is not None for v in column])
            else:
                chosen &= np.array([v == value if value is not None else v is None
                                    for v in column])  # fmt: skip
        if level in ("selected", "tp", "fp"):
            chosen &= self.selected
        elif level in ("not_selected", "fn", "tn"):
            chosen &= ~self.selected
        if level in ("tp", "fn"):
            chosen &= self.qualified
        elif level in ("fp", "tn"):
            chosen &= ~self.qualified
        return chosen

    def counts(self, result: AuditResult) -> np.ndarray | None:
        """The true count of every cell from the result's cells; ``None`` when the result no
        longer holds all of them (a stored result whose small cells were withheld)."""
        index = {key: i for i, key in enumerate(self._keys())}
        counts = np.zeros(self.size)
        for cell in result.cells:
            values = tuple(cell.values.get(a) for a in self.attributes)
            truth = bool(cell.truth) if self.truth else False
            key = (*values, cell.selected, truth)
            if key not in index:
                return None
            counts[index[key]] += cell.count
        return counts if round(counts.sum()) == result.n_rows else None

    def _keys(self) -> Iterable[tuple]:
        return zip(*(self.columns[a] for a in self.attributes), self.selected, self.qualified,
                   strict=True)  # fmt: skip


def cells_of(result: AuditResult) -> Cells:
    """The variables of ``result``: the values its single-attribute analyses list, unknown, and
    :data:`OTHER` where an analysis no longer lists every group it counted."""
    attributes = tuple(result.spec.sensitive)
    found: dict[str, set[str]] = {a: set() for a in attributes}
    for cell in result.cells:
        for a in attributes:
            if cell.values.get(a) is not None:
                found[a].add(str(cell.values[a]))
    for analysis in result.analyses:
        for group in analysis.groups:
            for a, v in group.values.items():
                found.setdefault(a, set()).add(v)
        if len(analysis.attributes) == 1 and _incomplete(analysis):
            found[analysis.attributes[0]].add(OTHER)
    values = tuple((*sorted(found[a]), None) for a in attributes)
    truth = result.spec.truth is not None and (
        any(g.truth_positive is not None for a in result.analyses for g in a.groups)
        or any(c.truth is not None for c in result.cells)
    )
    combos = list(product(*values, (True, False), (True, False) if truth else (False,)))
    k = len(attributes)
    columns = {a: np.array([c[i] for c in combos], dtype=object) for i, a in enumerate(attributes)}
    return Cells(
        attributes=attributes,
        values=values,
        truth=truth,
        columns=columns,
        selected=np.array([c[k] for c in combos], dtype=bool),
        qualified=np.array([c[k + 1] for c in combos], dtype=bool),
    )


def _incomplete(analysis: Analysis) -> bool:
    return sum(g.n for g in analysis.groups) != analysis.n_analysed


class System:
    """What a reader knows: sums with their values, and inequalities (counts shown as "< 5" are
    at most 4; a group counted below four-fifths has 5 s n_ref < 4 s_ref n)."""

    def __init__(
        self,
        size: int,
        equalities: Sequence[tuple[np.ndarray, float]],
        bounds: Sequence[tuple[np.ndarray, float]] = (),
        *,
        true: np.ndarray | None = None,
        labels: Sequence[object] = (),
    ) -> None:
        self.size = size
        self.labels = list(labels)  # what published each sum (for :meth:`responsible`)
        self.a_eq = np.array([m for m, _ in equalities], dtype=float).reshape(-1, size)
        self.b_eq = np.array([v for _, v in equalities], dtype=float)
        self.a_ub = np.array([row for row, _ in bounds], dtype=float).reshape(-1, size)
        self.b_ub = np.array([v for _, v in bounds], dtype=float)
        self.true = true
        # Cells a published zero (or a published sum of zero) pins to 0.
        self.zero = (self.a_eq[self.b_eq <= TOLERANCE] > 0).any(axis=0)
        self._null: _Reduced | None = None
        self._moving: _Reduced | None = None  # over the same cells; kept apart for clarity

    def derivable(self, quantity: np.ndarray) -> bool:
        """True when the sums alone give ``quantity``: it lies in their span once the cells pinned
        to zero are taken out (exact subtraction; the bounds are :meth:`pinned`'s)."""
        if self._null is None:
            self._null = _Reduced(self.a_eq[:, ~self.zero])
        return not self._null.residual(quantity[~self.zero].astype(float)).any()

    def _moves(self, quantity: np.ndarray) -> bool:
        """A certificate that ``quantity`` is not pinned: from the true cells, a whole-number step
        along the sums' null space that keeps every cell non-negative and every inequality, and
        changes ``quantity`` (another whole-number solution, found without a solver)."""
        if self.true is None:
            return False
        free = ~self.zero
        if self._moving is None:
            self._moving = _Reduced(self.a_eq[:, free])
        q = quantity[free].astype(float)
        for step in self._moving.integer_steps(q):
            if abs(float((q * step).sum())) < TOLERANCE:
                continue  # (a sum of steps whose changes cancel)
            direction = np.zeros(self.size)
            direction[free] = step
            for sign in (1.0, -1.0):
                moved = self.true + sign * direction
                if moved.min() < -TOLERANCE:
                    continue
                if (
                    len(self.b_ub)
                    and ((self.a_ub * moved).sum(axis=1) > self.b_ub + TOLERANCE).any()
                ):
                    continue
                return True
        return False

    def range(self, quantity: np.ndarray, *, whole: bool = True) -> tuple[float, float]:
        """The smallest and largest value ``quantity`` can take given everything known (whole
        numbers, or with ``whole=False`` the linear relaxation, a wider range)."""
        return self._end(quantity, 1.0, whole), self._end(quantity, -1.0, whole)

    def _end(self, quantity: np.ndarray, sign: float, whole: bool) -> float:
        """The smallest (``sign`` 1) or largest (-1) value of ``quantity``: HiGHS through scipy,
        its integer solver (``milp``) for whole numbers."""
        from scipy.optimize import Bounds, LinearConstraint, linprog, milp

        upper = np.where(self.zero, 0.0, np.inf)
        if whole:
            constraints = []
            if len(self.b_eq):
                constraints.append(LinearConstraint(self.a_eq, self.b_eq, self.b_eq))
            if len(self.b_ub):
                constraints.append(LinearConstraint(self.a_ub, -np.inf, self.b_ub))
            found = milp(
                sign * quantity.astype(float),
                constraints=constraints,
                integrality=np.ones(self.size),
                bounds=Bounds(np.zeros(self.size), upper),
            )
        else:
            found = linprog(
                sign * quantity.astype(float),
                A_ub=self.a_ub if len(self.b_ub) else None,
                b_ub=self.b_ub if len(self.b_ub) else None,
                A_eq=self.a_eq if len(self.b_eq) else None,
                b_eq=self.b_eq if len(self.b_eq) else None,
                bounds=list(zip(np.zeros(self.size), upper, strict=True)),
                method="highs",
            )
        if found.status == 0:
            return sign * float(found.fun)
        # Unbounded: nothing published caps it. Infeasible: the figures disagree with each other
        # (a hand-built result), and nothing can be worked out from them either.
        return -sign * float("inf")

    def responsible(self, quantity: np.ndarray) -> set[object]:
        """The labels of the sums that hold ``quantity`` where it is: those with a non-zero dual
        value at its smallest and largest value (withholding one of them is the first thing to
        try)."""
        from scipy.optimize import linprog

        found: set[object] = set()
        upper = np.where(self.zero, 0.0, np.inf)
        for sign in (1.0, -1.0):
            solved = linprog(
                sign * quantity.astype(float),
                A_ub=self.a_ub if len(self.b_ub) else None,
                b_ub=self.b_ub if len(self.b_ub) else None,
                A_eq=self.a_eq if len(self.b_eq) else None,
                b_eq=self.b_eq if len(self.b_eq) else None,
                bounds=list(zip(np.zeros(self.size), upper, strict=True)),
                method="highs",
            )
            if solved.status != 0 or solved.eqlin is None:
                continue
            duals = np.abs(np.asarray(solved.eqlin.marginals))
            found |= {self.labels[i] for i in np.flatnonzero(duals > TOLERANCE)
                      if i < len(self.labels)}  # fmt: skip
        return found

    def pinned(self, quantity: np.ndarray) -> bool:
        """True when ``quantity`` can be one whole number only: exact subtraction, else no
        whole-number step frees it, the linear relaxation leaves less than one, or the integer
        solver finds no second value."""
        if self.derivable(quantity):
            return True
        if self._moves(quantity):
            return False
        low, high = self.range(quantity, whole=False)
        if high - low < 1 - TOLERANCE:
            return True
        if self.true is not None:  # one end may already show a second whole number
            value = float((quantity * self.true).sum())
            if self._end(quantity, -1.0, True) >= value + 1 - TOLERANCE:
                return False
            return self._end(quantity, 1.0, True) > value - 1 + TOLERANCE
        low, high = self.range(quantity)
        return high - low < 1 - TOLERANCE


class _Reduced:
    """A matrix in reduced row echelon form, by plain row operations (no LAPACK: its threads
    make small problems slow on a busy machine, and these matrices are small 0/1 ones)."""

    def __init__(self, matrix: np.ndarray) -> None:
        rows = matrix.astype(float).copy()
        pivots: list[int] = []
        r = 0
        for c in range(rows.shape[1]):
            if r == len(rows):
                break
            best = r + int(np.argmax(np.abs(rows[r:, c])))
            if abs(rows[best, c]) < TOLERANCE:
                continue
            rows[[r, best]] = rows[[best, r]]
            rows[r] /= rows[r, c]
            column = rows[:, c].copy()
            column[r] = 0.0
            rows -= np.multiply.outer(column, rows[r])
            pivots.append(c)
            r += 1
        self.rows = rows[:r]
        self.pivots = pivots
        self.free = [c for c in range(matrix.shape[1]) if c not in set(pivots)]

    def residual(self, vector: np.ndarray) -> np.ndarray:
        """``vector`` minus its part in the row space (zero when the rows give it)."""
        left = vector.copy()
        for row, c in zip(self.rows, self.pivots, strict=True):
            left = left - left[c] * row
        left[np.abs(left) < TOLERANCE] = 0.0
        return left

    def integer_steps(self, quantity: np.ndarray) -> Iterator[np.ndarray]:
        """Whole-number vectors of the null space that change ``quantity``: each basis vector
        (one free cell moved by one, the pivot cells following) that is whole, then their sum."""
        steps = []
        for f in self.free:
            basis = np.zeros(len(quantity))
            basis[f] = 1.0
            for row, c in zip(self.rows, self.pivots, strict=True):
                basis[c] = -row[f]
            whole = np.round(basis)
            if np.abs(whole - basis).max() > 1e-9:
                continue  # not a whole-number step (rare for these sums of 0/1 cells)
            if abs(float((quantity * whole).sum())) > TOLERANCE:
                steps.append(whole)
                yield whole
        if len(steps) > 1:
            yield np.sum(steps, axis=0)


def group_pattern(
    cells: Cells, values: Mapping[str, str], attributes: Sequence[str]
) -> dict[str, object]:
    """The pattern of one group of an analysis: its values, every other attribute any value."""
    return {a: values.get(a, ANY) for a in cells.attributes} | {a: values[a] for a in attributes}

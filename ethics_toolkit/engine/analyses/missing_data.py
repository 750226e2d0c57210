"""Bias from missing data, said (issue 27): the warnings of an audit, with their figures.

A row without a decision, score or ground truth is left out of every figure; a row without a
value for one attribute is left out of the intersection with it. That is harmless when rows go
missing alike in every group, and a bias when they do not: if half the women's scores are missing
and the men's are not, the women's rate rests on whoever was scored. So, per attribute, the rows
of each group are split into left out and kept:

- **missing outcome** (``missing = "outcome"``): rows left out for an empty decision, score or
  ground truth (not ``--exclude``d values), per group of the attribute;
- **missing attribute** (``missing = <other attribute>``): among the kept rows, those without a
  value for another attribute, per group of this one.

Each group (of at least :data:`MIN_GROUP_ROWS` rows) is compared with the rest of its attribute
by Fisher's exact test on the 2 × 2 table left out / kept (one test when there are two groups);
all tests of the audit form one family, adjusted with Holm's method. A warning is given when a
group's adjusted p-value is below 0.05 *and* its share left out differs from the rest's by at
least :data:`MIN_DIFFERENCE` (with a million rows a difference of 0.1 points is "significant"
and meaningless), and only with at least :data:`MIN_LEFT_OUT` rows left out in all. Separately,
a group of at least :data:`MIN_GROUP_ROWS` rows that loses more than half of them is named
whatever the test says. Spellings of one value counted as one are said too (``VALUES_MERGED``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ethics_toolkit.engine.analyses.validity import ALPHA, holm
from ethics_toolkit.engine.models import AuditWarning, WarningGroup
from ethics_toolkit.engine.presentation.warnings import warning_message
from ethics_toolkit.engine.spec import AuditSpec, Cell

MIN_GROUP_ROWS = 5
"""Groups with fewer rows are neither tested nor named (as small cells elsewhere)."""
MIN_LEFT_OUT = 5
"""With fewer rows left out in all, there is nothing to test."""
MIN_DIFFERENCE = 0.05
"""A group's share left out must differ from the rest's by at least 5 percentage points."""
MOSTLY = 0.5
"""A group that loses more than this share of its rows is named."""

Dropped = Sequence[tuple[dict[str, str | None], int]]


@dataclass
class _Tally:
    """One comparison: the groups of ``attribute``, rows left out for lack of ``missing``."""

    attribute: str
    missing: str
    groups: dict[str, list[int]] = field(default_factory=dict)  # group -> [rows, left out]
    p_values: dict[str, float] = field(default_factory=dict)

    def add(self, group: str | None, rows: int, left_out: int) -> None:
        if group is None:
            return
        counts = self.groups.setdefault(group, [0, 0])
        counts[0] += rows
        counts[1] += left_out

    def tested(self) -> dict[str, list[int]]:
        return {g: c for g, c in sorted(self.groups.items()) if c[0] >= MIN_GROUP_ROWS}


def _tallies(cells: Sequence[Cell], spec: AuditSpec, dropped: Dropped) -> list[_Tally]:
    tallies = []
    for attribute in spec.sensitive:
        outcome = _Tally(attribute, "outcome")
        for cell in cells:
            outcome.add(cell.values.get(attribute), cell.count, 0)
        for values, count in dropped:
            outcome.add(values.get(attribute), count, count)
        tallies.append(outcome)
        for other in spec.sensitive:
            if other == attribute:
                continue
            tally = _Tally(attribute, other)
            for cell in cells:
                unknown = cell.values.get(other) is None
                tally.add(cell.values.get(attribute), cell.count, cell.count if unknown else 0)
            tallies.append(tally)
    return tallies


def _test(tally: _Tally) -> None:
    """Fisher's exact test of each group against the rest (one test for two groups)."""
    from scipy.stats import fisher_exact

    groups = tally.tested()
    rows = sum(c[0] for c in groups.values())
    left_out = sum(c[1] for c in groups.values())
    if len(groups) < 2 or left_out < MIN_LEFT_OUT or left_out == rows:
        return
    for group, (n, out) in list(groups.items())[: 1 if len(groups) == 2 else None]:
        table = [[out, n - out], [left_out - out, rows - n - (left_out - out)]]
        tally.p_values[group] = float(fisher_exact(table).pvalue)


def _share(counts: list[int]) -> float:
    return counts[1] / counts[0] if counts[0] else 0.0


def _warning_groups(attribute: str, groups: dict[str, list[int]]) -> list[WarningGroup]:
    ordered = sorted(groups.items(), key=lambda item: (-_share(item[1]), item[0]))
    return [
        WarningGroup(values={attribute: g}, n=c[0], dropped=c[1], dropped_share=_share(c))
        for g, c in ordered
    ]


def _differs(tally: _Tally, group: str, adjusted: float) -> bool:
    groups = tally.tested()
    rest = [sum(c[i] for g, c in groups.items() if g != group) for i in (0, 1)]
    difference = abs(_share(groups[group]) - _share(rest))
    return adjusted < ALPHA and difference >= MIN_DIFFERENCE


def _worded(spec: AuditSpec, **fields: object) -> AuditWarning:
    """A warning from its figures, its message written from them (warning_message)."""
    draft = AuditWarning.model_construct(**fields)  # type: ignore[arg-type]
    message = warning_message(draft, spec, comparisons=draft.comparisons or 1)
    return AuditWarning(message=message, **fields)  # type: ignore[arg-type]


def missing_data_warnings(
    cells: Sequence[Cell],
    spec: AuditSpec,
    *,
    dropped: Dropped = (),
    merged: dict[str, dict[str, list[tuple[str, int]]]] | None = None,
) -> list[AuditWarning]:
    """Every warning of the module docstring, with its message in both languages."""
    tallies = _tallies(cells, spec, dropped)
    for tally in tallies:
        _test(tally)
    family = [(t, g, p) for t in tallies for g, p in t.p_values.items()]
    adjusted = dict(
        zip(((id(t), g) for t, g, _ in family), holm([p for *_, p in family]), strict=True)
    )
    warnings = []
    for tally in tallies:
        significant = [
            (p, adjusted[(id(tally), g)])
            for g, p in tally.p_values.items()
            if _differs(tally, g, adjusted[(id(tally), g)])
        ]
        if significant:
            p_value, p_holm = min(significant, key=lambda pair: pair[1])
            code = "MISSING_DATA_DIFFERS" if tally.missing == "outcome" else "MISSING_GROUP_DIFFERS"
            warnings.append(
                _worded(
                    spec,
                    code=code,
                    attribute=tally.attribute,
                    missing=tally.missing,
                    groups=_warning_groups(tally.attribute, tally.tested()),
                    test="fisher_exact",
                    p_value=p_value,
                    p_value_holm=p_holm,
                    comparisons=len(family),
                )
            )
        for group, counts in tally.tested().items():
            if _share(counts) > MOSTLY:
                groups = _warning_groups(tally.attribute, {group: counts})
                warnings.append(
                    _worded(
                        spec,
                        code="GROUP_MOSTLY_DROPPED",
                        attribute=tally.attribute,
                        missing=tally.missing,
                        groups=groups,
                    )
                )
    for attribute, spellings in (merged or {}).items():
        found = {label: [s for s, _ in ways] for label, ways in spellings.items()}
        warnings.append(_worded(spec, code="VALUES_MERGED", attribute=attribute, spellings=found))
    return warnings

"""Privacy of stored audits (issue 13 §6): nothing saved or exported describes fewer than 5 people.

Decision. Reports have always suppressed small cells when *printing*; the stored result still held
every cell of the aggregated log, so a saved run (and every export of it) could describe a single
person (Non-binary x Europe x 60+, selected, qualified). When a run is saved, the register
therefore stores a transformed result:

- **Cells** of the aggregated log with fewer than ``MIN_PEOPLE`` people are removed; the number of
  people in them is kept on the run as ``withheld_rows`` (a remainder that describes nobody: no
  group, no outcome). The kept cells plus that remainder add up to the rows audited.
- **Group figures** (any item of a ``groups`` list that names its group in ``values`` with a size
  ``n`` or ``entered``) of fewer than ``MIN_PEOPLE`` people are removed; their count is kept as
  ``withheld_groups``. Items without a size of their own (the stratified comparison) follow the
  group figure of the same analysis. This works on every optional analysis section (strata,
  oversight, funnel, periods) without knowing them.
- Figures that could give a removed group back are cleared too: between-group differences and
  ratios of the analysis (``..._difference``, ``..._ratio``), and, should the reference group
  itself be removed, every ratio to it and the texts that quote its rate.
- Figures of groups of 5 or more people stay exact, as the issue requires.

The user may keep exact small cells for one audit (``Store.save_audit_run(...,
keep_exact_small_cells=True)``); the run records it and the report says so. Exports write every
run through :func:`protect` again unless it was kept exact on purpose, so an export of a database
written before this rule still describes nobody.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ethics_toolkit.engine.models import AuditResult

MIN_PEOPLE = 5
_SIZE_KEYS = ("n", "entered")
_TEXT_KEYS = ("summary", "finding")


@dataclass(frozen=True)
class Protected:
    """A result fit to store, and what was withheld from it."""

    result: AuditResult
    withheld_rows: int
    withheld_groups: int


def _key(values: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    return tuple(sorted(values.items()))


def _size(item: dict[str, Any]) -> int | None:
    return next((item[k] for k in _SIZE_KEYS if isinstance(item.get(k), int)), None)


class _Walker:
    def __init__(self, threshold: int) -> None:
        self.threshold = threshold
        self.withheld_groups = 0

    def node(self, value: Any, small: frozenset[tuple[tuple[str, Any], ...]]) -> Any:
        if isinstance(value, list):
            return [self.node(v, small) for v in value]
        if not isinstance(value, dict):
            return value
        node = dict(value)
        groups = node.get("groups")
        if isinstance(groups, list) and all(
            isinstance(g, dict) and isinstance(g.get("values"), dict) for g in groups
        ):
            kept, dropped = [], set()
            for group in groups:
                size = _size(group)
                key = _key(group["values"])
                if (size is not None and size < self.threshold) or (size is None and key in small):
                    dropped.add(key)
                else:
                    kept.append(group)
            self.withheld_groups += len(groups) - len(kept)
            node["groups"] = kept
            small = small | dropped
            if dropped:
                self._clear_cross_group(node, dropped)
        return {k: self.node(v, small) for k, v in node.items()}

    @staticmethod
    def _clear_cross_group(node: dict[str, Any], dropped: set[Any]) -> None:
        for key, value in node.items():
            if key.endswith(("_difference", "_ratio")) and isinstance(value, float):
                node[key] = None
        reference = node.get("reference_group")
        if isinstance(reference, dict) and _key(reference) in dropped:
            node["groups"] = [_without_ratios(g) for g in node["groups"]]
            node.update({k: None for k in _TEXT_KEYS if k in node})
            if "reference_warnings" in node:  # issue 20: they quote the reference group's size
                node["reference_warnings"] = []


def _without_ratios(group: dict[str, Any]) -> dict[str, Any]:
    cleared = {k: None for k in group if "impact_ratio" in k}
    return group | cleared | {k: None for k in _TEXT_KEYS if k in group}


def protect(result: AuditResult, *, threshold: int = MIN_PEOPLE) -> Protected:
    """``result`` without cells or group figures of fewer than ``threshold`` people (idempotent)."""
    data = result.model_dump(mode="python")
    cells = data.get("cells") or []
    kept = [c for c in cells if c["count"] >= threshold]
    withheld_rows = sum(c["count"] for c in cells) - sum(c["count"] for c in kept)
    data["cells"] = kept
    walker = _Walker(threshold)
    data = {k: (v if k == "cells" else walker.node(v, frozenset())) for k, v in data.items()}
    return Protected(
        result=AuditResult.model_validate(data),
        withheld_rows=withheld_rows,
        withheld_groups=walker.withheld_groups,
    )

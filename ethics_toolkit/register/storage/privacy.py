"""Privacy of stored audits (issues 13 §6 and 21): nothing saved or exported lets a count of
fewer than 5 people be read or worked out.

Decision. A saved run (and every export of it) is a document that may leave the team, so it keeps
only what the disclosure rule of :mod:`ethics_toolkit.engine.presentation.suppression` lets a
document show, in its ``storage`` form:

- **Group figures** of the audit's analyses (single attributes and the intersection): a group
  whose applicants, selected or not selected are under 5, or whose figures would give such a
  count back (complementary suppression across the group, intersection and ground-truth tables
  and their totals), is removed whole (a stored group has both its applicants and its selected);
  its count is kept as ``withheld_groups``, its name (and, where its reference group is kept,
  whether it was below four-fifths, a verdict the rule counts as told) in the analysis'
  ``withheld``, so that the register's judgements still see it. A group whose ground-truth
  counts are withheld keeps its figures without them (``truth_positive``, ``truth_negative``,
  ``tpr``, ``fpr`` cleared, and the analysis' ``equalized_odds_difference``). A summary that names
  a removed group is cleared.
- **Cells** of the aggregated log are summed over strata, periods, recommendations and stages and
  kept only where a cell is itself a stored figure (a kept intersection group's ground-truth count,
  or its selected and not selected without ground truth); the people in the others are kept on the
  run as ``withheld_rows`` (a remainder that describes nobody). The kept cells plus that remainder
  add up to the rows audited.
- **Periods**: each period's analyses by the same rule, on the period's own cells.
- **Other sections** (strata, oversight, funnel): any item of a ``groups`` list that names
  its group in ``values`` with a size ``n`` or ``entered`` of fewer than 5 is removed, and so is an
  item of a group removed above; items without a size of their own (the stratified comparison)
  follow the group figure of the same analysis.
- Figures that could give a removed group back are cleared too: between-group differences and
  ratios of the analysis (``..._difference``, ``..._ratio``), and, should the reference group
  itself be removed, every ratio to it and the texts that quote its rate.
- Figures of groups that remain stay exact, as issue 13 requires.

The user may keep exact small cells for one audit (``Store.save_audit_run(...,
keep_exact_small_cells=True)``); the run records it and the report says so. Exports write every
run through :func:`protect` again unless it was kept exact on purpose, so an export of a database
written before this rule still describes nobody.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.engine.presentation.suppression import (
    Disclosure,
    disclosure,
    period_result,
)

MIN_PEOPLE = 5
_SIZE_KEYS = ("n", "entered")
_TEXT_KEYS = ("summary", "finding")
_TRUTH_KEYS = ("truth_positive", "truth_negative", "tpr", "fpr")


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
                if (size is not None and size < self.threshold) or key in small:
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


def _names_a_group(text: Any, groups: list[dict[str, Any]]) -> bool:
    """True when ``text`` (a stored Bilingual) may name one of ``groups``: all its values occur."""
    if not isinstance(text, dict):
        return False
    words = " ".join(str(v) for v in text.values())
    return any(all(str(v) in words for v in g["values"].values()) for g in groups)


def _withhold_groups(
    analysis: dict[str, Any], plan: Disclosure, index: int
) -> tuple[dict[str, Any], frozenset[tuple[tuple[str, Any], ...]], int]:
    """The analysis with the plan's withheld groups removed and withheld ground truth cleared."""
    kept, dropped, removed = [], [], set()
    truthless = False
    for group in analysis["groups"]:
        shown = plan.rows.get((index, _key(group["values"])))
        if shown is None:
            kept.append(group)
        elif not shown.n:
            dropped.append(group)
            removed.add(_key(group["values"]))
        else:
            truthless |= not shown.truth
            kept.append(group if shown.truth else group | dict.fromkeys(_TRUTH_KEYS))
    node = dict(analysis) | {"groups": kept}
    if truthless:
        node["equalized_odds_difference"] = None
    if removed:
        # Their names stay, and whether they were below four-fifths where the reference group is
        # kept (the disclosure rule counts that verdict as published): no figure of them.
        told = not any(g.get("is_reference") for g in dropped)
        node["withheld"] = [*(analysis.get("withheld") or []), *(
            {"values": g["values"]} | (
                {"adverse_impact": g["adverse_impact"], "verdict": g.get("verdict")} if told else {}
            )
            for g in dropped
        )]  # fmt: skip
        _Walker._clear_cross_group(node, removed)
        if _names_a_group(node.get("summary"), dropped):
            node["summary"] = None
    return node, frozenset(removed), len(dropped)


def _stored_cells(
    data: dict[str, Any], result: AuditResult, threshold: int
) -> tuple[list[dict[str, Any]], int]:
    """The cells summed to (values, selected, truth) and kept where they are a stored figure."""
    attributes = list(result.spec.sensitive)
    full = next((a for a in data["analyses"] if a["attributes"] == attributes), None)
    groups = {
        tuple(g["values"][a] for a in attributes): g for g in (full["groups"] if full else [])
    }
    summed: dict[tuple[Any, ...], int] = {}
    truth = result.spec.truth is not None
    for cell in data.get("cells") or []:
        values = tuple(cell["values"].get(a) for a in attributes)
        key = (values, cell["selected"], cell["truth"] if truth else None)
        summed[key] = summed.get(key, 0) + cell["count"]
    kept, withheld = [], 0
    for (values, selected, truth), count in summed.items():
        group = groups.get(values)
        shown = group is not None and (truth is None or group.get("truth_positive") is not None)
        if shown and count >= threshold:
            row = {"values": dict(zip(attributes, values, strict=True)), "selected": selected}
            kept.append(row | {"truth": truth, "count": count})
        else:
            withheld += count
    return kept, withheld


def protect(result: AuditResult, *, threshold: int = MIN_PEOPLE) -> Protected:
    """``result`` as it may be stored or exported (idempotent); see the module's decision."""
    plan = disclosure(result, threshold, mode="storage")
    data = result.model_dump(mode="python")
    walker = _Walker(threshold)
    analyses = []
    for index, analysis in enumerate(data["analyses"]):
        node, removed, count = _withhold_groups(analysis, plan, index)
        walker.withheld_groups += count
        analyses.append(walker.node(node, removed))
    periods = []
    for period in data.get("periods") or []:
        period_plan = disclosure(period_result(result, period["period"]), threshold, mode="storage")
        kept = []
        for index, analysis in enumerate(period["analyses"]):
            node, removed, count = _withhold_groups(analysis, period_plan, index)
            walker.withheld_groups += count
            kept.append(walker.node(node, removed))
        periods.append(period | {"analyses": kept})
    data = {
        k: (v if k in ("cells", "analyses", "periods") else walker.node(v, frozenset()))
        for k, v in data.items()
    } | {"analyses": analyses, "periods": periods if data.get("periods") is not None else None}
    cells, withheld_rows = _stored_cells(data, result, threshold)
    data["cells"] = cells
    return Protected(
        result=AuditResult.model_validate(data),
        withheld_rows=withheld_rows,
        withheld_groups=walker.withheld_groups,
    )

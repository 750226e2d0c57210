"""What a bias audit states: its groups below four-fifths, counted once and named in one order.

The summary, the audit tables, the action plan, the Overview page, the notices and the
active-measures document all count and name the groups from here (issue 12, issue 21 §1): which
groups are below four-fifths, which of them are unlikely to be chance, which have too little data
to judge and which are small cells that may not be named, and how many comparisons the audit's
Holm family held.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from ethics_toolkit.engine.models import Analysis, AuditResult, GroupResult
from ethics_toolkit.engine.presentation.findings import MIN_ROWS_TO_JUDGE, too_little_data
from ethics_toolkit.engine.presentation.labels import column_label, group_label
from ethics_toolkit.engine.presentation.suppression import (
    SMALL_CELL_THRESHOLD,
    figures_withheld,
    verdict_withheld,
)
from ethics_toolkit.engine.presentation.views import significant


class AdverseCounts(BaseModel):
    """Groups below four-fifths, split as the summary reports them; ``total`` is what the action
    plan counts and the audit tables mark (small cells included, though not shown in figures)."""

    model_config = ConfigDict(frozen=True)

    sure: int
    uncertain: int
    too_little: int
    small: int

    @property
    def total(self) -> int:
        return self.sure + self.uncertain + self.too_little + self.small


def adverse_groups(result: AuditResult, *, threshold: int) -> list[tuple[Analysis, GroupResult]]:
    """Groups below four-fifths that may be named (figures not withheld), worst ratio first."""
    found = [
        (analysis, group)
        for analysis in result.analyses
        for group in analysis.groups
        if group.adverse_impact and not figures_withheld(result, analysis, group, threshold)
    ]
    # Unlikely-to-be-chance first, then single attributes (easier to act on), worst ratio first.
    return sorted(
        found,
        key=lambda ag: (not significant(ag[1]), len(ag[0].attributes), ag[1].impact_ratio or 0.0),
    )


def judgeable(
    pairs: list[tuple[Analysis, GroupResult]],
) -> tuple[list[tuple[Analysis, GroupResult]], list[tuple[Analysis, GroupResult]]]:
    """Split adverse groups into those with enough data to judge and those too few (issue 9)."""
    judged, too_little = [], []
    for analysis, group in pairs:
        reference = next((g for g in analysis.groups if g.is_reference), group)
        small = too_little_data(group, reference, n_analysed=analysis.n_analysed)
        (too_little if small else judged).append((analysis, group))
    return judged, too_little


def small_adverse(result: AuditResult, *, threshold: int) -> int:
    """Groups below four-fifths whose figures are withheld, where the reference is shown (with
    it withheld, no verdict is told: see ``suppression.verdict_withheld``), and the groups a
    stored run withholds whole that were below four-fifths."""
    shown = sum(
        g.adverse_impact
        and figures_withheld(result, a, g, threshold)
        and not verdict_withheld(result, a, threshold)
        for a in result.analyses
        for g in a.groups
    )
    return shown + sum(bool(w.adverse_impact) for a in result.analyses for w in a.withheld or [])


def adverse_counts(result: AuditResult, *, threshold: int) -> AdverseCounts:
    """Every group below four-fifths, counted once (issue 12: summary, tables and plan agree)."""
    adverse, too_little = judgeable(adverse_groups(result, threshold=threshold))
    return AdverseCounts(
        sure=sum(significant(g) for _, g in adverse),
        uncertain=sum(not significant(g) for _, g in adverse),
        too_little=len(too_little),
        small=small_adverse(result, threshold=threshold),
    )


def comparisons(result: AuditResult) -> int:
    """How many comparisons the audit's Holm family held, as the audit counted them.

    A stored run withholds the figures of small groups, so recounting its groups gives fewer
    comparisons than the findings (worded when the audit ran) name; the count the audit recorded
    is the one every output states (issue 21 §1: "46" and "57" comparisons on one page).
    """
    from ethics_toolkit.engine.analyses.validity import family_size

    recorded = result.comparisons
    return recorded if recorded is not None else family_size(result.analyses)


class GroupFinding(BaseModel):
    """One group below (or significantly off) the four-fifths line, as every output names it."""

    model_config = ConfigDict(frozen=True)

    name: str
    attributes: int
    ratio: float | None
    rate: float | None
    reference_rate: float | None
    p_value: float | None
    significant: bool


def _finding(analysis: Analysis, group: GroupResult, result: AuditResult) -> GroupFinding:
    reference = next((g.selection_rate for g in analysis.groups if g.is_reference), None)
    return GroupFinding(
        name=group_label(group.values, result.spec),
        attributes=len(analysis.attributes),
        ratio=group.impact_ratio,
        rate=group.selection_rate,
        reference_rate=reference,
        p_value=group.p_value,
        significant=significant(group),
    )


class AuditStatements(BaseModel):
    """What one audit states: when and by whom, on what, and its groups below four-fifths."""

    model_config = ConfigDict(frozen=True)

    run_id: int | None = None
    run_at: datetime | None = None
    run_by: str = ""
    file_name: str | None = None
    rows: int
    data_period: str = ""
    compared: list[str]
    """The attributes compared, by their labels (``Kön``, ``Bakgrund``)."""
    compared_columns: list[str]
    comparisons: int
    counts: AdverseCounts
    sure: list[GroupFinding]
    """Below four-fifths and unlikely to be chance, in the order every output names them."""
    uncertain: list[GroupFinding]
    too_little: list[GroupFinding]
    gaps: list[GroupFinding] = Field(default_factory=list)
    """Above four-fifths but unlikely to be chance (single attributes only)."""
    group_values: list[str] = Field(default_factory=list)
    """The groups of each attribute on its own (``Kvinna``, ``Utanför Europa``), as labelled."""
    too_little_log: bool = False
    n_rows: int = 0
    withheld_rows: int = 0
    withheld_groups: int = 0
    exact_small_cells: bool = False

    @property
    def adverse(self) -> list[GroupFinding]:
        """Every named group below four-fifths: unlikely to be chance first."""
        return self.sure + self.uncertain

    @property
    def to_act_on(self) -> list[GroupFinding]:
        """The groups management is asked to act on: those unlikely to be chance, else those that
        may be chance. The summary's reason and decision name the same groups."""
        return self.sure or self.uncertain


def audit_statements(
    result: AuditResult, *, threshold: int = SMALL_CELL_THRESHOLD, run: object | None = None
) -> AuditStatements:
    """The statements of one audit result (``run``: the saved run it came from, if any)."""
    adverse, too_little = judgeable(adverse_groups(result, threshold=threshold))
    gaps = [
        _finding(a, g, result)
        for a in result.analyses
        if len(a.attributes) == 1
        for g in a.groups
        if not g.adverse_impact
        and not g.is_reference
        and significant(g)
        and not figures_withheld(result, a, g, threshold)
    ]
    extra: dict[str, object] = {}
    if run is not None:
        extra = {
            "run_id": getattr(run, "id", None),
            "run_at": getattr(run, "run_at", None),
            "run_by": getattr(run, "run_by", "") or "",
            "file_name": getattr(run, "file_name", None),
            "rows": getattr(run, "rows_used", result.n_rows),
            "data_period": getattr(run, "data_period", "") or "",
            "withheld_rows": getattr(run, "withheld_rows", 0) or 0,
            "withheld_groups": getattr(run, "withheld_groups", 0) or 0,
            "exact_small_cells": bool(getattr(run, "exact_small_cells", False)),
        }
    elif result.reading is not None:
        extra["file_name"] = result.reading.file_name
    extra.setdefault("rows", result.n_rows)
    return AuditStatements(
        compared=[column_label(c, result.spec) for c in result.spec.sensitive],
        compared_columns=list(result.spec.sensitive),
        comparisons=comparisons(result),
        counts=adverse_counts(result, threshold=threshold),
        sure=[_finding(a, g, result) for a, g in adverse if significant(g)],
        uncertain=[_finding(a, g, result) for a, g in adverse if not significant(g)],
        too_little=[_finding(a, g, result) for a, g in too_little],
        gaps=gaps,
        group_values=list(
            dict.fromkeys(
                group_label(g.values, result.spec)
                for a in result.analyses
                if len(a.attributes) == 1
                for g in a.groups
            )
        ),
        too_little_log=result.n_rows < MIN_ROWS_TO_JUDGE,
        n_rows=result.n_rows,
        **extra,  # type: ignore[arg-type]
    )

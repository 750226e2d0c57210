# ruff: noqa: E501  (holds a text catalogue: long sentences read better unbroken)
"""How the report's first page counts (issue 12): adverse groups, checklist answers, legal points.

The summary, the audit tables and the action plan must count the same groups, so the counting
lives here once (``adverse_counts``); the traffic light (:mod:`ethics_toolkit.register.status.traffic_light`)
adds the count, the checklist breakdown and the legal points drawn from evidence to its reasons,
findings and decisions. The texts are merged into the traffic light's catalogue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from pydantic import BaseModel, ConfigDict

from ethics_toolkit.engine.models import Analysis, AuditResult, GroupResult
from ethics_toolkit.engine.presentation.findings import too_little_data
from ethics_toolkit.engine.presentation.suppression import (
    figures_withheld,
    verdict_withheld,
)
from ethics_toolkit.engine.presentation.views import significant
from ethics_toolkit.i18n import Lang
from ethics_toolkit.register.status.texts import text

if TYPE_CHECKING:
    from ethics_toolkit.engine.models import AuditResult
    from ethics_toolkit.register.domain.legal_classification import LegalClassification


class Collector(Protocol):
    """What the traffic light's rules collect into (``status._Collector``)."""

    lang: Lang
    red: list[str]
    amber: list[str]
    findings: list[str]
    decisions: list[str]

    def add(self, bucket: list[str], key: str, **values: object) -> None: ...

    def where(self, number: int | None = None, *, page: str = "audit") -> str: ...


def _text(key: str, lang: Lang, /, **values: object) -> str:
    return text(key, lang, **values)


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


def adverse_counts(result: AuditResult, *, threshold: int) -> AdverseCounts:
    """Every group below four-fifths, counted once (issue 12: summary, tables and plan agree)."""
    adverse, too_little = judgeable(adverse_groups(result, threshold=threshold))
    return AdverseCounts(
        sure=sum(significant(g) for _, g in adverse),
        uncertain=sum(not significant(g) for _, g in adverse),
        too_little=len(too_little),
        small=withheld_below(result, threshold=threshold),
    )


def withheld_below(result: AuditResult, *, threshold: int) -> int:
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


def count_finding(collect: Collector, counts: AdverseCounts) -> str:
    parts = [
        _text(f"part.{name}", collect.lang, count=value)
        for name, value in (
            ("sure", counts.sure),
            ("uncertain", counts.uncertain),
            ("too_little", counts.too_little),
            ("small", counts.small),
        )
        if value
    ]
    return _text(
        "find.adverse_count",
        collect.lang,
        count=counts.total,
        where=collect.where(),
        parts=", ".join(parts),
    )


def legal_point_rules(collect: Collector, classification: LegalClassification) -> None:
    """Issue 12: conclusions drawn from evidence, and what is not yet known."""
    lang = collect.lang
    timing = classification.point("dpia_timing")
    if classification.dpia_likely and (
        timing is None or timing.outcome in ("before_use", "not_determined")
    ):
        collect.add(collect.decisions, "dec.dpia")
    for point in classification.points:
        if point.attention != "none" and point.headline is not None:
            bucket = collect.red if point.attention == "red" else collect.amber
            bucket.append(point.headline.get(lang))
        if point.decision is not None:
            collect.decisions.append(point.decision.get(lang))
    needs = [p.needs.get(lang) for p in classification.points if p.needs is not None]
    if needs:
        collect.add(collect.amber, "why.legal_open", needs=", ".join(needs))


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

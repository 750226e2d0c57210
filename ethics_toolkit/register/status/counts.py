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

from ethics_toolkit.engine.presentation.views import is_small_cell, significant
from ethics_toolkit.i18n import Lang
from ethics_toolkit.i18n.text import Bilingual, Plural

if TYPE_CHECKING:
    from ethics_toolkit.engine.models import AuditResult
    from ethics_toolkit.register.domain.models import LegalClassification


class Collector(Protocol):
    """What the traffic light's rules collect into (``status._Collector``)."""

    lang: Lang
    red: list[str]
    amber: list[str]
    findings: list[str]
    decisions: list[str]

    def add(self, bucket: list[str], key: str, **values: object) -> None: ...

    def where(self, number: int | None = None, *, page: str = "audit") -> str: ...


COUNT_TEXTS: dict[str, Bilingual | Plural] = {
    "more_groups": Plural(
        one=Bilingual(sv="och {count} grupp till ({where})", en="and {count} more ({where})"),
        other=Bilingual(sv="och {count} grupper till ({where})", en="and {count} more ({where})"),
    ),
    "where_section": Bilingual(sv="avsnitt {number}", en="section {number}"),
    "where_audit": Bilingual(sv="se biasgranskningen", en="see the bias audit"),
    "where_checklists": Bilingual(sv="se checklistorna", en="see the checklists"),
    "find.adverse_count": Plural(
        one=Bilingual(
            sv="{count} grupp ligger under fyra femtedelar av referensgruppens urvalsandel ({where}): {parts}.",
            en="{count} group is below four-fifths of the reference group's rate ({where}): {parts}.",
        ),
        other=Bilingual(
            sv="{count} grupper ligger under fyra femtedelar av referensgruppens urvalsandel ({where}): {parts}.",
            en="{count} groups are below four-fifths of the reference group's rate ({where}): {parts}.",
        ),
    ),
    "part.sure": Bilingual(sv="{count} sannolikt inte slumpen", en="{count} unlikely to be chance"),
    "part.uncertain": Bilingual(sv="{count} kan bero på slumpen", en="{count} may be chance"),
    "part.too_little": Bilingual(
        sv="{count} med för lite data för att bedöma",
        en="{count} with too little data to judge",
    ),
    "part.small": Bilingual(
        sv="{count} för små för att visas i siffror", en="{count} too small to show in figures"
    ),
    "find.checklists": Bilingual(
        sv="Checklistorna ({where}): {met} av {items} punkter uppfyllda, {partly} delvis, {not_met} inte uppfyllda, {dont_know} besvarade ”vet inte”, {na} ej tillämpliga, {unanswered} obesvarade.",
        en="Checklists ({where}): {met} of {items} items met, {partly} partly, {not_met} not met, {dont_know} answered “don't know”, {na} not applicable, {unanswered} unanswered.",
    ),
    "why.dont_know": Plural(
        one=Bilingual(
            sv="{count} checklistpunkt är besvarad ”vet inte”: ta reda på svaret.",
            en="{count} checklist item is answered “don't know”: find out.",
        ),
        other=Bilingual(
            sv="{count} checklistpunkter är besvarade ”vet inte”: ta reda på svaren.",
            en="{count} checklist items are answered “don't know”: find out.",
        ),
    ),
    "why.unmet_and_unknown": Bilingual(
        sv="{gaps}; {unknown}",
        en="{gaps}; {unknown}",
    ),
    "why.legal_open": Bilingual(
        sv="Den rättsliga klassificeringen är inte fullständig: ange {needs}.",
        en="The legal classification is not complete: tell us {needs}.",
    ),
}


def _text(key: str, lang: Lang, /, **values: object) -> str:
    from ethics_toolkit.register.status.traffic_light import text

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
    from ethics_toolkit.register.status.traffic_light import _judgeable, adverse_groups

    adverse, too_little = _judgeable(adverse_groups(result, threshold=threshold))
    return AdverseCounts(
        sure=sum(significant(g) for _, g in adverse),
        uncertain=sum(not significant(g) for _, g in adverse),
        too_little=len(too_little),
        small=sum(
            g.adverse_impact and is_small_cell(g, threshold)
            for a in result.analyses
            for g in a.groups
        ),
    )


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

"""The key figures of a tool's latest audit that the lessons and the meeting kit teach from.

Language-neutral data, picked from the saved audit run by fixed rules, so that every sentence a
lesson or the kit states is the audit's own figure (tests compare them with the audit's JSON):

- ``headline``: among the groups of one attribute, the group below four-fifths whose difference
  is unlikely to be chance with the lowest impact ratio; when there is none, the group with the
  lowest ratio (``headline_adverse`` says which);
- ``uncertain``: the group below four-fifths whose difference may be chance (or that has too
  little data to tell) with the lowest ratio: the p-value and "too little data" lessons;
- ``too_little``: the smallest group whose difference may be chance and whose data could not
  even reveal a ratio of four-fifths (its smallest detectable ratio is below 0.80);
- ``above_line``: a group above four-fifths whose difference is unlikely to be chance;
- the human oversight of the audit (how often people followed the tool) and the columns flagged
  as possible stand-ins (proxies), when the audit measured them.

Groups too small to print (a cell under five people) are never picked: the kit is a document that
leaves the team.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from ethics_toolkit.engine.models import Analysis, AuditResult, GroupResult
from ethics_toolkit.engine.presentation.findings import who
from ethics_toolkit.engine.presentation.labels import column_label, group_label
from ethics_toolkit.engine.presentation.suppression import SMALL_CELL_THRESHOLD, is_small_cell
from ethics_toolkit.engine.presentation.views import significant, verdict_of
from ethics_toolkit.engine.spec import AuditSpec
from ethics_toolkit.i18n import Lang
from ethics_toolkit.register.domain.audit_runs import AuditRun

FOUR_FIFTHS = 0.8


class GroupFigures(BaseModel):
    """One group compared with its reference group, as the audit computed it."""

    model_config = ConfigDict(frozen=True)

    attributes: list[str]
    values: dict[str, str]
    reference: dict[str, str]
    n: int
    selected: int
    rate: float
    ref_n: int
    ref_rate: float
    ratio: float
    p_value: float | None
    verdict: str
    min_detectable_ratio: float | None
    shortfall: int
    significant: bool
    """Unlikely to be chance, as the audit judges it (Holm-adjusted when it says so)."""

    def name(self, spec: AuditSpec) -> str:
        """``Utanför Europa``: the group's name in tables."""
        return group_label(self.values, spec)

    def who(self, spec: AuditSpec, lang: Lang) -> str:
        """``sökande med bakgrund Utanför Europa``: the group in a sentence."""
        return who(self.values, lang, spec)

    def ref_who(self, spec: AuditSpec, lang: Lang) -> str:
        return who(self.reference, lang, spec)


class AuditFigures(BaseModel):
    """What a lesson or the meeting kit may say about the tool's latest audit."""

    model_config = ConfigDict(frozen=True)

    run_id: int | None
    file_name: str | None
    period: str | None
    audited_on: date
    n: int
    selected: int
    rate: float
    spec: AuditSpec
    rate_kind: str
    headline: GroupFigures | None
    headline_adverse: bool
    uncertain: GroupFigures | None
    too_little: GroupFigures | None
    above_line: GroupFigures | None
    adverse_groups: int
    """Groups of one attribute below four-fifths (printable ones)."""
    agreement: float | None = None
    oversight_n: int | None = None
    changed: int | None = None
    proxies: list[str] = Field(default_factory=list)

    def attribute_names(self) -> str:
        return ", ".join(column_label(a, self.spec) for a in self.spec.sensitive)


def _group(analysis: Analysis, group: GroupResult, reference: GroupResult) -> GroupFigures:
    return GroupFigures(
        attributes=list(analysis.attributes),
        values=dict(group.values),
        reference=dict(reference.values),
        n=group.n,
        selected=group.selected,
        rate=group.selection_rate,
        ref_n=reference.n,
        ref_rate=reference.selection_rate,
        ratio=float(group.impact_ratio or 0.0),
        p_value=group.p_value,
        verdict=verdict_of(group),
        min_detectable_ratio=group.min_detectable_ratio,
        shortfall=group.shortfall,
        significant=significant(group),
    )


def _compared(result: AuditResult, threshold: int) -> list[GroupFigures]:
    """Every printable non-reference group of the one-attribute analyses (all, if none)."""
    analyses = [a for a in result.analyses if len(a.attributes) == 1] or result.analyses
    found = []
    for analysis in analyses:
        reference = next((g for g in analysis.groups if g.is_reference), None)
        if reference is None or is_small_cell(reference, threshold):
            continue
        for group in analysis.groups:
            if group.is_reference or group.impact_ratio is None:
                continue
            if not is_small_cell(group, threshold):
                found.append(_group(analysis, group, reference))
    return found


def _lowest(groups: list[GroupFigures]) -> GroupFigures | None:
    return min(groups, key=lambda g: (g.ratio, -g.n), default=None)


def audit_figures(
    run: AuditRun | None, *, small_cell_threshold: int = SMALL_CELL_THRESHOLD
) -> AuditFigures | None:
    """The figures of ``run`` (the tool's latest audit), ``None`` without one."""
    if run is None:
        return None
    result = run.result
    groups = _compared(result, small_cell_threshold)
    below = [g for g in groups if g.ratio < FOUR_FIFTHS]
    adverse = _lowest([g for g in below if g.verdict == "adverse_significant"])
    uncertain = _lowest(
        [g for g in below if g.verdict in ("adverse_not_significant", "insufficient_evidence")]
    )
    above = _lowest([g for g in groups if FOUR_FIFTHS <= g.ratio < 1 and g.significant])
    too_little = min(
        (g for g in groups if not g.significant and (g.min_detectable_ratio or 1.0) < FOUR_FIFTHS),
        key=lambda g: (g.n, g.ratio),
        default=None,
    )
    # The whole log as the widest analysis counts it (unknown values left out).
    widest = max(result.analyses, key=lambda a: sum(g.n for g in a.groups), default=None)
    n = sum(g.n for g in widest.groups) if widest else 0
    selected = sum(g.selected for g in widest.groups) if widest else 0
    oversight = next((a.oversight for a in result.analyses if a.oversight is not None), None)
    return AuditFigures(
        run_id=run.id,
        file_name=run.file_name,
        period=run.data_period,
        audited_on=run.run_at.date(),
        n=n,
        selected=selected,
        rate=selected / n if n else 0.0,
        spec=result.spec,
        rate_kind=result.rate_kind,
        headline=adverse or _lowest(groups),
        headline_adverse=adverse is not None,
        uncertain=uncertain,
        too_little=too_little,
        above_line=above,
        adverse_groups=len(below),
        agreement=oversight.agreement if oversight else None,
        oversight_n=oversight.n if oversight else None,
        changed=(oversight.overridden_to_yes + oversight.overridden_to_no) if oversight else None,
        proxies=[f.column for f in result.features or [] if f.proxy_flag],
    )

"""The deployer's duties as rules (issue 15): due dates, threshold crossings and their tasks.

- An explanation request is due one calendar month after it was received (GDPR Art. 12(3)):
  ``models.request_due``, kept with the request it belongs to.
- A saved audit *crosses* a threshold of the tool's monitoring plan when it shows significant
  adverse impact (a group whose verdict is ``adverse_significant``: below four-fifths and unlikely
  to be chance after Holm) or when people followed the tool in at least the plan's share of cases
  (``Analysis.oversight``; 95 % by default), in the whole log or, for an audit by period, in its
  latest period (a gap that opens in the last quarter can hide in the year's figures). Without
  a plan both thresholds apply with their defaults: the duty to monitor (AI Act Art. 26(5)) does
  not wait for a plan.
- A *crossing* is an audit that crosses a threshold the tool's previous saved audit did not
  cross (or the tool's first audit that crosses it). Each crossing opens exactly one task,
  "assess whether to suspend use and inform the provider and the market surveillance authority
  (AI Act Art. 26(5))", for the plan's
  owner (else the tool's system owner), due ``response_days`` after the audit was saved. Audits
  that keep crossing the same threshold open no further task; one that falls back below it
  ends the crossing, so the next audit across it opens a new task.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from ethics_toolkit.engine.presentation.labels import group_label
from ethics_toolkit.engine.presentation.views import verdict_of
from ethics_toolkit.i18n import Lang, format_number, format_percent
from ethics_toolkit.i18n.text import Bilingual, Catalogue

if TYPE_CHECKING:
    from ethics_toolkit.engine.models import AuditResult
    from ethics_toolkit.register.domain.monitoring import DutyTask, MonitoringPlan
    from ethics_toolkit.register.domain.tool import AITool

MAX_GROUPS_KEPT = 5

TEXTS = Catalogue(
    {
        # Issue 21 §7: what Art. 26(5) asks comes from the law's data (``{duty}``).
        "task.title": Bilingual(
            sv="Bedöm om ni ska {duty} (AI-förordningen art. 26.5)",
            en="Assess whether to {duty} (AI Act Art. 26(5))",
        ),
        "task.adverse_significant": Bilingual(
            sv="Biasgranskningen{file} visar negativ särbehandlingseffekt som sannolikt inte "
            "beror på slumpen: {groups} (lägsta kvot {ratio}).",
            en="The bias audit{file} shows adverse impact that is unlikely to be chance: "
            "{groups} (lowest impact ratio {ratio}).",
        ),
        "task.tool_decides": Bilingual(
            sv="I biasgranskningen{file} följde besluten verktyget i {agreement} av fallen "
            "(planens gräns {threshold}): i praktiken beslutar verktyget.",
            en="In the bias audit{file} the decisions followed the tool in {agreement} of cases "
            "(the plan's threshold {threshold}): in practice the tool decides.",
        ),
        "task.of_file": Bilingual(sv=" av ”{file}”", en=" of “{file}”"),
    }
)


class Crossing(BaseModel):
    """One threshold a saved audit crossed, with what crossed it as language-neutral data."""

    model_config = ConfigDict(frozen=True)

    kind: str
    details: dict[str, object]


def task_due(saved_on: date, plan: MonitoringPlan | None) -> date:
    from ethics_toolkit.register.domain.monitoring import DEFAULT_RESPONSE_DAYS

    return saved_on + timedelta(days=plan.response_days if plan else DEFAULT_RESPONSE_DAYS)


def task_owner(tool: AITool, plan: MonitoringPlan | None) -> str:
    return (plan.owner.strip() if plan else "") or tool.system_owner


def crossings(result: AuditResult, plan: MonitoringPlan | None) -> list[Crossing]:
    """The thresholds of ``plan`` (or the defaults) that ``result`` crosses."""
    from ethics_toolkit.register.domain.monitoring import DEFAULT_AGREEMENT_THRESHOLD, ThresholdKind

    found: list[Crossing] = []
    scopes = [(None, result.analyses)]
    if result.periods:  # monitoring over time: the latest period can cross on its own
        scopes.append((result.periods[-1].period, result.periods[-1].analyses))
    if plan is None or plan.alert_adverse_significant:
        groups = [
            (period, analysis, group)
            for period, analyses in scopes
            for analysis in analyses
            for group in analysis.groups
            if verdict_of(group) == "adverse_significant"
        ]
        if groups:
            groups.sort(key=lambda pag: (pag[0] is not None, len(pag[1].attributes),
                                         pag[2].impact_ratio or 0.0))  # fmt: skip
            names = [
                group_label(g.values, result.spec) + (f" ({period})" if period else "")
                for period, _, g in groups
            ]
            ratios = [g.impact_ratio for _, _, g in groups if g.impact_ratio is not None]
            found.append(
                Crossing(
                    kind=ThresholdKind.adverse_significant.value,
                    details={
                        "groups": list(dict.fromkeys(names))[:MAX_GROUPS_KEPT],
                        "lowest_ratio": min(ratios) if ratios else None,
                    },
                )
            )
    threshold = plan.alert_agreement if plan is not None else DEFAULT_AGREEMENT_THRESHOLD
    oversights = [
        o
        for _, analyses in scopes
        if (o := next((a.oversight for a in analyses if a.oversight is not None), None)) and o.n > 0
    ]
    highest = max(oversights, key=lambda o: o.agreement, default=None)
    if threshold is not None and highest is not None and highest.agreement >= threshold:
        found.append(
            Crossing(
                kind=ThresholdKind.tool_decides.value,
                details={
                    "agreement": highest.agreement,
                    "threshold": threshold,
                    "n": highest.n,
                },
            )
        )
    return found


def new_crossings(
    result: AuditResult, previous: AuditResult | None, plan: MonitoringPlan | None
) -> list[Crossing]:
    """The crossings of ``result`` that ``previous`` (the tool's audit before it) did not have."""
    before = {c.kind for c in crossings(previous, plan)} if previous is not None else set()
    return [c for c in crossings(result, plan) if c.kind not in before]


def task_title(lang: Lang) -> str:
    from ethics_toolkit.register.law.provisions import in_force

    duty = in_force("art26_5", None)
    return TEXTS.text("task.title", lang, duty=(duty.short or duty.text).get(lang))


def task_reason(task: DutyTask, lang: Lang) -> str:
    """Why the task was opened, from its stored details, in ``lang``."""
    details = task.details
    file = details.get("file")
    of = TEXTS.text("task.of_file", lang, file=file) if file else ""
    if str(task.kind) == "tool_decides":
        return TEXTS.text(
            "task.tool_decides",
            lang,
            file=of,
            agreement=format_percent(_number(details.get("agreement")), lang, 1),
            threshold=format_percent(_number(details.get("threshold")), lang, 0),
        )
    groups = details.get("groups") or []
    ratio = _number(details.get("lowest_ratio"))
    return TEXTS.text(
        "task.adverse_significant",
        lang,
        file=of,
        groups=", ".join(str(g) for g in groups) if isinstance(groups, list) else str(groups),
        ratio=format_number(ratio, lang, 2) if ratio is not None else "–",
    )


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None

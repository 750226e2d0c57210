"""How the report's first page words the statements' counts (issue 12, issue 21 §1).

The counting itself lives in the statements room (``register/statements``): the groups below
four-fifths (``statements.audit``), the risks by level and status (``statements.risks``), the
checklist answers (``statements.answers``) and the legal points (``statements.articles``). This
module only turns those counts into the traffic light's sentences; the names below are kept for
the modules that imported them from here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from ethics_toolkit.i18n import Lang
from ethics_toolkit.register.statements.audit import (
    AdverseCounts,
    adverse_counts,
    adverse_groups,
    judgeable,
)
from ethics_toolkit.register.status.texts import text

if TYPE_CHECKING:
    from ethics_toolkit.register.statements.model import ToolStatements
    from ethics_toolkit.register.statements.risks import RiskStatements

__all__ = [
    "AdverseCounts",
    "Collector",
    "adverse_counts",
    "adverse_groups",
    "count_finding",
    "judgeable",
    "legal_point_rules",
    "status_detail",
]


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


def status_detail(risks: RiskStatements, level: str, lang: Lang) -> str:
    """How the unresolved risks of ``level`` split by status: "2 open, 1 under treatment"."""
    counts = risks.by_status(level)  # type: ignore[arg-type]
    parts = [
        _text(f"risk_status.{status}", lang, count=counts[status])
        for status in ("open", "in_treatment")
        if counts[status]  # type: ignore[index]
    ]
    return ", ".join(parts)


def legal_point_rules(collect: Collector, statements: ToolStatements) -> None:
    """Issue 12: conclusions drawn from evidence, and what is not yet known; the DPIA's decision
    names the date the register plans it for (issue 21 §1)."""
    lang = collect.lang
    for article in statements.articles:
        if article.attention != "none" and article.headline is not None:
            bucket = collect.red if article.attention == "red" else collect.amber
            bucket.append(article.headline.get(lang))
        if article.topic == "dpia_timing" and article.outcome != "done":
            collect.decisions.append(dpia_decision(statements, lang))
        elif article.decision is not None:
            collect.decisions.append(article.decision.get(lang))
    needs = [a.needs.get(lang) for a in statements.articles if a.needs is not None]
    if needs:
        collect.add(collect.amber, "why.legal_open", needs=", ".join(needs))


def dpia_decision(statements: ToolStatements, lang: Lang) -> str:
    """What management must decide about the DPIA: late (a breach), or to be done before use or
    confirmed, always with the date the register plans it for when it has one."""
    dpia = statements.deadline("dpia")
    planned = dpia.planned.isoformat() if dpia is not None and dpia.planned else None
    owner = (dpia.owner if dpia is not None else "") or "–"
    if dpia is not None and dpia.overdue:
        go_live = dpia.due.isoformat() if dpia.due else _text("go_live_unknown", lang)
        key = "dec.dpia_late_planned" if planned else "dec.dpia_late"
        return _text(key, lang, go_live=go_live, planned=planned, owner=owner)
    key = "dec.dpia_planned" if planned else "dec.dpia"
    return _text(key, lang, planned=planned, owner=owner)

"""The traffic light of a tool or an audit: its status, the reasons, top findings, decisions.

A judgement of the register, not of the PDF: the app's Overview and Report pages and the report's
first page all read it from here (the Overview page never imports the report package). Every string
comes back in the requested language; small cells are never named.

Red: a prohibited practice, adverse impact unlikely to be chance, or an open critical risk.
Amber: anything that needs attention (uncertain adverse impact, a significant gap above
four-fifths, open high risks, unmet checklist items, no audit of a high-risk tool, no sign-off, an
overdue review). Green otherwise.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict

from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.engine.presentation.findings import MIN_GROUP_TO_JUDGE, MIN_ROWS_TO_JUDGE
from ethics_toolkit.engine.presentation.labels import attributes_label, column_label, group_label
from ethics_toolkit.engine.presentation.suppression import SMALL_CELL_THRESHOLD
from ethics_toolkit.engine.presentation.views import NBSP
from ethics_toolkit.i18n import Lang, format_int, format_number, format_p_value, format_percent
from ethics_toolkit.register.statements.audit import (
    AuditStatements,
    GroupFinding,
    adverse_counts,
    audit_statements,
)
from ethics_toolkit.register.statements.build import latest_audit, record_date, tool_statements
from ethics_toolkit.register.status.competence import competence_rules
from ethics_toolkit.register.status.counts import count_finding, legal_point_rules, status_detail
from ethics_toolkit.register.status.texts import text

if TYPE_CHECKING:
    from ethics_toolkit.register.domain.tool_record import ToolRecord
    from ethics_toolkit.register.statements.model import ToolStatements

__all__ = [
    "MAX_FINDINGS",
    "MAX_GROUPS_NAMED",
    "OPEN_STATUSES",
    "SERIOUS_LEVELS",
    "STATUS_ORDER",
    "Status",
    "ToolStatusSummary",
    "adverse_counts",
    "adverse_finding",
    "audit_findings",
    "audit_status",
    "derive_report_date",
    "latest_audit",
    "p_text",
    "statements_status",
    "status",
    "status_label",
    "tool_status",
]

Status = Literal["red", "amber", "green"]

MAX_FINDINGS = 6
MAX_GROUPS_NAMED = 3
OPEN_STATUSES = frozenset({"open", "in_treatment"})
SERIOUS_LEVELS = ("high", "critical")
STATUS_ORDER: dict[Status, int] = {"red": 0, "amber": 1, "green": 2}


def status_label(status: Status, lang: Lang) -> str:
    return text(f"status.{status}", lang)


ALTERATIONS_NAMED = 3
"""How many alterations the traffic light names (the rest: the report's history section)."""


class ToolStatusSummary(BaseModel):
    """What management reads first; every string already in the requested language."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    lang: Lang
    status: Status
    status_label: str
    reason: str
    reasons: list[str]
    findings: list[str]
    decisions: list[str]
    next_review: date | None = None
    report_date: date | None = None
    owner: str | None = None
    """Issue 21 item 3: who owns the decisions (the tool's system owner; ``""`` when none is
    named), each due by ``next_review``; ``None`` for an audit on its own."""

    def decision_lines(self) -> list[str]:
        """The decisions as page 2 and the app show them: each with its owner and date."""
        if self.owner is None:
            return list(self.decisions)
        owner = self.owner.strip() or text("dec.no_owner", self.lang)
        due = self.next_review.isoformat() if self.next_review else text("dec.no_date", self.lang)
        return [
            text("dec.owned", self.lang, decision=d.rstrip(), owner=owner, date=due)
            for d in self.decisions
        ]


derive_report_date = record_date
"""The date of the newest fact in the data (``register/statements/build.py``)."""


def _names(groups: list[GroupFinding]) -> str:
    return ", ".join(g.name for g in groups[:MAX_GROUPS_NAMED])


def p_text(p: float | None, lang: Lang) -> str:
    """``p = 0.002`` or ``p < 0.001`` (never ``p = < 0.001``)."""
    value = format_p_value(p, lang).replace(" ", NBSP)
    return f"p{NBSP}{value}" if value.startswith("<") else f"p{NBSP}={NBSP}{value}"


def adverse_finding(group: GroupFinding, lang: Lang) -> str:
    return text(
        "find.adverse",
        lang,
        group=group.name,
        ratio=format_number(group.ratio, lang, 2),
        rate=format_percent(group.rate, lang, 1),
        ref_rate=format_percent(group.reference_rate, lang, 1),
        p=p_text(group.p_value, lang),
    )


class _Collector:
    """Gathers reasons by severity, findings and decisions while the rules run."""

    def __init__(self, lang: Lang, audit_section: int | None = None) -> None:
        self.lang = lang
        self.audit_section = audit_section
        self.red: list[str] = []
        self.amber: list[str] = []
        self.findings: list[str] = []
        self.decisions: list[str] = []

    def add(self, bucket: list[str], key: str, **values: object) -> None:
        bucket.append(text(key, self.lang, **values))

    def where(self, number: int | None = None, *, page: str = "audit") -> str:
        """Where the reader finds the details: "section 5" in the report, else the app's page."""
        number = number if number is not None or page != "audit" else self.audit_section
        if number is None:
            return text(f"where_{page}", self.lang)
        return text("where_section", self.lang, number=number)

    def names(self, groups: list[GroupFinding]) -> str:
        """Every group named, or the first ones and "and N more (section 5)" (issue 12)."""
        shown = _names(groups)
        rest = len(groups) - MAX_GROUPS_NAMED
        if rest <= 0:
            return shown
        return f"{shown} {text('more_groups', self.lang, count=rest, where=self.where())}"

    def result(
        self, *, next_review: date | None, report_date: date | None, owner: str | None = None
    ) -> ToolStatusSummary:
        status: Status = "red" if self.red else "amber" if self.amber else "green"
        reasons = self.red + self.amber or [text("why.all_clear", self.lang)]
        return ToolStatusSummary(
            lang=self.lang,
            status=status,
            status_label=status_label(status, self.lang),
            reason=reasons[0],
            reasons=reasons,
            findings=self.findings[:MAX_FINDINGS] or [text("no_findings", self.lang)],
            decisions=self.decisions,
            next_review=next_review,
            report_date=report_date,
            owner=owner,
        )


def _audit_rules(
    collect: _Collector,
    audit: AuditStatements,
    result: AuditResult,
    *,
    threshold: int,
    findings: int = MAX_GROUPS_NAMED,
) -> None:
    """The audit's reasons, findings and decisions, all from its statements: the reason and the
    decision name the same groups (issue 21 §1: never "1 more" beside "3 more")."""
    lang = collect.lang
    if audit.too_little:
        collect.add(collect.amber, "why.too_little", groups=collect.names(audit.too_little),
                    minimum=MIN_GROUP_TO_JUDGE)  # fmt: skip
    if audit.too_little_log:
        collect.add(collect.amber, "why.too_little_log", n=audit.n_rows, minimum=MIN_ROWS_TO_JUDGE)
    if audit.too_little or audit.too_little_log:
        collect.add(collect.decisions, "dec.more_data")
    if audit.sure:
        collect.add(collect.red, "why.adverse_significant", groups=collect.names(audit.sure))
    if audit.uncertain:
        collect.add(collect.amber, "why.adverse_uncertain", groups=collect.names(audit.uncertain))
    if audit.counts.total:
        collect.findings.append(count_finding(collect, audit.counts))
    if audit.counts.small:
        collect.add(collect.amber, "why.adverse_small", count=audit.counts.small,
                    threshold=threshold)  # fmt: skip
    if audit.gaps:
        collect.add(collect.amber, "why.significant_gap", groups=collect.names(audit.gaps))
    collect.findings += [adverse_finding(g, lang) for g in audit.adverse[:findings]]
    if not audit.adverse and not audit.too_little:
        collect.add(collect.findings, "find.no_adverse")
    if audit.to_act_on:
        key = "dec.adverse" if audit.sure else "dec.adverse_uncertain"
        collect.add(collect.decisions, key, groups=collect.names(audit.to_act_on))
    _process_rules(collect, result, threshold=threshold)


def _process_rules(collect: _Collector, result: AuditResult, *, threshold: int) -> None:
    """Issue 11: the oversight finding, the funnel step where the gap arises, proxy columns.

    They go before the other findings after the first adverse group, so the summary names them
    even when many groups are adverse.
    """
    from ethics_toolkit.engine.analyses.funnel import funnel_summary, gap_steps
    from ethics_toolkit.engine.analyses.oversight import direction, tool_decides

    lang, found, spec = collect.lang, [], result.spec
    singles = [a for a in result.analyses if len(a.attributes) == 1]
    oversight = next((a.oversight for a in result.analyses if a.oversight is not None), None)
    if oversight is not None:
        changed = oversight.overridden_to_yes + oversight.overridden_to_no
        found.append(
            text(
                "find.oversight",
                lang,
                agreement=format_percent(oversight.agreement, lang, 1),
                n=format_int(oversight.n, lang),
                changed=format_int(changed, lang)
                if changed == 0 or changed >= threshold
                else f"< {threshold}",
            )
        )
        for verb in ("amplified", "reduced"):
            groups = [
                g
                for a in singles
                if a.oversight is not None
                for g in a.oversight.groups
                if direction(g) == verb
            ]
            if groups:
                names = ", ".join(group_label(g.values, spec) for g in groups[:MAX_GROUPS_NAMED])
                found.append(
                    text("find.oversight_direction", lang, verb=text(f"find.{verb}", lang),
                         groups=names)
                )  # fmt: skip
        if tool_decides(oversight):
            agreement = format_percent(oversight.agreement, lang, 1)
            collect.add(collect.amber, "why.tool_decides", agreement=agreement)
            collect.add(collect.decisions, "dec.tool_decides")
    with_funnel = [a for a in singles if a.funnel] or [a for a in result.analyses if a.funnel]
    gaps = [a for a in with_funnel if gap_steps(a.funnel or [])] or with_funnel[:1]
    for analysis in gaps[:2]:
        summary_text = funnel_summary(analysis.funnel or [], lang)
        attributes = attributes_label(analysis.attributes, spec)
        found.append(text("find.funnel", lang, attributes=attributes, summary=summary_text))
    flagged = [f for f in result.features or [] if f.proxy_flag]
    for feature in flagged[:2]:
        attribute, v_attr = max(feature.proxy_for.items(), key=lambda item: item[1])
        found.append(
            text("find.proxy", lang, column=column_label(feature.column, spec),
                 attribute=column_label(attribute, spec), v_attr=format_number(v_attr, lang, 2),
                 v_dec=format_number(feature.association_with_decision, lang, 2))
        )  # fmt: skip
    if flagged:
        columns = ", ".join(column_label(f.column, spec) for f in flagged)
        collect.add(collect.amber, "why.proxy", columns=columns)
        collect.add(collect.decisions, "dec.proxy", columns=columns)
    # After the most important adverse finding, before the rest (the summary shows five).
    position = min(1, len(collect.findings))
    collect.findings[position:position] = found


def audit_status(
    result: AuditResult,
    lang: Lang,
    *,
    small_cell_threshold: int = SMALL_CELL_THRESHOLD,
    report_date: date | None = None,
    audit_section: int | None = None,
) -> ToolStatusSummary:
    """The traffic light of one audit on its own (no register)."""
    collect = _Collector(lang, audit_section)
    audit = audit_statements(result, threshold=small_cell_threshold)
    _audit_rules(collect, audit, result, threshold=small_cell_threshold)
    return collect.result(next_review=None, report_date=report_date or record_date(result))


def audit_findings(
    audit: AuditStatements, result: AuditResult, lang: Lang, *, threshold: int
) -> list[str]:
    """An audit's findings as the summary words them (the notices and the active-measures
    document list them; never more than the summary's count of groups)."""
    collect = _Collector(lang)
    _audit_rules(collect, audit, result, threshold=threshold)
    return collect.findings


def tool_status(
    record: ToolRecord,
    lang: Lang,
    *,
    small_cell_threshold: int = SMALL_CELL_THRESHOLD,
    report_date: date | None = None,
    audit_section: int | None = None,
    checklist_section: int | None = None,
    statements: ToolStatements | None = None,
) -> ToolStatusSummary:
    """The traffic light of a registered tool: law, latest audit, risks, checklists, sign-off,
    worded from the tool's statements (built here unless given)."""
    if statements is None:
        statements = tool_statements(
            record, as_of=report_date, small_cell_threshold=small_cell_threshold
        )
    return statements_status(
        statements, record, lang, audit_section=audit_section,
        checklist_section=checklist_section,
    )  # fmt: skip


def statements_status(
    statements: ToolStatements,
    record: ToolRecord,
    lang: Lang,
    *,
    audit_section: int | None = None,
    checklist_section: int | None = None,
) -> ToolStatusSummary:
    """The traffic light worded from ``statements`` (``record`` gives the latest audit's own
    figures for its oversight, funnel and proxy findings)."""
    from ethics_toolkit.register.domain.labels import risk_class_label

    collect = _Collector(lang, audit_section)
    threshold = statements.small_cell_threshold
    altered_rules(collect, record)  # issue 27: first, before anything read from the rows
    if statements.outcome("prohibited") == "yes":
        collect.add(collect.red, "why.prohibited")
        collect.add(collect.decisions, "dec.stop_prohibited")
    run = latest_audit(record)
    if statements.audit is not None and run is not None:
        _audit_rules(collect, statements.audit, run.result, threshold=threshold, findings=2)
    elif statements.classification.high_risk or statements.classification.prohibited:
        collect.add(collect.amber, "why.no_audit")
        collect.add(collect.decisions, "dec.audit")
    _risk_rules(collect, statements)
    risk_class = risk_class_label(statements.classification.risk_class, lang).lower()
    collect.add(collect.findings, "find.classification", risk_class=risk_class)
    _checklist_rules(collect, statements, checklist_section)
    fria = statements.deadline("fria")
    if fria is not None:
        key = "dec.fria_late" if fria.overdue else "dec.fria"
        collect.add(collect.decisions, key)
    legal_point_rules(collect, statements)
    _signoff_rules(collect, statements)
    review = statements.deadline("review")
    if review is None:
        collect.add(collect.decisions, "dec.review")
    elif review.overdue:
        collect.add(collect.amber, "why.review_overdue", date=review.due.isoformat())  # type: ignore[union-attr]
        collect.add(collect.decisions, "dec.review")
    if statements.open_tasks:
        collect.add(collect.amber, "why.open_tasks", count=statements.open_tasks)
        collect.add(collect.decisions, "dec.assess_tasks")
    if statements.late_requests:
        collect.add(collect.amber, "why.requests_overdue", count=statements.late_requests)
        collect.add(collect.decisions, "dec.answer_requests")
    reasons, decisions = competence_rules(lang, statements.oversight)  # issue 23
    collect.amber += reasons
    collect.decisions += decisions
    return collect.result(
        next_review=statements.tool.next_review,
        report_date=statements.as_of,
        owner=statements.tool.system_owner,
    )


def _risk_rules(collect: _Collector, statements: ToolStatements) -> None:
    """Unresolved critical and high risks, split by status as the risk table shows them."""
    from ethics_toolkit.register.domain.labels import level_label

    lang, risks = collect.lang, statements.risks
    critical = risks.unresolved("critical")
    high = risks.unresolved("high")
    if critical:
        collect.add(collect.red, "why.critical_risk", count=len(critical),
                    detail=status_detail(risks, "critical", lang))  # fmt: skip
    if high:
        collect.add(collect.amber, "why.high_risks", count=len(high),
                    detail=status_detail(risks, "high", lang))  # fmt: skip
    serious = risks.unresolved(*SERIOUS_LEVELS)
    for risk in serious[:1]:
        collect.add(collect.findings, "find.risk", level=level_label(risk.level, lang),
                    title=risk.title, score=risk.score)  # fmt: skip
    undecided = risks.undecided(*SERIOUS_LEVELS)
    if undecided:
        collect.add(collect.decisions, "dec.accept_risks", count=len(undecided))
    unapproved = [r for r in risks.items if r.needs_approver]  # issue 21 item 3, issue 22
    if unapproved:
        collect.add(collect.amber, "why.unapproved", count=len(unapproved))
        collect.add(collect.decisions, "dec.approve_acceptance", count=len(unapproved))


def _checklist_rules(
    collect: _Collector, statements: ToolStatements, checklist_section: int | None
) -> None:
    lang, counts = collect.lang, statements.checklists.counts
    gaps = text("why.unmet", lang, count=counts.gaps) if counts.gaps else None
    unknown = text("why.dont_know", lang, count=counts.dont_know) if counts.dont_know else None
    if gaps and unknown:  # one line: the box stays short
        collect.add(
            collect.amber,
            "why.unmet_and_unknown",
            gaps=gaps[:-1],
            unknown=unknown[:1].lower() + unknown[1:],
        )
    elif gaps or unknown:
        collect.amber.append(gaps or unknown)  # type: ignore[arg-type]
    where = collect.where(checklist_section, page="checklists")
    if counts.needs_review:
        collect.add(collect.amber, "why.needs_review", count=counts.needs_review, where=where)
    if counts.answered:
        collect.add(collect.findings, "find.checklists", where=where,
                    items=counts.items, met=counts.met, partly=counts.partly,
                    not_met=counts.not_met, dont_know=counts.dont_know,
                    na=counts.not_applicable, unanswered=counts.unanswered,
                    review=_review_part(counts.needs_review, lang))  # fmt: skip


def _review_part(count: int, lang: Lang) -> str:
    return text("part.needs_review", lang, count=count) if count else ""


def _signoff_rules(collect: _Collector, statements: ToolStatements) -> None:
    signoff = statements.signoff
    if signoff is None:
        collect.add(collect.amber, "why.no_signoff")
        collect.add(collect.decisions, "dec.signoff")
    elif not signoff.covers_content:
        collect.add(collect.amber, "why.signoff_stale", date=signoff.signed_at.date().isoformat(),
                    name=signoff.name)  # fmt: skip
        collect.add(collect.decisions, "dec.signoff")


def altered_rules(collect: _Collector, record: ToolRecord) -> None:
    """Issue 21 §4 / 27: a register changed outside the program is red, said first, naming what
    was altered in verify's words (those about this tool first)."""
    from ethics_toolkit.register.integrity.messages import VERDICT

    verdict = record.verdict
    if verdict is None or verdict.intact:
        return
    found = verdict.about(record.tool.name) or verdict.findings
    collect.red.append(VERDICT.text("altered", collect.lang, count=len(verdict.findings)))
    collect.red += [finding.message.get(collect.lang) for finding in found[:ALTERATIONS_NAMED]]
    collect.red.append(VERDICT.text("detected", collect.lang))
    collect.add(collect.decisions, "dec.altered")


def status(
    source: ToolRecord | AuditResult,
    lang: Lang,
    *,
    small_cell_threshold: int = SMALL_CELL_THRESHOLD,
    report_date: date | None = None,
    audit_section: int | None = None,
    checklist_section: int | None = None,
    statements: ToolStatements | None = None,
) -> ToolStatusSummary:
    """The traffic light of a tool record or of a single audit (see the module docstring).

    ``audit_section`` / ``checklist_section``: where a report prints the details ("and 2 more
    (section 5)"); without them the summary points to the app's pages.
    """
    if isinstance(source, AuditResult):
        return audit_status(
            source, lang, small_cell_threshold=small_cell_threshold, report_date=report_date,
            audit_section=audit_section,
        )  # fmt: skip
    return tool_status(
        source, lang, small_cell_threshold=small_cell_threshold, report_date=report_date,
        audit_section=audit_section, checklist_section=checklist_section, statements=statements,
    )  # fmt: skip

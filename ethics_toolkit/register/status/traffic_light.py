# ruff: noqa: E501  (holds a text catalogue: long sentences read better unbroken)
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

from ethics_toolkit.engine.models import Analysis, AuditResult, GroupResult
from ethics_toolkit.engine.presentation.findings import (
    MIN_GROUP_TO_JUDGE,
    MIN_ROWS_TO_JUDGE,
)
from ethics_toolkit.engine.presentation.labels import attributes_label, column_label, group_label
from ethics_toolkit.engine.presentation.suppression import SMALL_CELL_THRESHOLD, figures_withheld
from ethics_toolkit.engine.presentation.views import NBSP, significant
from ethics_toolkit.i18n import Lang, format_int, format_number, format_p_value, format_percent
from ethics_toolkit.register.status.competence import competence_rules
from ethics_toolkit.register.status.counts import (
    adverse_counts,
    adverse_groups,
    count_finding,
    judgeable,
    legal_point_rules,
    withheld_below,
)
from ethics_toolkit.register.status.texts import text

if TYPE_CHECKING:
    from ethics_toolkit.register.domain.audit_runs import AuditRun
    from ethics_toolkit.register.domain.tool_record import ToolRecord

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

    model_config = ConfigDict(frozen=True)

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


def latest_audit(record: ToolRecord) -> AuditRun | None:
    """The audit run the report is about: the most recent one (ties: the highest id)."""
    if not record.audits:
        return None
    return max(record.audits, key=lambda run: (run.run_at, run.id or 0))


def derive_report_date(source: ToolRecord | AuditResult) -> date | None:
    """The date of the newest fact in the data: never today, so rebuilds stay identical."""
    if isinstance(source, AuditResult):
        return source.computed_at.date() if source.computed_at else None
    stamps = [run.run_at for run in source.audits]
    stamps += [entry.at for entry in source.history]
    stamps += [signoff.signed_at for signoff in source.signoffs]
    stamps += [answer.answered_at for answer in source.answers]
    return max(stamps).date() if stamps else None


def _names(pairs: list[tuple[Analysis, GroupResult]], result: AuditResult) -> str:
    return ", ".join(group_label(g.values, result.spec) for _, g in pairs[:MAX_GROUPS_NAMED])


def _reference_rate(analysis: Analysis) -> float | None:
    return next((g.selection_rate for g in analysis.groups if g.is_reference), None)


def p_text(p: float | None, lang: Lang) -> str:
    """``p = 0.002`` or ``p < 0.001`` (never ``p = < 0.001``)."""
    value = format_p_value(p, lang).replace(" ", NBSP)
    return f"p{NBSP}{value}" if value.startswith("<") else f"p{NBSP}={NBSP}{value}"


def adverse_finding(
    analysis: Analysis, group: GroupResult, lang: Lang, result: AuditResult | None = None
) -> str:
    return text(
        "find.adverse",
        lang,
        group=group_label(group.values, result.spec if result else None),
        ratio=format_number(group.impact_ratio, lang, 2),
        rate=format_percent(group.selection_rate, lang, 1),
        ref_rate=format_percent(_reference_rate(analysis), lang, 1),
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

    def names(self, pairs: list[tuple[Analysis, GroupResult]], result: AuditResult) -> str:
        """Every group named, or the first ones and "and N more (section 5)" (issue 12)."""
        shown = _names(pairs, result)
        rest = len(pairs) - MAX_GROUPS_NAMED
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
    collect: _Collector, result: AuditResult, *, threshold: int, findings: int = MAX_GROUPS_NAMED
) -> None:
    lang = collect.lang
    adverse, too_little = judgeable(adverse_groups(result, threshold=threshold))
    if too_little:
        collect.add(collect.amber, "why.too_little", groups=collect.names(too_little, result),
                    minimum=MIN_GROUP_TO_JUDGE)  # fmt: skip
    if result.n_rows < MIN_ROWS_TO_JUDGE:
        collect.add(collect.amber, "why.too_little_log", n=result.n_rows, minimum=MIN_ROWS_TO_JUDGE)
    if too_little or result.n_rows < MIN_ROWS_TO_JUDGE:
        collect.add(collect.decisions, "dec.more_data")
    sure = [ag for ag in adverse if significant(ag[1])]
    uncertain = [ag for ag in adverse if not significant(ag[1])]
    if sure:
        collect.add(collect.red, "why.adverse_significant", groups=collect.names(sure, result))
    if uncertain:
        collect.add(collect.amber, "why.adverse_uncertain", groups=collect.names(uncertain, result))
    hidden = withheld_below(result, threshold=threshold)
    counts = adverse_counts(result, threshold=threshold)
    if counts.total:
        collect.findings.append(count_finding(collect, counts))
    if hidden:
        collect.add(collect.amber, "why.adverse_small", count=hidden, threshold=threshold)
    gaps = [
        (a, g)
        for a in result.analyses
        if len(a.attributes) == 1
        for g in a.groups
        if not g.adverse_impact
        and not g.is_reference
        and significant(g)
        and not figures_withheld(result, a, g, threshold)
    ]
    if gaps:
        collect.add(collect.amber, "why.significant_gap", groups=collect.names(gaps, result))
    collect.findings += [adverse_finding(a, g, lang, result) for a, g in adverse[:findings]]
    if not adverse and not too_little:
        collect.add(collect.findings, "find.no_adverse")
    if adverse:
        collect.add(collect.decisions, "dec.adverse", groups=collect.names(adverse, result))
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
    _audit_rules(collect, result, threshold=small_cell_threshold)
    return collect.result(next_review=None, report_date=report_date or derive_report_date(result))


def tool_status(
    record: ToolRecord,
    lang: Lang,
    *,
    small_cell_threshold: int = SMALL_CELL_THRESHOLD,
    report_date: date | None = None,
    audit_section: int | None = None,
    checklist_section: int | None = None,
) -> ToolStatusSummary:
    """The traffic light of a registered tool: law, latest audit, risks, checklists, sign-off."""
    from ethics_toolkit.register.checklists.catalogue import checklist_counts
    from ethics_toolkit.register.domain.labels import level_label, risk_class_label

    collect = _Collector(lang, audit_section)
    tool, classification = record.tool, record.classification
    report_date = report_date or derive_report_date(record)
    altered_rules(collect, record)  # issue 27: first, before anything read from the rows
    if classification.prohibited:
        collect.add(collect.red, "why.prohibited")
        collect.add(collect.decisions, "dec.stop_prohibited")
    run = latest_audit(record)
    if run is not None:
        _audit_rules(collect, run.result, threshold=small_cell_threshold, findings=2)
    elif classification.high_risk or classification.prohibited:
        collect.add(collect.amber, "why.no_audit")
        collect.add(collect.decisions, "dec.audit")

    open_risks = [r for r in record.risks if str(r.status) in OPEN_STATUSES]
    critical = [r for r in open_risks if str(r.level) == "critical"]
    serious = sorted(
        (r for r in open_risks if str(r.level) in SERIOUS_LEVELS),
        key=lambda r: (-r.inherent_score, r.title),
    )
    if critical:
        collect.add(collect.red, "why.critical_risk", count=len(critical))
    high = len(serious) - len(critical)
    if high:
        collect.add(collect.amber, "why.high_risks", count=high)
    for risk in serious[:1]:
        collect.add(
            collect.findings,
            "find.risk",
            level=level_label(risk.level, lang),
            title=risk.title,
            score=risk.inherent_score,
        )
    if serious:
        collect.add(collect.decisions, "dec.accept_risks", count=len(serious))
    unapproved = [r for r in record.risks if r.needs_approver]  # issue 21 item 3, issue 22
    if unapproved:
        collect.add(collect.amber, "why.unapproved", count=len(unapproved))
        collect.add(collect.decisions, "dec.approve_acceptance", count=len(unapproved))

    collect.add(
        collect.findings,
        "find.classification",
        risk_class=risk_class_label(classification.risk_class, lang).lower(),
    )
    counts = checklist_counts(a.value for a in record.answers)
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
    if counts.answered:
        collect.add(collect.findings, "find.checklists", where=collect.where(checklist_section, page="checklists"),
                    items=counts.items, met=counts.met, partly=counts.partly,
                    not_met=counts.not_met, dont_know=counts.dont_know,
                    na=counts.not_applicable, unanswered=counts.unanswered)  # fmt: skip

    if classification.fria_needed:
        collect.add(collect.decisions, "dec.fria")
    legal_point_rules(collect, classification)
    if not record.signoffs:
        collect.add(collect.amber, "why.no_signoff")
        collect.add(collect.decisions, "dec.signoff")
    if tool.next_review is None:
        collect.add(collect.decisions, "dec.review")
    elif report_date is not None and tool.next_review < report_date:
        collect.add(collect.amber, "why.review_overdue", date=tool.next_review.isoformat())
        collect.add(collect.decisions, "dec.review")
    _duty_rules(collect, record, report_date)
    reasons, decisions = competence_rules(lang, record, report_date)  # issue 23
    collect.amber += reasons
    collect.decisions += decisions
    return collect.result(
        next_review=tool.next_review, report_date=report_date, owner=tool.system_owner
    )


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


def _duty_rules(collect: _Collector, record: ToolRecord, report_date: date | None) -> None:
    """Issue 15: alerts not yet assessed, and explanation requests past their month (both as of
    the report date, like the review date above)."""
    open_tasks = [task for task in record.tasks if str(task.status) == "open"]
    if open_tasks:
        collect.add(collect.amber, "why.open_tasks", count=len(open_tasks))
        collect.add(collect.decisions, "dec.assess_tasks")
    late = [
        r
        for r in record.requests
        if not r.closed and report_date is not None and r.due < report_date
    ]
    if late:
        collect.add(collect.amber, "why.requests_overdue", count=len(late))
        collect.add(collect.decisions, "dec.answer_requests")


def status(
    source: ToolRecord | AuditResult,
    lang: Lang,
    *,
    small_cell_threshold: int = SMALL_CELL_THRESHOLD,
    report_date: date | None = None,
    audit_section: int | None = None,
    checklist_section: int | None = None,
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
        audit_section=audit_section, checklist_section=checklist_section,
    )  # fmt: skip

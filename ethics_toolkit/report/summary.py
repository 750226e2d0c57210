"""The executive summary as data: traffic light with its reasons, top findings, decisions.

Computed here, not in the PDF code, so that the app's Report page can preview exactly what the
first page of the PDF will say.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict

from ethics_toolkit.engine.findings import MIN_GROUP_TO_JUDGE, MIN_ROWS_TO_JUDGE, too_little_data
from ethics_toolkit.engine.models import Analysis, AuditResult, GroupResult
from ethics_toolkit.i18n import Lang, format_number, format_p_value, format_percent
from ethics_toolkit.report.disclosure import NBSP, group_label, is_small_cell
from ethics_toolkit.report.options import ReportOptions
from ethics_toolkit.report.texts import text

if TYPE_CHECKING:
    from ethics_toolkit.register.models import AuditRun, ToolRecord

Status = Literal["red", "amber", "green"]

ALPHA = 0.05
MAX_FINDINGS = 5
MAX_GROUPS_NAMED = 3
OPEN_STATUSES = frozenset({"open", "in_treatment"})
SERIOUS_LEVELS = ("high", "critical")


class ReportSummary(BaseModel):
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


def adverse_groups(result: AuditResult, *, threshold: int) -> list[tuple[Analysis, GroupResult]]:
    """Groups below four-fifths that may be named (not small cells), worst ratio first."""
    found = [
        (analysis, group)
        for analysis in result.analyses
        for group in analysis.groups
        if group.adverse_impact and not is_small_cell(group, threshold)
    ]
    # Unlikely-to-be-chance first, then single attributes (easier to act on), worst ratio first.
    return sorted(
        found,
        key=lambda ag: (not _significant(ag[1]), len(ag[0].attributes), ag[1].impact_ratio or 0.0),
    )


def _significant(group: GroupResult) -> bool:
    return group.p_value is not None and group.p_value < ALPHA


def _names(pairs: list[tuple[Analysis, GroupResult]]) -> str:
    return ", ".join(group_label(g.values) for _, g in pairs[:MAX_GROUPS_NAMED])


def _reference_rate(analysis: Analysis) -> float | None:
    return next((g.selection_rate for g in analysis.groups if g.is_reference), None)


def p_text(p: float | None, lang: Lang) -> str:
    """``p = 0.002`` or ``p < 0.001`` (never ``p = < 0.001``)."""
    value = format_p_value(p, lang).replace(" ", NBSP)
    return f"p{NBSP}{value}" if value.startswith("<") else f"p{NBSP}={NBSP}{value}"


def adverse_finding(analysis: Analysis, group: GroupResult, lang: Lang) -> str:
    return text(
        "find.adverse",
        lang,
        group=group_label(group.values),
        ratio=format_number(group.impact_ratio, lang, 2),
        rate=format_percent(group.selection_rate, lang, 0),
        ref_rate=format_percent(_reference_rate(analysis), lang, 0),
        p=p_text(group.p_value, lang),
    )


class _Collector:
    """Gathers reasons by severity, findings and decisions while the rules run."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang
        self.red: list[str] = []
        self.amber: list[str] = []
        self.findings: list[str] = []
        self.decisions: list[str] = []

    def add(self, bucket: list[str], key: str, **values: object) -> None:
        bucket.append(text(key, self.lang, **values))

    def result(self, *, next_review: date | None, report_date: date | None) -> ReportSummary:
        status: Status = "red" if self.red else "amber" if self.amber else "green"
        reasons = self.red + self.amber or [text("why.all_clear", self.lang)]
        return ReportSummary(
            lang=self.lang,
            status=status,
            status_label=text(f"sum.{status}", self.lang),
            reason=reasons[0],
            reasons=reasons,
            findings=self.findings[:MAX_FINDINGS] or [text("sum.no_findings", self.lang)],
            decisions=self.decisions,
            next_review=next_review,
            report_date=report_date,
        )


def _audit_rules(
    collect: _Collector, result: AuditResult, *, threshold: int, findings: int = MAX_GROUPS_NAMED
) -> None:
    lang = collect.lang
    adverse, too_little = _judgeable(adverse_groups(result, threshold=threshold))
    if too_little:
        collect.add(collect.amber, "why.too_little", groups=_names(too_little),
                    minimum=MIN_GROUP_TO_JUDGE)  # fmt: skip
    if result.n_rows < MIN_ROWS_TO_JUDGE:
        collect.add(collect.amber, "why.too_little_log", n=result.n_rows, minimum=MIN_ROWS_TO_JUDGE)
    if too_little or result.n_rows < MIN_ROWS_TO_JUDGE:
        collect.add(collect.decisions, "dec.more_data")
    significant = [ag for ag in adverse if _significant(ag[1])]
    uncertain = [ag for ag in adverse if not _significant(ag[1])]
    if significant:
        collect.add(collect.red, "why.adverse_significant", groups=_names(significant))
    if uncertain:
        collect.add(collect.amber, "why.adverse_uncertain", groups=_names(uncertain))
    hidden = sum(
        g.adverse_impact and is_small_cell(g, threshold) for a in result.analyses for g in a.groups
    )
    if hidden:
        collect.add(collect.amber, "why.adverse_small", count=hidden, threshold=threshold)
    gaps = [
        (a, g)
        for a in result.analyses
        if len(a.attributes) == 1
        for g in a.groups
        if not g.adverse_impact
        and not g.is_reference
        and _significant(g)
        and not is_small_cell(g, threshold)
    ]
    if gaps:
        collect.add(collect.amber, "why.significant_gap", groups=_names(gaps))
    collect.findings += [adverse_finding(a, g, lang) for a, g in adverse[:findings]]
    if not adverse and not too_little:
        collect.add(collect.findings, "find.no_adverse")
    if adverse:
        collect.add(collect.decisions, "dec.adverse", groups=_names(adverse))


def _judgeable(
    pairs: list[tuple[Analysis, GroupResult]],
) -> tuple[list[tuple[Analysis, GroupResult]], list[tuple[Analysis, GroupResult]]]:
    """Split adverse groups into those with enough data to judge and those too few (issue 9)."""
    judged, too_little = [], []
    for analysis, group in pairs:
        reference = next((g for g in analysis.groups if g.is_reference), group)
        small = too_little_data(group, reference, n_analysed=analysis.n_analysed)
        (too_little if small else judged).append((analysis, group))
    return judged, too_little


def _audit_summary(result: AuditResult, lang: Lang, options: ReportOptions) -> ReportSummary:
    collect = _Collector(lang)
    _audit_rules(collect, result, threshold=options.small_cell_threshold)
    report_date = options.report_date or derive_report_date(result)
    return collect.result(next_review=None, report_date=report_date)


def _tool_summary(record: ToolRecord, lang: Lang, options: ReportOptions) -> ReportSummary:
    from ethics_toolkit.register.models import AnswerValue, label

    collect = _Collector(lang)
    tool, classification = record.tool, record.classification
    report_date = options.report_date or derive_report_date(record)
    if classification.prohibited:
        collect.add(collect.red, "why.prohibited")
        collect.add(collect.decisions, "dec.stop_prohibited")
    run = latest_audit(record)
    if run is not None:
        _audit_rules(collect, run.result, threshold=options.small_cell_threshold, findings=2)
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
            level=label(risk.level, lang),
            title=risk.title,
            score=risk.inherent_score,
        )
    if serious:
        collect.add(collect.decisions, "dec.accept_risks", count=len(serious))

    collect.add(
        collect.findings,
        "find.classification",
        risk_class=label(classification.risk_class, lang).lower(),
    )
    answered = [a for a in record.answers if a.value != AnswerValue.not_applicable]
    unmet = [a for a in answered if a.value.unmet]
    if unmet:
        collect.add(collect.amber, "why.unmet", count=len(unmet))
        collect.add(collect.findings, "find.unmet", count=len(unmet), total=len(answered))

    if classification.fria_needed:
        collect.add(collect.decisions, "dec.fria")
    if classification.dpia_likely:
        collect.add(collect.decisions, "dec.dpia")
    if not record.signoffs:
        collect.add(collect.amber, "why.no_signoff")
        collect.add(collect.decisions, "dec.signoff")
    if tool.next_review is None:
        collect.add(collect.decisions, "dec.review")
    elif report_date is not None and tool.next_review < report_date:
        collect.add(collect.amber, "why.review_overdue", date=tool.next_review.isoformat())
        collect.add(collect.decisions, "dec.review")
    return collect.result(next_review=tool.next_review, report_date=report_date)


def summary(
    source: ToolRecord | AuditResult,
    lang: Lang,
    *,
    options: ReportOptions | None = None,
) -> ReportSummary:
    """Traffic light, reasons, top findings and decisions of a tool record or a single audit.

    Red: a prohibited practice, adverse impact unlikely to be chance, or an open critical risk.
    Amber: anything that needs attention (uncertain adverse impact, a significant gap above
    four-fifths, open high risks, unmet checklist items, no audit of a high-risk tool, no
    sign-off, an overdue review). Green otherwise. Small cells are never named.
    """
    options = options or ReportOptions()
    if isinstance(source, AuditResult):
        return _audit_summary(source, lang, options)
    return _tool_summary(source, lang, options)

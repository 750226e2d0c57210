"""One function builds the statements about a tool: :func:`tool_statements` (issue 21 §1)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ethics_toolkit.engine.presentation.suppression import SMALL_CELL_THRESHOLD
from ethics_toolkit.register.domain.audit_runs import AuditRun
from ethics_toolkit.register.domain.competence import oversight_finding
from ethics_toolkit.register.law.provisions import law_version
from ethics_toolkit.register.legal.classification import classify
from ethics_toolkit.register.statements.answers import checklist_statements, fria_applies, trusted
from ethics_toolkit.register.statements.articles import article_statements
from ethics_toolkit.register.statements.audit import audit_statements
from ethics_toolkit.register.statements.deadlines import deadlines
from ethics_toolkit.register.statements.grounds import ground_statements
from ethics_toolkit.register.statements.model import SignOffStatement, ToolStatements
from ethics_toolkit.register.statements.risks import risk_statements

if TYPE_CHECKING:
    from ethics_toolkit.engine.models import AuditResult
    from ethics_toolkit.register.domain.tool_record import ToolRecord


def latest_audit(record: ToolRecord) -> AuditRun | None:
    """The audit run a report is about: the most recent one (ties: the highest id)."""
    if not record.audits:
        return None
    return max(record.audits, key=lambda run: (run.run_at, run.id or 0))


def record_date(source: ToolRecord | AuditResult) -> date | None:
    """The date of the newest fact in the data: never today, so rebuilds stay identical."""
    from ethics_toolkit.engine.models import AuditResult

    if isinstance(source, AuditResult):
        return source.computed_at.date() if source.computed_at else None
    stamps = [run.run_at for run in source.audits]
    stamps += [entry.at for entry in source.history]
    stamps += [signoff.signed_at for signoff in source.signoffs]
    stamps += [answer.answered_at for answer in source.answers]
    return max(stamps).date() if stamps else None


def tool_statements(
    record: ToolRecord,
    *,
    as_of: date | None = None,
    small_cell_threshold: int = SMALL_CELL_THRESHOLD,
) -> ToolStatements:
    """Everything the register states about ``record``'s tool as of ``as_of`` (default: the day
    of the newest fact in the record, so the statements of an unchanged register never change).
    """
    from ethics_toolkit.register.integrity.content import covers

    as_of = as_of or record_date(record)
    tool = record.tool
    profile_only = classify(tool, as_of=as_of)
    checklists = checklist_statements(
        tool,
        record.answers,
        record.audits,
        fria_needed=fria_applies(tool, profile_only.high_risk),
        as_of=as_of,
    )
    evidence = trusted(record.answers, checklists)
    classification = classify(tool, answers=evidence, audits=record.audits, as_of=as_of)
    risks = risk_statements(record.risks, as_of=as_of)
    runs = sorted(record.audits, key=lambda run: (run.run_at, run.id or 0))
    audits = [audit_statements(run.result, threshold=small_cell_threshold, run=run) for run in runs]
    signoff = None
    if record.signoffs:
        last = max(record.signoffs, key=lambda s: (s.signed_at, s.id or 0))
        signoff = SignOffStatement(
            name=last.name,
            role=last.role,
            decision=last.decision,
            comment=last.comment,
            signed_at=last.signed_at,
            covers_content=last.content_hash is None or covers(record, last.content_hash),
        )
    late = [r for r in record.requests if not r.closed and as_of is not None and r.due < as_of]
    oversight = oversight_finding(
        tool, classification, record.people, record.competence, as_of=as_of or date.today()
    )
    return ToolStatements(
        tool=tool,
        as_of=as_of,
        small_cell_threshold=small_cell_threshold,
        law=law_version(as_of),
        classification=classification,
        articles=article_statements(classification, as_of=as_of),
        checklists=checklists,
        audit=audits[-1] if audits else None,
        audits=audits,
        risks=risks,
        deadlines=deadlines(record, classification, risks, answers=evidence, as_of=as_of),
        grounds=ground_statements(audits, risks),
        signoff=signoff,
        oversight=oversight,
        open_tasks=sum(str(t.status) == "open" for t in record.tasks),
        late_requests=len(late),
        requests=len(record.requests),
    )

"""Everything about one tool in one model, as the report, the app and the guided path read it."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from ethics_toolkit.register.domain.answers import Answer
from ethics_toolkit.register.domain.audit_runs import AuditRun
from ethics_toolkit.register.domain.dismissals import Dismissal
from ethics_toolkit.register.domain.explanation_requests import ExplanationRequest
from ethics_toolkit.register.domain.history_entries import HistoryCheck, HistoryEntry
from ethics_toolkit.register.domain.legal_classification import LegalClassification
from ethics_toolkit.register.domain.monitoring import DutyTask, MonitoringPlan
from ethics_toolkit.register.domain.paired import PairedRun
from ethics_toolkit.register.domain.people import CompetenceRecord, Person
from ethics_toolkit.register.domain.risks import Risk
from ethics_toolkit.register.domain.signoffs import SignOff
from ethics_toolkit.register.domain.tool import AITool
from ethics_toolkit.register.domain.verdict import IntegrityVerdict

ProgressStep = Literal["profile", "checklists", "audit", "risks", "report", "signoff"]
"""The steps of the whole job for one tool, in order (``register/status/progress.py``)."""


class ToolRecord(BaseModel):
    """Everything about one tool: what the report and the UI read."""

    tool: AITool
    classification: LegalClassification
    answers: list[Answer]
    risks: list[Risk]
    audits: list[AuditRun]
    signoffs: list[SignOff]
    history: list[HistoryEntry]
    # Issue 13: the whole register's chain, checked in the same read (``None``: not checked).
    history_check: HistoryCheck | None = None
    # Issue 27: the whole register's verdict (chain, rows, sign-offs), as ``verify`` gives it.
    verdict: IntegrityVerdict | None = None
    # Issue 15: the deployer's duties.
    plan: MonitoringPlan | None = None
    tasks: list[DutyTask] = Field(default_factory=list)
    requests: list[ExplanationRequest] = Field(default_factory=list)
    # Issue 24: paired (counterfactual) CV tests of the tool itself.
    paired: list[PairedRun] = Field(default_factory=list)
    # Issue 23: the people around the tool and their competence records.
    people: list[Person] = Field(default_factory=list)
    competence: list[CompetenceRecord] = Field(default_factory=list)
    # Issue 20: proposed risks dismissed with a reason (not part of what a sign-off binds).
    dismissals: list[Dismissal] = Field(default_factory=list)

    def history_names(self) -> dict[tuple[str, str], str]:
        """``(entity, id)`` -> current name, for history lines that do not name their subject."""
        names = {("tool", str(self.tool.id)): self.tool.name}
        names.update({("risk", str(r.id)): r.title for r in self.risks})
        names.update({("audit", str(a.id)): a.file_name for a in self.audits if a.file_name})
        # Issue 15: a request's reference is never stored in the history, only shown from here.
        names.update({("request", str(r.id)): r.reference for r in self.requests})
        names.update({("person", str(p.id)): p.name for p in self.people})
        names.update({("learning", str(c.id)): c.activity for c in self.competence})
        return names

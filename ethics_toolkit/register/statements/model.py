"""The statements about one tool as one model (issue 21 §1): what every output renders."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

from ethics_toolkit.register.domain.competence import OversightFinding
from ethics_toolkit.register.domain.legal_classification import LegalClassification
from ethics_toolkit.register.domain.signoffs import SignOffDecision
from ethics_toolkit.register.domain.tool import AITool
from ethics_toolkit.register.law.provisions import LawVersion
from ethics_toolkit.register.statements.answers import ChecklistStatements
from ethics_toolkit.register.statements.articles import ArticleStatement, ArticleTopic
from ethics_toolkit.register.statements.audit import AuditStatements
from ethics_toolkit.register.statements.deadlines import Deadline, DeadlineKind
from ethics_toolkit.register.statements.grounds import GroundStatement
from ethics_toolkit.register.statements.risks import RiskStatements


class SignOffStatement(BaseModel):
    """Who signed the assessment off, when, and whether it still covers the register's content."""

    model_config = ConfigDict(frozen=True)

    name: str
    role: str
    decision: SignOffDecision
    comment: str = ""
    signed_at: datetime
    covers_content: bool


class ToolStatements(BaseModel):
    """Everything the register states about one tool as of one date, with its evidence.

    Built by :func:`~ethics_toolkit.register.statements.build.tool_statements`; the traffic
    light, the report, the notices, the explanation replies, the active-measures document, the
    app's pages and the CLI render from it.
    """

    model_config = ConfigDict(frozen=True)

    tool: AITool
    as_of: date | None
    """The day the statements hold for: deadlines are late before it, the law is as in force."""
    small_cell_threshold: int
    law: LawVersion
    classification: LegalClassification
    """The classification from the profile and the evidence that stands (answers that need
    review left out), with the law as in force on ``as_of``."""
    articles: list[ArticleStatement]
    checklists: ChecklistStatements
    audit: AuditStatements | None
    """The latest bias audit (ties: the highest id)."""
    audits: list[AuditStatements] = Field(default_factory=list)
    """Every saved audit, oldest first."""
    risks: RiskStatements
    deadlines: list[Deadline]
    grounds: list[GroundStatement]
    signoff: SignOffStatement | None = None
    oversight: OversightFinding
    """Issue 23: whether a named, trained person oversees the tool (AI Act Art. 26(2))."""
    open_tasks: int = 0
    late_requests: int = 0
    requests: int = 0

    def article(self, topic: ArticleTopic) -> ArticleStatement | None:
        return next((a for a in self.articles if a.topic == topic), None)

    def outcome(self, topic: ArticleTopic) -> str | None:
        found = self.article(topic)
        return found.outcome if found is not None else None

    def deadline(self, kind: DeadlineKind) -> Deadline | None:
        return next((d for d in self.deadlines if d.kind == kind), None)

    @property
    def art22_applies(self) -> bool:
        """GDPR Art. 22 applies or likely applies: the tool decides, by the profile or in
        practice. The notices then name the Art. 22(3) rights and never say a person decides."""
        return self.outcome("art22") in ("yes", "likely")

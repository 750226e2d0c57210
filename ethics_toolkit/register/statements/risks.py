"""What the register states about a tool's risks: each risk with its level, status and actions,
and the counts every output gives (issue 21 §1).

"Open" is a status (no treatment decided yet); a risk that is open *or* under treatment is
"unresolved". The summary says "3 high risks not resolved: 2 open, 1 under treatment", so it
agrees with a table that shows two risks as open and one under treatment.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from ethics_toolkit.register.domain.decisions import AcceptanceState, Decision
from ethics_toolkit.register.domain.risks import Risk, RiskLevel, RiskStatus, Treatment

UNRESOLVED = frozenset({RiskStatus.open, RiskStatus.in_treatment})
SERIOUS: tuple[RiskLevel, ...] = ("high", "critical")
LEVELS: tuple[RiskLevel, ...] = ("low", "medium", "high", "critical")
DISCRIMINATION_AREA = "non_discrimination"


class ActionStatement(BaseModel):
    """One measure of a risk, with its owner (the risk's when the action names none)."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    description: str
    owner: str
    due: date | None
    done: bool
    done_on: date | None = None
    done_by: str = ""
    overdue: bool = False
    """Not done and due before the statements' date."""


class RiskStatement(BaseModel):
    model_config = ConfigDict(frozen=True, defer_build=True)

    id: int | None
    title: str
    description: str = ""
    category: str = ""
    grounds: list[str] = Field(default_factory=list)
    level: RiskLevel
    likelihood: int
    severity: int
    score: int
    residual: tuple[int, int] | None
    """Likelihood and severity after treatment (``None``: not assessed yet)."""
    residual_score: int | None
    status: RiskStatus
    treatment: Treatment
    owner: str
    approved_by: str = ""
    acceptance: Decision | None = None
    """Issue 22: who proposed accepting the risk, with what justification, and who approved it."""
    acceptance_state: AcceptanceState | None = None
    """``None`` unless accepted; then ``approved`` only with four eyes (and justification)."""
    needs_approver: bool = False
    """Accepted without four eyes (issue 21 item 3, issue 22): not approved."""
    review_date: date | None = None
    next_due: date | None
    audit_run_id: int | None = None
    source_item_id: str | None = None
    actions: list[ActionStatement]

    @property
    def unresolved(self) -> bool:
        return self.status in UNRESOLVED

    @property
    def discrimination(self) -> bool:
        """A risk of discrimination: it names a ground, is in the non-discrimination area, or
        rests on a bias audit."""
        return (
            bool(self.grounds)
            or self.category == DISCRIMINATION_AREA
            or (self.audit_run_id is not None)
        )


class RiskStatements(BaseModel):
    """The risks, highest score first, and their counts."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    items: list[RiskStatement]

    def unresolved(self, *levels: RiskLevel) -> list[RiskStatement]:
        """Open or under treatment, of the given levels (all levels without any)."""
        return [r for r in self.items if r.unresolved and (not levels or r.level in levels)]

    def by_status(self, *levels: RiskLevel) -> Counter[RiskStatus]:
        """How the unresolved risks of these levels split by status (open, under treatment)."""
        return Counter(r.status for r in self.unresolved(*levels))

    def undecided(self, *levels: RiskLevel) -> list[RiskStatement]:
        """Risks still open: no treatment decided yet."""
        return [r for r in self.items if r.status == RiskStatus.open and r.level in levels]

    def level_counts(self) -> Counter[RiskLevel]:
        """Unresolved risks per level (the Overview's column and the CLI's count)."""
        return Counter(r.level for r in self.unresolved())


def _next_due(risk: Risk) -> date | None:
    dues = [a.due for a in risk.actions if a.due is not None and not a.done]
    return min(dues) if dues else risk.review_date


def risk_statements(risks: Sequence[Risk], *, as_of: date | None) -> RiskStatements:
    """Every risk as the outputs state it, highest inherent score first (ties: residual score,
    then title, so the order is stable)."""
    ordered = sorted(risks, key=lambda r: (-r.inherent_score, -(r.residual_score or 0), r.title))
    items = []
    for risk in ordered:
        actions = [
            ActionStatement(
                description=action.description,
                owner=action.owner or risk.owner,
                due=action.due,
                done=action.done,
                done_on=action.done_on,
                done_by=action.done_by,
                overdue=bool(
                    not action.done and action.due and as_of is not None and action.due < as_of
                ),
            )
            for action in risk.actions
        ]
        items.append(
            RiskStatement(
                id=risk.id,
                title=risk.title,
                description=risk.description,
                category=risk.category,
                grounds=[str(g) for g in risk.grounds],
                level=risk.level,
                likelihood=risk.likelihood,
                severity=risk.severity,
                score=risk.inherent_score,
                residual=(
                    (risk.residual_likelihood, risk.residual_severity)
                    if risk.residual_likelihood is not None and risk.residual_severity is not None
                    else None
                ),
                residual_score=risk.residual_score,
                status=risk.status,
                treatment=risk.treatment,
                owner=risk.owner,
                approved_by=(risk.approved_by or "").strip(),
                acceptance=risk.acceptance,
                acceptance_state=risk.acceptance_state,
                needs_approver=risk.needs_approver,
                review_date=risk.review_date,
                next_due=_next_due(risk),
                audit_run_id=risk.audit_run_id,
                source_item_id=risk.source_item_id,
                actions=actions,
            )
        )
    return RiskStatements(items=items)

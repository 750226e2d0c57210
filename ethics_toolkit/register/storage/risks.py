"""The store's checklist answers, the risks they propose, and risks."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n import Lang
from ethics_toolkit.register.access import decide
from ethics_toolkit.register.access.roles import Permission
from ethics_toolkit.register.checklists.catalogue import checklist_item, load_checklists
from ethics_toolkit.register.domain.actors import Actor, as_actor
from ethics_toolkit.register.domain.answers import Answer, AnswerValue
from ethics_toolkit.register.domain.decisions import Decision
from ethics_toolkit.register.domain.risks import (
    MitigationAction,
    Risk,
    RiskStatus,
    check_acceptance,
)
from ethics_toolkit.register.domain.tool import AITool
from ethics_toolkit.register.storage.base import StoreBase
from ethics_toolkit.register.storage.messages import (
    FOREIGN_AUDIT,
    GAP_TITLE,
    NO_PROPOSAL,
    NOT_FOUND,
    NOTHING_TO_APPROVE,
    THE_ACCEPTANCE,
    UNKNOWN_ITEM,
    ConflictError,
)
from ethics_toolkit.register.storage.orm import (
    AnswerRow,
    AuditRunRow,
    RiskRow,
    from_row,
    to_row_values,
)
from ethics_toolkit.register.storage.rows import _json_changes


class RisksMixin(StoreBase):
    """Answers and risks: an unmet answer proposes a risk the user accepts or dismisses."""

    def answers(self, tool_id: int) -> list[Answer]:
        return self._read(AnswerRow, Answer, tool_id)

    def answer(
        self,
        tool_id: int,
        item_id: str,
        value: AnswerValue | str,
        *,
        evidence: str = "",
        actor: Actor | str,
    ) -> Answer:
        """Record (or change) the answer to a checklist item; an unmet answer proposes a risk."""
        self._allow(actor, decide.answer_permission(_area(item_id)), tool_id)
        value = AnswerValue(value)
        with self._session() as session:
            self._tool_row(session, tool_id, writing=True)
            row = session.scalar(
                select(AnswerRow).where(AnswerRow.tool_id == tool_id, AnswerRow.item_id == item_id)
            )
            old = from_row(row, Answer) if row is not None else None
            previous = old.risk_decision if old is not None else None
            if value.unmet:
                decision = previous or "pending"
            else:
                decision = "accepted" if previous == "accepted" else None
            new = Answer(
                tool_id=tool_id,
                item_id=item_id,
                value=value,
                evidence=evidence,
                answered_by=as_actor(actor).name,
                answered_at=self._clock(),
                risk_decision=decision,
                # Issue 21 §2: a revision keeps the day the answer was first given.
                first_answered_at=old.given_at if old is not None else None,
            )
            values = to_row_values(new, AnswerRow)
            if row is None:
                session.add(AnswerRow(**values))
            else:
                for key, val in values.items():
                    setattr(row, key, val)
            self._log(
                session,
                actor=actor,
                tool_id=tool_id,
                entity="answer",
                entity_id=item_id,
                action="create" if old is None else "update",
                changes=_json_changes(old, new),
            )
            return new

    def proposed_risk(self, item_id: str, tool_id: int, *, lang: Lang = "sv") -> Risk:
        """A risk prefilled from an unmet checklist item (not saved): the user reviews it first."""
        item = _item(item_id)
        area = next(a.area for a in load_checklists() if any(i.id == item_id for i in a.items))
        with self._session(write=False) as session:
            tool = from_row(self._tool_row(session, tool_id), AITool)
            row = session.scalar(
                select(AnswerRow).where(AnswerRow.tool_id == tool_id, AnswerRow.item_id == item_id)
            )
            answer = from_row(row, Answer) if row is not None else None
        # "No" is a known gap, "partly" and "don't know" leave it uncertain.
        likelihood = 4 if answer is not None and answer.value == AnswerValue.no else 3
        evidence = f"\n\n{answer.evidence}" if answer is not None and answer.evidence else ""
        return Risk(
            tool_id=tool_id,
            title=GAP_TITLE.format(lang, question=item.question.get(lang)),
            description=item.guidance.get(lang) + evidence,
            category=area,
            legal_references=list(item.references),
            grounds=list(item.grounds),
            likelihood=likelihood,
            severity=item.severity_if_unmet,
            actions=[
                MitigationAction(
                    description=item.suggested_mitigation.get(lang), owner=tool.system_owner
                )
            ],
            owner=tool.system_owner,
            review_date=tool.next_review,
            source_item_id=item_id,
        )

    def decide_proposal(
        self,
        tool_id: int,
        item_id: str,
        accept: bool,
        *,
        actor: Actor | str,
        risk: Risk | None = None,
        lang: Lang = "sv",
    ) -> Risk | None:
        """Accept or dismiss the risk an unmet answer proposed.

        Accepting saves ``risk`` (the proposal as the user edited it) or else the prefilled
        :meth:`proposed_risk`; either way the risk is linked to the item.
        """
        self._allow(actor, Permission.edit, tool_id)
        proposal = None
        if accept:
            proposal = risk or self.proposed_risk(item_id, tool_id, lang=lang)
            proposal = proposal.model_copy(update={"tool_id": tool_id, "source_item_id": item_id})
        with self._session() as session:
            self._tool_row(session, tool_id, writing=True)
            row = session.scalar(
                select(AnswerRow).where(AnswerRow.tool_id == tool_id, AnswerRow.item_id == item_id)
            )
            if row is None or row.risk_decision != "pending":
                raise UserFacingError.of(NO_PROPOSAL, item=item_id)
            old = from_row(row, Answer)
            row.risk_decision = "accepted" if accept else "dismissed"
            saved = self._save_risk(session, proposal, actor=actor) if proposal else None
            self._log(
                session,
                actor=actor,
                tool_id=tool_id,
                entity="answer",
                entity_id=item_id,
                action="update",
                changes=_json_changes(old, from_row(row, Answer)),
            )
            return saved

    # -- risks -----------------------------------------------------------------------------------

    def risks(self, tool_id: int) -> list[Risk]:
        return self._read(RiskRow, Risk, tool_id)

    def save_risk(
        self, risk: Risk, *, actor: Actor | str, event: dict[str, Any] | None = None
    ) -> Risk:
        """Insert (``id`` None) or update a risk; refuses stale copies and unjustified acceptance.

        ``event``: what happened, for the history line (risk actions say what they did). Saving
        a risk as accepted proposes the acceptance in the actor's name (issue 22); only
        :meth:`approve_acceptance` approves it.
        """
        self._allow(actor, Permission.edit, risk.tool_id)
        try:
            with self._session() as session:
                return self._save_risk(session, risk, actor=actor, event=event)
        except StaleDataError as error:
            raise ConflictError("risk", risk.title) from error

    def _save_risk(
        self,
        session: Session,
        risk: Risk,
        *,
        actor: Actor | str,
        event: dict[str, Any] | None = None,
    ) -> Risk:
        self._tool_row(session, risk.tool_id, writing=True)
        if risk.audit_run_id is not None:
            run = session.get(AuditRunRow, risk.audit_run_id)
            if run is None or run.tool_id != risk.tool_id:
                raise UserFacingError.of(FOREIGN_AUDIT, id=risk.audit_run_id)
        row, old = (session.get(RiskRow, risk.id), None) if risk.id is not None else (None, None)
        if risk.id is not None:
            if row is None:
                raise UserFacingError.of(NOT_FOUND, id=risk.id)
            if row.row_version != risk.row_version:
                raise ConflictError("risk", row.title)
            old = from_row(row, Risk)
        risk, proposed = _proposal(risk, old, as_actor(actor), self._clock())
        if proposed:
            check_acceptance(risk)
        values = to_row_values(risk, RiskRow)
        del values["id"], values["row_version"]
        if row is None:
            row = RiskRow(**values)
            session.add(row)
        else:
            for key, value in values.items():
                setattr(row, key, value)
        session.flush()
        if proposed and event is None:
            event = {"kind": "accept_propose"}
        changes = _json_changes(old, risk)
        if changes:
            self._log(
                session,
                actor=actor,
                tool_id=risk.tool_id,
                entity="risk",
                entity_id=row.id,
                action="create" if old is None else "update",
                changes=changes,
                subject=risk.title,
                event=event,
            )
        return from_row(row, Risk)

    def approve_acceptance(self, risk: Risk, *, actor: Actor | str) -> Risk:
        """Approve the proposed acceptance of ``risk``: the approver role, not the proposer.

        Refused when the risk is not proposed for acceptance, when it needs a justification and
        has none, and when the approver proposed it (four eyes, issue 22).
        """
        self._allow(actor, Permission.approve, risk.tool_id)
        who = as_actor(actor)
        try:
            with self._session() as session:
                self._tool_row(session, risk.tool_id, writing=True)
                row = session.get(RiskRow, risk.id) if risk.id is not None else None
                if row is None or row.tool_id != risk.tool_id:
                    raise UserFacingError.of(NOT_FOUND, id=risk.id)
                if row.row_version != risk.row_version:
                    raise ConflictError("risk", row.title)
                old = from_row(row, Risk)
                if old.acceptance is None or old.acceptance_state is None:
                    raise UserFacingError.of(NOTHING_TO_APPROVE, title=old.title)
                check_acceptance(old)
                proposer = old.acceptance.proposed_by
                decide.check_four_eyes(who, [proposer] if proposer else [], what=THE_ACCEPTANCE)
                approval = {"approved_by": who, "approved_at": self._clock()}
                new = old.model_copy(
                    update={
                        "acceptance": old.acceptance.model_copy(update=approval),
                        "approved_by": who.name,
                    }
                )
                row.acceptance = to_row_values(new, RiskRow)["acceptance"]
                row.approved_by = who.name
                session.flush()
                self._log(
                    session,
                    actor=who,
                    tool_id=risk.tool_id,
                    entity="risk",
                    entity_id=row.id,
                    action="update",
                    changes=_json_changes(old, new),
                    subject=old.title,
                    event={"kind": "accept_approve"},
                )
                return from_row(row, Risk)
        except StaleDataError as error:
            raise ConflictError("risk", risk.title) from error


_SUBSTANCE = (
    "title",
    "description",
    "grounds",
    "likelihood",
    "severity",
    "residual_likelihood",
    "residual_severity",
    "treatment",
    "existing_controls",
)
"""What an approval of an acceptance approved: changing any of it asks for a new approval."""


def _proposal(risk: Risk, old: Risk | None, actor: Actor, now: Any) -> tuple[Risk, bool]:
    """The risk with its acceptance decision as the store keeps it, and whether it is new.

    Only :meth:`RisksMixin.approve_acceptance` approves: an approval sent in is ignored. A risk
    saved as accepted becomes a proposal in ``actor``'s name unless it was accepted already with
    the same substance and justification, in which case the earlier decision stands.
    """
    if risk.status != RiskStatus.accepted:
        return risk.model_copy(update={"acceptance": None}), False
    offered = risk.acceptance.justification if risk.acceptance else None
    if old is not None and old.status == RiskStatus.accepted:
        before = old.acceptance
        same = all(getattr(old, field) == getattr(risk, field) for field in _SUBSTANCE)
        kept = before.justification if before is not None else None
        if same and (offered is None or offered == kept):  # an older acceptance stays as it was
            return risk.model_copy(
                update={"acceptance": before, "approved_by": old.approved_by}
            ), False
    before = old.acceptance if old is not None and old.status == RiskStatus.accepted else None
    justification = offered if offered is not None else (before.justification if before else None)
    proposal = Decision(proposed_by=actor, proposed_at=now, justification=justification)
    return risk.model_copy(update={"acceptance": proposal, "approved_by": None}), True


def _area(item_id: str) -> str:
    """The checklist area of an item (the DPO answers the GDPR area)."""
    _item(item_id)
    return next(a.area for a in load_checklists() if any(i.id == item_id for i in a.items))


def _item(item_id: str) -> Any:
    try:
        return checklist_item(item_id)
    except (KeyError, LookupError, UserFacingError, ValidationError) as error:
        raise UserFacingError.of(UNKNOWN_ITEM, item=item_id) from error

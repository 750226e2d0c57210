"""The store's checklist answers, the risks they propose, and risks."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n import Lang
from ethics_toolkit.register.checklists.catalogue import checklist_item, load_checklists
from ethics_toolkit.register.domain.answers import Answer, AnswerValue
from ethics_toolkit.register.domain.risks import MitigationAction, Risk, check_acceptance
from ethics_toolkit.register.domain.tool import AITool
from ethics_toolkit.register.storage.base import StoreBase
from ethics_toolkit.register.storage.messages import (
    FOREIGN_AUDIT,
    GAP_TITLE,
    NO_PROPOSAL,
    NOT_FOUND,
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
        actor: str,
    ) -> Answer:
        """Record (or change) the answer to a checklist item; an unmet answer proposes a risk."""
        _item(item_id)
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
                answered_by=actor,
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
        actor: str,
        risk: Risk | None = None,
        lang: Lang = "sv",
    ) -> Risk | None:
        """Accept or dismiss the risk an unmet answer proposed.

        Accepting saves ``risk`` (the proposal as the user edited it) or else the prefilled
        :meth:`proposed_risk`; either way the risk is linked to the item.
        """
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

    def save_risk(self, risk: Risk, *, actor: str, event: dict[str, Any] | None = None) -> Risk:
        """Insert (``id`` None) or update a risk; refuses stale copies and unapproved acceptance.

        ``event``: what happened, for the history line (risk actions say what they did).
        """
        try:
            with self._session() as session:
                return self._save_risk(session, risk, actor=actor, event=event)
        except StaleDataError as error:
            raise ConflictError("risk", risk.title) from error

    def _save_risk(
        self, session: Session, risk: Risk, *, actor: str, event: dict[str, Any] | None = None
    ) -> Risk:
        check_acceptance(risk)
        self._tool_row(session, risk.tool_id, writing=True)
        if risk.audit_run_id is not None:
            run = session.get(AuditRunRow, risk.audit_run_id)
            if run is None or run.tool_id != risk.tool_id:
                raise UserFacingError.of(FOREIGN_AUDIT, id=risk.audit_run_id)
        values = to_row_values(risk, RiskRow)
        del values["id"], values["row_version"]
        if risk.id is None:
            row = RiskRow(**values)
            session.add(row)
            session.flush()
            old = None
        else:
            found = session.get(RiskRow, risk.id)
            if found is None:
                raise UserFacingError.of(NOT_FOUND, id=risk.id)
            row = found
            if row.row_version != risk.row_version:
                raise ConflictError("risk", row.title)
            old = from_row(row, Risk)
            for key, value in values.items():
                setattr(row, key, value)
            session.flush()
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


def _item(item_id: str) -> Any:
    try:
        return checklist_item(item_id)
    except (KeyError, LookupError, UserFacingError, ValidationError) as error:
        raise UserFacingError.of(UNKNOWN_ITEM, item=item_id) from error

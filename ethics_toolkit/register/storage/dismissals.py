"""The store's dismissed risk proposals (issue 20, item 8): one by one or all at once, with a
reason, each with its history entry, so that the proposal does not come back."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.register.access.roles import Permission
from ethics_toolkit.register.domain.actors import Actor, as_actor
from ethics_toolkit.register.domain.answers import Answer
from ethics_toolkit.register.domain.dismissals import Dismissal, Proposal
from ethics_toolkit.register.storage.base import StoreBase
from ethics_toolkit.register.storage.messages import (
    FOREIGN_AUDIT,
    NO_PROPOSAL,
    NOTHING_TO_DISMISS,
    REASON_NEEDED,
)
from ethics_toolkit.register.storage.orm import (
    AnswerRow,
    AuditRunRow,
    DismissalRow,
    from_row,
    to_row_values,
)
from ethics_toolkit.register.storage.rows import _json_changes


class DismissalsMixin(StoreBase):
    """Proposals a person decided not to add to the register, and why."""

    def dismissals(self, tool_id: int) -> list[Dismissal]:
        """Every dismissed proposal of the tool, oldest first."""
        return self._read(DismissalRow, Dismissal, tool_id)

    def dismiss_proposals(
        self, tool_id: int, proposals: Sequence[Proposal], *, reason: str, actor: Actor | str
    ) -> list[Dismissal]:
        """Dismiss ``proposals`` (one, or every one shown) with one ``reason``: all or nothing.

        An audit's proposal (from an audit run of the tool) is kept as a dismissal row; a
        checklist answer's proposal is marked dismissed on the answer itself (as
        :meth:`decide_proposal` does). Either way one history entry names the proposal and the
        reason and binds the row it wrote (issue 27). A proposal already dismissed for the same
        run is left as it is. Returns the dismissals (a checklist answer's without an id).
        """
        self._allow(actor, Permission.edit, tool_id)
        reason = reason.strip()
        if not reason:
            raise UserFacingError.of(REASON_NEEDED)
        if not proposals:
            raise UserFacingError.of(NOTHING_TO_DISMISS)
        with self._session() as session:
            self._tool_row(session, tool_id, writing=True)
            done = {
                (row.audit_run_id, row.proposal)
                for row in session.scalars(
                    select(DismissalRow).where(DismissalRow.tool_id == tool_id)
                )
            }
            saved = []
            for proposal in dict.fromkeys(proposals):
                if (proposal.audit_run_id, proposal.key) in done:
                    continue
                done.add((proposal.audit_run_id, proposal.key))
                dismissal = Dismissal(
                    tool_id=tool_id,
                    audit_run_id=proposal.audit_run_id,
                    proposal=proposal.key,
                    title=proposal.title,
                    reason=reason,
                    dismissed_at=self._clock(),
                    dismissed_by=as_actor(actor).name,
                )
                event = {"kind": "proposal_dismissed", "reason": reason}
                if proposal.item_id is not None:
                    changes = self._dismiss_answer(session, tool_id, proposal.item_id)
                    self._log(session, actor=actor, tool_id=tool_id, entity="answer",
                              entity_id=proposal.item_id, action="update", changes=changes,
                              subject=proposal.title, event=event)  # fmt: skip
                    saved.append(dismissal)
                    continue
                run = session.get(AuditRunRow, proposal.audit_run_id)
                if run is None or run.tool_id != tool_id:
                    raise UserFacingError.of(FOREIGN_AUDIT, id=proposal.audit_run_id)
                row = DismissalRow(**to_row_values(dismissal, DismissalRow))
                session.add(row)
                session.flush()
                self._log(session, actor=actor, tool_id=tool_id, entity="proposal",
                          entity_id=row.id, action="create", changes={},
                          subject=proposal.title, event=event)  # fmt: skip
                saved.append(from_row(row, Dismissal))
            return saved

    def _dismiss_answer(self, session, tool_id: int, item_id: str) -> dict[str, list[object]]:
        row = session.scalar(
            select(AnswerRow).where(AnswerRow.tool_id == tool_id, AnswerRow.item_id == item_id)
        )
        if row is None or row.risk_decision != "pending":
            raise UserFacingError.of(NO_PROPOSAL, item=item_id)
        old = from_row(row, Answer)
        row.risk_decision = "dismissed"
        session.flush()
        return _json_changes(old, from_row(row, Answer))

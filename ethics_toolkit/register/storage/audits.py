"""The store's audit runs and sign-offs."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.register.access import decide
from ethics_toolkit.register.access.roles import Permission
from ethics_toolkit.register.domain.access_texts import APPROVAL_EVENTS, is_decision
from ethics_toolkit.register.domain.actors import BY_KEY, Actor, as_actor
from ethics_toolkit.register.domain.answers import Answer
from ethics_toolkit.register.domain.audit_runs import AuditRun
from ethics_toolkit.register.domain.history import ADVERSE_KEY, EVENT_KEY
from ethics_toolkit.register.domain.risks import Risk
from ethics_toolkit.register.domain.signoffs import SignOff, SignOffDecision
from ethics_toolkit.register.domain.tool import AITool
from ethics_toolkit.register.integrity import chain
from ethics_toolkit.register.integrity.content import content_of
from ethics_toolkit.register.legal.classification import classify
from ethics_toolkit.register.storage import privacy
from ethics_toolkit.register.storage.duties import DutiesMixin
from ethics_toolkit.register.storage.messages import THE_CONTENT
from ethics_toolkit.register.storage.orm import (
    AnswerRow,
    AuditRunRow,
    RiskRow,
    SignOffRow,
    from_row,
    to_row_values,
)
from ethics_toolkit.register.storage.rows import (
    _children,
    _history,
    _json_changes,
    _walk_chain,
)


class AuditsMixin(DutiesMixin):
    """Audit runs and sign-offs; a saved run opens the duty tasks its thresholds call for."""

    def audit_runs(self, tool_id: int) -> list[AuditRun]:
        return self._read(AuditRunRow, AuditRun, tool_id)

    def save_audit_run(
        self,
        tool_id: int,
        result: AuditResult,
        *,
        actor: Actor | str,
        file_name: str | None = None,
        data_period: str | None = None,
        keep_exact_small_cells: bool = False,
    ) -> AuditRun:
        """Keep an audit's aggregated cells and figures with the input's fingerprint.

        Cells and group figures of fewer than 5 people are withheld (``register/privacy.py``)
        unless ``keep_exact_small_cells``, which the run records and the report states.
        """
        self._allow(actor, Permission.edit, tool_id)
        reading = result.reading
        protected = None if keep_exact_small_cells else privacy.protect(result)
        run = AuditRun(
            tool_id=tool_id,
            result=protected.result if protected else result,
            exact_small_cells=keep_exact_small_cells,
            withheld_rows=protected.withheld_rows if protected else 0,
            withheld_groups=protected.withheld_groups if protected else 0,
            file_sha256=reading.sha256 if reading else None,
            file_name=file_name or (reading.file_name if reading else None),
            rows_read=reading.rows_read if reading else result.n_rows,
            rows_used=result.n_rows,
            run_at=self._clock(),
            run_by=as_actor(actor).name,
            data_period=data_period,
        )
        with self._session() as session:
            self._tool_row(session, tool_id, writing=True)
            previous = session.scalar(
                select(AuditRunRow)
                .where(AuditRunRow.tool_id == tool_id)
                .order_by(AuditRunRow.run_at.desc(), AuditRunRow.id.desc())
                .limit(1)
            )
            previous_result = from_row(previous, AuditRun).result if previous else None
            row = AuditRunRow(**to_row_values(run, AuditRunRow))
            session.add(row)
            session.flush()
            saved = from_row(row, AuditRun)
            self._log(
                session,
                actor=actor,
                tool_id=tool_id,
                entity="audit",
                entity_id=row.id,
                action="create",
                changes={
                    **_json_changes(None, saved.model_copy(update={"result": None})),
                    ADVERSE_KEY: [result.adverse_impact_found],
                    "result_sha256": [
                        None,
                        chain.content_hash(saved.result.model_dump(mode="json")),
                    ],
                },
                subject=saved.file_name,
            )
            self._open_threshold_tasks(session, saved, previous_result, actor=actor)
            return saved

    def signoffs(self, tool_id: int) -> list[SignOff]:
        return self._read(SignOffRow, SignOff, tool_id)

    def sign_off(
        self,
        tool_id: int,
        *,
        name: str,
        role: str,
        decision: SignOffDecision | str,
        comment: str = "",
        actor: Actor | str,
    ) -> SignOff:
        """Record that a named person in a role approved or rejected the assessment.

        Issue 22: it needs the approver role, and the signer (the signed-in identity; else the
        ``name`` given) may not have changed the content since the previous sign-off (four eyes):
        the sign-off keeps who signed and who proposed what it approves.
        """
        self._allow(actor, Permission.approve, tool_id)
        who = as_actor(actor)
        signoff = SignOff(
            tool_id=tool_id,
            name=name,
            role=role,
            decision=SignOffDecision(decision),
            comment=comment,
            signed_at=self._clock(),
        )
        with self._session() as session:
            tool = from_row(self._tool_row(session, tool_id, writing=True), AITool)
            content = content_of(
                tool,
                classify(tool),
                _children(session, AnswerRow, Answer, tool_id),
                _children(session, RiskRow, Risk, tool_id),
                _children(session, AuditRunRow, AuditRun, tool_id),
            )
            proposers = self._proposers(session, tool_id)
            signer = who if who.signed_in else Actor(name=name, via=who.via)
            decide.check_four_eyes(signer, proposers, what=THE_CONTENT)
            signoff = signoff.model_copy(
                update={
                    "content_hash": chain.content_hash(content),
                    "head_hash": _walk_chain(session).head,
                    "signed_by": signer,
                    "proposed_by": proposers,
                }
            )
            row = SignOffRow(**to_row_values(signoff, SignOffRow))
            session.add(row)
            session.flush()
            self._log(
                session,
                actor=actor,
                tool_id=tool_id,
                entity="signoff",
                entity_id=row.id,
                action="create",
                changes=_json_changes(None, signoff),
                subject=name,
            )
            return from_row(row, SignOff)

    def _proposers(self, session: Session, tool_id: int) -> list[Actor]:
        """Who changed the content since the previous sign-off (approvals are no proposals).

        With no change since then, the people the previous sign-off named.
        """
        entries = _history(session, tool_id)
        last = max((i for i, e in enumerate(entries) if e.entity == "signoff"), default=-1)
        found: list[Actor] = []
        for entry in entries[last + 1 :]:
            approval = is_decision(entry.changes, EVENT_KEY, APPROVAL_EVENTS)
            if entry.entity not in CONTENT_ENTITIES or approval:
                continue
            event = entry.changes.get(EVENT_KEY)
            if event and isinstance(event[-1], dict) and event[-1].get("kind") in _NOT_CONTENT:
                continue
            person = Actor.from_stamp(entry.actor, (entry.changes.get(BY_KEY) or [None])[-1])
            if not any(person.same_person(seen) for seen in found):
                found.append(person)
        if not found and last >= 0:
            previous = session.scalars(
                select(SignOffRow).where(SignOffRow.tool_id == tool_id).order_by(SignOffRow.id)
            ).all()
            return from_row(previous[-1], SignOff).proposed_by if previous else []
        return found


CONTENT_ENTITIES = frozenset({"tool", "answer", "risk", "audit", "paired"})
"""History entities whose changes a sign-off approves (the content it binds, and paired tests)."""
_NOT_CONTENT = frozenset({"archive", "restore"})

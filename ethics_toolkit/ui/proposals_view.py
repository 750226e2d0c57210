"""Proposed risks waiting on the Risks page: from unmet checklist answers and from the latest audit.

The guided path counts them as missing in "risks and measures", so the page it links to must let the
user decide on them: accept (the risk is added, linked to its item or audit run) or, for checklist
proposals, dismiss (the decision is recorded in the history). Audit proposals have no stored
"dismissed" state: they are offered until one risk from an audit is in the register, which is what
the path asks for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from ethics_toolkit.i18n import LANGS
from ethics_toolkit.register.checklists.catalogue import load_checklists
from ethics_toolkit.register.risks import proposals
from ethics_toolkit.register.status.progress import audit_risk_missing
from ethics_toolkit.ui import access_view, state, widgets
from ethics_toolkit.ui.escape import md
from ethics_toolkit.ui.state import t

if TYPE_CHECKING:
    from ethics_toolkit.register.domain.audit_runs import AuditRun
    from ethics_toolkit.register.domain.risks import Risk
    from ethics_toolkit.register.domain.tool_record import ToolRecord


def _audit_proposals(record: ToolRecord) -> tuple[AuditRun | None, list[Risk]]:
    """The latest run's adverse groups as risks, less those already in the register."""
    if not record.audits:
        return None, []
    run = max(record.audits, key=lambda r: (r.run_at, r.id or 0))
    taken = {r.title for r in record.risks if r.audit_run_id == run.id}
    found = []
    for analysis in run.result.analyses:
        for group in analysis.groups:
            if not group.adverse_impact:
                continue
            risks = {
                lang: proposals.adverse_impact_risk(
                    tool_id=record.tool.id or 0,
                    audit_run_id=run.id,
                    analysis=analysis,
                    group=group,
                    owner=state.actor_name(),
                    lang=lang,
                    spec=run.result.spec,
                )
                for lang in LANGS
            }
            if not any(risk.title in taken for risk in risks.values()):  # added in any language
                found.append(risks[state.lang()])
    return run, found


def pending_proposals(record: ToolRecord) -> None:
    """Every proposal the guided path waits for, in one box."""
    pending = [a for a in record.answers if a.risk_decision == "pending"]
    # Audit proposals cannot be dismissed (the audit page lists them all after a run): offered
    # here only until one risk from an audit is in the register, as the path asks.
    run, from_audit = _audit_proposals(record) if audit_risk_missing(record) else (None, [])
    count = len(pending) + len(from_audit)
    if not count or not access_view.can_edit(record.tool):  # archived, or a reader (issue 22)
        return
    lang = state.lang()
    items = {item.id: item for area in load_checklists() for item in area.items}
    with st.expander(
        t("proposals_title", count=count), icon=":material/pending_actions:", expanded=True
    ):
        st.caption(t("proposals_help"))
        for number, risk in enumerate(from_audit):
            with st.container(border=True):
                st.markdown(f"**{md(risk.title)}**")
                date = run.run_at.date().isoformat() if run else ""
                st.caption(t("proposals_from_audit", date=date))
                if st.button(t("proposal_add"), key=f"audit_proposal_{number}"):
                    saved = widgets.guarded(
                        lambda risk=risk: state.store().save_risk(risk, actor=state.actor())
                    )
                    if saved is not None:
                        st.toast(t("proposal_accepted"), icon=":material/task_alt:")
                        st.rerun()
        for answer in pending:
            item = items.get(answer.item_id)
            if item is None:
                continue
            with st.container(border=True):
                st.markdown(f"**{md(t('proposals_from_item', question=item.question.get(lang)))}**")
                st.caption(item.suggested_mitigation.get(lang))
                left, right = st.columns(2)
                for column, accept, label in (
                    (left, True, "proposal_accept"),
                    (right, False, "proposal_dismiss"),
                ):
                    if column.button(t(label), key=f"pending_{item.id}_{accept}"):
                        decided = widgets.guarded(
                            lambda accept=accept, item=item: (
                                state.store().decide_proposal(
                                    record.tool.id, item.id, accept, actor=state.actor(), lang=lang
                                )
                                or True
                            )
                        )
                        if decided is not None:
                            key = "proposal_accepted" if accept else "proposal_dismissed"
                            st.toast(t(key), icon=":material/task_alt:")
                            st.rerun()

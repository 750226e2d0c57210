"""Proposed risks waiting on the Risks page: from unmet checklist answers and from the latest audit.

The guided path counts them as missing in "risks and measures", so the page it links to must let the
user decide on them: accept (the risk is added, linked to its item or audit run) or dismiss with a
reason, one by one or all at once (issue 20: the dismissal and its reason are kept in the register
with a history entry, so the proposal does not come back). Audit proposals are offered until one
risk from an audit is in the register or every proposal of the latest run is dismissed, which is
what the path asks for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from ethics_toolkit.i18n import LANGS
from ethics_toolkit.register.checklists.catalogue import load_checklists
from ethics_toolkit.register.domain.dismissals import (
    Proposal,
    adverse_key,
    dismissed_keys,
    item_key,
)
from ethics_toolkit.register.risks import proposals
from ethics_toolkit.register.status.progress import audit_risk_missing
from ethics_toolkit.ui import access_view, state, widgets
from ethics_toolkit.ui.escape import md
from ethics_toolkit.ui.state import t

if TYPE_CHECKING:
    from ethics_toolkit.register.domain.audit_runs import AuditRun
    from ethics_toolkit.register.domain.risks import Risk
    from ethics_toolkit.register.domain.tool_record import ToolRecord


def _audit_proposals(record: ToolRecord) -> tuple[AuditRun | None, list[tuple[Risk, Proposal]]]:
    """The latest run's adverse groups as risks, less those in the register or dismissed."""
    if not record.audits:
        return None, []
    run = max(record.audits, key=lambda r: (r.run_at, r.id or 0))
    taken = {r.title for r in record.risks if r.audit_run_id == run.id}
    dismissed = dismissed_keys(record.dismissals, run.id)
    found = []
    for analysis in run.result.analyses:
        for group in analysis.groups:
            if not group.adverse_impact or adverse_key(group.values) in dismissed:
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
                risk = risks[state.lang()]
                key = adverse_key(group.values)
                found.append((risk, Proposal(key=key, title=risk.title, audit_run_id=run.id)))
    return run, found


def pending_proposals(record: ToolRecord) -> None:
    """Every proposal the guided path waits for, in one box."""
    pending = [a for a in record.answers if a.risk_decision == "pending"]
    run, from_audit = _audit_proposals(record) if audit_risk_missing(record) else (None, [])
    count = len(pending) + len(from_audit)
    if not count or not access_view.can_edit(record.tool):  # archived, or a reader (issue 22)
        return
    lang = state.lang()
    items = {item.id: item for area in load_checklists() for item in area.items}
    offered: list[Proposal] = []
    with st.expander(
        t("proposals_title", count=count), icon=":material/pending_actions:", expanded=True
    ):
        st.caption(t("proposals_help"))
        for number, (risk, proposal) in enumerate(from_audit):
            offered.append(proposal)
            with st.container(border=True):
                st.markdown(f"**{md(risk.title)}**")
                date = run.run_at.date().isoformat() if run else ""
                st.caption(t("proposals_from_audit", date=date))
                left, right = st.columns([1, 3])
                if left.button(
                    t("proposal_add"),
                    key=f"audit_proposal_{number}",
                    disabled=access_view.locked(record.tool),
                ):
                    saved = widgets.guarded(
                        lambda risk=risk: state.store().save_risk(risk, actor=state.actor())
                    )
                    if saved is not None:
                        st.toast(t("proposal_accepted"), icon=":material/task_alt:")
                        st.rerun()
                with right:
                    dismiss(record.tool, [proposal], key=f"risks_audit_{number}")
        for answer in pending:
            item = items.get(answer.item_id)
            if item is None:
                continue
            title = t("proposals_from_item", question=item.question.get(lang))
            proposal = Proposal(key=item_key(item.id), title=title, item_id=item.id)
            offered.append(proposal)
            with st.container(border=True):
                st.markdown(f"**{md(title)}**")
                st.caption(item.suggested_mitigation.get(lang))
                left, right = st.columns([1, 3])
                if left.button(
                    t("proposal_accept"),
                    key=f"pending_{item.id}_True",
                    disabled=access_view.locked(record.tool),
                ):
                    decided = widgets.guarded(
                        lambda item=item: (
                            state.store().decide_proposal(
                                record.tool.id, item.id, True, actor=state.actor(), lang=lang
                            )
                            or True
                        )
                    )
                    if decided is not None:
                        st.toast(t("proposal_accepted"), icon=":material/task_alt:")
                        st.rerun()
                with right:
                    dismiss(record.tool, [proposal], key=f"pending_{item.id}")
        if len(offered) > 1:
            dismiss(record.tool, offered, key="risks_all", every=True)


def dismiss(tool, offered: list[Proposal], *, key: str, every: bool = False) -> None:
    """Dismiss one proposal (or ``every`` one shown) with a reason, kept in the register."""
    label = t("proposal_dismiss_all", count=len(offered)) if every else t("proposal_dismiss")
    locked = access_view.locked(tool)  # issue 22: readers and archived tools
    with st.popover(label, icon=":material/block:", disabled=locked):
        st.caption(t("proposal_dismiss_help"))
        reason = st.text_area(
            t("proposal_reason"),
            key=f"dismiss_reason_{key}",
            placeholder=t("proposal_reason_placeholder"),
            height=80,
        )
        if st.button(label, key=f"dismiss_{key}", type="primary", disabled=locked):
            saved = widgets.guarded(
                lambda: state.store().dismiss_proposals(
                    tool.id, offered, reason=reason, actor=state.actor()
                )
            )
            if saved is not None:
                st.toast(t("proposal_dismissed_n", count=len(saved)), icon=":material/block:")
                st.rerun()

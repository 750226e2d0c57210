"""The Risks page's decisions (issue 22, issue 21 item 3): propose accepting a risk, approve it.

One person proposes (an editor, with aim, necessity and alternatives when the risk concerns
discrimination or is high or critical); another person with the approver role approves. The page
shows each accepted risk's state as the register derives it (``Risk.acceptance_state``) and
enables only what the person's role and four eyes allow; the store refuses the rest.
"""

from __future__ import annotations

import streamlit as st

from ethics_toolkit.register.access.roles import Permission
from ethics_toolkit.register.domain.access_texts import acceptance_label
from ethics_toolkit.register.domain.actors import actor_label
from ethics_toolkit.register.domain.decisions import Decision, Justification
from ethics_toolkit.register.domain.risks import Risk, RiskStatus, Treatment
from ethics_toolkit.ui import access_view, state, widgets
from ethics_toolkit.ui.escape import md
from ethics_toolkit.ui.state import t


def panel(tool, risks: list[Risk]) -> None:
    st.subheader(t("acceptance_title"))
    st.caption(t("acceptance_intro"))
    accepted = [r for r in risks if r.status == RiskStatus.accepted]
    if not accepted:
        st.caption(t("acceptance_none"))
    for risk in accepted:
        _state(risk)
    left, right = st.columns(2)
    with left:
        if access_view.can_edit(tool):
            _propose_form([r for r in risks if r.status != RiskStatus.accepted])
    with right:
        _approve(tool, [r for r in accepted if r.needs_approver])


def _state(risk: Risk) -> None:
    lang = state.lang()
    label = acceptance_label(risk.acceptance_state or "not_recorded", lang)
    st.markdown(t("acceptance_line", title=md(risk.title), state=label))
    decision = risk.acceptance
    if decision is None:
        return
    lines = []
    if decision.proposed_by is not None and decision.proposed_at is not None:
        who = actor_label(decision.proposed_by, lang)
        lines.append(t("acceptance_proposed_by", date=decision.proposed_at.date(), who=md(who)))
    if decision.approved_by is not None and decision.approved_at is not None:
        who = actor_label(decision.approved_by, lang)
        lines.append(t("acceptance_approved_by", date=decision.approved_at.date(), who=md(who)))
    why = decision.justification
    if why is not None:
        lines.append(
            t(
                "acceptance_why",
                aim=md(why.aim or "–"),
                necessity=md(why.necessity or "–"),
                alternatives=md(why.alternatives or "–"),
            )
        )
    st.caption(" ".join(lines))


def _label(risk: Risk) -> str:
    return f"{risk.id}: {risk.title}"


def _propose_form(candidates: list[Risk]) -> None:
    if not candidates:
        return
    by_label = {_label(r): r for r in candidates}
    with st.form("propose_acceptance", clear_on_submit=True):
        st.markdown(f"**{t('acceptance_propose')}**")
        chosen = st.selectbox(
            t("acceptance_pick"), list(by_label), key="propose_risk", placeholder=t("choose_option")
        )
        aim = st.text_area(t("acceptance_aim"), help=t("acceptance_aim_help"), height=68)
        necessity = st.text_area(
            t("acceptance_necessity"), help=t("acceptance_necessity_help"), height=68
        )
        alternatives = st.text_area(
            t("acceptance_alternatives"), help=t("acceptance_alternatives_help"), height=68
        )
        if st.form_submit_button(t("acceptance_propose"), type="primary"):
            risk = by_label[chosen]
            why = Justification(aim=aim, necessity=necessity, alternatives=alternatives)
            update = {
                "status": RiskStatus.accepted,
                "treatment": Treatment.accept,
                "acceptance": Decision(justification=why),
            }
            saved = widgets.guarded(
                lambda: state.store().save_risk(risk.model_copy(update=update), actor=state.actor())
            )
            if saved is not None:
                st.toast(t("acceptance_proposed_toast"), icon=":material/gavel:")
                st.rerun()


def _approve(tool, waiting: list[Risk]) -> None:
    """Approval: shown to approvers; switched off for the decision's own proposer."""
    if not waiting:
        return
    if not state.may(Permission.approve, tool.id):
        st.caption(t("access_cannot", role=t("access_approver_word")))
        return
    me = state.known_actor()
    by_label = {_label(r): r for r in waiting}
    chosen = st.selectbox(
        t("acceptance_pick_approve"),
        list(by_label),
        key="approve_risk",
        placeholder=t("choose_option"),
    )
    risk = by_label[chosen]
    proposer = risk.acceptance.proposed_by if risk.acceptance else None
    own = me is not None and proposer is not None and me.same_person(proposer)
    if own:
        st.caption(t("acceptance_own"))
    if st.button(
        t("acceptance_approve"),
        key="approve_acceptance",
        type="primary",
        disabled=own or tool.archived,
        icon=":material/verified:",
    ):
        done = widgets.guarded(lambda: state.store().approve_acceptance(risk, actor=state.actor()))
        if done is not None:
            st.toast(t("acceptance_approved_toast"), icon=":material/verified:")
            st.rerun()

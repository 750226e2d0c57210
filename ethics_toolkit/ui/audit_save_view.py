"""The bias-audit page after its result: the note on special-category data (GDPR Art. 9(2),
issue 12), saving the run to the tool picked in the sidebar, and the risks the saved run proposes
for its groups below the four-fifths line, each added to the register with one click."""

from __future__ import annotations

import streamlit as st

from ethics_toolkit.register.risks import proposals
from ethics_toolkit.ui import access_view, state, widgets
from ethics_toolkit.ui.escape import md
from ethics_toolkit.ui.state import t


def save_step(tool, result, file_name: str) -> None:
    st.subheader(t("audit_step_save"))
    if tool is None:
        st.info(t("audit_save_needs_tool"))
        return
    saved = st.session_state.get(state.SAVED_RUN_KEY)
    if saved is not None:
        st.success(t("audit_saved", tool=md(tool.name), run=saved), icon=":material/save:")
        _proposals(tool, result, saved)
        return
    period = st.text_input(t("audit_period"), key="audit_period", help=t("audit_period_help"))
    keep_exact = st.checkbox(
        t("audit_keep_exact"), value=False, key="audit_keep_exact", help=t("audit_keep_exact_help")
    )
    if st.button(
        t("audit_save", tool=md(tool.name)),
        key="save_audit",
        icon=":material/save:",
        disabled=access_view.locked(tool),
    ):
        run = widgets.guarded(
            lambda: state.store().save_audit_run(
                tool.id,
                result,
                actor=state.actor(),
                file_name=file_name,
                data_period=period.strip() or None,
                keep_exact_small_cells=keep_exact,
            )
        )
        if run is not None:
            st.session_state[state.SAVED_RUN_KEY] = run.id
            st.toast(t("audit_saved_toast", tool=md(tool.name)), icon=":material/save:")
            st.rerun()


def special_data(tool, result) -> None:
    """Issue 12: an audit of special-category data asks for the GDPR Art. 9(2) ground."""
    from ethics_toolkit.engine.presentation.labels import column_label
    from ethics_toolkit.register.domain.labels import label
    from ethics_toolkit.register.legal.evidence import special_columns

    found = special_columns(result.spec)
    if not found:
        return
    lang = state.lang()
    columns = ", ".join(
        f"{column_label(c, result.spec)} ({label(category, lang).lower()})" for c, category in found
    )
    ground = (tool.art9_ground or "").strip() if tool is not None else ""
    if ground:
        st.caption(t("audit_special_ground", columns=md(columns), ground=md(ground)))
    else:
        st.info(t("audit_special_data", columns=md(columns)), icon=":material/shield_person:")


def _proposals(tool, result, run_id: int) -> None:
    adverse = [(a, g) for a in result.analyses for g in a.groups if g.adverse_impact]
    if not adverse:
        return
    st.markdown(f"**{t('proposal_heading')}**")
    st.caption(t("proposal_help"))
    done = st.session_state.setdefault("audit_proposals_done", set())
    for i, (analysis, group) in enumerate(adverse):
        risk = proposals.adverse_impact_risk(
            tool_id=tool.id,
            audit_run_id=run_id,
            analysis=analysis,
            group=group,
            owner=state.actor_name(),
            lang=state.lang(),
            spec=result.spec,
        )
        marker = (run_id, risk.title)
        with st.container(border=True):
            st.markdown(f"**{md(risk.title)}**")
            if risk.description:
                st.caption(md(risk.description))
            if marker in done:
                st.success(t("proposal_added"), icon=":material/task_alt:")
            elif st.button(
                t("proposal_add"), key=f"propose_{i}", disabled=access_view.locked(tool)
            ):
                saved = widgets.guarded(
                    lambda risk=risk: state.store().save_risk(risk, actor=state.actor())
                )
                if saved is not None:
                    done.add(marker)
                    st.toast(t("proposal_accepted"), icon=":material/task_alt:")
                    st.rerun()

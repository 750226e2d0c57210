"""The bias-audit page after its result: the note on special-category data (GDPR Art. 9(2),
issue 12), saving the run to the tool picked in the sidebar (issue 20: with the audit's recipe, a
new version when it changed), and the risks the saved run proposes for its groups below the
four-fifths line, each added to the register with one click or dismissed with a reason, one by one
or all at once (issue 20: kept in the register, so they do not come back)."""

from __future__ import annotations

import streamlit as st

from ethics_toolkit.register.domain.dismissals import Proposal, adverse_key, dismissed_keys
from ethics_toolkit.register.risks import proposals
from ethics_toolkit.ui import access_view, proposals_view, state, widgets
from ethics_toolkit.ui.escape import md
from ethics_toolkit.ui.state import t

PLAIN_KEYS = ("audit_period", "audit_keep_exact")
"""Widgets drawn with plain keys: kept across pages (``state.keep_widgets``)."""
SAVED_RECIPE_KEY = "audit_saved_recipe"  # (run id, version, new) of the recipe saved with a run


def save_step(tool, result, file_name: str, *, recipe=None) -> None:
    """Save the run (and, issue 20, its ``recipe`` as the tool's next version when it changed)."""
    st.subheader(t("audit_step_save"))
    if tool is None:
        st.info(t("audit_save_needs_tool"))
        _download(recipe, file_name)
        return
    saved = st.session_state.get(state.SAVED_RUN_KEY)
    if saved is not None:
        st.success(t("audit_saved", tool=md(tool.name), run=saved), icon=":material/save:")
        _recipe_saved(saved)
        _download(recipe, file_name)
        _proposals(tool, result, saved)
        return
    period = st.text_input(t("audit_period"), key="audit_period", help=t("audit_period_help"))
    st.session_state.setdefault("audit_keep_exact", False)
    keep_exact = st.checkbox(
        t("audit_keep_exact"), key="audit_keep_exact", help=t("audit_keep_exact_help")
    )
    state.keep_widgets(*PLAIN_KEYS)
    if recipe is not None:
        st.caption(t("rcp_saved_with_audit", tool=md(tool.name)))
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
            if recipe is not None:
                version = widgets.guarded(
                    lambda: state.store().save_recipe(tool.id, recipe, actor=state.actor())
                )
                if version is not None:
                    saved_recipe, new = version
                    st.session_state[SAVED_RECIPE_KEY] = (run.id, saved_recipe.version, new)
            st.toast(t("audit_saved_toast", tool=md(tool.name)), icon=":material/save:")
            st.rerun()
    _download(recipe, file_name)


def _download(recipe, file_name: str) -> None:
    if recipe is not None:  # issue 20: the recipe of the audit on screen, as a file
        from ethics_toolkit.ui.audit_recipe_view import download

        download(recipe, file_name)


def _recipe_saved(run_id: int) -> None:
    kept = st.session_state.get(SAVED_RECIPE_KEY)
    if kept is None or kept[0] != run_id:
        return
    _, version, new = kept
    st.caption(f":material/receipt_long: {t('rcp_saved' if new else 'rcp_same', version=version)}")


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
        # Issue 21 §7: the basis as the law in force today words it (register/law).
        from datetime import date

        from ethics_toolkit.register.law.provisions import in_force, pending_note

        law = " ".join(
            filter(None, (in_force("special_category_bias", date.today()).text.get(lang),
                          pending_note("special_category_bias", lang, date.today())))
        )  # fmt: skip
        st.info(t("audit_special_data", columns=md(columns), law=md(law)),
                icon=":material/shield_person:")  # fmt: skip


def _proposals(tool, result, run_id: int) -> None:
    """The risks the saved run proposes: each added with one click or dismissed with a reason,
    one by one or all at once; a dismissed one is kept in the register and not offered again."""
    adverse = [(a, g) for a in result.analyses for g in a.groups if g.adverse_impact]
    if not adverse:
        return
    done = st.session_state.setdefault("audit_proposals_done", set())
    dismissed = dismissed_keys(widgets.guarded(lambda: state.store().dismissals(tool.id)) or [],
                               run_id)  # fmt: skip
    offered = []
    for analysis, group in adverse:
        risk = proposals.adverse_impact_risk(
            tool_id=tool.id,
            audit_run_id=run_id,
            analysis=analysis,
            group=group,
            owner=state.actor_name(),
            lang=state.lang(),
            spec=result.spec,
        )
        key = adverse_key(group.values)
        if key not in dismissed:
            offered.append((risk, Proposal(key=key, title=risk.title, audit_run_id=run_id)))
    st.markdown(f"**{t('proposal_heading')}**")
    if offered:
        st.caption(t("proposal_help"))
    if len(dismissed):
        st.caption(t("proposal_dismissed_count", count=len(dismissed)))
    waiting = [p for risk, p in offered if (run_id, risk.title) not in done]
    for i, (risk, proposal) in enumerate(offered):
        marker = (run_id, risk.title)
        with st.container(border=True):
            st.markdown(f"**{md(risk.title)}**")
            if risk.description:
                st.caption(md(risk.description))
            if marker in done:
                st.success(t("proposal_added"), icon=":material/task_alt:")
                continue
            left, right = st.columns([1, 3])
            if left.button(
                t("proposal_add"), key=f"propose_{i}", disabled=access_view.locked(tool)
            ):
                saved = widgets.guarded(
                    lambda risk=risk: state.store().save_risk(risk, actor=state.actor())
                )
                if saved is not None:
                    done.add(marker)
                    st.toast(t("proposal_accepted"), icon=":material/task_alt:")
                    st.rerun()
            with right:
                proposals_view.dismiss(tool, [proposal], key=f"audit_{i}")
    if len(waiting) > 1:
        proposals_view.dismiss(tool, waiting, key="audit_all", every=True)

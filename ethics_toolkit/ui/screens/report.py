"""Report: choose the language, preview the executive summary, download the PDF for management."""

from __future__ import annotations

import streamlit as st

from ethics_toolkit.i18n import LANG_NAMES, LANGS
from ethics_toolkit.register.access.roles import Permission
from ethics_toolkit.register.domain import labels
from ethics_toolkit.register.domain.signoffs import SignOff, SignOffDecision
from ethics_toolkit.ui import components, integrity, state, widgets
from ethics_toolkit.ui.escape import md
from ethics_toolkit.ui.state import t

WARNING_KEY = "report_pdf_warning"
TRAFFIC = {
    "red": (":material/report:", st.error),
    "amber": (":material/warning:", st.warning),
}


def _field(name: str) -> str:
    return labels.field_label(SignOff, name, state.lang())


def _preview(record, lang) -> None:
    from ethics_toolkit.report import summary

    summ = widgets.guarded(lambda: summary(record, lang))
    if summ is None:
        return
    icon, box = TRAFFIC.get(summ.status, (":material/check_circle:", st.success))
    box(f"**{summ.status_label}** – {md(summ.reason)}", icon=icon)
    left, right = st.columns(2)
    with left:
        st.markdown(f"**{t('report_findings')}**")
        for finding in summ.findings:
            st.markdown(f"- {md(finding)}")
    with right:
        st.markdown(f"**{t('report_decisions')}**")
        for decision in summ.decision_lines():  # issue 21 item 3: owner and date
            st.markdown(f"- {md(decision)}")
    if summ.next_review:
        st.caption(t("report_next_review", date=summ.next_review.isoformat()))


def _pdf(record, lang) -> None:
    author = st.text_input(
        t("report_author"), key="report_author", help=t("report_author_help"), max_chars=200
    ).strip()
    digest = state.sha256(record.model_dump_json().encode())
    key = (record.tool.name, lang, digest, author)
    cached = st.session_state.get(state.REPORT_PDF_KEY)
    if st.button(
        t("report_build"), type="primary", key="build_report", icon=":material/description:"
    ):
        from ethics_toolkit.report import ReportOptions, tool_report

        options = ReportOptions(prepared_by=author or None)
        with st.spinner(t("report_building")):
            built = widgets.guarded(lambda: tool_report(record, lang=lang, options=options))
        if built is not None:
            cached = st.session_state[state.REPORT_PDF_KEY] = (key, built.pdf)
            st.session_state[WARNING_KEY] = built.warning(state.lang())
            state.remember_report(record)
            st.toast(t("report_built_toast"), icon=":material/description:")
            st.rerun()  # the guided path above now counts the report as built
    if cached and cached[0] == key:
        warning = st.session_state.get(WARNING_KEY)
        if warning:  # issue 12: text the report could not draw, listed in its last annex
            st.warning(t("report_undrawable", warning=md(warning)), icon=":material/warning:")
        st.download_button(
            t("report_download"),
            data=cached[1],
            mime="application/pdf",
            key="download_report",
            file_name=f"{record.tool.name}-{lang}.pdf".replace(" ", "_"),
            icon=":material/download:",
        )
        st.caption(t("report_ready", kb=max(1, len(cached[1]) // 1024)))


def _sign_off(tool, *, expanded: bool = False) -> None:
    if not state.may(Permission.approve, tool.id) or tool.archived:  # issue 22: approvers only
        with st.expander(t("signoff_title"), icon=":material/draw:", expanded=expanded):
            st.info(t("signoff_needs_approver"), icon=":material/lock:")
        return
    me = state.signed_in()
    with (
        st.expander(t("signoff_title"), icon=":material/draw:", expanded=expanded),
        st.form("sign_off", clear_on_submit=True),
    ):
        st.caption(t("signoff_help"))
        c1, c2 = st.columns(2)
        if me is not None:  # the signed-in identity signs; no name is typed
            c1.markdown(t("signoff_as", name=md(me.name), email=md(me.email or me.subject)))
            name = me.name
        else:
            name = c1.text_input(_field("name"), key="signoff_name")
        role = c2.text_input(_field("role"), key="signoff_role")
        with c1:
            decision = components.enum_select(
                _field("decision"),
                SignOffDecision,
                value=None,
                key="signoff_decision",
                required_choice=True,
            )
        comment = st.text_area(_field("comment"), height=80)
        if st.form_submit_button(t("signoff_save")):
            if not name.strip() or not role.strip() or decision is None:
                st.error(t("signoff_need_name"), icon=":material/error:")
                return
            done = widgets.guarded(
                lambda: state.store().sign_off(
                    tool.id,
                    name=name.strip(),
                    role=role.strip(),
                    decision=decision,
                    comment=comment.strip(),
                    actor=state.actor(),
                )
            )
            if done is not None:
                st.toast(t("signoff_saved"), icon=":material/task_alt:")
                st.rerun()  # the guided path and the sign-off line show it at once


components.page_header("report_title", "report_intro")
tool = components.tool_picker()
path = components.progress(tool, here="report")
if tool is None:
    st.stop()
components.ask_name()

lang = st.radio(
    t("report_lang"),
    list(LANGS),
    index=list(LANGS).index(state.lang()),
    format_func=LANG_NAMES.__getitem__,
    horizontal=True,
    key=f"report_lang_{state.lang()}",
)
record = widgets.guarded(lambda: state.store().record(tool.name))
if record is None:
    st.stop()
integrity.history_badge(record)
integrity.signoff_banner(record)
st.subheader(t("report_preview"))
_preview(record, lang)
st.subheader(t("report_pdf"))
_pdf(record, lang)
_sign_off(tool, expanded=getattr(path.next_step, "step", None) == "signoff")
if record.signoffs:
    latest = record.signoffs[-1]
    st.caption(
        t(
            "signoff_latest",
            name=md(latest.name),
            role=md(latest.role),
            decision=labels.label(latest.decision, state.lang()),
            date=latest.signed_at.date(),
        )
    )

"""Checklists: area by area, with progress, guidance and evidence; unmet items propose risks."""

from __future__ import annotations

import streamlit as st

from ethics_toolkit.register.checklists import load_checklists
from ethics_toolkit.register.models import AnswerValue
from ethics_toolkit.ui import components, state
from ethics_toolkit.ui.escape import md
from ethics_toolkit.ui.state import t

ANSWER_ICONS = {
    "yes": ("green", "check_circle"),
    "partly": ("orange", "timelapse"),
    "no": ("red", "cancel"),
    "not_applicable": ("gray", "remove_circle_outline"),
    "dont_know": ("violet", "help"),
}
UNANSWERED = ("gray", "radio_button_unchecked")
AREA_KEY = "checklist_area"


def _item(tool, item, answer) -> None:
    lang = state.lang()
    colour, name = ANSWER_ICONS.get(answer.value.value, UNANSWERED) if answer else UNANSWERED
    icon = components.marker(colour, name)
    with st.expander(f"{icon} {item.question.get(lang)}", expanded=False):
        st.markdown(item.guidance.get(lang))
        st.caption(t("checklist_references", refs=", ".join(item.references)))
        with st.form(f"answer_{item.id}"):
            options = list(AnswerValue)
            value = st.radio(
                t("checklist_answer"),
                options,
                horizontal=True,
                index=options.index(answer.value) if answer else None,
                format_func=state.labeller(AnswerValue),
                key=f"value_{item.id}",
            )
            evidence = st.text_area(
                t("checklist_evidence"),
                value=answer.evidence if answer else "",
                key=f"evidence_{item.id}",
                help=t("checklist_evidence_help"),
                height=80,
            )
            if st.form_submit_button(t("checklist_save")):
                if value is None:
                    st.error(t("checklist_need_answer"), icon=":material/error:")
                else:
                    saved = components.guarded(
                        lambda: state.store().answer(
                            tool.id, item.id, value, evidence=evidence.strip(), actor=state.actor()
                        )
                    )
                    if saved is not None:
                        st.rerun()
        if answer is not None:
            st.caption(
                t(
                    "checklist_answered_by",
                    who=md(answer.answered_by),
                    when=answer.answered_at.date(),
                )
            )
        if answer is not None and answer.risk_decision == "pending":
            _proposal(tool, item)


def _proposal(tool, item) -> None:
    """An unmet item proposes a risk, prefilled from the item; the user accepts or dismisses it."""
    risk = components.guarded(
        lambda: state.store().proposed_risk(item.id, tool.id, lang=state.lang())
    )
    if risk is None:
        return
    with st.container(border=True):
        st.markdown(f"**{t('checklist_proposal')}** {md(risk.title)}")
        st.caption(
            t("checklist_proposal_scores", likelihood=risk.likelihood, severity=risk.severity)
            + " · "
            + item.suggested_mitigation.get(state.lang())
        )
        left, right = st.columns(2)
        for column, accept, label in (
            (left, True, "proposal_accept"),
            (right, False, "proposal_dismiss"),
        ):
            if column.button(t(label), key=f"decide_{item.id}_{accept}"):
                decided = components.guarded(
                    lambda accept=accept: state.store().decide_proposal(
                        tool.id, item.id, accept, actor=state.actor(), lang=state.lang()
                    )
                )
                if decided is not None or not accept:
                    st.rerun()


components.page_header("checklists_title", "checklists_intro")
tool = components.tool_picker()
if tool is None:
    st.stop()

lang = state.lang()
areas = load_checklists()
answers = {a.item_id: a for a in (components.guarded(lambda: state.store().answers(tool.id)) or [])}
total = sum(len(area.items) for area in areas)
done = sum(1 for area in areas for item in area.items if item.id in answers)
st.progress(done / total if total else 0.0, text=t("checklist_progress", done=done, total=total))


by_id = {area.area: area for area in areas}


area = by_id[
    st.selectbox(
        t("checklist_area"),
        list(by_id),
        format_func=lambda a: by_id[a].title.get(lang),
        key=AREA_KEY,
    )
]
answered = sum(1 for item in area.items if item.id in answers)
st.progress(
    answered / len(area.items),
    text=t("checklist_area_progress", done=answered, total=len(area.items)),
)
pending = sum(1 for a in answers.values() if a.risk_decision == "pending")
if pending:
    st.warning(t("checklist_pending", count=pending), icon=":material/pending_actions:")
for item in area.items:
    _item(tool, item, answers.get(item.id))

"""Checklists: area by area, with progress, guidance and evidence; unmet items propose risks.

An area is answered in one form and saved with one button (only the answers that changed are
written, each with its history entry); the page then moves on to the next area with unanswered
items. Proposed risks are accepted or dismissed under the form (and on the Risks page).
"""

from __future__ import annotations

import streamlit as st

from ethics_toolkit.register.access.decide import answer_permission
from ethics_toolkit.register.checklists.catalogue import load_checklists
from ethics_toolkit.register.domain.answers import AnswerValue
from ethics_toolkit.register.legal.paired import checklist_evidence
from ethics_toolkit.ui import access_view, components, state, widgets
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
JUMP_KEY = "checklist_jump"


def _item(item, answer, note=None) -> None:
    """One question inside the area's form: answer, evidence, guidance (and, issue 24, what a
    saved paired test says about it)."""
    lang = state.lang()
    colour, name = ANSWER_ICONS.get(answer.value.value, UNANSWERED) if answer else UNANSWERED
    with st.container(border=True):
        st.markdown(f"{widgets.marker(colour, name)} **{md(item.question.get(lang))}**")
        options = list(AnswerValue)
        st.radio(
            t("checklist_answer"),
            options,
            horizontal=True,
            index=options.index(answer.value) if answer else None,
            format_func=state.labeller(AnswerValue),
            key=f"value_{item.id}",
        )
        st.text_area(
            t("checklist_evidence"),
            value=answer.evidence if answer else "",
            key=f"evidence_{item.id}",
            help=t("checklist_evidence_help"),
            height=68,
        )
        if note is not None:
            st.caption(t("checklist_paired_evidence", text=md(note.get(lang))))
        with st.expander(t("checklist_guidance"), icon=":material/lightbulb:"):
            st.markdown(item.guidance.get(lang))
            st.caption(t("checklist_references", refs=", ".join(item.references)))
        if answer is not None:
            st.caption(
                t(
                    "checklist_answered_by",
                    who=md(answer.answered_by),
                    when=answer.answered_at.date(),
                )
            )


def _save_area(tool, area, answers: dict) -> None:
    """Write the answers of the area that changed; move on when the area is complete."""
    changed = []
    for item in area.items:
        value = st.session_state.get(f"value_{item.id}")
        evidence = str(st.session_state.get(f"evidence_{item.id}") or "").strip()
        old = answers.get(item.id)
        if value is None or (old and old.value == value and old.evidence == evidence):
            continue
        changed.append((item, value, evidence))
    if not changed:
        st.info(t("checklist_nothing_changed"), icon=":material/info:")
        return
    saved = widgets.guarded(
        lambda: [
            state.store().answer(tool.id, item.id, value, evidence=evidence, actor=state.actor())
            for item, value, evidence in changed
        ]
    )
    if saved is None:
        return
    st.toast(t("checklist_saved", count=len(saved)), icon=":material/save:")
    answered = {a.item_id for a in saved} | set(answers)
    if all(item.id in answered for item in area.items):
        following = _first_open_area(answered, after=area.area)
        if following is not None:
            st.session_state[JUMP_KEY] = following
    st.rerun()


def _first_open_area(answered: set[str], *, after: str | None = None) -> str | None:
    """The first area (after ``after``, wrapping round) with an unanswered item."""
    names = [a.area for a in load_checklists()]
    start = names.index(after) + 1 if after in names else 0
    for area in [*load_checklists()[start:], *load_checklists()[:start]]:
        if any(item.id not in answered for item in area.items):
            return area.area
    return None


def _proposal(tool, item) -> None:
    """An unmet item proposes a risk, prefilled from the item; the user accepts or dismisses it."""
    risk = widgets.guarded(lambda: state.store().proposed_risk(item.id, tool.id, lang=state.lang()))
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
            if column.button(
                t(label), key=f"decide_{item.id}_{accept}", disabled=access_view.locked(tool)
            ):
                decided = widgets.guarded(
                    lambda accept=accept: (
                        state.store().decide_proposal(
                            tool.id, item.id, accept, actor=state.actor(), lang=state.lang()
                        )
                        or True
                    )
                )
                if decided is not None:
                    st.toast(
                        t("proposal_accepted" if accept else "proposal_dismissed"),
                        icon=":material/task_alt:",
                    )
                    st.rerun()


components.page_header("checklists_title", "checklists_intro")
tool = components.tool_picker()
components.progress(tool, here="checklists")
if tool is None:
    st.stop()
components.ask_name()

lang = state.lang()
areas = load_checklists()
answers = {a.item_id: a for a in (widgets.guarded(lambda: state.store().answers(tool.id)) or [])}
total = sum(len(area.items) for area in areas)
done = sum(1 for area in areas for item in area.items if item.id in answers)
st.progress(done / total if total else 0.0, text=t("checklist_progress", done=done, total=total))

by_id = {area.area: area for area in areas}
if (jump := st.session_state.pop(JUMP_KEY, None)) in by_id:
    st.session_state[AREA_KEY] = jump
    st.info(t("checklist_area_done_next", area=by_id[jump].title.get(lang)), icon=":material/done:")
elif st.session_state.get(AREA_KEY) not in by_id:
    st.session_state[AREA_KEY] = _first_open_area(set(answers)) or areas[0].area
area = by_id[
    st.selectbox(
        t("checklist_area"),
        list(by_id),
        format_func=lambda a: by_id[a].title.get(lang),
        key=AREA_KEY,
        placeholder=t("choose_option"),
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
notes = checklist_evidence(widgets.guarded(lambda: state.store().paired_runs(tool.id)) or [])
with st.form(f"area_{area.area}"):
    for item in area.items:
        _item(item, answers.get(item.id), notes.get(item.id))
    submitted = st.form_submit_button(
        t("checklist_save_area"),
        type="primary",
        icon=":material/save:",
        disabled=access_view.locked(tool, answer_permission(area.area)),
    )
if submitted:
    _save_area(tool, area, answers)
for item in area.items:
    answer = answers.get(item.id)
    if answer is not None and answer.risk_decision == "pending":
        _proposal(tool, item)

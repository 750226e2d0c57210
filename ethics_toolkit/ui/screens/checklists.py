"""Checklists: area by area, with progress, guidance and evidence; unmet items propose risks.

An area is answered and saved with one button (only the answers that changed are written, each
with its history entry); the page then moves on to the next area with unanswered items. Answers
not saved yet are kept as drafts for the session (issue 20): switching area or page keeps them,
the page says how many wait and where, and saves them all with one button. Proposed risks are
accepted, or dismissed with a reason, under the area (and on the Risks page).
"""

from __future__ import annotations

import streamlit as st

from ethics_toolkit.register.access.decide import answer_permission
from ethics_toolkit.register.checklists.catalogue import load_checklists
from ethics_toolkit.register.domain.answers import AnswerValue
from ethics_toolkit.register.domain.dismissals import Proposal, item_key
from ethics_toolkit.register.legal.paired import checklist_evidence
from ethics_toolkit.ui import access_view, components, proposals_view, state, widgets
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
NEEDS_REVIEW = ("orange", "history")
AREA_KEY = "checklist_area"
JUMP_KEY = "checklist_jump"
DRAFTS_KEY = "checklist_drafts"  # item id -> (value, evidence) not saved yet, per tool


def _drafts(tool) -> dict[str, tuple[str | None, str]]:
    return st.session_state.setdefault(DRAFTS_KEY, {}).setdefault(tool.name, {})


def _keep_draft(tool, item_id: str) -> None:
    """A widget changed: keep its item's answer as a draft until it is saved."""
    value = st.session_state.get(f"value_{item_id}")
    evidence = str(st.session_state.get(f"evidence_{item_id}") or "")
    _drafts(tool)[item_id] = (str(getattr(value, "value", value)) if value else None, evidence)


def _unsaved(tool, answers: dict) -> dict[str, tuple[str | None, str]]:
    """The drafts that differ from the saved answers."""
    found = {}
    for item_id, (value, evidence) in _drafts(tool).items():
        old = answers.get(item_id)
        if value is None and not evidence.strip() and old is None:
            continue
        if old is None or old.value.value != value or old.evidence != evidence.strip():
            found[item_id] = (value, evidence)
    return found


def _item(tool, item, answer, note=None, said=None) -> None:
    """One question of the area: answer, evidence, guidance (and, issue 24, what a saved paired
    test says about it; issue 21, why the answer needs review). A draft not saved yet is shown
    instead of the saved answer."""
    lang = state.lang()
    colour, name = ANSWER_ICONS.get(answer.value.value, UNANSWERED) if answer else UNANSWERED
    if said is not None and said.needs_review:
        colour, name = NEEDS_REVIEW
    draft = _drafts(tool).get(item.id)
    value = AnswerValue(draft[0]) if draft and draft[0] else answer.value if answer else None
    evidence = draft[1] if draft else answer.evidence if answer else ""
    with st.container(border=True):
        st.markdown(f"{widgets.marker(colour, name)} **{md(item.question.get(lang))}**")
        options = list(AnswerValue)
        st.radio(
            t("checklist_answer"),
            options,
            horizontal=True,
            index=options.index(value) if value else None,
            format_func=state.labeller(AnswerValue),
            key=f"value_{item.id}",
            on_change=_keep_draft,
            args=(tool, item.id),
        )
        st.text_area(
            t("checklist_evidence"),
            value=evidence,
            key=f"evidence_{item.id}",
            help=t("checklist_evidence_help"),
            height=68,
            on_change=_keep_draft,
            args=(tool, item.id),
        )
        if note is not None:
            st.caption(t("checklist_paired_evidence", text=md(note.get(lang))))
        if said is not None and said.needs_review:
            reasons = " ".join(r.get(lang) for r in said.reasons)
            st.warning(t("checklist_needs_review", reasons=md(reasons)), icon=":material/history:")
        with st.expander(t("checklist_guidance"), icon=":material/lightbulb:"):
            st.markdown(item.guidance.get(lang))
            st.caption(t("checklist_references", refs=", ".join(item.references)))
        if answer is not None and answer.revised:
            st.caption(
                t("checklist_revised_by", who=md(answer.answered_by),
                  given=answer.given_at.date(), when=answer.answered_at.date())
            )  # fmt: skip
        elif answer is not None:
            st.caption(
                t(
                    "checklist_answered_by",
                    who=md(answer.answered_by),
                    when=answer.answered_at.date(),
                )
            )


def _save(tool, items, answers: dict, *, area=None, review: set[str] | None = None) -> None:
    """Write the answers of ``items`` that changed (drafts included), or that need review (saving
    one again confirms it as of today); move on when ``area`` is complete."""
    drafts = _drafts(tool)
    review = review or set()
    changed = []
    for item in items:
        if f"value_{item.id}" in st.session_state:
            _keep_draft(tool, item.id)
        value, evidence = drafts.get(item.id, (None, ""))
        evidence = evidence.strip()
        old = answers.get(item.id)
        same = old and old.value == value and old.evidence == evidence
        if value is None or (same and item.id not in review):
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
    for item, _, _ in changed:
        drafts.pop(item.id, None)
    st.toast(t("checklist_saved", count=len(saved)), icon=":material/save:")
    answered = {a.item_id for a in saved} | set(answers)
    if area is not None and all(item.id in answered for item in area.items):
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
    """An unmet item proposes a risk, prefilled from the item; the user accepts it or dismisses it
    with a reason."""
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
        left, right = st.columns([1, 3])
        if left.button(
            t("proposal_accept"), key=f"decide_{item.id}_True", disabled=access_view.locked(tool)
        ):
            decided = widgets.guarded(
                lambda: (
                    state.store().decide_proposal(
                        tool.id, item.id, True, actor=state.actor(), lang=state.lang()
                    )
                    or True
                )
            )
            if decided is not None:
                st.toast(t("proposal_accepted"), icon=":material/task_alt:")
                st.rerun()
        with right:
            proposal = Proposal(key=item_key(item.id), title=risk.title, item_id=item.id)
            proposals_view.dismiss(tool, [proposal], key=f"checklist_{item.id}")


@st.fragment
def _area(tool, area, answers: dict, notes: dict, said, review: set[str]) -> None:
    """The area's questions and its save button; a changed answer reruns only this part."""
    for item in area.items:
        answer = said.checklists.answer(item.id) if said is not None else None
        _item(tool, item, answers.get(item.id), notes.get(item.id), answer)
    waiting = [i for i in _unsaved(tool, answers) if i in {item.id for item in area.items}]
    if waiting:
        st.caption(t("checklist_unsaved_here", count=len(waiting)))
    if st.button(
        t("checklist_save_area"),
        type="primary",
        icon=":material/save:",
        key=f"save_{area.area}",
        disabled=access_view.locked(tool, answer_permission(area.area)),  # issue 22
    ):
        _save(tool, area.items, answers, area=area, review=review)


def _unsaved_elsewhere(tool, areas, answers: dict, current, review: set[str]) -> None:
    """Answers not saved yet in other areas: where they wait, and one button to save them."""
    unsaved = _unsaved(tool, answers)
    lang = state.lang()
    elsewhere = [
        a for a in areas if a is not current and any(item.id in unsaved for item in a.items)
    ]
    if not elsewhere:
        return
    count = sum(1 for a in elsewhere for item in a.items if item.id in unsaved)
    names = ", ".join(a.title.get(lang) for a in elsewhere)
    with st.container(border=True, key="checklist_unsaved"):
        st.markdown(
            f":orange[:material/edit_note:] {t('checklist_unsaved', count=count, areas=md(names))}"
        )
        locked = any(access_view.locked(tool, answer_permission(a.area)) for a in elsewhere)
        if st.button(
            t("checklist_save_all"),
            key="checklist_save_all",
            icon=":material/save:",
            disabled=locked,  # issue 22: every area's role
        ):
            items = [item for a in elsewhere for item in a.items]
            _save(tool, items, answers, review=review)


def _statements(tool):
    from ethics_toolkit.register.statements.build import tool_statements

    record = widgets.guarded(lambda: state.store().record(tool.name, check_history=False))
    return widgets.guarded(lambda: tool_statements(record)) if record is not None else None


components.page_header("checklists_title", "checklists_intro")
tool = components.tool_picker()
components.progress(tool, here="checklists")
if tool is None:
    st.stop()
components.ask_name()

lang = state.lang()
areas = load_checklists()
answers = {a.item_id: a for a in (widgets.guarded(lambda: state.store().answers(tool.id)) or [])}
# Issue 21 §2: the answers as the tool's statements state them (met, or "needs review").
said = _statements(tool)
review = {a.item_id for a in said.checklists.to_review} if said is not None else set()
if review:
    st.warning(t("checklist_review_count", count=len(review)), icon=":material/history:")
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
_unsaved_elsewhere(tool, areas, answers, area, review)
_area(tool, area, answers, notes, said, review)
for item in area.items:
    answer = answers.get(item.id)
    if answer is not None and answer.risk_decision == "pending":
        _proposal(tool, item)

"""Blocks of the People and learning page (issue 23): the people around a tool, the lessons with
their self-check, the competence records, the kit and the briefing; and the overdue refreshers on
the Duties page. User text reaches Markdown only through :func:`~ethics_toolkit.ui.escape.md`."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import streamlit as st

from ethics_toolkit.register.domain import labels
from ethics_toolkit.register.domain.competence import (
    latest_records,
    oversight_finding,
    refreshers,
    trained,
)
from ethics_toolkit.register.domain.people import ActivityKind, Person, PersonRole
from ethics_toolkit.ui import access_view, components, state, widgets
from ethics_toolkit.ui.duties_overview import when
from ethics_toolkit.ui.escape import md
from ethics_toolkit.ui.state import t

if TYPE_CHECKING:
    from ethics_toolkit.register.domain.tool_record import ToolRecord

PEOPLE_PAGE = "ethics_toolkit/ui/screens/people.py"
RESULT_KEY = "selfcheck_result"
KIT_KEY = "learning_kit_pdf"
BRIEFING_KEY = "learning_briefing_pdf"


def _saved(message: str) -> None:
    st.toast(message, icon=":material/task_alt:")
    st.rerun()


def _field(model: type, name: str) -> str:
    return labels.field_label(model, name, state.lang())


def finding(record: ToolRecord) -> None:
    """The AI Act Art. 26(2) finding, today: a warning when there is one."""
    found = oversight_finding(
        record.tool, record.classification, record.people, record.competence, as_of=date.today()
    )
    message = md(found.message(state.lang()))
    if found.finding:
        st.warning(message, icon=":material/supervisor_account:")
    elif found.applies:
        st.success(message, icon=":material/verified_user:")
    else:
        st.caption(message)


# -- people ------------------------------------------------------------------------------------


def people(record: ToolRecord) -> None:
    lang, today = state.lang(), date.today()
    if record.people:
        st.dataframe(
            {
                _field(Person, "name"): [p.name for p in record.people],
                _field(Person, "roles"): [
                    ", ".join(labels.label(r, lang) for r in p.roles) for p in record.people
                ],
                t("people_col_trained"): [
                    t("people_yes" if trained(p, record.competence, today) else "people_no")
                    for p in record.people
                ],
                t("people_col_records"): [
                    sum(r.person_id == p.id for r in record.competence) for p in record.people
                ],
            },
            hide_index=True,
            width="stretch",
            placeholder=t("empty_cell"),
        )
    else:
        st.info(t("people_none"), icon=":material/group_add:")
    tool_id = record.tool.id or 0
    with st.form("add_person", clear_on_submit=True):
        st.markdown(f"**{t('people_add')}**")
        st.caption(t("people_add_help"))
        c1, c2, c3 = st.columns([2, 1, 2])
        name = c1.text_input(_field(Person, "name"), key="person_name")
        with c2:
            role = components.enum_select(
                _field(Person, "roles"), PersonRole, value=PersonRole.overseer, key="person_role"
            )
        identity = c3.text_input(_field(Person, "identity"), key="person_identity")
        if st.form_submit_button(
            t("people_add_save"),
            type="primary",
            icon=":material/add:",
            disabled=access_view.locked(record.tool),
        ):
            added = widgets.guarded(
                lambda: state.store().add_person(
                    tool_id, name=name, role=role, identity=identity.strip() or None,
                    actor=state.actor(),
                )
            )  # fmt: skip
            if added is not None:
                _saved(t("people_added", name=md(added.name)))
    if record.people:
        _remove(record)


def _remove(record: ToolRecord) -> None:
    from ethics_toolkit.ui import choices

    with st.expander(t("people_remove"), icon=":material/person_remove:"):
        st.caption(t("people_remove_help"))
        names = [p.name for p in record.people]
        chosen = choices.selectbox(
            t("people_remove_pick"), names, key="person_remove", format_func=str
        )
        if st.button(
            t("people_remove_button"),
            key="person_remove_button",
            disabled=access_view.locked(record.tool),
        ):
            tool_id = record.tool.id or 0
            done = widgets.guarded(
                lambda: (
                    state.store().remove_person(tool_id, name=chosen, actor=state.actor()) or True
                )
            )
            if done:
                _saved(t("people_removed", name=md(chosen)))


# -- lessons -----------------------------------------------------------------------------------


def lessons(record: ToolRecord) -> None:
    from ethics_toolkit.register.people.lessons import LESSON_IDS, TEXTS, lesson
    from ethics_toolkit.register.status.traffic_light import latest_audit
    from ethics_toolkit.ui import choices

    lang = state.lang()
    if not record.people:
        st.info(t("lesson_need_people"), icon=":material/group_add:")
        return
    names = [p.name for p in record.people]
    c1, c2 = st.columns(2)
    with c1:
        person = choices.selectbox(t("lesson_person"), names, key="lesson_person", format_func=str)
    titles = {i: TEXTS.text(f"{i}.title", lang, tool=record.tool.name) for i in LESSON_IDS}
    with c2:
        lesson_id = choices.selectbox(
            t("lesson_pick"), list(LESSON_IDS), key="lesson_id", format_func=titles.__getitem__
        )
    built = lesson(record, latest_audit(record), lesson_id, lang, escape=md)
    st.subheader(md(built.title))
    st.caption(t("lesson_minutes", count=built.minutes))
    _taken_before(record, person, lesson_id)
    st.markdown(built.body)
    if built.note:
        st.info(built.note, icon=":material/info:")
    _self_check(record, built, person)
    _result(built.id)  # below the form, where the reader is when they submit


def _taken_before(record: ToolRecord, person: str, lesson_id: str) -> None:
    ids = {p.id for p in record.people if p.name == person}
    done = [r for r in latest_records(record.competence) if r.person_id in ids]
    for r in (r for r in done if r.lesson == lesson_id):
        due = r.refresh_due.isoformat() if r.refresh_due else "–"
        st.caption(t("lesson_done_before", person=md(person), on=r.taken_on, due=due))


def _self_check(record: ToolRecord, built, person: str) -> None:  # type: ignore[no-untyped-def]
    from ethics_toolkit.register.people.selfcheck import check, record_fields

    lang = state.lang()
    st.markdown(f"#### {t('selfcheck_title')}")
    key = f"selfcheck_{record.tool.id}_{built.id}_{lang}"
    with st.form(key):
        answers = []
        for number, question in enumerate(built.questions):
            options = question.options
            label = f"{number + 1}. {md(question.text)}"
            if question.figures:
                label += f" _({t('selfcheck_own_figures')})_"
            answers.append(
                st.radio(label, list(range(len(options))), index=None,
                         format_func=lambda i, options=options: md(options[i]),
                         key=f"{key}_{number}")
            )  # fmt: skip
        if not st.form_submit_button(
            t("selfcheck_submit"),
            type="primary",
            icon=":material/task_alt:",
            disabled=access_view.locked(record.tool),
        ):
            return
    result = check(built, answers)
    tool_id = record.tool.id or 0

    def save():  # type: ignore[no-untyped-def]
        fields = record_fields(built, result, lang)
        return state.store().record_competence(
            tool_id, person=person, taken_on=date.today(), actor=state.actor(), **fields
        )

    saved = widgets.guarded(save)
    if saved is not None:
        st.session_state[RESULT_KEY] = {
            "lesson": built.id,
            "answers": answers,
            "person": person,
            "activity": saved.activity,
            "on": saved.taken_on.isoformat(),
            "due": saved.refresh_due.isoformat() if saved.refresh_due else "–",
            "questions": [q.model_dump() for q in built.questions],
        }
        st.rerun()


def _result(lesson_id: str) -> None:
    """After a self-check: what was right, why, and the record it made with its refresher."""
    found = st.session_state.get(RESULT_KEY)
    if not found or found["lesson"] != lesson_id:
        return
    with st.container(border=True):
        right = 0
        for answer, question in zip(found["answers"], found["questions"], strict=True):
            ok = answer == question["correct"]
            right += ok
            verdict = (
                t("selfcheck_right")
                if ok
                else t("selfcheck_wrong", answer=md(question["options"][question["correct"]]))
            )
            icon = ":green[:material/check_circle:]" if ok else ":orange[:material/cancel:]"
            st.markdown(f"{icon} **{md(question['text'])}**  \n{verdict}. {md(question['why'])}")
        st.caption(t("selfcheck_score", correct=right, questions=len(found["questions"])))
        st.success(
            t("selfcheck_saved", person=md(found["person"]), activity=md(found["activity"]),
              on=found["on"], due=found["due"]),
            icon=":material/school:",
        )  # fmt: skip


# -- records, meetings and documents -------------------------------------------------------------


def records(record: ToolRecord) -> None:
    from ethics_toolkit.register.domain.people import CompetenceRecord

    lang, today = state.lang(), date.today()
    st.subheader(t("records_title"))
    names = {p.id: p.name for p in record.people}
    latest = {r.id for r in latest_records(record.competence)}
    rows = sorted(record.competence, key=lambda r: (r.taken_on, r.id or 0), reverse=True)
    if rows:

        def state_of(r: CompetenceRecord) -> str:
            if r.refresh_due is None:
                return t("records_no_refresh")
            if r.id not in latest:
                return t("records_replaced")
            return t("records_overdue" if r.refresh_due < today else "records_current")

        st.dataframe(
            {
                t("records_col_person"): [names.get(r.person_id, "–") for r in rows],
                _field(CompetenceRecord, "activity"): [r.activity for r in rows],
                _field(CompetenceRecord, "kind"): [labels.label(r.kind, lang) for r in rows],
                _field(CompetenceRecord, "taken_on"): [r.taken_on.isoformat() for r in rows],
                _field(CompetenceRecord, "refresh_due"): [
                    r.refresh_due.isoformat() if r.refresh_due else "–" for r in rows
                ],
                t("records_col_state"): [state_of(r) for r in rows],
            },
            hide_index=True,
            width="stretch",
            placeholder=t("empty_cell"),
        )
    else:
        st.caption(t("records_none"))
    if record.people:
        _record_form(record)


def _record_form(record: ToolRecord) -> None:
    from ethics_toolkit.register.domain.people import DEFAULT_REFRESH_MONTHS, CompetenceRecord
    from ethics_toolkit.register.people.kit_texts import TEXTS as KIT_TEXTS

    lang = state.lang()
    tool_id = record.tool.id or 0
    with st.form("record_meeting", clear_on_submit=True):
        st.markdown(f"**{t('records_add')}**")
        st.caption(t("records_add_help"))
        attendees = st.multiselect(
            t("records_people"), [p.name for p in record.people], key="record_people",
            placeholder=t("choose_options"), select_all=False,
        )  # fmt: skip
        activity = st.text_input(
            _field(CompetenceRecord, "activity"),
            value=KIT_TEXTS.text("activity", lang, tool=record.tool.name),
            key="record_activity",
        )
        c1, c2, c3 = st.columns(3)
        with c1:
            kind = components.enum_select(
                _field(CompetenceRecord, "kind"), ActivityKind, value=ActivityKind.session,
                key="record_kind",
            )  # fmt: skip
        with c2:
            day_label = _field(CompetenceRecord, "taken_on")
            day_text = components.date_field(day_label, date.today(), key="record_day")
        months = c3.number_input(
            _field(CompetenceRecord, "refresh_months"), 0, 120, value=DEFAULT_REFRESH_MONTHS
        )
        if st.form_submit_button(
            t("records_save"),
            type="primary",
            icon=":material/add:",
            disabled=access_view.locked(record.tool),
        ):
            if not attendees:
                st.error(t("records_pick_someone"), icon=":material/error:")
                return

            def save() -> int:
                day = components.read_date(day_text, day_label) or date.today()
                store = state.store()
                with store.transaction():
                    for name in attendees:
                        store.record_competence(
                            tool_id, person=name, activity=activity, kind=kind, taken_on=day,
                            refresh_months=int(months), actor=state.actor(),
                        )  # fmt: skip
                return len(attendees)

            count = widgets.guarded(save)
            if count:
                _saved(t("records_saved", count=count))


def documents(record: ToolRecord) -> None:
    """The kit and the briefing, built on demand and offered for download."""
    from ethics_toolkit.register.status.traffic_light import latest_audit

    st.subheader(t("documents_title"))
    st.caption(t("documents_intro"))
    lang, tool = state.lang(), record.tool.name
    stem = tool.replace(" ", "_")
    c1, c2 = st.columns(2)
    if c1.button(t("documents_kit"), key="make_kit", icon=":material/groups:"):
        from ethics_toolkit.register.people.kit import meeting_kit
        from ethics_toolkit.report.learning_kit import build_kit_pdf

        pdf = widgets.guarded(
            lambda: build_kit_pdf(meeting_kit(record, latest_audit(record), lang))
        )
        if pdf is not None:
            st.session_state[KIT_KEY] = ((tool, lang), pdf)
    if c2.button(t("documents_briefing"), key="make_briefing", icon=":material/description:"):
        from ethics_toolkit.report.briefing import build_briefing_pdf

        pdf = widgets.guarded(lambda: build_briefing_pdf(record, lang, as_of=date.today()))
        if pdf is not None:
            st.session_state[BRIEFING_KEY] = ((tool, lang), pdf)
    for column, key, label, name in (
        (c1, KIT_KEY, "documents_kit_download", f"{stem}-kit-{lang}.pdf"),
        (c2, BRIEFING_KEY, "documents_briefing_download", f"{stem}-briefing-{lang}.pdf"),
    ):
        cached = st.session_state.get(key)
        if cached and cached[0] == (tool, lang):
            column.download_button(t(label), data=cached[1], file_name=name,
                                   mime="application/pdf", key=f"{key}_download",
                                   icon=":material/download:")  # fmt: skip


# -- the Duties page -----------------------------------------------------------------------------


def overdue_refreshers(record: ToolRecord) -> None:
    """On the Duties page: overdue refreshers and the Art. 26(2) finding, with a link."""
    today = date.today()
    st.subheader(t("refreshers_title"))
    finding(record)
    late = [
        r
        for r in refreshers(record.people, record.competence, as_of=today, horizon_days=0)
        if r.overdue
    ]
    if not late:
        st.caption(t("refreshers_none"))
    for r in late:
        st.markdown(
            "- :red-badge["
            + t("records_overdue")
            + "] "
            + t("refreshers_line", person=md(r.person), activity=md(r.activity),
                due=r.due.isoformat(), when=when(r.due, today))
        )  # fmt: skip
    st.page_link(PEOPLE_PAGE, label=t("refreshers_page"), icon=":material/groups:")

"""Blocks of the Duties page (issue 15): threshold tasks, the plan, the series chart, explanation
requests, notices, active measures. Each reads and writes the register through the store; user
text reaches Markdown only through :func:`~ethics_toolkit.ui.escape.md`."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import streamlit as st

from ethics_toolkit.register.access.roles import Permission
from ethics_toolkit.register.domain import labels
from ethics_toolkit.register.domain.actors import entry_actor_label
from ethics_toolkit.register.domain.explanation_requests import ExplanationRequest, RequestStatus
from ethics_toolkit.register.domain.history import describe
from ethics_toolkit.register.domain.monitoring import (
    MonitoringFrequency,
    MonitoringPlan,
    TaskStatus,
)
from ethics_toolkit.register.domain.tool import AITool
from ethics_toolkit.register.duties.rules import task_reason, task_title
from ethics_toolkit.ui import access_view, components, state, widgets
from ethics_toolkit.ui.duties_overview import when
from ethics_toolkit.ui.escape import md
from ethics_toolkit.ui.state import t

if TYPE_CHECKING:
    from ethics_toolkit.register.domain.monitoring import DutyTask
    from ethics_toolkit.register.domain.tool_record import ToolRecord

NOTICE_PDF_KEY = "duties_notice_pdf"
ACTIVE_PDF_KEY = "duties_active_pdf"
HISTORY_ENTITIES = ("plan", "task", "request")
HISTORY_ROWS = 12


def _saved(message: str) -> None:
    st.toast(message, icon=":material/task_alt:")
    st.rerun()


# -- tasks and the plan ------------------------------------------------------------------------


def tasks(record: ToolRecord) -> None:
    st.subheader(t("tasks_title"))
    lang = state.lang()
    open_tasks = [task for task in record.tasks if task.status == TaskStatus.open]
    if not open_tasks:
        st.caption(t("tasks_none"))
    for task in open_tasks:
        _open_task(task)
    done = [task for task in record.tasks if task.status == TaskStatus.done]
    if done:
        with st.expander(t("tasks_done_title", count=len(done)), icon=":material/task_alt:"):
            for task in done:
                line = t(
                    "task_done_line",
                    opened=task.created_at.date().isoformat(),
                    reason=md(task_reason(task, lang)),
                    on=task.done_on,
                    by=md(task.done_by),
                    outcome=md(task.outcome),
                )
                st.markdown(f"- {line}")


def _open_task(task: DutyTask) -> None:
    lang = state.lang()
    overdue = task.due < date.today()
    with st.container(border=True):
        badge = f" :red-badge[{t('req_overdue')}]" if overdue else ""
        st.markdown(f"**{md(task_title(lang))}**{badge}")
        st.markdown(md(task_reason(task, lang)))
        st.caption(t("task_meta", owner=md(task.owner or "–"), due=task.due, when=when(task.due)))
        with st.form(f"task_{task.id}"):
            outcome = st.text_area(t("task_outcome"), key=f"task_outcome_{task.id}", height=80)
            if st.form_submit_button(
                t("task_done_button"),
                icon=":material/task_alt:",
                disabled=access_view.locked(task.tool_id),
            ):
                done = task.model_copy(update={"status": TaskStatus.done, "outcome": outcome})
                if widgets.guarded(lambda: state.store().save_task(done, actor=state.actor())):
                    _saved(t("task_done_saved"))


def plan_form(record: ToolRecord) -> None:
    st.subheader(t("plan_title"))
    st.caption(t("plan_intro"))
    tool = record.tool
    plan = record.plan or MonitoringPlan(tool_id=tool.id or 0, owner=tool.system_owner)
    if record.plan is None:
        st.info(t("plan_none"), icon=":material/info:")

    def field(name: str) -> str:
        return labels.field_label(MonitoringPlan, name, state.lang())

    with st.form("monitoring_plan"):
        measured = st.text_area(field("measured"), value=plan.measured, height=80)
        c1, c2, c3 = st.columns(3)
        with c1:
            frequency = components.enum_select(
                field("frequency"), MonitoringFrequency, value=plan.frequency, key="plan_frequency"
            )
        owner = c2.text_input(field("owner"), value=plan.owner)
        with c3:
            next_audit_text = components.date_field(
                field("next_audit"), plan.next_audit, key="plan_next_audit"
            )
        adverse = st.checkbox(
            field("alert_adverse_significant"), value=plan.alert_adverse_significant
        )
        agreement_on = st.checkbox(t("plan_agreement_on"), value=plan.alert_agreement is not None)
        c1, c2 = st.columns(2)
        agreement = c1.number_input(
            field("alert_agreement"),
            min_value=0.5,
            max_value=1.0,
            step=0.01,
            value=plan.alert_agreement or 0.95,
            format="%.2f",
        )
        days = c2.number_input(field("response_days"), 1, 365, value=plan.response_days)
        if st.form_submit_button(
            t("plan_save"),
            type="primary",
            icon=":material/save:",
            disabled=access_view.locked(record.tool),
        ):
            next_audit = widgets.guarded(
                lambda: components.read_date(next_audit_text, field("next_audit"))
            )
            update = {
                "measured": measured.strip(),
                "frequency": frequency,
                "owner": owner.strip(),
                "next_audit": next_audit or None,
                "alert_adverse_significant": adverse,
                "alert_agreement": float(agreement) if agreement_on else None,
                "response_days": int(days),
            }
            new = plan.model_copy(update=update)
            if widgets.guarded(lambda: state.store().save_plan(new, actor=state.actor())):
                _saved(t("plan_saved"))


def series(record: ToolRecord) -> None:
    from ethics_toolkit.register.duties.monitoring import (
        impact_series,
        series_attributes,
        series_label,
        x_order,
    )
    from ethics_toolkit.ui import choices
    from ethics_toolkit.ui.charts_monitoring import impact_line_chart

    st.subheader(t("series_title"))
    if not record.audits:
        st.caption(t("series_no_audit"))
        return
    sets = series_attributes(record.audits)
    names = {"|".join(s): series_label(s, record.audits) for s in sets}
    if not names:  # audits without an analysis (e.g. of counts only): no series to pick
        st.caption(t("series_no_audit"))
        return
    lines = [key for key in names if len(x_order(impact_series(record.audits, key.split("|")))) > 1]
    chosen = choices.selectbox(
        t("series_pick"),
        list(names),
        key="series_attributes",
        format_func=names.__getitem__,
        default=lines[0] if lines else None,
    )
    points = impact_series(record.audits, chosen.split("|"))
    if len(x_order(points)) < 2:
        st.info(t("series_too_few"), icon=":material/info:")
        return
    st.altair_chart(impact_line_chart(points, state.lang()), width="stretch")
    st.caption(t("series_caption"))


# -- explanation requests ----------------------------------------------------------------------


def requests(record: ToolRecord) -> None:
    st.caption(t("req_intro"))
    tool = record.tool
    with st.form("new_request", clear_on_submit=True):
        st.markdown(f"**{t('req_add')}**")
        c1, c2 = st.columns([2, 1])
        reference = c1.text_input(
            labels.field_label(ExplanationRequest, "reference", state.lang()),
            key="req_reference",
            help=t("req_reference_help"),
        )
        received_label = labels.field_label(ExplanationRequest, "received", state.lang())
        with c2:
            received_text = components.date_field(received_label, date.today(), key="req_received")
        if st.form_submit_button(
            t("req_add_save"),
            type="primary",
            icon=":material/add:",
            disabled=access_view.locked(record.tool, Permission.privacy),
        ):
            saved = widgets.guarded(
                lambda: state.store().save_request(
                    ExplanationRequest(
                        tool_id=tool.id or 0,
                        reference=reference.strip(),
                        received=components.read_date(received_text, received_label)
                        or date.today(),
                    ),
                    actor=state.actor(),
                )
            )
            if saved is not None:
                _saved(t("req_added", due=saved.due))
    open_requests = [r for r in record.requests if not r.closed]
    st.markdown(f"**{t('req_open_title', count=len(open_requests))}**")
    if not open_requests:
        st.caption(t("req_none_open"))
    for request in sorted(open_requests, key=lambda r: r.due):
        _open_request(record, request)
    closed = [r for r in record.requests if r.closed]
    if closed:
        with st.expander(t("req_closed_title", count=len(closed)), icon=":material/inventory_2:"):
            for request in closed:
                status = labels.label(request.status, state.lang())
                on = f" {request.answered_on}" if request.answered_on else ""
                line = t("req_closed_line", reference=md(request.reference), status=status + on,
                         received=request.received, due=request.due)  # fmt: skip
                st.markdown(f"- {line}")
                if request.answer.strip():  # issue 21 §6: the answer as it was sent, stored
                    st.text(request.answer)
                    st.download_button(
                        t("req_answer_download"), data=request.answer.encode("utf-8"),
                        file_name=f"answer-{request.id}.txt", mime="text/plain",
                        key=f"req_answer_file_{request.id}", icon=":material/download:",
                    )  # fmt: skip
    _history(record)


def _open_request(record: ToolRecord, request: ExplanationRequest) -> None:
    from ethics_toolkit.register.duties.explanations import draft_reply
    from ethics_toolkit.register.duties.notices import TEXTS as NOTICE_TEXTS

    lang = state.lang()
    overdue = request.due < date.today()
    label = when(request.due) + (f" :red-badge[{t('req_overdue')}]" if overdue else "")
    st.markdown(
        t(
            "req_line",
            reference=md(request.reference),
            received=request.received,
            due=request.due,
            when=label,
        )
    )
    with (
        st.expander(
            t("req_answer_title", reference=md(request.reference)), icon=":material/reply:"
        ),
        st.form(f"answer_{request.id}"),
    ):
        answer = st.text_area(
            t("req_draft"),
            value=draft_reply(record, request, lang),
            height=360,
            key=f"req_answer_{request.id}_{lang}",
        )
        answered_text = components.date_field(
            t("req_answered_on"), date.today(), key=f"req_on_{request.id}"
        )
        c1, c2 = st.columns(2)
        off = access_view.locked(record.tool, Permission.privacy)
        save = c1.form_submit_button(
            t("req_answer_save"), type="primary", icon=":material/send:", disabled=off
        )
        withdraw = c2.form_submit_button(t("req_withdraw"), icon=":material/block:", disabled=off)
    marker = NOTICE_TEXTS.text("missing", lang, what="\0").split("\0")[0]  # "[To complete: "
    if save and marker in answer:
        st.warning(t("req_still_marked", marker=md(marker + "…]")), icon=":material/edit:")
    elif save or withdraw:
        answered_on = (
            widgets.guarded(lambda: components.read_date(answered_text, t("req_answered_on")))
            or date.today()
        )
        status = RequestStatus.answered if save else RequestStatus.withdrawn
        update = {"status": status, "answer": answer if save else request.answer,
                  "answered_on": answered_on if save else None}  # fmt: skip
        changed = request.model_copy(update=update)
        if widgets.guarded(lambda: state.store().save_request(changed, actor=state.actor())):
            _saved(t("req_saved"))


def _history(record: ToolRecord) -> None:
    """The duties' lines of the tool's history, newest first; references shown from the record."""
    entries = [e for e in record.history if e.entity in HISTORY_ENTITIES]
    st.markdown(f"**{t('req_history')}**")
    if not entries:
        st.caption(t("req_history_none"))
        return
    names, lang = record.history_names(), state.lang()
    lines = [
        f"- {e.at.strftime('%Y-%m-%d %H:%M')} {md(_who(e, lang))}: "
        f"{md(describe(e, lang, names=names))}"
        for e in reversed(entries[-HISTORY_ROWS:])
    ]
    st.markdown("\n".join(lines))


# -- notices -----------------------------------------------------------------------------------


def notices(record: ToolRecord) -> None:
    from ethics_toolkit.register.duties.notices import NOTICE_KINDS, as_text, build_notice

    st.caption(t("notice_intro"))
    _notice_facts(record.tool)
    lang = state.lang()
    for kind in NOTICE_KINDS:
        notice = build_notice(record, kind, lang)
        with st.container(border=True):
            st.markdown(f"**{t(f'notice_{kind}')}**")
            if notice.missing:
                st.warning(t("notice_missing", facts=md(", ".join(notice.missing))),
                           icon=":material/edit_note:")  # fmt: skip
            else:
                st.caption(t("notice_complete"))
            text = as_text(notice)
            stem = f"{record.tool.name}-{kind}-{lang}".replace(" ", "_")
            c1, c2 = st.columns(2)
            c1.download_button(t("notice_download_txt"), data=text.encode("utf-8"),
                               file_name=f"{stem}.txt", mime="text/plain", key=f"txt_{kind}",
                               icon=":material/download:")  # fmt: skip
            _notice_pdf(c2, notice, stem)
            with st.expander(t("notice_preview")):
                st.text(text)


def _notice_pdf(column, notice, stem: str) -> None:
    key = (notice.kind, notice.lang, state.sha256(notice.model_dump_json().encode()))
    cache = st.session_state.setdefault(NOTICE_PDF_KEY, {})
    if column.button(
        t("notice_make_pdf"), key=f"make_pdf_{notice.kind}", icon=":material/picture_as_pdf:"
    ):
        from ethics_toolkit.report.notices import build_notice_pdf

        pdf = widgets.guarded(lambda: build_notice_pdf(notice))
        if pdf is not None:
            cache[notice.kind] = (key, pdf)
    cached = cache.get(notice.kind)
    if cached and cached[0] == key:
        column.download_button(t("notice_download_pdf"), data=cached[1], file_name=f"{stem}.pdf",
                               mime="application/pdf", key=f"pdf_{notice.kind}",
                               icon=":material/download:")  # fmt: skip


def _notice_facts(tool: AITool) -> None:
    """The facts the notices quote: the controller and the DPO (GDPR Art. 13(1)(a)-(b)), the
    contact, and the free texts in every language, so a notice is wholly in its language."""
    from ethics_toolkit.i18n import LANG_NAMES, LANGS
    from ethics_toolkit.register.domain.tool import TRANSLATED_FIELDS, ToolTexts

    def field(name: str) -> str:
        return labels.field_label(AITool, name, state.lang())

    with st.expander(t("notice_facts"), icon=":material/edit:"), st.form("notice_facts"):
        controller = st.text_area(field("controller"), value=tool.controller, height=70)
        dpo = st.text_input(field("dpo_contact"), value=tool.dpo_contact)
        contact = st.text_input(field("contact"), value=tool.contact)
        texts_lang = st.selectbox(
            field("texts_lang"), list(LANGS), index=list(LANGS).index(tool.texts_lang),
            format_func=LANG_NAMES.get, help=t("notice_texts_lang_help"),
            placeholder=t("choose_option"),
        )  # fmt: skip
        retention = st.text_area(field("retention"), value=tool.retention, height=70)
        factors = st.text_area(field("main_factors"), value=tool.main_factors, height=70)
        human = st.text_area(field("human_role"), value=tool.human_role, height=70)
        translated: dict[str, dict[str, str]] = {}
        for lang in LANGS:
            if lang == texts_lang:
                continue
            st.markdown(f"**{t('notice_translation', language=LANG_NAMES[lang])}**")
            given = tool.translations.get(lang) or ToolTexts()
            translated[lang] = {
                name: st.text_area(
                    field(name), value=getattr(given, name), height=70, key=f"tr_{lang}_{name}"
                ).strip()
                for name in TRANSLATED_FIELDS
            }
        if st.form_submit_button(
            t("notice_facts_save"),
            type="primary",
            icon=":material/save:",
            disabled=access_view.locked(tool),
        ):
            update = {
                "controller": controller.strip(), "dpo_contact": dpo.strip(),
                "contact": contact.strip(), "texts_lang": texts_lang,
                "retention": retention.strip(), "main_factors": factors.strip(),
                "human_role": human.strip(),
                "translations": {
                    **tool.translations,
                    **{lang: ToolTexts(**texts) for lang, texts in translated.items()},
                },
            }  # fmt: skip
            changed = tool.model_copy(update=update)
            if widgets.guarded(lambda: state.store().save_tool(changed, actor=state.actor())):
                _saved(t("notice_facts_saved"))


# -- active measures ---------------------------------------------------------------------------


def active_measures() -> None:
    st.caption(t("active_intro"))
    year = st.number_input(t("active_year"), 2000, 2100, value=date.today().year, step=1)
    lang = state.lang()
    if st.button(
        t("active_make"), type="primary", key="make_active", icon=":material/description:"
    ):
        from ethics_toolkit.register.duties.active_measures import build_active_measures
        from ethics_toolkit.report.active_measures import build_active_measures_pdf

        def build() -> bytes:
            store = state.store()
            records = [store.record(tool.name, check_history=False) for tool in store.list_tools()]
            data = build_active_measures(records, year=int(year), lang=lang)
            return build_active_measures_pdf(data)

        pdf = widgets.guarded(build)
        if pdf is not None:
            st.session_state[ACTIVE_PDF_KEY] = ((int(year), lang), pdf)
    cached = st.session_state.get(ACTIVE_PDF_KEY)
    if cached and cached[0] == (int(year), lang):
        st.download_button(t("active_download"), data=cached[1], mime="application/pdf",
                           file_name=f"active-measures-{int(year)}-{lang}.pdf", key="active_pdf",
                           icon=":material/download:")  # fmt: skip


def _who(entry, lang) -> str:
    return entry_actor_label(entry.actor, entry.changes, lang)

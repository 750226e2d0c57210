"""Tool profile: create or edit a tool; its legal classification explained in plain words."""

from __future__ import annotations

import json

import pandas as pd
import streamlit as st

from ethics_toolkit.register.access.roles import Permission
from ethics_toolkit.register.domain import labels
from ethics_toolkit.register.domain.actors import entry_actor_label
from ethics_toolkit.register.domain.history import describe
from ethics_toolkit.register.domain.tool import (
    AITool,
    DataCategory,
    DecisionRole,
    EmployerType,
    HRProcess,
    ToolStatus,
)
from ethics_toolkit.ui import access_view, components, integrity, state, widgets
from ethics_toolkit.ui.escape import md
from ethics_toolkit.ui.state import t

NEW_KEY = "profile_new"
EXPORTED_KEY = "profile_exported_head"
HISTORY_ROWS = 500
RESET_KEY = "profile_reset"


def _category_label(category: DataCategory) -> str:
    return labels.data_category_label(category, state.lang())


def _field(name: str) -> str:
    """The field's label from the one registry (the PDF's tool profile uses the same)."""
    return labels.field_label(AITool, name, state.lang())


def _classification(tool: AITool) -> None:
    from ethics_toolkit.register.statements.build import tool_statements

    record = widgets.guarded(lambda: state.store().record(tool.name))
    if record is None:
        return
    # Issue 21 §1: the page states what the report states, from the same statements.
    statements = widgets.guarded(lambda: tool_statements(record))
    if statements is None:
        return
    st.subheader(t("profile_classification"))
    st.markdown(f"### {components.risk_class_badge(statements.classification.risk_class)}")
    st.markdown("  \n".join(_flag_lines(statements)))  # one duty per line: management's checklist
    lang = state.lang()
    needs = [a.needs.get(lang) for a in statements.articles if a.needs is not None]
    if needs:  # issue 12: "not determined: tell us X", never a confident conclusion
        st.warning(t("profile_open_facts", needs=md("; ".join(needs))), icon=":material/help:")
    from ethics_toolkit.ui.process_view import art22_notice  # issue 11: evidence from audits

    art22_notice(tool, record.audits)
    st.markdown(f"**{t('profile_why')}**")
    for article in statements.articles:
        if article.topic != "dates":
            st.markdown(f"- {md(article.statement.get(lang))}")
    st.caption(md(statements.law.label(lang)))
    components.explain("risk_class")


# The profile's flags, one per article, in the order the report's table gives them.
_FLAGS = (
    ("flag_high_risk", "high_risk"),
    ("flag_prohibited", "prohibited"),
    ("flag_fria", "fria"),
    ("flag_dpia", "dpia"),
    ("flag_dpia_timing", "dpia_timing"),
    ("flag_art22", "art22"),
    ("flag_art9", "art9"),
    ("flag_active_measures", "active_measures"),
)


def _flag_lines(statements) -> list[str]:
    """The classification's duties, one per line, each with the outcome every output states."""
    lang = state.lang()
    lines = []
    for key, topic in _FLAGS:
        article = statements.article(topic)
        if article is None:
            continue
        if topic == "high_risk":
            value = statements.classification.high_risk
            mark = widgets.marker("orange" if value else "gray", "error" if value else "remove")
            lines.append(f"{mark} {t(key)}: **{t('yes' if value else 'no')}**")
            continue
        if topic == "prohibited" and article.outcome == "needs_decision":
            key = "flag_emotion"
        outcome = labels.literal_label("legal_outcome", article.outcome, lang)
        concern = article.attention != "none" or article.outcome in ("not_determined", "yes")
        mark = widgets.marker("orange" if concern else "gray", "error" if concern else "remove")
        lines.append(f"{mark} {t('flag_outcome', flag=t(key), outcome=outcome)}")
    return lines


def _history(tool: AITool) -> None:
    """The register's append-only change history of this tool, newest first, in words."""
    from ethics_toolkit.register.domain.history import changed_fields

    record = widgets.guarded(lambda: state.store().record(tool.name))
    entries = record.history if record else []
    names = record.history_names() if record is not None else {}
    if record is not None:
        integrity.history_badge(record)
        integrity.signoff_banner(record)
    lang = state.lang()
    with st.expander(t("history_title", count=len(entries)), icon=":material/history:"):
        entity, action = state.labeller("history_entity"), state.labeller("history_action")
        rows = [
            {
                t("history_when"): entry.at.strftime("%Y-%m-%d %H:%M"),
                t("history_who"): entry_actor_label(entry.actor, entry.changes, lang),
                t("history_what"): f"{entity(entry.entity)} · {action(entry.action).lower()}",
                t("history_fields"): ", ".join(changed_fields(entry, lang)),
                t("history_summary"): describe(entry, lang, names=names),
            }
            for entry in reversed(entries[-HISTORY_ROWS:])
        ]
        st.dataframe(
            pd.DataFrame(rows), hide_index=True, width="stretch", placeholder=t("empty_cell")
        )


def _archive_or_remove(tool: AITool) -> None:
    """Archive (kept, read-only, out of the overview) or restore; remove only after an export."""
    if access_view.locked(tool.id, Permission.administer):  # issue 22: administrators only
        return
    with st.expander(t("archive_title"), icon=":material/inventory_2:"):
        st.caption(t("archive_help"))
        if tool.archived:
            if st.button(t("restore_button"), key="restore_tool", icon=":material/unarchive:"):
                done = widgets.guarded(
                    lambda: state.store().archive_tool(tool.name, actor=state.actor(), restore=True)
                )
                if done is not None:
                    st.toast(t("restored_done"), icon=":material/unarchive:")
                    st.rerun()
        elif st.button(t("archive_button"), key="archive_tool", icon=":material/archive:"):
            done = widgets.guarded(
                lambda: state.store().archive_tool(tool.name, actor=state.actor())
            )
            if done is not None:
                st.toast(t("archived_done"), icon=":material/archive:")
                st.rerun()
        st.divider()
        st.caption(t("remove_help"))
        if not st.checkbox(t("remove_start"), key=f"remove_start_{tool.id}"):
            return
        export = widgets.guarded(lambda: state.store().export_json())
        if export is None:
            return
        text = json.dumps(export, ensure_ascii=False, indent=2)
        st.download_button(
            t("remove_export"),
            data=text.encode("utf-8"),
            file_name="ethics-toolkit-register.json",
            mime="application/json",
            key="remove_export",
            on_click=_remember_export,
            args=(tool.name, export["head_hash"]),
            icon=":material/download:",
        )
        exported = st.session_state.get(EXPORTED_KEY) == (tool.name, export["head_hash"])
        if st.button(
            t("remove_button"), key="remove_tool", disabled=not exported, icon=":material/delete:"
        ):
            done = widgets.guarded(
                lambda: (
                    state.store().delete_tool(
                        tool.name,
                        actor=state.actor(),
                        export=export,
                        export_file="ethics-toolkit-register.json (app download)",
                    )
                    or True
                )
            )
            if done:
                st.session_state.pop(EXPORTED_KEY, None)
                st.session_state.pop(state.TOOL_KEY, None)
                st.toast(t("removed_done", name=md(tool.name)), icon=":material/delete:")
                st.rerun()
        elif not exported:
            st.caption(t("remove_needs_export"))


def _remember_export(name: str, head: str) -> None:
    st.session_state[EXPORTED_KEY] = (name, head)


def _form(tool: AITool | None) -> None:
    """The profile form; a new tool when ``tool`` is None. Saves through the register."""
    key = "new" if tool is None else f"tool_{tool.id}_{tool.row_version}"
    with st.form(f"profile_form_{key}", enter_to_submit=False):
        c1, c2 = st.columns(2)
        name = c1.text_input(_field("name"), value=tool.name if tool else "", key=f"{key}_name")
        vendor = c2.text_input(
            _field("vendor"), value=tool.vendor if tool else "", key=f"{key}_vendor"
        )
        version = c1.text_input(
            _field("version"), value=tool.version if tool else "", key=f"{key}_version"
        )
        owner = c2.text_input(
            _field("system_owner"), value=tool.system_owner if tool else "", key=f"{key}_owner"
        )
        purpose = st.text_area(
            _field("purpose"),
            value=tool.purpose if tool else "",
            key=f"{key}_purpose",
            help=t("field_purpose_help"),
        )
        c1, c2, c3 = st.columns(3)
        with c1:
            hr_process = components.enum_select(
                _field("hr_process"),
                HRProcess,
                value=tool.hr_process if tool else None,
                key=f"{key}_process",
            )
        with c2:
            role = components.enum_select(
                _field("decision_role"),
                DecisionRole,
                value=tool.decision_role if tool else None,
                key=f"{key}_role",
                help=t("field_decision_role_help"),
            )
        with c3:
            status = components.enum_select(
                _field("status"),
                ToolStatus,
                value=tool.status if tool else None,
                key=f"{key}_status",
            )
        categories = st.multiselect(
            _field("data_categories"),
            list(DataCategory),
            default=list(tool.data_categories) if tool else [],
            format_func={c: _category_label(c) for c in DataCategory}.__getitem__,
            key=f"{key}_categories",
            placeholder=t("choose_options"),
            select_all=False,
            help=t("field_data_categories_help"),
        )
        legal_basis = st.text_input(
            _field("legal_basis"),
            value=tool.legal_basis if tool else "",
            key=f"{key}_basis",
            help=t("field_legal_basis_help"),
        )
        c1, c2 = st.columns(2)
        with c1:
            employer = components.enum_select(
                _field("employer_type"),
                EmployerType,
                value=tool.employer_type if tool else None,
                key=f"{key}_employer",
            )
        employees = c2.number_input(
            _field("employees"),
            min_value=0,
            step=1,
            value=tool.employees if tool else 0,
            key=f"{key}_employees",
        )
        with c1:
            go_live = components.date_field(
                _field("go_live"), tool.go_live if tool else None, key=f"{key}_go_live"
            )
        with c2:
            next_review = components.date_field(
                _field("next_review"), tool.next_review if tool else None, key=f"{key}_review"
            )
        with c1:
            dpia_done = components.date_field(  # issue 12: Art. 35(1): the DPIA before go-live
                _field("dpia_completed_on"),
                tool.dpia_completed_on if tool else None,
                key=f"{key}_dpia",
                help=t("field_dpia_completed_help"),
            )
        art9_ground = st.text_input(
            _field("art9_ground"),
            value=tool.art9_ground if tool else "",
            key=f"{key}_art9",
            help=t("field_art9_ground_help"),
        )
        emotion = st.checkbox(
            _field("emotion_recognition"),
            value=tool.emotion_recognition if tool else False,
            key=f"{key}_emotion",
            help=t("field_emotion_help"),
        )
        profiling = st.checkbox(
            _field("profiling"),
            value=tool.profiling if tool else False,
            key=f"{key}_profiling",
            help=t("field_profiling_help"),
        )
        narrow = st.checkbox(
            _field("narrow_procedural_task"),
            value=tool.narrow_procedural_task if tool else False,
            key=f"{key}_narrow",
            help=t("field_narrow_help"),
        )
        submitted = st.form_submit_button(
            t("profile_save"), type="primary", disabled=access_view.locked(tool)
        )
    if not submitted:
        return
    dates = widgets.guarded(
        lambda: (
            components.read_date(go_live, _field("go_live")),
            components.read_date(next_review, _field("next_review")),
            components.read_date(dpia_done, _field("dpia_completed_on")),
        )
    )
    if dates is None:
        return
    go_live, next_review, dpia_done = dates
    values = {
        "name": name.strip(),
        "vendor": vendor.strip(),
        "version": version.strip(),
        "purpose": purpose.strip(),
        "hr_process": hr_process,
        "decision_role": role,
        "data_categories": categories,
        "legal_basis": legal_basis.strip(),
        "system_owner": owner.strip(),
        "employer_type": employer,
        "employees": int(employees),
        "go_live": go_live,
        "status": status,
        "emotion_recognition": emotion,
        "profiling": profiling,
        "narrow_procedural_task": narrow,
        "next_review": next_review,
        "dpia_completed_on": dpia_done,
        "art9_ground": art9_ground.strip(),
    }
    if not values["name"]:
        st.error(t("profile_need_name"), icon=":material/error:")
        return
    candidate = widgets.guarded(
        lambda: (
            AITool.model_validate(values)
            if tool is None
            else AITool.model_validate({**tool.model_dump(), **values})
        )
    )
    if candidate is None:
        return
    saved = widgets.guarded(lambda: state.store().save_tool(candidate, actor=state.actor()))
    if saved is not None:
        components.select_tool(saved.name)
        st.session_state[RESET_KEY] = True
        st.toast(t("profile_saved", name=md(saved.name)), icon=":material/save:")
        st.rerun()


components.page_header("profile_title", "profile_intro")
tool = components.tool_picker(offer_demo=False)
components.progress(tool, here="profile")
components.ask_name()
if st.session_state.pop(RESET_KEY, False) or NEW_KEY not in st.session_state:
    st.session_state[NEW_KEY] = tool is None
creating = st.toggle(t("profile_new"), key=NEW_KEY)
if creating or tool is None:
    _form(None)
else:
    if tool.archived:
        st.info(t("archived_banner", date=tool.archived_at.date()), icon=":material/inventory_2:")
    left, right = st.columns([3, 2], gap="large")
    with left:
        _form(tool)
    with right:
        _classification(tool)
    _history(tool)
    _archive_or_remove(tool)

"""Risks: the editable register of one tool, a 5x5 heat map, filters; conflicts shown clearly."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from ethics_toolkit.register.checklists.catalogue import load_checklists
from ethics_toolkit.register.domain import labels
from ethics_toolkit.register.domain.actors import entry_actor_label
from ethics_toolkit.register.domain.history import describe
from ethics_toolkit.register.domain.risks import Risk, RiskStatus, Treatment
from ethics_toolkit.register.risks import actions
from ethics_toolkit.ui import (
    access_view,
    components,
    decisions_view,
    proposals_view,
    state,
    widgets,
)
from ethics_toolkit.ui.escape import md, neutral_csv
from ethics_toolkit.ui.state import t

EDITOR_KEY = "risk_editor"
SNAPSHOT_KEY = "risk_editor_rows"
EDITABLE = (
    "title",
    "owner",
    "likelihood",
    "severity",
    "treatment",
    "status",
    "residual_likelihood",
    "residual_severity",
    "review_date",
    "approved_by",
)


def _field(name: str) -> str:
    """A risk field's label from the one registry (the PDF's risk table uses the same)."""
    return labels.field_label(Risk, name, state.lang())


def _frame(risks: list[Risk]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "level": labels.level_label(r.level, state.lang()),
                "inherent_score": r.inherent_score,
                **{field: getattr(r, field) for field in EDITABLE},
                "residual_score": r.residual_score,
                "category": r.category,
            }
            for r in risks
        ],
        columns=["level", "inherent_score", *EDITABLE, "residual_score", "category"],
    )


def _column_config(area_titles: dict[str, str]) -> dict:
    cc = st.column_config
    score = {"min_value": 1, "max_value": 5, "step": 1}
    return {
        "level": cc.TextColumn(_field("level"), disabled=True),
        "inherent_score": cc.NumberColumn(
            _field("inherent_score"), disabled=True, help=t("risk_inherent_help")
        ),
        "title": cc.TextColumn(_field("title"), required=True, width="large"),
        "owner": cc.TextColumn(_field("owner")),
        "likelihood": cc.NumberColumn(_field("likelihood"), required=True, **score),
        "severity": cc.NumberColumn(_field("severity"), required=True, **score),
        "treatment": cc.SelectboxColumn(
            _field("treatment"),
            options=list(Treatment),
            required=True,
            format_func=state.labeller(Treatment),
        ),
        "status": cc.SelectboxColumn(
            _field("status"),
            options=list(RiskStatus),
            required=True,
            format_func=state.labeller(RiskStatus),
        ),
        "residual_likelihood": cc.NumberColumn(_field("residual_likelihood"), **score),
        "residual_severity": cc.NumberColumn(_field("residual_severity"), **score),
        "review_date": cc.DateColumn(_field("review_date")),
        "approved_by": cc.TextColumn(
            _field("approved_by"), help=t("risk_approved_by_help"), disabled=True
        ),
        "residual_score": cc.NumberColumn(_field("residual_score"), disabled=True),
        "category": cc.SelectboxColumn(
            _field("category"),
            options=list(area_titles),
            disabled=True,
            format_func=lambda v: area_titles.get(v, v),
        ),
    }


def _plain(value):
    """Editor cells come back as pandas/numpy scalars; pydantic wants plain values or None."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if hasattr(value, "to_pydatetime"):
        return value.to_pydatetime().date()
    if hasattr(value, "item"):
        return value.item()
    return value


def _forget_edits() -> None:
    for key in (EDITOR_KEY, SNAPSHOT_KEY):
        st.session_state.pop(key, None)


def _save_edits(risks: list[Risk]) -> None:
    """Save every edited row; a conflict or invalid value is reported per risk, nothing lost."""
    edits = st.session_state.get(EDITOR_KEY, {}).get("edited_rows", {})
    saved, problems = 0, []
    for index, changes in edits.items():
        risk = risks[int(index)]
        updated = {field: _plain(value) for field, value in changes.items() if field in EDITABLE}
        try:
            candidate = Risk.model_validate({**risk.model_dump(), **updated})
            state.store().save_risk(candidate, actor=state.actor())
            saved += 1
        except Exception as error:  # UserFacingError (incl. ConflictError) or ValidationError
            problems.append((risk.title, error))
    for title, error in problems:
        st.markdown(f"**{md(title)}**")
        widgets.show_error(error)
    if saved and not problems:
        _forget_edits()
        st.toast(t("risk_saved", count=saved), icon=":material/save:")
        st.rerun()
    elif saved:
        st.info(t("risk_saved_some", count=saved))


def _risks_csv(risks: list[Risk], area_titles: dict[str, str]) -> bytes:
    """The register's own CSV export: text cells neutralised against formula injection."""
    fields = ("title", "level", "inherent_score", "residual_score", "owner", "treatment")
    header = [_field(f) for f in (*fields, "status", "category")]
    lang = state.lang()
    rows = [
        [
            r.title,
            labels.label(r.level, lang),
            r.inherent_score,
            r.residual_score,
            r.owner,
            labels.label(r.treatment, lang),
            labels.label(r.status, lang),
            area_titles.get(r.category, r.category),
        ]
        for r in risks
    ]
    return neutral_csv(header, rows)


def _risk_label(risk: Risk) -> str:
    return f"{risk.id}: {risk.title}"


def _actions_panel(tool, risks: list[Risk]) -> None:
    """Actions of one risk: tick off, add, assign; then assess the risk after measures."""
    st.subheader(t("risk_actions_title"))
    by_label = {_risk_label(r): r for r in sorted(risks, key=lambda r: -r.inherent_score)}
    chosen = st.selectbox(
        t("actions_pick_risk"), list(by_label), key="actions_risk", placeholder=t("choose_option")
    )
    risk = by_label[chosen]
    read_only = not access_view.can_edit(tool)
    if not risk.actions:
        st.caption(t("actions_none"))
    for number, action in enumerate(risk.actions, start=1):
        label = t(
            "actions_done_label",
            description=md(action.description),
            owner=md(action.owner or "–"),
            due=action.due.isoformat() if action.due else "–",
        )
        done = st.checkbox(
            f"{number}. {label}",
            value=action.done,
            key=f"action_done_{risk.id}_{number}_{risk.row_version}",
            disabled=read_only,
        )
        if action.done and action.done_on:
            st.caption(t("actions_done_by", on=action.done_on, by=md(action.done_by or "–")))
        if done != action.done:
            saved = widgets.guarded(
                lambda n=number, d=done: actions.set_done(
                    state.store(), risk, n, done=d, actor=state.actor(), on=date.today()
                )
            )
            if saved is not None:
                st.toast(
                    t("actions_ticked" if done else "actions_reopened"), icon=":material/done:"
                )
                st.rerun()
    if not read_only:
        left, right = st.columns(2)
        with left:
            _add_action_form(risk)
        with right:
            if risk.actions:
                _assign_form(risk)
            _residual_form(risk)
    _risk_history(tool, risk)


def _add_action_form(risk: Risk) -> None:
    with st.form(f"add_action_{risk.id}", clear_on_submit=True):
        st.markdown(f"**{t('actions_add')}**")
        description = st.text_input(t("actions_description"), key=f"action_text_{risk.id}")
        owner = st.text_input(t("actions_owner"), value=risk.owner, key=f"action_owner_{risk.id}")
        due = components.date_field(t("actions_due"), None, key=f"action_due_{risk.id}")
        if st.form_submit_button(t("actions_add_save"), type="primary"):
            saved = widgets.guarded(
                lambda: actions.add_action(
                    state.store(),
                    risk,
                    description=description,
                    owner=owner,
                    due=components.read_date(due, t("actions_due")),
                    actor=state.actor(),
                )
            )
            if saved is not None:
                st.toast(t("actions_added"), icon=":material/add_task:")
                st.rerun()


def _assign_form(risk: Risk) -> None:
    with st.form(f"assign_action_{risk.id}", clear_on_submit=True):
        st.markdown(f"**{t('actions_assign')}**")
        number = st.selectbox(
            t("actions_number"),
            range(1, len(risk.actions) + 1),
            placeholder=t("choose_option"),
        )
        owner = st.text_input(t("actions_owner"), key=f"assign_owner_{risk.id}")
        due = components.date_field(t("actions_due"), None, key=f"assign_due_{risk.id}")
        if st.form_submit_button(t("actions_assign_save")):
            saved = widgets.guarded(
                lambda: actions.assign_action(
                    state.store(),
                    risk,
                    int(number),
                    owner=owner,
                    due=components.read_date(due, t("actions_due")),
                    actor=state.actor(),
                )
            )
            if saved is not None:
                st.toast(t("actions_assigned"), icon=":material/person:")
                st.rerun()


def _residual_form(risk: Risk) -> None:
    with st.form(f"residual_{risk.id}"):
        st.markdown(f"**{t('residual_title')}**")
        st.caption(t("residual_help"))
        likelihood = st.slider(
            _field("residual_likelihood"), 1, 5, risk.residual_likelihood or risk.likelihood
        )
        severity = st.slider(
            _field("residual_severity"), 1, 5, risk.residual_severity or risk.severity
        )
        if st.form_submit_button(t("residual_save")):
            update = {"residual_likelihood": likelihood, "residual_severity": severity}
            saved = widgets.guarded(
                lambda: state.store().save_risk(risk.model_copy(update=update), actor=state.actor())
            )
            if saved is not None:
                st.toast(t("residual_saved"), icon=":material/task_alt:")
                st.rerun()


def _risk_history(tool, risk: Risk) -> None:
    entries = widgets.guarded(lambda: state.store().history(tool.id)) or []
    mine = [e for e in entries if e.entity == "risk" and e.entity_id == str(risk.id)]
    if not mine:
        return
    st.markdown(f"**{t('actions_history')}**")
    lang = state.lang()
    st.markdown(
        "\n".join(
            f"- {e.at.strftime('%Y-%m-%d %H:%M')} "
            f"{md(entry_actor_label(e.actor, e.changes, lang))}: {md(describe(e, lang))}"
            for e in reversed(mine[-5:])
        )
    )


def _new_risk_form(tool, area_titles: dict[str, str]) -> None:
    with (
        st.expander(t("risk_add"), icon=":material/add:"),
        st.form("new_risk", clear_on_submit=True),
    ):
        title = st.text_input(_field("title"), key="new_risk_title")
        description = st.text_area(_field("description"), height=80, key="new_risk_description")
        c1, c2, c3 = st.columns(3)
        category = c1.selectbox(
            _field("category"),
            list(area_titles),
            format_func=area_titles.__getitem__,
            placeholder=t("choose_option"),
        )
        likelihood = c2.slider(
            _field("likelihood"), 1, 5, 3, help=t("risk_likelihood_help"), key="new_risk_likelihood"
        )
        severity = c3.slider(
            _field("severity"), 1, 5, 3, help=t("risk_severity_help"), key="new_risk_severity"
        )
        owner = c1.text_input(_field("owner"), value=state.actor_name())
        with c2:
            treatment = components.enum_select(
                _field("treatment"),
                Treatment,
                value=Treatment("mitigate"),
                key="new_risk_treatment",
            )
        controls = c3.text_input(_field("existing_controls"))
        if not st.form_submit_button(t("risk_add_save"), type="primary"):
            return
        if not title.strip():
            st.error(t("risk_need_title"), icon=":material/error:")
            return
        risk = widgets.guarded(
            lambda: Risk.model_validate(
                {
                    "tool_id": tool.id,
                    "title": title.strip(),
                    "description": description.strip(),
                    "category": category,
                    "likelihood": likelihood,
                    "severity": severity,
                    "owner": owner.strip(),
                    "treatment": treatment,
                    "existing_controls": controls,
                    "status": "open",
                }
            )
        )
        if risk is not None and widgets.guarded(
            lambda: state.store().save_risk(risk, actor=state.actor())
        ):
            st.toast(t("risk_added"), icon=":material/task_alt:")
            st.rerun()


components.page_header("risks_title", "risks_intro")
tool = components.tool_picker()
components.progress(tool, here="risks")
if tool is None:
    st.stop()
components.ask_name()
if tool.archived:
    st.info(t("archived_banner", date=tool.archived_at.date()), icon=":material/inventory_2:")

lang = state.lang()
editable = access_view.can_edit(tool)
area_titles = {area.area: area.title.get(lang) for area in load_checklists()}
record = widgets.guarded(lambda: state.store().record(tool.name, check_history=False))
risks = record.risks if record is not None else []
if record is not None:
    proposals_view.pending_proposals(record)

components.heat_maps(risks)

st.subheader(t("risks_table"))
f1, f2, f3 = st.columns(3)
statuses = f1.multiselect(
    t("filter_status"),
    list(RiskStatus),
    format_func=state.labeller(RiskStatus),
    key="filter_status",
    placeholder=t("choose_options"),
    select_all=False,
)
levels = f2.multiselect(
    t("filter_level"),
    list(components.LEVELS),
    format_func=state.labeller("level"),
    key="filter_level",
    placeholder=t("choose_options"),
    select_all=False,
)
categories = f3.multiselect(
    t("filter_category"),
    sorted({r.category for r in risks}),
    format_func=lambda v: area_titles.get(v, v),
    key="filter_category",
    placeholder=t("choose_options"),
    select_all=False,
)
shown = sorted(
    (
        r
        for r in risks
        if (not statuses or r.status in statuses)
        and (not levels or str(r.level) in levels)
        and (not categories or r.category in categories)
    ),
    key=lambda r: -r.inherent_score,
)
# While edits are pending, keep the rows they were made on: saving them against fresh rows would
# silently overwrite someone else's change instead of raising the register's ConflictError.
if (
    not st.session_state.get(EDITOR_KEY, {}).get("edited_rows")
    or SNAPSHOT_KEY not in st.session_state
):
    st.session_state[SNAPSHOT_KEY] = shown
shown = st.session_state[SNAPSHOT_KEY]
if not shown:
    st.info(t("risks_none" if risks else "risks_empty"), icon=":material/info:")
else:
    st.caption(t("risks_edit_help"))
    st.data_editor(
        _frame(shown),
        key=EDITOR_KEY,
        hide_index=True,
        width="stretch",
        column_config=_column_config(area_titles),
        num_rows="fixed",
        disabled=not editable,  # an archived tool, or a role that may not edit (issue 22)
        placeholder=t("empty_cell"),
    )
    left, right = st.columns([1, 4])
    if editable and left.button(t("risk_save_changes"), type="primary", key="save_risks"):
        _save_edits(shown)
    if right.button(t("risk_reload"), key="reload_risks"):
        _forget_edits()
        st.rerun()
    st.download_button(
        t("risks_csv"),
        data=_risks_csv(shown, area_titles),
        file_name=f"{tool.name}-risks.csv".replace(" ", "_").replace("/", "_"),
        mime="text/csv",
        key="risks_csv",
        help=t("risks_csv_help"),
        icon=":material/download:",
    )
if risks:
    _actions_panel(tool, risks)
    decisions_view.panel(tool, risks)  # issue 22: accepting a risk takes four eyes
if editable:
    _new_risk_form(tool, area_titles)
components.explain("risk_score")

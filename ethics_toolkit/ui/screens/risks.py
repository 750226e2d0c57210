"""Risks: the editable register of one tool, a 5x5 heat map, filters; conflicts shown clearly."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ethics_toolkit.register import labels
from ethics_toolkit.register.checklists import load_checklists
from ethics_toolkit.register.models import Risk, RiskStatus, Treatment
from ethics_toolkit.ui import components, state
from ethics_toolkit.ui.state import t

EDITOR_KEY = "risk_editor"
SNAPSHOT_KEY = "risk_editor_rows"
DONE_MARK = components.marker("green", "check_box")
OPEN_MARK = components.marker("gray", "check_box_outline_blank")
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
        "approved_by": cc.TextColumn(_field("approved_by"), help=t("risk_approved_by_help")),
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
        st.markdown(f"**{title}**")
        components.show_error(error)
    if saved and not problems:
        _forget_edits()
        st.toast(t("risk_saved", count=saved), icon=":material/save:")
        st.rerun()
    elif saved:
        st.info(t("risk_saved_some", count=saved))


def _new_risk_form(tool, area_titles: dict[str, str]) -> None:
    with (
        st.expander(t("risk_add"), icon=":material/add:"),
        st.form("new_risk", clear_on_submit=True),
    ):
        title = st.text_input(_field("title"), key="new_risk_title")
        description = st.text_area(_field("description"), height=80, key="new_risk_description")
        c1, c2, c3 = st.columns(3)
        category = c1.selectbox(
            _field("category"), list(area_titles), format_func=area_titles.__getitem__
        )
        likelihood = c2.slider(
            _field("likelihood"), 1, 5, 3, help=t("risk_likelihood_help"), key="new_risk_likelihood"
        )
        severity = c3.slider(
            _field("severity"), 1, 5, 3, help=t("risk_severity_help"), key="new_risk_severity"
        )
        owner = c1.text_input(_field("owner"), value=state.actor())
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
        risk = components.guarded(
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
        if risk is not None and components.guarded(
            lambda: state.store().save_risk(risk, actor=state.actor())
        ):
            st.toast(t("risk_added"), icon=":material/task_alt:")
            st.rerun()


components.page_header("risks_title", "risks_intro")
tool = components.tool_picker()
if tool is None:
    st.stop()

lang = state.lang()
area_titles = {area.area: area.title.get(lang) for area in load_checklists()}
risks = components.guarded(lambda: state.store().risks(tool.id)) or []

components.heat_maps(risks)

st.subheader(t("risks_table"))
f1, f2, f3 = st.columns(3)
statuses = f1.multiselect(
    t("filter_status"),
    list(RiskStatus),
    format_func=state.labeller(RiskStatus),
    key="filter_status",
    placeholder=t("choose_options"),
)
levels = f2.multiselect(
    t("filter_level"),
    list(components.LEVELS),
    format_func=state.labeller("level"),
    key="filter_level",
    placeholder=t("choose_options"),
)
categories = f3.multiselect(
    t("filter_category"),
    sorted({r.category for r in risks}),
    format_func=lambda v: area_titles.get(v, v),
    key="filter_category",
    placeholder=t("choose_options"),
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
    st.info(t("risks_none"))
else:
    st.caption(t("risks_edit_help"))
    st.data_editor(
        _frame(shown),
        key=EDITOR_KEY,
        hide_index=True,
        width="stretch",
        column_config=_column_config(area_titles),
        num_rows="fixed",
    )
    left, right = st.columns([1, 4])
    if left.button(t("risk_save_changes"), type="primary", key="save_risks"):
        _save_edits(shown)
    if right.button(t("risk_reload"), key="reload_risks"):
        _forget_edits()
        st.rerun()
    with st.expander(t("risk_actions_title"), icon=":material/build:"):
        for risk in shown:
            if risk.actions:
                st.markdown(f"**{risk.title}**")
                for action in risk.actions:
                    due = action.due.isoformat() if action.due else "–"
                    box = DONE_MARK if action.done else OPEN_MARK
                    st.markdown(f"- {box} {action.description} ({action.owner or '–'}, {due})")
_new_risk_form(tool, area_titles)
components.explain("risk_score")

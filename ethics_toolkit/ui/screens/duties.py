"""Duties: what the law asks while a tool is in use (issue 15), for the tool picked in the sidebar.

Monitoring (threshold tasks first, the impact ratio over time, the plan), explanation requests
(register, see them due, answer from a draft, see them closed in the history), notices to
applicants and workers' representatives, and the year's active measures.
"""

from __future__ import annotations

import streamlit as st

from ethics_toolkit.ui import components, duties_view, learning_view, state, widgets
from ethics_toolkit.ui.state import t

components.page_header("duties_title", "duties_intro")
tool = components.tool_picker()
if tool is None:
    st.stop()
components.progress(tool)  # the guided path, as on every page of a tool (no step is done here)
record = widgets.guarded(lambda: state.store().record(tool.name, check_history=False))
if record is None:
    st.stop()

monitoring, requests, notices, active = st.tabs(
    [
        t("duties_tab_monitoring"),
        t("duties_tab_requests"),
        t("duties_tab_notices"),
        t("duties_tab_active"),
    ]
)
with monitoring:
    duties_view.tasks(record)
    learning_view.overdue_refreshers(record)  # issue 23
    duties_view.series(record)
    duties_view.plan_form(record)
with requests:
    duties_view.requests(record)
with notices:
    duties_view.notices(record)
with active:
    duties_view.active_measures()

"""People and learning (issue 23): who operates, oversees, owns and approves the tool picked in the
sidebar, lessons built on the tool's own audit with their self-check (a completed one becomes a
competence record with its refresher date), the records and meetings, the kit and the briefing.
"""

from __future__ import annotations

import streamlit as st

from ethics_toolkit.ui import components, learning_view, state, widgets
from ethics_toolkit.ui.state import t

components.page_header("people_title", "people_intro")
tool = components.tool_picker()
if tool is None:
    st.stop()
components.progress(tool)  # the guided path, as on every page of a tool (no step is done here)
components.ask_name()
record = widgets.guarded(lambda: state.store().record(tool.name, check_history=False))
if record is None:
    st.stop()

learning_view.finding(record)
people, lessons, records = st.tabs(
    [t("people_tab_people"), t("people_tab_lessons"), t("people_tab_records")]
)
with people:
    learning_view.people(record)
with lessons:
    learning_view.lessons(record)
with records:
    learning_view.records(record)
    learning_view.documents(record)

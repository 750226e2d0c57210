"""Testa verktyget / Test the tool (issue 24): paired CV testing of the tool itself.

Profile -> download the test set (zip) -> upload the tool's answers -> results with the same
charts and plain-language findings as the log audit -> saved to the register. The steps live in
``ui/paired_view.py`` and ``ui/paired_results.py``.
"""

from __future__ import annotations

import streamlit as st

from ethics_toolkit.ui import components, paired_results, paired_view, widgets
from ethics_toolkit.ui.state import t

components.page_header("paired_title", "paired_intro")
tool = components.tool_picker()
components.progress(tool)  # the guided path, as on every page of a tool
components.ask_name()
paired_results.saved_runs(tool)

profile = paired_view.profile_step()
paired_view.set_step(profile)
options = paired_view.answers_step()
if options is not None:
    context = paired_view.context_of(options)
    stored = st.session_state.get(paired_view.RESULT_KEY)
    if stored is None or stored[0] != context:
        if st.button(t("paired_run"), type="primary", icon=":material/analytics:"):
            result = widgets.guarded(lambda: paired_view.analyse(options))
            if result is not None:
                st.session_state[paired_view.RESULT_KEY] = (context, result)
                st.session_state.pop(paired_view.SAVED_KEY, None)
                st.rerun()
    else:
        paired_results.results(stored[1])
        paired_results.save_step(tool, stored[1])

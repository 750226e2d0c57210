"""Streamlit entrypoint: page config, language switch, sign-in, navigation; nothing else.

Run with ``streamlit run app.py`` (``make run``). The pages live in ``ethics_toolkit/ui/screens/``.
"""

import streamlit as st

from ethics_toolkit.ui import access_view, components, integrity
from ethics_toolkit.ui.state import t

st.set_page_config(page_title="Etikverktyget för HR", page_icon=":material/balance:", layout="wide")
components.language_switch()
components.widget_texts()
access_view.gate()
SCREENS = "ethics_toolkit/ui/screens"
page = st.navigation(
    [
        st.Page(
            f"{SCREENS}/overview.py",
            title=t("nav_overview"),
            icon=":material/dashboard:",
            default=True,
        ),
        st.Page(f"{SCREENS}/tool_profile.py", title=t("nav_tool_profile"), icon=":material/badge:"),
        st.Page(f"{SCREENS}/checklists.py", title=t("nav_checklists"), icon=":material/task_alt:"),
        st.Page(f"{SCREENS}/bias_audit.py", title=t("nav_bias_audit"), icon=":material/bar_chart:"),
        st.Page(f"{SCREENS}/paired_test.py", title=t("nav_paired"), icon=":material/compare:"),
        st.Page(f"{SCREENS}/risks.py", title=t("nav_risks"), icon=":material/error:"),
        st.Page(f"{SCREENS}/duties.py", title=t("nav_duties"), icon=":material/event_available:"),
        st.Page(f"{SCREENS}/people.py", title=t("nav_people"), icon=":material/groups:"),
        st.Page(f"{SCREENS}/report.py", title=t("nav_report"), icon=":material/description:"),
        st.Page(f"{SCREENS}/learn.py", title=t("nav_learn"), icon=":material/school:"),
    ]
)
with integrity.one_verdict_per_page():  # issue 27: one verdict per page, read once
    integrity.register_banner()  # issue 21 §4: an altered register is said first, on every page
    page.run()

"""Learn: short, warm explanations for HR staff and managers (basic AI understanding first)."""

from __future__ import annotations

import streamlit as st

from ethics_toolkit.ui import components
from ethics_toolkit.ui.state import t

TOPICS = (
    "ai_decision_support",
    "bias_proxies",
    "four_fifths",
    "intervals_p_values",
    "gdpr",
    "ai_act",
    "active_measures",
)

components.page_header("learn_title", "learn_intro")
for number, topic in enumerate(TOPICS, start=1):
    with st.expander(f"{number}. {t(f'learn_{topic}_title')}", expanded=number == 1):
        st.markdown(t(f"learn_{topic}_body"))
st.caption(t("learn_disclaimer"))

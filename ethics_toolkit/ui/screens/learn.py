"""Learn: short, warm explanations for HR staff and managers (basic AI understanding first).

The explanations are Markdown files per language (``ethics_toolkit/i18n/prose``).
"""

from __future__ import annotations

import streamlit as st

from ethics_toolkit.i18n import prose
from ethics_toolkit.register.law.provisions import law_placeholders
from ethics_toolkit.ui import components, state
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
lang = state.lang()
for number, topic in enumerate(TOPICS, start=1):
    # The texts are Markdown files: i18n/prose/<lang>/learn_<topic>.md.
    with st.expander(f"{number}. {prose.title(f'learn_{topic}', lang)}", expanded=number == 1):
        # The law's dates and wording come from the data files in register/law/.
        st.markdown(prose.body(f"learn_{topic}", lang, **law_placeholders(lang)))
st.caption(t("learn_disclaimer"))

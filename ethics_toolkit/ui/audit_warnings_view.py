"""The audit's warnings on the bias-audit page (issue 27): read them before the figures.

Missing data that differs between groups, a group that lost most of its rows, spellings counted
as one: each warning in its own box above the result, in the reader's language. The messages
quote group and column names from the file, so they are escaped (``escape.md``).
"""

from __future__ import annotations

import streamlit as st

from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.ui import state
from ethics_toolkit.ui.escape import md
from ethics_toolkit.ui.state import t


def warnings_view(result: AuditResult) -> None:
    """Nothing when the audit has no warning; else a heading and one box per warning."""
    if not result.warnings:
        return
    st.markdown(f"#### {t('audit_warnings_heading')}")
    for warning in result.warnings:
        st.warning(md(warning.message.get(state.lang())), icon=":material/warning:")

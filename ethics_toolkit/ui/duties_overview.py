"""The Overview's first block (issue 15): open threshold tasks and overdue explanation requests of
every tool, before anything else on the page. Nothing is shown when nothing is waiting."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

import streamlit as st

from ethics_toolkit.register.domain.monitoring import TaskStatus
from ethics_toolkit.register.duties.rules import task_reason, task_title
from ethics_toolkit.ui import state
from ethics_toolkit.ui.escape import md
from ethics_toolkit.ui.state import t

if TYPE_CHECKING:
    from ethics_toolkit.register.domain.tool_record import ToolRecord

DUTIES_PAGE = "ethics_toolkit/ui/screens/duties.py"


def when(day: date, today: date | None = None) -> str:
    """``3 dagar sen`` / ``om 5 dagar`` / ``i dag`` in the reader's language."""
    from ethics_toolkit.register.duties.due import TEXTS

    days = (day - (today or date.today())).days
    lang = state.lang()
    if days < 0:
        return TEXTS.text("late", lang, count=-days)
    return TEXTS.text("today", lang) if days == 0 else TEXTS.text("left", lang, count=days)


def attention(records: Sequence[ToolRecord], today: date | None = None) -> None:
    today = today or date.today()
    lang = state.lang()
    lines: list[tuple[date, str]] = []
    for record in records:
        tool = md(record.tool.name)
        for task in record.tasks:
            if task.status == TaskStatus.open:
                line = t("duties_first_task", tool=tool, title=md(task_title(lang)),
                         reason=md(task_reason(task, lang)), owner=md(task.owner or "–"),
                         due=task.due, when=when(task.due, today))  # fmt: skip
                lines.append((task.due, line))
        for request in record.requests:
            if not request.closed and request.due < today:
                line = t("duties_first_request", tool=tool, reference=md(request.reference),
                         due=request.due, when=when(request.due, today))  # fmt: skip
                lines.append((request.due, line))
    if not lines:
        return
    with st.container(border=True):
        st.subheader(t("duties_first_title"))
        for _, line in sorted(lines, key=lambda dl: dl[0]):
            st.markdown(f"- {line}")
        st.page_link(DUTIES_PAGE, label=t("duties_first_link"), icon=":material/event_available:")

"""The guided path: where the chosen tool stands in the whole job, and the one next step.

One call at the top of a page, ``components.progress(tool, here=...)``: six steps (profile ->
checklists -> bias audit -> risks and measures -> report -> sign-off) with what is done and what is
missing, computed by the register (:mod:`ethics_toolkit.register.status.progress`), and a button
that goes to the page of the next step (``st.switch_page``). On the page of the next step itself
there is no button, only the line saying what to do here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from ethics_toolkit.register.status.progress import ToolProgress, tool_progress
from ethics_toolkit.ui import state
from ethics_toolkit.ui.escape import md
from ethics_toolkit.ui.state import t

if TYPE_CHECKING:
    from ethics_toolkit.register.domain.tool import AITool
    from ethics_toolkit.register.domain.tool_record import ProgressStep, ToolRecord

SCREENS = "ethics_toolkit/ui/screens"
PAGES: dict[ProgressStep, str] = {
    "profile": f"{SCREENS}/tool_profile.py",
    "checklists": f"{SCREENS}/checklists.py",
    "audit": f"{SCREENS}/bias_audit.py",
    "risks": f"{SCREENS}/risks.py",
    "report": f"{SCREENS}/report.py",
    "signoff": f"{SCREENS}/report.py",
}
NEXT_BUTTON_KEY = "guide_next"
DONE_ICON = ":green[:material/check_circle:]"
NEXT_ICON = ":blue[:material/arrow_circle_right:]"
TODO_ICON = ":gray[:material/radio_button_unchecked:]"


def progress_of(tool: AITool | None) -> tuple[ToolProgress, ToolRecord | None]:
    """The tool's progress, read fresh from the register (``None``: nothing registered yet)."""
    if tool is None:
        return tool_progress(None), None
    from ethics_toolkit.ui.widgets import guarded

    record = guarded(lambda: state.store().record(tool.name, check_history=False))
    if record is None:
        return tool_progress(None), None
    return tool_progress(record, report_built=state.report_built(record)), record


def progress(tool: AITool | None, *, here: ProgressStep | None = None) -> ToolProgress:
    """Render the path of ``tool`` (or of the first tool, before any is registered).

    ``here``: the step(s) this page does, so that the next step on this page is said, not linked.
    """
    path, _ = progress_of(tool)
    lang = state.lang()
    with st.container(border=True, key="guide"):
        nxt = path.next_step
        if path.tool is not None:
            done = t("guide_count", done=path.done_count, total=len(path.steps))
            st.markdown(f"**{md(path.tool)}** · {done}")
        columns = st.columns(len(path.steps))
        for number, (column, step) in enumerate(zip(columns, path.steps, strict=True), start=1):
            icon = DONE_ICON if step.done else NEXT_ICON if step is nxt else TODO_ICON
            column.markdown(f"{icon} **{number}. {step.label(lang)}**")
            line = step.summary if step.done else (step.missing[0] if step.missing else None)
            if line is not None:
                column.caption(md(line.text(lang)))
        if nxt is None:
            st.markdown(f"{DONE_ICON} {t('guide_all_done', name=md(path.tool or ''))}")
            return path
        missing = " ".join(md(note.text(lang)) for note in nxt.missing)
        heading = t("guide_next", step=nxt.label(lang))
        if here is not None and PAGES[nxt.step] == PAGES[here]:
            st.markdown(f"{NEXT_ICON} **{heading}** {missing} {t('guide_here')}")
        else:
            left, right = st.columns([3, 1], vertical_alignment="center")
            left.markdown(f"{NEXT_ICON} **{heading}** {missing}")
            if right.button(
                t(f"guide_go_{nxt.step}"),
                key=NEXT_BUTTON_KEY,
                type="primary",
                icon=":material/arrow_forward:",
                width="stretch",
            ):
                st.switch_page(PAGES[nxt.step])
    return path


def progress_line(record: ToolRecord) -> None:
    """One line for a tool in a list (the Overview): steps done and the next step."""
    path = tool_progress(record, report_built=state.report_built(record))
    done = t("guide_count", done=path.done_count, total=len(path.steps))
    nxt = path.next_step
    following = t("guide_next", step=nxt.label(state.lang())) if nxt else t("guide_done_short")
    st.caption(f"{done} · {following}")

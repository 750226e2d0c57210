"""Overview: every registered tool, its legal class and status, what needs attention first."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ethics_toolkit.i18n import format_int
from ethics_toolkit.register.domain.labels import field_label, label
from ethics_toolkit.register.domain.tool import AITool
from ethics_toolkit.register.statements.build import tool_statements
from ethics_toolkit.register.status.traffic_light import STATUS_ORDER, tool_status
from ethics_toolkit.ui import components, duties_overview, guide, state, widgets
from ethics_toolkit.ui.escape import md
from ethics_toolkit.ui.state import t


def _summary(record, statements):
    """The register's traffic light from the tool's statements (the report's first page reads the
    same statements, so both name the same groups and counts)."""
    return tool_status(record, state.lang(), statements=statements)


MAX_DECISIONS = 3

components.page_header("overview_title", "overview_intro")
components.progress(components.tool_picker())

everything = widgets.guarded(lambda: state.store().list_tools()) or []
tools = [tool for tool in everything if not tool.archived]  # archived: kept, not shown here
if not tools:
    st.stop()

lang = state.lang()
records = [
    r
    for r in (
        widgets.guarded(lambda n=tool.name: state.store().record(n, check_history=False))
        for tool in tools
    )
    if r
]
statements = {r.tool.name: widgets.guarded(lambda r=r: tool_statements(r)) for r in records}
summaries = {
    r.tool.name: widgets.guarded(lambda r=r: _summary(r, statements[r.tool.name]))
    for r in records
    if statements.get(r.tool.name) is not None
}
stated = [s for s in statements.values() if s is not None]

# Issue 15: open threshold tasks and overdue explanation requests of every tool come first.
duties_overview.attention(records)

c1, c2, c3, c4 = st.columns(4)
c1.metric(t("metric_tools"), format_int(len(records), lang))
c2.metric(
    t("metric_high_risk"),
    format_int(
        sum(s.classification.high_risk or s.classification.prohibited for s in stated), lang
    ),
)
c3.metric(t("metric_open_risks"), format_int(sum(len(s.risks.unresolved()) for s in stated), lang))
c4.metric(
    t("metric_serious_risks"),
    format_int(sum(len(s.risks.unresolved("high", "critical")) for s in stated), lang),
)

st.subheader(t("overview_attention"))
# Red before amber before green: the first box is what needs attention first.
by_urgency = sorted(
    records,
    key=lambda r: STATUS_ORDER.get(getattr(summaries.get(r.tool.name), "status", ""), 9),
)
for record in by_urgency:
    summ = summaries.get(record.tool.name)
    if summ is None:
        continue
    with st.container(border=True):
        colour = components.TRAFFIC_COLOURS.get(summ.status, "gray")
        st.markdown(f"**{md(record.tool.name)}** :{colour}-badge[{summ.status_label}]")
        st.markdown(md(summ.reason))
        for decision in summ.decisions[:MAX_DECISIONS]:
            st.markdown(f"- {md(decision)}")
        guide.progress_line(record)  # where the tool stands in the whole job

st.subheader(t("overview_register"))
rows = []
for record in records:
    said = statements.get(record.tool.name)
    if said is None:
        continue
    last = said.audit.run_at if said.audit is not None else None
    rows.append(
        {
            t("col_tool"): record.tool.name,
            field_label(AITool, "vendor", lang): record.tool.vendor,
            t("col_legal_class"): components.risk_class_label(said.classification.risk_class),
            field_label(AITool, "status", lang): label(record.tool.status, lang),
            t("col_open_risks"): components.level_summary(said.risks),
            t("col_last_audit"): last.date().isoformat() if last else t("never"),
            field_label(AITool, "next_review", lang): (
                record.tool.next_review.isoformat() if record.tool.next_review else "–"
            ),
        }
    )
st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch", placeholder=t("empty_cell"))
st.caption(t("overview_legend"))
if len(everything) > len(tools):
    st.caption(t("archived_count", n=len(everything) - len(tools)))
components.explain("risk_class")

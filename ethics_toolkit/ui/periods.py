"""Monitoring over time on the bias-audit page (issue 15): the date column that splits the log
into periods, and the result per period (the trend findings and the impact ratio per group as a
line chart). Self-contained, so the mapping step and the result view each call one function."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import streamlit as st

from ethics_toolkit.ui import choices, state
from ethics_toolkit.ui.escape import md
from ethics_toolkit.ui.state import t

if TYPE_CHECKING:
    import pandas as pd

    from ethics_toolkit.engine.models import AuditResult

FREQUENCIES = ("month", "quarter", "year")
_DATE_VALUE = re.compile(r"^\s*\d{4}-\d{2}-\d{2}")


def period_pickers(frame: pd.DataFrame, *, taken: list[str]) -> dict[str, Any]:
    """The date column (none by default) and the length of the periods, as AuditSpec fields."""
    columns = [str(c) for c in frame.columns if str(c) not in set(taken)]
    dated = [c for c in columns if frame[c].astype(str).head(50).str.match(_DATE_VALUE).all()]
    none_label = t("map_none")
    period = choices.selectbox(
        t("map_period"),
        ["", *columns],
        key="map_period",
        default="",
        format_func=lambda v: none_label if v == "" else v,
        help=t("map_period_help", columns=", ".join(dated) or none_label),
    )
    freq = "quarter"
    if period:
        freq = choices.radio(
            t("map_freq"),
            FREQUENCIES,
            key="map_freq",
            default="quarter",
            format_func=state.labeller("freq"),
            horizontal=True,
        )
    return {"period": period or None, "freq": freq}


def period_view(result: AuditResult) -> None:
    """The trend findings and the line chart of an audit by period; nothing without periods."""
    if not result.periods:
        return
    from ethics_toolkit.register.domain.audit_runs import AuditRun
    from ethics_toolkit.register.duties.monitoring import impact_series, series_attributes, x_order
    from ethics_toolkit.ui.charts_monitoring import impact_line_chart

    lang = state.lang()
    st.subheader(t("periods_title"))
    if len(result.periods) < 2:  # issue 20: one quarter's export has no trend to draw yet
        st.caption(t("periods_one", period=result.periods[0].period))
        return
    for trend in result.trends or []:
        if trend.finding is not None:
            st.markdown(f"- {md(trend.finding.get(lang))}")
    run = AuditRun(tool_id=0, result=result, rows_read=result.n_rows, rows_used=result.n_rows,
                   run_at=datetime.now(UTC), run_by="-")  # fmt: skip
    for attributes in series_attributes([run]):
        if len(attributes) != 1:
            continue
        points = impact_series([run], attributes)
        if len(x_order(points)) > 1:
            st.altair_chart(impact_line_chart(points, lang), width="stretch")
    st.caption(t("series_caption"))

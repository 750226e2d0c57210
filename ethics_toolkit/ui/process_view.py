"""The decision process in the app (issue 11): result blocks, mapping widgets, Art. 22 evidence.

Self-contained Streamlit functions; the figures come from the engine's models and are only
formatted here (see :mod:`ethics_toolkit.ui.charts`). ``process_pickers`` is the mapping step's
part for the three analyses, built to be placed in the bias-audit page's mapping step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import streamlit as st

from ethics_toolkit.engine.presentation.labels import attributes_label
from ethics_toolkit.i18n import format_percent
from ethics_toolkit.ui import charts, choices, state, widgets
from ethics_toolkit.ui.escape import md
from ethics_toolkit.ui.state import t

NONE = ""  # the "no column" option (no column has an empty name)

if TYPE_CHECKING:
    import pandas as pd

    from ethics_toolkit.engine.models import Analysis, AuditResult
    from ethics_toolkit.register.domain.audit_runs import AuditRun
    from ethics_toolkit.register.domain.tool import AITool


def oversight_block(result: AuditResult, analysis: Analysis) -> None:
    """AI vs human rate per group, the table, the headline and each group's finding."""
    from ethics_toolkit.engine.analyses.oversight import tool_decides

    oversight = analysis.oversight
    if oversight is None:
        return
    lang = state.lang()
    st.markdown(f"#### {t('proc_oversight_title')}")
    st.caption(t("proc_oversight_intro"))
    if tool_decides(oversight):
        agreement = format_percent(oversight.agreement, lang, 1)
        st.warning(t("proc_tool_decides", agreement=agreement), icon=":material/gavel:")
    if oversight.finding is not None:
        st.info(md(oversight.finding.get(lang)))
    st.altair_chart(
        charts.oversight_chart(oversight, lang, result.spec),
        width="stretch",
        alt=t(
            "proc_chart_alt_oversight",
            attributes=attributes_label(analysis.attributes, result.spec),
        ),
    )
    st.dataframe(
        charts.oversight_table(oversight, lang, result.spec),
        hide_index=True,
        width="stretch",
        placeholder=t("empty_cell"),
    )
    for group in oversight.groups:
        if group.finding is not None and group.values != analysis.reference_group:
            st.markdown(f"- {md(group.finding.get(lang))}")


def funnel_block(result: AuditResult, analysis: Analysis) -> None:
    """Stage-by-stage bars, where the gap arises, the table and each step's finding."""
    from ethics_toolkit.engine.analyses.funnel import funnel_summary, gap_steps

    steps = analysis.funnel
    if not steps:
        return
    lang = state.lang()
    st.markdown(f"#### {t('proc_funnel_title')}")
    st.caption(t("proc_funnel_intro"))
    box = st.warning if gap_steps(steps) else st.success
    box(md(funnel_summary(steps, lang)))
    st.altair_chart(
        charts.funnel_chart(steps, lang, result.spec),
        width="stretch",
        alt=t(
            "proc_chart_alt_funnel",
            attributes=attributes_label(analysis.attributes, result.spec),
        ),
    )
    st.dataframe(
        charts.funnel_table(steps, lang, result.spec),
        hide_index=True,
        width="stretch",
        placeholder=t("empty_cell"),
    )
    for step in steps:
        if step.finding is not None:
            st.markdown(f"- {md(step.finding.get(lang))}")


def features_block(result: AuditResult) -> None:
    """The proxies as a small table with their plain-language findings (once per audit)."""
    if result.features is None:
        return
    lang = state.lang()
    st.markdown(f"### {t('proc_features_title')}")
    st.caption(t("proc_features_intro"))
    if not result.features:
        st.info(t("proc_no_features"))
        return
    table = charts.features_table(result.features, result.spec.sensitive, lang, result.spec)
    st.dataframe(table, hide_index=True, width="content", placeholder=t("empty_cell"))
    for feature in result.features:
        if feature.finding is None:
            continue
        mark = widgets.marker("red" if feature.proxy_flag else "gray", "info")
        st.markdown(f"{mark} {md(feature.finding.get(lang))}")


def analysis_process(result: AuditResult, analysis: Analysis) -> None:
    """Both per-analysis blocks, for the analysis' tab of the result view."""
    oversight_block(result, analysis)
    funnel_block(result, analysis)


def _select(label: str, options: list[str], guess: str | None, key: str, help: str) -> str | None:
    """A column or none; the value survives a language switch (see ``ui/choices.py``)."""
    none = t("proc_pick_none")
    chosen = choices.selectbox(
        label,
        [NONE, *options],
        key=key,
        default=guess or NONE,
        format_func=lambda v: none if v == NONE else v,
        help=help,
    )
    return chosen or None


def process_pickers(
    frame: pd.DataFrame, *, taken: list[str], key: str = "process"
) -> dict[str, Any]:
    """The mapping step's widgets for the recommendation, stage and feature columns.

    Guesses (:func:`ethics_toolkit.engine.recipe.guess_process.guess_process`) are preselected and
    their reasons shown. Returns the :class:`~ethics_toolkit.engine.spec.AuditSpec` fields to
    update.
    """
    from ethics_toolkit.engine.reading.values import column_codes
    from ethics_toolkit.engine.recipe.guess_process import guess_process

    lang = state.lang()
    guess = guess_process(frame, taken=taken)
    free = [str(c) for c in frame.columns if str(c) not in taken]
    st.markdown(f"**{t('proc_pick_heading')}**")
    fields: dict[str, Any] = {}
    recommendation = _select(
        t("proc_pick_recommendation"), free, guess.recommendation, f"{key}_recommendation",
        t("proc_pick_recommendation_help"),
    )  # fmt: skip
    if recommendation is not None:
        fields |= _recommendation_values(frame, recommendation, key)
    stage = _select(
        t("proc_pick_stage"), [c for c in free if c != recommendation], guess.stage,
        f"{key}_stage", t("proc_pick_stage_help"),
    )  # fmt: skip
    if stage is not None:
        found = column_codes(frame[stage], unknown_is_missing=False).labels
        ordered = guess.stages if stage == guess.stage else found
        stages = choices.multiselect(
            t("proc_pick_stages"),
            found,
            key=f"{key}_stages:{stage}",
            default=[s for s in ordered if s in found],
            help=t("proc_pick_stages_help"),
            select_all=False,
        )
        fields |= {"stage": stage, "stages": stages}
    candidates = [c for c in free if c not in (recommendation, stage)]
    features = choices.multiselect(
        t("proc_pick_features"),
        candidates,
        key=f"{key}_features",
        default=[c for c in guess.features if c in candidates],
        help=t("proc_pick_features_help"),
        select_all=False,
    )
    if features:
        fields["features"] = features
    for column in (recommendation, stage, *features):
        if column is not None and column in guess.reasons:
            reason = guess.reasons[column].get(lang)
            st.caption(t("proc_pick_reason", column=md(column), reason=md(reason)))
    return fields


def _recommendation_values(frame: pd.DataFrame, column: str, key: str) -> dict[str, Any]:
    """Which value of the recommendation means "recommended": preset only when its words make it
    certain (issue 20: never the first value), else asked."""
    from ethics_toolkit.engine.reading.meanings import certain_positive
    from ethics_toolkit.engine.reading.values import column_codes

    values = list(column_codes(frame[column], unknown_is_missing=False).labels)
    certain = certain_positive(values)
    positive = choices.selectbox(
        t("proc_pick_positive"),
        values,
        key=f"{key}_recommendation_positive:{column}",
        default=certain[0] if certain else None,
        unset=True,
        format_func=str,
        help=t("proc_pick_positive_help"),
    )
    if certain is None and positive is None:
        st.caption(f":orange[:material/help:] {t('proc_pick_positive_ask', column=md(column))}")
    negatives = [v for v in values if v != positive]
    return {
        "recommendation": column,
        "recommendation_positives": [positive] if positive is not None else [],
        "recommendation_negatives": negatives if positive is not None else [],
    }


def oversight_proposal(tool: AITool, result: AuditResult, run_id: int) -> None:
    """Offer the risk "the tool decides in practice" when decisions followed it in >= 95 %."""
    from ethics_toolkit.register.risks.proposals import tool_decides_risk

    risk = tool_decides_risk(
        tool_id=tool.id or 0,
        audit_run_id=run_id,
        result=result,
        owner=state.actor_name(),
        lang=state.lang(),
    )
    if risk is None:
        return
    done = st.session_state.setdefault("audit_proposals_done", set())
    marker = (run_id, risk.title)
    with st.container(border=True):
        st.markdown(f"**{t('proc_proposal')}**: {md(risk.title)}")
        if risk.description:
            st.caption(md(risk.description))
        if marker in done:
            st.success(t("proposal_added"), icon=":material/task_alt:")
        elif st.button(t("proposal_add"), key="propose_tool_decides"):
            saved = widgets.guarded(lambda: state.store().save_risk(risk, actor=state.actor()))
            if saved is not None:
                done.add(marker)
                st.toast(t("proposal_accepted"), icon=":material/task_alt:")
                st.rerun()


def art22_notice(tool: AITool, runs: list[AuditRun]) -> None:
    """A warning on the tool profile when the latest audit contradicts its Art. 22 assessment."""
    from ethics_toolkit.register.legal.art22 import art22_evidence

    if not runs:
        return
    latest = max(runs, key=lambda run: (run.run_at, run.id or 0))
    evidence = art22_evidence(tool, latest.result)
    if evidence is not None and evidence.contradicted:
        st.warning(
            f"**{t('proc_art22_contradicted')}** {md(evidence.reason.get(state.lang()))}",
            icon=":material/gavel:",
        )

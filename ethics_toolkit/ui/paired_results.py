"""Steps 4 and 5 of "Testa verktyget" / "Test the tool" (issue 24): the results as the log audit
shows its own (a banner, a chart, a table, findings with verdict markers, the explanation), then
saving the test to the register with the version tested, and the risks it proposes."""

from __future__ import annotations

import streamlit as st

from ethics_toolkit.engine.paired.models import PairedResult
from ethics_toolkit.engine.paired.texts import amount, attribute_label, verdict_label
from ethics_toolkit.i18n import format_int
from ethics_toolkit.ui import access_view, charts_paired, components, state, validity, widgets
from ethics_toolkit.ui.escape import md
from ethics_toolkit.ui.paired_view import DONE_KEY, SAVED_KEY, SET_KEY, manifest_of
from ethics_toolkit.ui.state import t
from ethics_toolkit.ui.widgets import marker


def results(result: PairedResult) -> None:
    """Step 4: banner, summary, chart, table, findings, limits and the explanation."""
    lang = state.lang()
    st.subheader(t("paired_step_results"))
    found = [c for c in result.contrasts if c.verdict == "adverse_significant"]
    if found:
        with st.container(border=True, key="paired_banner_found"):
            named = ", ".join(attribute_label(c.attribute, lang) for c in found)
            st.markdown(
                f":red-background[:material/report: **{t('paired_banner_found_title')}**]  \n"
                + t("paired_banner_found", contrasts=md(named))
            )
    else:
        st.success(t("paired_banner_none"), icon=":material/task_alt:")
    measure = result.contrasts[0].measure if result.contrasts else "score"
    st.caption(
        t(
            "paired_summary",
            cvs=format_int(result.cvs, lang),
            base=format_int(result.base_cvs, lang),
            measure=t(f"paired_measure_{measure}"),
            concern=amount(result.difference_of_concern, measure, lang),
        )
    )
    st.altair_chart(charts_paired.difference_chart(result, lang), width="stretch")
    st.caption(t("paired_chart_caption"))
    st.dataframe(
        charts_paired.contrast_table(result, lang),
        hide_index=True,
        width="stretch",
        placeholder=t("empty_cell"),
    )
    st.markdown(f"**{t('paired_findings')}**")
    for contrast in result.contrasts:
        colour, icon = validity.VERDICT_MARKERS.get(contrast.verdict, ("blue", "info"))
        finding = contrast.finding.get(lang) if contrast.finding else ""
        st.markdown(
            f"{marker(colour, icon)} **{md(attribute_label(contrast.attribute, lang))}** "
            f"({md(verdict_label(contrast.verdict, lang))}): {md(finding)}"
        )
    st.caption(t("paired_limits"))
    components.explain("paired")


def save_step(tool, result: PairedResult) -> None:
    """Step 5: save to the tool's register, with the version tested; then the proposed risks."""
    st.subheader(t("paired_step_save"))
    if tool is None:
        st.info(t("paired_save_needs_tool"), icon=":material/info:")
        return
    saved = st.session_state.get(SAVED_KEY)
    if saved is not None:
        st.success(t("paired_saved", run=saved, tool=md(tool.name)), icon=":material/save:")
        _proposals(tool, saved)
        return
    version = st.text_input(
        t("paired_tool_version"),
        value=tool.version,
        key="paired_tool_version",
        help=t("paired_tool_version_help"),
    )
    if st.button(
        t("paired_save", tool=md(tool.name)),
        key="paired_save",
        icon=":material/save:",
        disabled=access_view.locked(tool),
    ):
        run = widgets.guarded(lambda: _save(tool, result, version))
        if run is not None:
            st.session_state[SAVED_KEY] = run.id
            st.toast(t("paired_saved_toast"), icon=":material/save:")
            st.rerun()


def _save(tool, result: PairedResult, version: str):
    import hashlib

    from ethics_toolkit.engine.paired.models import PairedDesign
    from ethics_toolkit.report.cvs import design_of

    current = st.session_state[SET_KEY]
    design = design_of(current["files"])
    answers = st.session_state.get("paired_answers")
    return state.store().save_paired_run(
        tool.id,
        result,
        actor=state.actor(),
        design=PairedDesign.model_validate(design) if design else None,
        tool_version=version,
        manifest_sha256=hashlib.sha256(current["files"]["manifest.csv"]).hexdigest(),
        answers_sha256=hashlib.sha256(answers[0]).hexdigest() if answers else None,
        answers_file_name=answers[1] if answers else None,
    )


def _proposals(tool, run_id: int) -> None:
    from ethics_toolkit.register.risks.paired import paired_risks

    run = next((r for r in state.store().paired_runs(tool.id) if r.id == run_id), None)
    if run is None:
        return
    risks = paired_risks(run, owner=state.actor_name(), lang=state.lang())
    if not risks:
        return
    st.markdown(f"**{t('paired_proposals')}**")
    done = st.session_state.setdefault(DONE_KEY, set())
    for i, risk in enumerate(risks):
        mark = (run_id, risk.title)
        with st.container(border=True):
            st.markdown(f"**{md(risk.title)}**")
            st.caption(md(risk.description))
            if mark in done:
                st.success(t("proposal_added"), icon=":material/task_alt:")
            elif st.button(
                t("proposal_add"), key=f"paired_propose_{i}", disabled=access_view.locked(tool)
            ):
                added = widgets.guarded(
                    lambda risk=risk: state.store().save_risk(risk, actor=state.actor())
                )
                if added is not None:
                    done.add(mark)
                    st.toast(t("proposal_accepted"), icon=":material/task_alt:")
                    st.rerun()


def saved_runs(tool) -> None:
    """The tool's saved paired tests, newest first."""
    if tool is None:
        return
    runs = widgets.guarded(lambda: state.store().paired_runs(tool.id)) or []
    if not runs:
        return
    lang = state.lang()
    with st.expander(t("paired_runs_title", count=len(runs)), icon=":material/history:"):
        for run in sorted(runs, key=lambda r: (r.run_at, r.id or 0), reverse=True):
            verdicts = "; ".join(
                f"{attribute_label(c.attribute, lang)}: {verdict_label(c.verdict, lang)}"
                for c in run.result.contrasts
            )
            st.markdown(
                "- "
                + t(
                    "paired_run_line",
                    date=run.run_at.date().isoformat(),
                    version=md(run.tool_version or "–"),
                    base=run.result.base_cvs,
                    verdicts=md(verdicts),
                )
            )


__all__ = ["manifest_of", "results", "save_step", "saved_runs"]

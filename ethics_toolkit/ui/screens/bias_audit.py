"""Bias audit: upload a decision log, check what was read, map the columns, run, understand, save.

The uploaded bytes stay in ``st.session_state`` (``state.UPLOAD_BYTES_KEY``), filled by the file
uploader or the sample-data button; tests set that key directly.
"""

from __future__ import annotations

import streamlit as st

from ethics_toolkit.engine.models import AuditSpec
from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n import format_int
from ethics_toolkit.register import proposals
from ethics_toolkit.ui import components, state
from ethics_toolkit.ui.escape import md
from ethics_toolkit.ui.state import t

UPLOADER_KEY = "audit_uploader"
GENERATION_KEY = "audit_uploader_generation"
MAP_FOR_KEY = "map_for_digest"
MODES = ("outcome", "score", "aggregated")
AUTO = "auto"
SEPARATORS = {AUTO: AUTO, ",": ",", ";": ";", "tab": "\t", "|": "|"}
ENCODINGS = (AUTO, "utf-8", "utf-8-sig", "cp1252", "latin-1")
DECIMALS = (AUTO, ".", ",")
MAX_VALUE_OPTIONS = 50


def _uploader_key() -> str:
    """A new key after "forget" empties the uploader widget too (Streamlit then drops the file)."""
    return f"{UPLOADER_KEY}_{st.session_state.get(GENERATION_KEY, 0)}"


def _on_upload() -> None:
    file = st.session_state.get(_uploader_key())
    state.set_upload(file.getvalue() if file else None, file.name if file else None)


def _forget() -> None:
    state.set_upload(None, None)
    st.session_state[GENERATION_KEY] = st.session_state.get(GENERATION_KEY, 0) + 1


def _use_sample() -> None:
    from ethics_toolkit.sample_data import sample_files

    name = "recruitment_decisions.csv"
    state.set_upload(sample_files()[name], name)


def _overrides() -> dict[str, str | None]:
    with st.expander(t("audit_read_options"), icon=":material/settings:"):
        st.caption(t("audit_read_options_help"))
        c1, c2, c3 = st.columns(3)
        auto = t("audit_auto")
        enc = c1.selectbox(
            t("audit_encoding"),
            ENCODINGS,
            key="read_encoding",
            format_func=lambda v: auto if v == AUTO else v,
        )
        sep = c2.selectbox(
            t("audit_separator"),
            list(SEPARATORS),
            key="read_separator",
            format_func=lambda v: auto if v == AUTO else v,
        )
        dec = c3.selectbox(
            t("audit_decimal"),
            DECIMALS,
            key="read_decimal",
            format_func=lambda v: auto if v == AUTO else v,
        )
    return {
        "encoding": None if enc == AUTO else enc,
        "separator": None if sep == AUTO else SEPARATORS[sep],
        "decimal": None if dec == AUTO else dec,
    }


def _values(frame, column: str | None) -> list[str]:
    if not column or column not in frame.columns:
        return []
    return [str(v) for v in frame[column].dropna().astype(str).unique()[:MAX_VALUE_OPTIONS]]


def _init_mapping(frame, info, digest: str) -> None:
    """Prefill the column mapping with the engine's guesses (or the spec last run on this file)."""
    if st.session_state.get(MAP_FOR_KEY) == digest and "map_sensitive" in st.session_state:
        return
    from ethics_toolkit.engine.guess import guess_spec

    spec = state.chosen_spec()
    guess = spec or guess_spec(frame)
    columns = list(frame.columns)
    mode = (
        "aggregated"
        if guess.count_column or info.kind == "aggregated"
        else "score"
        if guess.score and not guess.outcome
        else "outcome"
    )
    st.session_state.update(
        {
            MAP_FOR_KEY: digest,
            "map_mode": mode,
            "map_outcome": guess.outcome if guess.outcome in columns else columns[0],
            "map_score": guess.score if guess.score in columns else None,
            "map_sensitive": [c for c in guess.sensitive if c in columns],
            "map_truth": guess.truth if guess.truth in columns else None,
            "map_count": guess.count_column if guess.count_column in columns else None,
            "map_selected": guess.selected_column if guess.selected_column in columns else None,
        }
    )
    st.session_state["map_positive"] = guess.positive
    st.session_state["map_truth_positive"] = guess.truth_positive


def _mapping(frame) -> AuditSpec | None:
    """The column mapping widgets; returns the spec when the user presses Run."""
    columns = list(frame.columns)
    optional = [None, *columns]
    none_label = t("map_none")
    fmt = lambda v: none_label if v is None else v  # noqa: E731
    mode = st.radio(
        t("map_mode"),
        MODES,
        key="map_mode",
        horizontal=True,
        format_func=state.labeller("map_mode"),
    )
    left, right = st.columns(2)
    fields: dict[str, object] = {}
    with left:
        if mode == "outcome":
            outcome = st.selectbox(
                t("map_outcome"), columns, key="map_outcome", help=t("map_outcome_help")
            )
            values = _values(frame, outcome)
            if st.session_state.get("map_positive") not in values:
                st.session_state["map_positive"] = values[0] if values else None
            fields["outcome"] = outcome
            fields["positive"] = st.selectbox(
                t("map_positive"), values, key="map_positive", help=t("map_positive_help")
            )
        elif mode == "score":
            fields["score"] = st.selectbox(
                t("map_score"), optional, key="map_score", format_func=fmt, help=t("map_score_help")
            )
        else:
            fields["count_column"] = st.selectbox(
                t("map_count"), optional, key="map_count", format_func=fmt, help=t("map_count_help")
            )
            fields["selected_column"] = st.selectbox(
                t("map_selected"),
                optional,
                key="map_selected",
                format_func=fmt,
                help=t("map_selected_help"),
            )
    with right:
        fields["sensitive"] = st.multiselect(
            t("map_sensitive"), columns, key="map_sensitive", help=t("map_sensitive_help")
        )
        if mode != "aggregated":
            truth = st.selectbox(
                t("map_truth"), optional, key="map_truth", format_func=fmt, help=t("map_truth_help")
            )
            if truth:
                values = _values(frame, truth)
                if st.session_state.get("map_truth_positive") not in values:
                    st.session_state["map_truth_positive"] = values[0] if values else None
                fields["truth"] = truth
                fields["truth_positive"] = st.selectbox(
                    t("map_truth_positive"), values, key="map_truth_positive"
                )
    if not st.button(t("audit_run"), type="primary", key="run_audit", icon=":material/play_arrow:"):
        return None
    if not fields["sensitive"]:
        st.error(t("map_need_sensitive"), icon=":material/error:")
        return None
    return components.guarded(lambda: AuditSpec.model_validate(fields))


def _save(tool, result, file_name: str) -> None:
    st.subheader(t("audit_step_save"))
    if tool is None:
        st.info(t("audit_save_needs_tool"))
        return
    saved = st.session_state.get(state.SAVED_RUN_KEY)
    if saved is not None:
        st.success(t("audit_saved", tool=md(tool.name), run=saved), icon=":material/save:")
        _proposals(tool, result, saved)
        return
    period = st.text_input(t("audit_period"), key="audit_period", help=t("audit_period_help"))
    keep_exact = st.checkbox(
        t("audit_keep_exact"), value=False, key="audit_keep_exact", help=t("audit_keep_exact_help")
    )
    if st.button(t("audit_save", tool=md(tool.name)), key="save_audit", icon=":material/save:"):
        run = components.guarded(
            lambda: state.store().save_audit_run(
                tool.id,
                result,
                actor=state.actor(),
                file_name=file_name,
                data_period=period.strip() or None,
                keep_exact_small_cells=keep_exact,
            )
        )
        if run is not None:
            st.session_state[state.SAVED_RUN_KEY] = run.id
            st.rerun()


def _proposals(tool, result, run_id: int) -> None:
    adverse = [(a, g) for a in result.analyses for g in a.groups if g.adverse_impact]
    if not adverse:
        return
    st.markdown(f"**{t('proposal_heading')}**")
    st.caption(t("proposal_help"))
    done = st.session_state.setdefault("audit_proposals_done", set())
    for i, (analysis, group) in enumerate(adverse):
        risk = proposals.adverse_impact_risk(
            tool_id=tool.id,
            audit_run_id=run_id,
            analysis=analysis,
            group=group,
            owner=state.actor(),
            lang=state.lang(),
        )
        marker = (run_id, risk.title)
        with st.container(border=True):
            st.markdown(f"**{md(risk.title)}**")
            if risk.description:
                st.caption(md(risk.description))
            if marker in done:
                st.success(t("proposal_added"), icon=":material/task_alt:")
            elif st.button(t("proposal_add"), key=f"propose_{i}"):
                saved = components.guarded(
                    lambda risk=risk: state.store().save_risk(risk, actor=state.actor())
                )
                if saved is not None:
                    done.add(marker)
                    st.rerun()


components.page_header("audit_title", "audit_intro")
tool = components.tool_picker()

st.subheader(t("audit_step_upload"))
st.file_uploader(
    t("audit_upload_label"),
    type=["csv", "txt", "tsv"],
    key=_uploader_key(),
    on_change=_on_upload,
    help=t("audit_upload_help"),
)
st.button(t("audit_use_sample"), on_click=_use_sample, key="use_sample", icon=":material/science:")
st.caption(t("audit_privacy"))
overrides = _overrides()

upload = state.uploaded()
if upload is None:
    st.info(t("audit_waiting"), icon=":material/upload_file:")
    components.explain("decision_log")
    st.stop()

data, file_name = upload
st.button(
    t("audit_forget", name=md(file_name)),
    on_click=_forget,
    key="forget_upload",
    icon=":material/delete:",
    type="tertiary",
)
digest = state.sha256(data)
try:
    with st.spinner(t("audit_reading", name=md(file_name))):
        frame, info = state.read_upload(data, digest, file_name=file_name, **overrides)
except UserFacingError as error:
    components.show_error(error)
    st.stop()

lang = state.lang()
st.success(
    t(
        "audit_detected",
        name=md(file_name),
        rows=format_int(info.rows_read, lang),
        columns=len(info.columns),
        encoding=info.encoding,
        separator="tab" if info.separator == "\t" else info.separator,
        decimal=info.decimal,
    ),
    icon=":material/description:",
)
with st.expander(t("audit_preview"), expanded=False):
    st.dataframe(frame.head(20), hide_index=True)

st.subheader(t("audit_step_map"))
st.caption(t("audit_map_help"))
_init_mapping(frame, info, digest)
spec = _mapping(frame)
if spec is not None:
    state.choose_spec(spec)

spec = state.chosen_spec()
if spec is None:
    st.stop()

st.subheader(t("audit_step_result"))
try:
    with st.spinner(t("audit_computing")):
        result = state.run_audit(frame, digest, spec.model_dump_json(), info)
except UserFacingError as error:
    components.show_error(error)
    st.stop()

components.audit_result_view(result)
_save(tool, result, file_name)

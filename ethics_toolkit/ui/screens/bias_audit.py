"""Bias audit: upload a decision log, check what was read, map the columns, run, understand, save.

A script run top to bottom; its steps are functions of the view modules
:mod:`~ethics_toolkit.ui.audit_upload_view` (upload, read options, what was read),
:mod:`~ethics_toolkit.ui.audit_mapping_view` (the mapping, pre-filled from a guess, and its spec)
and :mod:`~ethics_toolkit.ui.audit_save_view` (special-category data, save, proposed risks). The
uploaded bytes stay in ``st.session_state`` (``state.UPLOAD_BYTES_KEY``); tests set that key
directly. A result is shown only while the file, sheet, read options and mapping on screen are
those it was computed for.
"""

from __future__ import annotations

import streamlit as st

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.ui import (
    audit_mapping_view,
    audit_save_view,
    audit_upload_view,
    audit_warnings_view,
    components,
    periods,
    source_picker,
    state,
    widgets,
)
from ethics_toolkit.ui.state import t

components.page_header("audit_title", "audit_intro")
tool = components.tool_picker()
components.progress(tool, here="audit")
components.ask_name()

audit_upload_view.upload_step()

# Issue 14: a database source an administrator named, audited where it lies (names only here).
source = source_picker.source_picker()
if source is not None:
    st.subheader(t("audit_step_map"))
    result = source_picker.source_audit(source)
    if result is not None:
        st.subheader(t("audit_step_result"))
        audit_warnings_view.warnings_view(result)  # issue 27: before the figures
        components.audit_result_view(result)
        audit_save_view.save_step(tool, result, source.label)
    st.stop()

upload = state.uploaded()
if upload is None:
    audit_upload_view.read_options(None)
    st.info(t("audit_waiting"), icon=":material/upload_file:")
    components.explain("decision_log")
    st.stop()

data, file_name = upload
audit_upload_view.forget_button(file_name)
digest = state.sha256(data)
reading = audit_upload_view.read_file(data, digest, file_name)
if reading is None:
    st.stop()
frame, info, options = reading
audit_upload_view.what_was_read(frame, info, file_name)

st.subheader(t("audit_step_map"))
st.caption(t("audit_map_help"))
reading_key = state.result_context(digest=digest, sheet=info.sheet, columns=info.columns)
audit_mapping_view.init_mapping(frame, info, reading_key)
audit_mapping_view.reasons()
fields, clicked = audit_mapping_view.mapping(frame)
context = state.result_context(digest=digest, reading=options, fields=fields)
spec = audit_mapping_view.spec_of(fields) if clicked else None
if spec is not None:
    state.choose_spec(spec, context)
elif state.drop_stale_result(context) and not clicked:
    st.info(t("audit_stale"), icon=":material/refresh:")

spec = state.chosen_spec()
if spec is None:
    st.stop()

st.subheader(t("audit_step_result"))
try:
    with st.spinner(t("audit_computing")):
        result = state.run_audit(frame, digest, spec.model_dump_json(), info.model_dump_json())
except UserFacingError as error:
    widgets.show_error(error)
    st.stop()

audit_warnings_view.warnings_view(result)  # issue 27: before the figures
components.audit_result_view(result)
periods.period_view(result)  # issue 15: by period, when a date column was chosen
audit_save_view.special_data(tool, result)
audit_save_view.save_step(tool, result, file_name)

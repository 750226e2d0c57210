"""Bias audit: upload a decision log, check what was read, map the columns, run, understand, save.

A script run top to bottom; its steps are functions of the view modules
:mod:`~ethics_toolkit.ui.audit_upload_view` (upload, read options, what was read),
:mod:`~ethics_toolkit.ui.audit_recipe_view` (issue 20: the recipe the mapping starts from, what is
new in the export, the recipe as YAML), :mod:`~ethics_toolkit.ui.audit_mapping_view` (the
mapping, pre-filled from the recipe or a guess, with the groups of
:mod:`~ethics_toolkit.ui.audit_groups_view`) and :mod:`~ethics_toolkit.ui.audit_save_view`
(special-category data, save with the recipe, proposed risks). The uploaded bytes stay in
``st.session_state`` (``state.UPLOAD_BYTES_KEY``); tests set that key directly. A result is shown
only while the file, sheet, read options and recipe on screen are those it was computed for; the
form, the recipe and the result stay while the person visits other pages.
"""

from __future__ import annotations

import streamlit as st

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.ui import (
    access_view,
    audit_groups_view,
    audit_mapping_view,
    audit_recipe_view,
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
state.restore_widgets(*audit_mapping_view.PLAIN_KEYS, *audit_save_view.PLAIN_KEYS)

audit_upload_view.upload_step()

# Issue 14: a database source an administrator named, audited where it lies (names only here);
# issue 27: offered only to a person whose role may audit the tool (it queries with the app's
# credentials), never to a reader.
source = None if access_view.locked(tool) else source_picker.source_picker()
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
base = audit_recipe_view.base_recipe(tool, digest)  # issue 20: an uploaded recipe, the tool's
audit_recipe_view.prepare_reading(digest, base)
reading = audit_upload_view.read_file(data, digest, file_name)
if reading is None:
    st.stop()
frame, info, options = reading
audit_upload_view.what_was_read(frame, info, file_name)

st.subheader(t("audit_step_map"))
audit_recipe_view.source_box(base, tool)
form_key = state.result_context(
    digest=digest, sheet=info.sheet, columns=info.columns, base=base.key
)
audit_mapping_view.init_mapping(frame, info, form_key, base.recipe)
audit_recipe_view.whats_new(audit_recipe_view.compute_diff(base, frame, form_key))
questions = st.container()
if base.recipe is None:  # the guess's reasons; a recipe's choices were made by a person
    audit_mapping_view.reasons()
fields, clicked = audit_mapping_view.mapping(frame, questions)
recipe = audit_mapping_view.form_recipe(fields, info, options)
context = state.result_context(digest=digest, reading=options, recipe=recipe.model_dump_json())
spec = audit_mapping_view.spec_of(fields, recipe) if clicked else None
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
audit_groups_view.reference_warnings(result)  # issue 20: a small or "other" reference group
components.audit_result_view(result)
periods.period_view(result)  # issue 15: by period, when a date column was chosen
audit_save_view.special_data(tool, result)
done = audit_recipe_view.done_recipe(result, recipe)
audit_save_view.save_step(tool, result, file_name, recipe=done)

"""The audit recipe on the bias-audit page (issue 20): where the mapping starts, what is new.

The mapping starts from a recipe: one the person uploaded (a YAML file), else the tool's saved
recipe, else the guess from the file's content. :func:`base_recipe` says which; :func:`source_box`
shows it with the upload and the way back to the guess; :func:`prepare_reading` gives the workbook
sheet and read options of the recipe to the read step; :func:`whats_new` shows what the export
holds that the recipe has not met (the library's :func:`~ethics_toolkit.engine.recipe.diff.
recipe_diff`); :func:`download` offers the recipe of the audit on screen as YAML. The logic is the
library's; this module only places it on the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import streamlit as st

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.ui import state, widgets
from ethics_toolkit.ui.escape import md
from ethics_toolkit.ui.state import t

if TYPE_CHECKING:
    from ethics_toolkit.engine.models import AuditResult
    from ethics_toolkit.engine.recipe.diff import RecipeDiff
    from ethics_toolkit.engine.recipe.recipe import Recipe

FILE_KEY = "recipe_file"  # (file name, recipe JSON) of an uploaded recipe
IGNORE_KEY = "recipe_ignore_tool"  # True: start from the file's content, not the tool's recipe
UPLOADER_KEY = "recipe_uploader"
READ_FOR_KEY = "recipe_read_for"  # the upload and base whose sheet was given to the read step
DIFF_KEY = "recipe_diff"  # (form key, diff) of what is new against the base recipe
BASE_KEY = "recipe_base"  # (upload, tool, choice, Base): the start, kept for the upload


@dataclass(frozen=True)
class Base:
    """The recipe the mapping starts from, where it came from and the key that identifies it."""

    recipe: Recipe | None
    source: str  # "file", "tool" or "guess"
    key: str
    note: tuple[str, tuple[tuple[str, object], ...]] = ("rcp_from_guess", ())
    """The text that says where the form started: its key and values (shown in the language of
    the moment)."""


def base_recipe(tool, digest: str) -> Base:
    """The uploaded recipe, else the tool's saved one (unless set aside), else the guess.

    Decided once per upload, tool and choice: saving the audit makes a new version of the tool's
    recipe, but the form on screen keeps the start it was filled from (and its result).
    """
    tool_id = tool.id if tool is not None else None
    uploaded = st.session_state.get(FILE_KEY)
    choice = (uploaded[1] if uploaded else None, bool(st.session_state.get(IGNORE_KEY)))
    kept = st.session_state.get(BASE_KEY)
    if kept is not None and kept[:3] == (digest, tool_id, choice):
        return kept[3]
    found = _base(tool)
    st.session_state[BASE_KEY] = (digest, tool_id, choice, found)
    return found


def _base(tool) -> Base:
    from ethics_toolkit.engine.recipe.recipe import Recipe

    uploaded = st.session_state.get(FILE_KEY)
    if uploaded is not None:
        name, raw = uploaded
        recipe = Recipe.model_validate_json(raw)
        note = ("rcp_from_file", (("name", md(name)),))
        return Base(recipe, "file", f"file:{state.sha256(raw.encode())}", note)
    if tool is not None and tool.id is not None and not st.session_state.get(IGNORE_KEY):
        saved = widgets.guarded(lambda: state.store().latest_recipe(tool.id))
        if saved is not None:
            values = (
                ("tool", md(tool.name)),
                ("version", saved.version),
                ("at", saved.saved_at.date().isoformat()),
                ("by", md(saved.saved_by)),
            )
            return Base(saved.recipe, "tool", f"tool:{tool.id}", ("rcp_from_tool", values))
    return Base(None, "guess", "guess")


def prepare_reading(digest: str, base: Base) -> None:
    """Give the read step the recipe's sheet and read options (else automatic), once per upload
    and recipe."""
    marker = f"{digest}|{base.key}"
    if st.session_state.get(READ_FOR_KEY) == marker:
        return
    st.session_state[READ_FOR_KEY] = marker
    from ethics_toolkit.ui.audit_upload_view import AUTO, SEPARATORS, SHEET_KEY

    recipe = base.recipe
    reading = recipe.reading if recipe is not None else None
    separators = {value: name for name, value in SEPARATORS.items()}
    st.session_state[SHEET_KEY] = (recipe.sheet if recipe else None) or AUTO
    st.session_state["read_encoding"] = (reading.encoding if reading else None) or AUTO
    st.session_state["read_separator"] = separators.get(
        reading.separator if reading else None, AUTO
    )
    st.session_state["read_decimal"] = (reading.decimal if reading else None) or AUTO


def _read_recipe_file() -> None:
    from ethics_toolkit.engine.recipe.recipe import recipe_from_yaml

    file = st.session_state.get(UPLOADER_KEY)
    if file is None:
        return
    try:
        recipe = recipe_from_yaml(file.getvalue(), name=file.name)
    except UserFacingError as error:
        st.session_state["recipe_file_error"] = error
        return
    st.session_state.pop("recipe_file_error", None)
    st.session_state[FILE_KEY] = (file.name, recipe.model_dump_json())


def _forget_file() -> None:
    st.session_state.pop(FILE_KEY, None)
    st.session_state.pop("recipe_file_error", None)


def _set_aside(value: bool) -> None:
    st.session_state[IGNORE_KEY] = value
    _forget_file()


def source_box(base: Base, tool) -> None:
    """Where the mapping started, with the ways to start from another recipe."""
    key, values = base.note
    st.caption(f":material/receipt_long: {t(key, **dict(values))}")
    with st.expander(t("rcp_box_title"), icon=":material/receipt_long:"):
        st.caption(t("rcp_box_help"))
        st.file_uploader(
            t("rcp_upload"),
            type=["yaml", "yml"],
            key=UPLOADER_KEY,
            on_change=_read_recipe_file,
            help=t("rcp_upload_help"),
        )
        error = st.session_state.get("recipe_file_error")
        if error is not None:
            widgets.show_error(error)
        if base.source == "file":
            st.button(t("rcp_forget_file"), on_click=_forget_file, key="recipe_forget_file",
                      icon=":material/close:")  # fmt: skip
        elif base.source == "tool":
            st.button(t("rcp_set_aside"), on_click=_set_aside, args=(True,),
                      key="recipe_set_aside", icon=":material/restart_alt:")  # fmt: skip
        elif st.session_state.get(IGNORE_KEY) and tool is not None:
            st.button(t("rcp_use_tool", tool=md(tool.name)), on_click=_set_aside, args=(False,),
                      key="recipe_use_tool", icon=":material/receipt_long:")  # fmt: skip


def compute_diff(base: Base, frame, form_key: str) -> RecipeDiff | None:
    """What the export holds that the base recipe has not met; computed once per form."""
    if base.recipe is None:
        return None
    kept = st.session_state.get(DIFF_KEY)
    if kept is not None and kept[0] == form_key:
        return kept[1]
    from ethics_toolkit.engine.cells.recoding import frame_census
    from ethics_toolkit.engine.recipe.diff import recipe_diff

    recipe = base.recipe
    columns = [g.column for g in recipe.groups]
    for choice in (recipe.decision, recipe.recommendation, recipe.truth):
        columns += [choice.column] if choice is not None else []
    columns += [recipe.stage.column] if recipe.stage is not None else []
    census = frame_census(frame, columns)
    diff = recipe_diff(recipe, census, columns=[str(c) for c in frame.columns])
    st.session_state[DIFF_KEY] = (form_key, diff)
    return diff


def whats_new(diff: RecipeDiff | None) -> None:
    """The notes of the diff (nothing to do) and its questions that the form does not ask."""
    if diff is None:
        return
    lang = state.lang()
    if not diff.items:
        st.success(t("rcp_nothing_new"), icon=":material/check_circle:")
        return
    # Questions about values are asked under "Questions for you"; those the form's widgets
    # answer (a new stage, a missing column) are said here, with the notes.
    elsewhere = [i for i in diff.questions if i.kind in ("stage_value", "column_missing")]
    if not diff.notes and not elsewhere:
        return
    with st.container(border=True, key="recipe_whats_new"):
        st.markdown(f"**{t('rcp_new_title')}**")
        for item in diff.notes:
            st.markdown(f"- {md(item.message.get(lang))}")
        for item in elsewhere:
            st.markdown(f"- :orange[:material/help:] {md(item.message.get(lang))}")
        if len(diff.questions) > len(elsewhere):
            st.caption(t("rcp_new_questions", count=len(diff.questions) - len(elsewhere)))


def download(recipe: Recipe, file_name: str) -> None:
    """The recipe of the audit on screen as a readable YAML file."""
    from ethics_toolkit.engine.recipe.recipe import recipe_to_yaml

    stem = file_name.rsplit(".", 1)[0] or "export"
    st.download_button(
        t("rcp_download"),
        recipe_to_yaml(recipe),
        file_name=f"recept-{stem}.yaml",
        mime="application/yaml",
        key="recipe_download",
        icon=":material/download:",
        help=t("rcp_download_help"),
    )


def done_recipe(result: AuditResult, form: Recipe) -> Recipe:
    """The recipe that reproduces ``result``: every choice pinned, the values met recorded."""
    from ethics_toolkit.engine.recipe.build import recipe_of

    return recipe_of(result, base=form, reading=form.reading)

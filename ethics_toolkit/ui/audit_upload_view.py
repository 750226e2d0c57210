"""The bias-audit page's first step: upload a decision log (or take a sample), read it, say what
was read.

The uploaded bytes stay in ``st.session_state`` (``state.UPLOAD_BYTES_KEY``), filled by the file
uploader or the sample-data buttons; "forget" gives the uploader a new key, which empties it. A
workbook offers its sheets, a text file its encoding, separator and decimal mark (found
automatically unless chosen). Reading problems are shown in the user's language, never raised.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.ui import choices, state, widgets
from ethics_toolkit.ui.escape import md
from ethics_toolkit.ui.state import t

if TYPE_CHECKING:
    import pandas as pd

    from ethics_toolkit.engine.spec import ReadingInfo

UPLOADER_KEY = "audit_uploader"
GENERATION_KEY = "audit_uploader_generation"
SHEET_KEY = "read_sheet"
AUTO = "auto"
SEPARATORS = {AUTO: None, ",": ",", ";": ";", "tab": "\t", "|": "|"}
ENCODINGS = (AUTO, "utf-8", "utf-8-sig", "cp1252", "latin-1")
DECIMALS = (AUTO, ".", ",")
UPLOAD_TYPES = ["csv", "txt", "tsv", "xlsx", "xlsm", "xlsb", "xls", "ods"]


def _uploader_key() -> str:
    """A new key after "forget" empties the uploader widget too (Streamlit then drops the file)."""
    return f"{UPLOADER_KEY}_{st.session_state.get(GENERATION_KEY, 0)}"


def _on_upload() -> None:
    file = st.session_state.get(_uploader_key())
    state.set_upload(file.getvalue() if file else None, file.name if file else None)


def _forget() -> None:
    state.set_upload(None, None)
    st.session_state[GENERATION_KEY] = st.session_state.get(GENERATION_KEY, 0) + 1


def _use_sample(name: str = "recruitment_decisions.csv") -> None:
    from ethics_toolkit.samples.decisions import sample_files

    state.set_upload(sample_files()[name], name)


def _auto_labeller():
    """Bound now: Streamlit may call a format function outside the run (see state.labeller)."""
    auto = t("audit_auto")
    return lambda value: auto if value == AUTO else value


def read_options(sheets: list | None) -> dict[str, str | None]:
    """The sheet picker of a workbook, or a text file's encoding, separator and decimal mark."""
    if sheets is not None:
        names = [s.name for s in sheets]
        empty = {s.name: t("audit_sheet_empty", sheet=s.name) for s in sheets if s.empty}
        if len(names) > 1:
            # Issue 20: by default the sheet with a header and the most data rows (said as such
            # under what was read), never simply the first.
            labels = {AUTO: t("audit_sheet_auto"), **empty}
            chosen = choices.selectbox(
                t("audit_sheet"),
                [AUTO, *names],
                key=SHEET_KEY,
                default=AUTO,
                format_func=lambda v: labels.get(v, v),
                help=t("audit_sheet_help"),
            )
        else:
            chosen = names[0]
        return {"sheet": None if chosen == AUTO else chosen}
    with st.expander(t("audit_read_options"), icon=":material/settings:"):
        st.caption(t("audit_read_options_help"))
        auto = _auto_labeller()
        c1, c2, c3 = st.columns(3)
        with c1:
            enc = choices.selectbox(
                t("audit_encoding"), ENCODINGS, key="read_encoding", format_func=auto
            )
        with c2:
            sep = choices.selectbox(
                t("audit_separator"), list(SEPARATORS), key="read_separator", format_func=auto
            )
        with c3:
            dec = choices.selectbox(
                t("audit_decimal"), DECIMALS, key="read_decimal", format_func=auto
            )
    return {
        "encoding": None if enc == AUTO else enc,
        "separator": SEPARATORS.get(sep),
        "decimal": None if dec == AUTO else dec,
    }


def upload_step() -> None:
    """The uploader, the two sample logs and the privacy note."""
    st.subheader(t("audit_step_upload"))
    st.file_uploader(
        t("audit_upload_label"),
        type=UPLOAD_TYPES,
        key=_uploader_key(),
        on_change=_on_upload,
        help=t("audit_upload_help"),
    )
    st.button(
        t("audit_use_sample"), on_click=_use_sample, key="use_sample", icon=":material/science:"
    )
    st.button(
        t("audit_use_sample_jobs"),
        on_click=_use_sample,
        args=("recruitment_by_job.csv",),
        key="use_sample_jobs",
        icon=":material/work:",
    )  # issue 10: pooled and within-job answers differ (Simpson's paradox)
    st.caption(t("audit_privacy"))


def forget_button(file_name: str) -> None:
    """Forget the uploaded file (and everything read from it) in this session."""
    st.button(
        t("audit_forget", name=md(file_name)),
        on_click=_forget,
        key="forget_upload",
        icon=":material/delete:",
        type="tertiary",
    )


def read_file(
    data: bytes, digest: str, file_name: str
) -> tuple[pd.DataFrame, ReadingInfo, dict[str, str | None]] | None:
    """The read options on screen and the log read with them: ``(frame, info, options)``, or
    ``None`` after showing why the file cannot be read."""
    try:
        with st.spinner(t("audit_reading", name=md(file_name))):
            sheets = state.workbook_sheets(data, digest, file_name) if data else None
            options = read_options(sheets)
            frame, info = state.read_upload(data, digest, file_name=file_name, **options)
    except UserFacingError as error:
        state.drop_stale_result("")
        widgets.show_error(error)
        return None
    return frame, info, options


def what_was_read(frame: pd.DataFrame, info: ReadingInfo, file_name: str) -> None:
    """What was read (rows, columns, sheet or encoding, lines skipped) and a preview."""
    if info.sheet is not None:
        detected = t(
            "audit_detected_sheet",
            name=md(file_name),
            sheet=md(info.sheet),
            rows=t("n_rows", count=info.rows_read),
            columns=t("n_columns", count=len(info.columns)),
        )
    else:
        detected = t(
            "audit_detected",
            name=md(file_name),
            rows=t("n_rows", count=info.rows_read),
            columns=t("n_columns", count=len(info.columns)),
            encoding=info.encoding,
            separator="tab" if info.separator == "\t" else info.separator,
            decimal=info.decimal,
        )
    if info.skipped_lines:
        detected += " " + t("audit_skipped_lines", count=info.skipped_lines)
    st.success(detected, icon=":material/description:")
    if info.sheet is not None and info.other_sheets:  # issue 20: the sheet chosen by content
        from ethics_toolkit.engine.recipe.guess_recipe import sheet_note

        note = sheet_note(info.sheet, info.rows_read, info.other_sheets).get(state.lang())
        st.caption(f":material/table_view: {md(t('audit_sheet_by_content', note=note))}")
    with st.expander(t("audit_preview"), expanded=False):
        st.dataframe(frame.head(20), hide_index=True, placeholder=t("empty_cell"))

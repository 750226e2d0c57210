"""Bias audit: upload a decision log, check what was read, map the columns, run, understand, save.

The uploaded bytes stay in ``st.session_state`` (``state.UPLOAD_BYTES_KEY``), filled by the file
uploader or the sample-data button; tests set that key directly. The mapping is pre-filled from
:func:`ethics_toolkit.engine.recipe.guess.guess_mapping`, whose reasons are shown. Choices with
translated labels use :mod:`ethics_toolkit.ui.choices` (they survive a language switch). A result is
shown only while the file, sheet, read options and mapping on screen are those it was computed for.
"""

from __future__ import annotations

import re

import streamlit as st

from ethics_toolkit.engine.models import AuditSpec
from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n import format_int
from ethics_toolkit.register.risks import proposals
from ethics_toolkit.ui import (
    choices,
    components,
    periods,
    process_view,
    source_picker,
    state,
    validity,
    widgets,
)
from ethics_toolkit.ui.escape import md
from ethics_toolkit.ui.state import t

UPLOADER_KEY = "audit_uploader"
GENERATION_KEY = "audit_uploader_generation"
MAP_FOR_KEY = "map_for_digest"
GUESS_KEY = "map_guess"
SHEET_KEY = "read_sheet"
MODES = ("outcome", "score", "aggregated")
AUTO = "auto"
SEPARATORS = {AUTO: None, ",": ",", ";": ";", "tab": "\t", "|": "|"}
ENCODINGS = (AUTO, "utf-8", "utf-8-sig", "cp1252", "latin-1")
DECIMALS = (AUTO, ".", ",")
UPLOAD_TYPES = ["csv", "txt", "tsv", "xlsx", "xlsm", "xlsb", "xls", "ods"]
OUTCOME_CLASSES = ("selected", "not_selected", "excluded")
# The "(none)" option of optional columns: a real option, so the box shows "(ingen)", not a
# placeholder (no column has an empty name: the reader drops or refuses unnamed columns). No bare
# string here: Streamlit's magic would print it on the page.
NONE = ""
MAX_CLASSIFIED_VALUES = 20
_MARKDOWN = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|$~])")


def _md(text: str) -> str:
    """Text from a file (column names, values) shown literally in Markdown."""
    return _MARKDOWN.sub(r"\\\1", text)


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


def _read_options(sheets: list | None) -> dict[str, str | None]:
    """The sheet picker of a workbook, or a text file's encoding, separator and decimal mark."""
    if sheets is not None:
        names = [s.name for s in sheets]
        default = next((s.name for s in sheets if not s.empty and s.visible), names[0])
        empty = {s.name: t("audit_sheet_empty", sheet=s.name) for s in sheets if s.empty}
        if len(names) > 1:
            chosen = choices.selectbox(
                t("audit_sheet"),
                names,
                key=SHEET_KEY,
                default=default,
                format_func=lambda v: empty.get(v, v),
                help=t("audit_sheet_help"),
            )
        else:
            chosen = names[0]
        return {"sheet": chosen}
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


def _outcome_values(frame, column: str | None) -> dict[str, int]:
    """The stripped, non-empty values of ``column`` with their row counts, most frequent first."""
    if not column or column not in frame.columns:
        return {}
    counts: dict[str, int] = {}
    for value, count in frame[column].value_counts(dropna=True).items():  # per distinct value
        label = _label(value)
        if label:
            counts[label] = counts.get(label, 0) + int(count)
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def _label(value: object) -> str:
    """A value as the engine matches it: stripped, whole floats without ``.0``."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _init_mapping(frame, info, reading_key: str) -> None:
    """Prefill the mapping from the guess (once per file, sheet and column set)."""
    if st.session_state.get(MAP_FOR_KEY) == reading_key and GUESS_KEY in st.session_state:
        return
    from ethics_toolkit.engine.recipe.guess import guess_mapping

    guess = guess_mapping(frame)
    columns = list(frame.columns)
    mode = {"counts": "aggregated", "scores": "score"}.get(guess.kind, "outcome")
    if info.kind == "aggregated":
        mode = "aggregated"
    for key in [k for k in st.session_state if str(k).startswith("map_class:")]:
        del st.session_state[key]
    outcome = guess.outcome if guess.outcome in columns else None
    st.session_state.update(
        {
            MAP_FOR_KEY: reading_key,
            GUESS_KEY: guess,
            "map_mode": mode,
            "map_outcome": outcome if mode == "outcome" and outcome else columns[0],
            "map_score": guess.score if guess.score in columns else NONE,
            "map_sensitive": [c for c in guess.sensitive if c in columns],
            "map_truth": guess.truth if guess.truth in columns else NONE,
            "map_truth_positive": guess.truth_positive,
            "map_count": guess.count if guess.count in columns else NONE,
            "map_selected": outcome if mode == "aggregated" and outcome else NONE,
        }
    )
    if mode == "outcome" and outcome and guess.positive is not None:
        values = list(_outcome_values(frame, outcome))
        _preset_pair(outcome, values, guess.positive)


def _class_key(column: str, value: str) -> str:
    return f"map_class:{column}:{value}"


def _preset_pair(column: str, values: list[str], positive: str) -> None:
    """A recognised yes/no pair is pre-classified; with more values nothing is assumed."""
    if len(values) == 2 and positive in values:
        for value in values:
            kind = "selected" if value == positive else "not_selected"
            st.session_state.setdefault(_class_key(column, value), kind)


def _reasons() -> None:
    guess = st.session_state.get(GUESS_KEY)
    if guess is None or not guess.reasons:
        return
    lang = state.lang()
    with st.expander(t("map_reasons_title"), icon=":material/lightbulb:", expanded=True):
        for column, reason in guess.reasons.items():
            check = f":orange-badge[{t('map_reason_check')}] " if column in guess.confirm else ""
            st.markdown(f"- {check}{_md(reason.get(lang))}")


def _classify(frame, column: str) -> dict[str, list[str]] | None:
    """Ask what every value of the outcome column means; ``None`` when it cannot be a decision."""
    from ethics_toolkit.engine.recipe.profile import decision_pair

    counts = _outcome_values(frame, column)
    if not counts:
        st.warning(t("map_no_values", column=column), icon=":material/warning:")
        return None
    if len(counts) > MAX_CLASSIFIED_VALUES:
        st.warning(
            t("map_too_many_values", column=column, n=len(counts)), icon=":material/warning:"
        )
        return None
    positive = decision_pair(list(counts))
    if positive is not None:
        _preset_pair(column, list(counts), positive)
    lang = state.lang()
    st.markdown(f"**{t('map_classify', column=column)}**")
    st.caption(t("map_classify_help"))
    label = state.labeller("map_class")
    classes: dict[str, list[str]] = {kind: [] for kind in OUTCOME_CLASSES}
    unnamed = []
    for value, count in counts.items():
        chosen = choices.radio(
            t("map_class_value", value=value, count=format_int(count, lang)),
            OUTCOME_CLASSES,
            key=_class_key(column, value),
            format_func=label,
            horizontal=True,
        )
        if chosen is None:
            unnamed.append(value)
        else:
            classes[chosen].append(value)
    classes["unnamed"] = unnamed
    return classes


def _mapping(frame) -> tuple[dict[str, object], bool]:
    """The column mapping widgets: the fields chosen, and whether Run was pressed."""
    columns = list(frame.columns)
    optional = [NONE, *columns]
    none_label = t("map_none")
    fmt = lambda v: none_label if v == NONE else v  # noqa: E731
    mode = choices.radio(
        t("map_mode"),
        MODES,
        key="map_mode",
        default="outcome",
        horizontal=True,
        format_func=state.labeller("map_mode"),
    )
    left, right = st.columns(2)
    fields: dict[str, object] = {"mode": mode}
    with left:
        if mode == "outcome":
            outcome = st.selectbox(
                t("map_outcome"),
                columns,
                key="map_outcome",
                help=t("map_outcome_help"),
                placeholder=t("choose_option"),
            )
            fields["outcome"] = outcome
            fields["classes"] = _classify(frame, outcome)
        elif mode == "score":
            fields["score"] = choices.selectbox(
                t("map_score"), optional, key="map_score", format_func=fmt, help=t("map_score_help")
            )
        else:
            fields["count_column"] = choices.selectbox(
                t("map_count"), optional, key="map_count", format_func=fmt, help=t("map_count_help")
            )
            fields["selected_column"] = choices.selectbox(
                t("map_selected"),
                optional,
                key="map_selected",
                format_func=fmt,
                help=t("map_selected_help"),
            )
    with right:
        fields["sensitive"] = st.multiselect(
            t("map_sensitive"),
            columns,
            key="map_sensitive",
            help=t("map_sensitive_help"),
            placeholder=t("choose_options"),
            select_all=False,
        )
        if mode != "aggregated":
            truth = choices.selectbox(
                t("map_truth"), optional, key="map_truth", format_func=fmt, help=t("map_truth_help")
            )
            if truth:
                values = list(_outcome_values(frame, truth))
                if st.session_state.get("map_truth_positive") not in values:
                    st.session_state["map_truth_positive"] = values[0] if values else None
                fields["truth"] = truth
                fields["truth_positive"] = st.selectbox(
                    t("map_truth_positive"),
                    values,
                    key="map_truth_positive",
                    placeholder=t("choose_option"),
                )
    _more_analyses(frame, fields, mode)
    clicked = st.button(
        t("audit_run"), type="primary", key="run_audit", icon=":material/play_arrow:"
    )
    return fields, clicked


def _more_analyses(frame, fields: dict[str, object], mode: str) -> None:
    """The optional analyses: within jobs (issue 10) and the decision process (issue 11)."""
    roles = ("outcome", "score", "truth", "count_column", "selected_column")
    taken = [str(fields[k]) for k in roles if fields.get(k)] + list(fields["sensitive"])
    with st.expander(t("map_more"), expanded=True, icon=":material/add_chart:"):
        fields["stratify"] = validity.stratum_picker(frame, exclude=taken)
        if mode != "aggregated":
            stratum = [str(fields["stratify"])] if fields["stratify"] else []
            fields.update(process_view.process_pickers(frame, taken=[*taken, *stratum]))
            fields.update(periods.period_pickers(frame, taken=[*taken, *stratum]))  # issue 15


def _spec(fields: dict[str, object]) -> AuditSpec | None:
    """The spec of the mapping, or ``None`` after showing what is missing."""
    if not fields["sensitive"]:
        st.error(t("map_need_sensitive"), icon=":material/error:")
        return None
    values = {
        k: (v if v != NONE else None) for k, v in fields.items() if k not in ("mode", "classes")
    }
    if fields["mode"] == "outcome":
        classes = fields.get("classes")
        if classes is None:
            return None
        if classes["unnamed"]:
            from ethics_toolkit.engine.errors import list_values

            st.error(t("map_need_classes", values=list_values(classes["unnamed"])),
                     icon=":material/error:")  # fmt: skip
            return None
        if not classes["selected"]:
            st.error(t("map_need_selected"), icon=":material/error:")
            return None
        values.update(
            positive=classes["selected"][0],
            positives=classes["selected"],
            negatives=classes["not_selected"],
            excluded=classes["excluded"],
        )
    return widgets.guarded(lambda: AuditSpec.model_validate(values))


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
        run = widgets.guarded(
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
            st.toast(t("audit_saved_toast", tool=md(tool.name)), icon=":material/save:")
            st.rerun()


def _special_data(tool, result) -> None:
    """Issue 12: an audit of special-category data asks for the GDPR Art. 9(2) ground."""
    from ethics_toolkit.engine.presentation.labels import column_label
    from ethics_toolkit.register.domain.labels import label
    from ethics_toolkit.register.legal.evidence import special_columns

    found = special_columns(result.spec)
    if not found:
        return
    lang = state.lang()
    columns = ", ".join(
        f"{column_label(c, result.spec)} ({label(category, lang).lower()})" for c, category in found
    )
    ground = (tool.art9_ground or "").strip() if tool is not None else ""
    if ground:
        st.caption(t("audit_special_ground", columns=md(columns), ground=md(ground)))
    else:
        st.info(t("audit_special_data", columns=md(columns)), icon=":material/shield_person:")


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
            spec=result.spec,
        )
        marker = (run_id, risk.title)
        with st.container(border=True):
            st.markdown(f"**{md(risk.title)}**")
            if risk.description:
                st.caption(md(risk.description))
            if marker in done:
                st.success(t("proposal_added"), icon=":material/task_alt:")
            elif st.button(t("proposal_add"), key=f"propose_{i}"):
                saved = widgets.guarded(
                    lambda risk=risk: state.store().save_risk(risk, actor=state.actor())
                )
                if saved is not None:
                    done.add(marker)
                    st.toast(t("proposal_accepted"), icon=":material/task_alt:")
                    st.rerun()


components.page_header("audit_title", "audit_intro")
tool = components.tool_picker()
components.progress(tool, here="audit")
components.ask_name()

st.subheader(t("audit_step_upload"))
st.file_uploader(
    t("audit_upload_label"),
    type=UPLOAD_TYPES,
    key=_uploader_key(),
    on_change=_on_upload,
    help=t("audit_upload_help"),
)
st.button(t("audit_use_sample"), on_click=_use_sample, key="use_sample", icon=":material/science:")
st.button(
    t("audit_use_sample_jobs"),
    on_click=_use_sample,
    args=("recruitment_by_job.csv",),
    key="use_sample_jobs",
    icon=":material/work:",
)  # issue 10: pooled and within-job answers differ (Simpson's paradox)
st.caption(t("audit_privacy"))

# Issue 14: a database source an administrator named, audited where it lies (names only here).
source = source_picker.source_picker()
if source is not None:
    st.subheader(t("audit_step_map"))
    result = source_picker.source_audit(source)
    if result is not None:
        st.subheader(t("audit_step_result"))
        components.audit_result_view(result)
        _save(tool, result, source.label)
    st.stop()

upload = state.uploaded()
if upload is None:
    _read_options(None)
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
        sheets = state.workbook_sheets(data, digest, file_name) if data else None
        options = _read_options(sheets)
        frame, info = state.read_upload(data, digest, file_name=file_name, **options)
except UserFacingError as error:
    state.drop_stale_result("")
    widgets.show_error(error)
    st.stop()

lang = state.lang()
if info.sheet is not None:
    detected = t(
        "audit_detected_sheet",
        name=file_name,
        sheet=info.sheet,
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
with st.expander(t("audit_preview"), expanded=False):
    st.dataframe(frame.head(20), hide_index=True, placeholder=t("empty_cell"))

st.subheader(t("audit_step_map"))
st.caption(t("audit_map_help"))
reading_key = state.result_context(digest=digest, sheet=info.sheet, columns=info.columns)
_init_mapping(frame, info, reading_key)
_reasons()
fields, clicked = _mapping(frame)
context = state.result_context(digest=digest, reading=options, fields=fields)
spec = _spec(fields) if clicked else None
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

components.audit_result_view(result)
periods.period_view(result)  # issue 15: by period, when a date column was chosen
_special_data(tool, result)
_save(tool, result, file_name)

"""The bias-audit page's mapping step: which column holds the decision, the groups, the optional
analyses, and what every value of the decision column means.

The mapping is pre-filled from :func:`ethics_toolkit.engine.recipe.guess.guess_mapping` (once per
file, sheet and column set), whose reasons are shown. Choices with translated labels use
:mod:`ethics_toolkit.ui.choices` (they survive a language switch). :func:`spec_of` turns the
choices into an ``AuditSpec`` or says what is missing.
"""

from __future__ import annotations

import re

import streamlit as st

from ethics_toolkit.engine.spec import AuditSpec
from ethics_toolkit.i18n import format_int
from ethics_toolkit.ui import choices, periods, process_view, state, validity, widgets
from ethics_toolkit.ui.state import t

MAP_FOR_KEY = "map_for_digest"
GUESS_KEY = "map_guess"
MODES = ("outcome", "score", "aggregated")
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


def init_mapping(frame, info, reading_key: str) -> None:
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


def reasons() -> None:
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


def mapping(frame) -> tuple[dict[str, object], bool]:
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


def spec_of(fields: dict[str, object]) -> AuditSpec | None:
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

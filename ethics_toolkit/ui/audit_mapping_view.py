"""The bias-audit page's mapping step: which column holds the decision, the groups, the optional
analyses, and what every value of the decision column means.

Issue 20: the mapping is the form of an audit recipe. It is filled once per file, sheet, column
set and starting recipe (:func:`init_mapping`): from the recipe the person uploaded or the tool's
saved one, else from :func:`ethics_toolkit.engine.recipe.guess.guess_mapping`, whose reasons are
shown with the rows per value. :func:`form_recipe` reads the form back as a
:class:`~ethics_toolkit.engine.recipe.recipe.Recipe` and :func:`spec_of` turns it into an
``AuditSpec`` with the library's :func:`~ethics_toolkit.engine.recipe.build.spec_of`, or says what
is missing or still to be answered. Choices with translated labels use
:mod:`ethics_toolkit.ui.choices` (they survive a language switch and a visit to another page); the
few widgets with plain keys (:data:`PLAIN_KEYS`) are kept by ``state.keep_widgets``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import streamlit as st

from ethics_toolkit.engine.spec import AuditSpec
from ethics_toolkit.i18n import format_int
from ethics_toolkit.ui import (
    audit_groups_view,
    choices,
    periods,
    process_view,
    state,
    validity,
    widgets,
)
from ethics_toolkit.ui.escape import md
from ethics_toolkit.ui.state import t

if TYPE_CHECKING:
    from ethics_toolkit.engine.models import ReadingInfo
    from ethics_toolkit.engine.recipe.recipe import Recipe

MAP_FOR_KEY = "map_for_digest"
GUESS_KEY = "map_guess"
LABELS_KEY = "map_labels"  # the starting recipe's labels and automatic features, carried along
CENSUS_KEY = "map_census"  # (form key, rows per value of the compared columns)
PLAIN_KEYS = ("map_outcome", "map_sensitive", "map_truth_positive")
"""Widgets drawn with plain keys (tests set them): kept across pages by ``state.keep_widgets``."""
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


def init_mapping(frame, info: ReadingInfo, form_key: str, base: Recipe | None) -> None:
    """Fill the form once per file, sheet, column set and starting recipe (``form_key``): from
    ``base`` (an uploaded or the tool's recipe), else from the guess."""
    if st.session_state.get(MAP_FOR_KEY) == form_key and GUESS_KEY in st.session_state:
        return
    from ethics_toolkit.engine.recipe.build import recipe_from_guess
    from ethics_toolkit.engine.recipe.guess import guess_mapping

    guess = guess_mapping(
        frame, sheet=info.sheet, rows=info.rows_read, other_sheets=info.other_sheets
    )
    recipe = base if base is not None else recipe_from_guess(guess)
    if base is None and info.kind == "aggregated" and recipe.counts is None:
        recipe = recipe.model_copy(update={"counts": _counts_of(guess, frame), "decision": None})
    st.session_state[GUESS_KEY] = guess
    st.session_state[MAP_FOR_KEY] = form_key
    load(recipe, list(frame.columns), from_guess=base is None)


def _counts_of(guess, frame):
    from ethics_toolkit.engine.recipe.recipe import Counts

    columns = list(frame.columns)
    selected = guess.outcome if guess.outcome in columns else columns[0]
    return Counts(applicants=guess.count if guess.count in columns else None, selected=selected)


def load(recipe: Recipe, columns: list[str], *, from_guess: bool = False) -> None:
    """The form's state from a recipe; a column the export lacks is left to be chosen.

    ``from_guess``: the strata and features keep the page's own suggestions (a guess leaves them
    to the person).
    """
    ss = st.session_state
    present = set(columns)

    def column(name: str | None) -> str:
        return name if name in present else NONE

    for key in [k for k in ss if str(k).startswith(("map_class:", "process_"))]:
        del ss[key]
    decision, counts, truth = recipe.decision, recipe.counts, recipe.truth
    mode = "aggregated" if counts else "score" if recipe.score and not decision else "outcome"
    outcome = column(decision.column if decision else None)
    ss["map_mode"] = mode
    ss["map_outcome"] = outcome or columns[0]
    if decision is not None and outcome:
        for kind, values in (
            ("selected", decision.selected),
            ("not_selected", decision.not_selected),
            ("excluded", decision.left_out),
        ):
            for value in values:
                ss[_class_key(outcome, value)] = kind
    ss["map_score"] = column(recipe.score)
    ss["map_sensitive"] = [g.column for g in recipe.groups if g.column in present]
    ss["map_truth"] = column(truth.column if truth else None)
    ss["map_truth_positive"] = truth.selected[0] if truth and truth.selected else None
    ss["map_count"] = column(counts.applicants if counts else None)
    ss["map_selected"] = column(counts.selected if counts else None)
    recommendation = recipe.recommendation
    rec_column = column(recommendation.column if recommendation else None)
    ss["process_recommendation"] = rec_column
    if recommendation is not None and rec_column and recommendation.selected:
        ss[f"process_recommendation_positive:{rec_column}"] = recommendation.selected[0]
    stage = recipe.stage
    ss["process_stage"] = column(stage.column if stage else None)
    if stage is not None and stage.column in present and stage.order:
        ss[f"process_stages:{stage.column}"] = list(stage.order)
    ss["map_period"] = column(recipe.period.column if recipe.period else None)
    ss["map_freq"] = recipe.period.freq if recipe.period else "quarter"
    if not from_guess:
        ss[validity.STRATIFY_KEY] = column(recipe.stratify)
        ss["process_features"] = [c for c in recipe.features if c in present]
    else:
        ss.pop(validity.STRATIFY_KEY, None)
    ss[LABELS_KEY] = recipe.labels.model_dump_json(), recipe.features_auto
    ss.pop(CENSUS_KEY, None)
    audit_groups_view.load(recipe.groups)


def _class_key(column: str, value: str) -> str:
    return f"map_class:{column}:{value}"


def _preset_pair(column: str, values: list[str], positive: str) -> None:
    """A recognised yes/no pair is pre-classified; with more values nothing is assumed."""
    if len(values) == 2 and positive in values:
        for value in values:
            kind = "selected" if value == positive else "not_selected"
            st.session_state.setdefault(_class_key(column, value), kind)


def reasons() -> None:
    """Why each column was guessed as it was, with the rows per value (issue 20)."""
    guess = st.session_state.get(GUESS_KEY)
    if guess is None or not (guess.reasons or guess.sheet_note):
        return
    lang = state.lang()
    with st.expander(t("map_reasons_title"), icon=":material/lightbulb:", expanded=True):
        if guess.sheet_note is not None and guess.sheet_note.get(lang):
            st.markdown(f"- {_md(t('map_sheet_reason', note=guess.sheet_note.get(lang)))}")
        for column, reason in guess.reasons.items():
            check = f":orange-badge[{t('map_reason_check')}] " if column in guess.confirm else ""
            st.markdown(f"- {check}{_md(reason.get(lang))}")
            counts = guess.counts.get(column)
            if counts:
                st.caption(_md(_counts_text(counts)))


def _counts_text(counts: dict[str, int], limit: int = 8) -> str:
    """ "Man 220 · Kvinna 200 · (tomt) 10" (the rows per value, most first)."""
    lang = state.lang()
    blank = t("grp_blank")
    shown = [f"{value or blank} {format_int(n, lang)}" for value, n in list(counts.items())[:limit]]
    more = len(counts) - limit
    return " · ".join(shown) + (" · " + t("map_more_values", count=more) if more > 0 else "")


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


def mapping(frame, questions) -> tuple[dict[str, Any], bool]:
    """The column mapping widgets: the fields chosen, and whether Run was pressed.

    ``questions``: the container above the form where the questions about values are answered.
    """
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
    fields: dict[str, Any] = {"mode": mode}
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
            _truth(frame, fields, optional, fmt)
    _groups(frame, fields, questions)
    _more_analyses(frame, fields, mode)
    clicked = st.button(
        t("audit_run"), type="primary", key="run_audit", icon=":material/play_arrow:"
    )
    state.keep_widgets(*PLAIN_KEYS)
    return fields, clicked or bool(st.session_state.pop(audit_groups_view.RERUN_KEY, False))


def _truth(frame, fields: dict[str, Any], optional: list[str], fmt) -> None:
    """The ground truth column and its value meaning qualified (preset only when certain)."""
    from ethics_toolkit.engine.reading.meanings import certain_positive

    truth = choices.selectbox(
        t("map_truth"), optional, key="map_truth", format_func=fmt, help=t("map_truth_help")
    )
    if not truth:
        return
    values = list(_outcome_values(frame, truth))
    if st.session_state.get("map_truth_positive") not in values:
        certain = certain_positive(values)
        st.session_state["map_truth_positive"] = certain[0] if certain else None
    fields["truth"] = truth
    fields["truth_positive"] = st.selectbox(
        t("map_truth_positive"),
        values,
        key="map_truth_positive",
        placeholder=t("choose_option"),
    )


def _census(frame, columns: list[str]) -> dict[str, dict[str, int]]:
    """Rows per value of the compared columns, remembered for the form (never saved)."""
    from ethics_toolkit.engine.cells.recoding import frame_census

    form = st.session_state.get(MAP_FOR_KEY)
    kept = st.session_state.get(CENSUS_KEY)
    census = dict(kept[1]) if kept is not None and kept[0] == form else {}
    missing = [c for c in columns if c not in census]
    if missing:
        census |= frame_census(frame, missing)
        st.session_state[CENSUS_KEY] = (form, census)
    return census


def _groups(frame, fields: dict[str, Any], questions) -> None:
    """Issue 20: each compared column's groups, unknowns and reference, and the questions."""
    sensitive = [str(c) for c in fields["sensitive"]]
    census = _census(frame, sensitive)
    items = audit_groups_view.asked(sensitive, census)
    if items:
        with questions, st.container(border=True, key="recipe_questions"):
            st.markdown(f"**{t('grp_questions_title')}**")
            st.caption(t("grp_questions_help"))
            audit_groups_view.answer_questions(items, census)
    audit_groups_view.sections(sensitive, census, items)
    fields["groups"] = audit_groups_view.group_columns(sensitive, items)
    fields["open"] = audit_groups_view.open_questions(items)


def _more_analyses(frame, fields: dict[str, Any], mode: str) -> None:
    """The optional analyses: within jobs (issue 10) and the decision process (issue 11)."""
    roles = ("outcome", "score", "truth", "count_column", "selected_column")
    taken = [str(fields[k]) for k in roles if fields.get(k)] + list(fields["sensitive"])
    with st.expander(t("map_more"), expanded=True, icon=":material/add_chart:"):
        fields["stratify"] = validity.stratum_picker(frame, exclude=taken)
        if mode != "aggregated":
            stratum = [str(fields["stratify"])] if fields["stratify"] else []
            period = st.session_state.get("map_period")  # a date is no feature (issue 20)
            process = [*taken, *stratum, *([period] if period else [])]
            fields.update(process_view.process_pickers(frame, taken=process))
            fields.update(periods.period_pickers(frame, taken=[*taken, *stratum]))  # issue 15


def form_recipe(fields: dict[str, Any], info: ReadingInfo, options: dict[str, Any]) -> Recipe:
    """The form as a recipe: every choice on screen (what is still open stays empty)."""
    from ethics_toolkit.engine.recipe.recipe import (
        Counts,
        Labels,
        PeriodChoice,
        ReadOptions,
        Recipe,
        Stages,
        YesNo,
    )

    def value(name: str) -> Any:
        found = fields.get(name)
        return None if found == NONE else found

    decision = counts = score = None
    if fields["mode"] == "outcome" and value("outcome"):
        classes = fields.get("classes") or {}
        decision = YesNo(
            column=str(fields["outcome"]),
            selected=classes.get("selected", []),
            not_selected=classes.get("not_selected", []),
            left_out=classes.get("excluded", []),
        )
    elif fields["mode"] == "score":
        score = value("score")
    elif value("selected_column"):
        counts = Counts(applicants=value("count_column"), selected=fields["selected_column"])
    truth = None
    if value("truth"):
        chosen = fields.get("truth_positive")
        truth = YesNo(column=fields["truth"], selected=[chosen] if chosen else [])
    recommendation = None
    if value("recommendation"):
        recommendation = YesNo(
            column=fields["recommendation"],
            selected=fields.get("recommendation_positives", []),
            not_selected=fields.get("recommendation_negatives", []),
        )
    stage = (
        Stages(column=fields["stage"], order=fields.get("stages", [])) if value("stage") else None
    )
    period = (
        PeriodChoice(column=fields["period"], freq=fields.get("freq") or "quarter")
        if value("period")
        else None
    )
    labels_json, features_auto = st.session_state.get(LABELS_KEY) or (
        Labels().model_dump_json(),
        False,
    )
    reading = {k: v for k, v in options.items() if k != "sheet" and v is not None}
    return Recipe(
        sheet=info.sheet,
        reading=ReadOptions(**reading),
        decision=decision,
        score=score,
        counts=counts,
        groups=fields.get("groups", []),
        truth=truth,
        recommendation=recommendation,
        stage=stage,
        period=period,
        stratify=value("stratify"),
        features=list(fields.get("features") or []),
        features_auto=bool(features_auto) and not fields.get("features"),
        labels=Labels.model_validate_json(labels_json),
    )


def spec_of(fields: dict[str, Any], recipe: Recipe) -> AuditSpec | None:
    """The spec of the form's recipe, or ``None`` after showing what is missing or open."""
    from ethics_toolkit.engine.errors import list_values

    if not fields["sensitive"]:
        st.error(t("map_need_sensitive"), icon=":material/error:")
        return None
    if fields["mode"] == "outcome":
        classes = fields.get("classes")
        if classes is None:
            return None
        if classes["unnamed"]:
            st.error(t("map_need_classes", values=list_values(classes["unnamed"])),
                     icon=":material/error:")  # fmt: skip
            return None
        if not classes["selected"]:
            st.error(t("map_need_selected"), icon=":material/error:")
            return None
    if fields.get("truth") and not fields.get("truth_positive"):
        st.error(t("map_need_truth", column=md(fields["truth"])), icon=":material/error:")
        return None
    if fields.get("recommendation") and not fields.get("recommendation_positives"):
        st.error(t("map_need_recommendation", column=md(fields["recommendation"])),
                 icon=":material/error:")  # fmt: skip
        return None
    if fields.get("open"):
        values = list_values([item.value for item in fields["open"] if item.value is not None])
        st.error(t("map_need_answers", values=md(values)), icon=":material/error:")
        return None
    from ethics_toolkit.engine.recipe.build import spec_of as recipe_spec

    return widgets.guarded(lambda: recipe_spec(recipe))

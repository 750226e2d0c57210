"""The groups of each compared column on the bias-audit page (issue 20): grouping, unknowns,
the reference group and the questions only the person can answer.

Per column the person sees every value with its rows and what it is counted as; groups values
(pick values, name the group; the built-in country -> region map for a column of countries; a
grouping file of value,group lines); marks values as unknown; and chooses the reference group
(automatic: the highest rate). A value the words leave open is asked, never decided: a value
joining an answer with "prefer not to say" (``Annat/vill ej uppge``), a value that the grouping
does not cover, a value no known country. The questions are the library's
(:func:`~ethics_toolkit.engine.recipe.diff.recipe_diff` of the form against the export) and each
is answered in :func:`answer_questions`.

Every choice lives in plain session state (``grp_<what>:<column>``), so it is kept when the page
is left; :func:`load` fills it from a recipe and :func:`group_columns` reads it back as the
recipe's :class:`~ethics_toolkit.engine.recipe.recipe.GroupColumn` list.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import streamlit as st

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n import format_int
from ethics_toolkit.ui import choices, state, widgets
from ethics_toolkit.ui.escape import md
from ethics_toolkit.ui.state import t

if TYPE_CHECKING:
    from ethics_toolkit.engine.models import AuditResult
    from ethics_toolkit.engine.recipe.diff import DiffItem
    from ethics_toolkit.engine.recipe.recipe import GroupColumn

PREFIX = "grp_"
RERUN_KEY = "map_run_again"  # a reference chosen from a warning runs the audit again
OWN = "\x00own"  # answer: a group of its own (no group name can hold a NUL)
UNKNOWN = "\x00unknown"  # answer: counted as unknown
AUTO = ""  # reference: the group with the highest rate
MAX_SHOWN_VALUES = 300
"""More values than this are not listed to pick from (a grouping file groups them)."""
ASKED_KINDS = ("not_grouped", "not_a_country", "combined")
Census = Mapping[str, Mapping[str, int]]


def _key(what: str, column: str, value: str | None = None) -> str:
    return f"{PREFIX}{what}:{column}" + (f":{value}" if value is not None else "")


def load(groups: Sequence[GroupColumn]) -> None:
    """The form's groups from a recipe's (every earlier choice and answer forgotten)."""
    for key in [k for k in st.session_state if str(k).startswith(PREFIX)]:
        del st.session_state[key]
    for group in groups:
        st.session_state[_key("builtin", group.column)] = group.regroup == "region"
        st.session_state[_key("groups", group.column)] = dict(group.groups)
        st.session_state[_key("file", group.column)] = group.grouping_file
        st.session_state[_key("unknown", group.column)] = list(group.unknown)
        st.session_state[_key("reference", group.column)] = group.reference or AUTO
        st.session_state[_key("seen", group.column)] = list(group.seen)


def _chosen(column: str) -> GroupColumn:
    """The column's choices before the questions' answers."""
    from ethics_toolkit.engine.recipe.recipe import GroupColumn

    builtin = bool(st.session_state.get(_key("builtin", column)))
    return GroupColumn(
        column=column,
        regroup="region" if builtin else None,
        groups=dict(st.session_state.get(_key("groups", column)) or {}),
        grouping_file=st.session_state.get(_key("file", column)),
        unknown=list(st.session_state.get(_key("unknown", column)) or []),
        seen=list(st.session_state.get(_key("seen", column)) or []),
    )


def asked(sensitive: Sequence[str], census: Census) -> list[DiffItem]:
    """The questions about the values of the compared columns, answered or not."""
    from ethics_toolkit.engine.recipe.diff import recipe_diff
    from ethics_toolkit.engine.recipe.recipe import Recipe

    recipe = Recipe(groups=[_chosen(c) for c in sensitive])
    diff = recipe_diff(recipe, {c: census.get(c, {}) for c in sensitive})
    return [item for item in diff.questions if item.kind in ASKED_KINDS]


def _answer(item: DiffItem) -> str | None:
    return st.session_state.get(_key("answer", item.column, item.value))


def _answered(column: str, items: Sequence[DiffItem]) -> GroupColumn:
    """The column's choices with the answers to its questions applied."""
    group = _chosen(column)
    groups, unknown, seen = dict(group.groups), list(group.unknown), list(group.seen)
    for item in items:
        answer = _answer(item)
        if item.column != column or item.value is None or answer is None:
            continue
        if answer == UNKNOWN:
            unknown.append(item.value)
        elif answer == OWN and item.kind == "combined":
            seen.append(item.value)  # met and kept as written: not asked again
        else:
            groups[item.value] = item.value if answer == OWN else answer
    return group.model_copy(update={"groups": groups, "unknown": unknown, "seen": seen})


def _grouped(group: GroupColumn, values: Mapping[str, int]) -> dict[str, str | None]:
    """Value -> what it is counted as: a group, ``""`` unknown, ``None`` not decided yet."""
    from ethics_toolkit.engine.reading.groupings import decide

    grouping = group.grouping()
    return {v: decide(v, grouping, group.unknown) for v in values}


def _rows_per_group(group: GroupColumn, values: Mapping[str, int]) -> dict[str, int]:
    rows: dict[str, int] = {}
    for value, counted in _grouped(group, values).items():
        if counted:
            rows[counted] = rows.get(counted, 0) + values[value]
    return dict(sorted(rows.items(), key=lambda kv: (-kv[1], kv[0])))


def group_columns(sensitive: Sequence[str], items: Sequence[DiffItem]) -> list[GroupColumn]:
    """The recipe's groups: every column's choices, answers and reference."""
    columns = []
    for column in sensitive:
        reference = st.session_state.get(_key("reference", column)) or None
        columns.append(_answered(column, items).model_copy(update={"reference": reference}))
    return columns


def open_questions(items: Sequence[DiffItem]) -> list[DiffItem]:
    return [item for item in items if _answer(item) is None]


def answer_questions(items: Sequence[DiffItem], census: Census) -> None:
    """Each question with its answer: a group, a group of its own, or unknown."""
    lang = state.lang()
    for item in items:
        assert item.value is not None
        with st.container(border=True):
            st.markdown(f":orange[:material/help:] {md(item.message.get(lang))}")
            if item.kind == "combined":
                options = [OWN, UNKNOWN]
            else:
                group = _chosen(item.column)
                names = [g for g in _rows_per_group(group, census.get(item.column, {})) if g]
                names += [r for r in _regions(group) if r not in names]
                options = [*names, OWN, UNKNOWN]
            choices.selectbox(
                t("grp_answer", value=md(item.value)),
                options,
                key=_key("answer", item.column, item.value),
                format_func=_answer_label(item.value),
                unset=True,
                help=t("grp_answer_help"),
            )


def _regions(group: GroupColumn) -> list[str]:
    if group.regroup != "region":
        return []
    from ethics_toolkit.engine.reading.regions import region_map

    return list(region_map().regions)


def _answer_label(value: str):
    """Bound now: Streamlit may call a format function outside the run."""
    own, unknown = t("grp_own_group", value=value), t("grp_as_unknown")
    return lambda v: own if v == OWN else unknown if v == UNKNOWN else v


def _is_countries(values: Mapping[str, int]) -> bool:
    from ethics_toolkit.engine.reading.meanings import is_unknown_phrase
    from ethics_toolkit.engine.recipe.guess_recipe import is_country_column

    return is_country_column([v for v in values if v and not is_unknown_phrase(v)])


def sections(sensitive: Sequence[str], census: Census, items: Sequence[DiffItem]) -> None:
    """One folded section per compared column: its values, groups, unknowns and reference."""
    if not sensitive:
        return
    st.markdown(f"**{t('grp_title')}**")
    st.caption(t("grp_help"))
    for column in sensitive:
        values = dict(census.get(column, {}))
        group = _answered(column, items)
        counted = _grouped(group, values)
        groups = [g for g in dict.fromkeys(counted.values()) if g]
        # The label stays the same whatever is chosen inside, so the section stays open.
        with st.expander(t("grp_section", column=md(column)), icon=":material/category:"):
            st.caption(t("grp_summary", values=len([v for v in values if v]), groups=len(groups)))
            if len(values) > MAX_SHOWN_VALUES:  # an identifier or a raw number, most likely
                st.warning(t("grp_too_many", n=len(values)), icon=":material/warning:")
                _reference(column, group, values)
                continue
            _values_table(values, counted)
            if _is_countries(values) or group.regroup == "region":
                choices.checkbox(t("grp_builtin"), key=_key("builtin", column),
                                 help=t("grp_builtin_help"))  # fmt: skip
            _own_groups(column, values)
            choices.multiselect(
                t("grp_unknown"),
                [v for v in values if v],
                key=_key("unknown", column),
                help=t("grp_unknown_help"),
                select_all=False,
            )
            _reference(column, group, values)


def _values_table(values: Mapping[str, int], counted: Mapping[str, str | None]) -> None:
    import pandas as pd

    lang = state.lang()
    blank, unknown, waiting = t("grp_blank"), t("grp_counted_unknown"), t("grp_waiting")
    rows = [
        {
            t("grp_col_value"): value or blank,
            t("grp_col_rows"): format_int(rows, lang),
            t("grp_col_counted"): unknown if counted[value] == "" else counted[value] or waiting,
        }
        for value, rows in sorted(values.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch",
                 placeholder=t("empty_cell"))  # fmt: skip


def _own_groups(column: str, values: Mapping[str, int]) -> None:
    """Pick values, name the group; the groups so far with a button to undo each; or a file."""
    groups: dict[str, str] = dict(st.session_state.get(_key("groups", column)) or {})
    by_group: dict[str, list[str]] = {}
    for value, group in groups.items():
        by_group.setdefault(group, []).append(value)
    source = st.session_state.get(_key("file", column))
    if by_group:
        st.markdown(t("grp_yours", source=t("grp_from_file", name=md(source)) if source else ""))
        for number, (group, members) in enumerate(by_group.items()):
            left, right = st.columns([5, 1])
            left.markdown(f"- **{md(group)}** ← {md(', '.join(members))}")
            right.button(t("grp_remove"), key=f"grp_remove_{column}_{number}", type="tertiary",
                         on_click=_remove_group, args=(column, group))  # fmt: skip
    free = [v for v in values if v and v not in groups]
    with st.form(f"grp_new_{column}", border=False, enter_to_submit=False):
        st.markdown(t("grp_new"))
        left, right = st.columns(2)
        picked = left.multiselect(t("grp_new_values"), free, placeholder=t("choose_options"),
                                  select_all=False, key=f"grp_new_values_{column}")  # fmt: skip
        name = right.text_input(t("grp_new_name"), key=f"grp_new_name_{column}",
                                placeholder=t("grp_new_name_placeholder"))  # fmt: skip
        if st.form_submit_button(t("grp_new_add"), icon=":material/add:"):
            if not picked or not name.strip():
                st.error(t("grp_new_missing"), icon=":material/error:")
            else:
                groups.update(dict.fromkeys(picked, name.strip()))
                st.session_state[_key("groups", column)] = groups
                st.rerun()
    st.file_uploader(
        t("grp_file"),
        type=["csv", "txt", "tsv"],
        key=_key("upload", column),
        on_change=_read_file,
        args=(column,),
        help=t("grp_file_help"),
    )
    problem = st.session_state.get(_key("file_error", column))
    if problem is not None:
        widgets.show_error(problem)


def _remove_group(column: str, group: str) -> None:
    groups = dict(st.session_state.get(_key("groups", column)) or {})
    st.session_state[_key("groups", column)] = {v: g for v, g in groups.items() if g != group}
    if not st.session_state[_key("groups", column)]:
        st.session_state[_key("file", column)] = None


def _read_file(column: str) -> None:
    from ethics_toolkit.engine.reading.groupings import read_grouping

    file = st.session_state.get(_key("upload", column))
    st.session_state.pop(_key("file_error", column), None)
    if file is None:
        return
    try:
        groups = read_grouping(file.getvalue(), name=file.name)
    except UserFacingError as error:
        st.session_state[_key("file_error", column)] = error
        return
    st.session_state[_key("groups", column)] = groups
    st.session_state[_key("file", column)] = file.name
    st.session_state[_key("builtin", column)] = False  # the file is the grouping


def _reference(column: str, group: GroupColumn, values: Mapping[str, int]) -> None:
    lang = state.lang()
    rows = _rows_per_group(group, values)
    auto = t("grp_reference_auto")
    labels = {
        g: t("grp_reference_option", group=g, rows=format_int(n, lang)) for g, n in rows.items()
    }
    choices.selectbox(
        t("grp_reference"),
        [AUTO, *rows],
        key=_key("reference", column),
        default=AUTO,
        format_func=lambda v: auto if v == AUTO else labels.get(v, v),
        help=t("grp_reference_help"),
    )


def _use_reference(column: str, group: str) -> None:
    st.session_state[_key("reference", column)] = group
    st.session_state[RERUN_KEY] = True


def reference_warnings(result: AuditResult) -> None:
    """The reference groups' warnings (small, or like "other"/unknown) in one box, each with a
    button that compares with the better group instead and runs the audit again."""
    from ethics_toolkit.engine.presentation.labels import attributes_label, group_label

    found = [(n, a, w) for n, a in enumerate(result.analyses) for w in a.reference_warnings]
    if not found:
        return
    lang = state.lang()
    with st.container(border=True, key="reference_warnings"):
        st.markdown(f":orange[:material/warning:] **{t('grp_reference_check')}**")
        for number, analysis, warning in found:
            alternative = warning.alternative or {}
            text = (warning.reason or warning.message).get(lang)  # the app offers its own way
            heading = attributes_label(analysis.attributes, result.spec)
            st.markdown(f"- **{md(heading)}:** {md(text)}")
            if len(alternative) == 1 and len(analysis.attributes) == 1:
                ((column, group),) = alternative.items()
                st.button(
                    t("grp_use_reference", group=md(group_label(alternative, result.spec))),
                    key=f"use_reference_{number}_{warning.code}",
                    on_click=_use_reference,
                    args=(column, group),
                    icon=":material/compare_arrows:",
                )

"""The app's statistical-validity parts (issue 10): verdict banner, markers, strata, picker.

Significant adverse impact, warnings (below four-fifths but could be chance) and too little data
are told apart by words, icon and colour together, never by colour alone. The stratified table
shows the engine's figures unchanged, formatted per language.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

from ethics_toolkit.engine.models import Analysis, AuditResult, GroupResult, Stratified
from ethics_toolkit.engine.presentation.findings import SIGNIFICANCE_LEVEL
from ethics_toolkit.engine.presentation.labels import column_label, group_label
from ethics_toolkit.engine.presentation.views import column_label as heading_of
from ethics_toolkit.i18n import Lang, format_int, format_number, format_p_value
from ethics_toolkit.ui import choices, state
from ethics_toolkit.ui.escape import md
from ethics_toolkit.ui.state import t

if TYPE_CHECKING:
    from collections.abc import Sequence

STRATIFY_KEY = "map_stratify"
# Material icon and Streamlit colour per verdict, for the findings list.
VERDICT_MARKERS = {
    "adverse_significant": ("red", "error"),
    "adverse_not_significant": ("orange", "warning"),
    "insufficient_evidence": ("gray", "help"),
    "undetermined": ("gray", "remove"),
}
MAX_NAMED = 6


def finding_marker(group: GroupResult) -> tuple[str, str] | None:
    """(colour, icon) of a group's finding by its verdict; None without a verdict."""
    if group.verdict is None:
        return None
    return VERDICT_MARKERS.get(group.verdict, ("blue", "info"))


def _named(groups: Sequence[GroupResult], result: AuditResult) -> str:
    """Group names from the file, shown as text (``ui/escape.md``)."""
    labels = list(dict.fromkeys(md(group_label(g.values, result.spec)) for g in groups))
    more = len(labels) - MAX_NAMED
    return ", ".join(labels[:MAX_NAMED]) + (f" (+{more})" if more > 0 else "")


def verdict_groups(result: AuditResult) -> dict[str, list[GroupResult]]:
    """The groups of the whole log's analyses by verdict."""
    found: dict[str, list[GroupResult]] = {}
    for analysis in result.analyses:
        for g in analysis.groups:
            if g.verdict is not None:
                found.setdefault(g.verdict, []).append(g)
    return found


def verdict_banner(result: AuditResult) -> bool:
    """The result's banner by verdict; False when the result has no verdicts (older results)."""
    from ethics_toolkit.engine.analyses.validity import family_size

    groups = verdict_groups(result)
    if not groups:
        return False
    m = format_int(family_size(result.analyses), state.lang())
    significant = groups.get("adverse_significant", [])
    warning = groups.get("adverse_not_significant", [])
    insufficient = groups.get("insufficient_evidence", [])
    if significant:
        # Not st.error: that means the app failed. A bordered block with a red headline instead.
        with st.container(border=True, key="verdict_banner_significant"):
            st.markdown(
                f":red-background[:material/report: **{t('banner_significant_title')}**]  \n"
                + t("banner_significant", m=m, groups=_named(significant, result))
            )
    if warning:
        st.warning(
            t("banner_warning", m=m, groups=_named(warning, result)), icon=":material/warning:"
        )
    if significant or warning:
        st.caption(t("audit_adverse_found"))
    if insufficient:
        st.info(
            t("banner_insufficient", groups=_named(insufficient, result)), icon=":material/help:"
        )
    if not (significant or warning or insufficient):
        st.success(t("banner_clear"), icon=":material/task_alt:")
    return True


def strata_table(stratified: Stratified, lang: Lang, result: AuditResult) -> pd.DataFrame:
    """One row per non-reference group: the within-strata figures, formatted for ``lang``."""
    rows = []
    for entry in stratified.groups:
        ci = "–"
        if entry.mh_odds_ratio_ci is not None:
            ci = " – ".join(format_number(v, lang) for v in entry.mh_odds_ratio_ci)
        rows.append(
            {
                heading_of("group", lang): group_label(entry.values, result.spec),
                t("col_strata_used"): format_int(entry.strata_used, lang),
                t("col_mh_odds_ratio"): format_number(entry.mh_odds_ratio, lang),
                t("col_mh_ci"): ci,
                t("col_cmh_p"): format_p_value(entry.cmh_p_value, lang),
                t("col_breslow_day_p"): format_p_value(entry.breslow_day_p_value, lang),
                t("col_reversed"): t("yes") if entry.pooled_direction_reversed else t("no"),
            }
        )
    return pd.DataFrame(rows)


def stratified_view(result: AuditResult, analysis: Analysis) -> None:
    """The comparison within strata of one analysis: caption, table, findings."""
    stratified = analysis.stratified
    if stratified is None:
        return
    lang = state.lang()
    column = md(column_label(stratified.column, result.spec))
    st.markdown(f"**{t('strata_heading', column=column)}**")
    st.caption(
        t(
            "strata_caption",
            column=column,
            strata=format_int(stratified.strata, lang),
            unknown=format_int(stratified.unknown_strata_rows, lang),
        )
    )
    if stratified.groups:
        st.dataframe(
            strata_table(stratified, lang, result),
            hide_index=True,
            width="stretch",
            placeholder=t("empty_cell"),
        )
    for entry in stratified.groups:
        if entry.finding is not None:
            lower = (
                entry.cmh_p_value is not None
                and entry.cmh_p_value < SIGNIFICANCE_LEVEL
                and entry.mh_odds_ratio is not None
                and entry.mh_odds_ratio < 1
            )  # selected less often within the same strata: a warning, whatever the pooled says
            mark = ":orange[:material/warning:]" if lower else ":blue[:material/balance:]"
            st.markdown(f"{mark} {md(entry.finding.get(lang))}")


def stratum_picker(
    frame: pd.DataFrame, *, exclude: Iterable[str] = (), key: str = STRATIFY_KEY
) -> str | None:
    """A select box of the column to compare within, pre-set to the guess; None means none.

    Self-contained so the mapping step can place it anywhere: ``fields["stratify"] =
    stratum_picker(frame, exclude=fields["sensitive"])``.
    """
    from ethics_toolkit.engine.recipe.guess_strata import guess_stratum

    excluded = {c for c in exclude if c}
    columns = [str(c) for c in frame.columns if str(c) not in excluded]
    none_label = t("map_none")
    chosen = choices.selectbox(
        t("map_stratify"),
        ["", *columns],
        key=key,
        default=guess_stratum(frame, exclude=excluded) or "",
        format_func=lambda v: none_label if v == "" else v,
        help=t("map_stratify_help"),
    )
    return chosen or None

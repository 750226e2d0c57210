"""The audit result as people read it: one presentation for the CLI, the app and the PDF.

Every front end shows the same group rows (figures formatted for the language, groups named by
their display labels), the same column headings, the same notes and the same verdict words; each
only lays them out (a text table, a Streamlit table, a reportlab table). The one difference between
them is an option: ``suppress_below`` hides small cells, as the PDF does for a document that leaves
the team (the app and the CLI, used by the analyst, show exact figures); the rules are in
:mod:`~ethics_toolkit.engine.presentation.suppression`, the words in
:mod:`~ethics_toolkit.engine.presentation.views_texts`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from ethics_toolkit.engine.models import Analysis, AuditResult, GroupResult, Verdict
from ethics_toolkit.engine.presentation.labels import (
    LABEL_JOIN,
    attributes_label,
    group_label,
    in_sentence,
)
from ethics_toolkit.engine.presentation.labels import column_label as attribute_label
from ethics_toolkit.engine.presentation.suppression import (
    HIDDEN,
    SHOWN,
    marker,
    row_shown,
)
from ethics_toolkit.engine.presentation.views_texts import TEXTS
from ethics_toolkit.i18n import (
    Lang,
    format_int,
    format_number,
    format_p_value,
    format_percent,
    format_points,
)

SIGNIFICANCE_LEVEL = 0.05
NBSP = "\u00a0"

Column = Literal[
    "group", "verdict", "n", "selected", "rate", "rate_ci", "ratio", "ratio_ci", "p_value",
    "p_holm", "min_detectable", "shortfall", "tpr", "fpr", "notes",
]  # fmt: skip
COLUMNS: tuple[Column, ...] = (
    "group", "verdict", "n", "selected", "rate", "rate_ci", "ratio", "ratio_ci", "p_value",
    "p_holm", "min_detectable", "shortfall", "tpr", "fpr", "notes",
)  # fmt: skip
VALIDITY_COLUMNS: frozenset[Column] = frozenset({"verdict", "p_holm", "min_detectable"})
"""Shown when the engine gave verdicts (issue 10); results saved before that have none."""


def text(key: str, lang: Lang, /, **values: object) -> str:
    return TEXTS.text(key, lang, **values)


def significant(group: GroupResult) -> bool:
    """Unlikely to be chance: after Holm over the audit's comparisons (issue 10) when computed."""
    p = group.p_value_holm if group.p_value_holm is not None else group.p_value
    return p is not None and p < SIGNIFICANCE_LEVEL


def verdict_of(group: GroupResult) -> Verdict:
    """The group's verdict: the engine's when it gave one, else read from the figures."""
    if group.verdict is not None:
        return group.verdict
    if group.is_reference:
        return "reference"
    if group.impact_ratio is None:
        return "undetermined"
    if group.adverse_impact:
        return "adverse_significant" if significant(group) else "adverse_not_significant"
    return "no_adverse_impact"


def verdict_label(verdict: Verdict, lang: Lang) -> str:
    return text(f"verdict.{verdict}", lang)


def column_label(column: Column, lang: Lang, *, rate_kind: str = "selection") -> str:
    """The heading of a column; a scoring audit names its rate and selected columns for that."""
    key = f"col.{column}"
    if rate_kind == "scoring" and f"{key}_scoring" in TEXTS:
        key += "_scoring"
    return text(key, lang)


@dataclass(frozen=True, slots=True)
class GroupRow:
    """One group's figures as strings ready for any table (after suppression, if asked for)."""

    label: str
    n: str
    selected: str
    rate: str
    rate_ci: str
    ratio: str
    ratio_ci: str
    p_value: str
    shortfall: str
    tpr: str
    fpr: str
    notes: str
    verdict: Verdict
    verdict_text: str
    p_holm: str
    min_detectable: str
    finding: str | None
    suppressed: bool
    ratio_hidden: bool
    adverse: bool
    reference: bool
    small: bool

    def cell(self, column: Column) -> str:
        if column == "group":
            return self.label
        if column == "verdict":
            return self.verdict_text
        return str(getattr(self, column))

    @property
    def rate_with_ci(self) -> str:
        """``19,7 % (17,5–22,2)``: the rate and its interval in one cell."""
        if self.rate == HIDDEN or self.rate_ci == HIDDEN:
            return self.rate
        return f"{self.rate} ({self.rate_ci})"


def _count(value: int, threshold: int | None, lang: Lang) -> str:
    if threshold is not None and value < threshold:
        return marker(threshold)
    return format_int(value, lang)


def _interval(low: float | None, high: float | None, lang: Lang, *, percent: bool) -> str:
    if low is None or high is None:
        return HIDDEN
    if percent:
        return f"{format_number(low * 100, lang, 1)}–{format_number(high * 100, lang, 1)}"
    return f"{format_number(low, lang)}–{format_number(high, lang)}"


def group_row(
    group: GroupResult,
    analysis: Analysis,
    result: AuditResult,
    *,
    lang: Lang,
    suppress_below: int | None = None,
    verdict_column: bool = False,
) -> GroupRow:
    """The figures of ``group`` as people read them; suppressed ones as ``"< 5"`` or a dash.

    With ``verdict_column`` the verdict has a column of its own and is not repeated in the notes.
    """
    threshold = suppress_below
    shown = SHOWN if threshold is None else row_shown(result, analysis, group, threshold)
    suppressed = not shown.selected
    ratio_hidden = suppressed or (
        threshold is not None and _reference_hidden(result, analysis, threshold)
    )
    verdict = verdict_of(group)
    spec = result.spec
    if suppressed:
        assert threshold is not None
        # n - selected < threshold: the selected count would give the small not-selected count.
        selected = marker(threshold) if "selected" in shown.small else HIDDEN
        rate = rate_ci = p_value = shortfall = HIDDEN
    else:
        selected = format_int(group.selected, lang)
        rate = format_percent(group.selection_rate, lang, 1)
        rate_ci = _interval(group.ci_low, group.ci_high, lang, percent=True)
        p_value = HIDDEN if group.is_reference else format_p_value(group.p_value, lang)
        p_value = p_value.replace(" ", NBSP)
        shortfall = HIDDEN if group.is_reference else format_int(group.shortfall, lang)
    ratio = HIDDEN if ratio_hidden else format_number(group.impact_ratio, lang, 2)
    ratio_ci = (
        HIDDEN
        if ratio_hidden or group.is_reference or group.impact_ratio_ci is None
        else _interval(*group.impact_ratio_ci, lang, percent=False)
    )
    # The ground-truth rates come with all four counts behind them, or not at all.
    tpr = fpr = HIDDEN
    if shown.truth and not suppressed:
        if group.tpr is not None:
            tpr = format_percent(group.tpr, lang, 1)
        if group.fpr is not None:
            fpr = format_percent(group.fpr, lang, 1)
    notes = []
    if verdict_column:
        pass
    elif not ratio_hidden and verdict != "no_adverse_impact":
        notes.append(verdict_label(verdict, lang))
    elif group.is_reference:
        notes.append(verdict_label("reference", lang))
    if group.small_group:
        notes.append(text("note.small", lang))
    if suppressed:
        notes.append(text("note.suppressed", lang))
    label = group_label(group.values, spec)
    if suppressed:
        finding = text("suppressed_finding", lang, group=label)
    else:
        finding = group.finding.get(lang) if group.finding else None
    if shown.n:
        n = format_int(group.n, lang)
    else:
        n = marker(threshold) if threshold is not None and "n" in shown.small else HIDDEN
    return GroupRow(
        label=label,
        n=n,
        selected=selected,
        rate=rate,
        rate_ci=rate_ci,
        ratio=ratio,
        ratio_ci=ratio_ci,
        p_value=p_value,
        shortfall=shortfall,
        tpr=tpr,
        fpr=fpr,
        notes=", ".join(notes),
        verdict=verdict,
        verdict_text=HIDDEN if ratio_hidden else verdict_label(verdict, lang),
        p_holm=(
            HIDDEN
            if suppressed or group.is_reference
            else format_p_value(group.p_value_holm, lang).replace(" ", NBSP)
        ),
        min_detectable=(
            HIDDEN
            if ratio_hidden or group.is_reference
            else format_number(group.min_detectable_ratio, lang, 2)
        ),
        finding=finding,
        suppressed=suppressed,
        ratio_hidden=ratio_hidden,
        adverse=group.adverse_impact and not ratio_hidden,
        reference=group.is_reference,
        small=group.small_group,
    )


def _reference_hidden(result: AuditResult, analysis: Analysis, threshold: int) -> bool:
    """A withheld reference group hides every ratio: ratio x shown rate would reveal its rate."""
    return any(
        g.is_reference and not row_shown(result, analysis, g, threshold).selected
        for g in analysis.groups
    )


def count_text(value: int, *, lang: Lang, threshold: int | None) -> str:
    """A disclosed count such as the unknown rows: ``"< 5"`` when small, zero stays ``0``."""
    return format_int(value, lang) if value == 0 else _count(value, threshold, lang)


@dataclass(frozen=True, slots=True)
class AnalysisView:
    """One analysis as people read it: heading, rows, notes, summary and findings."""

    title: str
    attributes: str
    reference: str | None
    rows: list[GroupRow]
    columns: list[Column]
    notes: list[str] = field(default_factory=list)
    summary: str | None = None
    findings: list[str] = field(default_factory=list)
    suppressed_note: str | None = None

    def header(self, lang: Lang, *, rate_kind: str = "selection") -> list[str]:
        return [column_label(c, lang, rate_kind=rate_kind) for c in self.columns]

    def table(self) -> list[list[str]]:
        return [[row.cell(c) for c in self.columns] for row in self.rows]


def analysis_view(
    result: AuditResult,
    analysis: Analysis,
    lang: Lang,
    *,
    suppress_below: int | None = None,
    with_reference_finding: bool = True,
    columns: Sequence[Column] | None = None,
) -> AnalysisView:
    """Everything a front end shows of one analysis, in ``lang``.

    ``columns``: the columns this front end lays out (default: every column that has figures).
    The verdict goes in the notes unless the verdict column is among them.
    """
    spec = result.spec
    verdicts = any(g.verdict is not None for g in analysis.groups)
    shown = [
        c
        for c in (columns or COLUMNS)
        if (truth_known(analysis) or c not in ("tpr", "fpr"))
        and (verdicts or c not in VALIDITY_COLUMNS)
    ]
    rows = [
        group_row(
            g,
            analysis,
            result,
            lang=lang,
            suppress_below=suppress_below,
            verdict_column="verdict" in shown,
        )
        for g in analysis.groups
    ]
    key = "title.single" if len(analysis.attributes) == 1 else "title.intersection"
    attributes = attributes_label(analysis.attributes, spec)
    in_title = LABEL_JOIN.join(in_sentence(attribute_label(a, spec)) for a in analysis.attributes)
    reference = group_label(analysis.reference_group, spec) if analysis.reference_group else None

    any_suppressed = any(row.suppressed for row in rows)
    notes = [text("analysed", lang, count=analysis.n_analysed)]
    if analysis.unknown:
        unknown = count_text(analysis.unknown, lang=lang, threshold=suppress_below)
        notes.append(text("unknown", lang, count=unknown))
    if reference:
        notes.append(text("reference", lang, group=reference))
    small = [row.label for row in rows if row.small]
    if small:
        notes.append(text("small_groups", lang, groups=", ".join(small)))
    if analysis.withheld:  # issue 21: groups a stored run holds no figures of
        names = ", ".join(group_label(w.values, spec) for w in analysis.withheld)
        notes.append(text("withheld_groups", lang, groups=names))
    if not any_suppressed and analysis.demographic_parity_difference is not None:
        notes.append(
            text(
                "dp",
                lang,
                diff=format_points(analysis.demographic_parity_difference, lang, 1),
                ratio=format_number(analysis.demographic_parity_ratio, lang, 2),
            )
        )
    truth_hidden = suppress_below is not None and any(
        not row_shown(result, analysis, g, suppress_below).truth for g in analysis.groups
    )
    if not any_suppressed and not truth_hidden and analysis.equalized_odds_difference is not None:
        notes.append(
            text("eod", lang, value=format_points(analysis.equalized_odds_difference, lang, 1))
        )
    summary = analysis.summary.get(lang) if analysis.summary else None
    hidden = [g for row, g in zip(rows, analysis.groups, strict=True) if row.suppressed]
    # Conservative: drop the summary if it may name a suppressed group (all its labels occur).
    if summary and any(all(v in summary for v in _names(g, result)) for g in hidden):
        summary = None
    findings = [
        row.finding
        for row in rows
        if row.finding and (with_reference_finding or not row.reference or row.suppressed)
    ]
    suppressed_note = None
    if any_suppressed and suppress_below is not None:
        suppressed_note = text(
            "suppressed_note", lang, marker=marker(suppress_below), threshold=suppress_below
        )
    return AnalysisView(
        title=text(key, lang, attributes=in_title),
        attributes=attributes,
        reference=reference,
        rows=rows,
        columns=shown,
        notes=notes,
        summary=summary,
        findings=findings,
        suppressed_note=suppressed_note,
    )


def _names(group: GroupResult, result: AuditResult) -> list[str]:
    spec = result.spec
    return [spec.value_labels.get(c, {}).get(v, v) for c, v in group.values.items()]


def truth_known(analysis: Analysis) -> bool:
    """True when the analysis has ground-truth rates (TPR or FPR) to show."""
    return any(g.tpr is not None or g.fpr is not None for g in analysis.groups)


def overall_verdict(result: AuditResult, lang: Lang) -> str:
    """One sentence on the whole audit: adverse impact found in any group, or not."""
    return text("overall.adverse" if result.adverse_impact_found else "overall.fine", lang)


def chart_status(row: GroupRow, lang: Lang) -> str:
    """The legend entry of a group's bar: reference, above or below the four-fifths line."""
    if row.reference:
        return text("chart.reference", lang)
    return text("chart.below" if row.adverse else "chart.above", lang)

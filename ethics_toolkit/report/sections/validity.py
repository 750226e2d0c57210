# ruff: noqa: E501  (a text catalogue: long sentences read better unbroken)
"""The report's statistical-validity parts (issue 10): verdicts, within-job comparison, methods.

Per analysis a table of each group's impact ratio with its 95 % interval, the Holm-adjusted
p-value, the smallest detectable ratio and the verdict; with ``--stratify`` a table of the
Mantel-Haenszel comparison within the strata and its plain-language findings; and the method
section's list of every statistical method with one sentence and a reference each (Markdown prose
``report_statistical_methods``). Figures come from the shared presentation
(:mod:`ethics_toolkit.engine.presentation.views`), so small-cell suppression is the same as in the main
table: a figure that could reveal a hidden count is hidden too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ethics_toolkit.engine.models import Analysis, AuditResult
from ethics_toolkit.engine.presentation.labels import column_label, group_label
from ethics_toolkit.engine.presentation.suppression import HIDDEN
from ethics_toolkit.engine.presentation.views import NBSP, AnalysisView, verdict_label
from ethics_toolkit.engine.presentation.views import column_label as heading
from ethics_toolkit.i18n import Lang, format_int, format_number, format_p_value, prose
from ethics_toolkit.i18n.text import Bilingual, Catalogue
from ethics_toolkit.report.charts import verdict_legend
from ethics_toolkit.report.flow import CONTENT_WIDTH
from ethics_toolkit.report.story import Story, markdown_markup

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

HEADINGS = ("col.ratio_ci", "col.p_holm", "col.mdr", "col.verdict")
VERDICTS_SHOWN = (
    "adverse_significant", "adverse_not_significant", "insufficient_evidence", "below_line",
)  # fmt: skip

TEXTS = Catalogue(
    {
        "table.intro": Bilingual(
            sv="Bedömning per grupp. p-värdet är justerat med Holms metod för alla {m} jämförelser i granskningen. Minsta upptäckbara kvot: den kvot som granskningen med 80 % sannolikhet hade upptäckt; ligger den under 0,8 kan en skillnad vid fyrafemtedelsgränsen ha passerat obemärkt.",
            en="Verdict per group. The p-value is adjusted with Holm's method for all {m} comparisons in the audit. Smallest detectable ratio: the ratio the audit would have detected with 80% probability; below 0.8, a difference at the four-fifths line could have gone unseen.",
        ),
        "col.ratio_ci": Bilingual(
            sv="Kvot (95 % KI)",
            en="Impact ratio (95% CI)",
        ),
        "col.p_holm": Bilingual(
            sv="p-värde, justerat (Holm)",
            en="p-value, adjusted (Holm)",
        ),
        "col.mdr": Bilingual(
            sv="Minsta upptäckbara kvot",
            en="Smallest detectable ratio",
        ),
        "col.verdict": Bilingual(
            sv="Bedömning",
            en="Verdict",
        ),
        "strat.heading": Bilingual(
            sv="Inom samma {column}",
            en="Within the same {column}",
        ),
        "strat.intro": Bilingual(
            sv="Jämförelsen med referensgruppen görs också inom varje värde av {column} (Cochran–Mantel–Haenszel), så att skillnader i var grupperna sökte inte blandas ihop med hur de bedömdes. {strata} värden; {unknown} rader med okänt värde ingår inte. En oddskvot under 1 betyder att gruppen valdes mer sällan än referensgruppen inom samma {column}.",
            en="The comparison with the reference group is also made within each value of {column} (Cochran–Mantel–Haenszel), so that differences in where the groups applied are not mixed up with how they were assessed. {strata} values; {unknown} rows with an unknown value are left out. An odds ratio below 1 means the group was selected less often than the reference group within the same {column}.",
        ),
        "col.strata_used": Bilingual(
            sv="Jämförbara värden",
            en="Values compared",
        ),
        "col.mh": Bilingual(
            sv="MH-oddskvot (95 % KI)",
            en="MH odds ratio (95% CI)",
        ),
        "col.cmh_p": Bilingual(
            sv="CMH p-värde",
            en="CMH p-value",
        ),
        "col.bd_p": Bilingual(
            sv="Breslow–Day p-värde",
            en="Breslow–Day p-value",
        ),
        "col.reversed": Bilingual(
            sv="Omvänd riktning",
            en="Direction reversed",
        ),
        "yes": Bilingual(
            sv="ja",
            en="yes",
        ),
        "no": Bilingual(
            sv="nej",
            en="no",
        ),
        "suppressed": Bilingual(
            sv="dold",
            en="suppressed",
        ),
        "legend.below_line": Bilingual(
            sv="under fyra femtedelar av referensgruppen",
            en="below four-fifths of the reference group",
        ),
        "meth.stratum_generic": Bilingual(
            sv="stratum (till exempel tjänst)",
            en="stratum (for example the job)",
        ),
    }
)


def text(key: str, lang: Lang, /, **values: object) -> str:
    return TEXTS.text(key, lang, **values)


def legend_labels(verdicts: list[str | None], lang: Lang) -> dict[str, str]:
    """The chart legend of the verdicts that occur, in a fixed order."""
    return {
        v: text("legend.below_line", lang) if v == "below_line" else verdict_label(v, lang)  # type: ignore[arg-type]
        for v in VERDICTS_SHOWN
        if v in verdicts
    }


def chart_legend(verdicts: list[str | None], lang: Lang) -> Drawing | None:
    """A legend drawing for the chart's verdict markers, or None when none is shown."""
    labels = legend_labels(verdicts, lang)
    return verdict_legend(labels, width=CONTENT_WIDTH) if labels else None


def _p(p: float | None, lang: Lang) -> str:
    return format_p_value(p, lang).replace(" ", NBSP)


def verdict_table(story: Story, analysis: Analysis, view: AnalysisView, comparisons: int) -> None:
    """Ratio with its interval, Holm p, smallest detectable ratio and verdict per group."""
    lang = story.lang
    if not any(g.verdict is not None for g in analysis.groups):  # saved before issue 10
        return
    body = []
    for row in view.rows:
        ratio = row.ratio
        if row.ratio_ci != HIDDEN:
            ratio = f"{row.ratio} ({row.ratio_ci})"
        body.append([row.label, ratio, row.p_holm, row.min_detectable, row.verdict_text])
    story.para(text("table.intro", lang, m=format_int(comparisons, lang)), style="small")
    highlight = [
        i
        for i, row in enumerate(view.rows)
        if row.verdict == "adverse_significant" and not row.ratio_hidden
    ]
    story.table(
        [heading("group", lang), *(text(k, lang) for k in HEADINGS)],
        body,
        widths=(0.22, 0.2, 0.15, 0.15, 0.28),
        numeric=(1, 2, 3),
        highlight=highlight,
    )


def stratified_block(
    story: Story, result: AuditResult, analysis: Analysis, view: AnalysisView
) -> None:
    """The within-strata comparison: a table and its findings; suppressed groups are hidden."""
    stratified = analysis.stratified
    if stratified is None:
        return
    lang, spec = story.lang, result.spec
    hidden = {row.label for row in view.rows if row.suppressed or row.ratio_hidden}
    column = column_label(stratified.column, spec)
    story.lead(text("strat.heading", lang, column=column))
    story.para(
        text(
            "strat.intro",
            lang,
            column=column,
            strata=format_int(stratified.strata, lang),
            unknown=format_int(stratified.unknown_strata_rows, lang),
        ),
        style="small",
    )
    body, findings = [], []
    for entry in stratified.groups:
        label = group_label(entry.values, spec)
        if label in hidden:
            body.append([label, *([text("suppressed", lang)] + [HIDDEN] * 4)])
            continue
        mh = format_number(entry.mh_odds_ratio, lang, 2)
        if entry.mh_odds_ratio_ci is not None:
            low, high = (format_number(v, lang, 2) for v in entry.mh_odds_ratio_ci)
            mh = f"{mh} ({low}–{high})"
        body.append(
            [
                label,
                format_int(entry.strata_used, lang),
                mh,
                _p(entry.cmh_p_value, lang),
                _p(entry.breslow_day_p_value, lang),
                text("yes" if entry.pooled_direction_reversed else "no", lang),
            ]
        )
        if entry.finding is not None:
            findings.append(entry.finding.get(lang))
    if body:
        keys = ("col.strata_used", "col.mh", "col.cmh_p", "col.bd_p", "col.reversed")
        story.table(
            [heading("group", lang), *(text(k, lang) for k in keys)],
            body,
            widths=(0.22, 0.12, 0.22, 0.13, 0.16, 0.15),
            numeric=(1, 2, 3, 4),
        )
    if findings:
        story.bullets(findings)


def method_paragraphs(story: Story, *, stratum: str | None = None) -> None:
    """Every statistical method with one sentence and a reference (issue 10)."""
    lang = story.lang
    column = stratum or text("meth.stratum_generic", lang)
    story.lead(prose.title("report_statistical_methods", lang))
    for item in prose.paragraphs("report_statistical_methods", lang, column=column):
        story.para(markdown_markup(item.removeprefix("- ")), markup=True)

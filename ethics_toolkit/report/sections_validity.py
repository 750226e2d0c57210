"""The report's statistical-validity parts (issue 10): verdicts, within-job comparison, methods.

Per analysis a table of each group's impact ratio with its 95 % interval, the Holm-adjusted
p-value, the smallest detectable ratio and the verdict; with ``--stratify`` a table of the
Mantel-Haenszel comparison within the strata and its plain-language findings; and the method
section's list of every statistical method with one sentence and a reference each. Small-cell
suppression follows :mod:`ethics_toolkit.report.disclosure`: a figure that could reveal a hidden
count is hidden too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ethics_toolkit.engine.models import Analysis
from ethics_toolkit.i18n import Lang, format_int, format_number, format_p_value
from ethics_toolkit.i18n.text import Catalogue
from ethics_toolkit.report.charts import verdict_legend
from ethics_toolkit.report.disclosure import HIDDEN, NBSP, GroupRow, group_label
from ethics_toolkit.report.layout import CONTENT_WIDTH, Story, esc

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

VERDICTS_SHOWN = ("adverse_significant", "adverse_not_significant", "insufficient_evidence")

TEXTS = Catalogue.from_pairs(
    {
        "verdict.reference": ("referens", "reference"),
        "verdict.undetermined": ("obestämd", "undetermined"),
        "verdict.adverse_significant": (
            "under 4/5, sannolikt ingen slump",
            "below 4/5, unlikely to be chance",
        ),
        "verdict.adverse_not_significant": (
            "under 4/5, kan vara slump (varning)",
            "below 4/5, could be chance (warning)",
        ),
        "verdict.insufficient_evidence": ("för få för att avgöra", "too few to tell"),
        "verdict.no_adverse_impact": ("inte under 4/5", "no adverse impact"),
        "table.intro": (
            "Bedömning per grupp. p-värdet är justerat med Holms metod för alla {m} jämförelser i "
            "granskningen. Minsta upptäckbara kvot: den kvot som granskningen med 80 % sannolikhet "
            "hade upptäckt; ligger den under 0,8 kan en skillnad vid fyrafemtedelsgränsen ha "
            "passerat obemärkt.",
            "Verdict per group. The p-value is adjusted with Holm's method for all {m} "
            "comparisons in the audit. Smallest detectable ratio: the ratio the audit would have "
            "detected with 80% probability; below 0.8, a difference at the four-fifths line could "
            "have gone unseen.",
        ),
        "col.group": ("Grupp", "Group"),
        "col.ratio_ci": ("Kvot (95 % KI)", "Impact ratio (95% CI)"),
        "col.p_holm": ("p-värde, justerat (Holm)", "p-value, adjusted (Holm)"),
        "col.mdr": ("Minsta upptäckbara kvot", "Smallest detectable ratio"),
        "col.verdict": ("Bedömning", "Verdict"),
        "strat.heading": ("Inom samma {column}", "Within the same {column}"),
        "strat.intro": (
            "Jämförelsen med referensgruppen görs också inom varje värde av {column} "
            "(Cochran–Mantel–Haenszel), så att skillnader i var grupperna sökte inte blandas "
            "ihop med hur de bedömdes. {strata} värden; {unknown} rader med okänt värde ingår "
            "inte. En oddskvot under 1 betyder att gruppen valdes mer sällan än referensgruppen "
            "inom samma {column}.",
            "The comparison with the reference group is also made within each value of {column} "
            "(Cochran–Mantel–Haenszel), so that differences in where the groups applied are not "
            "mixed up with how they were assessed. {strata} values; {unknown} rows with an "
            "unknown value are left out. An odds ratio below 1 means the group was selected less "
            "often than the reference group within the same {column}.",
        ),
        "col.strata_used": ("Jämförbara värden", "Values compared"),
        "col.mh": ("MH-oddskvot (95 % KI)", "MH odds ratio (95% CI)"),
        "col.cmh_p": ("CMH p-värde", "CMH p-value"),
        "col.bd_p": ("Breslow–Day p-värde", "Breslow–Day p-value"),
        "col.reversed": ("Omvänd riktning", "Direction reversed"),
        "yes": ("ja", "yes"),
        "no": ("nej", "no"),
        "suppressed": ("dold", "suppressed"),
        "meth.heading": ("Statistiska metoder", "Statistical methods"),
        "meth.items": (
            "<b>Wilsons intervall</b> för andelen valda: ett 95-procentigt konfidensintervall "
            "som fungerar även för små grupper och andelar nära 0 eller 1 (Wilson 1927, J. Am. "
            "Stat. Assoc. 22:209).\n"
            "<b>Katz logaritmiska intervall</b> för kvoten mellan två andelar (med 0,5 tillagt i "
            "varje cell när någon grupp har 0 valda) (Katz m.fl. 1978, Biometrics 34:469).\n"
            "<b>Fishers exakta test</b>, tvåsidigt, av gruppens 2×2-tabell mot referensgruppen "
            "ger p-värdet (Fisher 1935, J. R. Stat. Soc. 98:39).\n"
            "<b>Holms metod</b> justerar p-värdena för alla jämförelser i granskningen (alla "
            "grupper utom referensen i alla analyser; varje period för sig), så att en enstaka "
            "låg p-siffra bland många inte övertolkas (Holm 1979, Scand. J. Stat. 6:65).\n"
            "<b>Minsta upptäckbara kvot</b>: med arcsin-transformen (Cohens h) och "
            "normalapproximationen (statsmodels NormalIndPower) beräknas den andel under "
            "referensgruppens som ett tvåsidigt test på 5 %-nivån upptäcker med 80 % styrka, "
            "givet gruppens och referensgruppens storlek; kvoten är den andelen delad med "
            "referensandelen (0 när inte ens 0 valda skulle upptäckas) (Cohen 1988, Statistical "
            "Power Analysis, kap. 6).\n"
            "<b>Cochran–Mantel–Haenszels test</b> (utan kontinuitetskorrektion) prövar om "
            "gruppen och referensgruppen valdes lika ofta inom samma {column}; värden där någon "
            "grupp saknas eller där alla eller ingen valdes ger ingen information och utelämnas "
            "(Cochran 1954, Biometrics 10:417; Mantel och Haenszel 1959, J. Natl. Cancer Inst. "
            "22:719).\n"
            "<b>Mantel–Haenszels oddskvot</b> sammanfattar skillnaden inom värdena i en "
            "gemensam oddskvot, med Robins–Breslow–Greenlands konfidensintervall (Robins m.fl. "
            "1986, Biometrics 42:311).\n"
            "<b>Breslow–Days test</b> (utan Tarones justering) prövar om oddskvoten är densamma i "
            "alla värden; ett lågt p-värde betyder att en gemensam oddskvot sammanfattar dem "
            "dåligt (Breslow och Day 1980, Statistical Methods in Cancer Research I, IARC).",
            "<b>Wilson score interval</b> for the selection rate: a 95% confidence interval that "
            "behaves well for small groups and rates near 0 or 1 (Wilson 1927, J. Am. Stat. "
            "Assoc. 22:209).\n"
            "<b>Katz log interval</b> for the ratio of two rates (0.5 added to every cell when a "
            "group has nobody selected) (Katz et al. 1978, Biometrics 34:469).\n"
            "<b>Fisher's exact test</b>, two-sided, of the group's 2×2 table against the "
            "reference group gives the p-value (Fisher 1935, J. R. Stat. Soc. 98:39).\n"
            "<b>Holm's method</b> adjusts the p-values for every comparison in the audit (every "
            "non-reference group of every analysis; each period on its own), so that one low "
            "p-value among many is not over-read (Holm 1979, Scand. J. Stat. 6:65).\n"
            "<b>Smallest detectable ratio</b>: with the arcsine transform (Cohen's h) and the "
            "normal approximation (statsmodels NormalIndPower), the rate below the reference "
            "group's that a two-sided test at the 5% level detects with 80% power, given the "
            "group's and the reference group's sizes; the ratio is that rate divided by the "
            "reference rate (0 when not even nobody selected would be detected) (Cohen 1988, "
            "Statistical Power Analysis, ch. 6).\n"
            "<b>Cochran–Mantel–Haenszel test</b> (no continuity correction) of whether the group "
            "and the reference group were selected equally often within the same {column}; "
            "values where either group is missing, or where everybody or nobody was selected, "
            "carry no information and are left out (Cochran 1954, Biometrics 10:417; Mantel and "
            "Haenszel 1959, J. Natl. Cancer "
            "Inst. 22:719).\n"
            "<b>Mantel–Haenszel odds ratio</b> summarises the within-value difference as one "
            "common odds ratio, with the Robins–Breslow–Greenland confidence interval (Robins et "
            "al. 1986, Biometrics 42:311).\n"
            "<b>Breslow–Day test</b> (no Tarone adjustment) of whether the odds ratio is the same "
            "in every value; a low p-value means one common odds ratio summarises them poorly "
            "(Breslow and Day 1980, Statistical Methods in Cancer Research I, IARC).",
        ),
        "meth.stratum_generic": ("ett stratum (t.ex. tjänst)", "a stratum (e.g. job)"),
    }
)


def text(key: str, lang: Lang, /, **values: object) -> str:
    return TEXTS.text(key, lang, **values)


def verdict_label(verdict: str, lang: Lang) -> str:
    return text(f"verdict.{verdict}", lang)


def legend_labels(verdicts: list[str | None], lang: Lang) -> dict[str, str]:
    """The chart legend of the verdicts that occur, in a fixed order."""
    return {v: verdict_label(v, lang) for v in VERDICTS_SHOWN if v in verdicts}


def chart_legend(verdicts: list[str | None], lang: Lang) -> Drawing | None:
    """A legend drawing for the chart's verdict markers, or None when none is shown."""
    labels = legend_labels(verdicts, lang)
    return verdict_legend(labels, width=CONTENT_WIDTH) if labels else None


def _p(p: float | None, lang: Lang) -> str:
    return format_p_value(p, lang).replace(" ", NBSP)


def verdict_table(story: Story, analysis: Analysis, rows: list[GroupRow], comparisons: int) -> None:
    """Ratio with its interval, Holm p, smallest detectable ratio and verdict per group."""
    lang = story.lang
    if not any(g.verdict for g in analysis.groups):
        return
    body = []
    for row, g in zip(rows, analysis.groups, strict=True):
        ratio = mdr = p_holm = verdict = HIDDEN
        if not row.ratio_hidden:
            verdict = verdict_label(g.verdict, lang) if g.verdict else HIDDEN
            if g.impact_ratio is not None and not g.is_reference and g.impact_ratio_ci:
                low, high = (format_number(v, lang, 2) for v in g.impact_ratio_ci)
                ratio = f"{format_number(g.impact_ratio, lang, 2)} ({low}–{high})"
            elif g.impact_ratio is not None:
                ratio = format_number(g.impact_ratio, lang, 2)
        if not row.suppressed and not g.is_reference:
            p_holm = _p(g.p_value_holm, lang)
            if not row.ratio_hidden and g.min_detectable_ratio is not None:
                mdr = format_number(g.min_detectable_ratio, lang, 2)
        body.append([row.label, ratio, p_holm, mdr, verdict])
    story.para(text("table.intro", lang, m=format_int(comparisons, lang)), style="small")
    highlight = [
        i
        for i, (row, g) in enumerate(zip(rows, analysis.groups, strict=True))
        if g.verdict == "adverse_significant" and not row.ratio_hidden
    ]
    story.table(
        [text(k, lang) for k in ("col.group", "col.ratio_ci", "col.p_holm", "col.mdr")]
        + [text("col.verdict", lang)],
        body,
        widths=(0.22, 0.2, 0.15, 0.15, 0.28),
        numeric=(1, 2, 3),
        highlight=highlight,
    )


def stratified_block(story: Story, analysis: Analysis, rows: list[GroupRow]) -> None:
    """The within-strata comparison: a table and its findings; suppressed groups are hidden."""
    stratified = analysis.stratified
    if stratified is None:
        return
    lang = story.lang
    hidden = {
        group_label(g.values)
        for row, g in zip(rows, analysis.groups, strict=True)
        if row.suppressed or row.ratio_hidden
    }
    story.para(f"<b>{esc(text('strat.heading', lang, column=stratified.column))}</b>", markup=True)
    story.para(
        text(
            "strat.intro",
            lang,
            column=stratified.column,
            strata=format_int(stratified.strata, lang),
            unknown=format_int(stratified.unknown_strata_rows, lang),
        ),
        style="small",
    )
    body, findings = [], []
    for entry in stratified.groups:
        label = group_label(entry.values)
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
        keys = ("col.group", "col.strata_used", "col.mh", "col.cmh_p", "col.bd_p", "col.reversed")
        story.table(
            [text(k, lang) for k in keys],
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
    story.para(f"<b>{esc(text('meth.heading', lang))}</b>", markup=True)
    for item in TEXTS["meth.items"].get(lang).split("\n"):
        story.para(item.replace("{column}", esc(column)), markup=True)

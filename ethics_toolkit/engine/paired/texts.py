# ruff: noqa: E501  (a text catalogue: long sentences read better unbroken)
"""What a paired test's figures say, in Swedish and English: labels, findings, table headings.

One place for the words the CLI, the app and the PDF all show, as ``engine/presentation`` is for
the log audit. The verdict words themselves are the log audit's (``presentation.verdict_label``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ethics_toolkit.i18n import LANGS, Lang, format_int, format_number, format_p_value
from ethics_toolkit.i18n.text import Bilingual, Catalogue, Plural

if TYPE_CHECKING:
    from ethics_toolkit.engine.paired.models import Contrast

ATTRIBUTE_LABELS: dict[str, Bilingual] = {
    "gender": Bilingual(sv="Kön (förnamnet)", en="Gender (the first name)"),
    "origin": Bilingual(sv="Ursprung (namnet)", en="Origin (the name)"),
    "age": Bilingual(sv="Ålder (födelseåret)", en="Age (the birth year)"),
    "gap": Bilingual(sv="Föräldraledighet i CV:t", en="Parental leave in the CV"),
}
VALUE_LABELS: dict[str, Bilingual] = {
    "woman": Bilingual(sv="Kvinna", en="Woman"),
    "man": Bilingual(sv="Man", en="Man"),
    "non_european": Bilingual(sv="Utomeuropeiskt", en="Non-European"),
    "swedish": Bilingual(sv="Svenskt", en="Swedish"),
    "older": Bilingual(sv="Äldre (56 år)", en="Older (56)"),
    "younger": Bilingual(sv="Yngre (31 år)", en="Younger (31)"),
    "parental_leave": Bilingual(sv="Föräldraledig ett år", en="A year of parental leave"),
    "none": Bilingual(sv="Ingen lucka", en="No gap"),
}
"""Short labels for tables and charts."""
VALUE_PHRASES: dict[str, Bilingual] = {
    "woman": Bilingual(sv="kvinnonamn", en="a woman's name"),
    "man": Bilingual(sv="mansnamn", en="a man's name"),
    "non_european": Bilingual(sv="utomeuropeiskt namn", en="a non-European name"),
    "swedish": Bilingual(sv="svenskt namn", en="a Swedish name"),
    "older": Bilingual(sv="födelseåret för en 56-åring", en="the birth year of a 56-year-old"),
    "younger": Bilingual(sv="födelseåret för en 31-åring", en="the birth year of a 31-year-old"),
    "parental_leave": Bilingual(sv="ett år av föräldraledighet", en="a year of parental leave"),
    "none": Bilingual(sv="ett vikariat samma år", en="a temporary job in the same year"),
}
"""The same values inside a sentence: "CVs with {phrase}"."""
CAUSES: dict[str, Bilingual] = {
    "gender": Bilingual(sv="förnamnets kön", en="the gender of the first name"),
    "origin": Bilingual(sv="vilket ursprung namnet signalerar", en="the origin the name signals"),
    "age": Bilingual(sv="födelseåret", en="the birth year"),
    "gap": Bilingual(sv="föräldraledigheten", en="the parental leave"),
}

VERDICT_LABELS: dict[str, Bilingual] = {
    "adverse_significant": Bilingual(
        sv="skillnad, knappast slumpen", en="difference, unlikely to be chance"
    ),
    "adverse_not_significant": Bilingual(
        sv="skillnad, kan vara slumpen", en="difference, could be chance"
    ),
    "insufficient_evidence": Bilingual(sv="för få par för att se", en="too few pairs to tell"),
    "no_adverse_impact": Bilingual(
        sv="ingen skillnad av betydelse", en="no difference that matters"
    ),
    "undetermined": Bilingual(sv="kan inte bedömas", en="cannot be assessed"),
}
"""The log audit's verdicts as a paired test reads them (the JSON keeps the shared words)."""

COLUMN_LABELS: dict[str, Bilingual] = {
    "contrast": Bilingual(sv="Jämförelse", en="Contrast"),
    "pairs": Bilingual(sv="Par", en="Pairs"),
    "mean": Bilingual(sv="Medelskillnad", en="Mean difference"),
    "ci": Bilingual(sv="95 % KI", en="95% CI"),
    "wilcoxon": Bilingual(sv="Wilcoxon p", en="Wilcoxon p"),
    "effect": Bilingual(sv="d_z", en="d_z"),
    "discordant": Bilingual(sv="Bara ena vidare", en="Only one selected"),
    "mcnemar": Bilingual(sv="McNemar p", en="McNemar p"),
    "ratio": Bilingual(sv="Kvot", en="Ratio"),
    "holm": Bilingual(sv="p (Holm)", en="p (Holm)"),
    "verdict": Bilingual(sv="Bedömning", en="Verdict"),
}
"""The headings of a paired test's table, the same in the CLI, the app and the PDF."""

TEXTS = Catalogue(
    {
        "points": Bilingual(sv="{value} poäng", en="{value} points"),
        "pp": Bilingual(sv="{value} procentenheter", en="{value} percentage points"),
        "places": Bilingual(sv="{value} platser", en="{value} places"),
        "rank.lower": Bilingual(
            sv="CV:n med {worse} rangordnades i snitt {amount} längre ner än samma CV:n med {better} (95 % konfidensintervall för skillnaden {low} till {high}; {pairs}).",
            en="CVs with {worse} were ranked on average {amount} lower than the same CVs with {better} (95% confidence interval of the difference {low} to {high}; {pairs}).",
        ),
        "rank.same": Bilingual(
            sv="CV:n med {level} och samma CV:n med {baseline} rangordnades i snitt lika ({pairs}).",
            en="CVs with {level} and the same CVs with {baseline} were ranked the same on average ({pairs}).",
        ),
        "score.lower": Bilingual(
            sv="CV:n med {worse} fick i snitt {amount} lägre än samma CV:n med {better} (95 % konfidensintervall för skillnaden {low} till {high}; {pairs}).",
            en="CVs with {worse} got on average {amount} less than the same CVs with {better} (95% confidence interval of the difference {low} to {high}; {pairs}).",
        ),
        "score.same": Bilingual(
            sv="CV:n med {level} och samma CV:n med {baseline} fick i snitt samma poäng ({pairs}).",
            en="CVs with {level} and the same CVs with {baseline} got the same score on average ({pairs}).",
        ),
        "decision.lower": Bilingual(
            sv="CV:n med {worse} gick vidare i {rate_worse} av paren, samma CV:n med {better} i {rate_better} (95 % konfidensintervall för skillnaden {low} till {high} procentenheter; {pairs}).",
            en="CVs with {worse} were selected in {rate_worse} of the pairs, the same CVs with {better} in {rate_better} (95% confidence interval of the difference {low} to {high} percentage points; {pairs}).",
        ),
        "decision.same": Bilingual(
            sv="CV:n med {level} och samma CV:n med {baseline} gick vidare lika ofta ({pairs}).",
            en="CVs with {level} and the same CVs with {baseline} were selected equally often ({pairs}).",
        ),
        "decisions": Bilingual(
            sv="Besluten: CV:n med {level_label} gick vidare i {rate_level}, med {baseline_label} i {rate_baseline} (kvot {ratio}). I {discordant} gick bara det ena CV:t vidare (med {level_label}: {b}, med {baseline_label}: {c}; McNemars test {p}).",
            en="The decisions: CVs with {level_label} were selected in {rate_level}, with {baseline_label} in {rate_baseline} (ratio {ratio}). In {discordant} only one of the two CVs was selected (with {level_label}: {b}, with {baseline_label}: {c}; McNemar's test {p}).",
        ),
        "verdict.adverse_significant": Bilingual(
            sv="Skillnaden beror sannolikt inte på slumpen (Holm-justerat {p}): verktyget bedömer likadana CV:n olika bara på grund av {cause}.",
            en="The difference is unlikely to be chance (Holm-adjusted {p}): the tool judges identical CVs differently only because of {cause}.",
        ),
        "verdict.adverse_not_significant": Bilingual(
            sv="Skillnaden är stor nog att ta på allvar men kan bero på slumpen (Holm-justerat {p}). Testa igen med fler grund-CV:n{needed}.",
            en="The difference is large enough to take seriously but could be chance (Holm-adjusted {p}). Test again with more base CVs{needed}.",
        ),
        "verdict.insufficient_evidence": Bilingual(
            sv="För få par för att se en skillnad på {concern}: med {pairs} par syns först en skillnad på omkring {detectable}{needed}.",
            en="Too few pairs to see a difference of {concern}: with {pairs} pairs only a difference of about {detectable} would show{needed}.",
        ),
        "verdict.no_adverse_impact": Bilingual(
            sv="Ingen skillnad av betydelse: en skillnad på {concern} hade sannolikt synts (styrka {power}).",
            en="No difference that matters: a difference of {concern} would probably have shown (power {power}).",
        ),
        "verdict.undetermined": Bilingual(
            sv="För få par för att räkna ({pairs}; minst 2 behövs).",
            en="Too few pairs to compute ({pairs}; at least 2 are needed).",
        ),
        "pairs": Plural(
            one=Bilingual(sv="{count} par", en="{count} pair"),
            other=Bilingual(sv="{count} par", en="{count} pairs"),
        ),
        "p": Bilingual(sv="p = {p}", en="p = {p}"),
        "p_below": Bilingual(sv="p {p}", en="p {p}"),
        "needed": Bilingual(sv=" ({count} grund-CV:n behövs)", en=" ({count} base CVs are needed)"),
        "needed_plain": Bilingual(
            sv="; omkring {count} grund-CV:n behövs", en="; about {count} base CVs are needed"
        ),
    }
)


def attribute_label(attribute: str, lang: Lang) -> str:
    return ATTRIBUTE_LABELS[attribute].get(lang)


def column_label(column: str, lang: Lang) -> str:
    return COLUMN_LABELS[column].get(lang)


def contrast_label(level: str, baseline: str, lang: Lang) -> str:
    """``Utomeuropeiskt – Svenskt``: the two values a contrast compares."""
    return f"{value_label(level, lang)} – {value_label(baseline, lang)}"


def verdict_label(verdict: str, lang: Lang) -> str:
    return VERDICT_LABELS[verdict].get(lang)


def value_label(value: str, lang: Lang) -> str:
    return VALUE_LABELS[value].get(lang)


def amount(value: float, measure: str, lang: Lang) -> str:
    """A difference in the measure's unit: ``3,2 poäng`` or ``12,5 procentenheter``."""
    if measure == "decision":
        return TEXTS.text("pp", lang, value=format_number(value * 100, lang, 1))
    if measure == "rank":
        return TEXTS.text("places", lang, value=format_number(value, lang, 1))
    return TEXTS.text("points", lang, value=format_number(value, lang, 1))


def p_text(p: float | None, lang: Lang) -> str:
    """``p = 0,38`` or ``p < 0,001`` (never ``p = < 0,001``)."""
    shown = format_p_value(p, lang)
    return TEXTS.text("p_below" if shown.startswith("<") else "p", lang, p=shown)


def _pairs(count: int, lang: Lang) -> str:
    return TEXTS.text("pairs", lang, count=count)


def _rate(rate: float | None, lang: Lang) -> str:
    from ethics_toolkit.i18n import format_percent

    return format_percent(rate, lang, 0)


def _sentences(contrast: Contrast, lang: Lang) -> str:
    c = contrast
    phrase = {v: VALUE_PHRASES[v].get(lang) for v in (c.level, c.baseline)}
    if c.verdict == "undetermined" or c.mean_difference is None:
        return TEXTS.text("verdict.undetermined", lang, pairs=format_int(c.pairs, lang))
    parts = []
    worse = c.worse if c.mean_difference != 0 else None
    if worse is None:
        key = f"{c.measure}.same"
        parts.append(
            TEXTS.text(
                key,
                lang,
                level=phrase[c.level],
                baseline=phrase[c.baseline],
                pairs=_pairs(c.pairs, lang),
            )
        )
    else:
        better = c.baseline if worse == c.level else c.level
        # The interval of the worse side's shortfall (positive: it fared worse).
        if worse == c.level:
            low, high = -(c.ci_high or 0.0), -(c.ci_low or 0.0)
        else:
            low, high = c.ci_low or 0.0, c.ci_high or 0.0
        unit = 100 if c.measure == "decision" else 1
        values = {
            "worse": phrase[worse],
            "better": phrase[better],
            "amount": amount(abs(c.mean_difference), c.measure, lang),
            "low": format_number(low * unit, lang, 1),
            "high": format_number(high * unit, lang, 1),
            "pairs": _pairs(c.pairs, lang),
        }
        if c.measure == "decision":
            rates = {c.level: c.mean_level, c.baseline: c.mean_baseline}
            values |= {"rate_worse": _rate(rates[worse], lang), "rate_better": _rate(rates[better], lang)}  # fmt: skip
            parts.append(TEXTS.text("decision.lower", lang, **values))
        else:
            parts.append(TEXTS.text(f"{c.measure}.lower", lang, **values))
    if c.mcnemar_b is not None and c.measure != "decision":
        parts.append(
            TEXTS.text(
                "decisions",
                lang,
                level_label=phrase[c.level],
                baseline_label=phrase[c.baseline],
                rate_level=_rate(c.rate_level, lang),
                rate_baseline=_rate(c.rate_baseline, lang),
                ratio=format_number(c.selection_ratio, lang),
                discordant=_pairs(c.mcnemar_b + (c.mcnemar_c or 0), lang),
                b=format_int(c.mcnemar_b, lang),
                c=format_int(c.mcnemar_c, lang),
                p=p_text(c.mcnemar_p, lang),
            )
        )
    parts.append(_verdict_sentence(c, lang))
    return " ".join(parts)


def _verdict_sentence(c: Contrast, lang: Lang) -> str:
    concern = amount(c.difference_of_concern, c.measure, lang)
    key = "needed_plain" if c.verdict == "insufficient_evidence" else "needed"
    count = format_int(c.base_cvs_needed, lang)
    needed = TEXTS.text(key, lang, count=count) if c.base_cvs_needed else ""
    return TEXTS.text(
        f"verdict.{c.verdict}",
        lang,
        p=p_text(c.p_value_holm, lang),
        cause=CAUSES[c.attribute].get(lang),
        needed=needed,
        concern=concern,
        pairs=format_int(c.pairs, lang),
        detectable=amount(c.min_detectable_difference or 0.0, c.measure, lang),
        power=format_number(c.power, lang),
    )


def finding(contrast: Contrast, attributes: int) -> Bilingual:
    """The plain-language finding of one contrast, in both languages."""
    del attributes  # the base CVs needed are already in the contrast
    texts = {lang: _sentences(contrast, lang) for lang in LANGS}
    return Bilingual(sv=texts["sv"], en=texts["en"])

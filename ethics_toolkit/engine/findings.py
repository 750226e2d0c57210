"""Figures -> plain-language findings in Swedish and English, for readers without statistics.

Each group gets one finding: how its rate compares with the reference group, whether that is below
the four-fifths threshold, and whether the difference is likely to be chance (two-sided Fisher
exact test at the 5 % level), worded honestly for small groups and non-significant results. Each
analysis gets a short summary. Numbers are formatted per language by :mod:`ethics_toolkit.i18n`
(decimal comma in Swedish). The templates are module constants (:data:`TEXTS`).
"""

from __future__ import annotations

from typing import Literal

from ethics_toolkit.engine.models import Analysis, AuditResult, GroupResult
from ethics_toolkit.i18n import Lang, format_int, format_number, format_p_value, format_percent
from ethics_toolkit.i18n.text import Bilingual, Catalogue

RateKind = Literal["selection", "scoring"]
Judgement = Literal["adverse", "too_little", "fine"]
SIGNIFICANCE_LEVEL = 0.05
MIN_ROWS_TO_JUDGE = 30
"""Fewer known rows than this in an analysis: too little data to judge any comparison (issue 9)."""
MIN_GROUP_TO_JUDGE = 5
"""A comparison where the group or the reference group has fewer people: too few to judge."""

_TEXTS: dict[str, Bilingual] = {
    "who": Bilingual(sv="sökande med {parts}", en="applicants with {parts}"),
    "part": Bilingual(sv='{attribute} "{value}"', en='{attribute} "{value}"'),
    "and": Bilingual(sv=" och ", en=" and "),
    "verb_selection": Bilingual(sv="valdes ut", en="were selected"),
    "verb_scoring": Bilingual(sv="fick poäng över medianen", en="scored above the median"),
    "rate_selection": Bilingual(sv="urvalsandel", en="selection rate"),
    "rate_scoring": Bilingual(sv="andel över medianen", en="share scoring above the median"),
    "compare": Bilingual(
        sv="{who} {verb} {ratio} gånger så ofta som {ref} ({rate} mot {ref_rate}).",
        en="{who} {verb} at {ratio} times the rate of {ref} ({rate} vs {ref_rate}).",
    ),
    "adverse_significant": Bilingual(
        sv="Det är under fyrafemtedelsgränsen och sannolikt ingen slump (p {p}).",
        en="This is below the four-fifths threshold and unlikely to be chance (p {p}).",
    ),
    "adverse_chance": Bilingual(
        sv="Det är under fyrafemtedelsgränsen, men skillnaden kan vara en slump (p {p}): se "
        "det som en varningssignal snarare än ett bevis.",
        en="This is below the four-fifths threshold, but the difference could be chance "
        "(p {p}): treat it as a warning sign rather than proof.",
    ),
    "fine_significant": Bilingual(
        sv="Det är över fyrafemtedelsgränsen, men skillnaden är sannolikt ingen slump (p {p}); "
        "håll ett öga på den.",
        en="This is above the four-fifths threshold, but the difference is unlikely to be "
        "chance (p {p}); keep an eye on it.",
    ),
    "fine_chance": Bilingual(
        sv="Det är över fyrafemtedelsgränsen och skillnaden kan vara en slump (p {p}).",
        en="This is above the four-fifths threshold and the difference could be chance (p {p}).",
    ),
    "higher": Bilingual(
        sv="Det är inte lägre än referensgruppen (p {p}).",
        en="That is not lower than the reference group (p {p}).",
    ),
    "shortfall": Bilingual(
        sv="För att nå fyra femtedelar hade gruppen behövt {k} fler {unit}.",
        en="Reaching four-fifths would have taken {k} more {unit} in this group.",
    ),
    "unit_selection": Bilingual(sv="valda sökande", en="selected applicants"),
    "unit_selection_one": Bilingual(sv="vald sökande", en="selected applicant"),
    "unit_scoring": Bilingual(sv="sökande över medianen", en="applicants above the median"),
    "unit_scoring_one": Bilingual(sv="sökande över medianen", en="applicant above the median"),
    "reference": Bilingual(
        sv="{who} hade högst {rate_name} ({rate}, {s} av {n}) och är referensgruppen som de "
        "andra jämförs med.",
        en="{who} had the highest {rate_name} ({rate}, {s} of {n}) and are the reference group "
        "the others are compared with.",
    ),
    "undefined": Bilingual(
        sv="Ingen i referensgruppen {ref} {verb}, så kvoterna kan inte beräknas; {who} hade "
        "{rate} ({s} av {n}).",
        en="Nobody in the reference group {ref} {verb}, so impact ratios cannot be computed; "
        "{who} had {rate} ({s} of {n}).",
    ),
    "small": Bilingual(
        sv="Gruppen är liten ({n} sökande, {share} av de analyserade), så siffrorna är osäkra: "
        "med {level} säkerhet ligger andelen mellan {low} och {high}.",
        en="The group is small ({n} applicants, {share} of those analysed), so its figures are "
        "uncertain: with {level} confidence its rate lies between {low} and {high}.",
    ),
    "summary_adverse": Bilingual(
        sv="Efter {attributes}: {k} av {m} grupper ligger under fyrafemtedelsgränsen "
        "(negativ särbehandling): {groups}.",
        en="By {attributes}: {k} of {m} groups are below the four-fifths threshold "
        "(adverse impact): {groups}.",
    ),
    "summary_fine": Bilingual(
        sv="Efter {attributes}: ingen grupp ligger under fyrafemtedelsgränsen; den lägsta "
        "kvoten är {ratio}.",
        en="By {attributes}: no group is below the four-fifths threshold; the lowest impact "
        "ratio is {ratio}.",
    ),
    "summary_undefined": Bilingual(
        sv="Efter {attributes}: ingen i referensgruppen valdes ut, så inga kvoter.",
        en="By {attributes}: nobody in the reference group was selected, so no impact ratios.",
    ),
    "too_little_log": Bilingual(
        sv="Det finns för lite data för att bedöma detta: bara {n} personer med känt värde "
        "ingår (minst {minimum} behövs). Se siffrorna som en beskrivning, inte som ett resultat, "
        "och samla in fler beslut innan ni drar slutsatser.",
        en="There is too little data to judge this: only {n} people with a known value are "
        "included (at least {minimum} are needed). Read the figures as a description, not a "
        "finding, and collect more decisions before drawing conclusions.",
    ),
    "too_little_group": Bilingual(
        sv="Det är för få personer för att bedöma jämförelsen: {who} är bara {n} (minst "
        "{minimum} behövs). Se siffrorna som en beskrivning, inte som ett resultat.",
        en="There are too few people to judge this comparison: {who} are only {n} (at least "
        "{minimum} are needed). Read the figures as a description, not a finding.",
    ),
    "summary_too_little": Bilingual(
        sv="Efter {attributes}: för lite data för att bedöma ({n} personer med känt värde, "
        "minst {minimum} behövs).",
        en="By {attributes}: too little data to judge ({n} people with a known value, at "
        "least {minimum} are needed).",
    ),
    "summary_caution": Bilingual(
        sv="Efter {attributes}: ingen grupp med tillräckligt många personer ligger under "
        "fyrafemtedelsgränsen; {groups} ligger under den men har för få personer för att "
        "bedömas.",
        en="By {attributes}: no group with enough people is below the four-fifths threshold; "
        "{groups} are below it but have too few people to judge.",
    ),
    "summary_too_few": Bilingual(
        sv=" Under gränsen men för få för att bedöma: {groups}.",
        en=" Below the threshold but too few to judge: {groups}.",
    ),
    "caution_log": Bilingual(
        sv="För lite data för att bedöma: bara {n} beslut med känt utfall och känd grupp (minst "
        "{minimum} behövs). Siffrorna visas, men de kan inte visa om verktyget behandlar grupper "
        "olika.",
        en="Too little data to judge: only {n} decisions with a known outcome and group (at least "
        "{minimum} are needed). The figures are shown, but they cannot show whether the tool "
        "treats groups differently.",
    ),
    "caution_groups": Bilingual(
        sv="Grupperna under fyrafemtedelsgränsen ({groups}) har för få personer för att "
        "bedömas (minst {minimum} per grupp behövs). Se det som en anledning att följa upp, "
        "inte som ett resultat.",
        en="The groups below the four-fifths threshold ({groups}) have too few people to judge "
        "(at least {minimum} per group are needed). Treat this as a reason to follow up, not as "
        "a finding.",
    ),
    "summary_reference": Bilingual(
        sv=" Referensgrupp: {ref} ({rate}).", en=" Reference group: {ref} ({rate})."
    ),
    "summary_unknown": Bilingual(
        sv=" {k} sökande med okänd {attributes} lämnades utanför.",
        en=" {k} applicants with unknown {attributes} were left out.",
    ),
    "summary_small": Bilingual(
        sv=" Små grupper med osäkra siffror: {groups}.",
        en=" Small groups with uncertain figures: {groups}.",
    ),
}


TEXTS = Catalogue(_TEXTS)


def _t(key: str, lang: Lang, **fields: object) -> str:
    return TEXTS.text(key, lang, **fields)


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _who(values: dict[str, str], lang: Lang) -> str:
    parts = [_t("part", lang, attribute=a, value=v) for a, v in values.items()]
    return _t("who", lang, parts=TEXTS["and"].get(lang).join(parts))


def group_label(values: dict[str, str]) -> str:
    """A group's values for tables and lists: ``Woman × Sweden``."""
    return " × ".join(values.values())


def _p(p: float | None, lang: Lang) -> str:
    text = format_p_value(p, lang)
    return text if text.startswith("<") else f"= {text}"


def _rates(rate: float, other: float, lang: Lang) -> tuple[str, str]:
    decimals = 0 if min(rate, other) >= 0.1 else 1
    return format_percent(rate, lang, decimals), format_percent(other, lang, decimals)


def too_little_data(group: GroupResult, reference: GroupResult, *, n_analysed: int) -> bool:
    """Too little data to judge this comparison (:data:`MIN_ROWS_TO_JUDGE`, ``_GROUP_``)."""
    return n_analysed < MIN_ROWS_TO_JUDGE or min(group.n, reference.n) < MIN_GROUP_TO_JUDGE


def _too_little_sentence(
    group: GroupResult, reference: GroupResult, *, n_analysed: int, lang: Lang
) -> str | None:
    if n_analysed < MIN_ROWS_TO_JUDGE:
        return _t("too_little_log", lang, n=format_int(n_analysed, lang), minimum=MIN_ROWS_TO_JUDGE)
    smaller = min((group, reference), key=lambda g: g.n)
    if smaller.n < MIN_GROUP_TO_JUDGE:
        who = _who(smaller.values, lang)
        return _t(
            "too_little_group", lang, who=who, n=format_int(smaller.n, lang),
            minimum=MIN_GROUP_TO_JUDGE,
        )  # fmt: skip
    return None


def group_finding(
    group: GroupResult,
    reference: GroupResult,
    *,
    n_analysed: int,
    rate_kind: RateKind,
    confidence_level: float,
    lang: Lang,
) -> str:
    """The finding of one group in one language (see the module docstring)."""
    who = _who(group.values, lang)
    ref_who = _who(reference.values, lang)
    verb = TEXTS[f"verb_{rate_kind}"].get(lang)
    rate, ref_rate = _rates(group.selection_rate, reference.selection_rate, lang)
    counts = {"s": format_int(group.selected, lang), "n": format_int(group.n, lang)}
    sentences: list[str] = []
    if group.is_reference:
        sentences.append(
            _t(
                "reference",
                lang,
                who=who,
                rate_name=TEXTS[f"rate_{rate_kind}"].get(lang),
                rate=rate,
                **counts,
            )
        )
    elif group.impact_ratio is None:
        sentences.append(
            _t("undefined", lang, ref=ref_who, verb=verb, who=who, rate=rate, **counts)
        )
    else:
        ratio = format_number(group.impact_ratio, lang, 2)
        sentences.append(
            _t(
                "compare",
                lang,
                who=who,
                verb=verb,
                ratio=ratio,
                ref=ref_who,
                rate=rate,
                ref_rate=ref_rate,
            )
        )
        significant = group.p_value is not None and group.p_value < SIGNIFICANCE_LEVEL
        p = _p(group.p_value, lang)
        caution = _too_little_sentence(group, reference, n_analysed=n_analysed, lang=lang)
        if caution is not None:
            sentences.append(caution)  # instead of the verdict: too little data to judge
        elif group.adverse_impact:
            sentences.append(
                _t("adverse_significant" if significant else "adverse_chance", lang, p=p)
            )
            one = "_one" if group.shortfall == 1 else ""
            unit = TEXTS[f"unit_{rate_kind}{one}"].get(lang)
            sentences.append(_t("shortfall", lang, k=format_int(group.shortfall, lang), unit=unit))
        elif group.impact_ratio >= 1:
            sentences.append(_t("higher", lang, p=p))
        else:
            sentences.append(_t("fine_significant" if significant else "fine_chance", lang, p=p))
    if group.small_group:
        sentences.append(
            _t(
                "small",
                lang,
                n=format_int(group.n, lang),
                share=format_percent(group.n / n_analysed, lang, 1),
                level=format_percent(confidence_level, lang),
                low=format_percent(group.ci_low, lang),
                high=format_percent(group.ci_high, lang),
            )
        )
    return _capitalise(" ".join(sentences))


def _listed(groups: list[GroupResult], lang: Lang) -> str:
    return ", ".join(
        f"{group_label(g.values)} ({format_number(g.impact_ratio, lang, 2)})" for g in groups
    )


def judgement(result: AuditResult) -> Judgement:
    """What a verdict banner may say: an adverse impact to act on, too little data, or neither.

    ``too_little`` when every group below four-fifths is too small to judge (or the log has fewer
    than :data:`MIN_ROWS_TO_JUDGE` known rows); ``adverse_impact`` in the JSON is unchanged.
    """
    if _judged_adverse(result):
        return "adverse"
    if result.adverse_impact_found or result.n_rows < MIN_ROWS_TO_JUDGE:
        return "too_little"
    return "fine"


def _judged_adverse(result: AuditResult) -> list[GroupResult]:
    found = []
    for analysis in result.analyses:
        reference = next((g for g in analysis.groups if g.is_reference), None)
        found += [
            g
            for g in analysis.adverse_groups
            if reference is not None
            and not too_little_data(g, reference, n_analysed=analysis.n_analysed)
        ]
    return found


def caution(result: AuditResult) -> Bilingual | None:
    """The caution to show next to a verdict when :func:`judgement` is ``too_little``."""
    if judgement(result) != "too_little":
        return None
    known = [result.n_rows] + [
        a.n_analysed
        for a in result.analyses
        if a.adverse_groups or result.n_rows < MIN_ROWS_TO_JUDGE
    ]
    if min(known) < MIN_ROWS_TO_JUDGE:
        n = min(known)
        return Bilingual(
            sv=_t("caution_log", "sv", n=format_int(n, "sv"), minimum=MIN_ROWS_TO_JUDGE),
            en=_t("caution_log", "en", n=format_int(n, "en"), minimum=MIN_ROWS_TO_JUDGE),
        )
    groups = list(
        dict.fromkeys(group_label(g.values) for a in result.analyses for g in a.adverse_groups)
    )
    return Bilingual(
        sv=_t("caution_groups", "sv", groups=", ".join(groups), minimum=MIN_GROUP_TO_JUDGE),
        en=_t("caution_groups", "en", groups=", ".join(groups), minimum=MIN_GROUP_TO_JUDGE),
    )


def analysis_summary(analysis: Analysis, *, rate_kind: RateKind, lang: Lang) -> str:
    """A short summary of one analysis in one language."""
    attributes = " × ".join(analysis.attributes)
    reference = next(g for g in analysis.groups if g.is_reference)
    judged = [
        g
        for g in analysis.adverse_groups
        if not too_little_data(g, reference, n_analysed=analysis.n_analysed)
    ]
    too_few = [g for g in analysis.adverse_groups if g not in judged]
    adverse = judged
    ratios = [g.impact_ratio for g in analysis.groups if g.impact_ratio is not None]
    if analysis.n_analysed < MIN_ROWS_TO_JUDGE:
        text = _t(
            "summary_too_little", lang, attributes=attributes,
            n=format_int(analysis.n_analysed, lang), minimum=MIN_ROWS_TO_JUDGE,
        )  # fmt: skip
        too_few = []
    elif not ratios:
        text = _t("summary_undefined", lang, attributes=attributes)
    elif too_few and not adverse:
        text = _t("summary_caution", lang, attributes=attributes, groups=_listed(too_few, lang))
        too_few = []
    elif adverse:
        text = _t(
            "summary_adverse",
            lang,
            attributes=attributes,
            k=len(adverse),
            m=len(analysis.groups),
            groups=_listed(adverse, lang),
        )
    else:
        text = _t(
            "summary_fine", lang, attributes=attributes, ratio=format_number(min(ratios), lang, 2)
        )
    text += _t(
        "summary_reference",
        lang,
        ref=group_label(reference.values),
        rate=format_percent(reference.selection_rate, lang),
    )
    if too_few:
        text += _t("summary_too_few", lang, groups=_listed(too_few, lang))
    small = [group_label(g.values) for g in analysis.groups if g.small_group]
    if small:
        text += _t("summary_small", lang, groups=", ".join(small))
    if analysis.unknown:
        text += _t(
            "summary_unknown", lang, k=format_int(analysis.unknown, lang), attributes=attributes
        )
    return text


def with_findings(analysis: Analysis, *, rate_kind: RateKind, confidence_level: float) -> Analysis:
    """The analysis with a bilingual finding on every group and a bilingual summary."""
    reference = next(g for g in analysis.groups if g.is_reference)

    def finding(group: GroupResult) -> Bilingual:
        texts = {
            lang: group_finding(
                group,
                reference,
                n_analysed=analysis.n_analysed,
                rate_kind=rate_kind,
                confidence_level=confidence_level,
                lang=lang,
            )
            for lang in ("sv", "en")
        }
        return Bilingual(**texts)

    groups = [g.model_copy(update={"finding": finding(g)}) for g in analysis.groups]
    analysis = analysis.model_copy(update={"groups": groups})
    summary = Bilingual(
        sv=analysis_summary(analysis, rate_kind=rate_kind, lang="sv"),
        en=analysis_summary(analysis, rate_kind=rate_kind, lang="en"),
    )
    return analysis.model_copy(update={"summary": summary})

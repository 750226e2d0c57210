"""Figures -> plain-language findings in Swedish and English, for readers without statistics.

Each group gets one finding: how its rate compares with the reference group, whether that is below
the four-fifths threshold, and whether the difference is likely to be chance (two-sided Fisher
exact test at the 5 % level; with several comparisons in the audit, judged on the Holm-adjusted
p-value and saying so, issue 10), worded honestly for small groups, non-significant results and
groups too small to tell (the verdict of :mod:`ethics_toolkit.engine.analyses.validity`). Each
analysis gets a short summary. Numbers are formatted per language by :mod:`ethics_toolkit.i18n`
(decimal comma in Swedish). Columns and values are named by their display labels
(:mod:`ethics_toolkit.engine.presentation.labels`): "sökande med kön Kvinna", not ``gender
"Woman"``. The templates are module constants (:data:`TEXTS`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from ethics_toolkit.engine.models import Analysis, AuditResult, AuditSpec, GroupResult
from ethics_toolkit.engine.presentation.labels import (
    column_label,
    in_sentence,
    value_label,
)
from ethics_toolkit.engine.presentation.labels import group_label as _labelled_group
from ethics_toolkit.i18n import Lang, format_int, format_number, format_p_value, format_percent
from ethics_toolkit.i18n.text import Bilingual, Catalogue, Plural

RateKind = Literal["selection", "scoring"]
Judgement = Literal["adverse", "too_little", "fine"]
SIGNIFICANCE_LEVEL = 0.05
MIN_ROWS_TO_JUDGE = 30
"""Fewer known rows than this in an analysis: too little data to judge any comparison (issue 9)."""
MIN_GROUP_TO_JUDGE = 5
"""A comparison where the group or the reference group has fewer people: too few to judge."""

_TEXTS: dict[str, Bilingual] = {
    "who": Bilingual(sv="sökande med {parts}", en="applicants with {parts}"),
    "part": Bilingual(sv="{attribute} {value}", en="{attribute} {value}"),
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
        sv="Det är under fyrafemtedelsgränsen och beror sannolikt inte på slumpen (p {p}).",
        en="This is below the four-fifths threshold and unlikely to be chance (p {p}).",
    ),
    "adverse_chance": Bilingual(
        sv="Det är under fyrafemtedelsgränsen, men skillnaden kan bero på slumpen (p {p}): se "
        "det som en varningssignal snarare än ett bevis.",
        en="This is below the four-fifths threshold, but the difference could be chance "
        "(p {p}): treat it as a warning sign rather than proof.",
    ),
    # Issue 10: the verdict, with the Holm adjustment over the audit's comparisons.
    "adverse_significant_family": Bilingual(
        sv="Det är under fyrafemtedelsgränsen och beror sannolikt inte på slumpen, även med "
        "hänsyn till de {m} jämförelserna i granskningen (p {p}; justerat p {p_holm}).",
        en="This is below the four-fifths threshold and unlikely to be chance even after "
        "allowing for the {m} comparisons in this audit (p {p}; adjusted p {p_holm}).",
    ),
    "adverse_chance_family": Bilingual(
        sv="Det är under fyrafemtedelsgränsen, men skillnaden kan bero på slumpen när hänsyn "
        "tas till de {m} jämförelserna i granskningen (p {p}; justerat p {p_holm}): se det som "
        "en varningssignal snarare än ett bevis.",
        en="This is below the four-fifths threshold, but the difference could be chance once "
        "the {m} comparisons in this audit are allowed for (p {p}; adjusted p {p_holm}): treat "
        "it as a warning sign rather than proof.",
    ),
    "insufficient": Bilingual(
        sv="Men det är för få sökande för att avgöra: en skillnad så stor som fyra femtedelar "
        "skulle troligen inte upptäckas (den minsta upptäckbara kvoten här är {mdr}).",
        en="But there are too few applicants to tell: a difference as large as four-fifths "
        "would likely go unseen (the smallest detectable ratio here is {mdr}).",
    ),
    "insufficient_none": Bilingual(
        sv="Men det är för få sökande för att avgöra: inte ens om ingen i gruppen hade valts "
        "ut skulle skillnaden troligen upptäckas.",
        en="But there are too few applicants to tell: even if nobody in the group had been "
        "selected, the difference would likely go unseen.",
    ),
    "p_adjusted": Bilingual(sv="{p}; justerat p {p_holm}", en="{p}; adjusted p {p_holm}"),
    "fine_significant": Bilingual(
        sv="Det är över fyrafemtedelsgränsen, men skillnaden beror sannolikt inte på slumpen "
        "(p {p}); håll ett öga på den.",
        en="This is above the four-fifths threshold, but the difference is unlikely to be "
        "chance (p {p}); keep an eye on it.",
    ),
    "fine_chance": Bilingual(
        sv="Det är över fyrafemtedelsgränsen och skillnaden kan bero på slumpen (p {p}).",
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
        sv="Gruppen är liten ({n}, {share} av de analyserade), så siffrorna är osäkra: "
        "med {level} säkerhet ligger andelen mellan {low} och {high}.",
        en="The group is small ({n}, {share} of those analysed), so its figures are "
        "uncertain: with {level} confidence its rate lies between {low} and {high}.",
    ),
    "applicants": Plural(
        one=Bilingual(sv="{count} sökande", en="{count} applicant"),
        other=Bilingual(sv="{count} sökande", en="{count} applicants"),
    ),
    "summary_adverse": Plural(
        one=Bilingual(
            sv="Efter {attributes}: {count} av {m} grupper ligger under fyrafemtedelsgränsen "
            "(negativ särbehandlingseffekt): {groups}.",
            en="By {attributes}: {count} of {m} groups is below the four-fifths threshold "
            "(adverse impact): {groups}.",
        ),
        other=Bilingual(
            sv="Efter {attributes}: {count} av {m} grupper ligger under fyrafemtedelsgränsen "
            "(negativ särbehandlingseffekt): {groups}.",
            en="By {attributes}: {count} of {m} groups are below the four-fifths threshold "
            "(adverse impact): {groups}.",
        ),
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
    "summary_none_known": Bilingual(
        sv="Efter {attributes}: ingen av de {k} sökande i perioden har känd {attributes}.",
        en="By {attributes}: none of the {k} applicants in the period has a known {attributes}.",
    ),
    "summary_significant": Bilingual(
        sv=" Med hänsyn till de {m} jämförelserna i granskningen beror detta sannolikt inte på "
        "slumpen för: {groups}.",
        en=" Allowing for the {m} comparisons in this audit, this is unlikely to be chance for: "
        "{groups}.",
    ),
    "summary_significant_none": Plural(
        one=Bilingual(
            sv=" Med hänsyn till de {m} jämförelserna i granskningen kan det bero på slumpen för "
            "den gruppen.",
            en=" Allowing for the {m} comparisons in this audit, it could be chance for that "
            "group.",
        ),
        other=Bilingual(
            sv=" Med hänsyn till de {m} jämförelserna i granskningen kan det bero på slumpen för "
            "alla dessa grupper.",
            en=" Allowing for the {m} comparisons in this audit, it could be chance for each of "
            "these groups.",
        ),
    ),
    "summary_insufficient": Bilingual(
        sv=" För få sökande för att avgöra (minsta upptäckbara kvot): {groups}.",
        en=" Too few applicants to tell (smallest detectable impact ratio): {groups}.",
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
    "summary_caution": Plural(
        one=Bilingual(
            sv="Efter {attributes}: ingen grupp med tillräckligt många personer ligger under "
            "fyrafemtedelsgränsen; {groups} ligger under den men har för få personer för att "
            "bedömas.",
            en="By {attributes}: no group with enough people is below the four-fifths threshold; "
            "{groups} is below it but has too few people to judge.",
        ),
        other=Bilingual(
            sv="Efter {attributes}: ingen grupp med tillräckligt många personer ligger under "
            "fyrafemtedelsgränsen; {groups} ligger under den men har för få personer för att "
            "bedömas.",
            en="By {attributes}: no group with enough people is below the four-fifths threshold; "
            "{groups} are below it but have too few people to judge.",
        ),
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
    "summary_unknown": Plural(
        one=Bilingual(
            sv=" {count} sökande utan uppgift om {attributes} lämnades utanför.",
            en=" {count} applicant without a value for {attributes} was left out.",
        ),
        other=Bilingual(
            sv=" {count} sökande utan uppgift om {attributes} lämnades utanför.",
            en=" {count} applicants without a value for {attributes} were left out.",
        ),
    ),
    "attributes_or": Bilingual(sv=" eller ", en=" or "),
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


def _who(values: dict[str, str], lang: Lang, spec: AuditSpec | None = None) -> str:
    parts = [
        _t(
            "part",
            lang,
            attribute=in_sentence(column_label(a, spec)),
            value=value_label(a, v, spec),
        )
        for a, v in values.items()
    ]
    return _t("who", lang, parts=TEXTS["and"].format(lang).join(parts))


def who(values: dict[str, str], lang: Lang, spec: AuditSpec | None = None) -> str:
    """A group inside a sentence, as the findings name it: ``sökande med bakgrund Sverige``."""
    return _who(values, lang, spec)


def group_label(values: dict[str, str], spec: AuditSpec | None = None) -> str:
    """A group's name for tables and lists: ``Kvinna × Sverige`` (see ``engine.labels``)."""
    return _labelled_group(values, spec)


def _attributes_in_sentence(
    attributes: list[str], spec: AuditSpec | None, *, joiner: str = " × "
) -> str:
    """Attribute labels inside a sentence: ``kön × bakgrund``."""
    return joiner.join(in_sentence(column_label(a, spec)) for a in attributes)


def _p(p: float | None, lang: Lang) -> str:
    text = format_p_value(p, lang)
    return text if text.startswith("<") else f"= {text}"


def _rates(rate: float, other: float, lang: Lang) -> tuple[str, str]:
    """Rates as the tables print them (one decimal), so a reader can recompute the ratio."""
    return format_percent(rate, lang, 1), format_percent(other, lang, 1)


def _insufficient(group: GroupResult, lang: Lang) -> str:
    """Too few applicants to tell (issue 10): the smallest ratio the data could have shown."""
    mdr = group.min_detectable_ratio or 0.0
    if mdr <= 0:
        return _t("insufficient_none", lang)
    return _t("insufficient", lang, mdr=format_number(mdr, lang, 2))


def too_little_data(group: GroupResult, reference: GroupResult, *, n_analysed: int) -> bool:
    """Too little data to judge this comparison (:data:`MIN_ROWS_TO_JUDGE`, ``_GROUP_``)."""
    return n_analysed < MIN_ROWS_TO_JUDGE or min(group.n, reference.n) < MIN_GROUP_TO_JUDGE


def _too_little_sentence(
    group: GroupResult,
    reference: GroupResult,
    *,
    n_analysed: int,
    lang: Lang,
    spec: AuditSpec | None = None,
) -> str | None:
    if n_analysed < MIN_ROWS_TO_JUDGE:
        return _t("too_little_log", lang, n=format_int(n_analysed, lang), minimum=MIN_ROWS_TO_JUDGE)
    smaller = min((group, reference), key=lambda g: g.n)
    if smaller.n < MIN_GROUP_TO_JUDGE:
        who = _who(smaller.values, lang, spec)
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
    spec: AuditSpec | None = None,
    comparisons: int | None = None,
) -> str:
    """The finding of one group in one language (see the module docstring).

    ``comparisons``: the size of the audit's Holm family (issue 10), named in the finding.
    """
    who = _who(group.values, lang, spec)
    ref_who = _who(reference.values, lang, spec)
    verb = TEXTS[f"verb_{rate_kind}"].format(lang)
    rate, ref_rate = _rates(group.selection_rate, reference.selection_rate, lang)
    counts = {"s": format_int(group.selected, lang), "n": format_int(group.n, lang)}
    sentences: list[str] = []
    if group.is_reference:
        sentences.append(
            _t(
                "reference",
                lang,
                who=who,
                rate_name=TEXTS[f"rate_{rate_kind}"].format(lang),
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
        # Issue 10: judged on the Holm-adjusted p over the audit's comparisons when there is one.
        family = group.p_value_holm is not None and (comparisons or 0) > 1
        judged = group.p_value_holm if group.p_value_holm is not None else group.p_value
        significant = judged is not None and judged < SIGNIFICANCE_LEVEL
        p = _p(group.p_value, lang)
        caution = _too_little_sentence(
            group, reference, n_analysed=n_analysed, lang=lang, spec=spec
        )
        if caution is not None and group.adverse_impact:
            sentences.append(caution)  # instead of the alarm: too little data to judge
        elif group.adverse_impact:
            key = "adverse_significant" if significant else "adverse_chance"
            if family:
                key += "_family"
            sentences.append(_t(key, lang, p=p, p_holm=_p(group.p_value_holm, lang), m=comparisons))
            one = "_one" if group.shortfall == 1 else ""
            unit = TEXTS[f"unit_{rate_kind}{one}"].format(lang)
            sentences.append(_t("shortfall", lang, k=format_int(group.shortfall, lang), unit=unit))
        else:
            if family:
                p = _t("p_adjusted", lang, p=p, p_holm=_p(group.p_value_holm, lang))
            if group.impact_ratio >= 1:
                sentences.append(_t("higher", lang, p=p))
            else:
                key = "fine_significant" if significant else "fine_chance"
                sentences.append(_t(key, lang, p=p))
            if group.verdict == "insufficient_evidence":
                sentences.append(_insufficient(group, lang))
    if group.small_group:
        sentences.append(
            _t(
                "small",
                lang,
                n=_t("applicants", lang, count=group.n),
                share=format_percent(group.n / n_analysed, lang, 1),
                level=format_percent(confidence_level, lang),
                low=format_percent(group.ci_low, lang, 1),
                high=format_percent(group.ci_high, lang, 1),
            )
        )
    return _capitalise(" ".join(sentences))


def _listed(groups: list[GroupResult], lang: Lang, spec: AuditSpec | None = None) -> str:
    return ", ".join(
        f"{group_label(g.values, spec)} ({format_number(g.impact_ratio, lang, 2)})" for g in groups
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
        dict.fromkeys(
            group_label(g.values, result.spec) for a in result.analyses for g in a.adverse_groups
        )
    )
    return Bilingual(
        sv=_t("caution_groups", "sv", groups=", ".join(groups), minimum=MIN_GROUP_TO_JUDGE),
        en=_t("caution_groups", "en", groups=", ".join(groups), minimum=MIN_GROUP_TO_JUDGE),
    )


def analysis_summary(
    analysis: Analysis,
    *,
    rate_kind: RateKind,
    lang: Lang,
    spec: AuditSpec | None = None,
    comparisons: int | None = None,
) -> str:
    """A short summary of one analysis in one language."""
    attributes = _attributes_in_sentence(analysis.attributes, spec)
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
        groups = _listed(too_few, lang, spec)
        text = _t("summary_caution", lang, count=len(too_few), attributes=attributes, groups=groups)
        too_few = []
    elif adverse:
        text = _t(
            "summary_adverse",
            lang,
            attributes=attributes,
            count=len(adverse),
            m=format_int(len(analysis.groups), lang),
            groups=_listed(adverse, lang, spec),
        )
        if comparisons and comparisons > 1 and any(g.verdict is not None for g in adverse):
            significant = [
                group_label(g.values, spec) for g in adverse if g.verdict == "adverse_significant"
            ]
            key = "summary_significant" if significant else "summary_significant_none"
            text += _t(key, lang, count=len(adverse), m=comparisons, groups=", ".join(significant))
    else:
        text = _t(
            "summary_fine", lang, attributes=attributes, ratio=format_number(min(ratios), lang, 2)
        )
    text += _t(
        "summary_reference",
        lang,
        ref=group_label(reference.values, spec),
        rate=format_percent(reference.selection_rate, lang, 1),
    )
    if too_few:
        text += _t("summary_too_few", lang, groups=_listed(too_few, lang, spec))
    insufficient = [
        f"{group_label(g.values, spec)} ({format_number(g.min_detectable_ratio, lang, 2)})"
        for g in analysis.groups
        if g.verdict == "insufficient_evidence"
    ]
    if insufficient:
        text += _t("summary_insufficient", lang, groups=", ".join(insufficient))
    small = [group_label(g.values, spec) for g in analysis.groups if g.small_group]
    if small:
        text += _t("summary_small", lang, groups=", ".join(small))
    if analysis.unknown:
        either = _attributes_in_sentence(
            analysis.attributes, spec, joiner=TEXTS["attributes_or"].format(lang)
        )
        text += _t("summary_unknown", lang, count=analysis.unknown, attributes=either)
    return text


def with_findings(
    analysis: Analysis,
    *,
    rate_kind: RateKind,
    confidence_level: float,
    spec: AuditSpec | None = None,
    comparisons: int | None = None,
) -> Analysis:
    """The analysis with a bilingual finding on every group and a bilingual summary.

    ``spec`` gives the display labels of columns and values (none: as written in the file);
    ``comparisons`` is the size of the scope's Holm family (issue 10), named where a verdict
    depends on it.
    """
    if not analysis.groups:  # a period without known values
        summary = {
            lang: _t(
                "summary_none_known",
                lang,
                attributes=_attributes_in_sentence(analysis.attributes, spec),
                k=format_int(analysis.unknown, lang),
            )
            for lang in ("sv", "en")
        }
        return analysis.model_copy(update={"summary": Bilingual(**summary)})
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
                spec=spec,
                comparisons=comparisons,
            )
            for lang in ("sv", "en")
        }
        return Bilingual(**texts)

    groups = [g.model_copy(update={"finding": finding(g)}) for g in analysis.groups]
    analysis = analysis.model_copy(update={"groups": groups})
    summary = Bilingual(
        sv=analysis_summary(
            analysis, rate_kind=rate_kind, lang="sv", spec=spec, comparisons=comparisons
        ),
        en=analysis_summary(
            analysis, rate_kind=rate_kind, lang="en", spec=spec, comparisons=comparisons
        ),
    )
    return analysis.model_copy(update={"summary": summary})


def relabel(
    result: AuditResult,
    *,
    column_labels: Mapping[str, str] | None = None,
    value_labels: Mapping[str, Mapping[str, str]] | None = None,
) -> AuditResult:
    """The same audit with new display labels: findings and summaries rewritten, no figure changed.

    Labels given replace the spec's; ``None`` keeps them. For the app's mapping step, and for
    audits saved before labels existed.
    """
    update: dict[str, object] = {}
    if column_labels is not None:
        update["column_labels"] = dict(column_labels)
    if value_labels is not None:
        update["value_labels"] = {c: dict(v) for c, v in value_labels.items()}
    spec = result.spec.model_copy(update=update)
    analyses = [
        with_findings(
            analysis,
            rate_kind=result.rate_kind,
            confidence_level=result.confidence_level,
            spec=spec,
        )
        for analysis in result.analyses
    ]
    return result.model_copy(update={"spec": spec, "analyses": analyses})

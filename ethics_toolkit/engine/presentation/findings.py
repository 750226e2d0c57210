"""Figures -> plain-language findings in Swedish and English, for readers without statistics.

Each group gets one finding: how its rate compares with the reference group, whether that is below
the four-fifths threshold, and whether the difference is likely to be chance (two-sided Fisher
exact test at the 5 % level; with several comparisons in the audit, judged on the Holm-adjusted
p-value and saying so, issue 10), worded honestly for small groups, non-significant results and
groups too small to tell (the verdict of :mod:`ethics_toolkit.engine.analyses.validity`). Numbers
are formatted per language by :mod:`ethics_toolkit.i18n` (decimal comma in Swedish). Columns and
values are named by their display labels (:mod:`ethics_toolkit.engine.presentation.labels`):
"sökande med kön Kvinna", not ``gender "Woman"``. The templates are in
:mod:`~ethics_toolkit.engine.presentation.findings_texts`; each analysis's summary is written by
:mod:`~ethics_toolkit.engine.presentation.summaries`, what may be said of the whole audit by
:mod:`~ethics_toolkit.engine.presentation.judgement`.
"""

from __future__ import annotations

from typing import Literal

from ethics_toolkit.engine.models import GroupResult
from ethics_toolkit.engine.presentation.findings_texts import TEXTS
from ethics_toolkit.engine.presentation.labels import (
    column_label,
    in_sentence,
    value_label,
)
from ethics_toolkit.engine.spec import AuditSpec
from ethics_toolkit.i18n import Lang, format_int, format_number, format_p_value, format_percent

RateKind = Literal["selection", "scoring"]
SIGNIFICANCE_LEVEL = 0.05
MIN_ROWS_TO_JUDGE = 30
"""Fewer known rows than this in an analysis: too little data to judge any comparison (issue 9)."""
MIN_GROUP_TO_JUDGE = 5
"""A comparison where the group or the reference group has fewer people: too few to judge."""

_t = TEXTS.text


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
    reference_chosen: str | None = None,
) -> str:
    """The finding of one group in one language (see the module docstring).

    ``comparisons``: the size of the audit's Holm family (issue 10), named in the finding;
    ``reference_chosen``: how the reference was chosen when not by its rate (issue 20).
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
                f"reference_{reference_chosen}" if reference_chosen else "reference",
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

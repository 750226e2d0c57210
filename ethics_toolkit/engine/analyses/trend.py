"""Monitoring over time (issue 15): did the lowest impact ratio improve or worsen, beyond chance?

For every analysis, the lowest impact ratio of the first period is compared with that of the last
period (each period's ratios against its own reference group, as the period tables show them).
Whether the change is more than chance is tested for one fixed pair, so that like is compared with
like: the group with the lowest ratio in the last period against its reference group there, in the
first and in the last period. The test is a two-sided z-test of the difference of the two log
impact ratios, with Katz's variance ``1/s_g - 1/n_g + 1/s_r - 1/n_r`` for each (independent
periods, so the variances add); when a count is 0, 0.5 is added to each cell of that period's 2x2
table, as for the Katz interval. On the log scale a ratio of 0.5 and of 2 are equally far from 1,
which is why the test works there.

Direction: the lowest ratios compared as shown (two decimals): higher is "improved", lower
"worsened", equal "unchanged".
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from ethics_toolkit.engine.cells.frame import COUNT, SELECTED
from ethics_toolkit.engine.models import Analysis, Period, PeriodTrend
from ethics_toolkit.engine.presentation.labels import attributes_label, group_label
from ethics_toolkit.engine.spec import AuditSpec
from ethics_toolkit.i18n import LANGS, Lang, format_number, format_p_value
from ethics_toolkit.i18n.text import Bilingual, Catalogue

SIGNIFICANCE_LEVEL = 0.05

TEXTS = Catalogue(
    {
        "improved": Bilingual(sv="steg", en="rose"),
        "worsened": Bilingual(sv="sjönk", en="fell"),
        "unchanged": Bilingual(sv="var oförändrad", en="stayed"),
        "moved": Bilingual(
            sv="Efter {attributes}: den lägsta kvoten {verb} från {first} ({first_period}) till "
            "{last} ({last_period}).",
            en="By {attributes}: the lowest impact ratio {verb} from {first} ({first_period}) to "
            "{last} ({last_period}).",
        ),
        "pair_real": Bilingual(
            sv=" För {group} jämfört med {ref} gick kvoten från {from_} till {to}; förändringen "
            "beror sannolikt inte på slumpen (test av skillnaden mellan kvoternas logaritmer, "
            "p {p}).",
            en=" For {group} against {ref} the ratio went from {from_} to {to}; the change is "
            "unlikely to be chance (test of the difference of the log impact ratios, p {p}).",
        ),
        "pair_chance": Bilingual(
            sv=" För {group} jämfört med {ref} gick kvoten från {from_} till {to}; förändringen "
            "kan bero på slumpen (test av skillnaden mellan kvoternas logaritmer, p {p}).",
            en=" For {group} against {ref} the ratio went from {from_} to {to}; the change could "
            "be chance (test of the difference of the log impact ratios, p {p}).",
        ),
        "undetermined": Bilingual(
            sv="Efter {attributes}: kvoterna går inte att jämföra mellan {first_period} och "
            "{last_period} (ingen i referensgruppen valdes ut, eller bara en grupp).",
            en="By {attributes}: the impact ratios cannot be compared between {first_period} and "
            "{last_period} (nobody in the reference group was selected, or only one group).",
        ),
    }
)


def _lowest(analysis: Analysis) -> float | None:
    """The lowest impact ratio of the non-reference groups, or ``None`` when there is none."""
    ratios = [
        g.impact_ratio for g in analysis.groups if not g.is_reference and g.impact_ratio is not None
    ]
    return min(ratios) if ratios else None


def _pair_counts(
    period_table: object, attributes: Sequence[str], values: dict[str, str]
) -> tuple[int, int]:
    """(selected, n) of one group in a period's cell table."""
    table = period_table  # a pandas DataFrame
    mask = None
    for attribute in attributes:
        match = table[attribute] == values[attribute]  # type: ignore[index]
        mask = match if mask is None else mask & match
    part = table[mask]  # type: ignore[index]
    n = int(part[COUNT].sum())
    return int(part.loc[part[SELECTED], COUNT].sum()), n


def _log_ratio_and_variance(s: int, n: int, s_ref: int, n_ref: int) -> tuple[float, float] | None:
    if n == 0 or n_ref == 0:
        return None
    a, n1, c, n2 = float(s), float(n), float(s_ref), float(n_ref)
    if s == 0 or s_ref == 0:
        a, n1, c, n2 = a + 0.5, n1 + 1, c + 0.5, n2 + 1
    return math.log((a / n1) / (c / n2)), 1 / a - 1 / n1 + 1 / c - 1 / n2


def change_p_value(first: tuple[int, int, int, int], last: tuple[int, int, int, int]) -> float:
    """Two-sided p of "the impact ratio is the same in both periods" (see the module docstring).

    Each argument is ``(s_group, n_group, s_reference, n_reference)``.
    """
    from scipy.stats import norm

    one, two = _log_ratio_and_variance(*first), _log_ratio_and_variance(*last)
    if one is None or two is None:
        return math.nan
    variance = one[1] + two[1]
    if variance <= 0:
        return 1.0
    z = (two[0] - one[0]) / math.sqrt(variance)
    return float(2 * norm.sf(abs(z)))


def _direction(first: float, last: float) -> str:
    first_shown, last_shown = round(first, 2), round(last, 2)
    if last_shown > first_shown:
        return "improved"
    if last_shown < first_shown:
        return "worsened"
    return "unchanged"


def _finding(trend: PeriodTrend, lang: Lang, spec: AuditSpec | None) -> str:
    attributes = attributes_label(trend.attributes, spec)
    periods = {"first_period": trend.first_period, "last_period": trend.last_period}
    if trend.direction == "undetermined":
        return TEXTS.text("undetermined", lang, attributes=attributes, **periods)
    assert trend.first_lowest_ratio is not None and trend.last_lowest_ratio is not None
    text = TEXTS.text(
        "moved",
        lang,
        attributes=attributes,
        verb=TEXTS.text(trend.direction, lang),
        first=format_number(trend.first_lowest_ratio, lang),
        last=format_number(trend.last_lowest_ratio, lang),
        **periods,
    )
    if trend.change_p_value is not None and trend.group and trend.reference_group:
        real = trend.change_p_value < SIGNIFICANCE_LEVEL
        p = format_p_value(trend.change_p_value, lang)
        text += TEXTS.text(
            "pair_real" if real else "pair_chance",
            lang,
            group=group_label(trend.group, spec),
            ref=group_label(trend.reference_group, spec),
            from_=format_number(trend.group_first_ratio, lang),
            to=format_number(trend.last_lowest_ratio, lang),
            p=p if p.startswith("<") else f"= {p}",
        )
    return text


def period_trends(
    periods: Sequence[Period], tables: dict[str, object], spec: AuditSpec | None = None
) -> list[PeriodTrend]:
    """One trend per analysis between the first and the last period (``tables``: cells by period).

    Periods whose analysis has no comparable groups are skipped when choosing first and last.
    """
    if len(periods) < 2:
        return []
    trends = []
    for index, attributes in enumerate(a.attributes for a in periods[0].analyses):
        usable = [(p, p.analyses[index]) for p in periods if _lowest(p.analyses[index]) is not None]
        first_period, last_period = periods[0].period, periods[-1].period
        if len(usable) < 2:
            trend = PeriodTrend(
                attributes=attributes,
                first_period=first_period,
                last_period=last_period,
                first_lowest_ratio=None,
                last_lowest_ratio=None,
                group=None,
                reference_group=None,
                group_first_ratio=None,
                change_p_value=None,
                direction="undetermined",
            )
        else:
            (first, first_analysis), (last, last_analysis) = usable[0], usable[-1]
            first_ratio = _lowest(first_analysis)
            last_ratio = _lowest(last_analysis)
            assert first_ratio is not None and last_ratio is not None
            worst = min(
                (
                    g
                    for g in last_analysis.groups
                    if not g.is_reference and g.impact_ratio is not None
                ),
                key=lambda g: g.impact_ratio or 0.0,
                default=None,
            )
            reference = last_analysis.reference_group
            group_first_ratio = p_value = None
            if worst is not None and reference is not None:
                first_counts = (
                    *_pair_counts(tables[first.period], attributes, worst.values),
                    *_pair_counts(tables[first.period], attributes, reference),
                )
                last_counts = (worst.selected, worst.n, *_pair_counts(
                    tables[last.period], attributes, reference
                ))  # fmt: skip
                s, n, s_ref, n_ref = first_counts
                if n and n_ref and s_ref:
                    group_first_ratio = (s * n_ref) / (n * s_ref)
                    p = change_p_value(first_counts, last_counts)
                    p_value = None if math.isnan(p) else p
            trend = PeriodTrend(
                attributes=attributes,
                first_period=first.period,
                last_period=last.period,
                first_lowest_ratio=first_ratio,
                last_lowest_ratio=last_ratio,
                group=worst.values if worst is not None else None,
                reference_group=reference,
                group_first_ratio=group_first_ratio,
                change_p_value=p_value,
                direction=_direction(first_ratio, last_ratio),  # type: ignore[arg-type]
            )
        finding = Bilingual(**{lang: _finding(trend, lang, spec) for lang in LANGS})
        trends.append(trend.model_copy(update={"finding": finding}))
    return trends

"""Stratified comparison (issue 10): the same comparison within jobs, to see past Simpson's paradox.

Pooled over all jobs, a group's rate can be low although every job treats it equally (it applied
more often where few are selected), or look fine although every job treats it worse. Employment
statisticians therefore compare within strata (job, requisition, qualification band) with the
Cochran-Mantel-Haenszel test and the Mantel-Haenszel pooled odds ratio, and check with the
Breslow-Day test whether one common odds ratio describes all strata.

Definitions (``statsmodels.stats.contingency_tables.StratifiedTable``), for each non-reference
group g of an analysis against the analysis' reference group:

- per stratum the 2x2 table ``[[s_g, n_g - s_g], [s_ref, n_ref - s_ref]]``; a stratum where
  either group has no one, or where nobody or everybody of the two groups was selected, carries no
  information and is left out; ``strata_used`` counts the rest;
- ``mh_odds_ratio`` = ``oddsratio_pooled`` and its interval ``oddsratio_pooled_confint(alpha)``
  with ``alpha = 1 - confidence_level`` (0.05 by default; Robins-Breslow-Greenland variance);
  ``cmh_p_value`` = ``test_null_odds(correction=False).pvalue``; all ``None`` without a usable
  stratum, and the odds ratio and its interval also ``None`` when not finite (a group selected
  always, or never, in every usable stratum: the odds ratio is infinite or 0);
- ``breslow_day_p_value`` = ``test_equal_odds(adjust=False).pvalue`` with two or more usable
  strata. statsmodels 0.15 solves the quadratic for the expected cell by dividing by
  ``1 - OR``, which gives NaN at a pooled odds ratio of exactly 1; the same statistic is then
  computed here with the numerically stable root of that quadratic (:func:`_breslow_day`);
- ``pooled_direction_reversed``: the pooled impact ratio and the MH odds ratio lie on opposite
  sides of 1 (values within 1e-9 of 1 count as 1);
- ``strata``: the distinct known strata among the analysis' known rows; ``unknown_strata_rows``:
  those rows whose stratum is unknown (left out of the stratified figures).

Each group's finding says in plain words whether the pooled gap survives within the strata. It
says "as often as" only when the CMH test finds no difference and the MH odds ratio itself lies
within 0.8-1.25 (the four-fifths band on the odds scale, stricter than on the rate scale); an
odds ratio outside that band without significance is described as lower or higher but possibly
chance, so a small group's 0.47 with p = 0.76 is not reported as equal treatment.
"""

from __future__ import annotations

import math
import warnings
from typing import TYPE_CHECKING

from ethics_toolkit.engine.cells.frame import COUNT, SELECTED, STRATUM, collapse, known_rows
from ethics_toolkit.engine.models import (
    FOUR_FIFTHS,
    Analysis,
    GroupResult,
    Stratified,
    StratumGroup,
)
from ethics_toolkit.engine.presentation.findings import SIGNIFICANCE_LEVEL, _who
from ethics_toolkit.i18n import Lang, format_int, format_number, format_p_value
from ethics_toolkit.i18n.text import Bilingual, Catalogue

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

_ONE = 1e-9

TEXTS = Catalogue(
    {
        "within_same_gap": Bilingual(
            sv="Inom samma {column} valdes {who} lika ofta som {ref} (MH-oddskvot {odds}, "
            "p {p}): skillnaden i det sammanslagna resultatet beror på var de sökte, inte på hur "
            "de bedömdes.",
            en="Within the same {column}, {who} were selected as often as {ref} (MH odds ratio "
            "{odds}, p {p}): the pooled gap comes from where they applied, not from how they "
            "were assessed.",
        ),
        "within_higher_gap": Bilingual(
            sv="Inom samma {column} valdes {who} oftare än {ref} (MH-oddskvot {odds}, p {p}): "
            "skillnaden i det sammanslagna resultatet beror på var de sökte, inte på hur de "
            "bedömdes.",
            en="Within the same {column}, {who} were selected more often than {ref} (MH odds "
            "ratio {odds}, p {p}): the pooled gap comes from where they applied, not from how "
            "they were assessed.",
        ),
        "within_lower_gap": Bilingual(
            sv="Även inom samma {column} valdes {who} mer sällan än {ref} (MH-oddskvot {odds}, "
            "p {p}): skillnaden förklaras inte av var de sökte.",
            en="Within the same {column}, too, {who} were selected less often than {ref} (MH "
            "odds ratio {odds}, p {p}): the gap is not explained by where they applied.",
        ),
        "within_lower_hidden": Bilingual(
            sv="Inom samma {column} valdes {who} mer sällan än {ref} (MH-oddskvot {odds}, "
            "p {p}): det sammanslagna resultatet ligger över fyrafemtedelsgränsen, men inom "
            "samma {column} bedömdes de mindre fördelaktigt.",
            en="Within the same {column}, {who} were selected less often than {ref} (MH odds "
            "ratio {odds}, p {p}): the pooled figures are above the four-fifths threshold, but "
            "within the same {column} they were assessed less favourably.",
        ),
        "within_lower_unclear_gap": Bilingual(
            sv="Inom samma {column} valdes {who} mer sällan än {ref} (MH-oddskvot {odds}, p {p}), "
            "men skillnaden kan bero på slumpen: uppgifterna räcker inte för att avgöra om "
            "skillnaden i det sammanslagna resultatet beror på var de sökte eller på hur de "
            "bedömdes.",
            en="Within the same {column}, {who} were selected less often than {ref} (MH odds "
            "ratio {odds}, p {p}), but the difference could be chance: the data cannot tell "
            "whether the pooled gap comes from where they applied or from how they were assessed.",
        ),
        "within_higher_unclear_gap": Bilingual(
            sv="Inom samma {column} valdes {who} oftare än {ref} (MH-oddskvot {odds}, p {p}), men "
            "skillnaden kan bero på slumpen: uppgifterna räcker inte för att avgöra om skillnaden "
            "i det sammanslagna resultatet beror på var de sökte eller på hur de bedömdes.",
            en="Within the same {column}, {who} were selected more often than {ref} (MH odds "
            "ratio {odds}, p {p}), but the difference could be chance: the data cannot tell "
            "whether the pooled gap comes from where they applied or from how they were assessed.",
        ),
        "within_lower_unclear": Bilingual(
            sv="Inom samma {column} valdes {who} mer sällan än {ref} (MH-oddskvot {odds}, p {p}), "
            "men skillnaden kan bero på slumpen.",
            en="Within the same {column}, {who} were selected less often than {ref} (MH odds "
            "ratio {odds}, p {p}), but the difference could be chance.",
        ),
        "within_higher_unclear": Bilingual(
            sv="Inom samma {column} valdes {who} oftare än {ref} (MH-oddskvot {odds}, p {p}), men "
            "skillnaden kan bero på slumpen.",
            en="Within the same {column}, {who} were selected more often than {ref} (MH odds "
            "ratio {odds}, p {p}), but the difference could be chance.",
        ),
        "within_same": Bilingual(
            sv="Även inom samma {column} valdes {who} ungefär lika ofta som {ref} (MH-oddskvot "
            "{odds}, p {p}).",
            en="Within the same {column}, too, {who} were selected about as often as {ref} (MH "
            "odds ratio {odds}, p {p}).",
        ),
        "within_higher": Bilingual(
            sv="Inom samma {column} valdes {who} oftare än {ref} (MH-oddskvot {odds}, p {p}).",
            en="Within the same {column}, {who} were selected more often than {ref} (MH odds "
            "ratio {odds}, p {p}).",
        ),
        "within_extreme": Bilingual(
            sv="Inom samma {column} kan ingen gemensam oddskvot beräknas för {who} mot {ref} "
            "(i varje jämförbar {column} valdes den ena gruppen alltid eller aldrig); "
            "CMH-testets p {p}.",
            en="Within the same {column}, no common odds ratio can be computed for {who} "
            "against {ref} (in every comparable {column} one group was always or never "
            "selected); the CMH test gives p {p}.",
        ),
        "no_strata": Bilingual(
            sv="Ingen {column} har både {who} och {ref} och en blandning av utfall, så "
            "jämförelsen inom samma {column} går inte att göra.",
            en="No {column} has both {who} and {ref} with a mix of outcomes, so the comparison "
            "within the same {column} cannot be made.",
        ),
        "strata_used": Bilingual(
            sv="{used} av {strata} värden av {column} kunde jämföras (i de övriga fanns bara "
            "den ena gruppen, eller valdes alla eller ingen).",
            en="{used} of {strata} values of {column} could be compared (the others had only "
            "one of the groups, or everybody or nobody was selected).",
        ),
        "heterogeneous": Bilingual(
            sv="Skillnaden varierar mellan värdena av {column} (Breslow–Day p {p}), så en "
            "gemensam oddskvot sammanfattar dem dåligt: titta på varje {column} för sig.",
            en="The difference varies between the values of {column} (Breslow–Day p {p}), so "
            "one common odds ratio summarises them poorly: look at each {column} separately.",
        ),
    }
)


def _p(p: float | None, lang: Lang) -> str:
    text = format_p_value(p, lang)
    return text if text.startswith("<") else f"= {text}"


def _finite(value: float) -> float | None:
    value = float(value)
    return value if math.isfinite(value) else None


def _breslow_day(tables: np.ndarray, odds_ratio: float) -> float | None:
    """Breslow-Day p-value (no Tarone adjustment) as statsmodels computes it, stable at OR = 1.

    Per stratum the expected first cell ``e`` under the common odds ratio ``r`` solves
    ``(1 - r) e^2 + (r (n1 + m1) + d - a) e - r n1 m1 = 0`` (``n1`` the first row's total, ``m1``
    the first column's total); its root ``(-b + sqrt(b^2 - 4 a c)) / (2 a)`` equals
    ``-2 c / (b + sqrt(b^2 - 4 a c))``, which needs no division by ``1 - r``.
    """
    import numpy as np
    from scipy.stats import chi2

    a, b, c, d = tables[0, 0], tables[0, 1], tables[1, 0], tables[1, 1]
    row1, col1 = a + b, a + c
    quad = 1 - odds_ratio
    lin = odds_ratio * (row1 + col1) + (d - a)
    const = -odds_ratio * row1 * col1
    expected = -2 * const / (lin + np.sqrt(lin**2 - 4 * quad * const))
    variance = 1 / (
        1 / expected + 1 / (col1 - expected) + 1 / (row1 - expected) + 1 / (d - a + expected)
    )
    statistic = float(np.sum((a - expected) ** 2 / variance))
    return _finite(chi2.sf(statistic, tables.shape[2] - 1))


def _stratum_counts(
    table: pd.DataFrame, attributes: list[str], values: dict[str, str]
) -> dict[str, tuple[int, int]]:
    """(n, selected) per known stratum for one group."""
    mask = (table[attributes] == [values[a] for a in attributes]).all(axis=1)
    part = table[mask]
    counts: dict[str, tuple[int, int]] = {}
    for (stratum, selected), count in part.groupby([STRATUM, SELECTED])[COUNT].sum().items():
        n, s = counts.get(stratum, (0, 0))
        counts[stratum] = (n + int(count), s + (int(count) if selected else 0))
    return counts


def usable_tables(
    group: dict[str, tuple[int, int]], reference: dict[str, tuple[int, int]]
) -> list[list[list[int]]]:
    """The informative 2x2 tables ``[[s_g, n_g - s_g], [s_ref, n_ref - s_ref]]``, stratum order."""
    tables = []
    for stratum in sorted(set(group) & set(reference)):
        (n, s), (n_ref, s_ref) = group[stratum], reference[stratum]
        if n == 0 or n_ref == 0 or s + s_ref in (0, n + n_ref):
            continue
        tables.append([[s, n - s], [s_ref, n_ref - s_ref]])
    return tables


def compare_within_strata(
    tables: list[list[list[int]]], *, confidence_level: float = 0.95
) -> dict[str, object]:
    """MH odds ratio, its interval, CMH and Breslow-Day p-values of usable 2x2 tables."""
    figures: dict[str, object] = {
        "strata_used": len(tables),
        "mh_odds_ratio": None,
        "mh_odds_ratio_ci": None,
        "cmh_p_value": None,
        "breslow_day_p_value": None,
    }
    if not tables:
        return figures
    import numpy as np
    from statsmodels.stats.contingency_tables import StratifiedTable

    array = np.dstack([np.asarray(t, dtype=float) for t in tables])
    stratified = StratifiedTable(array)
    alpha = round(1 - confidence_level, 12)
    with warnings.catch_warnings():
        # A zero in every product a*d or b*c (infinite or zero odds ratio) warns; reported as None.
        warnings.simplefilter("ignore", RuntimeWarning)
        odds = float(stratified.oddsratio_pooled)
        figures["cmh_p_value"] = _finite(stratified.test_null_odds(correction=False).pvalue)
        if math.isfinite(odds) and odds > 0:
            figures["mh_odds_ratio"] = odds
            low, high = (_finite(v) for v in stratified.oddsratio_pooled_confint(alpha=alpha))
            if low is not None and high is not None:
                figures["mh_odds_ratio_ci"] = (low, high)
            if len(tables) >= 2:
                p = _finite(stratified.test_equal_odds(adjust=False).pvalue)
                figures["breslow_day_p_value"] = p if p is not None else _breslow_day(array, odds)
        elif odds == 0:
            figures["mh_odds_ratio"] = 0.0
    return figures


def _side(value: float) -> int:
    return 0 if abs(value - 1) <= _ONE else (1 if value > 1 else -1)


def _described_side(odds: float, p_value: float | None) -> int:
    """How a finding may describe the MH odds ratio: 1 / -1 higher / lower beyond chance, 0 about
    as often (not significant and within 0.8-1.25), 2 / -2 higher / lower but possibly chance."""
    if p_value is not None and p_value < SIGNIFICANCE_LEVEL:
        return _side(odds)
    if FOUR_FIFTHS <= odds <= 1 / FOUR_FIFTHS:
        return 0
    return 2 if odds > 1 else -2


def reversed_direction(impact_ratio: float | None, odds_ratio: float | None) -> bool:
    """True when the pooled impact ratio and the MH odds ratio lie on opposite sides of 1."""
    if impact_ratio is None or odds_ratio is None:
        return False
    return _side(impact_ratio) * _side(odds_ratio) < 0


def _finding(
    entry: StratumGroup, group: GroupResult, reference: GroupResult, *, column: str, strata: int
) -> Bilingual:
    texts = {}
    for lang in ("sv", "en"):
        fields = {
            "column": column,
            "who": _who(group.values, lang),
            "ref": _who(reference.values, lang),
            "p": _p(entry.cmh_p_value, lang),
        }
        if entry.strata_used == 0:
            texts[lang] = TEXTS.text("no_strata", lang, **fields)
            continue
        odds = entry.mh_odds_ratio
        if odds is None or odds == 0:
            key = "within_extreme"
        else:
            fields["odds"] = format_number(odds, lang, 2)
            side = _described_side(odds, entry.cmh_p_value)
            if group.adverse_impact:
                key = {
                    0: "within_same_gap",
                    1: "within_higher_gap",
                    -1: "within_lower_gap",
                    2: "within_higher_unclear_gap",
                    -2: "within_lower_unclear_gap",
                }[side]
            else:
                key = {
                    0: "within_same",
                    1: "within_higher",
                    -1: "within_lower_hidden",
                    2: "within_higher_unclear",
                    -2: "within_lower_unclear",
                }[side]
        sentences = [TEXTS.text(key, lang, **fields)]
        bd = entry.breslow_day_p_value
        if bd is not None and bd < SIGNIFICANCE_LEVEL:
            sentences.append(TEXTS.text("heterogeneous", lang, column=column, p=_p(bd, lang)))
        if entry.strata_used < strata:
            sentences.append(
                TEXTS.text(
                    "strata_used",
                    lang,
                    used=format_int(entry.strata_used, lang),
                    strata=format_int(strata, lang),
                    column=column,
                )
            )
        texts[lang] = " ".join(sentences)
    return Bilingual(**texts)


def stratified_section(
    table: pd.DataFrame, analysis: Analysis, *, column: str, confidence_level: float
) -> Stratified:
    """Each non-reference group against the reference group within the strata of ``column``."""
    attributes = list(analysis.attributes)
    known = known_rows(collapse(table, [*attributes, STRATUM, SELECTED]), attributes)
    unknown_strata = int(known.loc[known[STRATUM].isna(), COUNT].sum())
    known = known[known[STRATUM].notna()]
    strata = int(known[STRATUM].nunique())
    reference = next((g for g in analysis.groups if g.is_reference), None)
    entries = []
    if reference is not None:
        ref_counts = _stratum_counts(known, attributes, reference.values)
        for group in analysis.groups:
            if group.is_reference:
                continue
            tables = usable_tables(_stratum_counts(known, attributes, group.values), ref_counts)
            figures = compare_within_strata(tables, confidence_level=confidence_level)
            entry = StratumGroup(
                values=group.values,
                pooled_direction_reversed=reversed_direction(
                    group.impact_ratio,
                    figures["mh_odds_ratio"],  # type: ignore[arg-type]
                ),
                **figures,  # type: ignore[arg-type]
            )
            finding = _finding(entry, group, reference, column=column, strata=strata)
            entries.append(entry.model_copy(update={"finding": finding}))
    return Stratified(
        column=column, strata=strata, unknown_strata_rows=unknown_strata, groups=entries
    )

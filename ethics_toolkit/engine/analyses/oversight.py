"""Human oversight (issue 11): the tool's recommendation against the final, human decision.

A pure function of the cells (``RECOMMENDED`` x ``SELECTED`` per group), so a row-level log, a
database ``GROUP BY`` and a re-computation from the register give the same figures.

Decisions:

- Rows whose recommendation is empty are left out of every oversight figure (they are counted in
  ``Oversight.unknown_recommendation`` and the finding says so); the pooled analysis keeps them.
- The analysis-level figures (``agreement``, ``overridden_to_yes``, ``overridden_to_no``, ``n``)
  cover every row with a known recommendation, also those whose sensitive value is unknown, so the
  headline agreement is the same in every analysis. The groups cover the analysis' known groups.
- ``overridden_to_yes``: the tool said no, the person said yes; ``overridden_to_no``: the tool
  said yes, the person said no; ``agreement``: the share of rows where both said the same.
- Both impact ratios divide by the rate of the analysis' reference group (chosen on the final
  decision, :mod:`ethics_toolkit.engine.analyses.metrics`) within the same rows: ``ai_impact_ratio``
  on the recommendations, ``final_impact_ratio`` on the final decisions; ``None`` when that group's
  rate is 0 or it has no row with a known recommendation.
- Did people reduce or amplify the tool's disparity? The change of a group's impact ratio,
  ``ln(final_impact_ratio) - ln(ai_impact_ratio)``, equals ``ln(pf_g / pa_g) - ln(pf_r / pa_r)``:
  the group's paired change of rate minus the reference group's. Each paired log ratio has the
  delta-method variance ``(b + c) / ((a + b)(a + c))`` (``a`` both yes, ``b`` overridden to yes,
  ``c`` overridden to no: McNemar's discordant pairs carry the information); the two groups are
  independent, so the variances add, and a two-sided Wald z-test gives ``change_p_value``. It tests
  exactly what the finding claims (the ratio moved), respects that the recommendation and the
  decision concern the same people, and compares with the reference group, which people may
  treat differently too. A group or reference group with nobody recommended or selected gets 0.5
  added to each of its four cells (Haldane); with no discordant pair in either group nothing
  changed and the p-value is 1. A group whose ratio is 0 in the tool's recommendations or in the
  decisions is tested in the same way (a ratio of 0 lies infinitely far from parity, so 0 -> 0.8
  is "reduced" and 0.8 -> 0 "amplified"); only an undefined ratio (nobody in the reference group
  recommended or selected) has no p-value. Large-sample test: with few overrides read it with
  care.
- The direction: "reduced" when the final ratio is closer to parity (1) than the tool's on the log
  scale, "amplified" when it is further away; a change is reported as such only when
  ``change_p_value`` < 0.05.
- Agreement of at least :data:`FOLLOWS_TOOL` (95 %) means that in practice the tool decides
  (GDPR Art. 22, CJEU C-634/21 SCHUFA); the register takes that up.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ethics_toolkit.engine.cells.frame import COUNT, RECOMMENDED, SELECTED, collapse
from ethics_toolkit.engine.models import Analysis, Oversight, OversightGroup
from ethics_toolkit.engine.presentation.findings import _who
from ethics_toolkit.i18n import Lang, format_int, format_number, format_p_value, format_percent
from ethics_toolkit.i18n.text import Bilingual, Catalogue

if TYPE_CHECKING:
    import pandas as pd

FOLLOWS_TOOL = 0.95
"""Agreement at or above this share: people follow the tool, which decides in practice."""
SIGNIFICANCE_LEVEL = 0.05

TEXTS = Catalogue(
    {
        "follows": Bilingual(
            sv="Människorna följde verktyget i {agreement} av fallen ({agree} av {n}): i "
            "praktiken är det verktyget som beslutar (GDPR art. 22, SCHUFA-domen C-634/21).",
            en="People followed the tool in {agreement} of cases ({agree} of {n}): in practice "
            "the tool decides (GDPR Art. 22, SCHUFA ruling C-634/21).",
        ),
        "changes": Bilingual(
            sv="Människorna ändrade verktygets rekommendation i {changed} av fallen: {yes} fick "
            "ja trots verktygets nej och {no} fick nej trots verktygets ja.",
            en="People changed the tool's recommendation in {changed} of cases: {yes} got a yes "
            "despite the tool's no and {no} a no despite the tool's yes.",
        ),
        "unknown": Bilingual(
            sv=" {k} rader utan rekommendation lämnades utanför jämförelsen.",
            en=" {k} rows without a recommendation were left out of the comparison.",
        ),
        "reduced": Bilingual(
            sv="Människorna minskade verktygets skillnad för {who}: verktyget rekommenderade "
            "dem {ai} gånger så ofta som {ref}, de slutliga besluten valde dem {final} gånger så "
            "ofta (p {p}).",
            en="People reduced the tool's disparity for {who}: the tool recommended them at "
            "{ai} times the rate of {ref}, the final decisions selected them at {final} times "
            "the rate (p {p}).",
        ),
        "amplified": Bilingual(
            sv="Människorna förstärkte verktygets skillnad för {who}: verktyget rekommenderade "
            "dem {ai} gånger så ofta som {ref}, de slutliga besluten valde dem {final} gånger så "
            "ofta (p {p}).",
            en="People amplified the tool's disparity for {who}: the tool recommended them at "
            "{ai} times the rate of {ref}, the final decisions selected them at {final} times "
            "the rate (p {p}).",
        ),
        "unchanged": Bilingual(
            sv="För {who} ändrade människorna inte verktygets skillnad mer än slumpen kan "
            "förklara: kvoten var {ai} i verktygets rekommendationer och {final} i besluten "
            "(p {p}).",
            en="For {who} people did not change the tool's disparity beyond what chance "
            "explains: the ratio was {ai} in the tool's recommendations and {final} in the "
            "decisions (p {p}).",
        ),
        "reference": Bilingual(
            sv="{who} är referensgruppen: verktyget rekommenderade {ai_rate}, besluten valde "
            "{final_rate}.",
            en="{who} are the reference group: the tool recommended {ai_rate}, the decisions "
            "selected {final_rate}.",
        ),
        "undefined": Bilingual(
            sv="För {who} kan kvoterna inte jämföras (ingen i referensgruppen rekommenderades "
            "eller valdes): verktyget rekommenderade {ai_rate}, besluten valde {final_rate}.",
            en="For {who} the ratios cannot be compared (nobody in the reference group was "
            "recommended or selected): the tool recommended {ai_rate}, the decisions selected "
            "{final_rate}.",
        ),
    }
)


@dataclass(frozen=True)
class _Pairs:
    """The paired 2x2 table of one group: (recommended, selected) counts."""

    both_yes: int  # a
    to_yes: int  # b: tool no, person yes
    to_no: int  # c: tool yes, person no
    both_no: int  # d

    @property
    def n(self) -> int:
        return self.both_yes + self.to_yes + self.to_no + self.both_no

    @property
    def ai_selected(self) -> int:
        return self.both_yes + self.to_no

    @property
    def final_selected(self) -> int:
        return self.both_yes + self.to_yes


def _pairs(frame: pd.DataFrame) -> _Pairs:
    counts: dict[tuple[bool, bool], int] = {}
    for recommended, selected, count in frame[[RECOMMENDED, SELECTED, COUNT]].itertuples(
        index=False
    ):
        key = (bool(recommended), bool(selected))
        counts[key] = counts.get(key, 0) + int(count)
    return _Pairs(
        both_yes=counts.get((True, True), 0),
        to_yes=counts.get((False, True), 0),
        to_no=counts.get((True, False), 0),
        both_no=counts.get((False, False), 0),
    )


def _log_change(p: _Pairs) -> tuple[float, float]:
    """``ln(final rate / tool rate)`` of one group and its paired delta-method variance."""
    a, b, c = float(p.both_yes), float(p.to_yes), float(p.to_no)
    if p.final_selected == 0 or p.ai_selected == 0:
        a, b, c = a + 0.5, b + 0.5, c + 0.5
    return math.log((a + b) / (a + c)), (b + c) / ((a + b) * (a + c))


def ratio_change_p(group: _Pairs, reference: _Pairs) -> float:
    """Two-sided p of "people changed this group's impact ratio" (module docstring)."""
    from scipy.stats import norm

    if group.to_yes + group.to_no + reference.to_yes + reference.to_no == 0:
        return 1.0
    change_g, var_g = _log_change(group)
    change_r, var_r = _log_change(reference)
    z = (change_g - change_r) / math.sqrt(var_g + var_r)
    return float(min(1.0, 2 * norm.sf(abs(z))))


def _p(p: float | None, lang: Lang) -> str:
    text = format_p_value(p, lang)
    return text if text.startswith("<") else f"= {text}"


def _group_finding(group: OversightGroup, reference: OversightGroup | None) -> Bilingual:
    def one(lang: Lang) -> str:
        who = _who(group.values, lang)
        rates = {
            "ai_rate": format_percent(group.ai_rate, lang),
            "final_rate": format_percent(group.final_rate, lang),
        }
        if reference is not None and group.values == reference.values:
            return TEXTS.text("reference", lang, who=who[:1].upper() + who[1:], **rates)
        if group.ai_impact_ratio is None or group.final_impact_ratio is None:
            return TEXTS.text("undefined", lang, who=who, **rates)
        assert reference is not None
        key = direction(group)
        return TEXTS.text(
            key,
            lang,
            who=who,
            ref=_who(reference.values, lang),
            ai=format_number(group.ai_impact_ratio, lang),
            final=format_number(group.final_impact_ratio, lang),
            p=_p(group.change_p_value, lang),
        )

    return Bilingual(sv=one("sv"), en=one("en"))


def _distance(ratio: float) -> float:
    """How far a ratio lies from parity on the log scale; a ratio of 0 is infinitely far."""
    return abs(math.log(ratio)) if ratio > 0 else math.inf


def direction(group: OversightGroup) -> str:
    """``reduced``, ``amplified`` or ``unchanged``: did people move the ratio (significantly)?"""
    if (
        group.change_p_value is None
        or group.change_p_value >= SIGNIFICANCE_LEVEL
        or group.ai_impact_ratio is None
        or group.final_impact_ratio is None
    ):
        return "unchanged"
    tool, final = _distance(group.ai_impact_ratio), _distance(group.final_impact_ratio)
    if final < tool:
        return "reduced"
    return "amplified" if final > tool else "unchanged"


def tool_decides(oversight: Oversight) -> bool:
    """People followed the tool in at least 95 % of the compared cases."""
    return oversight.n > 0 and oversight.agreement >= FOLLOWS_TOOL


def _finding(oversight: Oversight, unknown: int) -> Bilingual:
    def one(lang: Lang) -> str:
        agree = oversight.n - oversight.overridden_to_yes - oversight.overridden_to_no
        if tool_decides(oversight):
            text = TEXTS.text(
                "follows",
                lang,
                agreement=format_percent(oversight.agreement, lang),
                agree=format_int(agree, lang),
                n=format_int(oversight.n, lang),
            )
        else:
            text = TEXTS.text(
                "changes",
                lang,
                changed=format_percent(1 - oversight.agreement, lang),
                yes=format_int(oversight.overridden_to_yes, lang),
                no=format_int(oversight.overridden_to_no, lang),
            )
        if unknown:
            text += TEXTS.text("unknown", lang, k=format_int(unknown, lang))
        return text

    return Bilingual(sv=one("sv"), en=one("en"))


def oversight_section(table: pd.DataFrame, analysis: Analysis) -> Oversight | None:
    """The oversight figures of one analysis from its cell table (see the module docstring).

    ``None`` when no row of the scope has a known recommendation (a period may have none).
    """
    attributes = list(analysis.attributes)
    counted = collapse(table, [*attributes, RECOMMENDED, SELECTED])
    has_recommendation = counted[RECOMMENDED].notna()
    unknown = int(counted.loc[~has_recommendation, COUNT].sum())
    compared = counted[has_recommendation]
    overall = _pairs(compared)
    if overall.n == 0:
        return None
    known = compared[compared[attributes].notna().all(axis=1)]
    pairs = {
        tuple(key if isinstance(key, tuple) else (key,)): _pairs(part)
        for key, part in known.groupby(attributes, sort=True)
    }
    reference_key = tuple((analysis.reference_group or {}).get(a) for a in attributes)
    reference = pairs.get(reference_key)
    groups = []
    for group in analysis.groups:
        key = tuple(group.values[a] for a in attributes)
        p = pairs.get(key)
        if p is None or p.n == 0:
            continue
        ai_ratio = final_ratio = change = None
        if reference is not None and reference.ai_selected > 0:
            ai_ratio = (p.ai_selected * reference.n) / (p.n * reference.ai_selected)
        if reference is not None and reference.final_selected > 0:
            final_ratio = (p.final_selected * reference.n) / (p.n * reference.final_selected)
        if (
            reference is not None
            and key != reference_key
            and ai_ratio is not None
            and final_ratio is not None
        ):
            change = ratio_change_p(p, reference)
        groups.append(
            OversightGroup(
                values=dict(group.values),
                n=p.n,
                ai_selected=p.ai_selected,
                ai_rate=p.ai_selected / p.n,
                final_selected=p.final_selected,
                final_rate=p.final_selected / p.n,
                agreement=(p.both_yes + p.both_no) / p.n,
                overridden_to_yes=p.to_yes,
                overridden_to_no=p.to_no,
                ai_impact_ratio=ai_ratio,
                final_impact_ratio=final_ratio,
                change_p_value=change,
            )
        )
    reference_group = next(
        (g for g in groups if tuple(g.values[a] for a in attributes) == reference_key), None
    )
    groups = [g.model_copy(update={"finding": _group_finding(g, reference_group)}) for g in groups]
    oversight = Oversight(
        agreement=(overall.both_yes + overall.both_no) / overall.n,
        overridden_to_yes=overall.to_yes,
        overridden_to_no=overall.to_no,
        groups=groups,
        n=overall.n,
        unknown_recommendation=unknown,
    )
    return oversight.model_copy(update={"finding": _finding(oversight, unknown)})

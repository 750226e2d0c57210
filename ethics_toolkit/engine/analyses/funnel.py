"""The selection funnel (issue 11): at which step between stages does a gap between groups arise?

A pure function of the cells (furthest ``STAGE`` reached per group). For every stage after the
first, in the given order, one step:

- ``entered``: rows that reached the previous stage or a later one; ``passed``: rows that reached
  this stage or a later one; ``pass_rate = passed / entered`` (``None`` when nobody entered).
- The reference group of each step is chosen exactly as the main analysis chooses its own
  (:mod:`ethics_toolkit.engine.analyses.metrics`), but on the pass rates of that step: the highest
  pass rate among groups that are not small (under 2 % of the step's entrants), ties to the larger
  group, then the first in sort order. So the reference group can differ from step to step.
- ``impact_ratio`` against that group, ``adverse_impact`` when strictly below four-fifths (exact
  integers), ``p_value`` from the two-sided Fisher exact test; ``None``/``False`` when the
  reference group passed nobody, or for a group that entered nobody.
- Rows without a stage are left out of the funnel (they stay in the pooled analysis when it has
  its own ``--outcome``). The groups are the analysis' known groups, in its order.

The step finding says whether the gap arises there, and :func:`funnel_summary` names the step
where it arises for the summary ("the gap arises at the interview stage; screening treats the
groups alike").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ethics_toolkit.engine.analyses.metrics import fisher_p, is_adverse, is_small
from ethics_toolkit.engine.models import Analysis, FunnelGroup, FunnelStep
from ethics_toolkit.engine.presentation.findings import _who
from ethics_toolkit.i18n import Lang, format_number, format_p_value, format_percent
from ethics_toolkit.i18n.text import Bilingual, Catalogue

if TYPE_CHECKING:
    import pandas as pd

TEXTS = Catalogue(
    {
        "gap": Bilingual(
            sv="Steget till {stage}: här uppstår en skillnad. {who} gick vidare {ratio} gånger "
            "så ofta som {ref} ({rate} mot {ref_rate}, p {p}).",
            en="The step to {stage}: a gap arises here. {who} passed at {ratio} times the rate "
            "of {ref} ({rate} vs {ref_rate}, p {p}).",
        ),
        "alike": Bilingual(
            sv="Steget till {stage} behandlar grupperna lika: ingen grupp under fyra femtedelar "
            "(lägsta kvot {ratio}).",
            en="The step to {stage} treats the groups alike: no group below four-fifths "
            "(lowest ratio {ratio}).",
        ),
        "undefined": Bilingual(
            sv="Steget till {stage}: ingen i referensgruppen gick vidare, så kvoterna kan inte "
            "beräknas.",
            en="The step to {stage}: nobody in the reference group passed, so no ratios.",
        ),
        "empty": Bilingual(
            sv="Steget till {stage}: ingen sökande nådde steget före.",
            en="The step to {stage}: no applicant reached the stage before.",
        ),
        "summary_gap": Bilingual(
            sv="Skillnaden uppstår vid steget till {gaps}",
            en="The gap arises at the {gaps} stage",
        ),
        "summary_gaps": Bilingual(
            sv="Skillnaden uppstår vid stegen till {gaps}",
            en="The gap arises at the {gaps} stages",
        ),
        "summary_alike": Bilingual(
            sv="; steget till {alike} behandlar grupperna lika",
            en="; the step to {alike} treats the groups alike",
        ),
        "summary_alikes": Bilingual(
            sv="; stegen till {alike} behandlar grupperna lika",
            en="; the steps to {alike} treat the groups alike",
        ),
        "summary_none": Bilingual(
            sv="Inget steg i urvalsprocessen har en grupp under fyra femtedelar.",
            en="No step of the selection funnel has a group below four-fifths.",
        ),
        "and": Bilingual(sv=" och ", en=" and "),
    }
)


def _p(p: float | None, lang: Lang) -> str:
    text = format_p_value(p, lang)
    return text if text.startswith("<") else f"= {text}"


def _reference(counts: dict[tuple[str, ...], tuple[int, int]]) -> tuple[str, ...] | None:
    """The step's reference group, chosen as :func:`ethics_toolkit.engine.analyses.metrics.analyse`
    does."""
    entered = {key: n for key, (n, _) in counts.items() if n > 0}
    if not entered:
        return None
    total = sum(entered.values())
    candidates = [k for k in sorted(entered) if not is_small(entered[k], total)] or sorted(entered)
    best = candidates[0]
    for key in candidates[1:]:
        (n, s), (n_best, s_best) = counts[key], counts[best]
        if (s * n_best, n) > (s_best * n, n_best):
            best = key
    return best


def _step(
    stage: str, keys: list[tuple[str, ...]], counts: dict, attributes: list[str]
) -> FunnelStep:
    ref_key = _reference(counts)
    n_ref, s_ref = counts[ref_key] if ref_key is not None else (0, 0)
    groups = []
    for key in keys:
        n, s = counts[key]
        ratio = p_value = None
        adverse = False
        if n > 0 and ref_key is not None:
            if key != ref_key:
                p_value = fisher_p(s, n, s_ref, n_ref)
            if s_ref > 0:
                ratio = 1.0 if key == ref_key else (s * n_ref) / (n * s_ref)
                adverse = key != ref_key and is_adverse(s, n, s_ref, n_ref)
        groups.append(
            FunnelGroup(
                values=dict(zip(attributes, key, strict=True)),
                entered=n,
                passed=s,
                pass_rate=s / n if n else None,
                impact_ratio=ratio,
                adverse_impact=adverse,
                p_value=p_value,
            )
        )
    reference = dict(zip(attributes, ref_key, strict=True)) if ref_key is not None else None
    step = FunnelStep(stage=stage, reference_group=reference, groups=groups)
    return step.model_copy(update={"finding": _finding(step)})


def _finding(step: FunnelStep) -> Bilingual:
    def one(lang: Lang) -> str:
        reference = next((g for g in step.groups if g.values == step.reference_group), None)
        if reference is None:
            return TEXTS.text("empty", lang, stage=step.stage)
        ratios = [g.impact_ratio for g in step.groups if g.impact_ratio is not None]
        if not ratios:
            return TEXTS.text("undefined", lang, stage=step.stage)
        adverse = [g for g in step.groups if g.adverse_impact]
        if not adverse:
            lowest = format_number(min(ratios), lang)
            return TEXTS.text("alike", lang, stage=step.stage, ratio=lowest)
        worst = min(adverse, key=lambda g: g.impact_ratio or 0.0)
        who = _who(worst.values, lang)
        return TEXTS.text(
            "gap",
            lang,
            stage=step.stage,
            who=who[:1].upper() + who[1:],
            ratio=format_number(worst.impact_ratio, lang),
            ref=_who(reference.values, lang),
            rate=format_percent(worst.pass_rate, lang),
            ref_rate=format_percent(reference.pass_rate, lang),
            p=_p(worst.p_value, lang),
        )

    return Bilingual(sv=one("sv"), en=one("en"))


def funnel_section(
    table: pd.DataFrame, analysis: Analysis, *, stages: Sequence[str]
) -> list[FunnelStep]:
    """One :class:`FunnelStep` per stage after the first (see the module docstring)."""
    from ethics_toolkit.engine.cells.frame import COUNT, STAGE, collapse

    attributes = list(analysis.attributes)
    counted = collapse(table, [*attributes, STAGE])
    counted = counted[counted[STAGE].notna() & counted[attributes].notna().all(axis=1)]
    position = {stage: i for i, stage in enumerate(stages)}
    # reached[key][i]: rows of the group whose furthest stage is i.
    keys = [tuple(g.values[a] for a in attributes) for g in analysis.groups]
    reached = {key: [0] * len(stages) for key in keys}
    for *key, stage, count in counted[[*attributes, STAGE, COUNT]].itertuples(index=False):
        reached.setdefault(tuple(key), [0] * len(stages))[position[stage]] += int(count)
    steps = []
    for k in range(1, len(stages)):
        counts = {key: (sum(row[k - 1 :]), sum(row[k:])) for key, row in reached.items()}
        steps.append(_step(stages[k], keys, counts, attributes))
    return steps


def gap_steps(steps: Sequence[FunnelStep]) -> list[FunnelStep]:
    """The steps with a group below four-fifths, in funnel order."""
    return [s for s in steps if any(g.adverse_impact for g in s.groups)]


def _join(names: Sequence[str], lang: Lang) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + TEXTS["and"].get(lang) + names[-1]


def funnel_summary(steps: Sequence[FunnelStep], lang: Lang) -> str:
    """Where the gap arises: "The gap arises at the interview stage; the steps to ... alike"."""
    gaps = gap_steps(steps)
    if not gaps:
        return TEXTS.text("summary_none", lang)
    alike = [
        s.stage
        for s in steps
        if s not in gaps and any(g.impact_ratio is not None for g in s.groups)
    ]
    key = "summary_gap" if len(gaps) == 1 else "summary_gaps"
    text = TEXTS.text(key, lang, gaps=_join([s.stage for s in gaps], lang))
    if alike:
        key = "summary_alike" if len(alike) == 1 else "summary_alikes"
        text += TEXTS.text(key, lang, alike=_join(alike, lang))
    return text + "."


def rows_in_funnel(steps: Sequence[FunnelStep]) -> int:
    """Applicants with a known stage and known group: those who entered the first step."""
    return sum(g.entered for g in steps[0].groups) if steps else 0

"""When the reference group may mislead (issue 20): small, or an "other"/unknown category.

The reference group is the highest selection rate among groups that are not small (under 2 %),
which a group of 55 people named "Annat/vill ej uppge" can be: every real group is then compared
with nobody in particular. The default stays (it is the published rule), but the analysis says so:

- ``REFERENCE_SMALL``: the reference group holds under :data:`SMALL_REFERENCE_SHARE` (5 %) of the
  analysed rows, so every ratio rests on few people;
- ``REFERENCE_OTHER``: a value of the reference group reads like "other" or unknown
  (:func:`~ethics_toolkit.engine.reading.meanings.looks_like_other`); not said of a reference the
  user chose.

Each warning names the better choice when there is one: the highest rate among the groups that
are neither small (5 %) nor "other", offered as ``--reference COL=VALUE`` for one attribute.
"""

from __future__ import annotations

from ethics_toolkit.engine.models import Analysis, GroupResult, ReferenceWarning
from ethics_toolkit.engine.presentation.labels import group_label
from ethics_toolkit.engine.reading.meanings import looks_like_other
from ethics_toolkit.engine.spec import AuditSpec
from ethics_toolkit.i18n import LANGS, format_int, format_percent
from ethics_toolkit.i18n.text import Bilingual, Catalogue

SMALL_REFERENCE_SHARE = 0.05

TEXTS = Catalogue(
    {
        "REFERENCE_SMALL": Bilingual(
            sv="Referensgruppen {ref} är liten ({n} av {total} granskade, {share}), så varje "
            "kvot vilar på få personer.",
            en="The reference group {ref} is small ({n} of {total} analysed, {share}), so every "
            "impact ratio rests on few people.",
        ),
        "REFERENCE_OTHER": Bilingual(
            sv="Referensgruppen {ref} ser ut som en kategori för annat eller okänt, så "
            "jämförelsen säger lite om hur de andra grupperna behandlas.",
            en='The reference group {ref} looks like an "other" or unknown category, so the '
            "comparison says little about how the other groups are treated.",
        ),
        "better": Bilingual(
            sv=" Välj en annan referensgrupp: {group} har den högsta urvalsandelen bland de "
            "andra ({option}).",
            en=" Choose another reference group: {group} has the highest selection rate among "
            "the others ({option}).",
        ),
    }
)


def _is_other(group: GroupResult) -> bool:
    return any(looks_like_other(value) for value in group.values.values())


def _large(group: GroupResult, analysis: Analysis) -> bool:
    return group.n >= SMALL_REFERENCE_SHARE * analysis.n_analysed


def better_reference(analysis: Analysis) -> GroupResult | None:
    """The highest rate among the groups that are neither small (5 %) nor "other"."""
    pool = [
        g
        for g in analysis.groups
        if not g.is_reference and _large(g, analysis) and not _is_other(g)
    ]
    best = None
    for g in pool:  # exact comparison of s/n, then size, as the reference itself is chosen
        if best is None or (g.selected * best.n, g.n) > (best.selected * g.n, best.n):
            best = g
    return best


def reference_warnings(analysis: Analysis, spec: AuditSpec) -> list[ReferenceWarning]:
    """The warnings of one analysis of the whole log (see the module docstring)."""
    reference = next((g for g in analysis.groups if g.is_reference), None)
    if reference is None:
        return []
    codes = []
    if not _large(reference, analysis):
        codes.append("REFERENCE_SMALL")
    if analysis.reference_chosen != "given" and _is_other(reference):
        codes.append("REFERENCE_OTHER")
    if not codes:
        return []
    better = better_reference(analysis)
    alternative = better.values if better is not None else None
    warnings = []
    for code in codes:
        texts, reasons = {}, {}
        for lang in LANGS:
            text = TEXTS.text(
                code,
                lang,
                ref=group_label(reference.values, spec),
                n=format_int(reference.n, lang),
                total=format_int(analysis.n_analysed, lang),
                share=format_percent(reference.share, lang, decimals=1),
            )
            reasons[lang] = text
            if better is not None:
                option = " ".join(f"--reference {c}={v}" for c, v in better.values.items())
                text += TEXTS.text(
                    "better", lang, group=group_label(better.values, spec), option=option
                )
            texts[lang] = text
        warnings.append(
            ReferenceWarning(
                code=code,
                message=Bilingual(**texts),
                alternative=alternative,
                reason=Bilingual(**reasons),
            )
        )
    return warnings

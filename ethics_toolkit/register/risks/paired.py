"""Risks proposed by a paired test (issue 24): one per contrast whose difference is worth acting
on. Not saved until the user accepts, as for the risks a log audit proposes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ethics_toolkit.engine.paired.texts import VALUE_PHRASES, amount
from ethics_toolkit.i18n import Lang
from ethics_toolkit.i18n.text import Bilingual

if TYPE_CHECKING:
    from ethics_toolkit.engine.paired.models import Contrast
    from ethics_toolkit.register.domain.paired import PairedRun
    from ethics_toolkit.register.domain.risks import Risk

PAIRED_RISK_CATEGORY = "non_discrimination"
PAIRED_RISK_REFERENCES = ("DL 1 kap. 4 §", "DL 2 kap. 1 §", "DL 3 kap. 5 §")
GROUNDS: dict[str, list[str]] = {
    "gender": ["sex"],
    "origin": ["ethnicity", "religion"],  # a name signals both (see engine/paired/names.py)
    "age": ["age"],
    "gap": ["sex"],  # parental leave is taken more often by women
}
PROPOSED_FOR = ("adverse_significant", "adverse_not_significant")
PAIRED_RISK_TITLE = Bilingual(
    sv="Verktyget bedömer likadana CV:n olika: CV:n med {worse} fick {amount} lägre än med "
    "{better} (parat test, version {version})",
    en="The tool judges identical CVs differently: CVs with {worse} got {amount} less than with "
    "{better} (paired test, version {version})",
)
NO_VERSION = Bilingual(sv="ej angiven", en="not stated")


def paired_risk(*, run: PairedRun, contrast: Contrast, owner: str, lang: Lang) -> Risk | None:
    """The risk one contrast of a saved paired test proposes, or ``None`` when it proposes none.

    Likelier when the difference is unlikely to be chance; the description is the finding.
    """
    from ethics_toolkit.register.domain.risks import Risk

    worse = contrast.worse
    if contrast.verdict not in PROPOSED_FOR or worse is None or contrast.mean_difference is None:
        return None
    better = contrast.baseline if worse == contrast.level else contrast.level
    title = PAIRED_RISK_TITLE.format(
        lang,
        worse=VALUE_PHRASES[worse].get(lang),
        better=VALUE_PHRASES[better].get(lang),
        amount=amount(abs(contrast.mean_difference), contrast.measure, lang),
        version=run.tool_version or NO_VERSION.get(lang),
    )
    return Risk.model_validate(
        {
            "tool_id": run.tool_id,
            "title": title,
            "description": contrast.finding.get(lang) if contrast.finding else "",
            "category": PAIRED_RISK_CATEGORY,
            "legal_references": list(PAIRED_RISK_REFERENCES),
            "grounds": GROUNDS[contrast.attribute],
            "likelihood": 5 if contrast.verdict == "adverse_significant" else 3,
            "severity": 4,
            "treatment": "mitigate",
            "owner": owner,
            "status": "open",
        }
    )


def paired_risks(run: PairedRun, *, owner: str, lang: Lang) -> list[Risk]:
    """Every risk a saved paired test proposes, in the order of its contrasts."""
    proposed = (
        paired_risk(run=run, contrast=c, owner=owner, lang=lang) for c in run.result.contrasts
    )
    return [risk for risk in proposed if risk is not None]

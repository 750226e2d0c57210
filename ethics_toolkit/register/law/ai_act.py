"""The AI Act's dates as data (``ai_act_dates.yaml``), and the one sentence that states them.

The report, the checklists' guidance and the Learn page read the dates from here, so no two
places can state different dates (issue 12). Until the Digital Omnibus is published in the
Official Journal, every statement gives both the date of Art. 113 as published and the Omnibus
date, and says which applies when.
"""

from __future__ import annotations

import functools
from datetime import date
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict

from ethics_toolkit.i18n import Lang
from ethics_toolkit.i18n.text import Bilingual

DATES_FILE = Path(__file__).resolve().parent / "ai_act_dates.yaml"
MONTHS = tuple(
    Bilingual(sv=sv, en=en)
    for sv, en in zip(
        ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
         "oktober", "november", "december"),
        ("January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"),
        strict=True,
    )
)  # fmt: skip


class Omnibus(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    agreed: date
    annex_iii: date
    annex_i: date
    published: date | None = None


class AIActDates(BaseModel):
    """When the AI Act's obligations apply; ``omnibus.published`` is ``None`` until confirmed."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    prohibitions: date
    annex_iii: date
    omnibus: Omnibus

    def annex_iii_in_force(self) -> date:
        """The date deployers of Annex III systems must meet their duties from, as far as known."""
        return self.omnibus.annex_iii if self.omnibus.published else self.annex_iii


@functools.cache
def dates() -> AIActDates:
    """The dates of ``ai_act_dates.yaml`` (read once per process)."""
    return AIActDates.model_validate(yaml.safe_load(DATES_FILE.read_text(encoding="utf-8")))


def long_date(value: date, lang: Lang) -> str:
    """``1 mars 2027`` / ``1 March 2027``."""
    return f"{value.day} {MONTHS[value.month - 1].get(lang)} {value.year}"


def placeholders(lang: Lang) -> dict[str, str]:
    """The dates for texts that mention them: ``{annex_iii_date}``, ``{omnibus_annex_iii_date}``,
    ``{omnibus_agreed_date}``, ``{prohibitions_date}``."""
    found = dates()
    return {
        "prohibitions_date": long_date(found.prohibitions, lang),
        "annex_iii_date": long_date(found.annex_iii, lang),
        "omnibus_annex_iii_date": long_date(found.omnibus.annex_iii, lang),
        "omnibus_agreed_date": long_date(found.omnibus.agreed, lang),
    }


DEPLOYER_DATES = Bilingual(
    sv="Skyldigheterna för högrisksystem enligt bilaga III, bland annat användarens skyldigheter i "
    "art. 26, gäller från den {annex_iii_date} enligt art. 113 i förordningen som den är "
    "publicerad. Enligt överenskommelsen om Digital Omnibus ({omnibus_agreed_date}) flyttas de "
    "till den {omnibus_annex_iii_date} när ändringen har publicerats i EU:s officiella tidning. "
    "Rapporten ({as_of}) har inte den publiceringen registrerad som bekräftad: kontrollera i EU:s "
    "officiella tidning.",
    en="The obligations for Annex III high-risk systems, including the deployer duties of Art. 26, "
    "apply from {annex_iii_date} under Art. 113 of the Regulation as published. Under the Digital "
    "Omnibus agreement ({omnibus_agreed_date}) they move to {omnibus_annex_iii_date} once the "
    "amendment is published in the Official Journal of the EU. This report ({as_of}) does not "
    "record that publication as confirmed: check the Official Journal.",
)
DEPLOYER_DATES_PUBLISHED = Bilingual(
    sv="Skyldigheterna för högrisksystem enligt bilaga III, bland annat användarens skyldigheter i "
    "art. 26, gäller från den {omnibus_annex_iii_date} enligt Digital Omnibus (publicerad i EU:s "
    "officiella tidning den {published_date}); enligt art. 113 i den ursprungliga lydelsen skulle "
    "de ha gällt från den {annex_iii_date}.",
    en="The obligations for Annex III high-risk systems, including the deployer duties of Art. 26, "
    "apply from {omnibus_annex_iii_date} under the Digital Omnibus (published in the Official "
    "Journal on {published_date}); under Art. 113 as first published they would have applied "
    "from {annex_iii_date}.",
)


def deployer_dates(lang: Lang, *, as_of: date | None) -> str:
    """When a deployer's Annex III duties apply, both dates and the date the statement holds for."""
    found, values = dates(), placeholders(lang)
    if found.omnibus.published is not None:
        published = long_date(found.omnibus.published, lang)
        return DEPLOYER_DATES_PUBLISHED.format(lang, published_date=published, **values)
    when = long_date(as_of, lang) if as_of else "–"
    return DEPLOYER_DATES.format(lang, as_of=when, **values)

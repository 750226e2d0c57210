"""The AI Act's dates as data (``ai_act_dates.yaml``), versioned by date, and the sentence that
states them.

The report, the checklists' guidance, the Learn page and the statements about a tool read the
dates from here, so no two places can state different dates (issue 12). Every fact carries the day
it became known (``valid_from``) and its source, so a statement made as of a day uses only what was
known then (issue 21 §7): the steps of the Digital Omnibus (political agreement, Parliament,
Council, publication) are facts from their own dates. Until the Omnibus' publication in the
Official Journal is recorded, every statement gives both the date of Art. 113 as published and the
Omnibus date, and says which applies when.
"""

from __future__ import annotations

import functools
from datetime import date, timedelta
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict

from ethics_toolkit.i18n import Lang
from ethics_toolkit.i18n.text import Bilingual

DATES_FILE = Path(__file__).resolve().parent / "ai_act_dates.yaml"
ENTRY_INTO_FORCE_DAYS = 3
"""The Omnibus enters into force on the third day after its publication in the Official Journal."""
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

OmnibusStep = Literal["agreed", "parliament", "council"]


class DatedFact(BaseModel):
    """A date the law sets, known from ``valid_from``, with its source."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    date: date
    valid_from: date
    source: Bilingual


class Step(BaseModel):
    """One step of the Omnibus' adoption: a fact from its own date on."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    step: OmnibusStep
    date: date
    source: Bilingual


class Omnibus(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    annex_iii: date
    annex_i: date
    steps: list[Step]
    published: date | None = None
    published_source: Bilingual | None = None

    @property
    def agreed(self) -> date:
        return self.step_date("agreed") or self.steps[0].date

    def step_date(self, step: OmnibusStep) -> date | None:
        return next((s.date for s in self.steps if s.step == step), None)

    def latest_step(self, as_of: date | None) -> Step | None:
        """The newest step known on ``as_of`` (``None``: every step in the file)."""
        known = [s for s in self.steps if as_of is None or s.date <= as_of]
        return max(known, key=lambda s: s.date, default=None)

    def in_force_from(self) -> date | None:
        """The day the Omnibus applies from, once its publication is recorded."""
        if self.published is None:
            return None
        return self.published + timedelta(days=ENTRY_INTO_FORCE_DAYS)

    def in_force(self, as_of: date | None) -> bool:
        start = self.in_force_from()
        return start is not None and (as_of is None or start <= as_of)


class AIActDates(BaseModel):
    """When the AI Act's obligations apply; ``omnibus.published`` is ``None`` until confirmed."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: date
    prohibitions_fact: DatedFact
    annex_iii_fact: DatedFact
    omnibus: Omnibus

    @property
    def prohibitions(self) -> date:
        return self.prohibitions_fact.date

    @property
    def annex_iii(self) -> date:
        return self.annex_iii_fact.date

    def annex_iii_in_force(self, as_of: date | None = None) -> date:
        """The date deployers of Annex III systems must meet their duties from, as far as known."""
        return self.omnibus.annex_iii if self.omnibus.in_force(as_of) else self.annex_iii

    def sources(self, as_of: date | None) -> list[Bilingual]:
        """The sources of the facts known on ``as_of``, oldest first."""
        found = [self.prohibitions_fact.source]
        if self.annex_iii_fact.source != self.prohibitions_fact.source:
            found.append(self.annex_iii_fact.source)
        found += [s.source for s in self.omnibus.steps if as_of is None or s.date <= as_of]
        if self.omnibus.published_source is not None and self.omnibus.in_force(as_of):
            found.append(self.omnibus.published_source)
        return found


def load_dates(path: Path) -> AIActDates:
    """The dates of a YAML file shaped like ``ai_act_dates.yaml``."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return AIActDates(
        version=raw["version"],
        prohibitions_fact=raw["prohibitions"],
        annex_iii_fact=raw["annex_iii"],
        omnibus=raw["omnibus"],
    )


@functools.cache
def dates() -> AIActDates:
    """The dates of ``ai_act_dates.yaml`` (read once per process)."""
    return load_dates(DATES_FILE)


def long_date(value: date, lang: Lang) -> str:
    """``1 mars 2027`` / ``1 March 2027``."""
    return f"{value.day} {MONTHS[value.month - 1].get(lang)} {value.year}"


OMNIBUS_STATUS = {
    "agreed": Bilingual(
        sv="den politiska överenskommelsen om Digital Omnibus om AI ({agreed_date})",
        en="the political agreement on the Digital Omnibus on AI ({agreed_date})",
    ),
    "parliament": Bilingual(
        sv="Digital Omnibus om AI, som Europaparlamentet godkände den {parliament_date} "
        "(politisk överenskommelse {agreed_date})",
        en="the Digital Omnibus on AI, approved by the European Parliament on {parliament_date} "
        "(political agreement of {agreed_date})",
    ),
    "council": Bilingual(
        sv="Digital Omnibus om AI, som rådet antog den {council_date} efter Europaparlamentets "
        "omröstning den {parliament_date}",
        en="the Digital Omnibus on AI, adopted by the Council on {council_date} after the "
        "European Parliament's vote of {parliament_date}",
    ),
}


def omnibus_status(lang: Lang, *, as_of: date | None = None) -> str:
    """How far the Omnibus had come on ``as_of`` ("adopted by the Council on ..."); empty before
    its political agreement."""
    found = dates().omnibus
    step = found.latest_step(as_of)
    if step is None:
        return ""
    values = {
        f"{name}_date": long_date(day, lang)
        for name in ("agreed", "parliament", "council")
        if (day := found.step_date(name)) is not None  # type: ignore[arg-type]
    }
    return OMNIBUS_STATUS[step.step].format(lang, **values)


def placeholders(lang: Lang, *, as_of: date | None = None) -> dict[str, str]:
    """The dates for texts that mention them: ``{annex_iii_date}``, ``{omnibus_annex_iii_date}``,
    ``{omnibus_agreed_date}``, ``{prohibitions_date}``, ``{omnibus_status}``."""
    found = dates()
    return {
        "prohibitions_date": long_date(found.prohibitions, lang),
        "annex_iii_date": long_date(found.annex_iii, lang),
        "omnibus_annex_iii_date": long_date(found.omnibus.annex_iii, lang),
        "omnibus_agreed_date": long_date(found.omnibus.agreed, lang),
        "omnibus_status": omnibus_status(lang, as_of=as_of),
    }


DEPLOYER_DATES = Bilingual(
    sv="Skyldigheterna för högrisksystem enligt bilaga III, bland annat användarens skyldigheter i "
    "art. 26, gäller från den {annex_iii_date} enligt art. 113 i förordningen som den är "
    "publicerad. Enligt {omnibus_status}, flyttas de till den {omnibus_annex_iii_date} när "
    "ändringen har publicerats i EU:s officiella tidning (den träder i kraft tredje dagen efter "
    "publiceringen). Rapporten ({as_of}) har inte den publiceringen registrerad som bekräftad: "
    "kontrollera i EU:s officiella tidning.",
    en="The obligations for Annex III high-risk systems, including the deployer duties of Art. 26, "
    "apply from {annex_iii_date} under Art. 113 of the Regulation as published. Under "
    "{omnibus_status}, they move to {omnibus_annex_iii_date} once the amendment is published in "
    "the Official Journal of the EU (it enters into force on the third day after publication). "
    "This report ({as_of}) does not record that publication as confirmed: check the Official "
    "Journal.",
)
DEPLOYER_DATES_NO_OMNIBUS = Bilingual(
    sv="Skyldigheterna för högrisksystem enligt bilaga III, bland annat användarens skyldigheter i "
    "art. 26, gäller från den {annex_iii_date} enligt art. 113 i förordningen.",
    en="The obligations for Annex III high-risk systems, including the deployer duties of Art. 26, "
    "apply from {annex_iii_date} under Art. 113 of the Regulation.",
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
    """When a deployer's Annex III duties apply as known on ``as_of``: both dates until the
    Omnibus is in force, and how far it had come."""
    found, values = dates(), placeholders(lang, as_of=as_of)
    if found.omnibus.in_force(as_of):
        published = long_date(found.omnibus.published, lang)  # type: ignore[arg-type]
        return DEPLOYER_DATES_PUBLISHED.format(lang, published_date=published, **values)
    if not values["omnibus_status"]:
        return DEPLOYER_DATES_NO_OMNIBUS.format(lang, **values)
    when = long_date(as_of, lang) if as_of else "–"
    return DEPLOYER_DATES.format(lang, as_of=when, **values)

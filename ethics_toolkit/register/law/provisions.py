"""Provisions as data, versioned by date (``provisions.yaml``, issue 21 §7).

A provision (AI Act Art. 4, Art. 26(5), the basis for processing special-category data to detect
bias) has versions, each with the day it applies from and its source. :func:`in_force` gives the
version that applies on a day, :func:`pending` a change adopted but not yet in force (the Digital
Omnibus until its publication is recorded in ``ai_act_dates.yaml``). :func:`law_version` names the
version of the law content a statement used, which every report prints.
"""

from __future__ import annotations

import functools
from datetime import date
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict

from ethics_toolkit.i18n import Lang
from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.register.law.ai_act import dates, long_date, omnibus_status, placeholders

PROVISIONS_FILE = Path(__file__).resolve().parent / "provisions.yaml"
ProvisionName = Literal["art4", "art26_5", "special_category_bias"]
OMNIBUS = "omnibus"


class ProvisionVersion(BaseModel):
    """One version of a provision's wording."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    valid_from: date | Literal["omnibus"]
    source: Bilingual
    outcome: str
    sv: str
    en: str
    short: Bilingual | None = None

    @property
    def text(self) -> Bilingual:
        return Bilingual(sv=self.sv.strip(), en=self.en.strip())

    def starts(self) -> date | None:
        """The day this version applies from (``None``: an Omnibus change not yet in force)."""
        if self.valid_from == OMNIBUS:
            return dates().omnibus.in_force_from()
        return self.valid_from  # type: ignore[return-value]

    def applies(self, as_of: date | None) -> bool:
        start = self.starts()
        return start is not None and (as_of is None or start <= as_of)


def load_provisions(path: Path) -> dict[str, list[ProvisionVersion]]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {
        name: [ProvisionVersion.model_validate(v) for v in versions]
        for name, versions in raw.items()
    }


@functools.cache
def provisions() -> dict[str, list[ProvisionVersion]]:
    """The provisions of ``provisions.yaml`` (read once per process)."""
    return load_provisions(PROVISIONS_FILE)


def in_force(name: ProvisionName, as_of: date | None) -> ProvisionVersion:
    """The version of ``name`` that applies on ``as_of`` (``None``: every date in the file)."""
    versions = [v for v in provisions()[name] if v.applies(as_of)]
    if not versions:  # a day before the first version: the first is what the law will say
        return provisions()[name][0]
    return max(versions, key=lambda v: v.starts() or date.min)


def pending(name: ProvisionName, as_of: date | None) -> ProvisionVersion | None:
    """A change to ``name`` adopted (at least politically agreed) on ``as_of`` but not in force."""
    if dates().omnibus.latest_step(as_of) is None:
        return None
    current = in_force(name, as_of)
    return next(
        (v for v in provisions()[name] if v.valid_from == OMNIBUS and v is not current), None
    )


PENDING_CHANGE = Bilingual(
    sv="Ännu inte i kraft: {text} ({status}; den gäller från tredje dagen efter publiceringen i "
    "EU:s officiella tidning, som ännu inte är registrerad.)",
    en="Not yet in force: {text} ({status}; it applies from the third day after its publication "
    "in the Official Journal, which is not yet recorded.)",
)


def pending_note(name: ProvisionName, lang: Lang, as_of: date | None) -> str:
    """ "Not yet in force: ... (the Digital Omnibus ..., adopted by ...)", or empty when no change
    is pending on ``as_of``."""
    change = pending(name, as_of)
    if change is None:
        return ""
    status = omnibus_status(lang, as_of=as_of)
    status = status[:1].upper() + status[1:]
    return PENDING_CHANGE.format(lang, status=status, text=change.text.get(lang))


class LawVersion(BaseModel):
    """Which version of the law content a statement used, and its sources (issue 21 §7)."""

    model_config = ConfigDict(frozen=True)

    version: date
    as_of: date | None
    omnibus_in_force: bool
    sources: list[Bilingual]

    def label(self, lang: Lang) -> str:
        when = long_date(self.as_of, lang) if self.as_of else "–"
        return VERSION_LABEL.format(lang, version=self.version.isoformat(), as_of=when)


VERSION_LABEL = Bilingual(
    sv="version {version}, tillämpad per {as_of}", en="version {version}, applied as of {as_of}"
)


def law_version(as_of: date | None) -> LawVersion:
    """The law content used for statements as of ``as_of``, with the sources of what applies."""
    found = dates()
    sources = found.sources(as_of)
    for name in ("art4", "art26_5", "special_category_bias"):
        source = in_force(name, as_of).source  # type: ignore[arg-type]
        if source not in sources:
            sources.append(source)
    return LawVersion(
        version=found.version,
        as_of=as_of,
        omnibus_in_force=found.omnibus.in_force(as_of),
        sources=sources,
    )


def law_placeholders(lang: Lang, *, as_of: date | None = None) -> dict[str, str]:
    """Every placeholder a text about the law may use: the AI Act's dates
    (:func:`~ethics_toolkit.register.law.ai_act.placeholders`) and the wording in force on
    ``as_of``: ``{art4_text}``, ``{art4_pending}``, ``{art26_5_text}``, ``{art26_5_short}``."""
    values = placeholders(lang, as_of=as_of)
    art4, art26_5 = in_force("art4", as_of), in_force("art26_5", as_of)
    values["art4_text"] = art4.text.get(lang)
    values["art4_pending"] = pending_note("art4", lang, as_of)
    values["art26_5_text"] = art26_5.text.get(lang)
    values["art26_5_short"] = (art26_5.short or art26_5.text).get(lang)
    return values

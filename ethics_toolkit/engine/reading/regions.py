"""The built-in grouping of a country of birth into a region (issue 20), read from data.

The countries, their Swedish and English names and variants, the three regions and the source of
the split are in ``regions.yaml`` next to this module (shipped in the wheel): data, not code. A
name is matched ignoring case, accents, punctuation and the words "och"/"and"/"the"
(:func:`name_key`), so "Bosnien och Hercegovina" and "Bosnien-Hercegovina" are one country.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

BUILTIN = "region"
"""The name of the built-in grouping in ``--regroup COL=region`` and in a recipe."""
DATA = Path(__file__).with_name("regions.yaml")
_FILLER_WORDS = frozenset({"och", "and", "the", "&"})
_NOT_WORD = re.compile(r"[^0-9a-z]+")


def name_key(name: str) -> str:
    """How a country name is compared: no case, accents, punctuation or filler words."""
    plain = unicodedata.normalize("NFKD", name.casefold().replace("ß", "ss"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    plain = plain.replace("'", "").replace("\u2019", "")
    words = [w for w in _NOT_WORD.sub(" ", plain).split() if w not in _FILLER_WORDS]
    return " ".join(words)


@dataclass(frozen=True)
class RegionMap:
    """The regions in order, the name of each country key's region, and the source of the split."""

    regions: tuple[str, ...]
    region_of: dict[str, str]
    source: str


@functools.cache
def region_map() -> RegionMap:
    """The built-in map, read once from ``regions.yaml``."""
    import yaml

    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    region_of: dict[str, str] = {}
    for region, countries in data["regions"].items():
        for names in countries:
            for name in names:
                key = name_key(str(name))
                if region_of.setdefault(key, region) != region:
                    raise ValueError(f"{name!r} is in two regions of {DATA.name}")
    return RegionMap(tuple(data["regions"]), region_of, " ".join(str(data["source"]).split()))


def region_of(value: str) -> str | None:
    """The region of a country of birth (a region's own name maps to itself), or ``None``."""
    built_in = region_map()
    key = name_key(value)
    if not key:
        return None
    found = built_in.region_of.get(key)
    if found is not None:
        return found
    return next((r for r in built_in.regions if name_key(r) == key), None)


def country_share(labels: Iterable[str]) -> tuple[int, int]:
    """(values that are countries in the map, values) among ``labels``."""
    labels = list(labels)
    return sum(region_of(label) is not None for label in labels), len(labels)

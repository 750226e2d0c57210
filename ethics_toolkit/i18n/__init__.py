"""Languages, bilingual text and number formatting: a leaf every layer may use.

Swedish is the product's first language; English is complete alongside it. Numbers are formatted
per language (decimal comma and non-breaking thin spaces in Swedish) so reports read naturally.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable
from typing import Literal

Lang = Literal["sv", "en"]
LANGS: tuple[Lang, ...] = ("sv", "en")
LANG_NAMES: dict[Lang, str] = {"sv": "Svenska", "en": "English"}
"""Each language named in itself, for language pickers."""
LOCALES: dict[Lang, str] = {"sv": "sv-SE", "en": "en-GB"}
"""BCP 47 tags, e.g. for a PDF's /Lang."""

_THIN_NBSP = "\u202f"


def chosen_lang() -> Lang | None:
    """The language the person chose: ``ETHICS_TOOLKIT_LANG``, else the locale; ``None`` when
    neither says anything (no locale, or the C/POSIX locale of containers and cron jobs).

    Any locale but Swedish reads English (the product has no third language).
    """
    explicit = os.environ.get("ETHICS_TOOLKIT_LANG", "").lower()
    if explicit in LANGS:
        return explicit  # type: ignore[return-value]
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            if value in ("C", "POSIX") or value.startswith("C."):
                return None
            return "sv" if value.lower().startswith("sv") else "en"
    return None


def default_lang() -> Lang:
    """The language when ``--lang`` is not given and nothing is known of the data:
    ``ETHICS_TOOLKIT_LANG``, then the locale, then English."""
    return chosen_lang() or "en"


# Words of decision logs that name their language (column names and values, lower case).
_SWEDISH = (
    "kön ålder beslut antagen antagna anställd anställning sökande ursprung födelseland bakgrund "
    "kvinna kvinnor män ja nej urval utvald vald intervju poäng datum tjänst befattning avdelning "
    "etnicitet funktionsnedsättning godkänd kvalificerad rekommendation steg erbjudande avslag "
    "utfall grupp antal valda period kvartal"
)
_ENGLISH = (
    "gender sex age decision selected hired outcome yes no applicant applicants background origin "
    "score qualified woman women men recommendation stage date ethnicity rejected offer interview "
    "count group department"
)
_SWEDISH_WORDS = frozenset(_SWEDISH.split())
_ENGLISH_WORDS = frozenset(_ENGLISH.split())


def language_of(words: Iterable[object]) -> Lang | None:
    """The language of a decision log's own words (column names, values), when they tell one.

    A word with å, ä or ö, or a known Swedish HR term, counts for Swedish; a known English term for
    English; the majority decides, and a tie (or nothing known) says nothing (``None``). Used when
    the person chose no language, so that a C locale does not give English sentences around
    Swedish column names (issue 25).
    """
    swedish = english = 0
    for word in words:
        for part in str(word).lower().replace("_", " ").replace("-", " ").split():
            if part in _SWEDISH_WORDS or any(c in part for c in "åäö"):
                swedish += 1
            elif part in _ENGLISH_WORDS:
                english += 1
    if swedish == english:
        return None
    return "sv" if swedish > english else "en"


def format_number(value: float | int | None, lang: Lang, decimals: int = 2) -> str:
    """``1234.5`` -> ``1 234,50`` (sv) or ``1,234.50`` (en); ``None``/NaN -> an en dash."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    text = f"{value:,.{decimals}f}"
    if lang == "sv":
        text = text.replace(",", _THIN_NBSP).replace(".", ",")
    return text


def format_int(value: int | None, lang: Lang) -> str:
    return format_number(value, lang, 0)


def format_percent(rate: float | None, lang: Lang, decimals: int = 0) -> str:
    """A rate in [0, 1] as a percentage: ``0.1875`` -> ``19 %`` (sv) / ``19%`` (en)."""
    if rate is None or (isinstance(rate, float) and math.isnan(rate)):
        return "–"
    number = format_number(rate * 100, lang, decimals)
    return f"{number}{_THIN_NBSP}%" if lang == "sv" else f"{number}%"


def quoted(text: str, lang: Lang) -> str:
    """``text`` in the language's quotation marks: ”…” in Swedish, “…” in English."""
    return f"”{text}”" if lang == "sv" else f"“{text}”"


def format_points(difference: float | None, lang: Lang, decimals: int = 1) -> str:
    """A difference of two rates in percentage points: ``0.075`` -> ``7,5 procentenheter`` /
    ``7.5 percentage points`` (a difference of rates is not a percentage of anything)."""
    if difference is None or (isinstance(difference, float) and math.isnan(difference)):
        return "–"
    number = format_number(difference * 100, lang, decimals)
    return f"{number} procentenheter" if lang == "sv" else f"{number} percentage points"


def format_p_value(p: float | None, lang: Lang) -> str:
    """p-values as a reader expects them: two significant digits, ``< 0.001`` below that."""
    if p is None or (isinstance(p, float) and math.isnan(p)):
        return "–"
    if p < 0.001:
        return "< " + format_number(0.001, lang, 3)
    if p < 0.01:
        return format_number(p, lang, 3)
    return format_number(p, lang, 2)

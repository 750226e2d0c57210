"""What the words of a value say: yes or no, unknown, "other", or two answers in one (issue 20).

Decided from the words, in Swedish and English, never from the alphabet or the order in which
values happen to come: "Ej rekommenderad" is the no of "Rekommenderad" whichever comes first.
Shared by the audit (a yes/no column whose polarity is certain needs no ``--positive``), the
guesser (which asks when it is not certain) and the recipe's questions.

Decisions:

- A value reads **yes** or **no** by its tokens (``Ja``/``Nej``, ``1``/``0``, ``true``/``false``,
  ``yes``/``no``), by a negation (``Ej …``, ``Inte …``, ``Icke …``, ``Ingen …``, ``Not …``,
  ``Non-…``, ``No …``, ``… ej``, ``… not``) or by its words (``Avböjd``, ``Avslag``, ``Rejected``,
  ``Underkänd``, ``Declined`` read no; ``Rekommenderad``, ``Godkänd``, ``Selected``, ``Hired`` read
  yes). A negation wins over the word it negates.
- Two values have a **certain** polarity when one is the other negated (``Ej X`` / ``X``), when
  both are tokens of opposite meaning, when they are a known pair (``selected``/``rejected``), or
  when exactly one reads yes and the other no. Anything else is uncertain: ask the user.
- **Unknown** phrases (``vill ej uppge``, ``okänt``, ``Prefer not to say`` …) are suggested as
  unknown; blanks and :data:`~ethics_toolkit.engine.reading.values.UNKNOWN_VALUES` are unknown
  anyway. A value that joins an unknown phrase with a category (``Annat/vill ej uppge``) is
  **combined**: neither a group nor unknown by itself, so it is put to the user.
- A value **looks like other or unknown** (a poor reference group) when one of its parts is an
  "other" word (``Annat``, ``Övrigt``, ``Other``) or an unknown phrase.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from ethics_toolkit.engine.reading.values import UNKNOWN_VALUES

Polarity = Literal["yes", "no"]

YES_TOKENS = frozenset({"1", "true", "yes", "ja", "y", "j", "sant"})
NO_TOKENS = frozenset({"0", "false", "no", "nej", "n", "falskt"})
NEGATION_WORDS = ("ej", "inte", "icke", "ingen", "inget", "inga", "not", "non", "no", "utan")
NEGATION_GLUED = ("icke-", "non-", "un", "o")
"""Prefixes written together with the word (``icke-aktuell``, ``unsuccessful``, ``olämplig``);
only where the rest is at least four letters and equals the other value."""
NEGATION_AFTER = ("ej", "inte", "not")
NO_STEMS = (
    "avböj", "avslag", "avslog", "avslagen", "reject", "declin", "underkän", "fail", "nekad",
    "nekas", "refus", "negativ", "unsuccess", "ej aktuell", "inte aktuell", "not selected",
    "ej vald", "ej godkänd", "olämplig", "unsuitable",
)  # fmt: skip
YES_STEMS = (
    "rekommender", "recommend", "godkän", "approv", "accept", "antagen", "antogs", "anställ",
    "hired", "selected", "vald", "valdes", "kallad", "invited", "shortlist", "vidare", "passed",
    "erbjud", "offer", "beviljad", "granted", "lämplig", "suitable", "kvalificerad", "qualified",
    "positiv", "success", "advance", "proceed", "intervju", "interview",
)  # fmt: skip
WORD_PAIRS = frozenset(
    {
        ("selected", "rejected"),
        ("hired", "rejected"),
        ("accepted", "rejected"),
        ("accepted", "declined"),
        ("approved", "rejected"),
        ("approved", "declined"),
        ("invited", "rejected"),
        ("shortlisted", "rejected"),
        ("pass", "fail"),
        ("passed", "failed"),
        ("positive", "negative"),
        ("godkänd", "underkänd"),
        ("godkänd", "avslag"),
        ("godkänd", "avslagen"),
        ("antagen", "avslag"),
        ("antagen", "avslagen"),
        ("anställd", "avslag"),
        ("beviljad", "avslag"),
        ("beviljad", "avslagen"),
        ("vidare", "avslag"),
        ("kallad", "avslag"),
        ("positiv", "negativ"),
    }
)
UNKNOWN_PHRASES = UNKNOWN_VALUES | frozenset(
    {
        "vill inte uppge", "vill ej svara", "vill inte svara", "avstår", "avstår från att svara",
        "prefer not to answer", "prefer not to disclose", "not disclosed", "undisclosed",
        "declined to state", "declined to answer", "ej känt", "inte känt", "okänd uppgift",
        "saknas", "ingen uppgift", "uppgift finns ej", "not known", "not specified",
        "unspecified", "ospecificerat", "ospecificerad", "n/a", "okänt land", "okänt ursprung",
        "unknown country", "?", "--", "ej angiven", "ej angivet", "inte angivet", "missing",
    }
)  # fmt: skip
OTHER_WORDS = frozenset(
    {
        "annat", "annan", "andra", "övrigt", "övriga", "other", "others", "rest", "resten",
        "annat kön", "other gender", "diverse", "blandat", "mixed", "flera", "several",
    }
)  # fmt: skip
_SPLIT = re.compile(r"\s*(?:/|\||;|,|\s+eller\s+|\s+or\s+|\s+och/eller\s+|\s+and/or\s+)\s*")
_SPACES = re.compile(r"\s+")


def fold(label: str) -> str:
    """Case and spaces folded; ``1.0``/``0,0`` as ``1``/``0``."""
    text = _SPACES.sub(" ", label.strip().casefold())
    if re.fullmatch(r"[01]([.,]0+)?", text):
        return text[0]
    return text


def _negated(text: str) -> str | None:
    """What ``text`` negates (``ej rekommenderad`` -> ``rekommenderad``), or ``None``."""
    for word in NEGATION_WORDS:
        if text.startswith(word + " ") and len(text) > len(word) + 1:
            return text[len(word) + 1 :].strip()
    for word in NEGATION_AFTER:
        if text.endswith(" " + word) and len(text) > len(word) + 1:
            return text[: -len(word) - 1].strip()
    return None


def is_negation_of(negative: str, positive: str) -> bool:
    """True when ``negative`` is ``positive`` negated (``Ej X``/``X``, ``icke-X``, ``olämplig``)."""
    n, p = fold(negative), fold(positive)
    if _negated(n) == p:
        return True
    return any(
        n == prefix + p and len(p) >= 4 and not p.startswith(prefix) for prefix in NEGATION_GLUED
    )


def polarity(label: str) -> Polarity | None:
    """Whether a value reads yes or no by its words (see the module docstring), or ``None``."""
    text = fold(label)
    if text in YES_TOKENS:
        return "yes"
    if text in NO_TOKENS:
        return "no"
    first = re.split(r"[\s,.:;!-]+", text, maxsplit=1)[0]
    if _negated(text) is not None or first in NO_TOKENS:
        return "no"
    if any(stem in text for stem in NO_STEMS):
        return "no"
    if first in YES_TOKENS or any(stem in text for stem in YES_STEMS):
        return "yes"
    return None


PolarityReason = Literal["tokens", "negation", "pair", "words"]


def certain_positive(labels: Sequence[str]) -> tuple[str, PolarityReason] | None:
    """The value meaning yes of exactly two values, when their words make it certain, and why.

    ``None`` when they are not two values or their polarity is not certain (then ask).
    """
    if len(labels) != 2:
        return None
    a, b = labels
    for positive, negative in ((a, b), (b, a)):
        p, n = fold(positive), fold(negative)
        if p in YES_TOKENS and n in NO_TOKENS:
            return positive, "tokens"
        if is_negation_of(negative, positive):
            return positive, "negation"
        if (p, n) in WORD_PAIRS:
            return positive, "pair"
    readings = (polarity(a), polarity(b))
    if readings == ("yes", "no"):
        return a, "words"
    if readings == ("no", "yes"):
        return b, "words"
    return None


def parts(label: str) -> list[str]:
    """The parts of a value that joins several answers (``Annat/vill ej uppge``)."""
    return [p for p in _SPLIT.split(fold(label)) if p]


def is_unknown_phrase(label: str) -> bool:
    """A value that says nothing is known (every part of it an unknown phrase)."""
    whole = fold(label)
    if whole == "" or whole in UNKNOWN_PHRASES:
        return True
    pieces = parts(label)
    return bool(pieces) and all(p in UNKNOWN_PHRASES for p in pieces)


def is_combined(label: str) -> bool:
    """An unknown phrase joined with a category (``Annat/vill ej uppge``): ask the user."""
    pieces = parts(label)
    unknown = [p for p in pieces if p in UNKNOWN_PHRASES]
    return len(pieces) >= 2 and bool(unknown) and len(unknown) < len(pieces)


def looks_like_other(label: str) -> bool:
    """A value naming "other" or "unknown" (a reference group that compares with nobody)."""
    if fold(label) in UNKNOWN_PHRASES:
        return True
    return any(p in OTHER_WORDS or p in UNKNOWN_PHRASES for p in parts(label))

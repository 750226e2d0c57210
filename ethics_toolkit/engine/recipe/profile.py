"""What a column's header and values look like, for :mod:`ethics_toolkit.engine.recipe.guess`.

A :class:`Profile` is computed from the distinct values (``value_counts``), so it costs one pass
over the rows per column. The word lists recognise Swedish and English exports: yes/no pairs,
decision words, typical values of sex, origin and age bands, identifiers and personal details.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ethics_toolkit.engine.reading.meanings import WORD_PAIRS, certain_positive
from ethics_toolkit.engine.reading.values import UNKNOWN_VALUES

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

NUMERIC_SHARE = 0.98
"""A column is numeric when at least this share of its distinct values are numbers."""
MIN_ID_ROWS = 10

_WORD = re.compile(r"[^\w]+")
_CAMEL = re.compile(r"(?<=[a-zåäö])(?=[A-ZÅÄÖ])")
_NUMBER = re.compile(r"^[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?$")
_ID_SHAPES = (
    re.compile(r"^[A-Za-z]{1,5}[-_/.]?\d{2,}[A-Za-z]?$"),  # A-00017, CR-07100, EMP123
    re.compile(r"^\d{6}(\d{2})?[-+]?\d{4}$"),  # Swedish personal identity number
    re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"),
    re.compile(r"^0\d{3,}$"),  # numbers kept as text with leading zeros
)
# One pattern for "any of the shapes": one match per value instead of one per shape and value.
_ID_SHAPE = re.compile("|".join(f"(?:{shape.pattern})" for shape in _ID_SHAPES))
_ID_LAST_TOKENS = frozenset(
    {"id", "nr", "nummer", "number", "no", "nbr", "ref", "referens", "reference", "uuid", "guid"}
)
_PERSONAL_TOKENS = frozenset(
    {
        "namn",
        "name",
        "förnamn",
        "efternamn",
        "firstname",
        "lastname",
        "surname",
        "email",
        "epost",
        "mejl",
        "telefon",
        "telefonnummer",
        "phone",
        "mobil",
        "mobile",
        "adress",
        "address",
        "personnummer",
        "personnr",
        "ssn",
    }
)
_SHORT_SUFFIXES = ("s", "es", "group", "grupp", "band", "bands", "range", "class", "klass", "cat")

POSITIVE_TOKENS = frozenset({"1", "true", "yes", "ja", "y", "j", "sant"})
NEGATIVE_TOKENS = frozenset({"0", "false", "no", "nej", "n", "falskt"})
_NEGATIONS = ("ej ", "inte ", "icke ", "not ", "no ", "non-", "non ", "icke-", "un")
_DECISION_POSITIVE = (
    "hired", "anställ", "selected", "vald", "valdes", "accepted", "antagen", "antogs", "offer",
    "erbjud", "invited", "kallad", "passed", "godkänd", "approved", "shortlist", "vidare",
)  # fmt: skip
_DECISION_OTHER = (
    "reject", "avslag", "avslog", "declin", "avböj", "fail", "underkänd", "not ", "ej ",
    "inte ", "withdr", "tillbaka", "återkall", "återtag", "cancel", "avbr", "pending", "reserv",
    "waitlist", "on hold", "väntar",
)  # fmt: skip
_GENDER_STRONG = frozenset(
    {"kvinna", "kvinnor", "man", "män", "female", "male", "woman", "women", "men", "kvinnlig",
     "manlig", "flicka", "pojke"}
)  # fmt: skip
_GENDER_ALL = _GENDER_STRONG | frozenset(
    {"k", "m", "f", "w", "x", "annat", "annan", "other", "icke-binär", "ickebinär", "icke binär",
     "non-binary", "nonbinary", "non binary", "diverse"}
)  # fmt: skip
_GENDER_LETTERS = (frozenset({"k", "m"}), frozenset({"f", "m"}))
_REGION_TOKENS = frozenset(
    {"sverige", "svensk", "svenska", "swedish", "sweden", "norden", "nordic", "nordisk",
     "nordiska", "europa", "europe", "european", "europeisk", "eu", "ees", "eea", "utanför",
     "outside", "utrikes", "inrikes", "utländsk", "utlandsfödd", "foreign", "född", "born",
     "afrika", "africa", "asien", "asia", "mellanöstern", "amerika", "america", "americas",
     "oceanien", "oceania", "latinamerika", "sydamerika", "nordamerika", "domestic", "mena"}
)  # fmt: skip
_FILLER = frozenset({"annat", "annan", "other", "övrigt", "övriga", "rest", "resten", "others"})
_AGE_BAND = re.compile(
    r"^(under|över|over|below|above|upp till|up to|<|>|≤|≥|<=|>=)?\s*(\d{1,3})\s*(år|years|y)?"
    r"\s*(([-–—]|to|till)\s*(\d{1,3})\s*(år|years|y)?|\+|och äldre|eller äldre|and over|or older"
    r"|and older|och yngre|or younger)?$"
)


def _tokens(column: str) -> list[str]:
    spaced = _CAMEL.sub(" ", column).replace("_", " ")
    return [w for w in _WORD.split(spaced.casefold()) if w]


def is_id_name(column: str) -> bool:
    """A header naming an identifier or a personal detail (never used for any role)."""
    tokens = _tokens(column)
    folded = column.casefold().strip()
    return bool(tokens) and (
        tokens[-1] in _ID_LAST_TOKENS
        or any(t in _PERSONAL_TOKENS for t in tokens)
        or any(mark in folded for mark in ("e-post", "e-mail", "e-mejl"))
        or folded.endswith(("nr", "nummer", "number"))
        or re.search(r"[a-zåäö](ID|Id)$", column.strip()) is not None
    )


def matches(column: str, names: Iterable[str]) -> bool:
    """A header matches when one of its words is a known name, or starts with one.

    Short names (``age``, ``sex``, ``n``) match only whole words or with a known suffix
    (``agegroup``), so ``agent`` is not an age.
    """
    if is_id_name(column):
        return False
    tokens = _tokens(column)
    for name in names:
        for token in tokens:
            if token == name:
                return True
            if len(name) >= 4 and token.startswith(name):
                return True
            if 2 <= len(name) <= 3 and token in {name + suffix for suffix in _SHORT_SUFFIXES}:
                return True
    return False


def _fold(label: str) -> str:
    text = label.strip().casefold()
    if re.fullmatch(r"[01]([.,]0+)?", text):
        return text[0]
    return text


def _negated(negative: str, positive: str) -> bool:
    return any(negative == prefix + positive for prefix in _NEGATIONS)


def decision_pair(labels: Sequence[str]) -> str | None:
    """The value meaning yes when ``labels`` are exactly a yes/no pair, else ``None``.

    Certain pairs first (:func:`~ethics_toolkit.engine.reading.meanings.certain_positive`: a
    value and its negation, yes/no words), then a decision word against a withdrawal or a wait.
    """
    if len(labels) != 2:
        return None
    certain = certain_positive(labels)
    if certain is not None:
        return certain[0]
    for positive, negative in (labels, labels[::-1]):
        p, n = _fold(positive), _fold(negative)
        if (
            (p in POSITIVE_TOKENS and n in NEGATIVE_TOKENS)
            or (p, n) in WORD_PAIRS
            or _negated(n, p)
        ):
            return positive
    # Decision words in both directions ("Passed" / "Rejected", "Kallad" / "Ej aktuell"):
    # exactly one value reads like yes and the other like no or withdrawn.
    yes = [label for label in labels if _reads_yes(label)]
    no = [label for label in labels if _reads_other(label)]
    if len(yes) == 1 and len(no) == 1 and yes != no:
        return yes[0]
    return None


def _reads_yes(label: str) -> bool:
    folded = _fold(label)
    return any(stem in folded for stem in _DECISION_POSITIVE) and not _reads_other(label)


def _reads_other(label: str) -> bool:
    folded = _fold(label)
    return any(stem in folded for stem in _DECISION_OTHER)


def decision_words(labels: Sequence[str]) -> bool:
    """Values that read like decisions (hired, rejected, withdrawn ...), in both directions."""
    folded = [label.casefold() for label in labels]
    positive = [f for f in folded if any(stem in f for stem in _DECISION_POSITIVE)]
    other = [f for f in folded if any(stem in f for stem in _DECISION_OTHER)]
    return bool(positive) and bool(other) and 2 * len(set(positive) | set(other)) >= len(folded)


def looks_like_gender(labels: Sequence[str]) -> bool:
    folded = {label.strip().casefold() for label in labels}
    if not folded <= _GENDER_ALL:
        return False
    return bool(folded & _GENDER_STRONG) or any(
        letters <= folded <= letters | {"x"} for letters in _GENDER_LETTERS
    )


def looks_like_origin(labels: Sequence[str]) -> bool:
    regional = 0
    for label in labels:
        tokens = set(_tokens(label))
        if tokens & _REGION_TOKENS:
            regional += 1
        elif label.strip().casefold() not in _FILLER:
            return False
    return regional >= 2


def looks_like_age_bands(labels: Sequence[str]) -> bool:
    bands = 0
    for label in labels:
        text = label.strip().casefold()
        match = _AGE_BAND.match(text)
        if match is None or not 14 <= int(match.group(2)) <= 99:
            return False
        bands += bool(match.group(1) or match.group(4))  # a band, not a bare number
    return bands >= 2


@dataclass
class Profile:
    """A column's distinct values and what they look like (see the module docstring)."""

    labels: list[str]
    counts: dict[str, int]
    rows: int
    filled: int
    numbers: np.ndarray | None = None  # per row (NaN where missing) when the column is numeric
    has_decimals: bool = False
    unique_text: bool = False
    consecutive: bool = False
    id_example: str | None = None
    known_labels: list[str] = field(default_factory=list)

    @property
    def many_numbers(self) -> bool:
        return self.numbers is not None and len(self.labels) >= 3

    @property
    def whole_numbers(self) -> bool:
        import numpy as np

        if self.numbers is None or self.has_decimals:
            return False
        values = self.numbers[~np.isnan(self.numbers)]
        return bool(len(values)) and bool((values >= 0).all())

    @property
    def zero_one(self) -> bool:
        return set(self.labels) <= {"0", "1"}

    def never_above(self, other: Profile) -> bool:
        """Row by row no larger than ``other`` (both whole numbers, on the same rows)."""
        import numpy as np

        if self.numbers is None or other.numbers is None:
            return False
        both = ~np.isnan(self.numbers) & ~np.isnan(other.numbers)
        return bool(both.any()) and bool((self.numbers[both] <= other.numbers[both]).all())


def _label(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def profile(series: pd.Series) -> Profile:
    """The :class:`Profile` of one column."""
    import numpy as np
    import pandas as pd

    counts: dict[str, int] = {}
    found = series.value_counts(dropna=True, sort=True)
    # ``tolist`` converts in one call; iterating an Arrow-backed index converts value by value.
    for value, count in zip(found.index.tolist(), found.tolist(), strict=True):
        label = value.strip() if type(value) is str else _label(value)  # the common case inline
        if label:
            counts[label] = counts.get(label, 0) + int(count)
    # Most rows first, then by label: two stable sorts with C-level keys (an id column has a
    # label per row).
    labels = sorted(sorted(counts), key=counts.__getitem__, reverse=True)
    filled = sum(counts.values())
    result = Profile(labels=labels, counts=counts, rows=len(series), filled=filled)
    result.known_labels = [v for v in labels if v.casefold() not in UNKNOWN_VALUES]
    numeric = [v for v in labels if _NUMBER.match(v)]
    if labels and len(numeric) >= NUMERIC_SHARE * len(labels):
        if pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(
            series.dtype
        ):
            numbers = series.to_numpy(dtype=float, na_value=np.nan)
        else:
            text = series.astype("string").str.strip().str.replace(",", ".", regex=False)
            numbers = pd.to_numeric(text, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
        finite = numbers[np.isfinite(numbers)]
        result.numbers = np.where(np.isfinite(numbers), numbers, np.nan)
        result.has_decimals = bool(len(finite)) and bool((finite != np.floor(finite)).any())
        unique = len(labels) == filled
        if unique and filled >= MIN_ID_ROWS and not result.has_decimals and len(finite):
            result.consecutive = float(finite.max() - finite.min()) + 1 <= 1.1 * filled
    elif filled >= MIN_ID_ROWS and len(labels) == filled:
        result.unique_text = True
    if filled >= MIN_ID_ROWS and 2 * len(labels) >= filled:
        shaped = [v for v in labels if _ID_SHAPE.match(v)]
        if len(shaped) >= 0.9 * len(labels):
            result.id_example = shaped[0]
    return result

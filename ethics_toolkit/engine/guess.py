"""Good first guesses for the column mapping, from Swedish and English headers and the values.

Used by the app to pre-fill its column mapping and by the engine to recognise a file of group
counts. A guess is only a suggestion the user confirms; nothing here is used without being shown.
Identifier columns (``id``, ``Sökande-ID``) are never guessed for any role.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ethics_toolkit.engine.models import SpecGuess

if TYPE_CHECKING:
    import pandas as pd

SENSITIVE_NAMES = (
    "kön",
    "gender",
    "sex",
    "bakgrund",
    "background",
    "ethnicity",
    "ethnic",
    "etnicitet",
    "race",
    "ursprung",
    "födelseland",
    "ålder",
    "åldersgrupp",
    "age",
    "funktionsnedsättning",
    "disability",
    "religion",
    "nationality",
    "nationalitet",
)
# The intersection of three or more attributes splits a log into many tiny cells; suggest the first
# two (typically sex and background, as NYC LL144 does) and let the user add more.
MAX_SUGGESTED_SENSITIVE = 2
OUTCOME_NAMES = (
    "urval",
    "selected",
    "selection",
    "outcome",
    "beslut",
    "decision",
    "hired",
    "anställd",
    "invited",
    "kallad",
    "shortlisted",
    "valda",
    "vald",
    "result",
    "resultat",
)
SCORE_NAMES = ("poäng", "score", "rating", "points", "ranking", "rank")
TRUTH_NAMES = ("kvalificerad", "qualified", "truth", "label", "facit", "lämplig", "suitable")
COUNT_NAMES = ("applicants", "antal", "sökande", "count", "n", "total", "number")
_TOKEN = re.compile(r"[^\wåäöÅÄÖ]+")
_POSITIVE = ("1", "true", "yes", "ja")
_NEGATIVE = ("0", "false", "no", "nej")


def _tokens(column: str) -> list[str]:
    words = [w for w in _TOKEN.split(column.casefold().replace("_", " ")) if w]
    return words


def _is_id(column: str) -> bool:
    tokens = _tokens(column)
    return bool(tokens) and (
        tokens[-1] in ("id", "nr", "nummer") or column.casefold().endswith("id")
    )


def _matches(column: str, names: Iterable[str]) -> bool:
    """A header matches when one of its words is, or starts with, a known name (``age_band``)."""
    if _is_id(column):
        return False
    tokens = _tokens(column)
    names = tuple(names)
    return any(
        t == name or (len(name) > 2 and t.startswith(name)) for t in tokens for name in names
    )


def _first(columns: Sequence[str], names: Iterable[str], exclude: Iterable[str] = ()) -> str | None:
    excluded = set(exclude)
    names = tuple(names)
    # Prefer a header that is exactly a known name, then one that contains it.
    for column in columns:
        if column not in excluded and not _is_id(column) and column.casefold().strip() in names:
            return column
    return next((c for c in columns if c not in excluded and _matches(c, names)), None)


def find_count_column(columns: Sequence[str], *, exclude: Iterable[str] = ()) -> str | None:
    """The column that most likely holds the number of applicants per group, if any."""
    return _first(columns, COUNT_NAMES, exclude)


def _labels(series: pd.Series) -> list[str]:
    values = series.dropna().astype(str).str.strip().unique().tolist()
    return sorted(v for v in values if v)


def _positive_value(series: pd.Series) -> str | None:
    labels = _labels(series)
    positives = [v for v in labels if v.casefold() in _POSITIVE]
    negatives = [v for v in labels if v.casefold() in _NEGATIVE]
    if len(labels) <= 2 and len(positives) == 1 and len(positives) + len(negatives) == len(labels):
        return positives[0]
    return None


def _whole_numbers(series: pd.Series) -> bool:
    labels = _labels(series)
    return bool(labels) and all(re.fullmatch(r"\d+(\.0+)?", v) for v in labels)


def guess_spec(frame: pd.DataFrame) -> SpecGuess:
    """Suggest which column is the outcome (and its positive value), score, sensitive, truth.

    Works on a preview as well as on a whole log. Aggregated files are recognised by a count
    column next to a column of whole numbers named like selected.
    """
    import pandas as pd

    columns = [str(c) for c in frame.columns]
    sensitive_like = [c for c in columns if _matches(c, SENSITIVE_NAMES)]
    sensitive = sensitive_like[:MAX_SUGGESTED_SENSITIVE]
    count_column = find_count_column(columns, exclude=sensitive_like)
    selected_column = _first(columns, OUTCOME_NAMES, [*sensitive_like, count_column or ""])
    if (
        count_column
        and selected_column
        and _whole_numbers(frame[count_column])
        and _whole_numbers(frame[selected_column])
        and not set(_labels(frame[selected_column])) <= {"0", "1"}
    ):
        return SpecGuess(
            sensitive=sensitive,
            aggregated=True,
            count_column=count_column,
            selected_column=selected_column,
            outcome=selected_column,
        )
    taken = set(sensitive_like)
    outcome = _first(columns, OUTCOME_NAMES, taken)
    if outcome:
        taken.add(outcome)
    score = _first(columns, SCORE_NAMES, taken)
    if score is not None and not pd.api.types.is_numeric_dtype(frame[score].dtype):
        numbers = pd.to_numeric(
            frame[score].astype("string").str.replace(",", ".", regex=False), errors="coerce"
        )
        if numbers.notna().sum() < frame[score].notna().sum():
            score = None
    if score:
        taken.add(score)
    truth = _first(columns, TRUTH_NAMES, taken)
    return SpecGuess(
        outcome=outcome,
        positive=_positive_value(frame[outcome]) if outcome else None,
        score=score,
        sensitive=sensitive,
        truth=truth,
        truth_positive=_positive_value(frame[truth]) if truth else None,
    )

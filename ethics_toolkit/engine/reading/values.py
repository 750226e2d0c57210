"""What each value of a role column means: the decisions about values, shared by every source.

Every function here works per distinct value (a few dozen), never per row, and returns integer
codes per row through :class:`Codes`, so a file read by pandas and a ``GROUP BY`` from a database
(whose rows are the distinct value combinations with a count) are decided by the same code.

Decisions (issues 3 and 9):

- Labels: values are stripped; a float that is a whole number is written without ``.0``.
- Spellings of one value (issue 27): values that differ only in upper/lower case or in runs of
  spaces (``Woman``, ``woman``, `` WOMAN``, ``Outside  Europe``) are one value, named by its most
  common spelling (ties: the first in sorted order), on every path alike; :class:`Codes` records
  the spellings it merged so that the audit can say so.
- Unknown group values: empty, and case-insensitively the :data:`UNKNOWN_VALUES`, are unknown:
  counted, never compared.
- Outcome classification: every value found is selected, not selected or left out. Values named
  with ``--positive`` / ``--negative`` / ``--exclude`` are matched as written after stripping,
  else numerically (``1.0`` = ``1``). With nothing named, the values must be one recognised
  yes/no pair (1/0, true/false, yes/no, ja/nej, any case). With exactly two values, naming one
  decides the other; with more, every value must be named, or the audit stops and lists the
  unnamed values with their counts. Empty outcomes are left out and counted. One decision plus
  empty cells (``Ja`` or empty) is an error, not a verdict; so is leaving out every value.
- Numbers with thousands separators (scores as Swedish and English Excel exports write them):
  ``30 100,50`` (space, no-break space U+00A0 or narrow no-break space U+202F), ``30.100,50`` and
  ``1,234.5`` are read when unambiguous: groups of exactly three digits after each separator,
  and one decimal mark for the whole column. A value such as ``30.100`` is read by the mark the
  column's other values show; when nothing shows it, or two values disagree, it is an error
  naming the value and asking to remove the thousands separators.
- Stages: every value must be one of the listed stages, and no stage may be listed twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ethics_toolkit.engine.errors import (
    ALL_EXCLUDED,
    AMBIGUOUS_OUTCOME,
    NAMED_VALUE_NOT_FOUND,
    NO_OUTCOME_VALUES,
    NOT_A_PAIR,
    ONE_DECISION,
    POSITIVE_NOT_FOUND,
    STAGE_NAMED_TWICE,
    STAGE_NOT_LISTED,
    UNCLASSIFIED_VALUES,
    VALUE_NAMED_TWICE,
    DataValueError,
    list_items,
    list_values,
)
from ethics_toolkit.engine.reading.spellings import spellings, value_key
from ethics_toolkit.engine.spec import OutcomeClass

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

UNKNOWN_VALUES = frozenset(
    {
        "",
        "not stated",
        "unknown",
        "prefer not to say",
        "vill ej uppge",
        "ej angivet",
        "okänd",
        "okänt",
        "uppgift saknas",
        "-",
    }
)
POSITIVE_TOKENS = frozenset({"1", "true", "yes", "ja"})
NEGATIVE_TOKENS = frozenset({"0", "false", "no", "nej"})
SELECTED, NOT_SELECTED, LEFT_OUT = 1, 0, -1
"""Codes of a classified yes/no column (``-1``: left out, or empty)."""


@dataclass(frozen=True)
class Codes:
    """A column as integer codes per row (``-1`` = missing or unknown) over its labels.

    ``counts`` holds the number of rows (or the summed weights) per label, for messages;
    ``merged`` the labels that stand for several spellings: label -> [(spelling, rows), ...].
    """

    codes: np.ndarray
    labels: list[str]
    counts: list[int]
    merged: dict[str, list[tuple[str, int]]] = field(default_factory=dict)


def label_of(value: object) -> str:
    """A value as written, stripped; ``3.0`` -> ``3``."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def column_codes(
    series: pd.Series, *, unknown_is_missing: bool, weights: np.ndarray | None = None
) -> Codes:
    """Codes over the stripped values of ``series``; work is per distinct value, not per row.

    Spellings of one value (case, spaces) get one code (see the module docstring).
    """
    import numpy as np
    import pandas as pd

    categorical = (
        series if isinstance(series.dtype, pd.CategoricalDtype) else series.astype("category")
    )
    written = [label_of(category) for category in categorical.cat.categories]
    keys = [value_key(label) for label in written]
    chosen, merged = spellings(categorical, written, keys, weights)
    labels: list[str] = []
    index: dict[str, int] = {}
    mapping = np.empty(len(written) + 1, dtype=np.int64)
    for position, (label, key) in enumerate(zip(written, keys, strict=True)):
        missing = key == "" or (unknown_is_missing and key in UNKNOWN_VALUES)
        if missing:
            mapping[position] = -1
            continue
        if key not in index:
            index[key] = len(labels)
            labels.append(chosen.get(key, label))
        mapping[position] = index[key]
    mapping[-1] = -1  # pandas' code -1 (NaN) indexes the last element
    codes = mapping[categorical.cat.codes.to_numpy()]
    known = codes >= 0
    counts = np.bincount(
        codes[known],
        weights=None if weights is None else weights[known],
        minlength=len(labels),
    )
    counted = [round(c) for c in counts.tolist()]
    return Codes(codes=codes, labels=labels, counts=counted, merged=merged)


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


GROUP_SPACES = " \u00a0\u202f"
"""Thousands separators that are spaces: space, no-break space, narrow no-break space."""
_SPACED = re.compile(r"^[-+]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?$")
_PLAIN = re.compile(r"^[-+]?\d*[.,]?\d+$")
_NUMERIC_SHAPE = re.compile(r"^[-+]?[\d \u00a0\u202f.,]*\d[\d \u00a0\u202f.,]*$")


def _grouped(text: str, group: str, decimal: str) -> bool:
    g, d = re.escape(group), re.escape(decimal)
    return re.fullmatch(rf"[-+]?\d{{1,3}}(?:{g}\d{{3}})+(?:{d}\d+)?", text) is not None


def _shape(text: str) -> tuple[str | None, bool] | None:
    """(decimal mark the value implies or ``None``, whether the mark is certain); ``None``: no
    number. Plain numbers (``53,8``) imply their mark only weakly: the engine reads them alike."""
    marks = [c for c in text if c in ".,"]
    if _SPACED.match(text):
        return (marks[0] if marks else None), bool(marks)
    if "." in text and "," in text:
        decimal = marks[-1]
        group = "," if decimal == "." else "."
        return (decimal, True) if _grouped(text, group, decimal) else None
    if len(marks) >= 2:  # 1.234.567: only a thousands separator can repeat
        decimal = "," if marks[0] == "." else "."
        return (decimal, True) if _grouped(text, marks[0], decimal) else None
    if not _PLAIN.match(text):
        return None
    if marks and re.fullmatch(r"[-+]?\d{1,3}[.,]\d{3}", text):
        return "?", False  # 30.100: a decimal or a thousands separator
    return (marks[0] if marks else None), False


def grouped_numbers(texts: Iterable[str]) -> dict[str, float] | None:
    """Distinct values written with thousands separators -> their numbers, or ``None``.

    ``None`` when a value is no number, or the decimal mark is ambiguous (see the docstring).
    """
    shapes: dict[str, tuple[str | None, bool]] = {}
    for text in texts:
        shape = _shape(text.strip())
        if shape is None:
            return None
        shapes[text] = shape
    certain = {mark for mark, sure in shapes.values() if sure and mark}
    weak = {mark for mark, sure in shapes.values() if not sure and mark in (".", ",")}
    if len(certain) > 1 or (certain and weak - certain):
        return None
    marks = certain or weak
    if any(mark == "?" for mark, _ in shapes.values()) and len(marks) != 1:
        return None
    decimal = next(iter(marks), ".")
    numbers = {}
    for text in shapes:
        value = text.strip()
        for space in GROUP_SPACES:
            value = value.replace(space, "")
        group = "," if decimal == "." else "."
        numbers[text] = float(value.replace(group, "").replace(decimal, "."))
    return numbers


def looks_grouped(text: str) -> bool:
    """Digits with spaces, dots or commas between them: maybe a number with thousands separators."""
    return bool(_NUMERIC_SHAPE.match(text.strip())) and any(c in text for c in GROUP_SPACES + ".,")


def _token(label: str) -> str:
    """``1.0`` and ``0,0`` count as 1 and 0 when recognising yes/no values."""
    number = _number(label)
    return str(int(number)) if number in (0.0, 1.0) else label.casefold()


def match_label(wanted: str, labels: Sequence[str]) -> str | None:
    """The label equal to ``wanted`` as written, else spelt another way (``ja`` == ``Ja``), else
    numerically equal (``1.0`` == ``1``)."""
    wanted = wanted.strip()
    if wanted in labels:
        return wanted
    key = value_key(wanted)
    spelt = next((label for label in labels if value_key(label) == key), None)
    if spelt is not None:
        return spelt
    number = _number(wanted)
    if number is None:
        return None
    return next((label for label in labels if _number(label) == number), None)


def values_with_counts(codes: Codes, labels: Sequence[str] | None = None) -> str:
    """``'Ja' (120), 'Nej' (80)`` for a message, in the order given (default: as found)."""
    counts = dict(zip(codes.labels, codes.counts, strict=True))
    chosen = codes.labels if labels is None else labels
    return list_items(f"{label!r} ({counts.get(label, 0)})" for label in chosen)


def classify(
    codes: Codes,
    *,
    column: str,
    positives: Sequence[str] = (),
    negatives: Sequence[str] = (),
    excluded: Sequence[str] = (),
    option: str = "--positive",
    negative_option: str | None = "--negative",
) -> dict[str, OutcomeClass]:
    """How every value of a yes/no role column counts, per the decisions in the docstring.

    ``negative_option`` names the option for "not selected" in messages; ``None`` means the role
    has none (ground truth): its values must then be a pair.
    """
    if not codes.labels:
        raise DataValueError(NO_OUTCOME_VALUES, column=column)
    classes: dict[str, OutcomeClass] = {}
    named = (
        (positives, "selected"),
        (negatives, "not_selected"),
        (excluded, "excluded"),
    )
    for wanted_values, kind in named:
        for wanted in wanted_values:
            found = match_label(wanted, codes.labels)
            if found is None:
                template = POSITIVE_NOT_FOUND if kind == "selected" else NAMED_VALUE_NOT_FOUND
                raise DataValueError(
                    template,
                    value=wanted,
                    column=column,
                    values=values_with_counts(codes, sorted(codes.labels)),
                )
            if classes.get(found, kind) != kind:
                raise DataValueError(VALUE_NAMED_TWICE, value=found, column=column)
            classes[found] = kind
    unnamed = [label for label in codes.labels if label not in classes]
    if not unnamed:
        return {label: classes[label] for label in codes.labels}
    if not classes:
        folded = {label: _token(label) for label in codes.labels}
        positive = [label for label, f in folded.items() if f in POSITIVE_TOKENS]
        negative = [label for label, f in folded.items() if f in NEGATIVE_TOKENS]
        recognised = len(positive) + len(negative) == len(codes.labels)
        if recognised and len(positive) <= 1 and len(negative) <= 1:
            return {
                label: "selected" if label in positive else "not_selected" for label in codes.labels
            }
        raise DataValueError(
            AMBIGUOUS_OUTCOME,
            column=column,
            values=values_with_counts(codes, sorted(codes.labels)),
            option=option,
        )
    if len(codes.labels) == 2 and len(unnamed) == 1 and len(classes) == 1:
        (given,) = classes.values()
        if given != "excluded":
            other: OutcomeClass = "not_selected" if given == "selected" else "selected"
            classes[unnamed[0]] = other
            return {label: classes[label] for label in codes.labels}
    if negative_option is None:
        raise DataValueError(
            NOT_A_PAIR,
            column=column,
            values=values_with_counts(codes, sorted(codes.labels)),
        )
    raise DataValueError(
        UNCLASSIFIED_VALUES,
        column=column,
        values=values_with_counts(codes, unnamed),
        option=option,
        negative_option=negative_option,
    )


def require_both_decisions(
    codes: Codes, classes: dict[str, OutcomeClass], *, column: str, empty: int
) -> None:
    """One decision and empty cells is a misread, not a log: say so instead of a verdict.

    A column holding ``Ja`` or nothing (empty meaning "no", as in many spreadsheets) would
    otherwise count only the selected applicants, and every group would be selected at 100 %.
    A log where everyone truly got the same decision (no empty cells) is audited as it is.
    """
    counted = [label for label in codes.labels if classes[label] != "excluded"]
    kinds = {
        classes[label] for label, count in zip(codes.labels, codes.counts, strict=True) if count
    }
    if "selected" in kinds and "not_selected" in kinds:
        return
    if not counted:
        raise DataValueError(ALL_EXCLUDED, column=column, values=values_with_counts(codes))
    if not empty:
        return
    raise DataValueError(
        ONE_DECISION, column=column, values=values_with_counts(codes, counted), empty=empty
    )


def classified_codes(codes: Codes, classes: dict[str, OutcomeClass]) -> np.ndarray:
    """Per row: 1 selected, 0 not selected, -1 left out or empty."""
    import numpy as np

    value_of = {"selected": SELECTED, "not_selected": NOT_SELECTED, "excluded": LEFT_OUT}
    mapping = np.array([value_of[classes[label]] for label in codes.labels] + [LEFT_OUT])
    return mapping[codes.codes]  # -1 (empty) indexes the trailing LEFT_OUT


def stage_codes(codes: Codes, *, column: str, stages: Sequence[str]) -> np.ndarray:
    """Per row: the index of the furthest stage reached in ``stages`` (``-1`` when empty).

    A stage listed twice (also in another case) would have no single place in the order: an error.
    """
    import numpy as np

    seen: set[str] = set()
    twice = []
    for stage in stages:
        key = stage.strip().casefold()
        if key in seen and stage not in twice:
            twice.append(stage)
        seen.add(key)
    if twice:
        raise DataValueError(STAGE_NAMED_TWICE, column=column, stages=list_values(twice))
    position = {stage.strip(): i for i, stage in enumerate(stages)}
    folded = {stage.strip().casefold(): i for i, stage in enumerate(stages)}
    mapping = []
    unlisted = []
    for label in codes.labels:
        index = position.get(label, folded.get(label.casefold()))
        if index is None:
            unlisted.append(label)
        mapping.append(-1 if index is None else index)
    if unlisted:
        raise DataValueError(
            STAGE_NOT_LISTED,
            column=column,
            values=values_with_counts(codes, unlisted),
            stages=list_values(stages),
        )
    return np.array([*mapping, -1], dtype=np.int64)[codes.codes]

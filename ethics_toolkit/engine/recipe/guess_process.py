"""First guesses for the decision-process columns (issue 11), from headers and values, with reasons.

A guess is only a suggestion the app shows with its reason; nothing is used until the user
confirms it. Kept apart from :mod:`ethics_toolkit.engine.recipe.guess` (which the value-based
guessing of issue 9 rewrites); the two should be unified, including the identifier check
(:func:`ethics_toolkit.engine.cells.features.is_identifier`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ethics_toolkit.engine.cells.features import feature_codes, named_like_identifier
from ethics_toolkit.engine.reading.meanings import certain_positive
from ethics_toolkit.engine.reading.values import column_codes
from ethics_toolkit.i18n.text import Bilingual

if TYPE_CHECKING:
    import pandas as pd

RECOMMENDATION_NAMES = (
    "recommendation", "recommended", "rekommendation", "rekommenderad", "ai", "tool", "verktyg",
    "suggestion", "förslag", "forslag", "model", "modell", "algorithm", "algoritm", "prediction",
)  # fmt: skip
STAGE_NAMES = ("stage", "steg", "status", "phase", "fas", "furthest", "längst", "reached", "step")
# Stage words in the usual order of a recruitment; a column whose values are all among them is
# ordered by it.
STAGE_ORDER: tuple[tuple[str, ...], ...] = (
    ("applied", "application", "registered", "ansökt", "ansökan", "sökt", "inkommen"),
    ("screened", "screening", "gallrad", "gallring", "urval", "sorted", "phone", "telefon"),
    ("test", "tested", "testad", "assessment", "bedömning"),
    ("interview", "interviewed", "intervju", "intervjuad", "onsite"),
    ("reference", "referenser", "referens"),
    ("offer", "offered", "erbjudande", "erbjuden"),
    ("hired", "anställd", "signed", "accepted", "contract", "avtal"),
)
_TOKEN = re.compile(r"[^\wåäöÅÄÖ]+")
MAX_STAGES = 12

REASONS = {
    "recommendation_name": Bilingual(
        sv="rubriken låter som verktygets rekommendation och värdena är ja/nej",
        en="the header sounds like the tool's recommendation and the values are yes/no",
    ),
    "stage_values": Bilingual(
        sv="värdena är steg i en rekrytering ({stages})",
        en="the values are stages of a recruitment ({stages})",
    ),
    "stage_name": Bilingual(
        sv="rubriken låter som ett steg i processen; ordna stegen själv",
        en="the header sounds like a stage of the process; put the stages in order yourself",
    ),
    "feature": Bilingual(
        sv="har ingen roll och är inget id",
        en="has no role and is not an identifier",
    ),
}


@dataclass(frozen=True)
class ProcessGuess:
    """Suggested recommendation, stage (with the stages in order) and feature columns."""

    recommendation: str | None = None
    recommendation_positive: str | None = None
    stage: str | None = None
    stages: list[str] = field(default_factory=list)
    features: list[str] = field(default_factory=list)
    reasons: dict[str, Bilingual] = field(default_factory=dict)


def _tokens(column: str) -> list[str]:
    return [w for w in _TOKEN.split(column.casefold().replace("_", " ")) if w]


def _named(column: str, names: Iterable[str]) -> bool:
    names = tuple(names)
    return not named_like_identifier(column) and any(
        t == n or (len(n) > 3 and t.startswith(n)) for t in _tokens(column) for n in names
    )


def _yes_no(labels: Sequence[str]) -> str | None:
    """The "yes" label of two values whose words make it certain (issue 20), else ``None``."""
    certain = certain_positive(labels)
    return certain[0] if certain else None


def stage_order(labels: Sequence[str]) -> list[str] | None:
    """The labels in recruitment order when every one is a known stage word, else ``None``."""
    rank = {word: i for i, words in enumerate(STAGE_ORDER) for word in words}
    ranks = [rank.get(label.strip().casefold()) for label in labels]
    if not labels or any(r is None for r in ranks):
        return None
    return [label for _, label in sorted(zip(ranks, labels, strict=True))]


def _usable_feature(series: pd.Series, column: str) -> bool:
    """What ``--features auto`` would analyse: not an identifier, not empty, not too many texts."""
    import numpy as np

    keep = np.ones(len(series), dtype=bool)
    return feature_codes(series, column=column, keep=keep, weights=None, auto=True) is not None


def guess_process(frame: pd.DataFrame, *, taken: Iterable[str] = ()) -> ProcessGuess:
    """Guess the recommendation, stage and feature columns among those not ``taken``.

    Works on a preview as well as on a whole log; every guess comes with its reason.
    """
    taken = set(taken)
    columns = [str(c) for c in frame.columns if str(c) not in taken]
    codes = {c: column_codes(frame[c], unknown_is_missing=False) for c in columns}
    reasons: dict[str, Bilingual] = {}
    recommendation = positive = None
    for column in columns:
        yes = _yes_no(codes[column].labels)
        if yes is not None and _named(column, RECOMMENDATION_NAMES):
            recommendation, positive = column, yes
            reasons[column] = REASONS["recommendation_name"]
            break
    stage, stages, named_stage = None, [], None
    for column in (c for c in columns if c != recommendation):
        labels = codes[column].labels
        if not 2 <= len(labels) <= MAX_STAGES:
            continue
        ordered = stage_order(labels)
        if ordered is not None:
            stage, stages = column, ordered
            reason = REASONS["stage_values"]
            reasons[column] = Bilingual(
                sv=reason.format("sv", stages=", ".join(ordered)),
                en=reason.format("en", stages=", ".join(ordered)),
            )
            break
        if named_stage is None and _named(column, STAGE_NAMES):
            named_stage = column
    if stage is None and named_stage is not None:
        stage, stages = named_stage, list(codes[named_stage].labels)
        reasons[stage] = REASONS["stage_name"]
    features = [
        c for c in columns if c not in (recommendation, stage) and _usable_feature(frame[c], c)
    ]
    for column in features:
        reasons[column] = REASONS["feature"]
    return ProcessGuess(
        recommendation=recommendation,
        recommendation_positive=positive,
        stage=stage,
        stages=stages,
        features=features,
        reasons=reasons,
    )

"""Good first guesses for the column mapping, from the values first and the headers second.

Used by the app to pre-fill its column mapping (``ethics-toolkit guess`` prints the same
:class:`Guess`) and by the engine to recognise a file of group counts. A guess is only a
suggestion: every guessed column carries a reason in both languages, and a guess that rests on the
values alone (no telling header) is listed in ``confirm`` for the user to check.

Rules, per column (:mod:`ethics_toolkit.engine.recipe.profile` describes the values):

- Identifier: a header naming an id or a person (``Sökande-ID``, ``Ärendenr``, ``e-post``), a
  different text on every row, consecutive whole numbers, or values shaped like ids (``A-00017``,
  ``19800101-1234``). Identifiers are never proposed for any role (``ignored``).
- Decision: exactly two values that form a yes/no pair in Swedish or English (``Ja``/``Nej``,
  ``1``/``0``, ``hired``/``not hired``, ``godkänd``/``underkänd`` ...); or a header named like a
  decision over a few values (``Status``: hired/rejected/withdrawn), whose values the user then
  classifies (``positive`` stays empty). A header like a decision wins over values alone.
- Ground truth: a header named like a later assessment (``Kvalificerad``) over a yes/no pair.
- Score: numbers with many different values; named like a score, or (only when there is no
  decision) by the values alone.
- Group counts: a whole-number column named like the number of applicants, next to a whole-number
  column that is never larger (the number selected); by values alone when two such columns exist.
- Sensitive attribute: a header naming a protected ground (``Kön``, ``Bakgrund``, ``age band``), or
  values typical of one (Kvinna/Man, Sverige/Europa/Utanför Europa, 18-29/30-44). At most
  :data:`MAX_SUGGESTED_SENSITIVE` are proposed (headers first); with more than
  :data:`MAX_SUGGESTED_GROUPS` values a column is not proposed (group raw ages into bands first).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field

from ethics_toolkit.engine.models import SpecGuess
from ethics_toolkit.engine.recipe.guess_recipe import (
    GuessQuestion,
    is_country_column,
    recipe_guesses,
)
from ethics_toolkit.engine.recipe.profile import (
    Profile,
    decision_pair,
    decision_words,
    is_id_name,
    looks_like_age_bands,
    looks_like_gender,
    looks_like_origin,
    matches,
    profile,
)
from ethics_toolkit.engine.recipe.reasons import CHECK, REASONS
from ethics_toolkit.engine.spec import AuditSpec, SheetNote
from ethics_toolkit.i18n.text import Bilingual

if TYPE_CHECKING:
    import pandas as pd

GUESS_SCHEMA_VERSION = 1
GUESS_ROWS = 200_000
"""Rows profiled at most (the first ones): enough to see every value of a decision column."""
MAX_SUGGESTED_SENSITIVE = 2
"""The intersection of three or more attributes splits a log into many tiny cells; suggest the
first two (typically sex and background, as NYC LL144 does) and let the user add more."""
MAX_SUGGESTED_GROUPS = 20
MAX_OUTCOME_VALUES = 12
MIN_SCORE_VALUES = 10

SENSITIVE_NAMES = (
    "kön",
    "kon",
    "gender",
    "sex",
    "genus",
    "könsidentitet",
    "bakgrund",
    "background",
    "härkomst",
    "ethnicity",
    "ethnic",
    "etnicitet",
    "etnisk",
    "race",
    "ursprung",
    "origin",
    "födelseland",
    "födelseregion",
    "födelse",
    "birthplace",
    "birth",
    "country",
    "nationality",
    "nationalitet",
    "medborgarskap",
    "citizenship",
    "ålder",
    "åldersgrupp",
    "age",
    "funktionsnedsättning",
    "funktionsvariation",
    "disability",
    "religion",
    "trosuppfattning",
    "belief",
    "sexuell",
    "sexual",
)
OUTCOME_NAMES = (
    "urval",
    "selected",
    "selection",
    "outcome",
    "beslut",
    "decision",
    "hired",
    "anställd",
    "anställning",
    "invited",
    "kallad",
    "shortlisted",
    "valda",
    "vald",
    "result",
    "resultat",
    "status",
    "utfall",
    "vidare",
    "antagen",
    "antagna",
    "godkänd",
    "advanced",
    "passed",
    "offer",
    "erbjudande",
    "intervju",
    "interview",
)
SCORE_NAMES = ("poäng", "score", "rating", "points", "match", "betyg", "ranking", "rank")
TRUTH_NAMES = ("kvalificerad", "qualified", "truth", "label", "facit", "lämplig", "suitable")
COUNT_NAMES = ("applicants", "antal", "sökande", "count", "n", "total", "number")
RECOMMENDATION_NAMES = ("ai", "rekommendation", "recommendation", "recommended", "förslag")

Kind = Literal["decisions", "scores", "counts"]


_KINDS_OF_VALUES = {
    "gender": "sensitive_gender",
    "origin": "sensitive_origin",
    "age": "sensitive_age",
}


class Guess(BaseModel):
    """The suggested mapping of ``ethics-toolkit guess`` (exact contract of issue 9).

    ``outcome`` is the decision column, or with ``kind == "counts"`` the column of selected counts
    (``count``: applicants). ``confirm`` (additive) lists the guesses that rest on values alone.
    """

    model_config = ConfigDict(frozen=True)

    schema_version: int = GUESS_SCHEMA_VERSION
    kind: Kind = "decisions"
    outcome: str | None = None
    positive: str | None = None
    score: str | None = None
    sensitive: list[str] = Field(default_factory=list)
    truth: str | None = None
    truth_positive: str | None = None
    count: str | None = None
    ignored: list[str] = Field(default_factory=list)
    reasons: dict[str, Bilingual] = Field(default_factory=dict)
    confirm: list[str] = Field(default_factory=list)
    # Issue 20, the recipe (additive): the sheet read and why, the process columns, strata
    # candidates, built-in regroupings (``{"Födelseland": "region"}``), values to count as unknown
    # per column, rows per value of every guessed column, and the questions behind ``confirm``.
    sheet: str | None = None
    sheet_note: Bilingual | None = None
    recommendation: str | None = None
    recommendation_positive: str | None = None
    period: str | None = None
    stage: str | None = None
    stages: list[str] = Field(default_factory=list)
    stratify: list[str] = Field(default_factory=list)
    regroup: dict[str, str] = Field(default_factory=dict)
    unknown: dict[str, list[str]] = Field(default_factory=dict)
    counts: dict[str, dict[str, int]] = Field(default_factory=dict)
    questions: list[GuessQuestion] = Field(default_factory=list)

    def to_spec_guess(self) -> SpecGuess:
        """The guess in the older :class:`SpecGuess` shape."""
        counts = self.kind == "counts"
        return SpecGuess(
            outcome=self.outcome,
            positive=None if counts else self.positive,
            score=None if counts else self.score,
            sensitive=self.sensitive,
            truth=None if counts else self.truth,
            truth_positive=None if counts else self.truth_positive,
            aggregated=counts,
            count_column=self.count if counts else None,
            selected_column=self.outcome if counts else None,
        )

    def to_spec(self) -> AuditSpec | None:
        """The guess as an :class:`AuditSpec`, or ``None`` when it lacks an outcome or attribute."""
        return self.to_spec_guess().to_spec()


def _values_text(labels: Sequence[str], limit: int = 6) -> str:
    shown = list(labels[:limit])
    text = "/".join(shown) if len(labels) <= 2 else ", ".join(shown)
    return text + (", …" if len(labels) > limit else "")


def _positive_first(labels: Sequence[str], positive: str | None) -> list[str]:
    return sorted(labels, key=lambda v: v != positive) if positive else list(labels)


class _Builder:
    """Collects roles and reasons while the rules run, so each column gets one role."""

    def __init__(self, profiles: dict[str, Profile]) -> None:
        self.profiles = profiles
        self.taken: set[str] = set()
        self.reasons: dict[str, Bilingual] = {}
        self.confirm: list[str] = []

    def free(self, names: Iterable[str] | None = None) -> list[str]:
        return [c for c in (names or self.profiles) if c not in self.taken]

    def take(self, column: str, key: str, *, values_only: bool = False, **fields: object) -> None:
        self.taken.add(column)
        template = REASONS[key]
        sv = template.format("sv", column=column, **fields)
        en = template.format("en", column=column, **fields)
        if values_only:
            sv, en = sv + CHECK.sv, en + CHECK.en
            self.confirm.append(column)
        self.reasons[column] = Bilingual(sv=sv, en=en)

    def note(self, column: str, key: str, **fields: object) -> None:
        """A reason for a column that gets no role (why not, or what else it could be)."""
        template = REASONS[key]
        self.reasons.setdefault(
            column,
            Bilingual(
                sv=template.format("sv", column=column, **fields),
                en=template.format("en", column=column, **fields),
            ),
        )


def _ignore_ids(builder: _Builder) -> list[str]:
    ignored = []
    for column, p in builder.profiles.items():
        if is_id_name(column):
            builder.take(column, "id_name")
        elif p.unique_text or p.consecutive:
            builder.take(column, "id_unique")
        elif p.id_example is not None:
            builder.take(column, "id_shape", example=p.id_example)
        else:
            continue
        ignored.append(column)
    return ignored


def _counts(builder: _Builder, *, one_row_per_group: bool) -> tuple[str, str, bool] | None:
    """(count column, selected column, by values only) when the file looks like group counts.

    By values alone only when every row is a different group (a row-level log can have two
    whole-number columns, one never above the other, such as age and years of experience).
    """
    whole = [c for c in builder.free() if builder.profiles[c].whole_numbers]
    for count in (c for c in whole if matches(c, COUNT_NAMES)):
        selected = [
            c
            for c in whole
            if c != count
            and not builder.profiles[c].zero_one
            and builder.profiles[c].never_above(builder.profiles[count])
        ]
        if selected:
            return (
                count,
                next((c for c in selected if matches(c, OUTCOME_NAMES)), selected[0]),
                False,
            )
    if not one_row_per_group:
        return None
    for count in whole:
        for selected in whole:
            p, q = builder.profiles[selected], builder.profiles[count]
            if selected != count and not p.zero_one and p.never_above(q) and not q.never_above(p):
                return count, selected, True
    return None


def _outcome(builder: _Builder) -> tuple[str, str | None, str, bool] | None:
    """(column, positive value, reason key, by values only) of the decision, if any."""
    free = [c for c in builder.free() if not matches(c, TRUTH_NAMES)]
    named = [c for c in free if matches(c, OUTCOME_NAMES)]
    not_ai = [c for c in free if not matches(c, RECOMMENDATION_NAMES)]
    for column in named:
        pair = decision_pair(builder.profiles[column].labels)
        if pair:
            return column, pair, "outcome_pair", False
    for column in named:
        p = builder.profiles[column]
        if 2 <= len(p.labels) <= MAX_OUTCOME_VALUES and not p.many_numbers:
            return column, None, "outcome_named", False
    for column in [*not_ai, *(c for c in free if c not in not_ai)]:
        pair = decision_pair(builder.profiles[column].labels)
        if pair:
            return column, pair, "outcome_pair", True
    for column in free:
        labels = builder.profiles[column].labels
        if 3 <= len(labels) <= MAX_OUTCOME_VALUES and decision_words(labels):
            return column, None, "outcome_words", True
    return None


def _score(builder: _Builder, *, names_only: bool) -> tuple[str, bool] | None:
    candidates = [
        c
        for c in builder.free()
        if builder.profiles[c].many_numbers and not matches(c, SENSITIVE_NAMES)
    ]
    named = [c for c in candidates if matches(c, SCORE_NAMES)]
    if named:
        return named[0], False
    if names_only:
        return None
    values = [c for c in candidates if len(builder.profiles[c].labels) >= MIN_SCORE_VALUES]
    values.sort(key=lambda c: not builder.profiles[c].has_decimals)
    return (values[0], True) if values else None


def _truth(builder: _Builder) -> tuple[str, str] | None:
    for column in builder.free():
        if matches(column, TRUTH_NAMES):
            pair = decision_pair(builder.profiles[column].labels)
            if pair:
                return column, pair
    return None


def _sensitive(builder: _Builder) -> list[str]:
    by_name, by_values = [], []
    for column in builder.free():
        p = builder.profiles[column]
        known = p.known_labels
        if is_country_column(known):  # issue 20: grouped into three regions by the built-in map
            by_name.append((column, "sensitive_country"))
            continue
        if matches(column, SENSITIVE_NAMES):
            if len(known) > MAX_SUGGESTED_GROUPS:
                builder.note(column, "sensitive_too_many", n=len(known))
            elif len(known) >= 2:
                by_name.append((column, "sensitive"))
            continue
        if not 2 <= len(known) <= MAX_SUGGESTED_GROUPS:
            continue
        kind = (
            "gender"
            if looks_like_gender(known)
            else "origin"
            if looks_like_origin(known)
            else "age"
            if looks_like_age_bands(known)
            else None
        )
        if kind:
            by_values.append((column, _KINDS_OF_VALUES[kind]))
    chosen = []
    for column, key in [*by_name, *by_values]:
        values = _values_text(builder.profiles[column].known_labels)
        if len(chosen) < MAX_SUGGESTED_SENSITIVE:
            values_only = key not in ("sensitive", "sensitive_country")
            builder.take(column, key, values_only=values_only, values=values)
            chosen.append(column)
        else:
            builder.note(column, "sensitive_more", values=values)
    return chosen


def guess_mapping(
    frame: pd.DataFrame,
    *,
    sheet: str | None = None,
    rows: int | None = None,
    other_sheets: Sequence[SheetNote] = (),
) -> Guess:
    """The suggested mapping of ``frame`` (a preview or a whole log), with reasons.

    ``sheet``, ``rows`` and ``other_sheets``: the workbook sheet the frame was read from, its rows
    and the other sheets (:class:`~ethics_toolkit.engine.spec.ReadingInfo`), said in the guess.
    """
    sample = frame.head(GUESS_ROWS)
    guess = _roles(sample)
    roles = [guess.outcome, guess.score, guess.truth, guess.count]
    decides = guess.kind == "decisions" and guess.outcome is not None
    fields, reasons, confirm, questions = recipe_guesses(
        sample,
        taken=[*(c for c in roles if c), *guess.sensitive, *guess.ignored],
        sensitive=guess.sensitive,
        counted=[c for c in (guess.outcome, guess.truth) if c],
        decision=(guess.outcome, guess.positive) if decides and guess.outcome else None,
        sheet=sheet,
        rows=rows,
        other_sheets=other_sheets,
    )
    return guess.model_copy(
        update={
            **fields,
            "reasons": {**guess.reasons, **reasons},
            "confirm": list(dict.fromkeys([*guess.confirm, *confirm])),
            "questions": questions,
        }
    )


def _roles(sample: pd.DataFrame) -> Guess:
    """Outcome, score, truth, counts, groups and identifiers (issue 9's guess)."""
    builder = _Builder({str(c): profile(sample[c]) for c in sample.columns})
    ignored = _ignore_ids(builder)
    sensitive = _sensitive(builder)
    one_row_per_group = (
        bool(sensitive) and len(sample) <= 1000 and not sample[sensitive].duplicated().any()
    )
    counts = _counts(builder, one_row_per_group=one_row_per_group)
    if counts is not None:
        count, selected, values_only = counts
        builder.take(count, "count_values" if values_only else "count", values_only=values_only,
                     selected=selected)  # fmt: skip
        builder.take(selected, "selected_count", values_only=values_only, count=count)
        return Guess(
            kind="counts",
            outcome=selected,
            count=count,
            sensitive=sensitive,
            ignored=ignored,
            reasons=builder.reasons,
            confirm=builder.confirm,
        )
    outcome = positive = truth = truth_positive = score = None
    found = _outcome(builder)
    if found is not None:
        outcome, positive, key, values_only = found
        labels = _positive_first(builder.profiles[outcome].labels, positive)
        builder.take(outcome, key, values_only=values_only, values=_values_text(labels),
                     positive=positive, n=len(labels))  # fmt: skip
    truth_found = _truth(builder)
    if truth_found is not None:
        truth, truth_positive = truth_found
        labels = _positive_first(builder.profiles[truth].labels, truth_positive)
        builder.take(truth, "truth", values=_values_text(labels),
                     positive=truth_positive)  # fmt: skip
    score_found = _score(builder, names_only=outcome is not None)
    if score_found is not None:
        score, values_only = score_found
        builder.take(score, "score_values" if values_only else "score", values_only=values_only,
                     n=len(builder.profiles[score].labels))  # fmt: skip
    return Guess(
        kind="decisions" if outcome is not None or score is None else "scores",
        outcome=outcome,
        positive=positive,
        score=score,
        sensitive=sensitive,
        truth=truth,
        truth_positive=truth_positive,
        ignored=ignored,
        reasons=builder.reasons,
        confirm=builder.confirm,
    )


def find_count_column(columns: Sequence[str], *, exclude: Iterable[str] = ()) -> str | None:
    """The column that most likely holds the number of applicants per group, if any (by name)."""
    excluded = set(exclude)
    candidates = [c for c in columns if c not in excluded and not is_id_name(c)]
    exact = [c for c in candidates if c.casefold().strip() in COUNT_NAMES]
    return next(iter(exact), None) or next((c for c in candidates if matches(c, COUNT_NAMES)), None)


def guess_spec(frame: pd.DataFrame) -> SpecGuess:
    """:func:`guess_mapping` in the older :class:`SpecGuess` shape (kept for existing callers)."""
    return guess_mapping(frame).to_spec_guess()

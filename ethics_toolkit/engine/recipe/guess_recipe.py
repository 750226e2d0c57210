"""The recipe's guesses beyond outcome, score and groups (issue 20), from the values first.

:func:`recipe_guesses` adds to :func:`ethics_toolkit.engine.recipe.guess.guess_mapping`: the
tool's recommendation and which of its values means yes (from the words, never the order), the
date column for monitoring (``period``), the stage column and its order, stratum candidates, the
built-in regrouping of a country column, values to count as unknown, the rows per value of every
guessed column, and the questions a person must answer (a recommendation whose polarity the words
do not make certain, a value joining an answer with "prefer not to say", a value that is no known
country). Every guess has its reason in Swedish and English.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict

from ethics_toolkit.engine.cells.recoding import frame_census
from ethics_toolkit.engine.reading.dates import column_formats, date_share, parse_date
from ethics_toolkit.engine.reading.meanings import certain_positive, is_combined, is_unknown_phrase
from ethics_toolkit.engine.reading.regions import country_share, region_map, region_of
from ethics_toolkit.engine.recipe.guess_process import RECOMMENDATION_NAMES, stage_order
from ethics_toolkit.engine.recipe.guess_strata import stratum_candidates
from ethics_toolkit.engine.recipe.profile import matches
from ethics_toolkit.engine.recipe.reasons import REASONS
from ethics_toolkit.engine.spec import SheetNote
from ethics_toolkit.i18n import LANGS
from ethics_toolkit.i18n.text import Bilingual

if TYPE_CHECKING:
    import pandas as pd

COUNTRY_SHARE = 0.8
"""A column is a country column when this share of its known values are countries in the map."""
DATE_SHARE = 0.9
MAX_COUNTED_VALUES = 50
MAX_STAGES = 12
DATE_NAMES = ("datum", "date", "dag", "day", "inkom", "ansök", "applied", "received", "skapad")
QuestionKind = Literal["polarity", "classify", "combined", "not_a_country"]


class GuessQuestion(BaseModel):
    """A choice the guesser will not make alone: the user answers it (listed in ``confirm``)."""

    model_config = ConfigDict(frozen=True)

    kind: QuestionKind
    column: str
    value: str | None = None
    message: Bilingual


def _each(text: Callable[[str], str]) -> Bilingual:
    return Bilingual(**{lang: text(lang) for lang in LANGS})


def _text(key: str, **fields: object) -> Bilingual:
    return Bilingual(**{lang: REASONS[key].format(lang, **fields) for lang in LANGS})


def _listed(census: dict[str, int], limit: int = 6) -> str:
    shown = [f"{v} ({n})" for v, n in list(census.items())[:limit] if v]
    return ", ".join(shown) + (", …" if len(census) > limit else "")


def is_country_column(labels: Sequence[str]) -> bool:
    """Most known values are countries of the built-in map, and not all are its regions."""
    countries, total = country_share(labels)
    regions = set(region_map().regions)
    return total >= 2 and countries >= COUNTRY_SHARE * total and not set(labels) <= regions


def sheet_note(sheet: str, rows: int, others: Iterable[SheetNote]) -> Bilingual:
    """ "Kandidater: 2 400 rows; Info skipped: 2 rows of text" (issue 20, the sheet by content)."""

    def text(lang: str) -> str:
        parts = [
            REASONS["sheet_note"].format(
                lang, sheet=sheet, rows=REASONS["rows"].format(lang, count=rows)
            )
        ]
        for other in others:
            what = (
                REASONS["empty"].format(lang)
                if other.kind == "empty"
                else REASONS["text_rows" if other.kind == "text" else "rows"].format(
                    lang, count=other.rows
                )
            )
            parts.append(REASONS["sheet_skipped"].format(lang, sheet=other.name, what=what))
        return "; ".join(parts)

    return Bilingual(**{lang: text(lang) for lang in LANGS})


class _Found:
    def __init__(self) -> None:
        self.fields: dict[str, object] = {}
        self.reasons: dict[str, Bilingual] = {}
        self.confirm: list[str] = []
        self.questions: list[GuessQuestion] = []

    def ask(
        self, kind: QuestionKind, column: str, value: str | None = None, **fields: object
    ) -> None:
        """A question of ``kind`` (also its text's key) about ``column`` (and ``value``)."""
        fields = {"column": column, "value": value, **fields}
        self.questions.append(
            GuessQuestion(kind=kind, column=column, value=value, message=_text(kind, **fields))
        )
        if column not in self.confirm:
            self.confirm.append(column)


def _recommendation(found: _Found, census: dict[str, dict[str, int]], free: list[str]) -> None:
    for column in free:
        values = [v for v in census[column] if v]
        if len(values) != 2 or not matches(column, RECOMMENDATION_NAMES):
            continue
        found.fields["recommendation"] = column
        shown = _listed(census[column])
        certain = certain_positive(values)
        if certain is None:
            found.reasons[column] = _text("recommendation_ask", column=column, values=shown)
            found.ask("polarity", column, values=shown)
            return
        positive, why = certain
        found.fields["recommendation_positive"] = positive
        texts = {
            lang: REASONS["recommendation_pair"].format(
                lang,
                column=column,
                values=shown,
                positive=positive,
                why=REASONS[f"why_{why}"].format(lang),
            )
            for lang in LANGS
        }
        found.reasons[column] = Bilingual(**texts)
        return


def _period(found: _Found, census: dict[str, dict[str, int]], free: list[str]) -> None:
    candidates = []
    for column in free:
        labels = [v for v in census[column] if v]
        if len(labels) < 2 or not any(c.isdigit() for c in "".join(labels)):
            continue
        if date_share(labels) >= DATE_SHARE:
            candidates.append(column)
    if not candidates:
        return
    candidates.sort(key=lambda c: not any(n in c.casefold() for n in DATE_NAMES))
    column = candidates[0]
    labels = [v for v in census[column] if v]
    formats = column_formats(labels)
    days = sorted(d for d in (parse_date(v, formats) for v in labels) if d is not None)
    written = next((v for v in labels if any(c.isalpha() for c in v)), None)
    found.fields["period"] = column
    first, last = days[0].isoformat(), days[-1].isoformat()
    note = {
        lang: REASONS["period_written"].format(lang, example=repr(written)) if written else ""
        for lang in LANGS
    }
    found.reasons[column] = _each(
        lambda lang: REASONS["period"].format(
            lang, column=column, first=first, last=last, written=note[lang]
        )
    )


def _stage(found: _Found, census: dict[str, dict[str, int]], free: list[str]) -> None:
    for column in free:
        labels = [v for v in census[column] if v]
        if not 2 <= len(labels) <= MAX_STAGES:
            continue
        ordered = stage_order(labels)
        if ordered is not None:
            found.fields |= {"stage": column, "stages": ordered}
            found.reasons[column] = _text("stage", column=column, stages=", ".join(ordered))
            return


def _groups(found: _Found, census: dict[str, dict[str, int]], sensitive: list[str]) -> None:
    regroup: dict[str, str] = {}
    unknown: dict[str, list[str]] = {}
    for column in sensitive:
        values = census.get(column, {})
        labels = [v for v in values if v and not is_unknown_phrase(v)]
        if is_country_column(labels):
            regroup[column] = "region"
            for value in labels:
                if region_of(value) is None and not is_combined(value):
                    n = values[value]
                    found.ask("not_a_country", column, value, n=n)
        for value in labels:
            if is_combined(value):
                n = values[value]
                found.ask("combined", column, value, n=n)
        phrases = [v for v in values if v and is_unknown_phrase(v)]
        if phrases:
            unknown[column] = phrases
    found.fields |= {"regroup": regroup, "unknown": unknown}


def recipe_guesses(
    frame: pd.DataFrame,
    *,
    taken: Iterable[str],
    sensitive: Sequence[str],
    counted: Iterable[str],
    decision: tuple[str, str | None] | None = None,
    sheet: str | None = None,
    rows: int | None = None,
    other_sheets: Sequence[SheetNote] = (),
) -> tuple[dict[str, object], dict[str, Bilingual], list[str], list[GuessQuestion]]:
    """The recipe's guesses (module docstring): fields of the guess, reasons, confirm, questions.

    ``taken``: columns with a role or ignored; ``counted``: role columns whose rows per value are
    shown; ``decision``: the decision column and the value guessed to mean selected, if any (a
    decision whose values the words leave open is asked about).
    """
    taken = set(taken)
    free = [str(c) for c in frame.columns if str(c) not in taken]
    census = frame_census(frame, [*free, *sensitive, *counted])
    found = _Found()
    if decision is not None and decision[1] is None:
        column = decision[0]
        counted_values = frame_census(frame, [column])[column].items()
        values = dict(sorted(((v, n) for v, n in counted_values if v), key=lambda vn: -vn[1]))
        kind: QuestionKind = "polarity" if len(values) == 2 else "classify"
        found.ask(kind, column, values=_listed(values, limit=12))
    _recommendation(found, census, free)
    free = [c for c in free if c != found.fields.get("recommendation")]
    _period(found, census, free)
    free = [c for c in free if c != found.fields.get("period")]
    _stage(found, census, free)
    _groups(found, census, list(sensitive))
    used = {*taken, *(v for v in found.fields.values() if isinstance(v, str))}
    strata = stratum_candidates(frame, exclude=used)
    found.fields["stratify"] = strata
    for column in strata:
        n = len([v for v in census.get(column, {}) if v]) if column in census else 0
        found.reasons.setdefault(column, _text("stratify", column=column, n=n))
    shown = [*counted, *sensitive]
    shown += [str(found.fields[k]) for k in ("recommendation", "stage") if found.fields.get(k)]
    found.fields["counts"] = {
        c: dict(sorted(census[c].items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_COUNTED_VALUES])
        for c in shown
        if c in census
    }
    if sheet is not None:
        found.fields["sheet"] = sheet
        rows = len(frame) if rows is None else rows
        found.fields["sheet_note"] = sheet_note(sheet, rows, other_sheets)
    return found.fields, found.reasons, found.confirm, found.questions

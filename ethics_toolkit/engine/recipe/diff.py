"""What is new in an export against the recipe it is audited with (issue 20): notes and questions.

:func:`recipe_diff` compares a saved recipe with the values of the next export (their rows per
value, a *census*: :func:`~ethics_toolkit.engine.cells.recoding.frame_census` for a frame in
memory, or :attr:`~ethics_toolkit.engine.models.AuditResult.value_counts` of an audit). The CLI
prints it and the app shows it before the audit; every item is one sentence in Swedish and English.

A **note** needs nothing from the user: a new value grouped by the user's grouping or the built-in
map ("new value 'Ukraina' -> Europa utom Sverige by the built-in map"), a new value counted as
unknown, a new value compared as a group of its own, values no longer in the export. A
**question** must be answered before the audit is right: a value the grouping does not cover
("new value 'Okänd' is not in your grouping: assign it"), a value joining an answer with
"unknown" (``Annat/vill ej uppge``) met for the first time, a decision value the recipe does
not classify, a stage it does not list, a column the export lacks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict

from ethics_toolkit.engine.errors import list_items
from ethics_toolkit.engine.reading.groupings import chosen_unknown, lookup
from ethics_toolkit.engine.reading.meanings import is_combined
from ethics_toolkit.engine.reading.regions import region_of
from ethics_toolkit.engine.reading.values import UNKNOWN_VALUES
from ethics_toolkit.engine.recipe.recipe import GroupColumn, Recipe, YesNo
from ethics_toolkit.i18n import LANGS, Lang, format_int
from ethics_toolkit.i18n.text import Bilingual, Catalogue

DiffKind = Literal[
    "grouped_yours", "grouped_builtin", "unknown_chosen", "unknown_word", "new_group",
    "values_gone", "not_grouped", "not_a_country", "combined", "decision_value", "stage_value",
    "column_missing",
]  # fmt: skip
QUESTIONS = frozenset(
    {"not_grouped", "not_a_country", "combined", "decision_value", "stage_value", "column_missing"}
)

TEXTS = Catalogue(
    {
        "grouped_yours": Bilingual(
            sv="Nytt värde {value} i {column} ({rows}) → {group} enligt din gruppering.",
            en="New value {value} in {column} ({rows}) → {group} by your grouping.",
        ),
        "grouped_builtin": Bilingual(
            sv="Nytt värde {value} i {column} ({rows}) → {group} enligt den inbyggda indelningen.",
            en="New value {value} in {column} ({rows}) → {group} by the built-in map.",
        ),
        "unknown_chosen": Bilingual(
            sv="Nytt värde {value} i {column} ({rows}) räknas som okänt, som du valt.",
            en="New value {value} in {column} ({rows}) is counted as unknown, as you chose.",
        ),
        "unknown_word": Bilingual(
            sv="Nytt värde {value} i {column} ({rows}) räknas som okänt.",
            en="New value {value} in {column} ({rows}) is counted as unknown.",
        ),
        "new_group": Bilingual(
            sv="Nytt värde {value} i {column} ({rows}) jämförs som en egen grupp.",
            en="New value {value} in {column} ({rows}) is compared as a group of its own.",
        ),
        "values_gone": Bilingual(
            sv="Finns inte i den här exporten: {values} i {column}.",
            en="Not in this export: {values} in {column}.",
        ),
        "not_grouped": Bilingual(
            sv="Nytt värde {value} i {column} ({rows}) finns inte i din gruppering: ge det en "
            "grupp, eller räkna det som okänt.",
            en="New value {value} in {column} ({rows}) is not in your grouping: assign it to a "
            "group, or count it as unknown.",
        ),
        "not_a_country": Bilingual(
            sv="Värdet {value} i {column} ({rows}) är inget land som den inbyggda indelningen "
            "känner till: ge det en grupp, eller räkna det som okänt.",
            en="The value {value} in {column} ({rows}) is no country the built-in map knows: "
            "assign it to a group, or count it as unknown.",
        ),
        "combined": Bilingual(
            sv='Värdet {value} i {column} ({rows}) blandar ett svar med "vill ej uppge": '
            "avgör om det är en egen grupp eller okänt.",
            en='The value {value} in {column} ({rows}) joins an answer with "prefer not to '
            'say": decide whether it is a group of its own or unknown.',
        ),
        "decision_value": Bilingual(
            sv="Nytt värde {value} i {column} ({rows}): ange om det betyder ja, nej eller ska "
            "lämnas utanför.",
            en="New value {value} in {column} ({rows}): say whether it means yes, no or left out.",
        ),
        "stage_value": Bilingual(
            sv="Nytt steg {value} i {column} ({rows}): ange var det ligger i ordningen.",
            en="New stage {value} in {column} ({rows}): say where it goes in the order.",
        ),
        "column_missing": Bilingual(
            sv="Kolumnen {column} i receptet finns inte i exporten: välj vilken kolumn som "
            "ersätter den.",
            en="The recipe's column {column} is not in the export: choose the column that "
            "replaces it.",
        ),
        "rows": Bilingual(sv="{n} rader", en="{n} rows"),
        "row": Bilingual(sv="1 rad", en="1 row"),
    }
)


class DiffItem(BaseModel):
    """One thing new in the export: a note, or a question to answer before auditing."""

    model_config = ConfigDict(frozen=True)

    kind: DiffKind
    column: str
    value: str | None = None
    group: str | None = None
    rows: int | None = None
    message: Bilingual

    @property
    def question(self) -> bool:
        return self.kind in QUESTIONS


class RecipeDiff(BaseModel):
    """Everything new in an export against its recipe, notes and questions in reading order."""

    model_config = ConfigDict(frozen=True)

    items: list[DiffItem]

    @property
    def questions(self) -> list[DiffItem]:
        return [item for item in self.items if item.question]

    @property
    def notes(self) -> list[DiffItem]:
        return [item for item in self.items if not item.question]

    def lines(self, lang: Lang) -> list[str]:
        return [item.message.get(lang) for item in self.items]


def _rows(rows: int | None, lang: Lang) -> str:
    if rows is None:
        return ""
    return (
        TEXTS.text("row", lang) if rows == 1 else TEXTS.text("rows", lang, n=format_int(rows, lang))
    )


def _item(
    kind: DiffKind,
    column: str,
    *,
    value: str | None = None,
    rows: int | None = None,
    group: str | None = None,
    values: str | None = None,
) -> DiffItem:
    def text(lang: Lang) -> str:
        fields = {"column": repr(column), "value": repr(value), "group": group, "values": values}
        return TEXTS.text(kind, lang, rows=_rows(rows, lang), **fields)

    message = Bilingual(**{lang: text(lang) for lang in LANGS})
    return DiffItem(kind=kind, column=column, value=value, group=group, rows=rows, message=message)


def _group_items(group: GroupColumn, values: Mapping[str, int]) -> list[DiffItem]:
    items = []
    grouping = group.grouping()
    seen = set(group.seen)
    for value, rows in values.items():
        if value == "":
            continue
        new = value not in seen
        if chosen_unknown(value, group.unknown):
            kind, found = "unknown_chosen", None
        elif value.casefold() in UNKNOWN_VALUES:
            kind, found = "unknown_word", None
        elif grouping is not None:
            mine = lookup(grouping.groups, value)
            found = str(mine) if mine is not None else None
            kind = "grouped_yours"
            if found is None and grouping.builtin == "region":
                found, kind = region_of(value), "grouped_builtin"
            if found is None:
                kind = "not_a_country" if not grouping.groups else "not_grouped"
        elif is_combined(value):
            kind, found = "combined", None
        else:
            kind, found = "new_group", None
        if new or kind in ("not_grouped", "not_a_country"):  # those would stop the audit
            items.append(_item(kind, group.column, value=value, rows=rows, group=found))  # type: ignore[arg-type]
    gone = [v for v in group.seen if v not in values]
    if gone and values:
        items.append(_item("values_gone", group.column, values=list_items(map(repr, gone))))
    return items


def _yes_no_items(choice: YesNo | None, values: Mapping[str, int]) -> list[DiffItem]:
    if choice is None or not choice.values:
        return []
    known = set(choice.values)
    return [
        _item("decision_value", choice.column, value=v, rows=rows)
        for v, rows in values.items()
        if v != "" and v not in known
    ]


def recipe_diff(
    recipe: Recipe,
    census: Mapping[str, Mapping[str, int]],
    *,
    columns: Sequence[str] | None = None,
) -> RecipeDiff:
    """The notes and questions of an export against ``recipe`` (see the module docstring).

    ``census``: rows per value of the recipe's columns in the export; ``columns``: the export's
    columns, when known, so that a missing one is asked for.
    """
    items: list[DiffItem] = []
    if columns is not None:
        used = [g.column for g in recipe.groups]
        for choice in (recipe.decision, recipe.recommendation, recipe.truth):
            used += [choice.column] if choice is not None else []
        used += [c for c in (recipe.score, recipe.stratify) if c]
        used += [c.column for c in (recipe.stage, recipe.period) if c is not None]
        present = set(columns)
        items += [_item("column_missing", c) for c in dict.fromkeys(used) if c not in present]
    for group in recipe.groups:
        items += _group_items(group, census.get(group.column, {}))
    for choice in (recipe.decision, recipe.recommendation, recipe.truth):
        if choice is not None:
            items += _yes_no_items(choice, census.get(choice.column, {}))
    if recipe.stage is not None and recipe.stage.order:
        order = set(recipe.stage.order)
        for value, rows in census.get(recipe.stage.column, {}).items():
            if value and value not in order:
                items.append(_item("stage_value", recipe.stage.column, value=value, rows=rows))
    return RecipeDiff(items=items)

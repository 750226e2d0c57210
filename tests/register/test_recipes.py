"""Issue 20: a tool's audit recipe in the register: versions, history, removal, grants."""

from __future__ import annotations

from ethics_toolkit.engine.recipe.recipe import GroupColumn, Recipe, YesNo
from ethics_toolkit.register.domain.history import describe
from ethics_toolkit.register.domain.recipes import changed_parts
from ethics_toolkit.register.storage.store import Store
from tests.register.factories import cv_screening

ACTOR = "Maria Lind"
FIRST = Recipe(
    sheet="Kandidater",
    decision=YesNo(column="Beslut", selected=["Ja"], not_selected=["Nej"]),
    groups=[
        GroupColumn(column="Kön", reference="Man"),
        GroupColumn(column="Land", regroup="region"),
    ],
)


def test_a_recipe_is_saved_as_versions_with_history(store: Store) -> None:
    tool = store.save_tool(cv_screening(), actor=ACTOR)
    assert tool.id is not None and store.latest_recipe(tool.id) is None
    one, new = store.save_recipe(tool.id, FIRST, actor=ACTOR)
    assert new and one.version == 1 and one.recipe == FIRST and one.saved_by == ACTOR
    same, new = store.save_recipe(tool.id, FIRST, actor="Someone Else")
    assert not new and same.version == 1  # nothing changed: no new version, no history
    second = FIRST.model_copy(update={"groups": [GroupColumn(column="Kön", unknown=["Annat"])]})
    two, new = store.save_recipe(tool.id, second, actor=ACTOR)
    assert new and two.version == 2
    assert [r.version for r in store.recipes(tool.id)] == [1, 2]
    assert store.latest_recipe(tool.id) == two
    entries = [e for e in store.history(tool.id) if e.entity == "recipe"]
    assert [(e.action, e.changes["version"]) for e in entries] == [
        ("create", [None, 1]),
        ("update", [1, 2]),
    ]
    assert [describe(e, "sv") for e in entries] == [
        "Sparade granskningsreceptet, version 1: blad, beslut, grupper",
        "Sparade granskningsreceptet, version 2: grupper",
    ]
    assert store.walk_history().intact


def test_changed_parts_name_what_differs() -> None:
    assert changed_parts(None, FIRST) == ["sheet", "decision", "groups"]
    assert changed_parts(FIRST, FIRST.model_copy(update={"stratify": "Tjänst"})) == ["stratify"]


def test_a_removed_tool_takes_its_recipes_with_it(store: Store) -> None:
    tool = store.save_tool(cv_screening(), actor=ACTOR)
    assert tool.id is not None
    store.save_recipe(tool.id, FIRST, actor=ACTOR)
    export = store.export_json()
    store.delete_tool(tool.name, actor=ACTOR, export=export, export_file="before.json")
    assert store.recipes(tool.id) == []

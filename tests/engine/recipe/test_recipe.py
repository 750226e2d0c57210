"""Issue 20: the recipe model, its YAML, recipe <-> spec, choices made again, and the diff."""

from __future__ import annotations

import pandas as pd
import pytest

from ethics_toolkit.engine.audit import audit_frame
from ethics_toolkit.engine.cells.recoding import frame_census
from ethics_toolkit.engine.errors import EngineError
from ethics_toolkit.engine.recipe.build import NOT_A_GROUP_COLUMN, overlay, recipe_of, spec_of
from ethics_toolkit.engine.recipe.diff import recipe_diff
from ethics_toolkit.engine.recipe.recipe import (
    RECIPE_INVALID,
    RECIPE_NEWER,
    RECIPE_NOT_YAML,
    GroupColumn,
    Recipe,
    YesNo,
    recipe_from_yaml,
    recipe_to_yaml,
)
from ethics_toolkit.engine.spec import AuditSpec, Grouping
from tests.engine.recipe.exports import HEADER as COLUMNS
from tests.engine.recipe.exports import NEW_IN_Q2, q1_rows, q2_rows

SPEC = AuditSpec(
    outcome="Beslut",
    sensitive=["Kön", "Födelseland"],
    regroup={"Födelseland": Grouping(builtin="region")},
    unknown_values={"Kön": ["Annat/vill ej uppge"]},
    references={"Kön": "Man"},
    recommendation="AI-rekommendation",
    period="Ansökningsdatum",
    column_labels={"Kön": "Gender"},
)


def _frame(rows: list[list[str]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=COLUMNS).replace({"": None})


@pytest.fixture(scope="module")
def q1_recipe() -> Recipe:
    return recipe_of(audit_frame(_frame(q1_rows()), SPEC))


def test_the_recipe_of_an_audit_holds_every_choice_and_reproduces_it(q1_recipe: Recipe) -> None:
    assert q1_recipe.decision == YesNo(column="Beslut", selected=["Ja"], not_selected=["Nej"])
    assert q1_recipe.recommendation == YesNo(
        column="AI-rekommendation", selected=["Rekommenderad"], not_selected=["Ej rekommenderad"]
    )  # decided by the words, and pinned for the next export
    gender, country = q1_recipe.groups
    assert gender.unknown == ["Annat/vill ej uppge"] and gender.reference == "Man"
    assert set(gender.seen) == {"Kvinna", "Man", "Annat/vill ej uppge", "Vill ej uppge"}
    assert country.regroup == "region" and len(country.seen) == 9
    assert q1_recipe.period is not None and q1_recipe.period.column == "Ansökningsdatum"
    assert q1_recipe.labels.columns == {"Kön": "Gender"}
    again = audit_frame(_frame(q1_rows()), spec_of(q1_recipe))
    first = audit_frame(_frame(q1_rows()), SPEC)
    assert [a.model_dump() for a in again.analyses] == [a.model_dump() for a in first.analyses]
    gender_analysis = first.analyses[0]
    assert gender_analysis.unknown == 60  # 20 "Vill ej uppge", 10 blank, 30 chosen as unknown


def test_the_yaml_is_readable_and_round_trips(q1_recipe: Recipe) -> None:
    text = recipe_to_yaml(q1_recipe)
    assert text.startswith("# Audit recipe of ethics-toolkit")
    assert "regroup: region" in text and "reference: Man" in text and "Annat/vill ej uppge" in text
    assert "sheet:" not in text  # defaults (here: no sheet, a frame) are left out
    assert recipe_from_yaml(text) == q1_recipe
    assert recipe_from_yaml(text.encode("utf-8")) == q1_recipe


@pytest.mark.parametrize(
    ("text", "template"),
    [
        ("groups: [", RECIPE_NOT_YAML),
        ("- just a list", RECIPE_NOT_YAML),
        ("recipe: 9\n", RECIPE_NEWER),
        ("groups:\n- column: Kön\n  regroup: continent\n", RECIPE_INVALID),
        ("decisions: {column: Beslut}\n", RECIPE_INVALID),
    ],
)
def test_a_bad_recipe_is_named(text: str, template: object) -> None:
    with pytest.raises(EngineError) as caught:
        recipe_from_yaml(text, name="q1.yaml")
    assert caught.value.template is template and "'q1.yaml'" in caught.value.en


def test_choices_made_again_replace_only_what_they_name(q1_recipe: Recipe) -> None:
    given = Recipe(groups=[GroupColumn(column="Kön")], decision=YesNo(column="Beslut"))
    merged = overlay(q1_recipe, given, {"groups", "decision"})
    assert [g.column for g in merged.groups] == ["Kön"]
    assert merged.groups[0] == q1_recipe.groups[0]  # the column's settings are kept
    assert merged.decision == q1_recipe.decision  # same column, no values given: kept
    assert merged.recommendation == q1_recipe.recommendation and merged.period == q1_recipe.period
    setting = GroupColumn(column="Kön", reference="Kvinna", unknown=["Vill ej uppge"])
    merged = overlay(q1_recipe, Recipe(), set(), settings=[setting])
    assert merged.groups[0].reference == "Kvinna" and merged.groups[0].unknown == ["Vill ej uppge"]
    assert merged.groups[1] == q1_recipe.groups[1]
    with pytest.raises(EngineError) as caught:
        setting = GroupColumn(column="Tjänst", regroup="region")
        overlay(q1_recipe, Recipe(), set(), settings=[setting], options={"Tjänst": "--regroup"})
    assert caught.value.template is NOT_A_GROUP_COLUMN and "--regroup" in caught.value.en


def test_the_next_export_against_the_recipe_notes_the_new_country(q1_recipe: Recipe) -> None:
    q2 = _frame(q2_rows())
    diff = recipe_diff(q1_recipe, frame_census(q2, COLUMNS), columns=COLUMNS)
    assert diff.questions == []
    (note,) = diff.notes
    assert (note.kind, note.column, note.value, note.rows) == (
        "grouped_builtin",
        "Födelseland",
        "Eritrea",
        12,
    )
    assert note.message.en == (
        "New value 'Eritrea' in 'Födelseland' (12 rows) → Utanför Europa by the built-in map."
    )
    assert note.message.sv.startswith("Nytt värde 'Eritrea' i 'Födelseland' (12 rader) → Utanför")


def test_a_new_value_your_grouping_misses_is_exactly_one_question(q1_recipe: Recipe) -> None:
    mine = {c: r for c, r in [("Sverige", "Sverige"), ("Polen", "Europa utom Sverige")]}
    for country in ("Grekland", "Bosnien-Hercegovina", "Storbritannien"):
        mine[country] = "Europa utom Sverige"
    for country in ("Syrien", "Irak", "Somalia", "Iran"):
        mine[country] = "Utanför Europa"
    country = q1_recipe.groups[1].model_copy(update={"regroup": None, "groups": mine})
    recipe = q1_recipe.model_copy(update={"groups": [q1_recipe.groups[0], country]})
    q2 = _frame(q2_rows())
    q2.loc[0, "Beslut"] = "Reserv"  # and a decision value the recipe does not classify
    diff = recipe_diff(
        recipe, frame_census(q2, COLUMNS), columns=[c for c in COLUMNS if c != "Tjänst"]
    )
    kinds = [(q.kind, q.column, q.value) for q in diff.questions]
    assert kinds == [
        ("not_grouped", "Födelseland", "Eritrea"),
        ("decision_value", "Beslut", "Reserv"),
    ]
    assert diff.questions[0].message.en == (
        "New value 'Eritrea' in 'Födelseland' (12 rows) is not in your grouping: assign it to a "
        "group, or count it as unknown."
    )
    assert sum(n for n, _ in NEW_IN_Q2["Eritrea"].values()) == 12
    missing = recipe_diff(recipe, {}, columns=["Kön", "Beslut"])
    assert {(q.kind, q.column) for q in missing.questions} >= {("column_missing", "Födelseland")}

"""Display labels of columns and values: findings read "Sökande med kön Kvinna"."""

from __future__ import annotations

import pytest

from ethics_toolkit.engine.audit import audit_source
from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.engine.presentation.labels import (
    LABEL_FORMAT,
    LABEL_UNKNOWN_COLUMN,
    LABEL_UNKNOWN_VALUE,
    attributes_label,
    check_value_labels,
    group_label,
    in_sentence,
    parse_label_options,
    suggest_labels,
)
from ethics_toolkit.engine.presentation.summaries import relabel
from ethics_toolkit.engine.spec import AuditSpec
from ethics_toolkit.errors import UserFacingError
from tests.conftest import SAMPLE_DATA

SPEC = AuditSpec(outcome="selected", positive="1", sensitive=["gender", "background"])


@pytest.fixture(scope="module")
def english() -> AuditResult:
    return audit_source(SAMPLE_DATA / "recruitment_decisions.csv", SPEC)


@pytest.mark.parametrize(
    ("columns", "values", "lang", "expected"),
    [
        (
            ["gender", "background", "age_band"],
            {"gender": ["Woman", "Man", "Non-binary"], "background": ["Sweden", "Outside Europe"]},
            "sv",
            (
                {"gender": "Kön", "background": "Bakgrund", "age_band": "Åldersgrupp"},
                {
                    "gender": {"Woman": "Kvinna", "Non-binary": "Icke-binär"},
                    "background": {"Sweden": "Sverige", "Outside Europe": "Utanför Europa"},
                },
            ),
        ),
        (
            ["Kön", "Bakgrund"],
            {"Kön": ["Kvinna", "Man"], "Bakgrund": ["Utanför Europa"]},
            "en",
            (
                {"Kön": "Gender", "Bakgrund": "Background"},
                {"Kön": {"Kvinna": "Woman"}, "Bakgrund": {"Utanför Europa": "Outside Europe"}},
            ),
        ),
        # Names that already read right, and unknown ones, get no label.
        (["Kön", "team_code"], {"team_code": ["A7"]}, "sv", ({}, {})),
    ],
)
def test_suggest_labels(columns, values, lang, expected) -> None:
    assert suggest_labels(columns, values, lang) == expected


def test_parse_label_options() -> None:
    columns = ["gender", "background", "selected"]
    options = ["gender=Kön", "gender:Woman=Kvinna", "background:Outside Europe=Utanför Europa"]
    assert parse_label_options(options, columns=columns) == (
        {"gender": "Kön"},
        {"gender": {"Woman": "Kvinna"}, "background": {"Outside Europe": "Utanför Europa"}},
    )
    # A column whose name contains ":" is matched whole.
    assert parse_label_options(["a:b=X"], columns=["a:b"]) == ({"a:b": "X"}, {})


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ("gender", LABEL_FORMAT),
        ("=Kön", LABEL_FORMAT),
        ("gender=", LABEL_FORMAT),
        ("gender:=Kvinna", LABEL_FORMAT),
        ("kön=Kön", LABEL_UNKNOWN_COLUMN),
        ("age:18-29=Ung", LABEL_UNKNOWN_COLUMN),
    ],
)
def test_bad_label_options_name_the_problem(option: str, message) -> None:
    with pytest.raises(UserFacingError) as info:
        parse_label_options([option], columns=["gender", "background"])
    assert info.value.en.startswith(message.en.split("{")[0])
    assert option in info.value.sv


def test_a_label_for_a_value_not_in_the_data_is_refused(english: AuditResult) -> None:
    spec = english.spec.model_copy(update={"value_labels": {"gender": {"Wman": "Kvinna"}}})
    with pytest.raises(UserFacingError) as info:
        check_value_labels(english.model_copy(update={"spec": spec}))
    assert info.value.en.startswith(LABEL_UNKNOWN_VALUE.en.split("{")[0])
    assert "Woman" in info.value.en  # the values that exist are listed


def test_relabel_changes_words_not_figures(english: AuditResult) -> None:
    labelled = relabel(
        english,
        column_labels={"gender": "Kön", "background": "Bakgrund"},
        value_labels={
            "gender": {"Woman": "Kvinna", "Man": "Man"},
            "background": {"Sweden": "Sverige", "Outside Europe": "Utanför Europa"},
        },
    )
    for before, after in zip(english.analyses, labelled.analyses, strict=True):
        assert [g.model_dump(exclude={"finding"}) for g in before.groups] == [
            g.model_dump(exclude={"finding"}) for g in after.groups
        ]
    background = labelled.analyses[1]
    outside = next(g for g in background.groups if g.values["background"] == "Outside Europe")
    assert outside.finding is not None
    assert outside.finding.sv.startswith(
        "Sökande med bakgrund Utanför Europa valdes ut 0,64 gånger så ofta som sökande med "
        "bakgrund Sverige"
    )
    assert outside.finding.en.startswith("Applicants with bakgrund Utanför Europa were selected")
    gender = labelled.analyses[0]
    assert gender.summary is not None
    assert gender.summary.sv.startswith("Efter kön: 1 av 3 grupper")
    assert "40 sökande utan uppgift om kön lämnades utanför" in gender.summary.sv
    both = labelled.analyses[2]
    assert "utan uppgift om kön eller bakgrund" in both.summary.sv
    cell = next(g for g in both.groups if g.values == {"gender": "Woman", "background": "Sweden"})
    assert group_label(cell.values, labelled.spec) == "Kvinna × Sverige"
    assert attributes_label(both.attributes, labelled.spec) == "Kön × Bakgrund"


def test_an_audit_carries_its_labels_into_the_findings() -> None:
    spec = SPEC.model_copy(
        update={"column_labels": {"gender": "Kön"}, "value_labels": {"gender": {"Woman": "Kvinna"}}}
    )
    result = audit_source(SAMPLE_DATA / "recruitment_decisions.csv", spec)
    woman = next(g for g in result.analyses[0].groups if g.values == {"gender": "Woman"})
    assert woman.finding is not None and woman.finding.sv.startswith("Sökande med kön Kvinna")
    assert result.spec.column_labels == {"gender": "Kön"}  # saved with the run


@pytest.mark.parametrize(
    ("label", "expected"),
    [("Kön", "kön"), ("Bakgrund", "bakgrund"), ("EU-medborgare", "EU-medborgare"), ("x", "x")],
)
def test_in_sentence(label: str, expected: str) -> None:
    assert in_sentence(label) == expected

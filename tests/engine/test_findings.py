"""Summaries of an analysis read right for one group as for several (issue 12 QA: plurals)."""

from __future__ import annotations

import pytest

from ethics_toolkit.engine.audit import audit_cells, audit_source
from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.engine.spec import AuditSpec, Cell

SPEC = AuditSpec(outcome="selected", sensitive=["group"])


def _cells(groups: dict[str, tuple[int, int]]) -> list[Cell]:
    """Group -> (applicants, selected) as cells."""
    return [
        Cell(values={"group": g}, selected=chosen, count=s if chosen else n - s)
        for g, (n, s) in groups.items()
        for chosen in (True, False)
    ]


def _summary(result: AuditResult, lang: str) -> str:
    return result.analyses[0].summary.get(lang)


@pytest.mark.parametrize(
    ("lang", "expected", "wrong"),
    [
        ("en", "it could be chance for that group.", "each of these groups"),
        ("sv", "kan det bero på slumpen för den gruppen.", "alla dessa grupper"),
    ],
)
def test_one_group_below_four_fifths_that_may_be_chance_is_one_group(lang, expected, wrong):
    # A: 17 of 50 against R: 50 of 100 -> ratio 0.68, Fisher p about 0.08: a warning, not proof.
    result = audit_cells(_cells({"R": (100, 50), "A": (50, 17), "B": (100, 48)}), SPEC, n_rows=250)
    (adverse,) = [g for g in result.analyses[0].groups if g.adverse_impact]
    assert adverse.values == {"group": "A"} and adverse.verdict == "adverse_not_significant"
    assert expected in _summary(result, lang)
    assert wrong not in _summary(result, lang)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "B (0.50) is below it but has too few people to judge."),
        ("sv", "B (0,50) ligger under den men har för få personer för att bedömas."),
    ],
)
def test_one_group_too_small_to_judge_is_one_group(lang, expected) -> None:
    rows = [
        f"{g},{o}" for g, (s, n) in {"A": (40, 40), "B": (1, 3)}.items() for o in [1] * s + [0] * n
    ]
    spec = AuditSpec(outcome="o", positive="1", sensitive=["g"])
    result = audit_source(("g,o\n" + "\n".join(rows) + "\n").encode(), spec)
    assert expected in _summary(result, lang)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Too few applicants to tell (smallest detectable impact ratio): T (0.20)."),
        ("sv", "För få sökande för att avgöra (minsta upptäckbara kvot): T (0,20)."),
    ],
)
def test_the_number_after_a_group_too_small_to_tell_says_what_it_is(lang, expected) -> None:
    """T's impact ratio is 1.00; the 0.20 in brackets is its smallest detectable ratio, and the
    summary's other brackets hold impact ratios, so it must say which it is."""
    result = audit_cells(_cells({"R": (100, 50), "T": (10, 5)}), SPEC, n_rows=110)
    assert expected in _summary(result, lang)

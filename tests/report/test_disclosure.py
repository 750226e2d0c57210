"""Small-cell suppression: no printed figure may reveal a count below the threshold."""

from __future__ import annotations

import pytest

from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.report.disclosure import (
    HIDDEN,
    count_text,
    group_label,
    group_row,
    is_small_cell,
    marker,
    truth_counts,
)
from tests.report.fixtures import analysis


def _group(result: AuditResult, label: str, analysis_index: int = 0):
    found = result.analyses[analysis_index]
    group = next(g for g in found.groups if group_label(g.values) == label)
    return found, group


@pytest.mark.parametrize(
    ("n", "selected", "threshold", "small"),
    [
        (3, 3, 5, True),  # n below
        (12, 3, 5, True),  # selected below
        (12, 9, 5, True),  # not selected (3) below
        (10, 5, 5, False),  # exactly at the threshold is shown
        (12, 3, 3, False),  # configurable threshold
    ],
)
def test_is_small_cell(n: int, selected: int, threshold: int, small: bool) -> None:
    result = analysis(["g"], {("x",): (n, selected), ("y",): (1000, 500)}, 0)
    group = next(g for g in result.groups if g.values == {"g": "x"})
    assert is_small_cell(group, threshold) is small


def test_group_of_three_prints_marker_and_hides_every_derived_figure(small_result) -> None:
    found, group = _group(small_result, "A")
    row = group_row(group, found, small_result, lang="en", threshold=5)
    assert (row.n, row.selected) == ("< 5", "< 5")
    assert (row.rate, row.ratio, row.p_value, row.shortfall) == (HIDDEN,) * 4
    assert row.suppressed and row.ratio_hidden


def test_shown_group_prints_hand_computed_figures(audit_result) -> None:
    found, group = _group(audit_result, "Outside Europe", analysis_index=1)
    row = group_row(group, found, audit_result, lang="sv", threshold=5)
    # 217 / 1100 = 0.1973; impact ratio 0.1973 / (925 / 3000) = 0.6398; shortfall 55.
    assert row.n == "1\u202f100"
    assert row.selected == "217"
    # Wilson 95 % interval of 217/1100: 0.1752 to 0.2216.
    assert row.rate == "19,7\u202f%" and row.rate_ci == "17,5–22,2"
    assert row.rate_with_ci == "19,7\u202f% (17,5–22,2)"
    assert row.ratio == "0,64"
    assert row.shortfall == "55"
    assert row.p_value == "<\u00a00,001"  # kept on one line
    assert not row.suppressed


def test_not_selected_below_threshold_hides_selected_count() -> None:
    """12 applicants, 9 selected: printing 9 would reveal the 3 not selected."""
    found = analysis(["g"], {("x",): (12, 9), ("y",): (1000, 500)}, 0)
    result = AuditResult(n_rows=1012, spec={"sensitive": ["g"]}, cells=[], analyses=[found])
    group = next(g for g in found.groups if g.values == {"g": "x"})
    row = group_row(group, found, result, lang="en", threshold=5)
    assert (row.n, row.selected, row.rate) == ("12", HIDDEN, HIDDEN)


def test_suppressed_reference_hides_all_ratios() -> None:
    """A reference with 4 not selected: its rate would follow from any ratio and shown rate."""
    found = analysis(["g"], {("x",): (104, 100), ("y",): (1000, 500)}, 0)
    result = AuditResult(n_rows=1104, spec={"sensitive": ["g"]}, cells=[], analyses=[found])
    other = next(g for g in found.groups if g.values == {"g": "y"})
    row = group_row(other, found, result, lang="en", threshold=5)
    assert row.ratio == HIDDEN and not row.suppressed
    assert row.rate != HIDDEN


def test_truth_counts_sum_cells_of_the_group() -> None:
    cells = [
        {"values": {"g": "x", "h": "1"}, "selected": True, "truth": True, "count": 7},
        {"values": {"g": "x", "h": "2"}, "selected": True, "truth": True, "count": 3},
        {"values": {"g": "x", "h": "1"}, "selected": False, "truth": True, "count": 6},
        {"values": {"g": "x", "h": "1"}, "selected": True, "truth": False, "count": 2},
        {"values": {"g": "x", "h": "1"}, "selected": False, "truth": False, "count": 20},
        {"values": {"g": "y", "h": "1"}, "selected": True, "truth": True, "count": 99},
    ]
    found = analysis(["g"], {("x",): (38, 12), ("y",): (99, 99)}, 0)
    result = AuditResult(n_rows=137, spec={"sensitive": ["g"]}, cells=cells, analyses=[found])
    group = next(g for g in found.groups if g.values == {"g": "x"})
    assert truth_counts(result, group) == (10, 6, 2, 20)


@pytest.mark.parametrize(
    ("value", "expected"), [(0, "0"), (3, "< 5"), (40, "40"), (1234, "1\u202f234")]
)
def test_count_text(value: int, expected: str) -> None:
    assert count_text(value, lang="sv", threshold=5) == expected


def test_marker_is_configurable() -> None:
    assert marker(10) == "< 10"

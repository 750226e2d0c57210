"""Monitoring over time: the lowest impact ratio from the first to the last period (issue 15)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from ethics_toolkit.engine.analyses.trend import change_p_value
from ethics_toolkit.engine.audit import audit_frame
from ethics_toolkit.engine.spec import AuditSpec


def log(periods: list[tuple[str, dict[str, tuple[int, int]]]]) -> pd.DataFrame:
    """Rows from (date, {group: (selected, n)}) per period."""
    rows = []
    for day, groups in periods:
        for group, (s, n) in groups.items():
            rows += [(group, "1", day)] * s + [(group, "0", day)] * (n - s)
    return pd.DataFrame(rows, columns=["g", "o", "d"])


SPEC = AuditSpec(outcome="o", sensitive=["g"], period="d")


def test_a_gap_that_opens_in_the_last_quarter_is_found_and_tested() -> None:
    frame = log(
        [
            ("2026-02-01", {"A": (50, 100), "B": (48, 100)}),
            ("2026-05-01", {"A": (50, 100), "B": (49, 100)}),
            ("2026-08-01", {"A": (50, 100), "B": (25, 100)}),
        ]
    )
    result = audit_frame(frame, SPEC)
    (trend,) = result.trends
    assert (trend.first_period, trend.last_period) == ("2026-Q1", "2026-Q3")
    assert trend.first_lowest_ratio == pytest.approx(0.96)
    assert trend.last_lowest_ratio == pytest.approx(0.50)
    assert trend.direction == "worsened"
    assert (trend.group, trend.reference_group) == ({"g": "B"}, {"g": "A"})
    assert trend.group_first_ratio == pytest.approx(0.96)
    # By hand: ln 0.96 = -0.040822, Katz variance 1/48 - 1/100 + 1/50 - 1/100 = 0.020833;
    # ln 0.5 = -0.693147, variance 1/25 - 1/100 + 1/50 - 1/100 = 0.04;
    # z = -0.652325 / sqrt(0.060833) = -2.6448 -> two-sided p = 0.00817.
    assert trend.change_p_value == pytest.approx(0.00817, abs=5e-5)
    assert "fell from 0.96 (2026-Q1) to 0.50 (2026-Q3)" in trend.finding.en
    assert "unlikely to be chance" in trend.finding.en
    assert "sjönk från 0,96 (2026-Q1) till 0,50 (2026-Q3)" in trend.finding.sv


def test_a_small_change_could_be_chance_and_improvement_is_named() -> None:
    frame = log(
        [
            ("2026-01-10", {"A": (10, 20), "B": (7, 20)}),
            ("2026-04-10", {"A": (10, 20), "B": (8, 20)}),
        ]
    )
    (trend,) = audit_frame(frame, SPEC).trends
    assert trend.direction == "improved"
    assert (trend.first_lowest_ratio, trend.last_lowest_ratio) == pytest.approx((0.7, 0.8))
    assert trend.change_p_value > 0.05 and "could be chance" in trend.finding.en


def test_the_test_is_symmetric_and_zero_for_equal_ratios() -> None:
    assert change_p_value((10, 100, 20, 100), (10, 100, 20, 100)) == pytest.approx(1.0)
    p = change_p_value((10, 100, 20, 100), (20, 100, 20, 100))
    assert p == pytest.approx(change_p_value((20, 100, 20, 100), (10, 100, 20, 100)))
    assert math.isnan(change_p_value((0, 0, 5, 10), (1, 10, 5, 10)))


def test_one_period_gives_no_trend() -> None:
    frame = log([("2026-01-10", {"A": (10, 20), "B": (7, 20)})])
    assert audit_frame(frame, SPEC).trends == []

"""The series of saved audits (issue 15), on the sample log whose gap opens in the last quarter.

By hand (``sample_data/README.md``): outside Europe against Sweden, 58/200 against 90/300 in each of
the first three quarters (impact ratio 0.9667) and 30/200 in the fourth (0.5000); over the year
204/800 against 360/1200 (0.85, above four-fifths). Katz interval of the fourth quarter:
ln 0.5 ± 1.96 × sqrt(1/30 − 1/200 + 1/90 − 1/300) = ln 0.5 ± 0.37245 -> (0.3445, 0.7256).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from ethics_toolkit.engine.audit import audit_source
from ethics_toolkit.engine.spec import AuditSpec
from ethics_toolkit.register.duties.monitoring import (
    impact_series,
    series_attributes,
    series_label,
    x_order,
)
from ethics_toolkit.register.duties.rules import crossings
from ethics_toolkit.register.storage.store import Store
from tests.conftest import SAMPLE_DATA
from tests.register.factories import ACTOR, cv_screening

SPEC = AuditSpec(outcome="selected", positive="1", sensitive=["gender", "background"])
LOG = SAMPLE_DATA / "recruitment_over_time.csv"


@pytest.fixture(scope="module")
def by_quarter():
    spec = SPEC.model_copy(update={"period": "applied_on"})
    return audit_source(LOG, spec, file_name=LOG.name)


@pytest.fixture(scope="module")
def whole_year():
    return audit_source(LOG, SPEC, file_name=LOG.name)


def _outside(analyses):
    (analysis,) = [a for a in analyses if a.attributes == ["background"]]
    (group,) = [g for g in analysis.groups if g.values == {"background": "Outside Europe"}]
    return group


def test_the_sample_log_has_the_documented_figures(by_quarter, whole_year) -> None:
    assert _outside(whole_year.analyses).impact_ratio == pytest.approx(0.85)
    assert _outside(whole_year.analyses).verdict != "adverse_significant"
    ratios = [_outside(p.analyses).impact_ratio for p in by_quarter.periods]
    assert ratios == pytest.approx([0.9667, 0.9667, 0.9667, 0.5], abs=5e-5)
    trend = next(t for t in by_quarter.trends if t.attributes == ["background"])
    assert trend.change_p_value == pytest.approx(0.0054, abs=5e-5)


def test_a_gap_in_the_last_period_crosses_the_threshold_the_year_hides(
    by_quarter, whole_year
) -> None:
    assert crossings(whole_year, None) == []
    (crossing,) = crossings(by_quarter, None)
    assert crossing.kind == "adverse_significant"
    assert crossing.details["groups"][0] == "Outside Europe (2026-Q4)"
    assert crossing.details["lowest_ratio"] == pytest.approx(0.5)


def test_the_series_joins_periods_and_later_audits_in_time_order(
    store: Store, by_quarter, whole_year
) -> None:
    tool = store.save_tool(cv_screening(), actor=ACTOR)
    with store.frozen_clock(datetime(2027, 1, 10, tzinfo=UTC)):
        store.save_audit_run(tool.id, by_quarter, actor=ACTOR)
    with store.frozen_clock(datetime(2027, 2, 1, tzinfo=UTC)):
        store.save_audit_run(
            tool.id, whole_year, actor=ACTOR, data_period="2026-01-01 – 2026-12-31"
        )
    audits = store.audit_runs(tool.id)
    assert series_attributes(audits)[:2] == [("gender",), ("background",)]
    assert series_label(("background",), audits) == "background"
    points = impact_series(audits, ["background"])
    assert x_order(points) == [
        "2026-Q1",
        "2026-Q2",
        "2026-Q3",
        "2026-Q4",
        "2026-01-01 – 2026-12-31",
    ]
    q4 = next(p for p in points if p.x == "2026-Q4")
    assert (q4.group, q4.verdict, q4.small) == ("Outside Europe", "adverse_significant", False)
    assert (q4.ratio, q4.low, q4.high) == pytest.approx((0.5, 0.3445, 0.7256), abs=5e-5)
    assert q4.end == date(2026, 12, 31)
    year = points[-1]
    assert (year.ratio, year.end) == (pytest.approx(0.85), date(2026, 12, 31))
    # The audit by quarter opened the task; the whole-year audit after it crossed nothing.
    (task,) = store.tasks(tool.id)
    assert task.details["groups"][0] == "Outside Europe (2026-Q4)"

"""Cells gain the dimensions an audit asks for; counts stay exact and sum to the pooled ones."""

from __future__ import annotations

import pandas as pd

from ethics_toolkit.engine.audit import audit_cells, audit_frame, cells_of_frame
from ethics_toolkit.engine.spec import AuditSpec

FRAME = pd.DataFrame(
    {
        "g": ["A", "A", "A", "B", "B", "B", "B", None],
        "job": ["j1", "j2", "j1", "j1", "j2", "", "j2", "j1"],
        "ai": ["yes", "no", "yes", "no", "no", "yes", "", "yes"],
        "final": ["1", "0", "1", "1", "0", "0", "0", "1"],
        "reached": ["offer", "applied", "interview", "offer", "applied", "interview", "", "offer"],
        "day": ["2026-01-05", "2026-02-10", "2026-04-01", "2026-05-05", "", "2026-01-02",
                "2026-06-30", "2026-03-03"],
    }
)  # fmt: skip


def test_every_dimension_is_counted_and_decoded() -> None:
    spec = AuditSpec(
        outcome="final",
        sensitive=["g"],
        stratify="job",
        recommendation="ai",
        recommendation_positives=["yes"],
        stage="reached",
        stages=["applied", "interview", "offer"],
        period="day",
    )
    result = cells_of_frame(FRAME, spec)[1]
    assert result.n_rows == 8 and sum(c.count for c in result.cells) == 8
    cells = {
        (c.values["g"], c.stratum, c.recommended, c.selected, c.stage, c.period): c.count
        for c in result.cells
    }
    assert cells[("A", "j1", True, True, "offer", "2026-Q1")] == 1
    assert cells[("A", "j2", False, False, "applied", "2026-Q1")] == 1
    assert cells[("A", "j1", True, True, "interview", "2026-Q2")] == 1
    assert cells[("B", None, True, False, "interview", "2026-Q1")] == 1  # empty job: unknown
    assert cells[("B", "j2", None, False, None, "2026-Q2")] == 1  # empty ai and stage
    assert cells[("B", "j2", False, False, "applied", None)] == 1  # empty date
    assert cells[(None, "j1", True, True, "offer", "2026-Q1")] == 1


def test_pooled_figures_do_not_change_with_the_dimensions() -> None:
    plain = audit_frame(FRAME, AuditSpec(outcome="final", sensitive=["g"]))
    split = audit_frame(FRAME, AuditSpec(outcome="final", sensitive=["g"], period="day"))
    assert [g.model_dump() for g in plain.analyses[0].groups] == [
        g.model_dump() for g in split.analyses[0].groups
    ]


def test_periods_are_analysed_in_time_order_and_add_up() -> None:
    spec = AuditSpec(outcome="final", sensitive=["g"], period="day")
    result = audit_frame(FRAME, spec)
    assert result.periods is not None
    assert [p.period for p in result.periods] == ["2026-Q1", "2026-Q2"]
    assert [p.n_rows for p in result.periods] == [4, 3]  # one row has no date
    q1 = result.periods[0].analyses[0]
    assert {tuple(g.values.values()): (g.n, g.selected) for g in q1.groups} == {
        ("A",): (2, 1),
        ("B",): (1, 0),
    }
    assert q1.unknown == 1
    monthly = audit_frame(FRAME, spec.model_copy(update={"freq": "month"}))
    assert [p.period for p in monthly.periods] == ["2026-01", "2026-02", "2026-03", "2026-04",
                                                    "2026-05", "2026-06"]  # fmt: skip


def test_a_period_with_one_group_is_its_own_reference() -> None:
    frame = pd.DataFrame(
        {"g": ["A", "B", "A", "B", "A"], "o": ["1", "0", "1", "1", "0"],
         "d": ["2026-01-01", "2026-01-02", "2026-02-01", "2026-01-03", "2026-02-02"]}
    )  # fmt: skip
    result = audit_frame(frame, AuditSpec(outcome="o", sensitive=["g"], period="d", freq="month"))
    february = result.periods[1].analyses[0]
    assert [g.values for g in february.groups] == [{"g": "A"}]
    assert february.reference_group == {"g": "A"}
    assert february.groups[0].impact_ratio == 1.0 and not february.groups[0].adverse_impact


def test_funnel_without_outcome_selects_who_reached_the_last_stage() -> None:
    spec = AuditSpec(stage="reached", stages=["applied", "interview", "offer"], sensitive=["g"])
    frame = FRAME.drop(columns=["final"])
    cells = cells_of_frame(frame, spec)[1]
    assert cells.n_rows == 7 and cells.excluded == 1  # the row without a stage
    selected = sum(c.count for c in cells.cells if c.selected)
    assert selected == 3  # three rows reached "offer"
    assert all(c.selected == (c.stage == "offer") for c in cells.cells)


def test_group_counts_carry_strata_and_periods() -> None:
    counts = pd.DataFrame(
        {"g": ["A", "A", "B", "B"], "job": ["j1", "j2", "j1", "j2"],
         "n": [10, 20, 30, 40], "s": [5, 2, 9, 8]}
    )  # fmt: skip
    spec = AuditSpec(
        outcome="s", count_column="n", selected_column="s", sensitive=["g"], stratify="job"
    )
    result = cells_of_frame(counts, spec)[1]
    got = {(c.values["g"], c.stratum, c.selected): c.count for c in result.cells}
    assert got[("A", "j1", True)] == 5 and got[("A", "j1", False)] == 5
    assert got[("B", "j2", True)] == 8 and got[("B", "j2", False)] == 32
    assert result.n_rows == 100


def test_recompute_from_cells_with_dimensions_is_identical() -> None:
    spec = AuditSpec(outcome="final", sensitive=["g"], period="day")
    first = audit_frame(FRAME, spec)
    again = audit_cells(first.cells, first.spec, n_rows=first.n_rows)
    assert again.model_dump(exclude={"computed_at"}) == first.model_dump(exclude={"computed_at"})

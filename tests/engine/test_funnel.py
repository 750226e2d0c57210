"""The selection funnel (issue 11): entered, passed, pass rate, reference and ratio per step."""

from __future__ import annotations

import pandas as pd
import pytest

from ethics_toolkit.engine.analyses.funnel import funnel_summary, gap_steps
from ethics_toolkit.engine.analyses.metrics import fisher_p
from ethics_toolkit.engine.audit import audit_cells, audit_frame
from ethics_toolkit.engine.errors import STAGE_NOT_LISTED, EngineError
from ethics_toolkit.engine.models import FunnelStep
from ethics_toolkit.engine.spec import AuditSpec

STAGES = ["applied", "screened", "interview", "offer"]
SPEC = AuditSpec(stage="stage", stages=STAGES, sensitive=["g"])
# Furthest stage reached, per group: A and B are large; C is one applicant (small); D never
# got past "applied".
FURTHEST = {
    "A": {"applied": 20, "screened": 20, "interview": 30, "offer": 30},
    "B": {"applied": 20, "screened": 50, "interview": 15, "offer": 15},
    "C": {"offer": 1},
    "D": {"applied": 10},
}


def log(furthest: dict[str, dict[str, int]] = FURTHEST) -> pd.DataFrame:
    rows = [(g, stage) for g, counts in furthest.items() for stage, k in counts.items()
            for _ in range(k)]  # fmt: skip
    return pd.DataFrame(rows, columns=["g", "stage"])


def funnel(result_funnel: list[FunnelStep] | None) -> dict[str, dict[str, tuple]]:
    assert result_funnel is not None
    return {
        step.stage: {
            g.values["g"]: (g.entered, g.passed, g.pass_rate, g.impact_ratio, g.adverse_impact)
            for g in step.groups
        }
        for step in result_funnel
    }


def test_every_step_by_hand() -> None:
    result = audit_frame(log(), SPEC)
    steps = result.analyses[0].funnel
    assert steps is not None
    assert [s.stage for s in steps] == ["screened", "interview", "offer"]  # after the first
    got = funnel(steps)
    # screened: everyone entered; A 80/100, B 80/100 (a tie: equal size, so A, first in order);
    # C is small (1 of 211 < 2 %), so never the reference even at 100 %.
    assert got["screened"] == {
        "A": (100, 80, 0.8, 1.0, False),
        "B": (100, 80, 0.8, 1.0, False),
        "C": (1, 1, 1.0, 1.25, False),
        "D": (10, 0, 0.0, 0.0, True),
    }
    assert steps[0].reference_group == {"g": "A"}
    # interview: A 60/80 = 0.75, B 30/80 = 0.375 -> ratio 0.5, adverse; D entered nobody.
    assert got["interview"]["A"] == (80, 60, 0.75, 1.0, False)
    assert got["interview"]["B"] == (80, 30, 0.375, 0.5, True)
    assert got["interview"]["D"] == (0, 0, None, None, False)
    b = next(g for g in steps[1].groups if g.values == {"g": "B"})
    assert b.p_value == pytest.approx(fisher_p(30, 80, 60, 80))
    d = next(g for g in steps[1].groups if g.values == {"g": "D"})
    assert d.p_value is None
    # offer: A 30/60 = 0.5, B 15/30 = 0.5: a tie, A is larger.
    assert got["offer"]["A"] == (60, 30, 0.5, 1.0, False)
    assert got["offer"]["B"] == (30, 15, 0.5, 1.0, False)
    assert steps[2].reference_group == {"g": "A"}


def test_the_reference_group_is_chosen_per_step_on_pass_rates() -> None:
    furthest = {
        "A": {"applied": 20, "screened": 30, "interview": 40, "offer": 10},
        "B": {"applied": 50, "screened": 10, "interview": 20, "offer": 20},
    }
    steps = audit_frame(log(furthest), SPEC).analyses[0].funnel
    assert steps is not None
    # screened: A 80/100 vs B 50/100 -> A. interview: A 50/80 = 0.625 vs B 40/50 = 0.8 -> B.
    assert [s.reference_group for s in steps] == [{"g": "A"}, {"g": "B"}, {"g": "B"}]
    got = funnel(steps)
    assert got["interview"]["A"] == (80, 50, 0.625, pytest.approx(0.78125), True)
    assert got["offer"]["A"] == (50, 10, 0.2, pytest.approx(0.4), True)  # 0.2 / 0.5


def test_exactly_four_fifths_at_a_step_is_not_adverse() -> None:
    furthest = {
        "A": {"applied": 0, "screened": 30, "interview": 50},  # 50/80 = 0.625 at interview
        "B": {"applied": 50, "screened": 25, "interview": 25},  # 25/50 = 0.5 = 0.8 x 0.625
    }
    spec = SPEC.model_copy(update={"stages": STAGES[:3]})
    steps = audit_frame(log(furthest), spec).analyses[0].funnel
    b = funnel(steps)["interview"]["B"]
    assert b[3] == pytest.approx(0.8) and b[4] is False


def test_findings_name_the_step_where_the_gap_arises() -> None:
    steps = audit_frame(log({k: v for k, v in FURTHEST.items() if k != "D"}), SPEC)
    funnel_steps = steps.analyses[0].funnel
    assert funnel_steps is not None
    assert [s.stage for s in gap_steps(funnel_steps)] == ["interview"]
    assert funnel_summary(funnel_steps, "en") == (
        "The gap arises at the interview stage; the steps to screened and offer treat the "
        "groups alike."
    )
    assert funnel_summary(funnel_steps, "sv") == (
        "Skillnaden uppstår vid steget till interview; stegen till screened och offer "
        "behandlar grupperna lika."
    )
    interview = funnel_steps[1]
    assert interview.finding is not None
    assert "a gap arises here" in interview.finding.en and "0.50" in interview.finding.en
    assert "treats the groups alike" in funnel_steps[0].finding.en  # type: ignore[union-attr]


def test_without_outcome_the_decision_is_reaching_the_last_stage() -> None:
    result = audit_frame(log(), SPEC)
    groups = {g.values["g"]: (g.n, g.selected) for g in result.analyses[0].groups}
    assert groups == {"A": (100, 30), "B": (100, 15), "C": (1, 1), "D": (10, 0)}


def test_with_an_outcome_the_funnel_sits_next_to_it() -> None:
    frame = log()
    frame["final"] = ["1" if i % 3 == 0 else "0" for i in range(len(frame))]
    result = audit_frame(frame, SPEC.model_copy(update={"outcome": "final"}))
    assert result.analyses[0].n_analysed == len(frame)
    assert funnel(result.analyses[0].funnel)["interview"]["B"] == (80, 30, 0.375, 0.5, True)


def test_rows_without_a_stage_stay_out_of_the_funnel() -> None:
    frame = log()
    frame.loc[0, "stage"] = None  # an "A" row at "applied"
    frame["final"] = "0"
    frame.loc[1, "final"] = "1"
    result = audit_frame(frame, SPEC.model_copy(update={"outcome": "final"}))
    assert result.analyses[0].n_analysed == 211
    assert funnel(result.analyses[0].funnel)["screened"]["A"][:2] == (99, 80)


def test_a_stage_not_listed_is_an_error_listing_it() -> None:
    frame = log()
    frame.loc[3, "stage"] = "hired"
    with pytest.raises(EngineError) as error:
        audit_frame(frame, SPEC)
    assert error.value.template is STAGE_NOT_LISTED
    assert "'hired' (1)" in str(error.value) and "'offer'" in str(error.value)


def test_recompute_from_cells_gives_the_same_funnel() -> None:
    first = audit_frame(log(), SPEC)
    again = audit_cells(first.cells, first.spec, n_rows=first.n_rows)
    assert again.analyses[0].funnel == first.analyses[0].funnel

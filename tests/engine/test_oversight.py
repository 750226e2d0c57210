"""Human oversight (issue 11): the tool's recommendation against the final decision, by hand."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from ethics_toolkit.engine.analyses.oversight import direction, ratio_change_p, tool_decides
from ethics_toolkit.engine.audit import audit_cells, audit_frame
from ethics_toolkit.engine.models import AuditResult, Oversight
from ethics_toolkit.engine.spec import AuditSpec

SPEC = AuditSpec(
    outcome="final", sensitive=["g"], recommendation="ai", recommendation_positives=["yes"]
)


def log(cells: dict[str, tuple[int, int, int, int]], unknown: int = 0) -> pd.DataFrame:
    """Rows from per-group paired counts (a both yes, b tool no -> yes, c tool yes -> no, d)."""
    rows = []
    for group, (a, b, c, d) in cells.items():
        rows += [(group, "yes", 1)] * a + [(group, "no", 1)] * b
        rows += [(group, "yes", 0)] * c + [(group, "no", 0)] * d
    rows += [("A", "", 1)] * unknown  # recommendation missing
    return pd.DataFrame(rows, columns=["g", "ai", "final"])


def oversight_of(result: AuditResult) -> Oversight:
    oversight = result.analyses[0].oversight
    assert oversight is not None
    return oversight


def p_by_hand(group: tuple[int, int, int], reference: tuple[int, int, int]) -> float:
    """The Wald test of ln(pf_g/pa_g) - ln(pf_r/pa_r), paired variance (b+c)/((a+b)(a+c))."""

    def change(a: int, b: int, c: int) -> tuple[float, float]:
        return math.log((a + b) / (a + c)), (b + c) / ((a + b) * (a + c))

    (dg, vg), (dr, vr) = change(*group), change(*reference)
    z = (dg - dr) / math.sqrt(vg + vr)
    return math.erfc(abs(z) / math.sqrt(2))


def test_people_reduce_the_tools_disparity() -> None:
    # A: tool 40 %, final 50 % (10 raised to yes). B: tool 20 %, final 40 % (20 raised to yes).
    result = audit_frame(log({"A": (40, 10, 0, 50), "B": (20, 20, 0, 60)}), SPEC)
    oversight = oversight_of(result)
    assert result.analyses[0].reference_group == {"g": "A"}  # chosen on the final decision
    assert oversight.agreement == pytest.approx(170 / 200)
    assert (oversight.overridden_to_yes, oversight.overridden_to_no, oversight.n) == (30, 0, 200)
    a, b = oversight.groups
    assert (a.n, a.ai_selected, a.final_selected, a.overridden_to_yes) == (100, 40, 50, 10)
    assert (a.ai_rate, a.final_rate, a.agreement) == (0.4, 0.5, 0.9)
    assert (a.ai_impact_ratio, a.final_impact_ratio, a.change_p_value) == (1.0, 1.0, None)
    assert (b.n, b.ai_selected, b.final_selected, b.overridden_to_yes) == (100, 20, 40, 20)
    assert b.agreement == pytest.approx(0.8)
    assert b.ai_impact_ratio == pytest.approx(0.5)  # 0.2 / 0.4
    assert b.final_impact_ratio == pytest.approx(0.8)  # 0.4 / 0.5
    # ln 2 - ln 1.25 = 0.4700, variance 20/800 + 10/2000 = 0.03: z = 2.714, p = 0.0067
    assert b.change_p_value == pytest.approx(p_by_hand((20, 20, 0), (40, 10, 0)))
    assert b.change_p_value == pytest.approx(0.00666, abs=5e-5)
    assert direction(b) == "reduced"
    assert b.finding is not None and "People reduced the tool's disparity" in b.finding.en
    assert "0.50" in b.finding.en and "0.80" in b.finding.en
    assert "minskade verktygets skillnad" in b.finding.sv
    assert not tool_decides(oversight)
    assert oversight.finding is not None and "15%" in oversight.finding.en


def test_people_amplify_the_tools_disparity() -> None:
    # A: tool 50 %, final 50 %. B: tool 45 %, final 25 % (20 lowered to no).
    result = audit_frame(log({"A": (45, 5, 5, 45), "B": (25, 0, 20, 55)}), SPEC)
    oversight = oversight_of(result)
    _, b = oversight.groups
    assert b.ai_impact_ratio == pytest.approx(0.9)
    assert b.final_impact_ratio == pytest.approx(0.5)
    assert (b.overridden_to_yes, b.overridden_to_no) == (0, 20)
    assert (oversight.overridden_to_yes, oversight.overridden_to_no) == (5, 25)
    # ln(25/45) - ln(50/50) = -0.5878, variance 20/1125 + 10/2500: z = -3.98, p = 6.8e-5
    assert b.change_p_value == pytest.approx(p_by_hand((25, 0, 20), (45, 5, 5)))
    assert b.change_p_value < 1e-4
    assert direction(b) == "amplified"
    assert b.finding is not None and "People amplified" in b.finding.en
    assert "förstärkte" in b.finding.sv


def test_a_small_change_is_not_called_a_change() -> None:
    result = audit_frame(log({"A": (45, 5, 5, 45), "B": (40, 3, 2, 55)}), SPEC)
    _, b = oversight_of(result).groups
    assert b.change_p_value is not None and b.change_p_value > 0.05
    assert direction(b) == "unchanged"
    assert b.finding is not None and "did not change the tool's disparity" in b.finding.en


def test_no_override_at_all_has_p_one() -> None:
    assert ratio_change_p(*_pairs((30, 0, 0, 70), (50, 0, 0, 50))) == 1.0


def _pairs(*counts: tuple[int, int, int, int]) -> list:
    from ethics_toolkit.engine.analyses.oversight import _Pairs

    return [_Pairs(*c) for c in counts]


def test_a_zero_cell_is_corrected_not_infinite() -> None:
    group, reference = _pairs((0, 5, 0, 95), (40, 10, 0, 50))  # tool recommended nobody in B
    p = ratio_change_p(group, reference)
    assert 0.0 < p <= 1.0


def test_followed_in_97_percent_the_tool_decides() -> None:
    # 97 of 100 agree: 3 overrides.
    result = audit_frame(log({"A": (30, 1, 1, 18), "B": (20, 0, 1, 29)}), SPEC)
    oversight = oversight_of(result)
    assert oversight.agreement == pytest.approx(0.97)
    assert tool_decides(oversight)
    assert oversight.finding is not None
    assert "People followed the tool in 97% of cases (97 of 100)" in oversight.finding.en
    assert "in practice the tool decides" in oversight.finding.en
    assert "i praktiken är det verktyget som beslutar" in oversight.finding.sv


def test_rows_without_a_recommendation_are_left_out_and_said_so() -> None:
    result = audit_frame(log({"A": (40, 10, 0, 50), "B": (20, 20, 0, 60)}, unknown=7), SPEC)
    oversight = oversight_of(result)
    assert result.analyses[0].n_analysed == 207  # the pooled analysis keeps them
    assert oversight.n == 200 and oversight.unknown_recommendation == 7
    assert oversight.groups[0].n == 100
    assert oversight.finding is not None
    assert "7 rows without a recommendation were left out" in oversight.finding.en


def test_totals_include_rows_with_an_unknown_group() -> None:
    frame = log({"A": (40, 10, 0, 50), "B": (20, 20, 0, 60), "": (1, 2, 3, 4)})
    oversight = oversight_of(audit_frame(frame, SPEC))
    assert oversight.n == 210 and sum(g.n for g in oversight.groups) == 200
    assert (oversight.overridden_to_yes, oversight.overridden_to_no) == (32, 3)


def test_intersection_and_every_analysis_have_oversight() -> None:
    frame = log({"A": (40, 10, 0, 50), "B": (20, 20, 0, 60)})
    frame["h"] = ["x", "y"] * 100
    result = audit_frame(frame, SPEC.model_copy(update={"sensitive": ["g", "h"]}))
    assert [a.attributes for a in result.analyses] == [["g"], ["h"], ["g", "h"]]
    for analysis in result.analyses:
        assert analysis.oversight is not None
        assert analysis.oversight.agreement == pytest.approx(0.85)
        assert sum(g.n for g in analysis.oversight.groups) == 200


@pytest.mark.parametrize("values", [("Ja", "Nej"), ("1", "0"), ("rec", "not rec")])
def test_recommendation_values_follow_the_outcome_rules(values: tuple[str, str]) -> None:
    frame = log({"A": (40, 10, 0, 50), "B": (20, 20, 0, 60)})
    frame["ai"] = frame["ai"].map({"yes": values[0], "no": values[1]})
    spec = SPEC.model_copy(update={"recommendation_positives": [values[0]]})
    oversight = oversight_of(audit_frame(frame, spec))
    assert [g.ai_selected for g in oversight.groups] == [40, 20]


def test_recompute_from_cells_gives_the_same_oversight() -> None:
    first = audit_frame(log({"A": (45, 5, 5, 45), "B": (25, 0, 20, 55)}, unknown=3), SPEC)
    again = audit_cells(first.cells, first.spec, n_rows=first.n_rows)
    assert again.analyses[0].oversight == first.analyses[0].oversight


def test_group_counts_with_weights_give_the_same_oversight() -> None:
    from ethics_toolkit.engine.cells.aggregate import cells_from_rows

    rows = log({"A": (45, 5, 5, 45), "B": (25, 0, 20, 55)}, unknown=3)
    grouped = rows.groupby(["g", "ai", "final"], dropna=False).size().reset_index(name="n")
    weighted = cells_from_rows(
        grouped.drop(columns="n"), SPEC, weights=grouped["n"].to_numpy(dtype=float)
    )
    by_rows = audit_frame(rows, SPEC)
    by_counts = audit_cells(weighted.cells, weighted.spec or SPEC, n_rows=weighted.n_rows)
    assert by_counts.analyses[0].oversight == by_rows.analyses[0].oversight


@pytest.mark.parametrize(
    ("cells", "ratios", "expected"),
    [
        # B: the tool recommended nobody, people selected 40 of 100: the ratio went 0 -> 0.8.
        ({"A": (50, 0, 0, 50), "B": (0, 40, 0, 60)}, (0.0, 0.8), "reduced"),
        # B: the tool recommended 40 of 100, people selected nobody: the ratio went 0.8 -> 0.
        ({"A": (50, 0, 0, 50), "B": (0, 0, 40, 60)}, (0.8, 0.0), "amplified"),
    ],
)
def test_a_ratio_of_zero_is_still_compared(
    cells: dict[str, tuple[int, int, int, int]], ratios: tuple[float, float], expected: str
) -> None:
    _, b = oversight_of(audit_frame(log(cells), SPEC)).groups
    assert (b.ai_impact_ratio, b.final_impact_ratio) == pytest.approx(ratios)
    # Haldane for B (0.5 added to a, b, c): ln(40.5 + 0.5) - ln(0.5 + 0.5) = +-ln 41 = +-3.714,
    # variance 41 / (41 * 1) = 1; A unchanged with variance 0: z = 3.714, p = 2.04e-4.
    assert b.change_p_value == pytest.approx(math.erfc(math.log(41) / math.sqrt(2)))
    assert b.change_p_value == pytest.approx(2.04e-4, abs=1e-6)
    assert direction(b) == expected
    assert b.finding is not None and f"People {expected}" in b.finding.en


def test_zero_ratios_both_before_and_after_are_unchanged() -> None:
    # B recommended and selected by nobody; A's overrides cancel out: nothing changed for B.
    _, b = oversight_of(audit_frame(log({"A": (45, 5, 5, 45), "B": (0, 0, 0, 100)}), SPEC)).groups
    assert (b.ai_impact_ratio, b.final_impact_ratio) == (0.0, 0.0)
    # Haldane for B: ln(1 / 1) = 0; A: ln(50 / 50) = 0: z = 0, p = 1.
    assert b.change_p_value == pytest.approx(1.0)
    assert direction(b) == "unchanged"

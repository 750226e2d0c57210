"""Issue 20: the reference group: chosen, warned about, and the whole log's in every period."""

from __future__ import annotations

import pandas as pd
import pytest

from ethics_toolkit.engine.analyses.metrics import REFERENCE_NOT_FOUND
from ethics_toolkit.engine.audit import audit_frame
from ethics_toolkit.engine.errors import EngineError
from ethics_toolkit.engine.spec import AuditSpec


def _rows(group: str, n: int, selected: int, **extra: str) -> list[dict[str, str]]:
    return [{"g": group, "o": "Ja" if i < selected else "Nej", **extra} for i in range(n)]


def _gender() -> pd.DataFrame:
    """Kvinna 200 (70 selected), Man 220 (99), "Annat/vill ej uppge" 30 (18), "Övrigt" 9 (9)."""
    rows = _rows("Kvinna", 200, 70) + _rows("Man", 220, 99) + _rows("Annat/vill ej uppge", 30, 18)
    return pd.DataFrame(rows + _rows("Övrigt", 9, 9))


def test_the_default_reference_is_kept_but_warned_about_with_a_better_choice() -> None:
    (analysis,) = audit_frame(_gender(), AuditSpec(outcome="o", sensitive=["g"])).analyses
    # 459 analysed; "Övrigt" (9/9 = 100 %) is small (9 < 2 % of 459 = 9.18) so not a candidate;
    # "Annat/vill ej uppge" has the highest rate (18/30 = 60 %): the reference, as the rule says.
    assert analysis.reference_group == {"g": "Annat/vill ej uppge"}
    assert analysis.reference_chosen is None
    ratios = {g.values["g"]: g.impact_ratio for g in analysis.groups}
    assert ratios["Kvinna"] == pytest.approx(0.35 / 0.6)  # both adverse against it
    assert ratios["Man"] == pytest.approx(0.45 / 0.6)
    (warning,) = analysis.reference_warnings  # 30/459 = 6.5 %: not small, but "other"
    assert warning.code == "REFERENCE_OTHER" and warning.alternative == {"g": "Man"}
    assert "--reference g=Man" in warning.message.en and "--reference g=Man" in warning.message.sv


def test_a_chosen_reference_is_used_and_named_as_chosen() -> None:
    spec = AuditSpec(outcome="o", sensitive=["g"], references={"g": "Man"})
    (analysis,) = audit_frame(_gender(), spec).analyses
    assert analysis.reference_group == {"g": "Man"} and analysis.reference_chosen == "given"
    kvinna = next(g for g in analysis.groups if g.values["g"] == "Kvinna")
    # 70/200 against 99/220: (70 * 220) / (200 * 99) = 15400 / 19800 = 7/9; shortfall: the
    # smallest k with 5 (70 + k) 220 >= 4 * 99 * 200, i.e. 70 + k >= 72: 2
    assert kvinna.impact_ratio == pytest.approx(7 / 9) and kvinna.adverse_impact
    assert kvinna.shortfall == 2
    man = next(g for g in analysis.groups if g.is_reference)
    assert "chosen, not the highest rate" in (man.finding.en if man.finding else "")
    assert analysis.reference_warnings == []  # chosen by the user, and 220/459 is not small


def test_a_small_reference_is_warned_about() -> None:
    frame = pd.DataFrame(_rows("A", 400, 100) + _rows("B", 14, 7))
    (analysis,) = audit_frame(frame, AuditSpec(outcome="o", sensitive=["g"])).analyses
    assert analysis.reference_group == {"g": "B"}  # 14 of 414 = 3.4 %: not under 2 %
    (warning,) = analysis.reference_warnings
    assert warning.code == "REFERENCE_SMALL" and warning.alternative == {"g": "A"}
    assert "14 of 414 analysed, 3.4%" in warning.message.en


def test_a_reference_no_group_has_is_an_error_naming_it() -> None:
    spec = AuditSpec(outcome="o", sensitive=["g"], references={"g": "Kvinnor"})
    with pytest.raises(EngineError) as caught:
        audit_frame(_gender(), spec)
    assert caught.value.template is REFERENCE_NOT_FOUND
    assert "'Kvinnor'" in caught.value.en and "'Kvinna'" in caught.value.en


def _periods() -> pd.DataFrame:
    """X and Y over two quarters, dates written in Swedish, English and ISO.

    Q1: X 50 (20 selected, 40 %), Y 50 (30, 60 %); Q2: X 50 (30, 60 %), Y 50 (10, 20 %).
    Whole log: X 100 (50, 50 %), Y 100 (40, 40 %): X is the reference.
    """
    q1 = ["3 februari 2026", "2026-01-15", "15 mars 2026"]
    q2 = ["1 april 2026", "May 4, 2026", "2026-06-30"]
    rows = []
    for group, dates, n_sel in (("X", q1, 20), ("Y", q1, 30), ("X", q2, 30), ("Y", q2, 10)):
        for i, row in enumerate(_rows(group, 50, n_sel)):
            row["d"] = dates[i % 3]
            row["ai"] = row["o"]
            rows.append(row)
    return pd.DataFrame(rows)


def test_every_period_compares_with_the_whole_logs_reference() -> None:
    spec = AuditSpec(outcome="o", sensitive=["g"], period="d", recommendation="ai")
    result = audit_frame(_periods(), spec)
    (whole,) = result.analyses
    assert whole.reference_group == {"g": "X"}
    y = next(g for g in whole.groups if g.values["g"] == "Y")
    assert y.impact_ratio == pytest.approx(0.8) and not y.adverse_impact  # exactly 4/5
    assert result.periods is not None
    assert [p.period for p in result.periods] == ["2026-Q1", "2026-Q2"]
    q1, q2 = (p.analyses[0] for p in result.periods)
    # Before issue 20, Q1 chose Y (60 %) as its own reference; now X in both quarters.
    assert q1.reference_group == q2.reference_group == {"g": "X"}
    assert q1.reference_chosen == q2.reference_chosen == "whole_log"
    ratio = {p.period: next(g for g in p.analyses[0].groups if g.values["g"] == "Y").impact_ratio
             for p in result.periods}  # fmt: skip
    assert ratio["2026-Q1"] == pytest.approx(0.6 / 0.4)  # 30/50 against 20/50: 1.5
    assert ratio["2026-Q2"] == pytest.approx(0.2 / 0.6)  # 10/50 against 30/50: 1/3
    # The oversight section of a period compares with the same reference.
    oversight = q1.oversight
    assert oversight is not None
    y_oversight = next(g for g in oversight.groups if g.values["g"] == "Y")
    assert y_oversight.ai_impact_ratio == pytest.approx(1.5)
    (trend,) = result.trends or []
    assert trend.reference_group == {"g": "X"} and trend.direction == "worsened"
    assert (trend.first_lowest_ratio, trend.last_lowest_ratio) == pytest.approx((1.5, 1 / 3))


def test_a_period_without_the_whole_logs_reference_has_no_ratios() -> None:
    frame = _periods()
    q2 = frame["d"].isin(["1 april 2026", "May 4, 2026", "2026-06-30"])
    frame = frame[~((frame["g"] == "Y") & q2)]  # Y only in Q1
    result = audit_frame(frame, AuditSpec(outcome="o", sensitive=["g"], period="d"))
    assert result.analyses[0].reference_group == {"g": "Y"}  # 30/50 against X 50/100
    q1, q2 = (p.analyses[0] for p in (result.periods or []))
    assert q1.reference_group == {"g": "Y"}
    assert q2.reference_group is None and [g.impact_ratio for g in q2.groups] == [None]
    assert q2.summary is not None and "no applicants in the period" in q2.summary.en

"""Tables and charts show the engine's figures unchanged, formatted per language."""

from __future__ import annotations

import math
from types import SimpleNamespace

import pytest

from ethics_toolkit.engine.models import Analysis, GroupResult
from ethics_toolkit.engine.presentation import views as presentation
from ethics_toolkit.ui import charts

# The sample data's background figures (sample_data/README.md): 925/3000, 251/900, 217/1100.
SWEDEN_RATE = 925 / 3000
OUTSIDE_RATE = 217 / 1100


def _group(value: str, n: int, selected: int, *, reference: bool = False) -> GroupResult:
    rate = selected / n
    ratio = rate / SWEDEN_RATE
    return GroupResult(
        values={"background": value},
        n=n,
        selected=selected,
        selection_rate=rate,
        ci_low=rate - 0.02,
        ci_high=rate + 0.02,
        impact_ratio=ratio,
        impact_ratio_ci=(ratio - 0.05, ratio + 0.05) if not reference else None,
        adverse_impact=ratio < 0.8,
        p_value=None if reference else 1e-9,
        # Smallest k with (selected + k) / n >= 4/5 x the reference rate (0 when not adverse).
        shortfall=max(0, math.ceil(0.8 * SWEDEN_RATE * n - selected)),
        small_group=False,
        is_reference=reference,
    )


ANALYSIS = Analysis(
    attributes=["background"],
    reference_group={"background": "Sweden"},
    unknown=0,
    n_analysed=5000,
    groups=[
        _group("Europe", 900, 251),
        _group("Outside Europe", 1100, 217),
        _group("Sweden", 3000, 925, reference=True),
    ],
    demographic_parity_difference=SWEDEN_RATE - OUTSIDE_RATE,
    demographic_parity_ratio=OUTSIDE_RATE / SWEDEN_RATE,
)


@pytest.mark.parametrize(
    ("lang", "ratio", "rate", "shortfall", "p_value", "flag"),
    [
        ("sv", "0,64", "19,7\u202f%", "55", "<\u00a00,001", "under 4/5, knappast slumpen"),
        ("en", "0.64", "19.7%", "55", "<\u00a00.001", "below 4/5, unlikely to be chance"),
    ],
)
def test_group_table_formats_the_figures_per_language(lang, ratio, rate, shortfall, p_value, flag):
    table = charts.group_table(ANALYSIS, lang)
    row = table.iloc[1].tolist()  # Outside Europe
    assert row[0] == "Outside Europe"
    assert ratio in row and rate in row and shortfall in row and p_value in row
    assert row[-1] == flag
    assert len(table) == 3
    # No ground truth -> no TPR/FPR columns.
    assert table.shape[1] == 10


def test_selection_rate_chart_draws_the_four_fifths_line_at_0_8_of_the_reference_rate():
    spec = charts.selection_rate_chart(ANALYSIS, "en").to_dict()
    datasets = list(spec["datasets"].values())
    thresholds = [row["threshold"] for data in datasets for row in data if "threshold" in row]
    assert thresholds == [pytest.approx(0.8 * 925 / 3000)]
    marks = [layer["mark"]["type"] for layer in spec["layer"]]
    assert marks == ["bar", "errorbar", "rule"]
    assert spec["layer"][2]["mark"]["strokeDash"] == [6, 4]


def test_group_label_joins_intersections():
    group = ANALYSIS.groups[0].model_copy(
        update={"values": {"gender": "Woman", "background": "Europe"}}
    )
    assert charts.group_label(group) == "Woman × Europe"


def test_heat_counts_puts_each_risk_in_its_cell():
    risks = [
        SimpleNamespace(likelihood=4, severity=5, residual_likelihood=2, residual_severity=3),
        SimpleNamespace(likelihood=4, severity=5, residual_likelihood=None, residual_severity=None),
        SimpleNamespace(likelihood=1, severity=2, residual_likelihood=1, residual_severity=1),
    ]
    inherent = charts.heat_counts(risks).set_index(["likelihood", "severity"])["count"]
    residual = charts.heat_counts(risks, residual=True).set_index(["likelihood", "severity"])[
        "count"
    ]
    assert len(inherent) == 25
    assert inherent[(4, 5)] == 2 and inherent[(1, 2)] == 1 and inherent.sum() == 3
    # A risk without residual values is not drawn on the residual map.
    assert residual[(2, 3)] == 1 and residual[(1, 1)] == 1 and residual.sum() == 2


@pytest.mark.parametrize(
    ("rate_kind", "lang", "header"),
    [
        ("selection", "sv", "Urvalsandel"),
        ("scoring", "sv", "Andel över medianen"),
        ("scoring", "en", "Scoring rate"),
    ],
)
def test_score_based_audits_name_the_rate_for_what_it_is(rate_kind, lang, header):
    table = charts.group_table(ANALYSIS, lang, rate_kind=rate_kind)
    assert table.columns[3] == header
    spec = charts.selection_rate_chart(ANALYSIS, lang, rate_kind=rate_kind).to_dict()
    assert spec["layer"][0]["encoding"]["x"]["title"] == presentation.text(
        "chart.axis_scoring" if rate_kind == "scoring" else "chart.axis", lang
    )

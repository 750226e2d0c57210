"""One presentation of audit results: the CLI, the app and the PDF show the same rows and words."""

from __future__ import annotations

import pytest

from ethics_toolkit.engine.audit import audit_source
from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.engine.presentation.suppression import HIDDEN
from ethics_toolkit.engine.presentation.views import (
    analysis_view,
    group_row,
    overall_verdict,
    verdict_label,
    verdict_of,
)
from ethics_toolkit.engine.spec import AuditSpec
from tests.conftest import SAMPLE_DATA

SPEC = AuditSpec(
    outcome="selected",
    positive="1",
    sensitive=["gender", "background"],
    truth="qualified",
    truth_positive="1",
    column_labels={"gender": "Kön", "background": "Bakgrund"},
    value_labels={"gender": {"Non-binary": "Icke-binär"}},
)


@pytest.fixture(scope="module")
def result() -> AuditResult:
    return audit_source(SAMPLE_DATA / "recruitment_decisions.csv", SPEC)


def _group(result: AuditResult, index: int, **values: str):
    analysis = result.analyses[index]
    return analysis, next(g for g in analysis.groups if g.values == values)


def test_exact_rows_show_every_figure_of_a_small_cell(result: AuditResult) -> None:
    """Icke-binär × Europa: 3 of 12 selected. The analyst sees it; the PDF hides it."""
    analysis, group = _group(result, 2, gender="Non-binary", background="Europe")
    exact = group_row(group, analysis, result, lang="en")
    assert (exact.label, exact.n, exact.selected, exact.rate) == ("Icke-binär × Europe", "12", "3",
                                                                  "25.0%")  # fmt: skip
    assert not exact.suppressed and exact.finding is not None
    hidden = group_row(group, analysis, result, lang="en", suppress_below=5)
    assert (hidden.n, hidden.selected, hidden.rate, hidden.ratio) == ("12", "< 5", HIDDEN, HIDDEN)
    assert hidden.suppressed and "suppressed" in hidden.notes
    assert hidden.finding == (
        "Icke-binär × Europe: too few people to report figures without risking singling out "
        "individuals."
    )


def test_verdict_words_follow_the_figures_or_the_engine(result: AuditResult) -> None:
    analysis, outside = _group(result, 1, background="Outside Europe")
    assert verdict_of(outside) == "adverse_significant"
    row = group_row(outside, analysis, result, lang="sv")
    assert row.notes == "under 4/5, knappast slumpen" and row.adverse
    _, non_binary = _group(result, 0, gender="Non-binary")
    assert verdict_of(non_binary) == "adverse_not_significant"
    _, sweden = _group(result, 1, background="Sweden")
    assert verdict_label(verdict_of(sweden), "sv") == "referensgrupp"
    # Once the engine gives a verdict (statistical validity), that is what every front end says.
    judged = outside.model_copy(update={"verdict": "insufficient_evidence"})
    assert group_row(judged, analysis, result, lang="en").notes == "too little data to tell"


def test_analysis_view_names_columns_and_groups_by_their_labels(result: AuditResult) -> None:
    view = analysis_view(result, result.analyses[2], "sv")
    assert view.title == "Korsanalys efter kön × bakgrund"
    assert view.attributes == "Kön × Bakgrund"
    assert view.reference == "Man × Sweden"
    assert view.header("sv")[:4] == ["Grupp", "Bedömning", "Antal", "Valda"]
    assert view.rows[0].notes == ""  # the verdict has its own column, not repeated in notes
    assert "tpr" in view.columns
    assert view.notes[0] == "4\u202f960 sökande med känt värde ingår"
    assert view.notes[1].startswith("40 utan uppgift")


def test_overall_verdict(result: AuditResult) -> None:
    assert overall_verdict(result, "en").startswith("At least one group is selected")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("sv", "skillnad i urvalsandel mellan högsta och lägsta grupp 7,5 procentenheter, "
         "kvot 0,75"),
        ("en", "difference between the highest and lowest selection rate 7.5 percentage points, "
         "ratio 0.75"),
    ],
)  # fmt: skip
def test_a_difference_of_rates_is_given_in_percentage_points(
    result: AuditResult, lang: str, expected: str
) -> None:
    """Man 721/2400 = 30.04 %, Non-binary 18/80 = 22.5 %: 7.54 points apart, not "7.5 %"."""
    analysis = result.analyses[0]
    rates = {g.values["gender"]: g.selection_rate for g in analysis.groups}
    assert rates["Man"] - rates["Non-binary"] == pytest.approx(721 / 2400 - 18 / 80)
    assert expected in analysis_view(result, analysis, lang).notes

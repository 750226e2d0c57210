"""Issue 20: a real-looking ATS export (tests/engine/recipe/exports.py) guessed and audited.

Every expected figure is a sum of the table in ``exports.py``'s docstring; the comments show it.
"""

from __future__ import annotations

import pytest
from scipy.stats import fisher_exact

from ethics_toolkit.engine.audit import audit_source
from ethics_toolkit.engine.reading.tabular import read_table
from ethics_toolkit.engine.recipe.guess import guess_mapping
from ethics_toolkit.engine.spec import AuditSpec, Grouping
from tests.engine.recipe.exports import as_csv, q1_rows, workbook

SWEDEN, EUROPE, OUTSIDE = "Sverige", "Europa utom Sverige", "Utanför Europa"


@pytest.fixture(scope="module")
def q1_book() -> bytes:
    return workbook(q1_rows())


def test_the_workbook_is_read_on_its_candidates_sheet_under_the_title(q1_book: bytes) -> None:
    frame, info = read_table(q1_book, file_name="ats_q1.xlsx")
    assert info.sheet == "Kandidater" and len(frame) == 480
    assert [(n.name, n.kind, n.rows) for n in info.other_sheets] == [("Info", "text", 2)]
    assert list(frame.columns)[:3] == ["Kandidat-ID", "Kön", "Födelseland"]
    assert frame["AI-rekommendation"].iloc[0] == "Ej rekommenderad"  # the negation comes first


def test_the_guess_reads_roles_and_polarity_from_the_values(q1_book: bytes) -> None:
    frame, info = read_table(q1_book, file_name="ats_q1.xlsx")
    guess = guess_mapping(
        frame, sheet=info.sheet, rows=info.rows_read, other_sheets=info.other_sheets
    )
    assert guess.sheet == "Kandidater"
    assert guess.sheet_note is not None
    assert guess.sheet_note.en == "Kandidater: 480 rows; Info skipped: 2 rows of text"
    assert guess.sheet_note.sv == "Kandidater: 480 rader; Info hoppades över: 2 rader text"
    assert (guess.outcome, guess.positive) == ("Beslut", "Ja")
    assert guess.sensitive == ["Kön", "Födelseland"] and guess.ignored == ["Kandidat-ID"]
    assert (guess.recommendation, guess.recommendation_positive) == (
        "AI-rekommendation", "Rekommenderad",
    )  # fmt: skip
    assert guess.period == "Ansökningsdatum" and guess.stratify == ["Tjänst"]
    assert guess.regroup == {"Födelseland": "region"}
    assert guess.unknown == {"Kön": ["Vill ej uppge"]}
    # Counts per value: Kvinna 200, Man 220, A 30, V 20, blank 10; AI: 204 + 10 - 5 = 209 yes.
    assert guess.counts["Kön"] == {
        "Man": 220, "Kvinna": 200, "Annat/vill ej uppge": 30, "Vill ej uppge": 20, "": 10,
    }  # fmt: skip
    assert guess.counts["AI-rekommendation"] == {"Ej rekommenderad": 271, "Rekommenderad": 209}
    # "Annat/vill ej uppge" joins an answer with "prefer not to say": put to the user.
    (question,) = guess.questions
    assert (question.kind, question.column, question.value) == (
        "combined", "Kön", "Annat/vill ej uppge",
    )  # fmt: skip
    assert "Kön" in guess.confirm
    for column in ("AI-rekommendation", "Ansökningsdatum", "Födelseland", "Tjänst"):
        reason = guess.reasons[column]
        assert reason.sv and reason.en
    assert "2026-01-12 – 2026-03-15" in guess.reasons["Ansökningsdatum"].en
    assert "'15 mars 2026'" in guess.reasons["Ansökningsdatum"].sv
    assert "the other value negates it" in guess.reasons["AI-rekommendation"].en


def test_without_the_recipe_the_audit_misleads_as_the_issue_found(q1_book: bytes) -> None:
    spec = AuditSpec(outcome="Beslut", sensitive=["Kön", "Födelseland"])
    gender, country, _ = audit_source(q1_book, spec, file_name="ats_q1.xlsx").analyses
    # Gender: "Annat/vill ej uppge" 18/30 = 60 % is the reference; both real groups "adverse".
    assert gender.reference_group == {"Kön": "Annat/vill ej uppge"}
    assert [g.adverse_impact for g in gender.groups if not g.is_reference] == [True, True]
    assert [w.code for w in gender.reference_warnings] == ["REFERENCE_OTHER"]
    assert gender.reference_warnings[0].alternative == {"Kön": "Man"}
    # Country: Grekland 8/10 = 80 % (10 of 480, not under 2 %) is the reference; Sverige adverse.
    assert country.reference_group == {"Födelseland": "Grekland"} and len(country.groups) == 9
    sweden = next(g for g in country.groups if g.values["Födelseland"] == SWEDEN)
    assert sweden.adverse_impact and sweden.impact_ratio == pytest.approx((109 / 230) / 0.8)
    assert [w.code for w in country.reference_warnings] == ["REFERENCE_SMALL"]
    assert country.reference_warnings[0].alternative == {"Födelseland": SWEDEN}


@pytest.mark.parametrize("source", ["xlsx", "csv"])
def test_with_the_recipe_the_figures_are_right(q1_book: bytes, source: str) -> None:
    spec = AuditSpec(
        outcome="Beslut",
        sensitive=["Kön", "Födelseland"],
        regroup={"Födelseland": Grouping(builtin="region")},
        references={"Kön": "Man"},
        recommendation="AI-rekommendation",
        period="Ansökningsdatum",
    )
    data = q1_book if source == "xlsx" else as_csv(q1_rows())
    result = audit_source(data, spec, file_name=f"ats_q1.{source}")
    gender, region, both = result.analyses
    assert result.n_rows == 480 and result.spec.positives == ["Ja"]
    assert result.spec.recommendation_positives == ["Rekommenderad"]
    # Gender against Man (99/220 = 45 %): Kvinna 70/200 -> (70 * 220) / (200 * 99) = 7/9.
    assert gender.reference_group == {"Kön": "Man"} and gender.unknown == 30  # 20 V + 10 blank
    groups = {g.values["Kön"]: g for g in gender.groups}
    assert (groups["Kvinna"].n, groups["Kvinna"].selected) == (200, 70)
    assert groups["Kvinna"].impact_ratio == pytest.approx(7 / 9)
    assert groups["Kvinna"].adverse_impact and groups["Kvinna"].shortfall == 2
    assert groups["Kvinna"].p_value == pytest.approx(fisher_exact([[70, 130], [99, 121]]).pvalue)
    assert groups["Annat/vill ej uppge"].impact_ratio == pytest.approx(4 / 3)  # 18/30 vs 99/220
    assert gender.reference_warnings == []
    # Regions against Sverige (109/230): Europa 45/100 -> 10350/10900; Utanför 50/150 ->
    # 11500/16350 = 0.7034, adverse, shortfall: 5 (50 + k) 230 >= 4 * 109 * 150 -> k = 7.
    assert region.reference_group == {"Födelseland": SWEDEN}
    counts = {g.values["Födelseland"]: (g.n, g.selected) for g in region.groups}
    assert counts == {SWEDEN: (230, 109), EUROPE: (100, 45), OUTSIDE: (150, 50)}
    ratios = {g.values["Födelseland"]: g.impact_ratio for g in region.groups}
    assert ratios[EUROPE] == pytest.approx(10350 / 10900)
    assert ratios[OUTSIDE] == pytest.approx(11500 / 16350)
    outside = next(g for g in region.groups if g.values["Födelseland"] == OUTSIDE)
    assert outside.adverse_impact and outside.shortfall == 7
    # The intersection compares with Man × the best region among men (Sverige 54/110).
    assert both.reference_group == {"Kön": "Man", "Födelseland": SWEDEN}
    # Oversight against Man: Kvinna recommended 70 + 10 = 80 of 200, Man 99 - 5 = 94 of 220.
    oversight = gender.oversight
    assert oversight is not None
    kvinna = next(g for g in oversight.groups if g.values["Kön"] == "Kvinna")
    assert (kvinna.ai_selected, kvinna.final_selected, kvinna.overridden_to_no) == (80, 70, 10)
    assert kvinna.ai_impact_ratio == pytest.approx((80 * 220) / (200 * 94))
    man = next(g for g in oversight.groups if g.values["Kön"] == "Man")
    assert (man.ai_selected, man.overridden_to_yes) == (94, 5)
    # Written dates: every row in 2026-Q1, compared with the same reference.
    assert [p.period for p in result.periods or []] == ["2026-Q1"]
    assert result.value_counts["Födelseland"]["Syrien"] == 60


def test_the_committed_examples_are_these_exports() -> None:
    """docs/examples (used by the README) holds the generated quarters and HR's grouping."""
    from tests.conftest import PROJECT_ROOT
    from tests.engine.recipe.exports import GROUPING_FILE, q2_rows

    examples = PROJECT_ROOT / "docs" / "examples"
    for name, body in (
        ("ats_kandidater_q1.xlsx", q1_rows()),
        ("ats_kandidater_q2.xlsx", q2_rows()),
    ):
        frame, info = read_table(examples / name)
        assert info.sheet == "Kandidater"
        assert frame.fillna("").astype(str).values.tolist() == body
    assert (examples / "grupper.csv").read_text(encoding="utf-8") == GROUPING_FILE


def test_the_guess_becomes_a_recipe_that_leaves_the_questions_open(q1_book: bytes) -> None:
    """What the app starts its form from: the guess as a recipe; the audit runs as proposed."""
    from ethics_toolkit.engine.recipe.build import recipe_from_guess, spec_of

    frame, info = read_table(q1_book, file_name="ats_q1.xlsx")
    recipe = recipe_from_guess(guess_mapping(frame, sheet=info.sheet))
    assert recipe.sheet == "Kandidater"
    assert recipe.decision is not None and recipe.decision.values == ["Ja", "Nej"]
    assert recipe.recommendation is not None
    assert (recipe.recommendation.selected, recipe.recommendation.not_selected) == (
        ["Rekommenderad"], ["Ej rekommenderad"],
    )  # fmt: skip
    gender, country = recipe.groups
    assert gender.unknown == ["Vill ej uppge"] and gender.reference is None  # the default: asked
    assert country.regroup == "region"
    assert recipe.period is not None and recipe.stratify is None  # strata: the user's choice
    result = audit_source(q1_book, spec_of(recipe), file_name="ats_q1.xlsx")
    region = result.analyses[1]
    assert {g.values["Födelseland"]: g.n for g in region.groups} == {
        SWEDEN: 230, EUROPE: 100, OUTSIDE: 150,
    }  # fmt: skip


def test_a_decision_whose_words_leave_the_yes_open_is_asked_never_taken_first() -> None:
    import pandas as pd

    frame = pd.DataFrame(
        {"Kön": ["Kvinna", "Man"] * 20, "Beslut": ["Grön", "Röd", "Röd", "Grön"] * 10}
    )
    guess = guess_mapping(frame)
    assert guess.outcome == "Beslut" and guess.positive is None
    (question,) = guess.questions
    assert (question.kind, question.column) == ("polarity", "Beslut") and "Beslut" in guess.confirm
    assert question.message.en == "Which value of Beslut means yes? Grön (20), Röd (20)."
    frame["Beslut"] = ["Anställd", "Reserv", "Avslag", "Avslag"] * 10
    (question,) = guess_mapping(frame).questions
    assert (
        question.kind == "classify"
        and "Avslag (20), Anställd (10), Reserv (10)" in question.message.en
    )

"""Value decisions: outcome classification (issue 9), stages, dates to periods."""

from __future__ import annotations

import pandas as pd
import pytest

from ethics_toolkit.engine.audit import audit_frame
from ethics_toolkit.engine.errors import (
    AMBIGUOUS_OUTCOME,
    NAMED_VALUE_NOT_FOUND,
    NOT_A_DATE,
    NOT_A_PAIR,
    STAGE_NAMED_TWICE,
    STAGE_NOT_LISTED,
    UNCLASSIFIED_VALUES,
    VALUE_NAMED_TWICE,
    EngineError,
)
from ethics_toolkit.engine.reading.dates import period_codes
from ethics_toolkit.engine.reading.values import column_codes
from ethics_toolkit.engine.spec import AuditSpec

STATUS = ["hired", "rejected", "withdrawn", "hired", "rejected", "rejected", "withdrawn", "hired"]
GROUPS = ["A", "A", "A", "A", "B", "B", "B", "B"]


def status_frame() -> pd.DataFrame:
    return pd.DataFrame({"status": STATUS, "g": GROUPS})


def test_every_value_classified_counts_as_named() -> None:
    spec = AuditSpec(
        outcome="status",
        positives=["hired"],
        negatives=["rejected"],
        excluded=["withdrawn"],
        sensitive=["g"],
    )
    result = audit_frame(status_frame(), spec)
    # A: hired, rejected, hired (withdrawn left out) -> 2 of 3; B: rejected, rejected, hired.
    a, b = result.analyses[0].groups
    assert (a.n, a.selected, b.n, b.selected) == (3, 2, 3, 1)
    assert (result.n_rows, result.excluded_rows) == (6, 2)
    assert result.spec.outcome_classes == {
        "hired": "selected",
        "rejected": "not_selected",
        "withdrawn": "excluded",
    }
    assert result.spec.positive == "hired"


def test_an_unnamed_third_value_is_an_error_listing_it_with_its_count() -> None:
    spec = AuditSpec(outcome="status", positives=["hired"], sensitive=["g"])
    with pytest.raises(EngineError) as caught:
        audit_frame(status_frame(), spec)
    assert caught.value.template is UNCLASSIFIED_VALUES
    assert "'rejected' (3), 'withdrawn' (2)" in caught.value.en
    assert "'hired'" not in caught.value.en.split("given:")[1]


def test_with_two_values_naming_one_decides_the_other() -> None:
    frame = pd.DataFrame({"o": ["Intervju", "Avslag", "Avslag", "Intervju"], "g": GROUPS[2:6]})
    by_negative = audit_frame(frame, AuditSpec(outcome="o", negatives=["Avslag"], sensitive=["g"]))
    by_positive = audit_frame(
        frame, AuditSpec(outcome="o", positives=["Intervju"], sensitive=["g"])
    )
    assert by_negative.spec.outcome_classes == by_positive.spec.outcome_classes
    assert by_negative.spec.outcome_classes["Intervju"] == "selected"
    assert sum(g.selected for g in by_negative.analyses[0].groups) == 2


def test_excluding_one_of_two_values_does_not_decide_the_other() -> None:
    frame = pd.DataFrame({"o": ["x", "y", "x", "y"], "g": GROUPS[2:6]})
    with pytest.raises(EngineError) as caught:
        audit_frame(frame, AuditSpec(outcome="o", excluded=["x"], sensitive=["g"]))
    assert caught.value.template is UNCLASSIFIED_VALUES


@pytest.mark.parametrize(
    ("spec", "template"),
    [
        ({"positives": ["hired"], "negatives": ["hired"]}, VALUE_NAMED_TWICE),
        ({"positives": ["hired"], "negatives": ["rejectd"]}, NAMED_VALUE_NOT_FOUND),
        ({}, AMBIGUOUS_OUTCOME),
    ],
)
def test_classification_mistakes_are_named(spec: dict, template: object) -> None:
    with pytest.raises(EngineError) as caught:
        audit_frame(status_frame(), AuditSpec(outcome="status", sensitive=["g"], **spec))
    assert caught.value.template is template


def test_recognised_yes_no_values_need_no_naming_and_are_recorded() -> None:
    frame = pd.DataFrame({"o": ["Ja", "Nej", "yes", "Nej"], "g": GROUPS[2:6]})
    with pytest.raises(EngineError) as caught:  # two words for yes are not one pair
        audit_frame(frame, AuditSpec(outcome="o", sensitive=["g"]))
    assert caught.value.template is AMBIGUOUS_OUTCOME
    frame["o"] = ["Ja", "Nej", "Ja", "Nej"]
    result = audit_frame(frame, AuditSpec(outcome="o", sensitive=["g"]))
    assert result.spec.outcome_classes == {"Ja": "selected", "Nej": "not_selected"}
    # Two spellings of one word are one value (issue 27), named by the most common spelling.
    frame["o"] = ["ja", "Nej", "JA", "ja"]
    result = audit_frame(frame, AuditSpec(outcome="o", sensitive=["g"]))
    assert result.spec.outcome_classes == {"ja": "selected", "Nej": "not_selected"}


def test_the_single_positive_field_is_the_first_of_the_list() -> None:
    spec = AuditSpec(outcome="o", positive="Ja", sensitive=["g"])
    assert spec.positives == ["Ja"]
    again = AuditSpec.model_validate_json(spec.model_dump_json())
    assert again == spec


def test_ground_truth_with_three_values_is_an_error() -> None:
    frame = pd.DataFrame({"o": ["1", "0", "1"], "t": ["1", "0", "?"], "g": ["A", "B", "A"]})
    with pytest.raises(EngineError) as caught:
        audit_frame(frame, AuditSpec(outcome="o", truth="t", truth_positive="1", sensitive=["g"]))
    assert caught.value.template is NOT_A_PAIR


def test_stage_values_must_be_listed() -> None:
    frame = pd.DataFrame({"st": ["applied", "interview", "offer"], "g": ["A", "B", "A"]})
    spec = AuditSpec(stage="st", stages=["applied", "interview"], sensitive=["g"])
    with pytest.raises(EngineError) as caught:
        audit_frame(frame, spec)
    assert caught.value.template is STAGE_NOT_LISTED
    assert "'offer' (1)" in caught.value.en


@pytest.mark.parametrize(
    ("stages", "twice"),
    [
        (["applied", "screened", "applied", "interview"], "'applied'"),
        (["applied", "Interview", "interview"], "'interview'"),  # another case is the same stage
    ],
)
def test_a_stage_listed_twice_is_an_error(stages: list[str], twice: str) -> None:
    # Listed twice, "applied" had no single place: the funnel showed a step "applied" after
    # "screened" and a step "screened" that everybody passed.
    frame = pd.DataFrame({"st": ["applied", "interview", "screened"], "g": ["A", "B", "A"]})
    spec = AuditSpec(stage="st", stages=stages, sensitive=["g"])
    with pytest.raises(EngineError) as caught:
        audit_frame(frame, spec)
    assert caught.value.template is STAGE_NAMED_TWICE
    assert twice in caught.value.en and twice in caught.value.sv


@pytest.mark.parametrize(
    ("values", "freq", "labels"),
    [
        (["2026-01-15", "2026-04-01", "2025-12-31"], "quarter", ["2025-Q4", "2026-Q1", "2026-Q2"]),
        (["15/01/2026", "01/04/2026", "31/12/2025"], "month", ["2025-12", "2026-01", "2026-04"]),
        (["01/15/2026", "04/01/2026"], "month", ["2026-01", "2026-04"]),  # 01/15: month first
        (["2026-03-01 10:22:00", "2026-03-02T08:00"], "year", ["2026"]),
        (["46037", "46113"], "month", ["2026-01", "2026-04"]),  # Excel serial days
        (["15.1.2026", "1.4.2026"], "quarter", ["2026-Q1", "2026-Q2"]),
    ],
)
def test_dates_become_period_labels_in_time_order(
    values: list[str], freq: str, labels: list[str]
) -> None:
    codes = period_codes(pd.Series(values), column="d", freq=freq)
    assert codes.labels == labels
    assert sorted({codes.labels[c] for c in codes.codes}) == labels


def test_real_dates_and_empty_dates() -> None:
    series = pd.Series(pd.to_datetime(["2026-02-01", None, "2026-08-09"]))
    codes = period_codes(series, column="d", freq="quarter")
    assert codes.labels == ["2026-Q1", "2026-Q3"]
    assert codes.codes.tolist() == [0, -1, 1]


def test_a_value_that_is_no_date_names_its_row() -> None:
    with pytest.raises(EngineError) as caught:
        period_codes(pd.Series(["2026-01-01", "soon"]), column="d", freq="month")
    assert caught.value.template is NOT_A_DATE
    assert "'soon' (row 3)" in caught.value.en


def test_counts_per_value_follow_the_weights() -> None:
    import numpy as np

    codes = column_codes(pd.Series(["a", "b", "a"]), unknown_is_missing=False)
    assert codes.counts == [2, 1]
    weighted = column_codes(
        pd.Series(["a", "b", "a"]), unknown_is_missing=False, weights=np.array([5.0, 2.0, 1.0])
    )
    assert weighted.counts == [6, 2]


def _one_decision_log(tmp_path, mark: str):  # type: ignore[no-untyped-def]
    # Kvinna: 10 marked of 50, Man: 30 of 50; the other cells are empty (= not called, in HR's
    # spreadsheet). Counting only the marked rows would give 100 % for both and ratio 1.0.
    rows = [("Kvinna", mark if i < 10 else "") for i in range(50)]
    rows += [("Man", mark if i < 30 else "") for i in range(50)]
    path = tmp_path / "kallade.csv"
    path.write_text("kön;kallad\n" + "".join(f"{g};{d}\n" for g, d in rows), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("mark", "named"),
    [("Ja", {}), ("x", {"positives": ["x"]}), ("Nej", {"negatives": ["Nej"]})],
)
@pytest.mark.parametrize("big_csv_bytes", [10**9, 0], ids=["pandas", "duckdb"])
def test_one_decision_and_empty_cells_is_an_error_not_a_verdict(
    tmp_path, mark: str, named: dict, big_csv_bytes: int
) -> None:
    from ethics_toolkit.engine.errors import ONE_DECISION
    from ethics_toolkit.engine.sources.audit import audit_location

    path = _one_decision_log(tmp_path, mark)
    spec = AuditSpec(outcome="kallad", sensitive=["kön"], **named)
    with pytest.raises(EngineError) as caught:
        audit_location(str(path), spec, big_csv_bytes=big_csv_bytes)
    assert caught.value.template is ONE_DECISION
    assert caught.value.fields["empty"] == 60
    assert f"{mark!r} (40)" in caught.value.en and "60" in caught.value.sv


def test_one_decision_without_empty_cells_is_audited_and_all_left_out_is_an_error() -> None:
    from ethics_toolkit.engine.errors import ALL_EXCLUDED

    frame = pd.DataFrame({"o": ["Ja"] * 4, "g": GROUPS[2:6]})
    result = audit_frame(frame, AuditSpec(outcome="o", positives=["Ja"], sensitive=["g"]))
    assert [g.selection_rate for g in result.analyses[0].groups] == [1.0, 1.0]
    with pytest.raises(EngineError) as caught:
        audit_frame(
            status_frame(),
            AuditSpec(
                outcome="status", sensitive=["g"], excluded=["hired", "rejected", "withdrawn"]
            ),
        )
    assert caught.value.template is ALL_EXCLUDED

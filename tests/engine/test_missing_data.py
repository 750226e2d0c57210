"""Bias from missing data is said (issue 27): the warnings' figures, tests and words.

Figures are counted by hand from the rows built here; p-values are scipy's Fisher exact test and
statsmodels' Holm adjustment on the same 2 x 2 tables.
"""

from __future__ import annotations

import pandas as pd
import pytest
from scipy.stats import fisher_exact
from statsmodels.stats.multitest import multipletests

from ethics_toolkit.engine.audit import audit_frame
from ethics_toolkit.engine.presentation.summaries import relabel
from ethics_toolkit.engine.presentation.warnings import reworded
from ethics_toolkit.engine.spec import AuditSpec


def log(groups: dict[str, tuple[int, int]], *, column: str = "g") -> pd.DataFrame:
    """``group -> (rows, rows without a decision)``; every other row alternates 1 and 0."""
    rows = []
    for group, (n, missing) in groups.items():
        rows += [(group, None if i < missing else str(i % 2)) for i in range(n)]
    return pd.DataFrame(rows, columns=[column, "o"])


def codes(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [w.code for w in result.warnings]


def test_rows_missing_more_in_one_group_are_said_with_their_figures() -> None:
    spec = AuditSpec(outcome="o", sensitive=["g"])
    result = audit_frame(log({"Woman": (100, 40), "Man": (100, 5)}), spec)
    (warning,) = result.warnings
    assert warning.code == "MISSING_DATA_DIFFERS" and warning.missing == "outcome"
    assert [(g.values, g.n, g.dropped) for g in warning.groups] == [
        ({"g": "Woman"}, 100, 40), ({"g": "Man"}, 100, 5),
    ]  # fmt: skip
    assert [g.dropped_share for g in warning.groups] == [0.4, 0.05]
    expected = fisher_exact([[40, 60], [5, 95]]).pvalue
    assert warning.p_value == pytest.approx(expected) and warning.p_value_holm == warning.p_value
    assert warning.test == "fisher_exact" and warning.comparisons == 1
    assert "Woman: 40 of 100 (40%), Man: 5 of 100 (5%)" in warning.message.en
    assert "Woman: 40 av 100 (40\u202f%)" in warning.message.sv  # a thin space before %


def test_evenly_missing_rows_small_differences_and_too_few_are_not_warned() -> None:
    spec = AuditSpec(outcome="o", sensitive=["g"])
    assert audit_frame(log({"A": (200, 20), "B": (200, 20)}), spec).warnings == []
    # 5 % against 8 % of 10,000: "significant", but 3 points do not bias a rate worth a warning
    big = audit_frame(log({"A": (10_000, 500), "B": (10_000, 800)}), spec)
    assert fisher_exact([[500, 9500], [800, 9200]]).pvalue < 1e-10 and big.warnings == []
    assert audit_frame(log({"A": (100, 3), "B": (100, 0)}), spec).warnings == []  # 3 rows in all


def test_a_group_that_loses_most_of_its_rows_is_named() -> None:
    result = audit_frame(log({"A": (100, 60), "B": (100, 55)}), AuditSpec(outcome="o",
                                                                     sensitive=["g"]))  # fmt: skip
    assert codes(result) == ["GROUP_MOSTLY_DROPPED", "GROUP_MOSTLY_DROPPED"]  # not "differs"
    first = result.warnings[0]
    assert [(g.values, g.n, g.dropped) for g in first.groups] == [({"g": "A"}, 100, 60)]
    assert first.message.en.startswith("The group A lacks a decision in most of its rows (60 of")
    assert "rest only on the 40 rows that remain" in first.message.en


def test_each_group_is_tested_against_the_rest_holm_over_the_audit() -> None:
    frame = log({"A": (100, 30), "B": (100, 5), "C": (100, 5)})
    result = audit_frame(frame, AuditSpec(outcome="o", sensitive=["g"]))
    (warning,) = result.warnings
    tables = {"A": [[30, 70], [10, 190]], "B": [[5, 95], [35, 165]], "C": [[5, 95], [35, 165]]}
    raw = [fisher_exact(t).pvalue for t in tables.values()]
    adjusted = multipletests(raw, method="holm")[1]
    assert warning.comparisons == 3
    assert warning.p_value == pytest.approx(raw[0])
    assert warning.p_value_holm == pytest.approx(adjusted[0])
    assert "adjusted for the 3 comparisons of missing data" in warning.message.en


def test_rows_without_another_attribute_are_said_for_the_intersection() -> None:
    frame = log({"Woman": (100, 0), "Man": (100, 0)})
    frame["b"] = ["Sweden", "Norway"] * 100
    frame.loc[:39, "b"] = None  # 40 women without a background, no man
    result = audit_frame(frame, AuditSpec(outcome="o", sensitive=["g", "b"]))
    (warning,) = [w for w in result.warnings if w.code == "MISSING_GROUP_DIFFERS"]
    assert (warning.attribute, warning.missing) == ("g", "b")
    assert [(g.n, g.dropped) for g in warning.groups] == [(100, 40), (100, 0)]
    assert "Rows without a value for b" in warning.message.en
    assert "left out of the comparison g × b" in warning.message.en


def test_values_left_out_on_purpose_are_not_missing_data() -> None:
    frame = log({"A": (100, 0), "B": (100, 0)})
    frame.loc[:49, "o"] = "withdrawn"  # half of A withdrew: --exclude, not missing
    spec = AuditSpec(outcome="o", positives=["1"], negatives=["0"], excluded=["withdrawn"],
                     sensitive=["g"])  # fmt: skip
    assert audit_frame(frame, spec).warnings == []
    frame.loc[:49, "o"] = None  # the same rows without a decision are
    assert "MISSING_DATA_DIFFERS" in codes(audit_frame(frame, spec.model_copy(
        update={"excluded": []})))  # fmt: skip


def test_spellings_counted_as_one_are_said() -> None:
    frame = pd.DataFrame({"g": ["Woman"] * 6 + ["woman"] * 3 + [" WOMAN "] + ["Man"] * 10,
                          "o": ["1", "0"] * 10})  # fmt: skip
    result = audit_frame(frame, AuditSpec(outcome="o", sensitive=["g"]))
    (warning,) = result.warnings
    assert warning.code == "VALUES_MERGED"
    assert warning.spellings == {"Woman": ["Woman", "woman", "WOMAN"]}
    assert "'woman', 'WOMAN' as 'Woman'" in warning.message.en
    assert {g.values["g"]: g.n for g in result.analyses[0].groups} == {"Woman": 10, "Man": 10}


def test_warnings_follow_the_labels_and_hide_small_counts_in_documents() -> None:
    spec = AuditSpec(outcome="o", sensitive=["g"])
    result = audit_frame(log({"Woman": (100, 40), "Man": (100, 3)}), spec)
    labelled = relabel(result, column_labels={"g": "Kön"}, value_labels={"g": {"Woman": "Kvinna"}})
    assert "grupperna för kön: Kvinna: 40 av 100" in labelled.warnings[0].message.sv
    (printed,) = reworded(labelled.warnings, labelled.spec, suppress_below=5)
    assert "Man: < 5 of 100" in printed.message.en and "3 of" not in printed.message.en


def test_group_counts_and_clean_logs_have_an_empty_list() -> None:
    counts = pd.DataFrame({"g": ["A", "B"], "applicants": [50, 60], "selected": [20, 30]})
    assert audit_frame(counts, AuditSpec(outcome="selected", sensitive=["g"])).warnings == []
    clean = audit_frame(log({"A": (50, 0), "B": (50, 0)}), AuditSpec(outcome="o", sensitive=["g"]))
    assert clean.warnings == [] and "warnings" in clean.model_dump()

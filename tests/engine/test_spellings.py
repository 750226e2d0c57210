"""Spellings of one value are one value (issue 27): named by the most common, rows or weights."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ethics_toolkit.engine.reading.values import column_codes, match_label


def test_case_and_spaces_make_one_value_named_by_its_most_common_spelling() -> None:
    series = pd.Series(["woman", "Woman", " WOMAN ", "Woman", "Outside  Europe", "outside europe",
                        "Man", None, "Not Stated"])  # fmt: skip
    codes = column_codes(series, unknown_is_missing=True)
    # in the order of the sorted values as written (" WOMAN " first), on every path alike
    assert codes.labels == ["Woman", "Man", "Outside  Europe"]
    assert codes.counts == [4, 1, 2]
    assert codes.codes.tolist() == [0, 0, 0, 0, 2, 2, 1, -1, -1]
    assert codes.merged["Woman"] == [("Woman", 2), ("WOMAN", 1), ("woman", 1)]
    assert codes.merged["Outside  Europe"] == [("Outside  Europe", 1), ("outside europe", 1)]
    assert "Man" not in codes.merged  # one spelling: nothing to say


def test_grouped_rows_weigh_their_spellings_as_the_rows_they_stand_for() -> None:
    series = pd.Series(["woman", "Woman"], dtype=object)  # a GROUP BY: one row per spelling
    codes = column_codes(series, unknown_is_missing=True, weights=np.array([70.0, 30.0]))
    assert codes.labels == ["woman"] and codes.counts == [100]
    assert codes.merged == {"woman": [("woman", 70), ("Woman", 30)]}


def test_named_values_match_any_spelling() -> None:
    assert match_label("ja", ["Ja", "Nej"]) == "Ja"
    assert match_label(" NEJ ", ["Ja", "Nej"]) == "Nej"
    assert match_label("1.0", ["1", "0"]) == "1"
    assert match_label("kanske", ["Ja", "Nej"]) is None

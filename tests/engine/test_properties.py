"""Property tests: row-level = group counts, row order is irrelevant, exactly 4/5 is not adverse."""

from __future__ import annotations

import itertools

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from ethics_toolkit.engine.audit import audit_cells, audit_frame
from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.engine.spec import AuditSpec, Cell

GENDERS = ("A", "B", "Not stated")
BACKGROUNDS = ("X", "Y")
COMBINATIONS = list(itertools.product(GENDERS, BACKGROUNDS))
SPEC = AuditSpec(outcome="selected", sensitive=["gender", "background"])

cell_counts = st.lists(
    st.tuples(st.integers(1, 25), st.integers(0, 25)).map(lambda t: (t[0], min(t[0], t[1]))),
    min_size=len(COMBINATIONS),
    max_size=len(COMBINATIONS),
)


def row_frame(counts: list[tuple[int, int]]) -> pd.DataFrame:
    rows = []
    for (gender, background), (n, s) in zip(COMBINATIONS, counts, strict=True):
        rows += [(gender, background, "1")] * s + [(gender, background, "0")] * (n - s)
    return pd.DataFrame(rows, columns=["gender", "background", "selected"])


def count_frame(counts: list[tuple[int, int]]) -> pd.DataFrame:
    return pd.DataFrame(
        [(g, b, n, s) for (g, b), (n, s) in zip(COMBINATIONS, counts, strict=True)],
        columns=["gender", "background", "applicants", "selected"],
    )


def figures(result: AuditResult) -> list:
    return [a.model_dump() for a in result.analyses]


@settings(max_examples=15, deadline=None)
@given(cell_counts)
def test_row_level_and_group_counts_agree(counts: list[tuple[int, int]]) -> None:
    rows = audit_frame(row_frame(counts), SPEC)
    # Explicit columns: detection of counts is a heuristic (tested on the sample data).
    spec = SPEC.model_copy(update={"count_column": "applicants", "selected_column": "selected"})
    aggregated = audit_frame(count_frame(counts), spec)
    assert aggregated.n_rows == rows.n_rows
    assert figures(aggregated) == figures(rows)


@settings(max_examples=15, deadline=None)
@given(cell_counts, st.randoms(use_true_random=False))
def test_row_order_does_not_matter(counts: list[tuple[int, int]], random) -> None:
    frame = row_frame(counts)
    order = list(range(len(frame)))
    random.shuffle(order)
    shuffled = frame.iloc[order].reset_index(drop=True)
    assert figures(audit_frame(shuffled, SPEC)) == figures(audit_frame(frame, SPEC))


@settings(max_examples=40, deadline=None)
@given(
    a=st.integers(1, 40),
    extra=st.integers(0, 200),
    factor=st.integers(1, 5),
)
def test_exactly_four_fifths_is_not_adverse(a: int, extra: int, factor: int) -> None:
    # reference: 5a of n selected; group: 4a*factor of n*factor -> ratio exactly 4/5
    n_ref = 5 * a + extra
    s_g, n_g = 4 * a * factor, n_ref * factor

    def cells(selected: int) -> list[Cell]:
        return [
            Cell(values={"g": "ref"}, selected=True, count=5 * a),
            Cell(values={"g": "ref"}, selected=False, count=n_ref - 5 * a),
            Cell(values={"g": "other"}, selected=True, count=selected),
            Cell(values={"g": "other"}, selected=False, count=n_g - selected),
        ]

    spec = AuditSpec(outcome="o", sensitive=["g"])
    at_threshold = audit_cells(cells(s_g), spec, n_rows=n_ref + n_g)
    other = next(g for g in at_threshold.analyses[0].groups if g.values == {"g": "other"})
    assert at_threshold.analyses[0].reference_group == {"g": "ref"}
    assert not other.adverse_impact and other.shortfall == 0
    below = audit_cells(cells(s_g - 1), spec, n_rows=n_ref + n_g)
    other = next(g for g in below.analyses[0].groups if g.values == {"g": "other"})
    assert other.adverse_impact and other.shortfall == 1

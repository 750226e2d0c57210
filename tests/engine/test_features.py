"""What drives the decisions (issue 11): Cramér's V, quintile bins, proxy flags, identifiers."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from ethics_toolkit.engine.audit import audit_frame, audit_source
from ethics_toolkit.engine.cells.aggregate import cells_from_rows
from ethics_toolkit.engine.cells.features import is_identifier, named_like_identifier
from ethics_toolkit.engine.errors import (
    FEATURE_IS_IDENTIFIER,
    FEATURE_TOO_MANY_VALUES,
    NO_FEATURE_VALUES,
    EngineError,
)
from ethics_toolkit.engine.models import FeatureAssociation
from ethics_toolkit.engine.reading.values import column_codes
from ethics_toolkit.engine.spec import AuditSpec


def proxy_log() -> pd.DataFrame:
    """100 applicants. Area x: 45 of group A, 5 of B, 30 of 50 selected; area z: the reverse
    mix, 10 of 50 selected. Years: the 40 selected have 13-20, the 60 others 1-12 (5 each)."""
    rows = []
    for area, group, n, selected in (
        ("x", "A", 45, 27), ("x", "B", 5, 3), ("z", "A", 5, 1), ("z", "B", 45, 9),
    ):  # fmt: skip
        rows += [(area, group, 1)] * selected + [(area, group, 0)] * (n - selected)
    frame = pd.DataFrame(rows, columns=["area", "g", "final"])
    chosen = np.flatnonzero(frame["final"].to_numpy() == 1)
    others = np.flatnonzero(frame["final"].to_numpy() == 0)
    years = np.zeros(len(frame), dtype=int)
    years[chosen] = np.repeat(np.arange(13, 21), 5)
    years[others] = np.repeat(np.arange(1, 13), 5)
    frame["years"] = years
    frame["case"] = [f"C-{i:05d}" for i in range(len(frame))]
    return frame


SPEC = AuditSpec(outcome="final", sensitive=["g"], features=["area", "years"])


def features_of(spec: AuditSpec = SPEC, frame: pd.DataFrame | None = None) -> dict:
    result = audit_frame(proxy_log() if frame is None else frame, spec)
    assert result.features is not None
    assert all(a.features == result.features for a in result.analyses)  # once per audit
    return {f.column: f for f in result.features}


def test_cramers_v_by_hand() -> None:
    area = features_of()["area"]
    # 2x2 area x selected: [[30, 20], [10, 40]]: phi = (30*40 - 20*10) / sqrt(50*50*40*60)
    assert area.association_with_decision == pytest.approx(1000 / math.sqrt(6e6))  # 0.408
    # area x group: [[45, 5], [5, 45]]: phi = (45*45 - 5*5) / 2500 = 0.8
    assert area.proxy_for == {"g": pytest.approx(0.8)}
    assert area.proxy_flag is True
    assert area.finding is not None
    assert area.finding.en == (
        "area strongly predicts both g (V = 0.80) and selection (V = 0.41): the tool may be "
        "using it as a stand-in for g."
    )
    assert "förutsäger starkt både g (V = 0,80)" in area.finding.sv


def test_numeric_columns_are_binned_into_quintiles() -> None:
    years = features_of()["years"]
    # 20 distinct values (> 10): quintile edges 4, 8, 12, 16; the selected have 13-20, i.e.
    # exactly the top two bins, so the decision is a function of the bin: V = 1.
    assert years.association_with_decision == pytest.approx(1.0)
    assert years.proxy_flag is False or years.proxy_for["g"] >= 0.3


def test_quintile_bins_split_the_rows_evenly() -> None:
    from ethics_toolkit.engine.cells.features import _numeric_bins

    series = pd.Series(np.repeat(np.arange(1, 21), 5))
    codes = column_codes(series, unknown_is_missing=False)
    bins = _numeric_bins(codes, np.ones(100, bool), None)
    assert bins is not None
    assert np.bincount(bins.codes).tolist() == [20, 20, 20, 20, 20]
    # a value equal to an edge falls in the lower bin: 4 -> first bin, 5 -> second
    assert bins.codes[series.to_numpy() == 4][0] == 0 and bins.codes[series.to_numpy() == 5][0] == 1


def test_few_numeric_values_are_used_as_they_are() -> None:
    from ethics_toolkit.engine.cells.features import _numeric_bins

    series = pd.Series([1, 2, 3] * 10)
    assert (
        _numeric_bins(column_codes(series, unknown_is_missing=False), np.ones(30, bool), None)
        is None
    )


def test_thresholds_of_the_proxy_flag() -> None:
    frame = proxy_log()
    # A column that is the group under another name: V 1 with the group, and with the decision
    # whatever the group's own V with the decision is.
    frame["club"] = np.where(frame["g"] == "A", "u", "v")
    club = features_of(SPEC.model_copy(update={"features": ["club"]}), frame)["club"]
    assert club.proxy_for["g"] == pytest.approx(1.0)
    # club = g, so V(club, decision) = V(g, decision): [[28, 22], [12, 38]]
    phi = (28 * 38 - 22 * 12) / math.sqrt(50 * 50 * 40 * 60)
    assert club.association_with_decision == pytest.approx(phi)
    assert phi == pytest.approx(0.3266, abs=1e-4) and club.proxy_flag is True
    # the same column with a decision it does not go with (V < 0.1) is not flagged
    frame["final"] = frame.groupby("g").cumcount() % 2  # half of each group selected
    club = features_of(SPEC.model_copy(update={"features": ["club"]}), frame)["club"]
    assert club.association_with_decision == pytest.approx(0.0) and club.proxy_flag is False
    assert club.finding is not None and club.finding.en.startswith("club goes with g (V = 1.00)")


def test_group_counts_with_weights_give_the_same_figures() -> None:
    rows = proxy_log().drop(columns="case")
    grouped = rows.groupby(["area", "g", "final", "years"]).size().reset_index(name="n")
    weighted = cells_from_rows(
        grouped.drop(columns="n"), SPEC, weights=grouped["n"].to_numpy(dtype=float)
    )
    by_rows = cells_from_rows(rows, SPEC)
    assert weighted.features == by_rows.features


def test_empty_feature_values_and_unknown_groups_are_left_out() -> None:
    frame = proxy_log()
    extra = pd.DataFrame({"area": [None, "x"], "g": ["A", "Not stated"], "final": [1, 0],
                          "years": [5, 5], "case": ["C-90000", "C-90001"]})  # fmt: skip
    area = features_of(frame=pd.concat([frame, extra], ignore_index=True))["area"]
    # the row with no area counts nowhere; the "x" row without a group only for the decision
    assert area.proxy_for["g"] == pytest.approx(0.8)
    phi = (30 * 40 - 21 * 10) / math.sqrt(51 * 50 * 40 * 61)
    assert area.association_with_decision == pytest.approx(phi)


def test_auto_takes_every_column_without_a_role_that_is_not_an_identifier() -> None:
    found = features_of(AuditSpec(outcome="final", sensitive=["g"], features_auto=True))
    assert list(found) == ["area", "years"]  # "case" is an identifier


def test_auto_reads_the_columns_from_a_file(tmp_path) -> None:
    path = tmp_path / "log.csv"
    proxy_log().to_csv(path, index=False)
    result = audit_source(path, AuditSpec(outcome="final", sensitive=["g"], features_auto=True))
    assert [f.column for f in result.features or []] == ["area", "years"]
    assert result.spec.features == ["area", "years"]


@pytest.mark.parametrize(
    ("column", "values", "expected"),
    [
        ("applicant_id", ["a", "a", "b"], True),  # named like one
        ("Sökande-ID", ["1", "1"], True),
        ("applicantId", ["1", "1"], True),
        ("case nr", ["1", "1"], True),
        ("case", [f"C-{i:05d}" for i in range(40)], True),  # unique per row
        ("code", [f"AB{i % 30:04d}" for i in range(40)], True),  # shaped like one, 30 of 40
        ("number", [str(i) for i in range(1, 41)], True),  # whole numbers unique per row
        ("salary", [f"{30000 + 17.5 * i}" for i in range(40)], False),  # a measurement
        ("postcode", ["11455", "11456", "41101"] * 10, False),
        ("zip_area", ["Z1", "Z2", "Z3", "Z4", "Z5"] * 8, False),
        ("education", ["BSc", "MSc", "PhD"], False),  # unique but only three rows
        ("paid", ["yes", "no"] * 10, False),
    ],
)
def test_identifiers(column: str, values: list[str], expected: bool) -> None:
    codes = column_codes(pd.Series(values), unknown_is_missing=False)
    assert is_identifier(codes, column) is expected


def test_named_like_identifier_ignores_ordinary_words() -> None:
    assert not named_like_identifier("postnummer_area") and not named_like_identifier("valid")


@pytest.mark.parametrize(
    ("features", "frame_update", "template"),
    [
        (["case"], {}, FEATURE_IS_IDENTIFIER),
        (["empty"], {"empty": [None] * 100}, NO_FEATURE_VALUES),
    ],
)
def test_named_features_that_cannot_be_analysed_stop_the_audit(
    features: list[str], frame_update: dict, template: object
) -> None:
    frame = proxy_log().assign(**frame_update)
    with pytest.raises(EngineError) as error:
        audit_frame(frame, SPEC.model_copy(update={"features": features}))
    assert error.value.template is template
    assert repr(features[0]) in str(error.value)


def test_a_text_feature_with_too_many_values_stops_the_audit() -> None:
    frame = pd.concat([proxy_log()] * 3, ignore_index=True)
    frame["case"] = [f"C-{i:05d}" for i in range(len(frame))]
    frame["comment"] = [f"text {i % 120}" for i in range(len(frame))]  # 120 values, not ids
    with pytest.raises(EngineError) as error:
        audit_frame(frame, SPEC.model_copy(update={"features": ["comment"]}))
    assert error.value.template is FEATURE_TOO_MANY_VALUES
    assert "120 different text values" in str(error.value)
    auto = audit_frame(frame, AuditSpec(outcome="final", sensitive=["g"], features_auto=True))
    assert [f.column for f in auto.features or []] == ["area", "years"]  # auto skips it


def test_features_per_period() -> None:
    frame = proxy_log()
    frame["day"] = ["2026-01-15" if i % 2 else "2026-04-15" for i in range(len(frame))]
    result = audit_frame(frame, SPEC.model_copy(update={"period": "day"}))
    assert result.periods is not None and len(result.periods) == 2
    for period in result.periods:
        features = period.analyses[0].features
        assert features is not None and [f.column for f in features] == ["area", "years"]
        assert all(isinstance(f, FeatureAssociation) for f in features)
    assert result.periods[0].analyses[0].features != result.features


def test_features_are_never_stored_in_the_cells() -> None:
    result = audit_frame(proxy_log(), SPEC)
    dumped = result.model_dump_json()
    assert '"cells"' in dumped
    for cell in result.cells:
        assert "area" not in cell.model_dump_json() and "years" not in cell.model_dump_json()


def test_one_joint_table_per_feature_equals_one_table_per_pair(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import ethics_toolkit.engine.cells.features as features_module

    frame = proxy_log()
    frame["h"] = np.tile(["p", "q", "r", "Not stated"], 25)
    spec = SPEC.model_copy(update={"sensitive": ["g", "h"]})
    joint = features_of(spec, frame)
    monkeypatch.setattr(features_module, "_JOINT_LIMIT", 0)
    pairwise = features_of(spec, frame)
    for column, feature in joint.items():
        other = pairwise[column]
        assert feature.association_with_decision == pytest.approx(other.association_with_decision)
        assert feature.proxy_for == pytest.approx(other.proxy_for)

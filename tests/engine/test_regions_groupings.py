"""Issue 20: the built-in country -> region map (data) and grouping values in the cells pass."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml

from ethics_toolkit.engine.audit import audit_frame
from ethics_toolkit.engine.errors import EngineError
from ethics_toolkit.engine.reading.groupings import (
    GROUPING_LINE_BAD,
    GROUPING_VALUE_TWICE,
    NOT_A_COUNTRY,
    NOT_IN_GROUPING,
    read_grouping,
)
from ethics_toolkit.engine.reading.regions import DATA, name_key, region_map, region_of
from ethics_toolkit.engine.spec import AuditSpec, Grouping

SWEDEN, EUROPE, OUTSIDE = "Sverige", "Europa utom Sverige", "Utanför Europa"


@pytest.mark.parametrize(
    ("names", "region"),
    [
        (["Sverige", "Sweden", "SVERIGE"], SWEDEN),
        (["Bosnien och Hercegovina", "Bosnien-Hercegovina", "Bosnia and Herzegovina"], EUROPE),
        (["Storbritannien", "UK", "United Kingdom", "England", "Förenade kungariket"], EUROPE),
        (["Ukraina", "Ukraine", "Ryssland", "Russia", "Polen", "Norge", "Cypern"], EUROPE),
        (["Jugoslavien", "Sovjetunionen", "Tjeckoslovakien", "DDR"], EUROPE),
        (["Syrien", "Syria", "Turkiet", "Turkey", "Türkiye", "Eritrea", "Georgien"], OUTSIDE),
        (
            ["USA", "U.S.A.", "United States", "Grönland", "Côte d’Ivoire", "Elfenbenskusten"],
            OUTSIDE,
        ),
        (["Kongo", "DR Kongo", "Kurdistan", "Palestina"], OUTSIDE),
        ([SWEDEN, EUROPE, OUTSIDE], None),  # a region's own name maps to itself
    ],
)
def test_countries_in_swedish_english_and_variants(names: list[str], region: str | None) -> None:
    for name in names:
        assert region_of(name) == (region or name), name


def test_the_map_is_data_with_its_source_and_covers_the_world() -> None:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    assert list(data["regions"]) == [SWEDEN, EUROPE, OUTSIDE]
    assert "M49" in data["source"] and "SCB" in data["source"]
    countries = {len(names) and names[0] for r in data["regions"].values() for names in r}
    assert len(countries) >= 195  # every UN member, observers and common territories
    built = region_map()
    assert built.regions == (SWEDEN, EUROPE, OUTSIDE) and "M49" in built.source
    assert region_of("Okänt") is None and region_of("Atlantis") is None
    assert name_key("Bosnien och Hercegovina") == name_key("bosnien-hercegovina")


def _frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "land": ["Sverige", "Polen", "Syrien", "Sverige", "Okänt", "Irak", "syrien", ""] * 5,
            "beslut": ["Ja", "Nej", "Nej", "Ja", "Ja", "Nej", "Ja", "Nej"] * 5,
        }
    )


def test_regrouping_by_the_built_in_map_and_unknowns() -> None:
    spec = AuditSpec(
        outcome="beslut", sensitive=["land"], regroup={"land": Grouping(builtin="region")}
    )
    result = audit_frame(_frame(), spec)
    (analysis,) = result.analyses
    groups = {g.values["land"]: (g.n, g.selected) for g in analysis.groups}
    # Sverige 10 (10 selected), Polen 5 (0), Syrien+syrien+Irak 15 (5: the "syrien" rows)
    assert groups == {SWEDEN: (10, 10), EUROPE: (5, 0), OUTSIDE: (15, 5)}
    assert analysis.unknown == 10  # "Okänt" and blank
    # "Syrien" and "syrien" are one value (issue 27: spellings that differ in case are merged).
    assert result.value_counts["land"] == {
        "Irak": 5, "Okänt": 5, "Polen": 5, "Sverige": 10, "Syrien": 10, "": 5,
    }  # fmt: skip


def test_a_users_grouping_comes_first_and_a_value_it_misses_is_named_with_its_row() -> None:
    mine = Grouping(
        groups={"Sverige": "Norden", "Polen": "Övriga", "Syrien": "Övriga"}, source="g.csv"
    )
    spec = AuditSpec(outcome="beslut", sensitive=["land"], regroup={"land": mine})
    with pytest.raises(EngineError) as caught:
        audit_frame(_frame(), spec)
    assert caught.value.template is NOT_IN_GROUPING
    # "syrien" matches "Syrien" ignoring case; Irak (5 rows, first on row 7) is not covered
    assert caught.value.fields["values"] == "'Irak' (5)" and caught.value.fields["row"] == 7
    assert "--unknown land=VALUE" in caught.value.en and "(g.csv)" in caught.value.sv
    covered = mine.model_copy(update={"groups": {**mine.groups, "Irak": "okänt"}})
    result = audit_frame(_frame(), spec.model_copy(update={"regroup": {"land": covered}}))
    groups = {g.values["land"]: (g.n, g.selected) for g in result.analyses[0].groups}
    assert groups == {"Norden": (10, 10), "Övriga": (15, 5)}  # Irak counted as unknown
    assert result.analyses[0].unknown == 15


def test_a_value_the_built_in_map_does_not_know_is_named() -> None:
    frame = _frame().replace({"Irak": "Atlantis"})
    spec = AuditSpec(
        outcome="beslut", sensitive=["land"], regroup={"land": Grouping(builtin="region")}
    )
    with pytest.raises(EngineError) as caught:
        audit_frame(frame, spec)
    assert caught.value.template is NOT_A_COUNTRY and "'Atlantis' (5)" in caught.value.en
    chosen = spec.model_copy(update={"unknown_values": {"land": ["atlantis"]}})
    assert audit_frame(frame, chosen).analyses[0].unknown == 15


def test_grouping_files(tmp_path: Path) -> None:
    path = tmp_path / "grupper.csv"
    path.write_text("värde;grupp\nSverige;Norden\nPolen;Övriga\n", encoding="utf-8")
    assert read_grouping(path) == {"Sverige": "Norden", "Polen": "Övriga"}
    assert read_grouping(b"Sverige,Norden\nNorge,Norden\n") == {
        "Sverige": "Norden",
        "Norge": "Norden",
    }
    with pytest.raises(EngineError) as caught:
        read_grouping(b"Sverige,Norden\nPolen\n")
    assert caught.value.template is GROUPING_LINE_BAD and caught.value.fields["line"] == 2
    with pytest.raises(EngineError) as caught:
        read_grouping(b"Sverige,Norden\nSverige,Europa\n")
    assert caught.value.template is GROUPING_VALUE_TWICE

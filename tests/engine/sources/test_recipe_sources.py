"""Issue 20: the recipe's value decisions are the same on every reading path.

Grouping (the built-in map and a user's grouping), chosen unknowns, the chosen reference and
written dates are applied to the grouped rows of SQLite, DuckDB, Parquet and a large CSV read by
DuckDB exactly as to a file read by pandas; a value a grouping misses stops each path alike.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa

from ethics_toolkit.engine.audit import audit_source
from ethics_toolkit.engine.errors import EngineError
from ethics_toolkit.engine.reading.groupings import NOT_IN_GROUPING, NOT_IN_GROUPING_GROUPED
from ethics_toolkit.engine.sources.audit import audit_database, audit_location
from ethics_toolkit.engine.spec import AuditSpec, Grouping
from tests.engine.recipe.exports import HEADER, as_csv, q1_rows
from tests.engine.sources.test_identity import assert_same

SPEC = AuditSpec(
    outcome="Beslut",
    sensitive=["Kön", "Födelseland"],
    regroup={"Födelseland": Grouping(builtin="region")},
    unknown_values={"Kön": ["Annat/vill ej uppge"]},
    references={"Kön": "Kvinna"},
    recommendation="AI-rekommendation",
    period="Ansökningsdatum",
)
MINE = Grouping(
    groups={"Sverige": "Norden", "Polen": "Övriga", "Grekland": "Övriga", "Syrien": "Övriga"},
    source="grupper.csv",
)


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path | str]:
    folder = tmp_path_factory.mktemp("recipe_sources")
    csv = folder / "ats.csv"
    csv.write_bytes(as_csv(q1_rows()))
    frame = pd.DataFrame(q1_rows(), columns=HEADER).replace({"": None})
    parquet = folder / "ats.parquet"
    frame.to_parquet(parquet)
    url = f"sqlite:///{folder / 'ats.sqlite3'}"
    engine = sa.create_engine(url)
    with engine.begin() as connection:
        frame.to_sql("ats", connection, index=False)
    engine.dispose()
    return {"csv": csv, "parquet": parquet, "sqlite": url}


def _audit(kind: str, export: dict[str, Path | str], spec: AuditSpec):
    if kind == "sqlite":
        return audit_database(str(export["sqlite"]), spec, table="ats")
    if kind == "big_csv":  # a CSV over the size limit is grouped by DuckDB
        return audit_location(str(export["csv"]), spec, big_csv_bytes=0)
    return audit_location(str(export["parquet"]), spec)


@pytest.mark.parametrize("kind", ["sqlite", "big_csv", "parquet"])
def test_every_path_groups_and_counts_unknowns_as_the_file_does(
    kind: str, export: dict[str, Path | str]
) -> None:
    expected = audit_source(Path(export["csv"]), SPEC)
    got = _audit(kind, export, SPEC)
    assert got.reading is not None  # grouped where it lies, not read by pandas
    assert got.reading.source_kind == {"sqlite": "table", "big_csv": "file"}.get(kind, kind)
    assert_same(expected, got)
    gender, region, _ = got.analyses
    assert gender.reference_group == {"Kön": "Kvinna"} and gender.unknown == 60
    assert {g.values["Födelseland"] for g in region.groups} == {
        "Sverige", "Europa utom Sverige", "Utanför Europa",
    }  # fmt: skip
    assert got.value_counts["Födelseland"] == expected.value_counts["Födelseland"]
    assert got.value_counts["Födelseland"]["Sverige"] == 230


@pytest.mark.parametrize("kind", ["sqlite", "big_csv", "parquet"])
def test_a_value_a_grouping_misses_stops_every_path(
    kind: str, export: dict[str, Path | str]
) -> None:
    spec = SPEC.model_copy(update={"regroup": {"Födelseland": MINE}})
    with pytest.raises(EngineError) as caught:
        audit_source(Path(export["csv"]), spec)
    assert caught.value.template is NOT_IN_GROUPING
    with pytest.raises(EngineError) as grouped:
        _audit(kind, export, spec)
    assert grouped.value.template in (NOT_IN_GROUPING, NOT_IN_GROUPING_GROUPED)
    for name in ("'Bosnien-Hercegovina' (30)", "'Irak' (40)", "'Iran' (20)"):
        assert name in grouped.value.en and name in caught.value.en

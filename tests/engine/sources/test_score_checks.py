"""Scores grouped where they lie are numbers, finite, and give the file path's median (issue 27)."""

from __future__ import annotations

import decimal
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa

from ethics_toolkit.engine.audit import audit_source
from ethics_toolkit.engine.sources import errors
from ethics_toolkit.engine.sources.audit import audit_database, audit_location
from ethics_toolkit.engine.sources.errors import SourceError
from ethics_toolkit.engine.spec import AuditSpec

SPEC = AuditSpec(score="s", sensitive=["g"])
N = 200


def _parquet(path: Path, scores: pa.Array) -> str:
    pq.write_table(pa.table({"g": ["A", "B"] * (N // 2), "s": scores}), path)
    return str(path)


def test_a_decimal_score_has_the_csv_median_not_a_rounded_one(tmp_path: Path) -> None:
    """0.0 … 19.9: the median is 9.95 (DuckDB's median of a DECIMAL(10,1) would say 9.9)."""
    values = [decimal.Decimal(i) / 10 for i in range(N)]
    got = audit_location(_parquet(tmp_path / "s.parquet", pa.array(values, pa.decimal128(10, 1))),
                         SPEC)  # fmt: skip
    csv = tmp_path / "s.csv"
    csv.write_text("g,s\n" + "".join(f"{'AB'[i % 2]},{v}\n" for i, v in enumerate(values)))
    expected = audit_source(csv, SPEC)
    assert got.score_median == expected.score_median == 9.95
    assert [a.model_dump() for a in got.analyses] == [a.model_dump() for a in expected.analyses]


def test_true_false_is_no_score(tmp_path: Path) -> None:
    path = _parquet(tmp_path / "b.parquet", pa.array([i % 2 == 0 for i in range(N)]))
    with pytest.raises(SourceError) as caught:
        audit_location(path, SPEC)
    assert caught.value.template is errors.SCORE_NOT_NUMBERS_IN_SOURCE


@pytest.mark.postgres
@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity"])
def test_a_numeric_nan_or_infinity_in_postgresql_stops_the_audit(
    pg_source: tuple[str, str], value: str
) -> None:
    url, schema = pg_source
    table = f'"{schema}".numeric_{value.strip("-").lower()}_{"neg" if "-" in value else "pos"}'
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    with engine.begin() as connection:
        connection.execute(sa.text(f"CREATE TABLE {table} (g text, s numeric)"))
        connection.execute(sa.text(
            f"INSERT INTO {table} SELECT CASE WHEN i % 2 = 0 THEN 'A' ELSE 'B' END, i / 10.0 "
            f"FROM generate_series(1, {N}) i"
        ))  # fmt: skip
        connection.execute(sa.text(f"UPDATE {table} SET s = '{value}' WHERE s < 1"))
    engine.dispose()
    with pytest.raises(SourceError) as caught:
        audit_database(url, SPEC, table=table.replace('"', ""))
    assert caught.value.template is errors.SCORE_NOT_FINITE_IN_SOURCE
    assert caught.value.fields["count"] == 9 and caught.value.fields["value"] == value

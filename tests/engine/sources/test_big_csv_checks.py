"""A CSV grouped by DuckDB is refused exactly as pandas refuses it (issue 27).

DuckDB checks only the columns an audit reads, and the pandas reader's own checks once ran on the
first 64 KiB only: a NUL byte or a Windows-1252 line further down, in a column the audit does not
use, reached a verdict. The whole file is now checked while DuckDB reads it, in the same pass as
its SHA-256; these cases put the fault past the sample, in an unused column.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ethics_toolkit.engine.errors import FILE_TOO_BIG, MIXED_ENCODING, NUL_BYTE
from ethics_toolkit.engine.reading import load
from ethics_toolkit.engine.reading.tabular import SAMPLE_BYTES
from ethics_toolkit.engine.sources.audit import audit_location
from ethics_toolkit.engine.spec import AuditSpec
from tests.engine.sources.test_files import outcome_of

SPEC = AuditSpec(outcome="o", sensitive=["g"])
ROWS = "".join(f"{'Kvinna' if i % 2 else 'Man'},{i % 3 % 2},Åsa {i}\n" for i in range(6000))


def both_paths(path: Path) -> tuple[object, object]:
    pandas = outcome_of(lambda: audit_location(str(path), SPEC, big_csv_bytes=10**12))
    duckdb = outcome_of(lambda: audit_location(str(path), SPEC, big_csv_bytes=0))
    return pandas, duckdb


def _file(tmp_path: Path, tail: bytes) -> Path:
    data = ("g,o,note\n" + ROWS).encode("utf-8") + tail
    assert len(data) > SAMPLE_BYTES  # the fault lies beyond what detect() reads
    path = tmp_path / "log.csv"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("tail", "template", "line"),
    [
        (b"Man,1,A\x00sa\n", NUL_BYTE, 6002),
        ("Man,1,Åsa\n".encode("cp1252"), MIXED_ENCODING, 6002),
    ],
    ids=["a NUL byte", "a Windows-1252 line"],
)
def test_a_fault_past_the_sample_in_an_unused_column_stops_both_paths(
    tmp_path: Path, tail: bytes, template: object, line: int
) -> None:
    pandas, duckdb = both_paths(_file(tmp_path, tail))
    assert duckdb == pandas
    kind, (found, fields) = pandas
    assert kind == "error" and found is template
    assert fields.get("line", fields.get("other_line")) == line


def test_a_file_without_any_utf8_character_is_read_by_pandas_as_windows_1252(
    tmp_path: Path,
) -> None:
    path = tmp_path / "log.csv"
    rows = "".join(f"{'Kvinna' if i % 2 else 'Man'},{i % 2},x\n" for i in range(6000))
    path.write_bytes(("g,o,note\n" + rows).encode() + "Man,1,Åsa\n".encode("cp1252"))
    pandas, duckdb = both_paths(path)
    assert duckdb == pandas and pandas[0] == "result"
    got = audit_location(str(path), SPEC, big_csv_bytes=0)
    assert got.reading is not None and got.reading.encoding == "cp1252"


def test_the_size_limit_is_the_same_on_both_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(load, "MAX_FILE_BYTES", 50_000)
    pandas, duckdb = both_paths(_file(tmp_path, b""))
    assert duckdb == pandas and pandas[1][0] is FILE_TOO_BIG

"""Reading manifest.csv back: a manifest whose pairs would be wrong is refused, never guessed."""

from __future__ import annotations

from pathlib import Path

import pytest

from ethics_toolkit.engine.paired.design import manifest_csv
from ethics_toolkit.engine.paired.manifest import (
    MANIFEST_BAD_VALUE,
    MANIFEST_COLUMNS,
    MANIFEST_DUPLICATE_ID,
    MANIFEST_MISSING,
    MANIFEST_NO_ATTRIBUTE,
    MANIFEST_NO_ROWS,
    MANIFEST_NOT_CROSSED,
    parse_manifest,
    read_manifest,
)
from ethics_toolkit.errors import UserFacingError
from tests.engine.paired.helpers import make_test_set

HEADER = "cv_id,base_id,file,name,gender,origin"


def _refused(text: str, constant, **values: object) -> UserFacingError:
    with pytest.raises(UserFacingError) as error:
        parse_manifest(text)
    assert error.value.en == constant.format("en", name="manifest.csv", **values)
    return error.value


def _lines() -> list[str]:
    return manifest_csv(make_test_set(base_cvs=3).manifest).splitlines()


def test_a_cv_id_used_twice_is_refused() -> None:
    lines = _lines()
    twice = lines[1].split(",")[0]
    _refused("\n".join([*lines, lines[1]]), MANIFEST_DUPLICATE_ID, ids=twice)
    other = lines[2].split(",")
    other[0] = twice
    _refused("\n".join([lines[0], lines[1], ",".join(other)]), MANIFEST_DUPLICATE_ID, ids=twice)


def test_a_base_cv_without_its_full_crossing_is_refused() -> None:
    lines = _lines()
    dropped = lines[1].split(",")
    kept = [line for line in lines if line != lines[1]]
    left = sorted(
        {("man", "non_european"), ("man", "swedish"), ("woman", "non_european"),
         ("woman", "swedish")} - {(dropped[4], dropped[5])}
    )  # fmt: skip
    found = "; ".join(",".join(combo) for combo in left)
    error = _refused("\n".join(kept), MANIFEST_NOT_CROSSED, base=dropped[1], found=found)
    assert dropped[1] in error.sv


def test_a_value_outside_the_two_is_refused() -> None:
    lines = _lines()
    row = lines[1].split(",")
    row[4] = "female"
    _refused("\n".join([lines[0], ",".join(row)]), MANIFEST_BAD_VALUE, attribute="gender",
             value="'female'", line=2, allowed="woman / man")  # fmt: skip


def test_missing_columns_and_attributes_are_named() -> None:
    _refused("cv_id,file,name,gender\nA,f,n,man\n", MANIFEST_COLUMNS, missing="base_id",
             found="cv_id, file, name, gender", attributes="gender, origin, age, gap")  # fmt: skip
    _refused("cv_id,base_id,file,name\nA,B,f,n\n", MANIFEST_NO_ATTRIBUTE,
             attributes="gender, origin, age, gap")  # fmt: skip
    _refused(HEADER + "\n", MANIFEST_NO_ROWS)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(UserFacingError) as error:
        read_manifest(tmp_path / "manifest.csv")
    assert error.value.en == MANIFEST_MISSING.format("en", name=tmp_path / "manifest.csv")


def test_a_manifest_with_a_byte_order_mark_reads(tmp_path: Path) -> None:
    made = make_test_set(base_cvs=3)
    path = tmp_path / "manifest.csv"
    path.write_bytes(b"\xef\xbb\xbf" + manifest_csv(made.manifest).encode("utf-8"))
    assert read_manifest(path) == made.manifest

"""Bounded workbooks (issue 27): bombs refused before they are inflated, memory measured.

Each hostile workbook is audited by the CLI in a child process; its peak memory (``ru_maxrss`` of
the only child of a small wrapper) shows that nothing was inflated. Within the budget the memory
of real workbooks is measured by ``bench/bench_workbooks.py``.
"""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest

from ethics_toolkit.engine.errors import SPREADSHEET_TOO_BIG, ReadingError
from ethics_toolkit.engine.reading import inflation, sheet_checks
from ethics_toolkit.engine.reading.inflation import SPREADSHEET_DAMAGED, check_inflation
from ethics_toolkit.engine.reading.sheet_checks import (
    SHEET_TOO_LARGE,
    UNCACHED_FORMULAS,
    check_formulas,
    check_sheet_areas,
)
from tests import workbooks
from tests.engine import bombs

CLI = Path(sys.executable).parent / "ethics-toolkit"
# The CLI refusing a workbook before pandas is even imported: about 40 MB; a bomb read would be GB.
PEAK_MB = 200
_MEASURE = (
    "import resource, subprocess, sys\n"
    "run = subprocess.run(sys.argv[1:], capture_output=True, text=True, timeout=120)\n"
    "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024\n"
    "print(run.returncode, peak, sep='\\n'); sys.stdout.write(run.stderr)\n"
)


def audit_measured(path: Path) -> tuple[int, int, str]:
    """(exit code, peak RSS in MB, stderr) of ``ethics-toolkit audit PATH`` in a child process."""
    argv = [str(CLI), "audit", str(path), "--outcome", "decision", "--sensitive", "gender"]
    done = subprocess.run([sys.executable, "-c", _MEASURE, *argv], capture_output=True,
                          text=True, timeout=180, check=True)  # fmt: skip
    code, peak, stderr = done.stdout.split("\n", 2)
    return int(code), int(peak), stderr


def _repeated_ods() -> bytes:
    """An .ods whose one row of one cell is repeated into 20 million cells."""
    cell = ('<table:table-cell table:number-columns-repeated="2000" office:value-type="float" '
            'office:value="1"/>')  # fmt: skip
    data = workbooks.ods([("Data", [["gender", "decision"], ["Woman", 1]])])
    archive = zipfile.ZipFile(io.BytesIO(data))
    content = (
        archive.read("content.xml")
        .decode()
        .replace(
            "</table:table>",
            f'<table:table-row table:number-rows-repeated="10000">{cell}</table:table-row>'
            "</table:table>",
        )
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as copy:
        for name in archive.namelist():
            method = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            copy.writestr(name, content if name == "content.xml" else archive.read(name), method)
    return out.getvalue()


def _prefix_liar() -> bytes:
    """Declares 100 kB (with the CRC of the first 100 kB) but unpacks to 1.15 GB."""
    stream, _, _ = bombs._bomb_part(1150 * 2**20)
    first = zlib.decompressobj(-15).decompress(stream, 100_000)
    parts = [(n, t.encode(), 0, zlib.crc32(t.encode()), len(t.encode()))
             for n, t in bombs._STATIC.items()]  # fmt: skip
    parts.append(("xl/worksheets/sheet1.xml", stream, 8, zlib.crc32(first), 100_000))
    return bombs._zip(parts)


HOSTILE = {
    "a zip bomb (1.15 GB declared)": (lambda: bombs.xlsx_bomb(1150 * 2**20), "unpacks to 1 150 MB"),
    "a zip bomb declaring 10 kB": (
        lambda: bombs.xlsx_bomb(1150 * 2**20, declared=10_000),
        "is damaged",
    ),
    "a zip bomb declaring a prefix": (_prefix_liar, "declared"),
    "one cell in the far corner (XFD1048576)": (bombs.xlsx_far_corner, "17,179,869,184 cells"),
    "an .ods row repeated into 20 million cells": (_repeated_ods, "more than the 4,194,304"),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_workbook_is_refused_in_bounded_memory(name: str, tmp_path: Path) -> None:
    build, said = HOSTILE[name]
    path = tmp_path / ("log.ods" if "ods" in name else "log.xlsx")
    path.write_bytes(build())
    assert path.stat().st_size < 5 * 2**20
    code, peak, stderr = audit_measured(path)
    print(f"\n{name}: {path.stat().st_size / 2**20:.1f} MB file, exit {code}, peak {peak} MB")
    assert code == 2 and said in stderr and "Traceback" not in stderr, stderr
    assert peak < PEAK_MB, f"{name}: {peak} MB"


def test_declared_sizes_are_checked_before_anything_is_inflated(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    data = bombs.xlsx_bomb(2 * 2**20)
    check_inflation(data, "'x.xlsx'")  # 2 MB: within the budget
    monkeypatch.setattr(inflation, "MAX_INFLATED_BYTES", 2**20)
    with pytest.raises(ReadingError) as caught:
        check_inflation(data, "'x.xlsx'")
    assert caught.value.template is SPREADSHEET_TOO_BIG
    assert caught.value.fields["size"] == "2.0" and caught.value.fields["limit"] == "1.0"


def test_a_large_part_compressed_beyond_any_real_workbook_is_refused() -> None:
    data = bombs.xlsx_bomb(40 * 2**20)  # a 40 MB sheet in about 150 kB: ratio ~290
    with pytest.raises(ReadingError) as caught:
        check_inflation(data, "'x.xlsx'")
    assert caught.value.template is SPREADSHEET_TOO_BIG


def test_a_part_larger_than_it_declares_is_damaged() -> None:
    with pytest.raises(ReadingError) as caught:
        check_inflation(bombs.xlsx_bomb(2**20, declared=1000), "'x.xlsx'")
    assert caught.value.template is SPREADSHEET_DAMAGED and "CRC" in caught.value.en


def test_an_xls_file_is_held_to_the_budget_by_its_size(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(inflation, "MAX_INFLATED_BYTES", 1000)
    with pytest.raises(ReadingError):
        check_inflation(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000, "'x.xls'")


def test_the_area_counts_from_a1_to_the_last_reference(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    data = bombs.xlsx_far_corner("D100")  # 100 rows x 4 columns
    check_sheet_areas(data, "xlsx", "'x.xlsx'")
    monkeypatch.setattr(sheet_checks, "MAX_CELLS", 399)
    with pytest.raises(ReadingError) as caught:
        check_sheet_areas(data, "xlsx", "'x.xlsx'")
    assert caught.value.template is SHEET_TOO_LARGE
    assert (caught.value.fields["rows"], caught.value.fields["column"]) == ("100", "D")


def _sheet(cells: str) -> bytes:
    """An .xlsx with the given cells as row 2 (a header in row 1)."""
    data = workbooks.xlsx([("Data", [["a", "b", "c"], [1, 2, 3]])])
    archive = zipfile.ZipFile(io.BytesIO(data))
    sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    start, end = sheet.index('<row r="2"'), sheet.index("</row>", sheet.index('<row r="2"'))
    sheet = sheet[:start] + f'<row r="2">{cells}' + sheet[end:]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for name in archive.namelist():
            copy.writestr(name, sheet if name.endswith("sheet1.xml") else archive.read(name))
    return out.getvalue()


@pytest.mark.parametrize(
    ("cells", "uncached"),
    [
        ('<c r="A2"><f>1+1</f><v>2</v></c>', []),
        ('<c r="A2"><f>1+1</f><v /></c>', ["A2"]),  # openpyxl's way
        ('<c r="A2"><f>1+1</f></c><c r="B2"><f t="shared" si="0"/></c>', ["A2", "B2"]),
        ('<c r="A2" t="str"><f>""</f><v></v></c>', []),  # a formula whose result is empty text
        ('<c r="A2" t="e"><f>1/0</f><v>#DIV/0!</v></c>', []),
        ('<x:c r="C2"><x:f>1+1</x:f></x:c>', ["C2"]),  # a namespace prefix
    ],
)
def test_formula_cells_without_a_result_are_named(cells: str, uncached: list[str]) -> None:
    data = _sheet(cells)
    if not uncached:
        check_formulas(data, "xlsx", "Data", "'x.xlsx'")
        return
    with pytest.raises(ReadingError) as caught:
        check_formulas(data, "xlsx", "Data", "'x.xlsx'")
    assert caught.value.template is UNCACHED_FORMULAS
    assert caught.value.fields["cells"] == ", ".join(uncached)
    assert caught.value.fields["count"] == len(uncached)


def test_a_formula_without_result_on_another_sheet_does_not_stop_the_audit() -> None:
    data = workbooks.xlsx([("Data", [["g", "o"], ["A", 1]]), ("Notes", [["=1+1"]])])
    check_formulas(data, "xlsx", "Data", "'x.xlsx'")
    with pytest.raises(ReadingError):
        check_formulas(data, "xlsx", "Notes", "'x.xlsx'")

"""Benchmark of bounded workbooks (issue 27): the peak memory of ``ethics-toolkit audit`` on .xlsx.

    .venv/bin/python bench/bench_workbooks.py [--rows 250000] [--skip-limit]

Generates its own workbooks (shared strings, as Excel writes them), then audits each with the
CLI in a child process and prints wall time and peak RSS (the child's ``ru_maxrss`` from
``os.wait4``):

1. a log of ``--rows`` rows x 7 columns;
2. a log at the limits: 1,048,575 rows x 4 columns (a full Excel sheet, 4,194,304 cells from A1,
   about 155 MB of XML within the 256 MB unpacked budget); ``--skip-limit`` leaves it out;
3. the hostile ones, refused: a 4 MB zip bomb unpacking to 1.15 GB, and a 2 kB sheet with one
   cell at XFD1048576 (17 billion cells).

The same CSV as 1. is audited as a baseline: what the workbook's extra memory costs. The parent
never imports pandas (a child's peak RSS includes what it inherits at fork).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

CLI = [sys.executable, "-m", "ethics_toolkit", "audit"]
ARGS = ["--outcome", "selected", "--sensitive", "gender", "--sensitive", "background",
        "--format", "json"]  # fmt: skip
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
STRINGS = ["gender", "background", "selected", "Woman", "Man", "Sweden", "Outside Europe",
           "Europe", "age_band", "18-29", "30-44", "45-59", "score", "qualified", "id"]  # fmt: skip


def workbook(path: Path, rows: int, columns: int) -> None:
    """An .xlsx of ``rows`` rows (plus a header) and 4 or 7 columns, written as a stream."""
    from tests.engine import bombs

    names = [0, 1, 2, 8, 12, 13, 14][:columns]
    static = dict(bombs._STATIC)
    static["xl/_rels/workbook.xml.rels"] = static["xl/_rels/workbook.xml.rels"].replace(
        "</Relationships>",
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    )
    shared = "".join(f"<si><t>{s}</t></si>" for s in STRINGS)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in static.items():
            archive.writestr(name, text)
        archive.writestr("xl/sharedStrings.xml", f'<sst xmlns="{_MAIN}">{shared}</sst>')
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(f'<worksheet xmlns="{_MAIN}"><sheetData>'.encode())
            letters = "ABCDEFG"
            head = "".join(
                f'<c r="{letters[c]}1" t="s"><v>{n}</v></c>' for c, n in enumerate(names)
            )
            sheet.write(f'<row r="1">{head}</row>'.encode())
            chunk = []
            for i in range(2, rows + 2):
                values = [(3 + i % 2, "s"), (5 + i % 3, "s"), (i % 5 < 2, "n"),
                          (9 + i % 4, "s"), (i * 37 % 1000 / 10, "n"), (i % 3 == 0, "n"),
                          (i, "n")][:columns]  # fmt: skip
                cells = "".join(
                    f'<c r="{letters[c]}{i}" t="s"><v>{v}</v></c>'
                    if t == "s"
                    else f'<c r="{letters[c]}{i}"><v>{float(v):g}</v></c>'
                    for c, (v, t) in enumerate(values)
                )
                chunk.append(f'<row r="{i}">{cells}</row>')
                if len(chunk) == 20_000:
                    sheet.write("".join(chunk).encode())
                    chunk = []
            sheet.write(("".join(chunk) + "</sheetData></worksheet>").encode())


def as_csv(xlsx: Path, path: Path) -> None:
    """The workbook's sheet as the CSV the reader makes of it, in a child process: this parent
    stays small, because a child's peak RSS includes what it inherits at fork."""
    code = (
        "import sys; from pathlib import Path; from ethics_toolkit.engine.reading.load import "
        "open_source; Path(sys.argv[2]).write_bytes(open_source(Path(sys.argv[1])).data)"
    )
    subprocess.run([sys.executable, "-c", code, str(xlsx), str(path)], check=True)


def measure(argv: list[str]) -> tuple[float, float, int]:
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def line(label: str, path: Path, result: tuple[float, float, int]) -> None:
    wall, rss, code = result
    size = path.stat().st_size / 2**20
    print(f"{label:<46} {size:7.1f} MB  exit {code}  {wall:6.2f} s  peak {rss:6.0f} MB", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=250_000)
    parser.add_argument("--skip-limit", action="store_true")
    args = parser.parse_args()
    from tests.engine import bombs

    with tempfile.TemporaryDirectory(prefix="ethics-bench-") as folder:
        root = Path(folder)
        print(f"load average before: {os.getloadavg()[0]:.1f} (2 cores)\n")
        log, same = root / "log.xlsx", root / "log.csv"
        workbook(log, args.rows, 7)
        as_csv(log, same)
        line(f"CSV baseline, {args.rows:,} rows x 7", same, measure([*CLI, str(same), *ARGS]))
        line(f"workbook, {args.rows:,} rows x 7", log, measure([*CLI, str(log), *ARGS]))
        if not args.skip_limit:
            limit = root / "limit.xlsx"
            workbook(limit, 1_048_575, 4)
            line("workbook at the limits, 1,048,575 rows x 4", limit,
                 measure([*CLI, str(limit), *ARGS]))  # fmt: skip
        bomb, corner = root / "bomb.xlsx", root / "corner.xlsx"
        bomb.write_bytes(bombs.xlsx_bomb(1150 * 2**20))
        corner.write_bytes(bombs.xlsx_far_corner())
        line("zip bomb (1.15 GB unpacked): refused", bomb, measure([*CLI, str(bomb), *ARGS]))
        line("one cell at XFD1048576: refused", corner, measure([*CLI, str(corner), *ARGS]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

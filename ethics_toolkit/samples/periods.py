"""Deterministic generator of `sample_data/recruitment_over_time.csv` (issue 15): a year's log
whose gap opens in the last quarter.

Per quarter of 2026, 300 applicants from Sweden and 200 from outside Europe, half women and half
men with the same rates. Applicants from Sweden are selected at 30 % every quarter; applicants
from outside Europe at 29 % in the first three quarters and at 15 % in the fourth. Over the whole
year they pass the four-fifths rule (impact ratio 0.85); the fourth quarter alone does not (0.50).
Application dates are dealt evenly over each quarter's days; rows are shuffled with a fixed seed,
so the file is identical on every platform.
"""

from __future__ import annotations

import csv
import io
import math
import random
from datetime import date, timedelta

SEED = 20261127
FILE_NAME = "recruitment_over_time.csv"
HEADER = ("applicant_id", "applied_on", "gender", "background", "selected")
YEAR = 2026
# quarter -> background -> (applicants, selected); split evenly between women and men.
QUARTERS: dict[int, dict[str, tuple[int, int]]] = {
    1: {"Sweden": (300, 90), "Outside Europe": (200, 58)},
    2: {"Sweden": (300, 90), "Outside Europe": (200, 58)},
    3: {"Sweden": (300, 90), "Outside Europe": (200, 58)},
    4: {"Sweden": (300, 90), "Outside Europe": (200, 30)},
}


def _days(quarter: int) -> list[date]:
    first = date(YEAR, 3 * quarter - 2, 1)
    last = date(YEAR + 1, 1, 1) if quarter == 4 else date(YEAR, 3 * quarter + 1, 1)
    return [first + timedelta(days=i) for i in range((last - first).days)]


def rows() -> list[tuple[str, str, str, int]]:
    """(applied_on, gender, background, selected) in a fixed shuffled order."""
    drafts: list[tuple[str, str, str, int]] = []
    for quarter, cells in QUARTERS.items():
        days = _days(quarter)
        for background, (applicants, selected) in cells.items():
            for gender in ("Woman", "Man"):
                n, s = applicants // 2, selected // 2
                for i in range(n):
                    day = days[(i * len(days)) // n]
                    chosen = (i + 1) * s // n - i * s // n  # s of n, spread evenly
                    drafts.append((day.isoformat(), gender, background, chosen))
    random.Random(SEED).shuffle(drafts)
    return drafts


def period_files() -> dict[str, bytes]:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for number, row in enumerate(rows(), start=1):
        writer.writerow([f"T{number:05d}", *row])
    return {FILE_NAME: out.getvalue().encode("utf-8")}


def _log_ratio_change_p(first: tuple[int, int, int, int], last: tuple[int, int, int, int]) -> float:
    """Two-sided p of the z-test of the change in the log impact ratio (Katz variances)."""

    def log_ratio(s: int, n: int, s_r: int, n_r: int) -> tuple[float, float]:
        return math.log((s / n) / (s_r / n_r)), 1 / s - 1 / n + 1 / s_r - 1 / n_r

    (a, va), (b, vb) = log_ratio(*first), log_ratio(*last)
    return math.erfc(abs(b - a) / math.sqrt(va + vb) / math.sqrt(2))


def _ratio(cells: dict[str, tuple[int, int]]) -> float:
    (n, s), (n_r, s_r) = cells["Outside Europe"], cells["Sweden"]
    return (s / n) / (s_r / n_r)


def period_readme() -> str:
    """The README section of the log, with its exact figures."""
    lines = [
        "",
        "## A gap that opens in the last quarter (monitoring over time)",
        "",
        f"`{FILE_NAME}`: {sum(n for q in QUARTERS.values() for n, _ in q.values()):,} fictional "
        "applicants over 2026 (UTF-8, `,`-separated; columns `applicant_id`, `applied_on` as "
        "YYYY-MM-DD, `gender`, `background`, `selected` with 1 = selected). Women and men are "
        "selected equally often. Applicants from outside Europe fall behind in the fourth "
        "quarter only: over the whole year they pass the four-fifths rule, the last quarter "
        "alone does not. Audit it with `--period applied_on` (quarters by default) to see it.",
        "",
        "| quarter | background | applicants | selected | selection rate | impact ratio |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    totals = {"Sweden": [0, 0], "Outside Europe": [0, 0]}
    for quarter, cells in QUARTERS.items():
        (n_r, s_r) = cells["Sweden"]
        for background, (n, s) in cells.items():
            totals[background][0] += n
            totals[background][1] += s
            ratio = (s / n) / (s_r / n_r)
            lines.append(
                f"| {YEAR}-Q{quarter} | {background} | {n} | {s} | {s / n:.4f} | {ratio:.4f} |"
            )
    (n_o, s_o), (n_s, s_s) = totals["Outside Europe"], totals["Sweden"]
    q1, q4 = QUARTERS[1], QUARTERS[4]
    p = _log_ratio_change_p(
        (q1["Outside Europe"][1], q1["Outside Europe"][0], q1["Sweden"][1], q1["Sweden"][0]),
        (q4["Outside Europe"][1], q4["Outside Europe"][0], q4["Sweden"][1], q4["Sweden"][0]),
    )
    lines += [
        "",
        f"- The whole year: outside Europe {s_o} of {n_o} ({s_o / n_o:.4f}) against Sweden "
        f"{s_s} of {n_s} ({s_s / n_s:.4f}), impact ratio {(s_o / n_o) / (s_s / n_s):.4f}.",
        f"- From {YEAR}-Q1 to {YEAR}-Q4 the impact ratio falls from {_ratio(q1):.4f} to "
        f"{_ratio(q4):.4f}; the z-test of the change in the log impact ratio (Katz variances) "
        f"gives p = {p:.2g}.",
        "",
    ]
    return "\n".join(lines)

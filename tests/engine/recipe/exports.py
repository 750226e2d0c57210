"""Real-looking exports of an applicant-tracking system, built in the tests (issue 20).

An .xlsx as HR gets it from an ATS: an "Info" sheet first (two rows of text), then "Kandidater"
with a title row and a blank row above the header; an identifier, gender with "Annat/vill ej uppge",
"Vill ej uppge" and blanks, country of birth (not a region), a job, Swedish written dates mixed
with ISO, the AI's recommendation ("Ej rekommenderad" / "Rekommenderad", the negation first) and
the decision. Every count is fixed by :data:`Q1` (no randomness), so each figure the tests assert
is computed by hand from this table; the comments next to the tests show the sums.

Quarter 1 (480 applicants), per country of birth and gender (K Kvinna, M Man, A "Annat/vill ej
uppge", V "Vill ej uppge", B blank): (applicants, selected).

================  ========  ========  ======  ======  =====  =========
country           K         M         A       V       B      total
================  ========  ========  ======  ======  =====  =========
Sverige           90, 38    110, 54   15, 9   10, 5   5, 3   230, 109
Polen             15, 6     20, 10    3, 1    2, 1           40, 18
Grekland          4, 3      5, 4      1, 1                   10, 8
Bosnien-Herceg.   12, 4     14, 6     2, 1    2, 1           30, 12
Storbritannien    8, 2      10, 4     1, 1            1, 0   20, 7
Syrien            28, 8     25, 8     3, 2    2, 1    2, 1   60, 20
Irak              18, 4     16, 6     2, 1    2, 2    2, 1   40, 14
Somalia           15, 3     12, 4     2, 1    1, 1           30, 9
Iran              10, 2     8, 3      1, 1    1, 1           20, 7
total             200, 70   220, 99   30, 18  20, 12  10, 5  480, 204
================  ========  ========  ======  ======  =====  =========

The AI recommended exactly the selected applicants, except: 10 women in Sverige who were not
selected were recommended (people changed yes to no), and 5 men in Sverige who were selected were
not recommended (no to yes). Quarter 2 (:func:`q2_rows`) is quarter 1 again, dated April to June,
with one new country: Eritrea, 12 applicants (K 6 of whom 1 selected, M 6 of whom 2 selected).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from tests.workbooks import xlsx

HEADER = [
    "Kandidat-ID", "Kön", "Födelseland", "Tjänst", "Ansökningsdatum", "AI-rekommendation",
    "Beslut",
]  # fmt: skip
GENDER = {"K": "Kvinna", "M": "Man", "A": "Annat/vill ej uppge", "V": "Vill ej uppge", "B": ""}
Q1: dict[str, dict[str, tuple[int, int]]] = {
    "Sverige": {"K": (90, 38), "M": (110, 54), "A": (15, 9), "V": (10, 5), "B": (5, 3)},
    "Polen": {"K": (15, 6), "M": (20, 10), "A": (3, 1), "V": (2, 1)},
    "Grekland": {"K": (4, 3), "M": (5, 4), "A": (1, 1)},
    "Bosnien-Hercegovina": {"K": (12, 4), "M": (14, 6), "A": (2, 1), "V": (2, 1)},
    "Storbritannien": {"K": (8, 2), "M": (10, 4), "A": (1, 1), "B": (1, 0)},
    "Syrien": {"K": (28, 8), "M": (25, 8), "A": (3, 2), "V": (2, 1), "B": (2, 1)},
    "Irak": {"K": (18, 4), "M": (16, 6), "A": (2, 1), "V": (2, 2), "B": (2, 1)},
    "Somalia": {"K": (15, 3), "M": (12, 4), "A": (2, 1), "V": (1, 1)},
    "Iran": {"K": (10, 2), "M": (8, 3), "A": (1, 1), "V": (1, 1)},
}
NEW_IN_Q2 = {"Eritrea": {"K": (6, 1), "M": (6, 2)}}
OVERRIDDEN_TO_NO = 10  # Sverige women, not selected but recommended
OVERRIDDEN_TO_YES = 5  # Sverige men, selected but not recommended
Q1_DATES = ["3 februari 2026", "2026-01-12", "15 mars 2026", "3 feb. 2026", "28 januari 2026"]
Q2_DATES = ["1 april 2026", "2026-05-04", "12 juni 2026", "20 maj 2026", "June 3, 2026"]
JOBS = ["Säljare", "Utvecklare", "Ekonom"]


def _cell_rows(country: str, key: str, n: int, s: int) -> Iterator[tuple[str, str, str, str]]:
    """(gender, country, recommendation, decision) for one cell of the table."""
    to_no = OVERRIDDEN_TO_NO if (country, key) == ("Sverige", "K") else 0
    to_yes = OVERRIDDEN_TO_YES if (country, key) == ("Sverige", "M") else 0
    for i in range(n):
        selected = i < s
        recommended = (selected and i >= to_yes) or (not selected and i - s < to_no)
        yield (
            GENDER[key],
            country,
            "Rekommenderad" if recommended else "Ej rekommenderad",
            "Ja" if selected else "Nej",
        )


def rows(table: dict[str, dict[str, tuple[int, int]]], dates: list[str]) -> list[list[str]]:
    """The export's rows (header not included), the first one a "Nej" not recommended."""
    cells = [
        row
        for country, by_gender in table.items()
        for key, (n, s) in by_gender.items()
        for row in _cell_rows(country, key, n, s)
    ]
    cells.sort(key=lambda r: (r[3] == "Ja", r[2] == "Rekommenderad"))  # "Ej rekommenderad" first
    out = []
    for i, (gender, country, ai, decision) in enumerate(cells):
        ident = f"K-{i + 1:05d}"
        out.append([ident, gender, country, JOBS[i % 3], dates[i % len(dates)], ai, decision])
    return out


def q1_rows() -> list[list[str]]:
    return rows(Q1, Q1_DATES)


def q2_rows() -> list[list[str]]:
    return rows({**Q1, **NEW_IN_Q2}, Q2_DATES)


def workbook(body: list[list[str]], quarter: int = 1) -> bytes:
    """The ATS workbook: an Info sheet first, then the candidates under a title row."""
    info = [["Export från rekryteringssystemet TalangPortalen"], ["Skapad 2 april 2026 av HR"]]
    candidates = [[f"Kandidatrapport kvartal {quarter} 2026"], [], HEADER, *body]
    return xlsx([("Info", info), ("Kandidater", candidates)])


def as_csv(body: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(body)
    return out.getvalue().encode("utf-8")


GROUPING_FILE = "värde,grupp\n" + "".join(
    f"{country},{region}\n"
    for country, region in {
        "Sverige": "Sverige",
        "Polen": "Europa utom Sverige",
        "Grekland": "Europa utom Sverige",
        "Bosnien-Hercegovina": "Europa utom Sverige",
        "Storbritannien": "Europa utom Sverige",
        "Syrien": "Utanför Europa",
        "Irak": "Utanför Europa",
        "Somalia": "Utanför Europa",
        "Iran": "Utanför Europa",
    }.items()
)
"""HR's own grouping of quarter 1's countries (the same three regions), as a CSV file."""

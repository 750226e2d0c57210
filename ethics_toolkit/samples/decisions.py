"""Deterministic generator of the fictional sample decision logs in ``sample_data/``.

The bias is injected by construction: the number of applicants and of selected applicants in every
gender x background cell is fixed below, then rows are shuffled with a fixed seed. The selection
rates documented in ``sample_data/README.md`` are therefore exact, and the audit tests assert them.
Only the standard library is used, and only operations whose results are identical on every
platform (``random.random`` and additions), so ``ethics-toolkit sample-data`` rewrites the committed
files byte for byte.
"""

from __future__ import annotations

import csv
import io
import random
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

SEED = 20261126

# (gender, background): (applicants, selected). Gender "" means not stated.
CELLS: dict[tuple[str, str], tuple[int, int]] = {
    ("Man", "Sweden"): (1440, 475),
    ("Man", "Europe"): (430, 129),
    ("Man", "Outside Europe"): (530, 117),
    ("Woman", "Sweden"): (1490, 432),
    ("Woman", "Europe"): (450, 117),
    ("Woman", "Outside Europe"): (540, 95),
    ("Non-binary", "Sweden"): (48, 12),
    ("Non-binary", "Europe"): (12, 3),
    ("Non-binary", "Outside Europe"): (20, 3),
    ("Not stated", "Sweden"): (12, 3),
    ("Not stated", "Europe"): (4, 1),
    ("Not stated", "Outside Europe"): (6, 1),
    ("", "Sweden"): (10, 3),
    ("", "Europe"): (4, 1),
    ("", "Outside Europe"): (4, 1),
}
AGE_BANDS = ("18-29", "30-44", "45-59", "60+")
# Ages are dealt in this repeating pattern within every cell and outcome, so age is (nearly)
# independent of the decision: an audit by age should find no adverse impact.
AGE_PATTERN = ("30-44", "18-29", "45-59", "30-44", "18-29", "30-44", "60+", "45-59", "30-44")
AGE_PATTERN += ("18-29",)
# Probability that an applicant is qualified (the ground truth of a later, human assessment).
# Qualified applicants with background outside Europe are more often missed by the tool.
QUALIFIED_IF_SELECTED = 0.80
QUALIFIED_IF_NOT_SELECTED = {"Sweden": 0.25, "Europe": 0.30, "Outside Europe": 0.40}

SV_GENDER = {
    "Man": "Man",
    "Woman": "Kvinna",
    "Non-binary": "Icke-binär",
    "Not stated": "Vill ej uppge",
    "": "",
}
SV_BACKGROUND = {"Sweden": "Sverige", "Europe": "Europa", "Outside Europe": "Utanför Europa"}
SV_HEADER = ("Sökande-ID", "Kön", "Bakgrund", "Åldersgrupp", "Poäng", "Urval", "Kvalificerad")
EN_HEADER = ("applicant_id", "gender", "background", "age_band", "score", "selected", "qualified")


@dataclass(frozen=True, slots=True)
class Applicant:
    applicant_id: str
    gender: str
    background: str
    age_band: str
    score: float
    selected: bool
    qualified: bool


def _score(rng: random.Random, selected: bool) -> float:
    """An Irwin-Hall draw (sum of four uniforms): bell-shaped and bit-identical everywhere."""
    spread = sum(rng.random() for _ in range(4)) - 2.0
    centre, width = (72.0, 14.0) if selected else (52.0, 18.0)
    return round(min(100.0, max(0.0, centre + width * spread)), 1)


def generate_applicants() -> list[Applicant]:
    """The 5,000 fictional applicants, in a fixed shuffled order."""
    rng = random.Random(SEED)
    drafts: list[tuple[str, str, bool, str]] = []
    for (gender, background), (applicants, selected) in CELLS.items():
        for outcome, count in ((True, selected), (False, applicants - selected)):
            drafts += [
                (gender, background, outcome, AGE_PATTERN[i % len(AGE_PATTERN)])
                for i in range(count)
            ]
    rng.shuffle(drafts)
    people = []
    for number, (gender, background, selected, age_band) in enumerate(drafts, start=1):
        p_qualified = QUALIFIED_IF_SELECTED if selected else QUALIFIED_IF_NOT_SELECTED[background]
        people.append(
            Applicant(
                applicant_id=f"A{number:05d}",
                gender=gender,
                background=background,
                age_band=age_band,
                score=_score(rng, selected),
                selected=selected,
                qualified=rng.random() < p_qualified,
            )
        )
    return people


def english_csv(people: Iterable[Applicant]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(EN_HEADER)
    for p in people:
        writer.writerow(
            [p.applicant_id, p.gender, p.background, p.age_band, f"{p.score:.1f}",
             int(p.selected), int(p.qualified)]
        )  # fmt: skip
    return out.getvalue()


def swedish_excel_csv(people: Iterable[Applicant]) -> bytes:
    """As Swedish Excel saves "CSV (semikolonavgränsad)": ``;``, decimal comma, cp1252, CRLF."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(SV_HEADER)
    yes_no = {True: "Ja", False: "Nej"}
    for p in people:
        writer.writerow(
            [p.applicant_id, SV_GENDER[p.gender], SV_BACKGROUND[p.background], p.age_band,
             f"{p.score:.1f}".replace(".", ","), yes_no[p.selected], yes_no[p.qualified]]
        )  # fmt: skip
    return out.getvalue().encode("cp1252")


def aggregated_csv(people: Iterable[Applicant]) -> str:
    """Per gender x background counts, as a vendor delivers them (not stated kept as written)."""
    applicants: Counter[tuple[str, str]] = Counter()
    selected: Counter[tuple[str, str]] = Counter()
    for p in people:
        applicants[p.gender, p.background] += 1
        selected[p.gender, p.background] += p.selected
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["gender", "background", "applicants", "selected"])
    for key in CELLS:
        writer.writerow([*key, applicants[key], selected[key]])
    return out.getvalue()


def _rate_table(people: list[Applicant], key: str, title: str) -> list[str]:
    n: Counter[str] = Counter()
    s: Counter[str] = Counter()
    for p in people:
        value = getattr(p, key) if isinstance(key, str) else key(p)
        n[value] += 1
        s[value] += p.selected
    known = {k: s[k] / n[k] for k in n if k not in ("", "Not stated")}
    best = max((k for k in known if n[k] >= 0.02 * sum(n[v] for v in known)), key=known.get)
    lines = [
        f"### {title}",
        "",
        "| value | applicants | selected | selection rate | impact ratio |",
    ]
    lines.append("| --- | ---: | ---: | ---: | ---: |")
    for value in sorted(n, key=lambda v: (v in ("", "Not stated"), v)):
        label = value or "(empty: not stated)"
        rate = s[value] / n[value]
        ratio = f"{rate / known[best]:.4f}" if value in known else "unknown, not in ratios"
        lines.append(f"| {label} | {n[value]} | {s[value]} | {rate:.4f} | {ratio} |")
    return [*lines, ""]


def readme(people: list[Applicant]) -> str:
    def intersection(p: Applicant) -> str:
        return f"{p.gender or '(empty)'} x {p.background}"

    intersections: Counter[str] = Counter()
    inter_sel: Counter[str] = Counter()
    for p in people:
        if p.gender not in ("", "Not stated"):
            intersections[intersection(p)] += 1
            inter_sel[intersection(p)] += p.selected
    qualified_missed: Counter[str] = Counter()
    qualified_all: Counter[str] = Counter()
    for p in people:
        if p.qualified:
            qualified_all[p.background] += 1
            qualified_missed[p.background] += not p.selected
    parts = [
        "# Sample data (fictional)",
        "",
        "Generated by `ethics-toolkit sample-data` (`ethics_toolkit/samples/decisions.py`, seed "
        f"{SEED}); do not edit by hand. Every person here is invented. The files show what the "
        "toolkit expects and contain a bias that was injected on purpose, so an audit has "
        "something to find.",
        "",
        "## Files",
        "",
        "- `recruitment_decisions.csv`: 5,000 applicants screened by a fictional CV-screening "
        "tool, UTF-8, `,`-separated. Columns: `applicant_id`; `gender` (Woman, Man, Non-binary, "
        "`Not stated`, or empty); `background` by country of birth (Sweden, Europe, Outside "
        "Europe); `age_band`; `score` (0-100, the tool's score, one decimal); `selected` "
        "(1 = invited to interview); `qualified` (1 = judged qualified in a later human "
        "assessment; the ground truth for error rates).",
        "- `rekrytering_excel_export.csv`: the same 5,000 rows as a Swedish Excel export saves "
        "them: `;` separator, decimal comma in `Poäng`, Windows-1252 encoding, CRLF line ends, "
        "Swedish headers (`Sökande-ID;Kön;Bakgrund;Åldersgrupp;Poäng;Urval;Kvalificerad`) and "
        "values (`Kön`: Kvinna/Man/Icke-binär/Vill ej uppge/empty; `Bakgrund`: Sverige/Europa/"
        "Utanför Europa; `Urval` and `Kvalificerad`: Ja/Nej). An audit of it gives the same "
        "figures as the English file.",
        "- `aggregated_counts.csv`: applicants and selected per gender x background, as a "
        "vendor often delivers them (columns `gender, background, applicants, selected`). It "
        "gives the same gender and background figures as the row-level file.",
        "",
        "## The injected bias",
        "",
        "The number of applicants and selected applicants in each gender x background cell is "
        "fixed in the generator, so these rates are exact:",
        "",
        "- applicants with background **outside Europe** are selected at clearly lower rates "
        "(impact ratio about 0.64 against Sweden: adverse impact);",
        "- **women** are selected somewhat less often than men (impact ratio about 0.86: below "
        "parity, above four-fifths, yet statistically significant);",
        "- a small **non-binary** group (80 people, 1.6 %: a small group under 2 %);",
        "- 40 rows with gender **not stated** (22 written `Not stated`, 18 empty): unknown;",
        "- qualified applicants with background outside Europe are more often missed "
        "(a lower true positive rate);",
        "- age bands are dealt evenly within every cell, so age is independent of the decision.",
        "",
        "## Exact selection rates",
        "",
        "Impact ratio = rate / rate of the reference group (the highest rate among groups with "
        "at least 2 % of the known rows). Not-stated rows are left out of the ratios.",
        "",
        *_rate_table(people, "gender", "By gender"),
        *_rate_table(people, "background", "By background"),
        *_rate_table(people, "age_band", "By age band"),
        "### Gender x background (known gender only)",
        "",
        "| cell | applicants | selected | selection rate |",
        "| --- | ---: | ---: | ---: |",
    ]
    for cell in sorted(intersections):
        parts.append(
            f"| {cell} | {intersections[cell]} | {inter_sel[cell]} | "
            f"{inter_sel[cell] / intersections[cell]:.4f} |"
        )
    parts += [
        "",
        "### Qualified applicants who were not selected (by background)",
        "",
        "| background | qualified | not selected | true positive rate |",
        "| --- | ---: | ---: | ---: |",
    ]
    for bg in sorted(qualified_all):
        tpr = 1 - qualified_missed[bg] / qualified_all[bg]
        parts.append(f"| {bg} | {qualified_all[bg]} | {qualified_missed[bg]} | {tpr:.4f} |")
    parts += ["", *job_readme()]
    return "\n".join(parts).rstrip("\n") + "\n"


# Issue 10: a log whose pooled and within-job answers differ (Simpson's paradox). Per job:
# (women from Sweden, women from outside Europe, men from Sweden, men from outside Europe) and
# the selection rates of applicants from Sweden and from outside Europe, the same for women and
# men. Within every job women and men have the same background mix, so they are selected equally
# often; women apply mostly to the selective jobs, so pooled they fare far worse. Applicants from
# outside Europe are selected less often in every job but apply mostly to the less selective
# ones, so pooled they pass the four-fifths rule.
JOB_SEED = SEED + 10
JOB_CELLS: dict[str, tuple[tuple[int, int, int, int], tuple[str, str]]] = {
    "REQ-1041 Software developer": ((300, 100, 150, 50), ("0.12", "0.08")),
    "REQ-1042 Data analyst": ((200, 80, 100, 40), ("0.20", "0.15")),
    "REQ-2031 Customer service": ((100, 60, 200, 120), ("0.50", "0.40")),
    "REQ-2032 Warehouse": ((75, 50, 225, 150), ("0.60", "0.48")),
}
JOB_HEADER = ("applicant_id", "requisition", "gender", "background", "selected")
_JOB_GROUPS = (("Woman", "Sweden"), ("Woman", "Outside Europe"), ("Man", "Sweden"))
_JOB_GROUPS += (("Man", "Outside Europe"),)


def job_cells() -> dict[tuple[str, str, str], tuple[int, int]]:
    """(requisition, gender, background) -> (applicants, selected), exact by construction."""
    from fractions import Fraction

    cells = {}
    for job, (sizes, rates) in JOB_CELLS.items():
        for (gender, background), n in zip(_JOB_GROUPS, sizes, strict=True):
            selected = n * Fraction(rates[0] if background == "Sweden" else rates[1])
            assert selected.denominator == 1, "the generator's counts must be whole"
            cells[job, gender, background] = (n, int(selected))
    return cells


def job_csv() -> str:
    """The job log's rows in a fixed shuffled order."""
    rows = []
    for (job, gender, background), (n, selected) in job_cells().items():
        rows += [(job, gender, background, int(i < selected)) for i in range(n)]
    random.Random(JOB_SEED).shuffle(rows)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(JOB_HEADER)
    for number, row in enumerate(rows, start=1):
        writer.writerow([f"J{number:05d}", *row])
    return out.getvalue()


def _mantel_haenszel(tables: list[tuple[int, int, int, int]]) -> tuple[float, float]:
    """MH odds ratio and CMH p (no continuity correction) of (a, b, c, d) tables, stdlib only."""
    import math

    num = den = diff = var = 0.0
    for a, b, c, d in tables:
        n = a + b + c + d
        num += a * d / n
        den += b * c / n
        diff += a - (a + b) * (a + c) / n
        var += (a + b) * (c + d) * (a + c) * (b + d) / (n * n * (n - 1))
    return num / den, math.erfc(math.sqrt(diff * diff / var / 2))


def job_readme() -> list[str]:
    """The README section of the job log, with its exact figures."""
    cells = job_cells()
    lines = [
        "## Pooled and within-job answers differ (Simpson's paradox)",
        "",
        f"`recruitment_by_job.csv`: {sum(n for n, _ in cells.values()):,} fictional applicants "
        "to four jobs (UTF-8, `,`-separated; columns `applicant_id`, `requisition`, `gender`, "
        "`background`, `selected` with 1 = selected). Within every job women and men are "
        "selected equally often, but women apply mostly to the two selective jobs, so pooled "
        "over all jobs their rate is far lower. Applicants from outside Europe are selected "
        "less often than applicants from Sweden in every job, but apply mostly to the less "
        "selective jobs, so pooled they pass the four-fifths rule. Audit it with "
        "`--stratify requisition` to see both.",
        "",
        "| requisition | gender | background | applicants | selected | selection rate |",
        "| --- | --- | --- | ---: | ---: | ---: |",
    ]
    for (job, gender, background), (n, s) in cells.items():
        lines.append(f"| {job} | {gender} | {background} | {n} | {s} | {s / n:.4f} |")
    lines.append("")
    for attribute, index, group, reference in (
        ("gender", 1, "Woman", "Man"),
        ("background", 2, "Outside Europe", "Sweden"),
    ):
        totals = {group: [0, 0], reference: [0, 0]}
        tables = []
        for job in JOB_CELLS:
            per_job = {group: [0, 0], reference: [0, 0]}
            for key, (n, s) in cells.items():
                if key[0] == job:
                    per_job[key[index]][0] += n
                    per_job[key[index]][1] += s
                    totals[key[index]][0] += n
                    totals[key[index]][1] += s
            (n_g, s_g), (n_r, s_r) = per_job[group], per_job[reference]
            tables.append((s_g, n_g - s_g, s_r, n_r - s_r))
        (n_g, s_g), (n_r, s_r) = totals[group], totals[reference]
        odds, p = _mantel_haenszel(tables)
        lines.append(
            f"- By {attribute}: pooled, {group} {s_g} of {n_g} ({s_g / n_g:.4f}) against "
            f"{reference} {s_r} of {n_r} ({s_r / n_r:.4f}), impact ratio "
            f"{s_g * n_r / (n_g * s_r):.4f}; within the jobs, Mantel-Haenszel odds ratio "
            f"{odds:.4f}, CMH p = {p:.2g}."
        )
    return [*lines, ""]


def sample_files() -> dict[str, bytes]:
    from ethics_toolkit.samples.paired import paired_readme
    from ethics_toolkit.samples.periods import period_files, period_readme
    from ethics_toolkit.samples.process import process_files, process_readme

    people = generate_applicants()
    return {
        "recruitment_decisions.csv": english_csv(people).encode("utf-8"),
        "rekrytering_excel_export.csv": swedish_excel_csv(people),
        "aggregated_counts.csv": aggregated_csv(people).encode("utf-8"),
        "recruitment_by_job.csv": job_csv().encode("utf-8"),
        **process_files(),  # issue 11: the decision-process log
        **period_files(),  # issue 15: a gap that opens in the last quarter
        "README.md": (
            readme(people) + process_readme() + period_readme() + paired_readme()  # issue 24
        ).encode("utf-8"),
    }


def write_sample_files(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content in sample_files().items():
        path = folder / name
        path.write_bytes(content)
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in write_sample_files(Path("sample_data")):
        print(written_path)

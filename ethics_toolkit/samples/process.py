"""Deterministic generator of the fictional log `sample_data/decision_process.csv` (issue 11).

The tool's recommendation next to the recruiter's decision, the furthest stage reached
and a postcode area that stands in for background. As in :mod:`ethics_toolkit.samples.decisions` the
figures are fixed by construction (counts per cell below), rows are dealt in fixed patterns and
shuffled with a fixed seed using only ``random.random``-based operations, so the file and the
figures in its README section are identical on every platform.

The story the log tells (every number exact, see :func:`readme_section`):

- the tool recommends applicants with background outside Europe less often (25 % vs 40 %);
- recruiters follow the tool in 97.25 % of cases: in practice the tool decides (GDPR Art. 22);
- where they deviate, they lower outside-Europe applicants more often, so they amplify the gap;
- the final decision is the screening decision (yes = invited to interview), so the funnel's gap
  arises at the interview stage, and screening, offer and hiring treat the groups alike;
- ``postcode_area`` goes strongly with background and with the decision (a proxy), while
  ``years_experience`` goes with neither.
"""

from __future__ import annotations

import csv
import io
import math
import random
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

SEED = 20261111
FILE_NAME = "decision_process.csv"
HEADER = (
    "applicant_id",
    "gender",
    "background",
    "postcode_area",
    "years_experience",
    "ai_recommendation",
    "final_decision",
    "furthest_stage",
)
STAGES = ("applied", "screened", "interview", "offer", "hired")
# background -> (a: tool yes & person yes, b: tool no -> yes, c: tool yes -> no, d: both no)
PAIRS: dict[str, tuple[int, int, int, int]] = {
    "Sweden": (470, 10, 10, 710),
    "Outside Europe": (170, 5, 30, 595),
}
# background -> furthest stage counts; "interview" or later is exactly a final "yes".
FURTHEST: dict[str, dict[str, int]] = {
    "Sweden": {"applied": 120, "screened": 600, "interview": 240, "offer": 60, "hired": 180},
    "Outside Europe": {"applied": 80, "screened": 545, "interview": 91, "offer": 21, "hired": 63},
}
# (background, final decision) -> postcode area counts: the area stands in for background and
# goes with the decision.
AREAS: dict[tuple[str, bool], dict[str, int]] = {
    ("Sweden", True): {"Centrum": 300, "Norr": 150, "Söder": 30},
    ("Sweden", False): {"Centrum": 300, "Norr": 330, "Söder": 90},
    ("Outside Europe", True): {"Centrum": 35, "Norr": 70, "Söder": 70},
    ("Outside Europe", False): {"Centrum": 45, "Norr": 170, "Söder": 410},
}
GENDERS = ("Woman", "Man")
YEARS = tuple(range(21))  # 0-20 years, dealt in the same cycle in every cell: no association


@dataclass(frozen=True, slots=True)
class ProcessRow:
    applicant_id: str
    gender: str
    background: str
    postcode_area: str
    years_experience: int
    ai_recommendation: bool
    final_decision: bool
    furthest_stage: str


def _expand(counts: dict[str, int]) -> list[str]:
    return [value for value, k in counts.items() for _ in range(k)]


def _cell(rng: random.Random, background: str, final: bool) -> list[tuple]:
    """The rows of one (background, final decision) cell: each column dealt, then shuffled."""
    a, b, c, d = PAIRS[background]
    ai = [True] * (a if final else c) + [False] * (b if final else d)
    stages = [s for s in _expand(FURTHEST[background]) if (STAGES.index(s) >= 2) == final]
    areas = _expand(AREAS[background, final])
    assert len(ai) == len(stages) == len(areas), (background, final)
    for column in (ai, stages, areas):
        rng.shuffle(column)
    genders = [GENDERS[i % 2] for i in range(len(ai))]
    years = [YEARS[i % len(YEARS)] for i in range(len(ai))]
    return list(zip(genders, areas, years, ai, stages, strict=True))


def generate_process_log() -> list[ProcessRow]:
    """The 2,000 fictional applicants of the decision-process log, in a fixed shuffled order."""
    rng = random.Random(SEED)
    drafts = []
    for background in PAIRS:
        for final in (True, False):
            for gender, area, years, ai, stage in _cell(rng, background, final):
                drafts.append((gender, background, area, years, ai, final, stage))
    rng.shuffle(drafts)
    return [ProcessRow(f"P{number:05d}", *draft) for number, draft in enumerate(drafts, start=1)]


def process_csv(rows: Iterable[ProcessRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    yes_no = {True: "yes", False: "no"}
    for r in rows:
        writer.writerow(
            [r.applicant_id, r.gender, r.background, r.postcode_area, r.years_experience,
             yes_no[r.ai_recommendation], yes_no[r.final_decision], r.furthest_stage]
        )  # fmt: skip
    return out.getvalue()


def cramers_v(pairs: Sequence[tuple[str, str]]) -> float:
    """Cramér's V of two categorical columns, in plain Python (an independent check)."""
    n = len(pairs)
    joint = Counter(pairs)
    rows = Counter(x for x, _ in pairs)
    cols = Counter(y for _, y in pairs)
    chi2 = sum(
        (joint[x, y] - rows[x] * cols[y] / n) ** 2 / (rows[x] * cols[y] / n)
        for x in rows
        for y in cols
    )
    return math.sqrt(chi2 / (n * (min(len(rows), len(cols)) - 1)))


def _ratio(value: float) -> str:
    return f"{value:.4f}"


def readme_section(rows: list[ProcessRow]) -> list[str]:
    """The README lines of the decision-process log, every figure counted from ``rows``."""
    lines = [
        "",
        "## The decision-process log (issue 11)",
        "",
        f"- `{FILE_NAME}`: 2,000 applicants screened with a fictional CV tool whose "
        "recommendation a recruiter confirms or changes. UTF-8, `,`-separated. Columns: "
        "`applicant_id`; `gender` (Woman, Man); `background` (Sweden, Outside Europe); "
        "`postcode_area` (Centrum, Norr, Söder); `years_experience` (0-20); `ai_recommendation` "
        "(yes/no: the tool); `final_decision` (yes/no: the recruiter's screening decision, yes = "
        "invited to interview); `furthest_stage` (applied, screened, interview, offer, hired).",
        "",
        "```",
        "ethics-toolkit audit sample_data/decision_process.csv --outcome final_decision \\",
        "  --sensitive gender --sensitive background --recommendation ai_recommendation \\",
        "  --stage furthest_stage --stages applied,screened,interview,offer,hired \\",
        "  --features postcode_area,years_experience",
        "```",
        "",
        "### Human oversight (by background)",
        "",
        "Overridden to yes: the tool said no, the recruiter yes; to no: the reverse. Ratios "
        "against Sweden, the reference group of the final decision.",
        "",
        "| background | n | tool yes | tool rate | final yes | final rate | agreement | to yes "
        "| to no | tool ratio | final ratio |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    figures = {}
    for background in PAIRS:
        group = [r for r in rows if r.background == background]
        n = len(group)
        ai = sum(r.ai_recommendation for r in group)
        final = sum(r.final_decision for r in group)
        to_yes = sum(r.final_decision and not r.ai_recommendation for r in group)
        to_no = sum(r.ai_recommendation and not r.final_decision for r in group)
        figures[background] = (n, ai, final, to_yes, to_no)
    ref_n, ref_ai, ref_final, _, _ = figures["Sweden"]
    for background, (n, ai, final, to_yes, to_no) in figures.items():
        lines.append(
            f"| {background} | {n} | {ai} | {_ratio(ai / n)} | {final} | {_ratio(final / n)} | "
            f"{_ratio(1 - (to_yes + to_no) / n)} | {to_yes} | {to_no} | "
            f"{_ratio((ai / n) / (ref_ai / ref_n))} | {_ratio((final / n) / (ref_final / ref_n))} |"
        )
    changed = sum(f[3] + f[4] for f in figures.values())
    lines += [
        "",
        f"Agreement over all {len(rows)} applicants: {len(rows) - changed} of {len(rows)} = "
        f"{_ratio(1 - changed / len(rows))} (at least 0.95: in practice the tool decides, GDPR "
        "Art. 22). Recruiters lowered outside-Europe applicants more often than they raised "
        "them, so the impact ratio falls from the tool's 0.6250 to 0.5469 in the final "
        "decisions: people amplified the tool's disparity.",
        "",
        "### Selection funnel (by background)",
        "",
        "Entered = reached the previous stage or later; passed = reached this stage or later. "
        "The reference group of each step is the one with the highest pass rate (Sweden at "
        "every step here, as ties go to the larger group).",
        "",
        "| step to | background | entered | passed | pass rate | impact ratio |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    for k in range(1, len(STAGES)):
        rates = {}
        for background in PAIRS:
            reached = [STAGES.index(r.furthest_stage) for r in rows if r.background == background]
            entered = sum(i >= k - 1 for i in reached)
            passed = sum(i >= k for i in reached)
            rates[background] = (entered, passed, passed / entered)
        for background, (entered, passed, rate) in rates.items():
            ratio = rate / rates["Sweden"][2]
            lines.append(
                f"| {STAGES[k]} | {background} | {entered} | {passed} | {_ratio(rate)} | "
                f"{_ratio(ratio)} |"
            )
    lines += [
        "",
        "The gap arises at the interview stage (the screening decision); screening, offer and "
        "hiring treat the groups alike.",
        "",
        "### What drives the decisions (Cramér's V)",
        "",
        "| column | with the decision | with background | with gender |",
        "| --- | ---: | ---: | ---: |",
    ]
    decision = [("yes" if r.final_decision else "no") for r in rows]
    area = [r.postcode_area for r in rows]
    lines.append(
        f"| postcode_area | {_ratio(cramers_v(list(zip(area, decision, strict=True))))} | "
        f"{_ratio(cramers_v([(r.postcode_area, r.background) for r in rows]))} | "
        f"{_ratio(cramers_v([(r.postcode_area, r.gender) for r in rows]))} |"
    )
    lines += [
        "",
        "`postcode_area` is flagged as a possible stand-in for background (V >= 0.3 with "
        "background and >= 0.1 with the decision). `years_experience` (21 values, binned into "
        "quintiles) is dealt in the same cycle in every cell, so it goes with neither.",
    ]
    return lines


def process_files() -> dict[str, bytes]:
    """The decision-process log, for :func:`ethics_toolkit.samples.decisions.sample_files`."""
    return {FILE_NAME: process_csv(generate_process_log()).encode("utf-8")}


def process_readme() -> str:
    """The README section of the decision-process log, appended to ``sample_data/README.md``."""
    return "\n".join(readme_section(generate_process_log())) + "\n"

"""Sample job profiles for a paired test, and simulated tools that answer a test set (issue 24).

The simulated tools stand in for a vendor's screening tool: each answers every CV of a manifest
with a score and a decision. A CV's score is its base CV's quality (the same for every variant of
one base CV) plus a little noise of its own, plus the tool's built-in bias:

- ``unbiased``: no bias at all;
- ``origin_penalty``: subtracts :data:`ORIGIN_PENALTY` points from every CV with a non-European
  name (a tool that learned from biased past hiring);
- ``gender_threshold``: scores without bias, but selects women only from
  :data:`WOMEN_THRESHOLD` points and men from :data:`THRESHOLD` (a bias in the decision rule).

Every tool selects a CV when its score reaches its threshold. Only ``random.random()`` and
additions are used, so the committed answers are the same bytes on every platform. The tools work
on manifest rows as plain mappings, so this module needs nothing but the standard library.
"""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Iterable, Mapping
from typing import Literal

Tool = Literal["unbiased", "origin_penalty", "gender_threshold"]
TOOLS: tuple[Tool, ...] = ("unbiased", "origin_penalty", "gender_threshold")
QUALITY_LOW, QUALITY_SPREAD = 42.0, 36.0
NOISE_SCALE = 5.0
"""The noise is ``NOISE_SCALE * (u1 + u2 + u3 + u4 - 2)``: mean 0, SD about 2.9 points."""
ORIGIN_PENALTY = 6.0
THRESHOLD = 60.0
WOMEN_THRESHOLD = 68.0

EKONOMIASSISTENT_FILE = "job_profile_ekonomiassistent.yaml"
ACCOUNTANT_FILE = "job_profile_accountant_en.yaml"
ANSWERS_NAME = "paired_answers_talentscreen.csv"
SAMPLE_CVS = 24
SAMPLE_SEED = 2031
SAMPLE_ATTRIBUTES = ("gender", "origin")
SAMPLE_TOOL: Tool = "origin_penalty"
ANSWER_HEADER = ("Fil", "Poäng", "Beslut")
YES, NO = "Ja", "Nej"

EKONOMIASSISTENT_YAML = """\
# Fiktiv jobbprofil för ett parat test av ett urvalsverktyg (ethics-toolkit paired make).
# Bara title och requirements krävs; resten gör CV:na mer verklighetstrogna.
language: sv
title: Ekonomiassistent
employer: Exempelkommunen
sector: Offentlig förvaltning
location: Örebro
reference_year: 2026
requirements:
  - Gymnasieexamen med ekonomisk inriktning eller motsvarande
  - Minst två års erfarenhet av leverantörs- och kundreskontra
  - Vana vid ekonomisystem
  - Goda kunskaper i Excel
  - God förmåga att uttrycka dig i tal och skrift på svenska
skills:
  - leverantörsreskontra
  - kundreskontra
  - fakturering
  - momsredovisning
  - bokslutsarbete
  - Excel
education:
  - Ekonomprogrammet, 180 högskolepoäng
  - Yrkeshögskoleexamen, redovisningsekonom
previous_titles:
  - Ekonomiassistent
  - Redovisningsassistent
  - Löneadministratör
  - Kundtjänstmedarbetare
"""
ACCOUNTANT_YAML = """\
# A fictional job profile for a paired test of a screening tool (ethics-toolkit paired make).
# Only title and requirements are needed; the rest makes the CVs more realistic.
language: en
title: Accountant
employer: Example Logistics AB
sector: Logistics
location: Gothenburg
reference_year: 2026
requirements:
  - A degree in accounting or business administration
  - At least three years of experience with month-end closing
  - Experience of ERP systems
  - Advanced Excel skills
  - Fluent English; Swedish is an advantage
skills:
  - month-end closing
  - VAT reporting
  - accounts payable
  - accounts receivable
  - budgeting
  - Excel
education:
  - BSc in Business Administration, 180 ECTS credits
  - Higher vocational diploma in accounting
previous_titles:
  - Accountant
  - Accounting assistant
  - Payroll administrator
  - Financial controller
"""


def _uniform_sum(rng: random.Random, n: int = 4) -> float:
    return sum(rng.random() for _ in range(n)) - n / 2


def score_of(row: Mapping[str, str], tool: Tool, *, seed: int) -> float:
    """The simulated score of one CV (one decimal, as exports show it)."""
    quality = QUALITY_LOW + QUALITY_SPREAD * random.Random(f"{seed}:{row['base_id']}").random()
    noise = NOISE_SCALE * _uniform_sum(random.Random(f"{seed}:{row['cv_id']}"))
    biased = tool == "origin_penalty" and row.get("origin") == "non_european"
    penalty = ORIGIN_PENALTY if biased else 0.0
    return round(quality + noise - penalty, 1)


def selected(row: Mapping[str, str], score: float, tool: Tool) -> bool:
    biased = tool == "gender_threshold" and row.get("gender") == "woman"
    threshold = WOMEN_THRESHOLD if biased else THRESHOLD
    return score >= threshold


def simulate(
    rows: Iterable[Mapping[str, str]], tool: Tool, *, seed: int = SAMPLE_SEED
) -> list[tuple[str, float, bool]]:
    """``(file name, score, selected)`` for every CV, sorted by file name (as a tool lists them)."""
    answers = []
    for row in rows:
        score = score_of(row, tool, seed=seed)
        answers.append((row["file"].rsplit("/", 1)[-1], score, selected(row, score, tool)))
    return sorted(answers)


def answers_csv(answers: Iterable[tuple[str, float, bool]]) -> bytes:
    """The answers as a Swedish export: semicolons, decimal comma, Ja/Nej, UTF-8 with BOM."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(ANSWER_HEADER)
    for file, score, chosen in answers:
        writer.writerow((file, f"{score:.1f}".replace(".", ","), YES if chosen else NO))
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def profile_files() -> dict[str, bytes]:
    return {
        EKONOMIASSISTENT_FILE: EKONOMIASSISTENT_YAML.encode("utf-8"),
        ACCOUNTANT_FILE: ACCOUNTANT_YAML.encode("utf-8"),
    }


def paired_readme() -> str:
    """The sample-data README's section on the paired test files."""
    fil, poang, beslut = ANSWER_HEADER
    options = f"--cvs {SAMPLE_CVS} --attributes {','.join(SAMPLE_ATTRIBUTES)} --seed {SAMPLE_SEED}"
    low, high = QUALITY_LOW, QUALITY_LOW + QUALITY_SPREAD
    return f"""
## Paired CV test: job profiles and a simulated tool's answers (issue 24)

- `{EKONOMIASSISTENT_FILE}` and `{ACCOUNTANT_FILE}`: fictional job
  profiles (Swedish and English) to make a paired test set from
  (`ethics-toolkit paired make --profile ...`).
- `{ANSWERS_NAME}`: the answers of a simulated screening tool to the set
  made from the Swedish profile with `{options}`
  ({SAMPLE_CVS * 4} CVs), as a Swedish export with semicolons: one row per CV file (`{fil}`),
  its score (`{poang}`, decimal comma) and its decision (`{beslut}`: `{YES}` from {THRESHOLD:.0f}
  points, otherwise `{NO}`).

The simulated tool scores each CV by its base CV's quality (uniform between {low:.0f} and
{high:.0f}) plus noise of its own (mean 0, SD about 2.9 points), and **subtracts
{ORIGIN_PENALTY:.0f} points from every CV with a non-European name**. It has no gender bias.
`ethics-toolkit paired analyse` finds exactly that: a significant origin contrast with a mean
difference close to -{ORIGIN_PENALTY:.0f} points, and no gender difference.
"""

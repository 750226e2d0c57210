"""The decision process in the PDF and the executive summary (issue 11); small cells suppressed."""

from __future__ import annotations

import pandas as pd
import pytest

from ethics_toolkit.engine.audit import audit_frame, audit_source
from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.engine.spec import AuditSpec
from ethics_toolkit.i18n import prose
from ethics_toolkit.register.status.texts import text as status_text
from ethics_toolkit.report import build_audit_report
from ethics_toolkit.report.sections.process import _funnel_rows, _oversight_rows
from ethics_toolkit.report.summary import summary
from ethics_toolkit.report.texts import text
from ethics_toolkit.samples.process import FILE_NAME, STAGES
from tests.conftest import SAMPLE_DATA
from tests.report.conftest import page_texts

SPEC = AuditSpec(
    outcome="final_decision",
    sensitive=["gender", "background"],
    recommendation="ai_recommendation",
    stage="furthest_stage",
    stages=list(STAGES),
    features=["postcode_area", "years_experience"],
)


@pytest.fixture(scope="module")
def process_result() -> AuditResult:
    return audit_source(SAMPLE_DATA / FILE_NAME, SPEC)


@pytest.fixture(scope="module")
def process_pdfs(process_result: AuditResult) -> dict[str, str]:
    return {
        lang: " ".join(page_texts(build_audit_report(process_result, lang=lang)))
        for lang in ("sv", "en")
    }


@pytest.mark.parametrize(
    ("lang", "phrases"),
    [
        (
            "en",
            [
                "Human oversight: the tool's recommendation and the final decision",
                "People followed the tool in 97% of cases (1,945 of 2,000): in practice the tool "
                "decides",
                "Outside Europe 800 25.0% 21.9% 95.6% 5 30 0.62 0.55",
                "People amplified the tool's disparity for applicants with background",
                "The gap arises at the interview stage; the steps to screened, offer and hired "
                "treat the groups alike.",
                "interview Outside Europe 720 175 24.3% 0.55",
                "What drives the decisions",
                "postcode_area 0.28 0.02 0.57 Yes",
                "McNemar's discordant pairs",
                "binned into quintiles",
            ],
        ),
        (
            "sv",
            [
                "Mänsklig tillsyn: verktygets rekommendation och det slutliga beslutet",
                "Människorna följde verktyget i 97 % av fallen (1 945 av 2 000)",
                "Outside Europe 800 25,0 % 21,9 % 95,6 % 5 30 0,62 0,55",
                "Skillnaden uppstår vid steget till interview",
                "postcode_area 0,28 0,02 0,57 Ja",
                "McNemars diskordanta par",
            ],
        ),
    ],
)
def test_the_three_sections_in_the_pdf(process_pdfs, lang: str, phrases: list[str]) -> None:
    body = process_pdfs[lang]
    for phrase in phrases:
        assert phrase in body, phrase


def test_the_method_explains_all_three(process_pdfs) -> None:
    for paragraph in prose.paragraphs("report_process_method", "en"):
        start = paragraph.split("**")[2].strip()[:40]
        assert start in process_pdfs["en"]


def test_a_plain_audit_has_none_of_it(audit_pdfs) -> None:
    body = " ".join(page_texts(audit_pdfs["en"]))
    assert text("proc.oversight", "en") not in body and "McNemar" not in body


def test_the_summary_names_the_stage_and_the_oversight_finding(
    process_result: AuditResult,
) -> None:
    data = summary(process_result, "en")
    assert data.status == "red"
    assert (
        "Decisions followed the tool's recommendation in 97.2% of 2,000 cases; people changed 55."
        in data.findings
    )
    assert any("The gap arises at the interview stage" in f for f in data.findings)
    assert any(f.startswith("People amplified the tool's disparity for Outside Europe") for f in
               data.findings)  # fmt: skip
    assert any("in practice the tool decides (GDPR Art. 22)" in r for r in data.reasons)
    assert status_text("dec.tool_decides", "en") in data.decisions
    assert any("postcode_area" in r for r in data.reasons)
    assert len(data.findings) == 6
    sv = summary(process_result, "sv")
    assert any("Skillnaden uppstår vid steget till interview" in f for f in sv.findings)


def small_oversight() -> AuditResult:
    """Group B: 8 applicants, so its rates are suppressed; A has only 3 changes to yes."""
    rows = [("A", "yes", 1)] * 40 + [("A", "no", 1)] * 3 + [("A", "yes", 0)] * 6
    rows += [("A", "no", 0)] * 51 + [("B", "yes", 1)] * 2 + [("B", "no", 0)] * 6
    frame = pd.DataFrame(rows, columns=["g", "ai", "final"])
    spec = AuditSpec(outcome="final", sensitive=["g"], recommendation="ai",
                     recommendation_positives=["yes"])  # fmt: skip
    return audit_frame(frame, spec)


def test_small_cells_in_the_oversight_table_are_suppressed() -> None:
    result = small_oversight()
    analysis = result.analyses[0]
    assert analysis.oversight is not None
    rows, hidden = _oversight_rows(analysis.oversight, analysis.reference_group, 5, "en")
    a, b = rows
    # A: 100 applicants, 46 recommended, 43 selected, 3 changed to yes (< 5), 6 to no.
    assert a == ["A", "100", "46.0%", "43.0%", "–", "< 5", "6", "1.00", "1.00", "–"]
    # B: 8 applicants, 2 recommended and selected: every rate and ratio is hidden.
    assert b == ["B", "8", "–", "–", "–", "< 5", "< 5", "–", "–", "–"]
    assert hidden == [False, True]


def test_small_cells_in_the_funnel_are_suppressed() -> None:
    furthest = {"A": {"a": 20, "b": 40, "c": 40}, "B": {"a": 3, "b": 4, "c": 3}}
    rows = [(g, stage) for g, counts in furthest.items() for stage, k in counts.items()
            for _ in range(k)]  # fmt: skip
    frame = pd.DataFrame(rows, columns=["g", "stage"])
    result = audit_frame(frame, AuditSpec(sensitive=["g"], stage="stage", stages=["a", "b", "c"]))
    steps = result.analyses[0].funnel
    assert steps is not None
    step_rows, any_hidden = _funnel_rows(steps[0], 5, "en")
    assert step_rows[0][:6] == ["b", "A", "100", "80", "80.0%", "1.00"]
    # B: 10 entered, 7 passed, 3 did not: the rate and ratio are hidden, the count too.
    assert step_rows[1][:7] == ["b", "B", "10", "–", "–", "–", "–"]
    assert any_hidden
    body = " ".join(page_texts(build_audit_report(result, lang="en")))
    assert "The step to b: some groups are too small to state conclusions in words." in body

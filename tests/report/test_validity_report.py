"""Issue 10 in the PDF: verdict table with ratio intervals, chart markers and legend, the
within-job comparison, and every statistical method named with a reference."""

from __future__ import annotations

import pytest
from reportlab.graphics.shapes import Circle, Polygon

from ethics_toolkit.engine.audit import audit_source
from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.engine.spec import AuditSpec
from ethics_toolkit.report import build_audit_report
from ethics_toolkit.report.charts import Bar, selection_rate_chart, verdict_legend
from ethics_toolkit.report.sections.validity import legend_labels
from ethics_toolkit.samples.decisions import sample_files
from tests.report.conftest import page_texts

METHODS = {
    "en": ["Wilson score interval", "Katz log interval", "Fisher's exact test", "Holm's method",
           "Smallest detectable ratio", "Cohen's h", "NormalIndPower",
           "Cochran–Mantel–Haenszel test", "Mantel–Haenszel odds ratio", "Breslow–Day test",
           "Holm 1979", "Mantel and Haenszel 1959", "Robins et al. 1986", "Breslow and Day 1980"],
    "sv": ["Wilsons intervall", "Katz logaritmiska intervall", "Fishers exakta test",
           "Holms metod", "Minsta upptäckbara kvot", "Cohens h", "Cochran–Mantel–Haenszels test",
           "Mantel–Haenszels oddskvot", "Breslow–Days test"],
}  # fmt: skip


@pytest.fixture(scope="module")
def job_result() -> AuditResult:
    spec = AuditSpec(outcome="selected", sensitive=["gender", "background"], stratify="requisition")
    return audit_source(sample_files()["recruitment_by_job.csv"], spec)


@pytest.fixture(scope="module")
def job_pdfs(job_result: AuditResult) -> dict[str, str]:
    return {
        lang: " ".join(page_texts(build_audit_report(job_result, lang=lang)))
        for lang in ("sv", "en")
    }


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_method_section_names_every_method(job_pdfs: dict[str, str], lang: str) -> None:
    body = job_pdfs[lang]
    for name in METHODS[lang]:
        assert name in body, name


def test_verdict_table_shows_ratio_intervals_and_verdicts(
    job_pdfs: dict[str, str], job_result: AuditResult
) -> None:
    body = job_pdfs["en"]
    women = next(g for g in job_result.analyses[0].groups if g.values == {"gender": "Woman"})
    low, high = women.impact_ratio_ci  # type: ignore[misc]
    assert f"Woman 0.64 ({low:.2f}–{high:.2f})" in body
    assert "below 4/5, unlikely to be chance" in body and "too little data to tell" in body
    assert "Holm's method for all 5 comparisons" in body


def test_stratified_table_and_findings(job_pdfs: dict[str, str]) -> None:
    body = job_pdfs["en"]
    assert "Within the same requisition" in body
    assert "Woman 4 1.00 (0.80–1.25) 1.00 1.00 no" in body
    assert "the pooled gap comes from where they applied" in body
    assert "Inom samma requisition" in job_pdfs["sv"]


def test_chart_marks_verdicts_with_shapes_not_colour_alone() -> None:
    bars = [
        Bar("R", 0.5, 0.45, 0.55, adverse=False, reference=True, verdict="reference"),
        Bar("A", 0.2, 0.15, 0.25, adverse=True, reference=False, verdict="adverse_significant"),
        Bar("B", 0.3, 0.1, 0.5, adverse=True, reference=False, verdict="adverse_not_significant"),
        Bar("C", 0.5, 0.2, 0.8, adverse=False, reference=False, verdict="insufficient_evidence"),
        Bar("D", 0.48, 0.45, 0.51, adverse=False, reference=False, verdict="no_adverse_impact"),
    ]
    drawing = selection_rate_chart(
        bars, reference_rate=0.5, four_fifths=0.8, lang="en", width=400,
        suppressed_text="suppressed", line_label="4/5",
    )  # fmt: skip
    shapes = [s for g in drawing.contents if hasattr(g, "contents") for s in g.contents]
    triangles = [s for s in shapes if isinstance(s, Polygon)]
    circles = [s for s in shapes if isinstance(s, Circle)]
    assert len(triangles) == 2 and len(circles) == 1
    filled = {t.fillColor == t.strokeColor for t in triangles}
    assert filled == {True, False}  # significant: filled; could be chance: open
    labels = legend_labels([b.verdict for b in bars], "en")
    assert list(labels) == ["adverse_significant", "adverse_not_significant",
                            "insufficient_evidence"]  # fmt: skip
    legend = verdict_legend(labels, width=400)
    texts = [s.text for s in legend.contents if hasattr(s, "text")]
    assert texts == list(labels.values())


def test_suppressed_groups_hide_their_verdict_figures() -> None:
    from ethics_toolkit.engine.audit import audit_cells
    from ethics_toolkit.engine.spec import Cell

    counts = {"A": (200, 100), "B": (200, 80), "S": (3, 1)}  # S: fewer than 5 -> suppressed
    cells = [
        Cell(values={"g": k}, selected=sel, count=s if sel else n - s)
        for k, (n, s) in counts.items()
        for sel in (True, False)
    ]
    result = audit_cells(cells, AuditSpec(outcome="o", sensitive=["g"]), n_rows=403)
    small = next(g for g in result.analyses[0].groups if g.values == {"g": "S"})
    assert small.verdict == "adverse_not_significant" and small.min_detectable_ratio == 0.0
    body = " ".join(page_texts(build_audit_report(result, lang="en")))
    table = body.split("Verdict per group")[1]
    assert "S – – – –" in table  # ratio, Holm p, detectable ratio and verdict all hidden
    assert "B 0.80 (" in table

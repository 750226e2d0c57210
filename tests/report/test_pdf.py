"""The PDFs: figures, both languages, numbering, suppression, metadata, reproducibility."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from ethics_toolkit.engine.presentation import views as presentation
from ethics_toolkit.report import ReportOptions, build_audit_report, build_tool_report
from ethics_toolkit.report.texts import (
    AUDIT_ANNEX_KEYS,
    AUDIT_SECTION_KEYS,
    TOOL_SECTION_KEYS,
    text,
)
from tests.report.conftest import page_texts


@pytest.mark.parametrize(
    ("lang", "figures"),
    [
        # Outside Europe 217/1100 = 19.7 %, Sweden 925/3000 = 30.8 %, ratio 0.6398, shortfall 55;
        # Woman 644/2480 = 26.0 % vs Man 721/2400 = 30.0 %, ratio 0.8644.
        (
            "en",
            ["Outside Europe 1,100 217 19.7%", "0.64", "30.8%", "Woman 2,480 644 26.0%", "0.86"],
        ),
        (
            "sv",
            ["Outside Europe 1 100 217 19,7 %", "0,64", "30,8 %", "Woman 2 480 644 26,0 %", "0,86"],
        ),
    ],
)
def test_key_figures_of_the_demo_audit(audit_pdfs, lang: str, figures: list[str]) -> None:
    body = " ".join(page_texts(audit_pdfs[lang]))
    for figure in figures:
        assert figure in body
    assert "Outside Europe: " + ("selected at 0.64" if lang == "en" else "valdes med 0,64") in body


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_tool_report_has_every_section_title_in_order(tool_pdfs, lang: str) -> None:
    body = " ".join(page_texts(tool_pdfs[lang])[1:])  # after the cover's contents list
    positions = [body.find(f"{i}. {text(key, lang)}") for i, key in enumerate(TOOL_SECTION_KEYS, 1)]
    assert -1 not in positions, positions
    assert positions == sorted(positions)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_audit_report_has_its_sections(audit_pdfs, lang: str) -> None:
    """The core (summary, audit), then the annexes in their order (no periods: no monitoring)."""
    body = " ".join(page_texts(audit_pdfs[lang])[1:])
    headings = [f"{number}. {text(key, lang)}" for number, key in enumerate(AUDIT_SECTION_KEYS, 1)]
    annexes = [k for k in AUDIT_ANNEX_KEYS if k != "sec.monitoring"]
    headings += [
        text("annex.heading", lang, letter=letter, title=text(key, lang))
        for letter, key in zip("ABCD", annexes, strict=True)
    ]
    positions = [body.index(heading) for heading in headings]
    assert positions == sorted(positions)


@pytest.mark.parametrize(("lang", "word", "of"), [("sv", "Sida", "av"), ("en", "Page", "of")])
def test_every_page_is_numbered_with_the_total(tool_pdfs, lang: str, word: str, of: str) -> None:
    pages = page_texts(tool_pdfs[lang])
    assert len(pages) >= 8
    for number, page in enumerate(pages, start=1):
        assert f"{word} {number} {of} {len(pages)}" in page
        assert "TalentScreen" in page and "2026-10-31" in page


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_small_cells_are_suppressed(small_result, lang: str) -> None:
    """Team A: 3 applicants, all selected. Neither the 3 nor its 100 % rate may appear."""
    body = " ".join(page_texts(build_audit_report(small_result, lang=lang))[1:])
    provenance = text("annex.heading", lang, letter="B", title=text("sec.provenance", lang))
    audit = body.split(f"2. {text('sec.audit', lang)}")[1].split(provenance)[0]
    audit = re.sub(r"(Page|Sida) \d+ (of|av) \d+", "", audit)  # the core and annex A, unframed
    assert "A < 5 < 5 – – – –" in audit
    assert "100" not in audit
    assert re.search(r"(?<![\d.,])3(?![\d.,])", audit) is None
    assert presentation.text("suppressed_finding", lang, group="A") in audit


def test_intersection_small_cells_are_suppressed(audit_pdfs) -> None:
    """Non-binary × Europe has 3 of 12 selected: n 12 shown, selected "< 5", no rate."""
    body = " ".join(page_texts(audit_pdfs["en"]))
    assert "Non-binary × Europe 12 < 5 – – – –" in body
    assert "Non-binary × Outside Europe 20 < 5 – – – –" in body
    assert "40 without a value (missing or “not stated”) left out of the ratios." in body


def test_threshold_is_configurable(audit_result) -> None:
    options = ReportOptions(small_cell_threshold=20)
    body = " ".join(page_texts(build_audit_report(audit_result, lang="en", options=options)))
    assert "Non-binary 80 18" not in body
    assert "Non-binary 80 < 20" in body


def test_rebuild_is_byte_identical(record, audit_result) -> None:
    assert build_tool_report(record, lang="sv") == build_tool_report(record, lang="sv")
    assert build_audit_report(audit_result, lang="en") == build_audit_report(
        audit_result, lang="en"
    )


@pytest.mark.parametrize(("lang", "pdf_lang"), [("sv", "sv-SE"), ("en", "en-GB")])
def test_metadata_language_and_bookmarks(tool_pdfs, lang: str, pdf_lang: str) -> None:
    reader = PdfReader(io.BytesIO(tool_pdfs[lang]))
    meta = reader.metadata
    assert meta.title == f"{text('doc.title_tool', lang)}: TalentScreen"
    # Issue 12: the PDF's author is the cover's "prepared by"; none given, none claimed.
    assert meta.author == ""
    assert meta.subject == text("doc.subject", lang)
    # Issue 21: created when built (here SOURCE_DATE_EPOCH, 2026-10-19, tests/conftest.py).
    assert meta["/CreationDate"] == "D:20261019000000+00'00'"
    assert reader.trailer["/Root"]["/Lang"] == pdf_lang
    top = [item.title for item in reader.outline if not isinstance(item, list)]
    assert top[: len(TOOL_SECTION_KEYS)] == [
        f"{i}. {text(k, lang)}" for i, k in enumerate(TOOL_SECTION_KEYS, 1)
    ]
    assert top[len(TOOL_SECTION_KEYS)] == text(
        "annex.heading", lang, letter="A", title=text("sec.audit_detail", lang)
    )


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_pdf_is_created_when_built_by_its_preparer(
    record, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 21: the creation date is the build's time, never a date before the sign-off the
    report contains; the author is who prepared it."""
    from datetime import UTC, datetime

    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    before = datetime.now(UTC).replace(microsecond=0)
    options = ReportOptions(prepared_by="Maria Lind (HR-chef)")
    meta = PdfReader(io.BytesIO(build_tool_report(record, lang=lang, options=options))).metadata
    created = meta.creation_date
    assert created is not None and before <= created <= datetime.now(UTC)
    assert all(created >= s.signed_at for s in record.signoffs)
    assert meta.author == "Maria Lind (HR-chef)"


def test_font_is_embedded_dejavu_with_swedish_letters(tool_pdfs) -> None:
    reader = PdfReader(io.BytesIO(tool_pdfs["sv"]))
    fonts = {
        font["/BaseFont"] for page in reader.pages for font in page["/Resources"]["/Font"].values()
    }
    assert fonts == {"/AAAAAA+DejaVuSans", "/AAAAAA+DejaVuSans-Bold"}
    assert "Åtgärd" in " ".join(page_texts(tool_pdfs["sv"]))
    assert "Sammanfattning för ledningen" in " ".join(page_texts(tool_pdfs["sv"]))


def test_user_text_is_escaped(record) -> None:
    odd = record.model_copy(
        update={"tool": record.tool.model_copy(update={"name": "A&B <Screen>"})}
    )
    assert "A&B <Screen>" in page_texts(build_tool_report(odd, lang="en"))[0]


def test_tool_without_audit_says_how_to_run_one(record) -> None:
    bare = record.model_copy(update={"audits": []})
    body = " ".join(page_texts(build_tool_report(bare, lang="en")))
    assert "No bias audit is recorded for the tool." in body


def test_pages_render_to_non_blank_images(tool_pdfs, tmp_path: Path) -> None:
    """pdftoppm (poppler-utils) must rasterise every page; CI installs it, so CI never skips."""
    if shutil.which("pdftoppm") is None:
        if os.environ.get("CI"):
            pytest.fail("pdftoppm is missing in CI: install poppler-utils")
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    source = tmp_path / "report.pdf"
    source.write_bytes(tool_pdfs["en"])
    subprocess.run(
        ["pdftoppm", "-r", "30", "-gray", str(source), str(tmp_path / "page")], check=True
    )
    images = sorted(tmp_path.glob("page-*.pgm"))
    assert len(images) == len(PdfReader(io.BytesIO(tool_pdfs["en"])).pages)
    for image in images:
        pixels = image.read_bytes().split(b"\n", 3)[3]  # P5 header: magic, size, maxval
        assert min(pixels) < 128, f"{image.name} is blank"


def test_empty_record_builds_with_plain_explanations(record) -> None:
    """A freshly registered tool: no answers, risks, audits, sign-offs or history yet."""
    empty = record.model_copy(
        update={"answers": [], "risks": [], "audits": [], "signoffs": [], "history": []}
    )
    body = " ".join(page_texts(build_tool_report(empty, lang="sv")))
    for key in ("risk.none", "chk.none", "aud.no_audit", "act.none", "sign.none", "hist.none"):
        assert text(key, "sv") in body
    assert "Sida 1 av" in body


@pytest.mark.parametrize(
    "expected",
    [
        "SHA-256 3f7c1e0b9a4d5c6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f",
        "Rows read 5,000",
        "Columns used selected, gender, background",
        "encoding utf-8, separator “,”, decimal mark “.”, one row per applicant",
    ],
)
def test_provenance_lists_fingerprint_rows_and_columns(audit_pdfs, expected: str) -> None:
    assert expected in " ".join(page_texts(audit_pdfs["en"]))


def test_scoring_audit_names_the_median(audit_result) -> None:
    scoring = audit_result.model_copy(
        update={
            "rate_kind": "scoring",
            "score_median": 57.14,
            "spec": audit_result.spec.model_copy(update={"outcome": None, "score": "score"}),
        }
    )
    body = " ".join(page_texts(build_audit_report(scoring, lang="sv")))
    assert "poängkolumn score, andel över medianen (57,1)" in body
    assert text("aud.chart_caption_scoring", "sv") in body
    assert "Andel över medianen (95 % KI)" in body

"""Issue 12 §3: a document fit to print and to read on screen.

Fonts for every European script (pixels and text checked), nothing drawn as a silent box, contents
with page numbers and links, bookmarks shown on opening, no section ending with one or two lines,
chart labels never crossed by the four-fifths line, markers with a legend, and long user text that
never breaks the build.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Line, Polygon, String

from ethics_toolkit.engine.audit import audit_frame
from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.engine.spec import AuditSpec
from ethics_toolkit.register.domain.risks import Risk
from ethics_toolkit.register.legal.classification import classify
from ethics_toolkit.report import audit_report, build_tool_report
from ethics_toolkit.report.charts import LABEL_GAP, Bar, selection_rate_chart, value_label_x
from ethics_toolkit.report.fonts import FILES, FOLDER, LICENCE, REPLACEMENT
from ethics_toolkit.report.texts import TOOL_ANNEX_KEYS, TOOL_SECTION_KEYS, text
from tests.report.conftest import annex_letters, page_texts
from tests.report.layout_check import orphan_pages, page_lines

RENDER = ("Łukasz Ślęzak", "ışık", "Δοκιμή", "Дмитрий")
LISTED = ("اختبار", "Emoji 😀")
LANGS = ("sv", "en")


def _pdftoppm() -> None:
    if shutil.which("pdftoppm") is None:
        if os.environ.get("CI"):
            pytest.fail("pdftoppm is missing in CI: install poppler-utils")
        pytest.skip("pdftoppm (poppler-utils) is not installed")


def names_result() -> AuditResult:
    """Six groups named in four European scripts, Arabic and an emoji; two below four-fifths."""
    counts = dict(zip((*RENDER, *LISTED), (50, 45, 30, 42, 20, 44), strict=True))
    rows = [(name, int(i < selected)) for name, selected in counts.items() for i in range(100)]
    result = audit_frame(
        pd.DataFrame(rows, columns=["namn", "vald"]), AuditSpec(outcome="vald", sensitive=["namn"])
    )
    return result.model_copy(update={"computed_at": datetime(2026, 11, 2, tzinfo=UTC)})


@pytest.fixture(scope="module")
def names_reports() -> dict[str, object]:
    return {lang: audit_report(names_result(), lang=lang) for lang in LANGS}


# --- Fonts ----------------------------------------------------------------------------------------


def test_the_font_ships_in_the_package_with_its_licence() -> None:
    assert all((FOLDER / name).is_file() for name in FILES.values())
    assert "Bitstream Vera" in LICENCE.read_text() and "public domain" in LICENCE.read_text()


@pytest.mark.parametrize("lang", LANGS)
def test_european_scripts_are_printed_and_extractable(names_reports, lang: str) -> None:
    built = names_reports[lang]
    body = " ".join(page_texts(built.pdf))
    for name in RENDER:
        assert name in body, name
    fonts = {
        f["/BaseFont"]
        for page in PdfReader(io.BytesIO(built.pdf)).pages
        for f in page["/Resources"]["/Font"].values()
    }
    assert fonts == {"/AAAAAA+DejaVuSans", "/AAAAAA+DejaVuSans-Bold"}  # embedded subsets


@pytest.mark.parametrize("lang", LANGS)
def test_what_cannot_be_drawn_is_replaced_listed_and_warned(names_reports, lang: str) -> None:
    built = names_reports[lang]
    body = " ".join(page_texts(built.pdf))
    assert "اختبار" not in body and "😀" not in body  # never an unjoined or mis-coded run
    assert f"Emoji {REPLACEMENT}" in body and REPLACEMENT * 6 in body
    annex = body.split(text("annex.undrawable_title", lang))[-1]
    for code in ("U+0627 ARABIC LETTER ALEF", "U+062E ARABIC LETTER KHAH", "U+1F600 GRINNING FACE"):
        assert code in annex
    assert {u.text for u in built.undrawable} >= {"اختبار", "Emoji 😀"}
    warning = built.warning(lang)
    assert warning is not None and REPLACEMENT in warning
    assert ("last annex" if lang == "en" else "sista bilaga") in warning


def test_the_cli_warns_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from ethics_toolkit.cli import main

    names = [*LISTED, "Дмитрий"]
    rows = "".join(f"{name};{int(i < 3)}\n" for name in names for i in range(10))
    log = tmp_path / "log.csv"
    log.write_text("namn;vald\n" + rows, encoding="utf-8")
    target = tmp_path / "out.pdf"
    args = ["audit", str(log), "--outcome", "vald", "--positive", "1", "--sensitive", "namn"]
    code = main([*args, "--lang", "en", "--report", str(target)])
    err = capsys.readouterr().err
    assert code in (0, 1) and target.is_file()
    assert re.search(r"ethics-toolkit: warning: \d+ places in the report hold characters", err)
    assert "Дмитрий" not in err  # what prints as written is not warned about


def test_the_four_european_names_render_as_glyphs_not_boxes(tmp_path: Path) -> None:
    """Pixel test: each name drawn with the shipped font is not blank and differs from a run of
    as many .notdef boxes, which is what a font without the script would draw."""
    _pdftoppm()
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    if "RawDejaVu" not in pdfmetrics.getRegisteredFontNames():  # no substitution: the plain TTF
        pdfmetrics.registerFont(TTFont("RawDejaVu", str(FOLDER / FILES["EthicsDejaVu"])))
    lines = [line for name in RENDER for line in (name, "\U0010fffd" * len(name))]
    path = tmp_path / "glyphs.pdf"
    canvas = Canvas(str(path), pagesize=(400, 60 * len(lines)), invariant=1)
    canvas.setFont("RawDejaVu", 28)
    for i, line in enumerate(lines):
        canvas.drawString(10, 60 * (len(lines) - i) - 45, line)
    canvas.save()
    subprocess.run(["pdftoppm", "-r", "72", "-gray", str(path), str(tmp_path / "g")], check=True)
    _magic, size, _, pixels = next(tmp_path.glob("g-*.pgm")).read_bytes().split(b"\n", 3)
    width = int(size.split()[0])
    rows = [pixels[width * 60 * i : width * 60 * (i + 1)] for i in range(len(lines))]
    for index, name in enumerate(RENDER):
        glyphs, boxes = rows[2 * index], rows[2 * index + 1]
        assert sum(p < 128 for p in glyphs) > 100, f"{name} is blank"
        assert sum(p < 128 for p in boxes) > 100  # the boxes are drawn: the test can tell
        assert glyphs != boxes, f"{name} renders as boxes"


def test_report_pages_with_these_names_render(names_reports, tmp_path: Path) -> None:
    _pdftoppm()
    source = tmp_path / "names.pdf"
    source.write_bytes(names_reports["sv"].pdf)
    subprocess.run(["pdftoppm", "-r", "30", "-gray", str(source), str(tmp_path / "p")], check=True)
    images = sorted(tmp_path.glob("p-*.pgm"))
    assert len(images) == len(PdfReader(io.BytesIO(names_reports["sv"].pdf)).pages)
    for image in images:
        assert min(image.read_bytes().split(b"\n", 3)[3]) < 128, f"{image.name} is blank"


def test_rebuilding_with_such_text_is_byte_identical() -> None:
    assert (
        audit_report(names_result(), lang="en").pdf == audit_report(names_result(), lang="en").pdf
    )


# --- Contents, links, bookmarks -------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_contents_list_every_section_with_its_page_as_a_link(tool_pdfs, lang: str) -> None:
    """Issue 21: the contents show the core (numbered) and, under their own title, the annexes
    (lettered); every line is a link, every section a bookmark."""
    pdf = tool_pdfs[lang]
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"  # opens with bookmarks shown
    cover = page_lines(pdf)[0]
    pages = page_lines(pdf)
    core = [f"{i}. {text(k, lang)}" for i, k in enumerate(TOOL_SECTION_KEYS, 1)]
    letters = annex_letters(pdf, TOOL_ANNEX_KEYS, lang)
    # the demo has no paired test, so that annex is left out and the later ones move up a letter
    assert set(letters) >= {"sec.audit_detail", "sec.checklist_items", "sec.method", "sec.history"}
    annexes = [
        text("annex.heading", lang, letter=letter, title=text(k, lang))
        for k, letter in letters.items()
    ]
    split = cover.index(text("cover.annexes", lang))
    for heading in [*core, *annexes]:
        index, line = next((i, ln) for i, ln in enumerate(cover) if ln.startswith(heading))
        assert (index < split) == (heading in core), heading  # the core first, then the annexes
        page = int(line.rsplit(" ", 1)[1])
        assert heading in pages[page - 1], (heading, page)  # the number is the heading's page
    links = [
        a.get_object()
        for a in reader.pages[0].get("/Annots", [])
        if a.get_object()["/Subtype"] == "/Link"
    ]
    assert len(links) == 2 * (len(core) + len(annexes))  # each line's title and page number
    targets = {reader.get_page_number(a["/Dest"][0].get_object()) for a in links}
    marks = [d for d in reader.outline if not isinstance(d, list)]
    assert [m.title for m in marks] == [*core, *annexes]
    starts = [reader.get_destination_page_number(m) for m in marks]
    assert targets == set(starts)
    for mark, start in zip(marks, starts, strict=True):  # every bookmark opens its heading's page
        assert mark.title in pages[start]


# --- Keep with next: no section ends with one or two lines on a page ------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_no_section_ends_with_an_orphan(tool_pdfs, audit_pdfs, names_reports, lang: str) -> None:
    from ethics_toolkit.report.texts import TEXTS

    titles = [TEXTS.text(k, lang) for k in TEXTS if k.startswith("sec.")]
    titles += [text("annex.long_title", lang), text("annex.undrawable_title", lang)]
    for pdf in (tool_pdfs[lang], audit_pdfs[lang], names_reports[lang].pdf):
        assert orphan_pages(pdf, titles) == []


# --- Charts ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("x", "width", "line", "expected"), [
    (100, 30, 200, 100),  # line far right of the label: unchanged
    (100, 30, 110, 110 + LABEL_GAP),  # line through the label: moved right of it
    (100, 30, 99, 99 + LABEL_GAP),  # line at the label's start (within the gap)
    (100, 30, None, 100),  # no line
])  # fmt: skip
def test_value_labels_step_aside_from_the_line(x, width, line, expected) -> None:
    assert value_label_x(x, width, line) == expected


def test_no_value_label_is_crossed_by_the_four_fifths_line() -> None:
    """Reference 50 %: the line at 40 %. B's interval ends at 38 %, so its label would start
    right on the line; it moves right of it."""
    bars = [
        Bar("R", 0.5, 0.45, 0.55, adverse=False, reference=True),
        Bar("B", 0.3, 0.22, 0.38, adverse=True, reference=False),
        Bar("C", 0.42, 0.39, 0.45, adverse=False, reference=False),
    ]
    drawing = selection_rate_chart(
        bars, reference_rate=0.5, four_fifths=0.8, lang="en", width=400,
        suppressed_text="", line_label="4/5",
    )  # fmt: skip
    line = next(s for s in drawing.contents if isinstance(s, Line) and s.strokeDashArray)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    labels = [s for s in drawing.contents if isinstance(s, String) and s.text.endswith("%")]
    assert len(labels) == 3
    for label in labels:
        end = label.x + stringWidth(label.text, label.fontName, label.fontSize)
        assert not (label.x - 1 < line.x1 < end + 1), label.text


def test_bars_below_the_line_carry_a_marker_and_a_legend_without_verdicts() -> None:
    """The plain case (saved before verdicts existed): a shape and a legend, not colour only."""
    from ethics_toolkit.report.sections.validity import chart_legend

    bars = [
        Bar("R", 0.5, 0.45, 0.55, adverse=False, reference=True),
        Bar("B", 0.3, 0.25, 0.35, adverse=True, reference=False),
    ]
    drawing = selection_rate_chart(
        bars, reference_rate=0.5, four_fifths=0.8, lang="sv", width=400,
        suppressed_text="", line_label="4/5",
    )  # fmt: skip
    marks = [s for g in drawing.contents if hasattr(g, "contents") for s in g.contents]
    assert sum(isinstance(s, Polygon) for s in marks) == 1  # B only
    from ethics_toolkit.report.charts import shown_verdict

    legend = chart_legend([shown_verdict(b) for b in bars], "sv")
    assert legend is not None
    assert [s.text for s in legend.contents if hasattr(s, "text")] == [
        "under fyra femtedelar av referensgruppen"
    ]


# --- Long user text -------------------------------------------------------------------------------


def long_record(record):
    """The issue's case: a 5,000-character purpose, a 2,000-character risk title and owner."""
    purpose = ("Verktyget läser ansökningar och rangordnar dem. " * 110)[:4999] + "X"
    tool = record.tool.model_copy(update={"purpose": purpose})
    title = ("Indirekt diskriminering av sökande med utländsk bakgrund " * 40)[:1999] + "Y"
    owner = ("Maria Lind, HR-chef och systemägare " * 60)[:1999] + "Z"
    risk = Risk.model_validate(
        {"tool_id": 1, "title": title, "owner": owner, "likelihood": 4, "severity": 4},
        context={"stored": True},  # the owner's limit is 200: a register from before the limits
    )
    return (
        record.model_copy(
            update={
                "tool": tool,
                "classification": classify(tool, answers=record.answers, audits=record.audits),
                "risks": [*record.risks, risk],
            }
        ),
        purpose,
        title,
        owner,
    )


@pytest.mark.parametrize("lang", LANGS)
def test_long_text_is_cut_in_tables_and_printed_in_full_in_an_annex(record, lang: str) -> None:
    long, purpose, title, owner = long_record(record)
    pdf = build_tool_report(long, lang=lang)
    pages = page_texts(pdf)
    body = " ".join(pages)
    letter = "ABCDEFGHIJ"[len(annex_letters(pdf, TOOL_ANNEX_KEYS, lang))]  # after all others
    see = f"(full text in annex {letter}" if lang == "en" else f"(hela texten i bilaga {letter}"
    assert body.count(see) >= 3  # purpose, title and owner
    annex = body.split(text("annex.long_title", lang))[-1]
    for full in (purpose, title, owner):
        assert full[-60:] in annex.replace(" ", "").replace("\u00a0", "") or (
            " ".join(full.split()[-6:]) in annex
        )
    assert orphan_pages(pdf, [text(k, lang) for k in TOOL_SECTION_KEYS]) == []
    assert build_tool_report(long, lang=lang) == pdf  # still byte-identical


def test_a_long_group_label_is_cut_in_the_chart_and_wrapped_in_the_table(audit_result) -> None:
    from ethics_toolkit.engine.presentation.summaries import relabel

    label = "Utanför Europa och utanför alla andra regioner som registret känner till " * 4
    long = relabel(audit_result, value_labels={"background": {"Outside Europe": label.strip()}})
    body = " ".join(page_texts(audit_report(long, lang="sv").pdf))
    assert "Utanför Europa och utanför alla andra regioner" in body
    assert "…" in body  # the chart's label is cut to its share of the width


def _headings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, float, float, str]]:
    """Record every table heading built: (text, font size, column width, font)."""
    from ethics_toolkit.report.story import Story

    seen: list[tuple[str, float, float, str]] = []
    original = Story._head_cell

    def spy(self: Story, content: str, style_name: str, width: float):
        paragraph = original(self, content, style_name, width)
        seen.append((content, paragraph.style.fontSize, width, paragraph.style.fontName))
        return paragraph

    monkeypatch.setattr(Story, "_head_cell", spy)
    return seen


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_no_table_heading_breaks_a_word(
    monkeypatch: pytest.MonkeyPatch, record, audit_result: AuditResult, lang: str
) -> None:
    """QA of issue 12: "Riskv/ärde", "Ej tillämp/liga", "Obesvara/de" broke without a hyphen. Each
    heading word now fits its column, which takes the room from the widest column first."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from ethics_toolkit.report import build_audit_report
    from ethics_toolkit.report.styles import CELL_PADDING, MIN_HEAD_SIZE

    seen = _headings(monkeypatch)
    build_tool_report(record, lang=lang)
    build_audit_report(audit_result, lang=lang)
    assert len(seen) > 30
    for content, size, width, font in seen:
        for word in content.split():
            assert stringWidth(word, font, size) <= width - 2 * CELL_PADDING, (content, size)
        assert size >= MIN_HEAD_SIZE
    full = {c: s for c, s, _, _ in seen}
    score = "Riskvärde" if lang == "sv" else "Score"
    assert full[score] == 7.5  # widened from the risk title's column, not shrunk
    unanswered = "Obesvarade" if lang == "sv" else "Unanswered"
    assert full[unanswered] == 7.5
    text = " ".join(page_texts(build_tool_report(record, lang=lang)))
    assert unanswered in text and score in text

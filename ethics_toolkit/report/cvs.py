"""The paired test set as files: CVs as PDF (reportlab) and DOCX (python-docx), and back as text.

Applicant systems ingest PDF and Word files, so every variant is written in the formats asked for.
Each block of a CV (name, contact line, heading, entry, paragraph) is its own paragraph, so the
text read back from a file has the same lines in every variant of a base CV except the signal
lines. Nothing in a file names its variant: no metadata but "CV", no author, no dates.

:func:`read_texts` reads the files back for the variant check
(``engine/paired/variants.py``), which compares what the vendor's tool will actually read.
"""

from __future__ import annotations

import io
import json
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from ethics_toolkit.engine.paired.cv import CvDocument
from ethics_toolkit.engine.paired.design import PairedSet, manifest_csv
from ethics_toolkit.engine.paired.models import Manifest
from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n import LOCALES, Lang
from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.report.cvs_texts import instructions

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle

MANIFEST = "manifest.csv"
DESIGN = "design.json"
INSTRUCTIONS = "README.txt"
DOC_TITLE = "CV"

CV_FILE_MISSING = Bilingual(
    sv="CV-filen {file} som manifestet anger finns inte i {folder}. Kontrollen av varianterna "
    "läser filerna: behåll mappen som ”paired make” skrev, eller hoppa över kontrollen med "
    "--no-variant-check.",
    en="The CV file {file} listed in the manifest is not in {folder}. The variant check reads "
    "the files: keep the folder that “paired make” wrote, or skip the check with "
    "--no-variant-check.",
)
CV_FILE_UNREADABLE = Bilingual(
    sv="CV-filen {file} kan inte läsas ({detail}).",
    en="The CV file {file} cannot be read ({detail}).",
)


def _styles() -> dict[str, ParagraphStyle]:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    from ethics_toolkit.report.fonts import FONT, FONT_BOLD, register_fonts

    register_fonts()
    base = ParagraphStyle("cv", fontName=FONT, fontSize=10, leading=13.5)
    grey = colors.HexColor("#444444")
    return {
        "name": ParagraphStyle("cv_name", parent=base, fontName=FONT_BOLD, fontSize=18,
                               leading=23, spaceAfter=2),
        "contact": ParagraphStyle("cv_contact", parent=base, fontSize=9.5, textColor=grey),
        "heading": ParagraphStyle("cv_heading", parent=base, fontName=FONT_BOLD, fontSize=11.5,
                                  leading=15, spaceBefore=11, spaceAfter=3),
        "entry": ParagraphStyle("cv_entry", parent=base, spaceBefore=2),
        "detail": ParagraphStyle("cv_detail", parent=base, fontSize=9.5, textColor=grey,
                                 leftIndent=12),
        "text": ParagraphStyle("cv_text", parent=base, spaceAfter=5),
        "item": ParagraphStyle("cv_item", parent=base, leftIndent=12, bulletIndent=2),
        "signature": ParagraphStyle("cv_signature", parent=base, spaceBefore=4),
    }  # fmt: skip


def cv_pdf(document: CvDocument) -> bytes:
    """The CV as a one- or two-page PDF (the letter starts on its own page)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    from ethics_toolkit.report.story import esc

    styles = _styles()
    flow = []
    letter = len(document.blocks) - 1 - [b.kind for b in reversed(document.blocks)].index("heading")
    for index, block in enumerate(document.blocks):
        if index == letter:
            flow.append(PageBreak())
        bullet = "•" if block.kind == "item" else None
        flow.append(Paragraph(esc(block.text), styles[block.kind], bulletText=bullet))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=DOC_TITLE,
        author="",
        subject="",
        creator="",
        invariant=1,
        lang=LOCALES[document.language],
    )
    doc.build(flow)
    return buffer.getvalue()


def cv_docx(document: CvDocument) -> bytes:
    """The CV as a Word document: one paragraph per block, built-in heading styles."""
    from datetime import UTC, datetime

    import docx
    from docx.shared import Pt

    out = docx.Document()
    fixed = datetime(2000, 1, 1, tzinfo=UTC)
    properties = out.core_properties
    properties.author = ""
    properties.last_modified_by = ""
    properties.title = DOC_TITLE
    properties.created = fixed
    properties.modified = fixed
    properties.revision = 1
    for block in document.blocks:
        if block.kind == "name":
            paragraph = out.add_paragraph(style="Title")
            paragraph.add_run(block.text)
        elif block.kind == "heading":
            out.add_heading(block.text, level=1)
        elif block.kind == "item":
            out.add_paragraph(block.text, style="List Bullet")
        else:
            paragraph = out.add_paragraph(block.text)
            if block.kind in ("contact", "detail"):
                for run in paragraph.runs:
                    run.font.size = Pt(9.5)
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


RENDERERS = {"pdf": cv_pdf, "docx": cv_docx}


def paired_set_files(test_set: PairedSet, *, lang: Lang) -> dict[str, bytes]:
    """Every file of the set: the manifest, the design, the instructions and the CVs."""
    files = {
        MANIFEST: manifest_csv(test_set.manifest).encode("utf-8"),
        DESIGN: (test_set.design.model_dump_json(indent=2) + "\n").encode("utf-8"),
        INSTRUCTIONS: instructions(test_set.design, lang).encode("utf-8"),
    }
    for row in test_set.manifest.rows:
        document = test_set.documents[row.cv_id]
        for fmt, path in {test_set.design.formats[0]: row.file, **row.other_files}.items():
            files[path] = RENDERERS[fmt](document)
    return files


def zipped(files: Mapping[str, bytes], folder: str) -> bytes:
    """The files in one zip archive under ``folder/`` (the app's download)."""
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(f"{folder}/{name}", date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, files[name])
    return buffer.getvalue()


def text_of(data: bytes, name: str) -> str:
    """The text of a CV file (PDF or DOCX), one line per paragraph."""
    try:
        if name.lower().endswith(".docx"):
            import docx

            return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
        from pypdf import PdfReader

        return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    except Exception as error:  # any library's reason for an unreadable file: named to the user
        raise UserFacingError.of(CV_FILE_UNREADABLE, file=name, detail=error) from error


def read_texts(manifest: Manifest, files: Mapping[str, bytes] | Path) -> dict[str, str]:
    """Each CV's text, read from its ``file`` in the folder (or the mapping of unpacked files)."""
    texts = {}
    for row in manifest.rows:
        if isinstance(files, Path):
            path = files / row.file
            if not path.is_file():
                raise UserFacingError.of(CV_FILE_MISSING, file=row.file, folder=files)
            data = path.read_bytes()
        else:
            if row.file not in files:
                raise UserFacingError.of(CV_FILE_MISSING, file=row.file, folder="zip")
            data = files[row.file]
        texts[row.cv_id] = text_of(data, row.file)
    return texts


def design_of(files: Mapping[str, bytes] | Path) -> dict | None:
    """The set's ``design.json`` if it is there (the register records it), else ``None``."""
    if isinstance(files, Path):
        path = files / DESIGN
        raw = path.read_bytes() if path.is_file() else None
    else:
        raw = files.get(DESIGN)
    try:
        return json.loads(raw) if raw else None
    except ValueError:
        return None

"""Notices as PDF (issue 15): the same :class:`~ethics_toolkit.register.duties.notices.Notice` the
plain text is made of, laid out with the report's story helpers. Facts still to complete come first,
in an amber box, and stay marked where they belong."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Spacer

from ethics_toolkit.i18n.text import Bilingual, Catalogue
from ethics_toolkit.register.duties.notices import TEXTS as NOTICE_TEXTS
from ethics_toolkit.register.duties.notices import Notice
from ethics_toolkit.report.document import Frame, render
from ethics_toolkit.report.flow import glyph_safe
from ethics_toolkit.report.story import Story, esc

SUB_ITEM = "– "
"""A bullet that starts like this belongs to the bullet before it (a risk's measures)."""

TEXTS = Catalogue(
    {
        "frame.applicants": Bilingual(
            sv="Information till sökande och andra som berörs", en="Information for applicants"
        ),
        "frame.representatives": Bilingual(
            sv="Information till arbetstagarnas företrädare",
            en="Information for workers' representatives",
        ),
        "subject": Bilingual(
            sv="Information om AI-system i HR-beslut", en="Information about AI systems in HR"
        ),
    }
)


def build_notice_pdf(
    notice: Notice, *, author: str | None = None, built_at: datetime | None = None
) -> bytes:
    """The notice as a PDF (same input and build time, same bytes); its author is who prepared
    it (empty: not stated), its creation date the build's time."""
    lang = notice.lang
    story = Story(lang)
    title = story.paragraph(notice.title, style="h1")
    title.outline_level = 0  # type: ignore[attr-defined]  # the PDF's bookmarks hang under it
    story.add(title)
    if notice.missing:
        story.status_box("amber", NOTICE_TEXTS.text("missing_heading", lang), list(notice.missing))
    for paragraph in notice.intro:
        story.para(paragraph)
    for block in notice.blocks:
        story.subheading(block.heading, keep=30)
        for paragraph in block.paragraphs:
            story.para(paragraph)
        if block.facts:
            story.facts(block.facts)
        if block.bullets:
            _bullets(story, block.bullets)
    story.spacer(6)
    story.para(notice.footer, style="small")
    frame = Frame(
        tool_name=notice.tool,
        report_date=notice.date.isoformat() if notice.date else "",
        confidentiality=TEXTS.text(f"frame.{notice.kind}", lang),
        lang=lang,
    )
    return render(
        story,
        frame=frame,
        title=notice.title,
        author=author or "",
        subject=TEXTS.text("subject", lang),
        creation=built_at,
    )


def _bullets(story: Story, items: list[str]) -> None:
    """Bullets, with sub-items (``SUB_ITEM``) indented under the item before them."""
    item = story.styles["bullet_small"]
    sub = ParagraphStyle("notice_sub", parent=item, leftIndent=24, bulletIndent=14)
    for text in items:
        nested = text.startswith(SUB_ITEM)
        body = text.removeprefix(SUB_ITEM) if nested else text
        story.add(
            Paragraph(
                glyph_safe(esc(body)), sub if nested else item, bulletText="–" if nested else "•"
            )
        )
    story.add(Spacer(1, 4))

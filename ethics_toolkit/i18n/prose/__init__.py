"""Long texts as Markdown files, one per language: ``sv/<key>.md`` and ``en/<key>.md``.

The Learn page (``learn_*``), the app's beginner explanations (``explain_*``) and the report's long
prose (``report_*``) live here as prose, where readers and translators can edit them without Python.
Each file starts with a ``# title``; placeholders such as ``{threshold}`` work as in catalogues.
They are package data, shipped in the wheel; a test checks that both languages have every file.
"""

from __future__ import annotations

from ethics_toolkit.i18n import Lang
from ethics_toolkit.i18n.text import (
    Bilingual,
    Catalogue,
    markdown_body,
    markdown_catalogue,
    markdown_paragraphs,
    markdown_sections,
    markdown_title,
)


def prose() -> Catalogue:
    """Every Markdown text, keyed by file name without ``.md``."""
    return markdown_catalogue(__name__, ".")


def document(key: str) -> Bilingual:
    entry = prose()[key]
    assert isinstance(entry, Bilingual)
    return entry


def title(key: str, lang: Lang) -> str:
    return markdown_title(document(key).get(lang))


def body(key: str, lang: Lang, /, **values: object) -> str:
    """The body after the title, placeholders filled when ``values`` are given."""
    text = markdown_body(document(key).get(lang))
    return text.format(**values) if values else text


def paragraphs(key: str, lang: Lang, /, **values: object) -> list[str]:
    """The body as paragraphs (list items separate), placeholders filled."""
    return [
        p.format(**values) if values else p for p in markdown_paragraphs(document(key).get(lang))
    ]


def sections(key: str, lang: Lang) -> list[tuple[str, str]]:
    """``## heading`` sections of the body as (heading, text) pairs."""
    return markdown_sections(document(key).get(lang))

"""Bilingual text as pydantic models: single texts, plurals, keyed catalogues and Markdown prose.

Every layer (engine findings and errors, CLI, register, report, app) looks its texts up the same
way: a :class:`Catalogue` of :class:`Bilingual` templates with ``{placeholders}`` (or
:class:`Plural` templates, whose form follows a count). Long guidance prose lives in Markdown files,
one per language (``<package>/<folder>/sv/<key>.md`` and ``.../en/<key>.md``), and is loaded into a
catalogue of the same kind by :func:`markdown_catalogue`, so that readers and translators edit prose
as prose, not as Python strings.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field

from ethics_toolkit.i18n import LANGS, Lang, format_int


class Bilingual(BaseModel):
    """A text in Swedish and English; both must be present and non-empty."""

    model_config = ConfigDict(frozen=True)

    sv: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: Lang) -> str:
        return self.sv if lang == "sv" else self.en

    def format(self, lang: Lang, /, **values: object) -> str:
        """The text in ``lang`` with its ``{placeholders}`` filled."""
        template = self.get(lang)
        return template.format(**values) if values else template


class Plural(BaseModel):
    """A text whose form follows a number: "1 risk" / "2 risker", "1 risk" / "2 risks".

    Swedish and English both use the singular for exactly one and the plural otherwise (zero
    included: "0 risker", "0 risks"). ``{count}`` is filled with the number formatted for the
    language (a thin space between thousands in Swedish).
    """

    model_config = ConfigDict(frozen=True)

    one: Bilingual
    other: Bilingual

    def format(self, lang: Lang, /, count: int, **values: object) -> str:
        form = self.one if count == 1 else self.other
        return form.format(lang, count=format_int(count, lang), **values)


Entry = Bilingual | Plural


class Catalogue(Mapping[str, Entry]):
    """Keyed bilingual templates; a missing key is a bug and raises ``KeyError``."""

    def __init__(self, texts: Mapping[str, Entry]) -> None:
        self._texts = dict(texts)

    def __getitem__(self, key: str) -> Entry:
        return self._texts[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)

    def text(self, key: str, lang: Lang, /, **values: object) -> str:
        """The text ``key`` in ``lang``; a :class:`Plural` entry needs ``count=``."""
        entry = self._texts[key]
        if isinstance(entry, Plural):
            count = values.pop("count")
            return entry.format(lang, int(count), **values)  # type: ignore[call-overload]
        return entry.format(lang, **values)

    def merged(self, other: Mapping[str, Entry]) -> Catalogue:
        """Both catalogues in one; a key present in both is a bug (``ValueError``)."""
        clash = sorted(set(self._texts) & set(other))
        if clash:
            raise ValueError(f"keys defined twice: {clash}")
        return Catalogue({**self._texts, **other})


class MissingTranslationError(LookupError):
    """A Markdown text exists in one language only (a packaging or translation bug)."""


@functools.cache
def markdown_catalogue(package: str, folder: str) -> Catalogue:
    """Every ``<folder>/<lang>/<key>.md`` of ``package`` as a catalogue keyed by file stem.

    Each key must exist in every language. The files are package data, shipped in the wheel.
    """
    root = resources.files(package).joinpath(folder)
    texts: dict[Lang, dict[str, str]] = {lang: {} for lang in LANGS}
    for lang in LANGS:
        for entry in root.joinpath(lang).iterdir():
            if entry.name.endswith(".md"):
                texts[lang][entry.name[: -len(".md")]] = entry.read_text(encoding="utf-8").strip()
    keys = set(texts["sv"]) | set(texts["en"])
    missing = sorted(f"{lang}/{key}.md" for key in keys for lang in LANGS if key not in texts[lang])
    if missing:
        raise MissingTranslationError(f"{package}/{folder}: missing {', '.join(missing)}")
    return Catalogue({key: Bilingual(sv=texts["sv"][key], en=texts["en"][key]) for key in keys})


def markdown_title(text: str) -> str:
    """The first ``# heading`` of a Markdown text (empty when it has none)."""
    first = text.lstrip().splitlines()[0] if text.strip() else ""
    return first.lstrip("#").strip() if first.startswith("#") else ""


def markdown_body(text: str) -> str:
    """The text without its first ``# heading``."""
    if not markdown_title(text):
        return text.strip()
    return text.lstrip().split("\n", 1)[1].strip() if "\n" in text.strip() else ""


def markdown_sections(text: str) -> list[tuple[str, str]]:
    """``## term`` sections of a Markdown text as (heading, body) pairs, in order."""
    sections: list[tuple[str, str]] = []
    for chunk in ("\n" + text).split("\n## ")[1:]:
        heading, _, body = chunk.partition("\n")
        sections.append((heading.strip(), body.strip()))
    return sections


def markdown_paragraphs(text: str) -> list[str]:
    """Paragraphs (blank-line separated), each joined to one line; list items stay separate."""
    paragraphs: list[str] = []
    for block in markdown_body(text).split("\n\n"):
        lines = [line.strip() for line in block.strip().splitlines() if line.strip()]
        if lines and lines[0].startswith("- "):
            items: list[str] = []
            for line in lines:
                if line.startswith("- "):
                    items.append(line[2:].strip())
                else:  # a wrapped list item continues
                    items[-1] += " " + line
            paragraphs += items
        elif lines:
            paragraphs.append(" ".join(lines))
    return paragraphs

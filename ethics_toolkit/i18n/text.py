"""Bilingual text: single texts, plurals, keyed catalogues and Markdown prose.

Every layer (engine findings and errors, CLI, register, report, app) looks its texts up the same
way: a :class:`Catalogue` of :class:`Bilingual` templates with ``{placeholders}`` (or
:class:`Plural` templates, whose form follows a count). Long guidance prose lives in Markdown files,
one per language (``<package>/<folder>/sv/<key>.md`` and ``.../en/<key>.md``), and is loaded into a
catalogue of the same kind by :func:`markdown_catalogue`, so that readers and translators edit prose
as prose, not as Python strings.

:class:`Bilingual` and :class:`Plural` are small immutable classes, not pydantic models: every
module with texts imports this one, and ``ethics-toolkit --help`` must not pay for pydantic (issue
25). Pydantic models still hold them as fields: each class describes itself to pydantic
(``__get_pydantic_core_schema__``, imported only when a model is built), validated from and dumped
to ``{"sv": ..., "en": ...}`` (``{"one": ..., "other": ...}``) exactly as before.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from ethics_toolkit.i18n import LANGS, Lang, format_int

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import CoreSchema


class _Frozen:
    """Immutable, compared and hashed by its fields (as a frozen pydantic model was)."""

    __slots__: tuple[str, ...] = ()

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def _fields(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other._fields() == self._fields()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((type(self).__name__, *self._fields()))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"

    def __reduce__(self) -> tuple[Callable[..., object], tuple[object, ...]]:
        return _rebuild, (type(self), dict(zip(self.__slots__, self._fields(), strict=True)))

    def model_dump(self, **_: object) -> dict[str, Any]:
        """The fields as plain data, as pydantic dumps them inside a model."""
        return {
            name: value.model_dump() if isinstance(value, _Frozen) else value
            for name, value in zip(self.__slots__, self._fields(), strict=True)
        }

    @classmethod
    def _schema(cls, fields: dict[str, CoreSchema]) -> CoreSchema:
        from pydantic_core import core_schema

        from_data = core_schema.no_info_after_validator_function(
            lambda data: cls(**data),
            core_schema.typed_dict_schema(
                {name: core_schema.typed_dict_field(schema) for name, schema in fields.items()}
            ),
        )
        return core_schema.json_or_python_schema(
            json_schema=from_data,
            python_schema=core_schema.union_schema(
                [core_schema.is_instance_schema(cls), from_data]
            ),
            serialization=core_schema.plain_serializer_function_ser_schema(
                lambda value: value.model_dump()
            ),
        )


def _rebuild(cls: type[_Frozen], fields: dict[str, object]) -> _Frozen:
    return cls(**fields)


class Bilingual(_Frozen):
    """A text in Swedish and English; both must be present and non-empty."""

    __slots__ = ("sv", "en")  # noqa: RUF023 (the order of the JSON: Swedish first)
    sv: str
    en: str

    def __init__(self, *, sv: str, en: str) -> None:
        for name, text in (("sv", sv), ("en", en)):
            if not isinstance(text, str) or not text:
                raise ValueError(f"Bilingual.{name} must be a non-empty string, not {text!r}")
        object.__setattr__(self, "sv", sv)
        object.__setattr__(self, "en", en)

    def get(self, lang: Lang) -> str:
        return self.sv if lang == "sv" else self.en

    def format(self, lang: Lang, /, **values: object) -> str:
        """The text in ``lang`` with its ``{placeholders}`` filled."""
        template = self.get(lang)
        return template.format(**values) if values else template

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: object, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        from pydantic_core import core_schema

        text = core_schema.str_schema(min_length=1)
        return cls._schema({"sv": text, "en": text})


class Plural(_Frozen):
    """A text whose form follows a number: "1 risk" / "2 risker", "1 risk" / "2 risks".

    Swedish and English both use the singular for exactly one and the plural otherwise (zero
    included: "0 risker", "0 risks"). ``{count}`` is filled with the number formatted for the
    language (a thin space between thousands in Swedish).
    """

    __slots__ = ("one", "other")
    one: Bilingual
    other: Bilingual

    def __init__(self, *, one: Bilingual, other: Bilingual) -> None:
        for name, form in (("one", one), ("other", other)):
            if not isinstance(form, Bilingual):
                raise ValueError(f"Plural.{name} must be a Bilingual, not {form!r}")
        object.__setattr__(self, "one", one)
        object.__setattr__(self, "other", other)

    def format(self, lang: Lang, /, count: int, **values: object) -> str:
        form = self.one if count == 1 else self.other
        return form.format(lang, count=format_int(count, lang), **values)

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: object, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        form = handler.generate_schema(Bilingual)
        return cls._schema({"one": form, "other": form})


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
    from importlib import resources

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

"""Bilingual text as pydantic models: single texts and keyed catalogues of them.

Every layer (engine findings and errors, CLI, register, report, app) looks its texts up the same
way: a :class:`Catalogue` of :class:`Bilingual` templates with ``{placeholders}``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from pydantic import BaseModel, ConfigDict, Field

from ethics_toolkit.i18n import Lang


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


class Catalogue(Mapping[str, Bilingual]):
    """Keyed bilingual templates; a missing key is a bug and raises ``KeyError``."""

    def __init__(self, texts: Mapping[str, Bilingual]) -> None:
        self._texts = dict(texts)

    @classmethod
    def from_pairs(cls, pairs: Mapping[str, tuple[str, str]]) -> Catalogue:
        """From ``{key: (sv, en)}``, the compact form of long catalogues."""
        return cls({key: Bilingual(sv=sv, en=en) for key, (sv, en) in pairs.items()})

    def __getitem__(self, key: str) -> Bilingual:
        return self._texts[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)

    def text(self, key: str, lang: Lang, /, **values: object) -> str:
        return self._texts[key].format(lang, **values)

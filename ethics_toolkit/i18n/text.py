"""Bilingual text as a pydantic model, so checklists, findings and risks carry both languages."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from ethics_toolkit.i18n import Lang


class Bilingual(BaseModel):
    """A text in Swedish and English; both must be present and non-empty."""

    model_config = ConfigDict(frozen=True)

    sv: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: Lang) -> str:
        return self.sv if lang == "sv" else self.en

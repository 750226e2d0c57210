"""The job profile a paired test set is written for: a small YAML file HR can write.

Only ``title`` and ``requirements`` are needed; everything else makes the CVs more realistic::

    language: sv                  # sv (default) or en: the language of the CVs
    title: Ekonomiassistent
    employer: Exempelkommunen     # who is hiring (in the personal letters)
    sector: Offentlig förvaltning
    location: Örebro
    requirements:                 # what the job asks for (every base CV meets some of them)
      - Gymnasieexamen med ekonomisk inriktning
      - Erfarenhet av leverantörsreskontra
    skills: [Visma, Excel]        # tools and skills candidates may list
    education: [...]              # programmes that fit (one per base CV is chosen)
    previous_titles: [...]        # earlier job titles that fit
    reference_year: 2026          # the year the CVs are written in (default: this year)
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n.text import Bilingual

TEXT_MAX = 300
LIST_MAX = 30

PROFILE_UNREADABLE = Bilingual(
    sv="Jobbprofilen {name} kan inte läsas som YAML ({detail}). Skriv den som i exemplet "
    "sample_data/job_profile_ekonomiassistent.yaml: title, sector och en lista requirements.",
    en="The job profile {name} cannot be read as YAML ({detail}). Write it like the example "
    "sample_data/job_profile_accountant_en.yaml: title, sector and a list of requirements.",
)
PROFILE_NOT_MAPPING = Bilingual(
    sv="Jobbprofilen {name} ska vara nycklar med värden (title: …, requirements: …), inte en "
    "lista eller en enda text.",
    en="The job profile {name} must be keys with values (title: …, requirements: …), not a list "
    "or a single text.",
)
PROFILE_INVALID = Bilingual(
    sv="Jobbprofilen {name} har fält som saknas eller är fel: {fields}. Ange minst title (jobbets "
    "titel, en rad) och requirements (en lista med minst ett krav); language är sv eller en.",
    en="The job profile {name} has fields that are missing or wrong: {fields}. Give at least "
    "title (the job's title, one line) and requirements (a list of at least one requirement); "
    "language is sv or en.",
)
PROFILE_MISSING = Bilingual(
    sv="Jobbprofilen {name} finns inte. Ange sökvägen till en YAML-fil.",
    en="The job profile {name} does not exist. Give the path to a YAML file.",
)


class JobProfile(BaseModel):
    """What the synthetic CVs are written for; every field is plain text from the user."""

    model_config = ConfigDict(frozen=True, extra="ignore", defer_build=True)

    language: Literal["sv", "en"] = "sv"
    title: str = Field(min_length=1, max_length=TEXT_MAX)
    employer: str = Field(default="", max_length=TEXT_MAX)
    sector: str = Field(default="", max_length=TEXT_MAX)
    location: str = Field(default="", max_length=TEXT_MAX)
    requirements: list[str] = Field(min_length=1, max_length=LIST_MAX)
    skills: list[str] = Field(default_factory=list, max_length=LIST_MAX)
    education: list[str] = Field(default_factory=list, max_length=LIST_MAX)
    previous_titles: list[str] = Field(default_factory=list, max_length=LIST_MAX)
    reference_year: int = Field(default_factory=lambda: date.today().year, ge=2000, le=2100)

    @field_validator("title", "employer", "sector", "location", mode="before")
    @classmethod
    def _text(cls, value: object) -> object:
        return " ".join(str(value).split()) if value is not None else ""

    @field_validator("requirements", "skills", "education", "previous_titles", mode="before")
    @classmethod
    def _lines(cls, value: object) -> object:
        """A list of non-empty one-line texts; a single text counts as a list of one."""
        if value is None:
            return []
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list):
            return items
        cleaned = [" ".join(str(item).split()) for item in items if item is not None]
        return [item[:TEXT_MAX] for item in cleaned if item]


def parse_profile(text: str, *, name: str = "job.yaml") -> JobProfile:
    """The profile in ``text`` (YAML); a clear message naming what is wrong otherwise."""
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        detail = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise UserFacingError.of(PROFILE_UNREADABLE, name=name, detail=detail) from error
    if not isinstance(data, dict):
        raise UserFacingError.of(PROFILE_NOT_MAPPING, name=name)
    try:
        return JobProfile.model_validate(data)
    except ValidationError as error:
        fields = ", ".join(
            dict.fromkeys(".".join(str(p) for p in e["loc"]) or "?" for e in error.errors())
        )
        raise UserFacingError.of(PROFILE_INVALID, name=name, fields=fields) from error


def read_profile(path: Path) -> JobProfile:
    """The profile in the YAML file ``path``."""
    if not path.is_file():
        raise UserFacingError.of(PROFILE_MISSING, name=path)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    return parse_profile(text, name=path.name)

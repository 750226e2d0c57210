"""A tool's profile: the AI decision-support tool itself and the enums that describe it.

The store maps the register's models to tables generically (``register/storage/orm.py``), so a
field added here and in a migration is all a new column needs.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from ethics_toolkit.i18n import Lang
from ethics_toolkit.register.domain.field_types import (
    NAME_MAX,
    Line,
    Text,
    UTCDateTime,
    max_chars,
)


class HRProcess(StrEnum):
    recruitment = "recruitment"
    promotion = "promotion"
    termination = "termination"
    task_allocation = "task_allocation"
    performance_monitoring = "performance_monitoring"
    other = "other"


class DecisionRole(StrEnum):
    decides_alone = "decides_alone"
    recommends = "recommends"
    ranks = "ranks"
    supports = "supports"
    # Issue 12: the role is not known yet; the legal classification then says what it needs.
    not_stated = "not_stated"


class EmployerType(StrEnum):
    private = "private"
    public_body = "public_body"


class ToolStatus(StrEnum):
    planned = "planned"
    in_use = "in_use"
    suspended = "suspended"
    retired = "retired"


class DataCategory(StrEnum):
    contact = "contact"
    identity = "identity"
    cv_content = "cv_content"
    education = "education"
    work_history = "work_history"
    test_results = "test_results"
    performance = "performance"
    photo = "photo"
    video = "video"
    voice = "voice"
    age = "age"
    gender = "gender"
    ethnicity = "ethnicity"
    health_disability = "health_disability"
    religion = "religion"
    sex_life_orientation = "sex_life_orientation"
    trade_union = "trade_union"
    biometric = "biometric"

    @property
    def special(self) -> bool:
        """GDPR Art. 9 special category: processing needs an Art. 9(2) exception."""
        return self in SPECIAL_CATEGORIES


SPECIAL_CATEGORIES = frozenset(
    {
        DataCategory.ethnicity,
        DataCategory.health_disability,
        DataCategory.religion,
        DataCategory.sex_life_orientation,
        DataCategory.trade_union,
        DataCategory.biometric,
    }
)


class ToolTexts(BaseModel):
    """The profile's free texts that notices and explanation replies quote, in one language
    (issue 21 §6: a notice is wholly in its reader's language, so a text written in Swedish is
    given in English here, and the other way round)."""

    model_config = ConfigDict(extra="forbid")

    purpose: Text = ""
    legal_basis: Text = ""
    human_role: Text = ""
    main_factors: Text = ""
    retention: Text = ""


TRANSLATED_FIELDS = tuple(ToolTexts.model_fields)
"""The profile fields a notice quotes that exist once per language."""


class AITool(BaseModel):
    """One AI decision-support tool the HR team uses or plans to use."""

    id: int | None = None
    name: str = Field(min_length=1, max_length=NAME_MAX)
    vendor: Line = ""
    version: Annotated[str, max_chars(100)] = ""
    purpose: Text = ""
    hr_process: HRProcess
    decision_role: DecisionRole
    data_categories: list[DataCategory] = Field(default_factory=list)
    legal_basis: Text = ""
    system_owner: Line = ""
    employer_type: EmployerType = EmployerType.private
    employees: int = Field(default=0, ge=0)
    """0 means not stated: the active-measures duty is then "not determined" (issue 12)."""
    go_live: date | None = None
    status: ToolStatus = ToolStatus.planned
    emotion_recognition: bool = False
    profiling: bool = False
    narrow_procedural_task: bool = False
    next_review: date | None = None
    row_version: int = 0
    # Issue 13: an archived tool is kept (read-only, out of the overview) until restored.
    archived_at: UTCDateTime | None = None
    # Issue 15: facts the notices and explanation replies are built from (empty: "to complete").
    contact: str = ""
    """Where people ask for an explanation or a human review (a mailbox, a role, a phone)."""
    retention: str = ""
    """How long applicants' data are kept, as the notice states it."""
    main_factors: str = ""
    """The main factors the tool weighs, as the vendor documents them (AI Act Art. 13)."""
    human_role: str = ""
    """What people do with the tool's output before a decision (the human review)."""
    # Issue 12: when the DPIA was completed (GDPR Art. 35(1): before the processing starts) and
    # the Art. 9(2) ground for special-category data, as the user states it.
    dpia_completed_on: date | None = None
    art9_ground: Text = ""
    # Issue 21 §6: the controller (GDPR Art. 13(1)(a)) and the profile's texts in each language.
    controller: Text = ""
    """Who is responsible for the processing: the employer's name, organisation number, address
    and contact (a notice to applicants names it, GDPR Art. 13(1)(a))."""
    dpo_contact: Line = ""
    """The data protection officer's name and contact, where there is one (Art. 13(1)(b))."""
    texts_lang: Lang = "sv"
    """The language the profile's free texts are written in."""
    translations: dict[Lang, ToolTexts] = Field(default_factory=dict)
    """The texts a notice quotes, in the other languages (``ToolTexts``)."""

    def text_in(self, field: str, lang: Lang) -> str:
        """A free text of the profile in ``lang``: the field itself when it is written in that
        language, else its translation (empty when there is none)."""
        if lang == self.texts_lang:
            return str(getattr(self, field) or "").strip()
        translated = self.translations.get(lang)
        return str(getattr(translated, field) or "").strip() if translated else ""

    @property
    def archived(self) -> bool:
        return self.archived_at is not None

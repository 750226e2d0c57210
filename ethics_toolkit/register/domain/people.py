"""The people around a tool and what they have learnt (issue 23), with the minimum personal data.

A :class:`Person` is a name (or, once sign-in exists, a signed-in identity) and the roles the
person has around one tool: who operates it, who oversees it (AI Act Art. 26(2)), who owns it and
who approves its use. A :class:`CompetenceRecord` is one thing a person did to understand the tool
(a lesson with its self-check, a workplace meeting, an external course), when, and how often it
is refreshed; together they are the evidence for AI Act Art. 4 and the active measures of the
Discrimination Act (training is a measure). Nothing else about a person is kept.

Whether a tool has a named, trained overseer and which refreshers are due is
``register/domain/competence.py``.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from dateutil.relativedelta import relativedelta
from pydantic import BaseModel, Field, computed_field, field_validator

from ethics_toolkit.register.domain.field_types import Line


class PersonRole(StrEnum):
    """A person's part in the use of a tool (``people add --role``)."""

    operator = "operator"
    overseer = "overseer"
    owner = "owner"
    approver = "approver"


class ActivityKind(StrEnum):
    """What kind of learning a competence record is."""

    lesson = "lesson"
    """A lesson of the app with its self-check, built on the tool's own audit."""
    session = "session"
    """A workplace meeting (APT) or another session held together, e.g. with the meeting kit."""
    course = "course"
    """An external course or training."""
    other = "other"


DEFAULT_REFRESH_MONTHS = 12
"""Refresh once a year unless told otherwise (``--refresh-months``)."""
MAX_REFRESH_MONTHS = 120


class Person(BaseModel):
    """Someone with a role around one tool: a name, optionally a signed-in identity, roles."""

    id: int | None = None
    tool_id: int
    name: Line = Field(min_length=1)
    roles: list[PersonRole] = Field(min_length=1)
    identity: Line = ""
    """The signed-in identity (e.g. an e-mail address) once the app has sign-in; else empty."""
    row_version: int = 0

    @field_validator("name")
    @classmethod
    def _stripped(cls, value: str) -> str:
        return " ".join(value.split())

    @field_validator("roles")
    @classmethod
    def _ordered(cls, value: list[PersonRole]) -> list[PersonRole]:
        """Each role once, in the enum's order (operator, overseer, owner, approver)."""
        return [role for role in PersonRole if role in value]

    def is_named(self, name: str) -> bool:
        """The same person by name: case and extra spaces do not matter."""
        return same_name(self.name, name)


def same_name(first: str, second: str) -> bool:
    return " ".join(first.split()).casefold() == " ".join(second.split()).casefold()


class CompetenceRecord(BaseModel):
    """One activity a person did, on a day, refreshed every ``refresh_months`` (0: never)."""

    id: int | None = None
    tool_id: int
    person_id: int
    activity: Line = Field(min_length=1)
    kind: ActivityKind = ActivityKind.other
    taken_on: date
    refresh_months: int = Field(default=DEFAULT_REFRESH_MONTHS, ge=0, le=MAX_REFRESH_MONTHS)
    lesson: str = ""
    """The lesson's id when the record comes from a lesson of the app (``register/people``)."""
    correct: int | None = Field(default=None, ge=0)
    questions: int | None = Field(default=None, ge=1)
    """The self-check's result: how many of its questions were answered right."""

    @computed_field  # type: ignore[prop-decorator]
    @property
    def refresh_due(self) -> date | None:
        """The day the activity should be refreshed (calendar months; ``None``: no refresher)."""
        if not self.refresh_months:
            return None
        return self.taken_on + relativedelta(months=self.refresh_months)

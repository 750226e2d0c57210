"""SQLAlchemy tables of the register, and the one generic pydantic <-> row mapping.

Columns carry the same names as the pydantic fields, so ``to_row``/``from_row`` map every entity
without per-entity code. Enums are stored as plain strings (a new enum value needs no migration),
nested values (lists, actions, audit results) as JSON. Audit runs store the engine's aggregated
cells and figures only; there is no column that could hold a decision row.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, TypeVar

from pydantic import BaseModel
from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every back end (SQLite keeps no offset, so store UTC)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy's documented class attribute
        datetime: UTCDateTime(),
        date: Date(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
    }


class ToolRow(Base):
    __tablename__ = "tools"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    vendor: Mapped[str] = mapped_column(String(200))
    version: Mapped[str] = mapped_column(String(100))
    purpose: Mapped[str] = mapped_column(Text)
    hr_process: Mapped[str] = mapped_column(String(40))
    decision_role: Mapped[str] = mapped_column(String(40))
    data_categories: Mapped[list[Any]]
    legal_basis: Mapped[str] = mapped_column(Text)
    system_owner: Mapped[str] = mapped_column(String(200))
    employer_type: Mapped[str] = mapped_column(String(40))
    employees: Mapped[int]
    go_live: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(40))
    emotion_recognition: Mapped[bool] = mapped_column(Boolean)
    profiling: Mapped[bool] = mapped_column(Boolean)
    narrow_procedural_task: Mapped[bool] = mapped_column(Boolean)
    next_review: Mapped[date | None]
    row_version: Mapped[int] = mapped_column(Integer)
    archived_at: Mapped[datetime | None]
    contact: Mapped[str] = mapped_column(Text, default="")
    retention: Mapped[str] = mapped_column(Text, default="")
    main_factors: Mapped[str] = mapped_column(Text, default="")
    human_role: Mapped[str] = mapped_column(Text, default="")
    dpia_completed_on: Mapped[date | None]
    art9_ground: Mapped[str] = mapped_column(Text, default="")
    controller: Mapped[str] = mapped_column(Text, default="")
    dpo_contact: Mapped[str] = mapped_column(Text, default="")
    texts_lang: Mapped[str] = mapped_column(String(8), default="sv")
    translations: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012


class AnswerRow(Base):
    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("tool_id", "item_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tool_id: Mapped[int] = mapped_column(ForeignKey("tools.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[str] = mapped_column(String(100))
    value: Mapped[str] = mapped_column(String(40))
    evidence: Mapped[str] = mapped_column(Text)
    answered_by: Mapped[str] = mapped_column(String(200))
    answered_at: Mapped[datetime]
    risk_decision: Mapped[str | None] = mapped_column(String(20))
    first_answered_at: Mapped[datetime | None]


class AuditRunRow(Base):
    __tablename__ = "audit_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tool_id: Mapped[int] = mapped_column(ForeignKey("tools.id", ondelete="CASCADE"), index=True)
    result: Mapped[dict[str, Any]]
    file_sha256: Mapped[str | None] = mapped_column(String(64))
    file_name: Mapped[str | None] = mapped_column(String(500))
    rows_read: Mapped[int]
    rows_used: Mapped[int]
    run_at: Mapped[datetime]
    run_by: Mapped[str] = mapped_column(String(200))
    data_period: Mapped[str | None] = mapped_column(String(200))
    exact_small_cells: Mapped[bool] = mapped_column(Boolean, default=False)
    withheld_rows: Mapped[int] = mapped_column(Integer, default=0)
    withheld_groups: Mapped[int] = mapped_column(Integer, default=0)


class RiskRow(Base):
    __tablename__ = "risks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tool_id: Mapped[int] = mapped_column(ForeignKey("tools.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(100))
    legal_references: Mapped[list[Any]]
    grounds: Mapped[list[Any]]
    likelihood: Mapped[int]
    severity: Mapped[int]
    existing_controls: Mapped[str] = mapped_column(Text)
    treatment: Mapped[str] = mapped_column(String(40))
    actions: Mapped[list[Any]]
    owner: Mapped[str] = mapped_column(String(200))
    residual_likelihood: Mapped[int | None]
    residual_severity: Mapped[int | None]
    status: Mapped[str] = mapped_column(String(40))
    review_date: Mapped[date | None]
    approved_by: Mapped[str | None] = mapped_column(String(200))
    audit_run_id: Mapped[int | None] = mapped_column(
        ForeignKey("audit_runs.id", ondelete="SET NULL")
    )
    source_item_id: Mapped[str | None] = mapped_column(String(100))
    # Issue 22: who proposed accepting the risk, the justification, who approved it (JSON).
    acceptance: Mapped[dict[str, Any] | None]
    row_version: Mapped[int] = mapped_column(Integer)

    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012


class SignOffRow(Base):
    __tablename__ = "signoffs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tool_id: Mapped[int] = mapped_column(ForeignKey("tools.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200))
    decision: Mapped[str] = mapped_column(String(40))
    comment: Mapped[str] = mapped_column(Text)
    signed_at: Mapped[datetime]
    content_hash: Mapped[str | None] = mapped_column(String(64))
    head_hash: Mapped[str | None] = mapped_column(String(64))
    # Issue 22: the identity that signed, and who proposed the content it approves (JSON).
    signed_by: Mapped[dict[str, Any] | None]
    proposed_by: Mapped[list[Any] | None]


class AccessGrantRow(Base):
    """Issue 22: one access role held by one identity, for one tool or (``tool_id`` NULL) all."""

    __tablename__ = "access_grants"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user: Mapped[str] = mapped_column(String(320), index=True)
    tool_id: Mapped[int | None] = mapped_column(
        ForeignKey("tools.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(40))
    granted_by: Mapped[str] = mapped_column(String(200))
    granted_at: Mapped[datetime]


class MonitoringPlanRow(Base):
    """Issue 15: how a tool is monitored; one plan per tool."""

    __tablename__ = "monitoring_plans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tool_id: Mapped[int] = mapped_column(
        ForeignKey("tools.id", ondelete="CASCADE"), unique=True, index=True
    )
    measured: Mapped[str] = mapped_column(Text)
    frequency: Mapped[str] = mapped_column(String(40))
    alert_adverse_significant: Mapped[bool] = mapped_column(Boolean)
    alert_agreement: Mapped[float | None] = mapped_column(Float)
    owner: Mapped[str] = mapped_column(String(200))
    next_audit: Mapped[date | None]
    response_days: Mapped[int]
    row_version: Mapped[int] = mapped_column(Integer)

    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012


class DutyTaskRow(Base):
    """Issue 15: a task opened when a saved audit crossed a threshold of the plan."""

    __tablename__ = "duty_tasks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tool_id: Mapped[int] = mapped_column(ForeignKey("tools.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    audit_run_id: Mapped[int | None] = mapped_column(
        ForeignKey("audit_runs.id", ondelete="SET NULL")
    )
    owner: Mapped[str] = mapped_column(String(200))
    due: Mapped[date]
    status: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime]
    details: Mapped[dict[str, Any]]
    outcome: Mapped[str] = mapped_column(Text)
    done_on: Mapped[date | None]
    done_by: Mapped[str] = mapped_column(String(200))
    row_version: Mapped[int] = mapped_column(Integer)

    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012


class ExplanationRequestRow(Base):
    """Issue 15: a request for an explanation; the reference as typed, never a log row."""

    __tablename__ = "explanation_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tool_id: Mapped[int] = mapped_column(ForeignKey("tools.id", ondelete="CASCADE"), index=True)
    reference: Mapped[str] = mapped_column(String(200))
    received: Mapped[date]
    status: Mapped[str] = mapped_column(String(20))
    answered_on: Mapped[date | None]
    answer: Mapped[str] = mapped_column(Text)
    row_version: Mapped[int] = mapped_column(Integer)

    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012


class PairedRunRow(Base):
    """Issue 24: a paired test of the tool: its design and aggregate results (no CV answers)."""

    __tablename__ = "paired_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tool_id: Mapped[int] = mapped_column(ForeignKey("tools.id", ondelete="CASCADE"), index=True)
    tool_version: Mapped[str] = mapped_column(String(100))
    design: Mapped[dict[str, Any] | None]
    result: Mapped[dict[str, Any]]
    manifest_sha256: Mapped[str | None] = mapped_column(String(64))
    answers_sha256: Mapped[str | None] = mapped_column(String(64))
    answers_file_name: Mapped[str | None] = mapped_column(String(500))
    run_at: Mapped[datetime]
    run_by: Mapped[str] = mapped_column(String(200))


class PersonRow(Base):
    """Issue 23: someone around a tool (name, roles, an optional signed-in identity)."""

    __tablename__ = "people"
    __table_args__ = (UniqueConstraint("tool_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tool_id: Mapped[int] = mapped_column(ForeignKey("tools.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    roles: Mapped[list[Any]]
    identity: Mapped[str] = mapped_column(String(200), default="")
    row_version: Mapped[int] = mapped_column(Integer)

    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012


class CompetenceRecordRow(Base):
    """Issue 23: one thing a person did to understand the tool, and when to refresh it."""

    __tablename__ = "competence_records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tool_id: Mapped[int] = mapped_column(ForeignKey("tools.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    activity: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    taken_on: Mapped[date]
    refresh_months: Mapped[int]
    lesson: Mapped[str] = mapped_column(String(100), default="")
    correct: Mapped[int | None]
    questions: Mapped[int | None]


class RecipeRow(Base):
    """Issue 20: one version of a tool's audit recipe (names and choices, never rows)."""

    __tablename__ = "recipes"
    __table_args__ = (UniqueConstraint("tool_id", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tool_id: Mapped[int] = mapped_column(ForeignKey("tools.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    recipe: Mapped[dict[str, Any]]
    saved_at: Mapped[datetime]
    saved_by: Mapped[str] = mapped_column(String(200))


class DismissalRow(Base):
    """Issue 20: a proposed risk a person dismissed, with the reason (the key is language-free)."""

    __tablename__ = "dismissals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tool_id: Mapped[int] = mapped_column(ForeignKey("tools.id", ondelete="CASCADE"), index=True)
    audit_run_id: Mapped[int | None] = mapped_column(
        ForeignKey("audit_runs.id", ondelete="CASCADE")
    )
    proposal: Mapped[str] = mapped_column(String(500))
    title: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    dismissed_at: Mapped[datetime]
    dismissed_by: Mapped[str] = mapped_column(String(200))


class HistoryRow(Base):
    """Append-only: no foreign key, so the trail outlives a deleted tool; triggers forbid edits.

    ``hash`` chains every entry to the one before (``register/chain.py``); it covers every other
    column, so a column added here is protected without further code.
    """

    __tablename__ = "history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(200))
    tool_id: Mapped[int | None] = mapped_column(index=True)
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(20))
    changes: Mapped[dict[str, Any]]
    summary: Mapped[str] = mapped_column(Text)
    hash: Mapped[str | None] = mapped_column(String(64))
    # Issue 27 (revision 0007): the written row's hash, how the entry came to be, the hashes an
    # imported entry had before, and the keyed chain's signature.
    row_hash: Mapped[str | None] = mapped_column(String(64))
    row_before: Mapped[str | None] = mapped_column(String(64))
    origin: Mapped[str | None] = mapped_column(String(20))
    sources: Mapped[str | None] = mapped_column(Text)
    mac: Mapped[str | None] = mapped_column(String(64))


RowT = TypeVar("RowT", bound=Base)
ModelT = TypeVar("ModelT", bound=BaseModel)


def column_names(row_cls: type[Base]) -> list[str]:
    return [column.key for column in row_cls.__table__.columns]


def to_row_values(model: BaseModel, row_cls: type[Base]) -> dict[str, Any]:
    """Column values for ``model``: JSON columns get JSON-ready data, the others Python values."""
    python = model.model_dump(mode="python")
    json_ready = model.model_dump(mode="json")
    values: dict[str, Any] = {}
    for column in row_cls.__table__.columns:
        if column.key in python:
            is_json = isinstance(column.type, JSON)
            values[column.key] = json_ready[column.key] if is_json else python[column.key]
    return values


def from_row(row: Base, model_cls: type[ModelT]) -> ModelT:
    """The pydantic model of ``row`` (fields without a column keep their defaults).

    Rows are read as stored: the models' length limits guard input only (issue 12), so text saved
    before a limit existed still opens.
    """
    fields = model_cls.model_fields
    return model_cls.model_validate(
        {key: getattr(row, key) for key in column_names(type(row)) if key in fields},
        context={"stored": True},
    )

"""Monitoring a tool in use (AI Act Art. 26(5), issue 15): its plan and the tasks audits open.

Whether a saved audit crosses a threshold of the plan is decided in ``register/duties/rules.py``.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from ethics_toolkit.register.domain.field_types import UTCDateTime


class MonitoringFrequency(StrEnum):
    month = "month"
    quarter = "quarter"
    half_year = "half_year"
    year = "year"


class ThresholdKind(StrEnum):
    """What a saved audit crossed (issue 15): each opens a task under AI Act Art. 26(5)."""

    adverse_significant = "adverse_significant"
    tool_decides = "tool_decides"


class TaskStatus(StrEnum):
    open = "open"
    done = "done"


DEFAULT_AGREEMENT_THRESHOLD = 0.95
"""People followed the tool in at least this share of cases: in practice the tool decides."""
DEFAULT_RESPONSE_DAYS = 14


class MonitoringPlan(BaseModel):
    """How a tool is monitored in use (AI Act Art. 26(5)): one plan per tool.

    The thresholds decide when a saved audit opens a task (``register/duties/rules.py``).
    """

    model_config = ConfigDict(defer_build=True)

    id: int | None = None
    tool_id: int
    measured: str = ""
    frequency: MonitoringFrequency = MonitoringFrequency.quarter
    alert_adverse_significant: bool = True
    alert_agreement: float | None = Field(default=DEFAULT_AGREEMENT_THRESHOLD, ge=0.5, le=1.0)
    owner: str = ""
    next_audit: date | None = None
    response_days: int = Field(default=DEFAULT_RESPONSE_DAYS, ge=1, le=365)
    row_version: int = 0


class DutyTask(BaseModel):
    """A task the register opened because a saved audit crossed a threshold of the plan.

    ``details`` holds what was crossed as language-neutral data: the groups (their values per
    attribute) with significant adverse impact, or the agreement with the tool.
    """

    model_config = ConfigDict(defer_build=True)

    id: int | None = None
    tool_id: int
    kind: ThresholdKind
    audit_run_id: int | None = None
    owner: str = ""
    due: date
    status: TaskStatus = TaskStatus.open
    created_at: UTCDateTime
    details: dict[str, object] = Field(default_factory=dict)
    outcome: str = ""
    done_on: date | None = None
    done_by: str = ""
    row_version: int = 0

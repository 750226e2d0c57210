"""Requests for an explanation of a decision (issue 15), with the day each answer is due."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from dateutil.relativedelta import relativedelta
from pydantic import BaseModel, ConfigDict, Field, computed_field


class RequestStatus(StrEnum):
    open = "open"
    answered = "answered"
    withdrawn = "withdrawn"


REQUEST_MONTHS = 1
"""GDPR Art. 12(3): information on action taken on a request "within one month of receipt"."""


def request_due(received: date) -> date:
    """The day the answer to a request received on ``received`` is due (one calendar month;
    ``relativedelta`` keeps month ends: 31 January -> 28 or 29 February)."""
    return received + relativedelta(months=REQUEST_MONTHS)


class ExplanationRequest(BaseModel):
    """A request for an explanation of a decision (AI Act Art. 86, GDPR Art. 15(1)(h), 22(3)).

    ``reference`` is what the user typed to find the case again (a case number, never a row of
    the decision log). The answer is due one calendar month after receipt (GDPR Art. 12(3)).
    """

    model_config = ConfigDict(defer_build=True)

    id: int | None = None
    tool_id: int
    reference: str = Field(min_length=1, max_length=200)
    received: date
    status: RequestStatus = RequestStatus.open
    answered_on: date | None = None
    answer: str = ""
    row_version: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def due(self) -> date:
        return request_due(self.received)

    @property
    def closed(self) -> bool:
        return self.status != RequestStatus.open

"""Options of a report: what the reader may set without changing the figures."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from ethics_toolkit.engine.presentation import SMALL_CELL_THRESHOLD

DEFAULT_SMALL_CELL_THRESHOLD = SMALL_CELL_THRESHOLD


class ReportOptions(BaseModel):
    """Settings of one report build.

    ``report_date`` defaults to a date derived from the data (the latest audit run or history
    entry), never today's date, so that rebuilding the same register gives a byte-identical PDF.
    """

    model_config = ConfigDict(frozen=True)

    small_cell_threshold: int = Field(default=DEFAULT_SMALL_CELL_THRESHOLD, ge=1)
    prepared_by: str | None = None
    confidentiality: str | None = None
    report_date: date | None = None

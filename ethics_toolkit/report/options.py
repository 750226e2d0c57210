"""Options of a report: what the reader may set without changing the figures."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

from ethics_toolkit.engine.presentation.suppression import SMALL_CELL_THRESHOLD

DEFAULT_SMALL_CELL_THRESHOLD = SMALL_CELL_THRESHOLD


class ReportOptions(BaseModel):
    """Settings of one report build.

    ``report_date`` defaults to a date derived from the data (the latest audit run or history
    entry), never today's date: the report speaks of the register as of that date. The PDF's
    creation date is the build's time (``built_at``).
    """

    model_config = ConfigDict(frozen=True)

    small_cell_threshold: int = Field(default=DEFAULT_SMALL_CELL_THRESHOLD, ge=1)
    prepared_by: str | None = Field(default=None, max_length=200)
    """The report's author, printed on the cover and stored as the PDF's author (issue 12)."""
    confidentiality: str | None = Field(default=None, max_length=200)
    report_date: date | None = None
    built_at: datetime | None = None
    """When the PDF is built: its creation date (issue 21). ``None``: the time of the build, or
    ``SOURCE_DATE_EPOCH`` for a reproducible build; a caller may fix it (tests compare bytes)."""
    run_by: str | None = Field(default=None, max_length=200)
    """Who ran the audit, as they entered it (``audit --by``): the audit-only report's data source
    names them; a saved audit run carries its own."""
    art9_ground: str | None = Field(default=None, max_length=2000)
    """The GDPR Art. 9(2) ground for the special-category data of an audit-only report."""

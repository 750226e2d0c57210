"""A saved paired test of a tool (issue 24): the design and the aggregate results, nothing more.

A paired test is a run of the tool itself on synthetic CVs: the register keeps how the set was
made (:class:`~ethics_toolkit.engine.paired.models.PairedDesign`), which version of the tool
answered, the fingerprints of the manifest and of the answers file, and per contrast the pairs,
means, intervals, p-values and verdict (:class:`~ethics_toolkit.engine.paired.models.
PairedResult`). It never keeps a CV's answer: the model has no field that could hold one.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from ethics_toolkit.engine.paired.models import PairedDesign, PairedResult


def _as_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class PairedRun(BaseModel):
    """One paired test of a tool: its design, the version tested, the aggregate results."""

    model_config = ConfigDict(defer_build=True)

    id: int | None = None
    tool_id: int
    tool_version: str = Field(default="", max_length=100)
    """The version of the tool that answered (the vendor's number or a date), as stated."""
    design: PairedDesign | None = None
    """``None`` when the set's ``design.json`` was not at hand (the results still hold)."""
    result: PairedResult
    manifest_sha256: str | None = None
    answers_sha256: str | None = None
    answers_file_name: str | None = Field(default=None, max_length=500)
    run_at: Annotated[datetime, AfterValidator(_as_utc)]
    run_by: str = Field(min_length=1, max_length=200)

    @property
    def difference_found(self) -> bool:
        return self.result.difference_found

"""A saved bias audit: the engine's result with its provenance, never the decision log's rows."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.register.domain.field_types import UTCDateTime


class AuditRun(BaseModel):
    """A saved bias audit: aggregated cells and figures plus provenance, never the raw rows."""

    model_config = ConfigDict(defer_build=True)

    id: int | None = None
    tool_id: int
    result: AuditResult
    file_sha256: str | None = None
    file_name: str | None = None
    rows_read: int = Field(ge=0)
    rows_used: int = Field(ge=0)
    run_at: UTCDateTime
    run_by: str = Field(min_length=1)
    data_period: str | None = None
    # Issue 13 (privacy of stored audits, ``register/storage/privacy.py``): cells under 5 people
    # are withheld when the run is saved unless the user kept exact small cells for this audit.
    exact_small_cells: bool = False
    withheld_rows: int = Field(default=0, ge=0)
    withheld_groups: int = Field(default=0, ge=0)

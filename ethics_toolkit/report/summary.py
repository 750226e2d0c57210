"""The report's first page as data: the register's traffic light with the report's options.

The rules live in :mod:`ethics_toolkit.register.status` (the app's Overview page reads them there,
without the PDF package); this module applies a report's options (small-cell threshold, report date)
so that the app's Report page can preview exactly what the first page of the PDF will say.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ethics_toolkit.i18n import Lang
from ethics_toolkit.register.status import (
    MAX_FINDINGS,
    MAX_GROUPS_NAMED,
    OPEN_STATUSES,
    SERIOUS_LEVELS,
    Status,
    adverse_finding,
    adverse_groups,
    derive_report_date,
    latest_audit,
    p_text,
    status,
)
from ethics_toolkit.register.status import ToolStatusSummary as ReportSummary
from ethics_toolkit.report.options import ReportOptions

if TYPE_CHECKING:
    from ethics_toolkit.engine.models import AuditResult
    from ethics_toolkit.register.models import ToolRecord

__all__ = [
    "MAX_FINDINGS",
    "MAX_GROUPS_NAMED",
    "OPEN_STATUSES",
    "SERIOUS_LEVELS",
    "ReportSummary",
    "Status",
    "adverse_finding",
    "adverse_groups",
    "derive_report_date",
    "latest_audit",
    "p_text",
    "summary",
]


def summary(
    source: ToolRecord | AuditResult,
    lang: Lang,
    *,
    options: ReportOptions | None = None,
) -> ReportSummary:
    """Traffic light, reasons, top findings and decisions, as the report will print them."""
    options = options or ReportOptions()
    return status(
        source,
        lang,
        small_cell_threshold=options.small_cell_threshold,
        report_date=options.report_date,
    )

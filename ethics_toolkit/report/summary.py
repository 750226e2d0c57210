"""The report's first page as data: the register's traffic light with the report's options.

The rules live in :mod:`ethics_toolkit.register.status.traffic_light` (the app's Overview page reads
them there, without the PDF package); this module applies a report's options (small-cell threshold,
report date) so that the app's Report page can preview exactly what the first page of the PDF will
say.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ethics_toolkit.i18n import Lang
from ethics_toolkit.register.statements.audit import adverse_groups
from ethics_toolkit.register.status.traffic_light import (
    MAX_FINDINGS,
    MAX_GROUPS_NAMED,
    OPEN_STATUSES,
    SERIOUS_LEVELS,
    Status,
    adverse_finding,
    derive_report_date,
    latest_audit,
    p_text,
    status,
)
from ethics_toolkit.register.status.traffic_light import ToolStatusSummary as ReportSummary
from ethics_toolkit.report.options import ReportOptions

if TYPE_CHECKING:
    from ethics_toolkit.engine.models import AuditResult
    from ethics_toolkit.register.domain.tool_record import ToolRecord
    from ethics_toolkit.register.statements.model import ToolStatements

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
    audit_section: int | None = None,
    statements: ToolStatements | None = None,
) -> ReportSummary:
    """Traffic light, reasons, top findings and decisions, as the report will print them.

    Groups not named point to the report's bias-audit section ("and 2 more (section 5)"), the
    checklist counts to its checklist section.
    """
    from ethics_toolkit.engine.models import AuditResult
    from ethics_toolkit.report.texts import AUDIT_SECTION_KEYS, TOOL_SECTION_KEYS

    options = options or ReportOptions()
    tool = not isinstance(source, AuditResult)
    if audit_section is None:
        keys = TOOL_SECTION_KEYS if tool else AUDIT_SECTION_KEYS
        audit_section = keys.index("sec.audit") + 1
    return status(
        source,
        lang,
        small_cell_threshold=options.small_cell_threshold,
        report_date=options.report_date,
        audit_section=audit_section,
        checklist_section=TOOL_SECTION_KEYS.index("sec.checklists") + 1 if tool else None,
        statements=statements,
    )

"""PDF reports for management and auditors, in Swedish and English (issue 5).

``build_audit_report`` turns one bias audit into a PDF; ``build_tool_report`` turns a register
record (tool, classification, checklists, risks, latest audit, sign-offs, history) into the full
management report; ``audit_report`` and ``tool_report`` do the same and also return the text the
font could not draw, for the CLI and the app to warn about (issue 12); ``summary`` gives the first
page's content as data for the app to preview. reportlab is imported only when a PDF is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ethics_toolkit.report.options import ReportOptions
from ethics_toolkit.report.summary import ReportSummary, summary

if TYPE_CHECKING:
    from ethics_toolkit.engine.models import AuditResult
    from ethics_toolkit.i18n import Lang
    from ethics_toolkit.register.domain.tool_record import ToolRecord
    from ethics_toolkit.report.build import BuiltReport

__all__ = [
    "ReportOptions",
    "ReportSummary",
    "audit_report",
    "build_audit_report",
    "build_tool_report",
    "summary",
    "tool_report",
]


def build_audit_report(
    result: AuditResult, *, lang: Lang, options: ReportOptions | None = None
) -> bytes:
    """The bias-audit-only PDF (for ``ethics-toolkit audit FILE ... --report FILE.pdf``)."""
    from ethics_toolkit.report.build import build_audit_report as build

    return build(result, lang=lang, options=options)


def build_tool_report(
    record: ToolRecord, *, lang: Lang, options: ReportOptions | None = None
) -> bytes:
    """The full management report of a registered tool, using its latest audit run."""
    from ethics_toolkit.report.management import build_tool_report as build

    return build(record, lang=lang, options=options)


def audit_report(
    result: AuditResult, *, lang: Lang, options: ReportOptions | None = None
) -> BuiltReport:
    """The audit-only report and the text it could not draw (``.pdf``, ``.warning(lang)``)."""
    from ethics_toolkit.report.build import audit_report as build

    return build(result, lang=lang, options=options)


def tool_report(
    record: ToolRecord, *, lang: Lang, options: ReportOptions | None = None
) -> BuiltReport:
    """The management report and the text it could not draw (``.pdf``, ``.warning(lang)``)."""
    from ethics_toolkit.report.management import tool_report as build

    return build(record, lang=lang, options=options)

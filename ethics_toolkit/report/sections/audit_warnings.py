"""The audit's warnings in the PDF (issue 27): what to know before the figures, said first.

Placed at the start of the bias-audit section. The messages are written again from the
warnings' figures with the report's small-cell threshold (a count of fewer people prints as
"< 5"), as every other table of a document that leaves the team.
"""

from __future__ import annotations

from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.engine.presentation.warnings import reworded
from ethics_toolkit.report.story import Story
from ethics_toolkit.report.texts import text


def warnings_block(story: Story, result: AuditResult, *, small_cell_threshold: int) -> None:
    """A run-in heading and one bullet per warning; nothing when the audit has none."""
    if not result.warnings:
        return
    printed = reworded(result.warnings, result.spec, suppress_below=small_cell_threshold)
    story.lead(text("aud.warnings", story.lang))
    story.bullets([warning.message.get(story.lang) for warning in printed])

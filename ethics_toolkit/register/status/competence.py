"""The traffic light's rule on the people around a tool (issue 23): a tool in use that is a
high-risk system without a named, trained overseer is amber (AI Act Art. 26(2)), and management
decides who oversees it and gives them time to train.

Judged on the report date, like the review date: the record's newest fact, so a rebuilt report
stays the same (``register/domain/competence.py`` holds the rule itself).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ethics_toolkit.register.domain.competence import oversight_finding

if TYPE_CHECKING:
    from ethics_toolkit.i18n import Lang
    from ethics_toolkit.register.domain.tool_record import ToolRecord


def competence_rules(
    lang: Lang, record: ToolRecord, report_date: date | None
) -> tuple[list[str], list[str]]:
    """The amber reasons and the decisions about oversight and training, in ``lang``."""
    finding = oversight_finding(
        record.tool,
        record.classification,
        record.people,
        record.competence,
        as_of=report_date or date.today(),
    )
    reasons = [finding.message(lang)] if finding.finding else []
    decision = finding.decision(lang)
    return reasons, [decision] if decision else []

"""The traffic light's rule on the people around a tool (issue 23): a tool in use that is a
high-risk system without a named, trained overseer is amber (AI Act Art. 26(2)), and management
decides who oversees it and gives them time to train.

Judged on the statements' date, like the review date: the record's newest fact, so a rebuilt
report stays the same. The finding itself is the tool's statements' (``register/statements``,
from the rule in ``register/domain/competence.py``), so the traffic light, ``due`` and the
report state the same one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ethics_toolkit.i18n import Lang
    from ethics_toolkit.register.domain.competence import OversightFinding


def competence_rules(lang: Lang, finding: OversightFinding) -> tuple[list[str], list[str]]:
    """The amber reasons and the decisions about oversight and training, in ``lang``."""
    reasons = [finding.message(lang)] if finding.finding else []
    decision = finding.decision(lang)
    return reasons, [decision] if decision else []

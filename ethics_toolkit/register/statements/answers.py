"""Checklist answers as evidence with dates (issue 21 §2): met, or "needs review".

An answer is a claim made on a day. It is shown as "needs review", not by its value, when

- its evidence cites a day (``2026-10-15``) or a month (``2026-10``) after the day it was given or
  last revised, and no later than the statements' date: it certifies something that had not
  happened yet (a day still ahead is a plan, fine until it passes);
- it contradicts the register's own data: no special-category data (gdpr-02) while the tool or
  its audit processes such data and no Art. 9(2) ground is stated; a DPIA before go-live (gdpr-04)
  against the DPIA date in the profile; every decision taken by a person (gdpr-06) while other
  answers or an audit show the tool decides in practice; a FRIA not applicable (leadership-05)
  while one is needed; a regular bias audit (non_discrimination-06) while the register holds none.

An answer that needs review is not evidence for a legal conclusion either (the classification is
drawn from the other answers).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ethics_toolkit.i18n import LANGS
from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.register.checklists.catalogue import ChecklistCounts, checklist_counts
from ethics_toolkit.register.domain.answers import Answer, AnswerValue
from ethics_toolkit.register.domain.audit_runs import AuditRun
from ethics_toolkit.register.domain.tool import AITool, EmployerType
from ethics_toolkit.register.statements.texts import TEXTS

AnswerState = Literal["met", "partly", "not_met", "dont_know", "not_applicable", "needs_review"]
_STATE = {
    AnswerValue.yes: "met",
    AnswerValue.partly: "partly",
    AnswerValue.no: "not_met",
    AnswerValue.dont_know: "dont_know",
    AnswerValue.not_applicable: "not_applicable",
}
_DAY = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")
_MONTH = re.compile(r"(?<![\d-])(\d{4})-(\d{2})(?![\d-])")

ART9_ITEM = "gdpr-02"
DPIA_ITEM = "gdpr-04"
HUMAN_DECIDES_ITEM = "gdpr-06"
FRIA_ITEM = "leadership-05"
BIAS_AUDIT_ITEM = "non_discrimination-06"
TOOL_DECIDES_ITEMS = ("human_oversight-05", "human_oversight-03")
"""Answered "no", these say that in practice the tool decides (``register/legal/evidence.py``)."""


class AnswerStatement(BaseModel):
    """One answer as the register states it: its value, its dates and, when it needs review, why."""

    model_config = ConfigDict(frozen=True)

    item_id: str
    value: AnswerValue
    state: AnswerState
    evidence: str
    answered_by: str
    given_at: datetime
    revised_at: datetime | None = None
    reasons: list[Bilingual] = Field(default_factory=list)
    """Why the answer needs review (empty: it stands)."""

    @property
    def needs_review(self) -> bool:
        return self.state == "needs_review"


class ChecklistStatements(BaseModel):
    """Every answer once, and the counts every output gives."""

    model_config = ConfigDict(frozen=True)

    answers: list[AnswerStatement]
    counts: ChecklistCounts

    def answer(self, item_id: str) -> AnswerStatement | None:
        return next((a for a in self.answers if a.item_id == item_id), None)

    def counts_of(self, item_ids: Sequence[str]) -> ChecklistCounts:
        """The counts of some items (a checklist area), as :attr:`counts` counts them all."""
        chosen = [a for a in self.answers if a.item_id in set(item_ids)]
        return _counts(chosen, items=len(item_ids))

    @property
    def to_review(self) -> list[AnswerStatement]:
        return [a for a in self.answers if a.needs_review]


def cited_dates(evidence: str) -> list[date]:
    """The days an evidence note cites; a month counts from its first day."""
    found: list[date] = []
    for pattern, has_day in ((_DAY, True), (_MONTH, False)):
        for match in pattern.finditer(evidence):
            year, month = int(match.group(1)), int(match.group(2))
            day = int(match.group(3)) if has_day else 1
            try:
                found.append(date(year, month, day))
            except ValueError:
                continue
    return sorted(set(found))


def _later_event(answer: Answer, as_of: date | None) -> Bilingual | None:
    """A day the evidence cites after the answer was given and on or before ``as_of``: an event
    the answer could not have known of (a day still ahead is a plan, which is fine until it
    passes)."""
    given = answer.answered_at.date()
    later = [d for d in cited_dates(answer.evidence) if d > given and (as_of is None or d <= as_of)]
    if not later:
        return None
    return _both("review.later_event", cited=later[-1].isoformat(), given=given.isoformat())


def _both(key: str, **values: object) -> Bilingual:
    return Bilingual(**{lang: TEXTS.text(key, lang, **values) for lang in LANGS})


def _contradictions(
    answer: Answer,
    *,
    tool: AITool,
    audits: Sequence[AuditRun],
    by_item: dict[str, Answer],
    fria_needed: bool,
) -> list[Bilingual]:
    from ethics_toolkit.register.legal.evidence import special_data

    item, value = answer.item_id, answer.value
    found: list[Bilingual] = []
    if item == ART9_ITEM and value in (AnswerValue.yes, AnswerValue.not_applicable):
        data = special_data(tool, audits)
        if data is not None and not tool.art9_ground.strip():
            words = {lang: TEXTS.text("review.art9", lang, data=data.get(lang)) for lang in LANGS}
            found.append(Bilingual(**words))
    if item == DPIA_ITEM and tool.dpia_completed_on is not None and tool.go_live is not None:
        before = tool.dpia_completed_on <= tool.go_live
        if (value == AnswerValue.yes and not before) or (value == AnswerValue.no and before):
            found.append(
                _both("review.dpia", done=tool.dpia_completed_on.isoformat(),
                      go_live=tool.go_live.isoformat())
            )  # fmt: skip
    if item == HUMAN_DECIDES_ITEM and value == AnswerValue.yes:
        against = [i for i in TOOL_DECIDES_ITEMS if i in by_item and by_item[i].value == "no"]
        if against or _audit_shows_tool_decides(tool, audits):
            found.append(_both("review.art22"))
    if item == FRIA_ITEM and value == AnswerValue.not_applicable and fria_needed:
        found.append(_both("review.fria"))
    if item == BIAS_AUDIT_ITEM and value == AnswerValue.yes and not audits:
        found.append(_both("review.no_audit"))
    return found


def _audit_shows_tool_decides(tool: AITool, audits: Sequence[AuditRun]) -> bool:
    if not audits:
        return False
    from ethics_toolkit.register.legal.art22 import art22_evidence

    latest = max(audits, key=lambda run: (run.run_at, run.id or 0))
    evidence = art22_evidence(tool, latest.result)
    return evidence is not None and evidence.tool_decides


def checklist_statements(
    tool: AITool,
    answers: Sequence[Answer],
    audits: Sequence[AuditRun],
    *,
    fria_needed: bool,
    as_of: date | None,
) -> ChecklistStatements:
    """Every answer with its dates and, where it needs review, the reasons (module docstring)."""
    by_item = {a.item_id: a for a in answers}
    stated = []
    for answer in sorted(answers, key=lambda a: a.item_id):
        reasons = [r for r in [_later_event(answer, as_of)] if r is not None]
        reasons += _contradictions(
            answer, tool=tool, audits=audits, by_item=by_item, fria_needed=fria_needed
        )
        stated.append(
            AnswerStatement(
                item_id=answer.item_id,
                value=answer.value,
                state="needs_review" if reasons else _STATE[answer.value],  # type: ignore[arg-type]
                evidence=answer.evidence,
                answered_by=answer.answered_by,
                given_at=answer.given_at,
                revised_at=answer.answered_at if answer.revised else None,
                reasons=reasons,
            )
        )
    return ChecklistStatements(answers=stated, counts=_counts(stated))


def _counts(answers: Sequence[AnswerStatement], *, items: int | None = None) -> ChecklistCounts:
    counts = checklist_counts((a.value for a in answers if not a.needs_review), items=items)
    return counts.model_copy(update={"needs_review": sum(a.needs_review for a in answers)})


def trusted(answers: Sequence[Answer], checklists: ChecklistStatements) -> list[Answer]:
    """The answers that stand as evidence (those that need review do not)."""
    review = {a.item_id for a in checklists.to_review}
    return [a for a in answers if a.item_id not in review]


def fria_applies(tool: AITool, high_risk: bool) -> bool:
    return high_risk and tool.employer_type == EmployerType.public_body

"""A lesson's self-check answered: which answers were right, and the competence record it makes.

Every question must be answered for the lesson to count as completed; the score is kept with the
record (a self-check is for learning, so a wrong answer does not undo the lesson, it is explained).
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n import Lang
from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.register.domain.people import DEFAULT_REFRESH_MONTHS, ActivityKind
from ethics_toolkit.register.people.lessons import TEXTS, Lesson

UNANSWERED = Bilingual(
    sv="Svara på alla frågor i självtestet först ({missing} av {count} obesvarade).",
    en="Answer every question of the self-check first ({missing} of {count} unanswered).",
)


class SelfCheck(BaseModel):
    """The answers to a lesson's questions, checked."""

    model_config = ConfigDict(frozen=True)

    lesson: str
    answers: list[int | None]
    right: list[bool]

    @property
    def correct(self) -> int:
        return sum(self.right)

    @property
    def questions(self) -> int:
        return len(self.right)

    @property
    def complete(self) -> bool:
        return all(answer is not None for answer in self.answers)


def check(lesson: Lesson, answers: Sequence[int | None]) -> SelfCheck:
    """``answers``: the option picked per question (``None``: not answered)."""
    given = [*answers, *[None] * (len(lesson.questions) - len(answers))][: len(lesson.questions)]
    return SelfCheck(
        lesson=lesson.id,
        answers=given,
        right=[a == q.correct for a, q in zip(given, lesson.questions, strict=True)],
    )


def record_fields(lesson: Lesson, result: SelfCheck, lang: Lang) -> dict[str, object]:
    """The competence record of a completed lesson, as ``Store.record_competence`` takes it."""
    if not result.complete:
        missing = sum(a is None for a in result.answers)
        raise UserFacingError.of(UNANSWERED, missing=missing, count=result.questions)
    return {
        "activity": TEXTS.text("activity", lang, title=lesson.title),
        "kind": ActivityKind.lesson,
        "lesson": lesson.id,
        "correct": result.correct,
        "questions": result.questions,
        "refresh_months": DEFAULT_REFRESH_MONTHS,
    }

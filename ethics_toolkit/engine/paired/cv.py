"""One base CV's content, and the variant documents built from it.

A base CV is drawn from the job profile with the design's random generator: experience (two jobs,
1-9 years in all, so that the younger age signal stays credible), education, the requirements it
meets, skills and a personal letter. Base CVs differ in how well they fit the job, so a tool's
scores spread. A variant is the base CV with the signals filled in: the name (on the name line,
in the e-mail address and under the letter), the birth year (age) and the gap slot (a temporary
job or parental leave in the same years). Every signal sits on a line of its own.

Randomness comes only from ``random.Random.random()`` through :class:`Draw`, whose results are the
same on every platform and Python version, so a seed makes the same set everywhere.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict

from ethics_toolkit.engine.paired import cv_texts
from ethics_toolkit.engine.paired.names import folded
from ethics_toolkit.engine.paired.profile import JobProfile
from ethics_toolkit.i18n import Lang

T = TypeVar("T")
AGES = {"younger": 31, "older": 56}
"""The applicant's age in the reference year for the two age signals."""
MAX_SKILLS = 6
EMAIL_DOMAIN = "example.com"
"""Reserved for documentation (RFC 2606): no real mailbox receives anything."""


class Draw:
    """Choices from ``random.Random.random()`` alone (portable, unlike ``shuffle``'s internals)."""

    def __init__(self, seed: int | str) -> None:
        self._rng = random.Random(seed)

    def below(self, n: int) -> int:
        return min(int(self._rng.random() * n), n - 1)

    def between(self, low: int, high: int) -> int:
        """An integer in ``[low, high]``."""
        return low + self.below(high - low + 1)

    def choice(self, items: Sequence[T]) -> T:
        return items[self.below(len(items))]

    def shuffled(self, items: Sequence[T]) -> list[T]:
        """Fisher-Yates with this generator."""
        out = list(items)
        for i in range(len(out) - 1, 0, -1):
            j = self.below(i + 1)
            out[i], out[j] = out[j], out[i]
        return out

    def sample(self, items: Sequence[T], k: int) -> list[T]:
        return self.shuffled(items)[: max(0, min(k, len(items)))]

    def uniform(self) -> float:
        return self._rng.random()


class Block(BaseModel):
    """One line of a CV: what it is (for the layout) and its text."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    kind: Literal["name", "contact", "heading", "entry", "detail", "text", "item", "signature"]
    text: str


class CvDocument(BaseModel):
    """A variant as a document: its blocks in order. The renderers lay them out (PDF, DOCX)."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    cv_id: str
    language: Lang
    blocks: list[Block]

    def lines(self) -> list[str]:
        return [block.text for block in self.blocks]


class Job(BaseModel):
    model_config = ConfigDict(frozen=True, defer_build=True)

    title: str
    employer: str
    start: int
    end: int | None
    tasks: list[str]


class BaseCV(BaseModel):
    """The content every variant of one base CV shares."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    base_id: str
    language: Lang
    current: Job
    earlier: Job
    gap_years: tuple[int, int]
    gap_title: str
    gap_employer: str
    education: list[str]
    qualifications: list[str]
    skills: list[str]
    letter: list[str]
    years: int


def _t(key: str, lang: Lang, **values: object) -> str:
    return cv_texts.TEXTS.text(key, lang, **values)


def _years(start: int, end: int | None, lang: Lang) -> str:
    return f"{start}–{end if end is not None else _t('present', lang)}"


def _lower_first(text: str) -> str:
    """``Ekonomiassistent`` -> ``ekonomiassistent`` inside a sentence; acronyms stay (``IT-…``)."""
    return text if text[:2].isupper() else text[:1].lower() + text[1:]


def _joined(items: Sequence[str], lang: Lang, *, lower: bool = False) -> str:
    """``a, b and c``; ``lower`` starts each item in lower case (not acronyms: "IT", "SQL")."""
    if lower:
        items = [_lower_first(i) for i in items]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {_t('and', lang)} {items[-1]}"


def draw_base(profile: JobProfile, base_id: str, draw: Draw, *, gap: bool) -> BaseCV:
    """One base CV for ``profile``; ``gap`` reserves a one-year slot between the two jobs."""
    lang: Lang = profile.language
    year = profile.reference_year
    current_years, earlier_years = draw.between(1, 5), draw.between(1, 4)
    slot = 1 if gap else 0
    titles = list(profile.previous_titles) or [profile.title, _t("assistant", lang)]
    current = Job(
        title=draw.choice(titles),
        employer=draw.choice(cv_texts.EMPLOYERS),
        start=year - current_years,
        end=None,
        tasks=draw.sample(profile.skills, 2) if profile.skills else [],
    )
    gap_end = current.start
    earlier_end = gap_end - slot
    employers = [e for e in cv_texts.EMPLOYERS if e != current.employer]
    earlier = Job(
        title=draw.choice(titles),
        employer=draw.choice(employers),
        start=earlier_end - earlier_years,
        end=earlier_end,
        tasks=draw.sample(profile.skills, 2) if profile.skills else [],
    )
    finished = earlier.start
    in_sector = _lower_first(profile.sector)
    sector = _t("programme.sector", lang, sector=in_sector) if profile.sector else ""
    programmes = list(profile.education) or [
        _t("programme.bachelor", lang),
        _t("programme.vocational", lang, sector=sector),
    ]
    programme = draw.choice(programmes)
    school = draw.choice(cv_texts.UNIVERSITIES)
    education = [
        _t("school", lang, years=_years(finished - 3, finished, lang), programme=programme,
           school=school),
        _t("school", lang, years=_years(finished - 6, finished - 3, lang),
           programme=_t("programme.upper_secondary", lang), school=draw.choice(cv_texts.SCHOOLS)),
    ]  # fmt: skip
    met = draw.sample(profile.requirements, draw.between(1, len(profile.requirements)))
    met = [r for r in profile.requirements if r in met]  # in the profile's order
    skills = draw.sample(profile.skills, draw.between(0, min(MAX_SKILLS, len(profile.skills))))
    skills = [s for s in profile.skills if s in skills]
    years = current_years + earlier_years
    at = _t("letter.at", lang, employer=profile.employer) if profile.employer else ""
    letter = [
        _t("letter.1", lang, title=_lower_first(profile.title), at=at),
        _t("letter.2", lang, current=_lower_first(current.title), employer=current.employer,
           skills=_joined(skills[:3], lang))
        if skills
        else _t("letter.2.no_skills", lang, current=_lower_first(current.title),
                employer=current.employer),
        _t("letter.3", lang, requirements=_joined(met[:3], lang, lower=True)),
        _t("letter.4", lang),
    ]  # fmt: skip
    return BaseCV(
        base_id=base_id,
        language=lang,
        current=current,
        earlier=earlier,
        gap_years=(earlier_end, gap_end),
        gap_title=draw.choice(titles),
        gap_employer=draw.choice(employers),
        education=education,
        qualifications=met,
        skills=skills,
        letter=letter,
        years=years,
    )


def email_of(first: str, last: str) -> str:
    return f"{folded(first)}.{folded(last)}@{EMAIL_DOMAIN}"


def birth_year(age_level: str, reference_year: int) -> str:
    return str(reference_year - AGES[age_level])


def gap_text(base: BaseCV, gap_level: str) -> str:
    """The gap slot's one line: a temporary job (``none``) or parental leave, same years."""
    lang = base.language
    years = _years(*base.gap_years, lang)
    if gap_level == "none":
        return _t("gap.none", lang, years=years, title=_lower_first(base.gap_title),
                  employer=base.gap_employer)  # fmt: skip
    return _t("gap.parental_leave", lang, years=years)


def document(
    base: BaseCV,
    *,
    cv_id: str,
    first: str,
    last: str,
    born: str | None,
    gap: str | None,
    sector: str,
) -> CvDocument:
    """The variant of ``base`` with these signals (``born`` and ``gap`` only when tested)."""
    lang = base.language
    name = f"{first} {last}"
    blocks: list[Block] = [
        Block(kind="name", text=name),
        Block(kind="contact", text=_t("email", lang, email=email_of(first, last))),
    ]
    if born is not None:
        blocks.append(Block(kind="contact", text=_t("born", lang, year=born)))
    in_sector = _t("summary.sector", lang, sector=_lower_first(sector)) if sector else ""
    blocks += [
        Block(kind="heading", text=_t("h.profile", lang)),
        Block(kind="text", text=_t("summary", lang, current=base.current.title,
                                   years=base.years, sector=in_sector)),
        Block(kind="heading", text=_t("h.experience", lang)),
    ]  # fmt: skip
    for job in (base.current, base.earlier):
        years = _years(job.start, job.end, lang)
        entry = _t("entry", lang, years=years, title=job.title, employer=job.employer)
        blocks.append(Block(kind="entry", text=entry))
        if job.tasks:
            tasks = _joined(job.tasks, lang)
            blocks.append(Block(kind="detail", text=_t("task", lang, tasks=tasks)))
        if job is base.current and gap is not None:
            blocks.append(Block(kind="entry", text=gap))
    blocks.append(Block(kind="heading", text=_t("h.education", lang)))
    blocks += [Block(kind="entry", text=line) for line in base.education]
    blocks.append(Block(kind="heading", text=_t("h.qualifications", lang)))
    blocks += [Block(kind="item", text=line) for line in base.qualifications]
    if base.skills:
        blocks.append(Block(kind="heading", text=_t("h.skills", lang)))
        blocks.append(Block(kind="text", text=", ".join(base.skills)))
    blocks += [
        Block(kind="heading", text=_t("h.languages", lang)),
        Block(kind="text", text=_t("languages", lang)),
        Block(kind="heading", text=_t("h.letter", lang)),
        *(Block(kind="text", text=paragraph) for paragraph in base.letter),
        Block(kind="text", text=_t("regards", lang)),
        Block(kind="signature", text=name),
    ]
    return CvDocument(cv_id=cv_id, language=lang, blocks=blocks)

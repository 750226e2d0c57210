"""Who is trained, which refreshers are due, and the AI Act Art. 26(2) finding (issue 23); no SQL.

Rules, read by ``due`` (overdue refreshers), the traffic light and the report (the finding) and
the active-measures documentation (sessions held):

- a refresher belongs to the latest record of each person and activity (the same activity done
  again replaces the older record; a lesson is known by its id, whatever the language it was
  taken in); it is overdue when its day is before the day of the check;
- a person is *trained* on a day when they have a record taken by then whose refresher is not
  overdue (a record without refresher counts for good);
- a tool in use that is a high-risk system needs at least one named overseer who is trained
  (AI Act Art. 26(2): human oversight by people with the necessary competence, training and
  authority; Art. 4: AI literacy of the staff who use it). Otherwise that is a finding.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict

from ethics_toolkit.i18n import Lang
from ethics_toolkit.i18n.text import Bilingual, Catalogue, Plural
from ethics_toolkit.register.domain.legal_classification import LegalClassification
from ethics_toolkit.register.domain.people import (
    ActivityKind,
    CompetenceRecord,
    Person,
    PersonRole,
)
from ethics_toolkit.register.domain.tool import AITool, ToolStatus

OversightReason = Literal["no_overseer", "untrained"]
UPCOMING_DAYS = 30
"""Refreshers due within this many days are listed as upcoming (as ``due`` lists its items)."""

TEXTS = Catalogue(
    {
        "no_overseer": Bilingual(
            sv="{tool} används men ingen person är namngiven som tillsynsperson: AI-förordningen "
            "art. 26.2 kräver att mänsklig tillsyn utförs av personer med nödvändig kompetens, "
            "utbildning och befogenhet.",
            en="{tool} is in use but nobody is named as its overseer: AI Act Art. 26(2) requires "
            "human oversight by people with the necessary competence, training and authority.",
        ),
        "untrained": Plural(
            one=Bilingual(
                sv="{tool} används men tillsynspersonen ({names}) har ingen aktuell utbildning "
                "registrerad: AI-förordningen art. 26.2 kräver nödvändig kompetens och "
                "utbildning (och art. 4 AI-kunnighet).",
                en="{tool} is in use but its overseer ({names}) has no current training on "
                "record: AI Act Art. 26(2) requires the necessary competence and training (and "
                "Art. 4 AI literacy).",
            ),
            other=Bilingual(
                sv="{tool} används men ingen av de {count} tillsynspersonerna ({names}) har "
                "aktuell utbildning registrerad: AI-förordningen art. 26.2 kräver nödvändig "
                "kompetens och utbildning (och art. 4 AI-kunnighet).",
                en="{tool} is in use but none of its {count} overseers ({names}) has current "
                "training on record: AI Act Art. 26(2) requires the necessary competence and "
                "training (and Art. 4 AI literacy).",
            ),
        ),
        "met": Plural(
            one=Bilingual(
                sv="{tool} har {count} namngiven tillsynsperson med aktuell utbildning: {names}.",
                en="{tool} has {count} named overseer with current training: {names}.",
            ),
            other=Bilingual(
                sv="{tool} har {count} namngivna tillsynspersoner med aktuell utbildning: {names}.",
                en="{tool} has {count} named overseers with current training: {names}.",
            ),
        ),
        "not_in_use": Bilingual(
            sv="{tool} används inte just nu, så kravet på utbildad tillsyn under användningen "
            "(AI-förordningen art. 26.2) gäller inte än; utse tillsynspersoner före driftstart.",
            en="{tool} is not in use now, so the duty of trained oversight during use (AI Act "
            "Art. 26(2)) does not apply yet; name its overseers before go-live.",
        ),
        "not_high_risk": Bilingual(
            sv="{tool} är inte klassat som högrisksystem, så art. 26.2 gäller inte; personalen "
            "som använder det behöver ändå AI-kunnighet (art. 4).",
            en="{tool} is not classified as a high-risk system, so Art. 26(2) does not apply; "
            "the staff who use it still need AI literacy (Art. 4).",
        ),
        "decision": Bilingual(
            sv="Utse minst en tillsynsperson för {tool} med kompetens, utbildning och befogenhet "
            "att gå emot verktyget, och ge tid för utbildningen (AI-förordningen art. 26.2 och "
            "art. 4).",
            en="Name at least one overseer of {tool} with the competence, training and authority "
            "to overrule the tool, and give them time to train (AI Act Art. 26(2) and Art. 4).",
        ),
        "decision_planned": Bilingual(
            sv="Utse och utbilda tillsynspersoner för {tool} före driftstart (AI-förordningen "
            "art. 26.2).",
            en="Name and train the overseers of {tool} before go-live (AI Act Art. 26(2)).",
        ),
    }
)


class Refresher(BaseModel):
    """The refresher of a person's latest record of an activity; ``days`` from the check day."""

    model_config = ConfigDict(frozen=True)

    person: str
    person_id: int
    activity: str
    kind: ActivityKind
    taken_on: date
    due: date
    days: int
    overdue: bool


class OversightFinding(BaseModel):
    """Whether a tool in use has a named, trained overseer (AI Act Art. 26(2)) on a day."""

    model_config = ConfigDict(frozen=True)

    tool: str
    as_of: date
    applies: bool
    """The tool is in use and a high-risk system: the duty of Art. 26(2) is the tool's now."""
    finding: bool
    reason: OversightReason | None = None
    overseers: list[str]
    trained: list[str]
    planned: bool = False
    high_risk: bool = True

    def message(self, lang: Lang) -> str:
        """What the status, the report, ``due`` and ``learning status`` say about it."""
        names = ", ".join(self.trained if not self.finding else self.overseers)
        if self.finding:
            count = len(self.overseers)
            key = self.reason or "no_overseer"
            values = {"count": count} if key == "untrained" else {}
            return TEXTS.text(key, lang, tool=self.tool, names=names, **values)
        if not self.high_risk:
            return TEXTS.text("not_high_risk", lang, tool=self.tool)
        if not self.applies:
            return TEXTS.text("not_in_use", lang, tool=self.tool)
        return TEXTS.text("met", lang, tool=self.tool, names=names, count=len(self.trained))

    def decision(self, lang: Lang) -> str | None:
        """What management decides: name and train an overseer (``None``: nothing to decide)."""
        if self.finding:
            return TEXTS.text("decision", lang, tool=self.tool)
        if self.planned and self.high_risk and not self.trained:
            return TEXTS.text("decision_planned", lang, tool=self.tool)
        return None


def latest_records(records: Iterable[CompetenceRecord]) -> list[CompetenceRecord]:
    """Each person's newest record of each activity (the same activity again replaces it; a
    lesson of the app is the same activity in either language)."""
    latest: dict[tuple[int, str], CompetenceRecord] = {}
    for record in sorted(records, key=lambda r: (r.taken_on, r.id or 0)):
        activity = f"lesson:{record.lesson}" if record.lesson else record.activity
        latest[(record.person_id, " ".join(activity.split()).casefold())] = record
    return sorted(latest.values(), key=lambda r: (r.taken_on, r.id or 0))


def is_current(record: CompetenceRecord, as_of: date) -> bool:
    """Taken by ``as_of`` and its refresher (if any) not yet overdue."""
    due = record.refresh_due
    return record.taken_on <= as_of and (due is None or due >= as_of)


def trained(person: Person, records: Iterable[CompetenceRecord], as_of: date) -> bool:
    return any(r.person_id == person.id and is_current(r, as_of) for r in records)


def with_role(people: Iterable[Person], role: PersonRole) -> list[Person]:
    return [person for person in people if role in person.roles]


def refreshers(
    people: Sequence[Person],
    records: Iterable[CompetenceRecord],
    *,
    as_of: date,
    horizon_days: int | None = UPCOMING_DAYS,
) -> list[Refresher]:
    """Overdue refreshers and those due within ``horizon_days`` (``None``: every refresher),
    earliest first. Records of people no longer listed have gone with them."""
    names = {person.id: person.name for person in people}
    found = []
    for record in latest_records(records):
        due = record.refresh_due
        if due is None or record.person_id not in names:
            continue
        days = (due - as_of).days
        if horizon_days is not None and days > horizon_days:
            continue
        found.append(
            Refresher(
                person=names[record.person_id],
                person_id=record.person_id,
                activity=record.activity,
                kind=record.kind,
                taken_on=record.taken_on,
                due=due,
                days=days,
                overdue=days < 0,
            )
        )
    return sorted(found, key=lambda r: (r.due, r.person, r.activity))


def oversight_finding(
    tool: AITool,
    classification: LegalClassification,
    people: Sequence[Person],
    records: Sequence[CompetenceRecord],
    *,
    as_of: date,
) -> OversightFinding:
    """The Art. 26(2) finding of a tool on ``as_of`` (see the module docstring)."""
    overseers = with_role(people, PersonRole.overseer)
    ready = [person.name for person in overseers if trained(person, records, as_of)]
    high_risk = classification.high_risk
    applies = tool.status == ToolStatus.in_use and high_risk
    reason: OversightReason | None = None
    if applies and not overseers:
        reason = "no_overseer"
    elif applies and not ready:
        reason = "untrained"
    return OversightFinding(
        tool=tool.name,
        as_of=as_of,
        applies=applies,
        finding=reason is not None,
        reason=reason,
        overseers=[person.name for person in overseers],
        trained=ready,
        planned=tool.status == ToolStatus.planned,
        high_risk=high_risk,
    )


class SessionLine(BaseModel):
    """A session held (a workplace meeting, a lesson together): who attended, when."""

    model_config = ConfigDict(frozen=True)

    activity: str
    on: date
    attendees: list[str]


class CompetenceSummary(BaseModel):
    """What the reports say about competence: overseers named and trained, refreshers due,
    sessions held (in the period, when one is given), and the Art. 26(2) finding."""

    model_config = ConfigDict(frozen=True)

    tool: str
    as_of: date
    people: list[Person]
    overseers: list[str]
    trained_overseers: list[str]
    operators: list[str]
    trained_operators: list[str]
    overdue: list[Refresher]
    upcoming: list[Refresher]
    sessions: list[SessionLine]
    lessons: int
    """Lessons with their self-check completed (in the period)."""
    records: int
    """Competence records (in the period)."""
    finding: OversightFinding


def competence_summary(
    tool: AITool,
    classification: LegalClassification,
    people: Sequence[Person],
    records: Sequence[CompetenceRecord],
    *,
    as_of: date,
    period: tuple[date, date] | None = None,
) -> CompetenceSummary:
    """The competence around ``tool`` on ``as_of``; sessions, lessons and records counted in
    ``period`` (first and last day) when given, else all of them up to ``as_of``."""
    first, last = period or (date.min, as_of)
    counted = [r for r in records if first <= r.taken_on <= min(last, as_of)]
    names = {person.id: person.name for person in people}
    sessions: dict[tuple[str, date], list[str]] = {}
    for record in sorted(counted, key=lambda r: (r.taken_on, r.id or 0)):
        if record.kind == ActivityKind.session and record.person_id in names:
            sessions.setdefault((record.activity, record.taken_on), []).append(
                names[record.person_id]
            )
    due = refreshers(people, records, as_of=as_of)
    overseers = with_role(people, PersonRole.overseer)
    operators = with_role(people, PersonRole.operator)
    return CompetenceSummary(
        tool=tool.name,
        as_of=as_of,
        people=list(people),
        overseers=[p.name for p in overseers],
        trained_overseers=[p.name for p in overseers if trained(p, records, as_of)],
        operators=[p.name for p in operators],
        trained_operators=[p.name for p in operators if trained(p, records, as_of)],
        overdue=[r for r in due if r.overdue],
        upcoming=[r for r in due if not r.overdue],
        sessions=[
            SessionLine(activity=activity, on=on, attendees=attendees)
            for (activity, on), attendees in sessions.items()
        ],
        lessons=sum(r.kind == ActivityKind.lesson for r in counted),
        records=len(counted),
        finding=oversight_finding(tool, classification, people, records, as_of=as_of),
    )

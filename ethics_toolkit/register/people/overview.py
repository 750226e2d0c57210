"""``learning status``: the people around a tool, their roles and records, the refreshers due and
the AI Act Art. 26(2) finding, as JSON-ready data and as plain text (issue 23)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict

from ethics_toolkit.i18n import Lang
from ethics_toolkit.i18n.text import Bilingual, Catalogue, Plural
from ethics_toolkit.register.domain import labels
from ethics_toolkit.register.domain.competence import (
    latest_records,
    oversight_finding,
    refreshers,
    trained,
)
from ethics_toolkit.register.domain.people import ActivityKind, PersonRole
from ethics_toolkit.register.domain.tool_record import ToolRecord

TEXTS = Catalogue(
    {
        "heading": Bilingual(
            sv="Personer och lärande kring {tool} ({date})",
            en="People and learning around {tool} ({date})",
        ),
        "nobody": Bilingual(
            sv="Inga personer registrerade. Lägg till dem med `ethics-toolkit people add`.",
            en="Nobody is registered. Add people with `ethics-toolkit people add`.",
        ),
        "person": Bilingual(sv="  {name} ({roles}): {state}", en="  {name} ({roles}): {state}"),
        "trained": Bilingual(sv="aktuell utbildning", en="current training"),
        "untrained": Bilingual(sv="ingen aktuell utbildning", en="no current training"),
        "records": Plural(
            one=Bilingual(sv="{count} kompetenspost", en="{count} competence record"),
            other=Bilingual(sv="{count} kompetensposter", en="{count} competence records"),
        ),
        "record": Bilingual(
            sv="    {date}  {activity} ({kind}); {refresh}",
            en="    {date}  {activity} ({kind}); {refresh}",
        ),
        "refresh": Bilingual(sv="repetition senast {due}", en="refresher due {due}"),
        "refresh_late": Bilingual(
            sv="repetition senast {due}: FÖRSENAD", en="refresher due {due}: OVERDUE"
        ),
        "no_refresh": Bilingual(sv="ingen repetition", en="no refresher"),
        "replaced": Bilingual(sv="ersatt av en senare", en="replaced by a later one"),
        "refreshers": Bilingual(
            sv="Repetitioner som är försenade eller förfaller inom {days} dagar:",
            en="Refreshers overdue or due within {days} days:",
        ),
        "refresher": Bilingual(
            sv="  {due}  {person}: {activity}{late}",
            en="  {due}  {person}: {activity}{late}",
        ),
        "late": Bilingual(sv=" (försenad)", en=" (overdue)"),
        "finding": Bilingual(
            sv="AI-förordningen art. 26.2: {message}", en="AI Act Art. 26(2): {message}"
        ),
    }
)
HORIZON_DAYS = 30


class PersonLine(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    roles: list[PersonRole]
    identity: str | None
    trained: bool
    records: int


class RecordLine(BaseModel):
    model_config = ConfigDict(frozen=True)

    person: str
    activity: str
    kind: str
    date: dt.date
    refresh_months: int
    refresh_due: dt.date | None
    current: bool
    """The person's latest record of this activity (an older one is replaced by it)."""
    overdue: bool
    lesson: str | None
    correct: int | None
    questions: int | None


class RefresherLine(BaseModel):
    model_config = ConfigDict(frozen=True)

    person: str
    activity: str
    kind: str
    taken_on: dt.date
    due: dt.date
    days: int
    overdue: bool


class Art26Finding(BaseModel):
    model_config = ConfigDict(frozen=True)

    applies: bool
    finding: bool
    reason: str | None
    overseers: list[str]
    trained_overseers: list[str]
    message: Bilingual


class LearningStatus(BaseModel):
    """The JSON of ``ethics-toolkit learning status --format json``."""

    model_config = ConfigDict(frozen=True)

    tool: str
    date: dt.date
    people: list[PersonLine]
    roles: dict[PersonRole, list[str]]
    records: list[RecordLine]
    due_refreshers: list[RefresherLine]
    art_26_2: Art26Finding

    @property
    def attention(self) -> bool:
        """The finding, or a refresher overdue: ``learning status`` exits 1, like ``due``."""
        return self.art_26_2.finding or any(r.overdue for r in self.due_refreshers)


def learning_status(record: ToolRecord, *, today: dt.date) -> LearningStatus:
    people, competence = record.people, record.competence
    names = {person.id: person.name for person in people}
    latest = {r.id for r in latest_records(competence)}
    finding = oversight_finding(record.tool, record.classification, people, competence, as_of=today)
    records = [
        RecordLine(
            person=names.get(r.person_id, "–"),
            activity=r.activity,
            kind=str(r.kind),
            date=r.taken_on,
            refresh_months=r.refresh_months,
            refresh_due=r.refresh_due,
            current=r.id in latest,
            overdue=r.id in latest and r.refresh_due is not None and r.refresh_due < today,
            lesson=r.lesson or None,
            correct=r.correct,
            questions=r.questions,
        )
        for r in sorted(competence, key=lambda r: (r.taken_on, r.id or 0))
    ]
    return LearningStatus(
        tool=record.tool.name,
        date=today,
        people=[
            PersonLine(
                name=p.name,
                roles=list(p.roles),
                identity=p.identity or None,
                trained=trained(p, competence, today),
                records=sum(r.person_id == p.id for r in competence),
            )
            for p in people
        ],
        roles={role: [p.name for p in people if role in p.roles] for role in PersonRole},
        records=records,
        due_refreshers=[
            RefresherLine(**r.model_dump(exclude={"person_id"}))
            for r in refreshers(people, competence, as_of=today, horizon_days=HORIZON_DAYS)
        ],
        art_26_2=Art26Finding(
            applies=finding.applies,
            finding=finding.finding,
            reason=finding.reason,
            overseers=finding.overseers,
            trained_overseers=finding.trained,
            message=Bilingual(sv=finding.message("sv"), en=finding.message("en")),
        ),
    )


def as_text(status: LearningStatus, lang: Lang) -> str:
    """The plain text ``learning status`` prints."""
    lines = [TEXTS.text("heading", lang, tool=status.tool, date=status.date.isoformat())]
    if not status.people:
        lines.append(TEXTS.text("nobody", lang))
    for person in status.people:
        roles = ", ".join(labels.label(role, lang).lower() for role in person.roles)
        state = TEXTS.text("trained" if person.trained else "untrained", lang)
        state += "; " + TEXTS.text("records", lang, count=person.records)
        lines.append(TEXTS.text("person", lang, name=person.name, roles=roles, state=state))
        for r in (r for r in status.records if r.person == person.name):
            if r.refresh_due is None:
                refresh = TEXTS.text("no_refresh", lang)
            elif not r.current:
                refresh = TEXTS.text("replaced", lang)
            else:
                key = "refresh_late" if r.overdue else "refresh"
                refresh = TEXTS.text(key, lang, due=r.refresh_due.isoformat())
            kind = labels.label(ActivityKind(r.kind), lang).lower()
            lines.append(
                TEXTS.text("record", lang, date=r.date.isoformat(), activity=r.activity,
                           kind=kind, refresh=refresh)
            )  # fmt: skip
    if status.due_refreshers:
        lines += ["", TEXTS.text("refreshers", lang, days=HORIZON_DAYS)]
        for r in status.due_refreshers:
            late = TEXTS.text("late", lang) if r.overdue else ""
            lines.append(
                TEXTS.text("refresher", lang, due=r.due.isoformat(), person=r.person,
                           activity=r.activity, late=late)
            )  # fmt: skip
    lines += ["", TEXTS.text("finding", lang, message=status.art_26_2.message.get(lang))]
    return "\n".join(lines)

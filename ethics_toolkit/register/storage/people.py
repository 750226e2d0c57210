"""The store's part of the people around a tool and their competence records (issue 23).

Every change appends a history event (``register/domain/history_people.py``) in the same
transaction. A person is found by name, case and spacing aside; the signed-in identity is kept
with the person but never written to the history.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n import Lang, quoted
from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.register.access.roles import Permission
from ethics_toolkit.register.domain.actors import Actor
from ethics_toolkit.register.domain.history_people import roles_text
from ethics_toolkit.register.domain.people import (
    DEFAULT_REFRESH_MONTHS,
    ActivityKind,
    CompetenceRecord,
    Person,
    PersonRole,
)
from ethics_toolkit.register.storage.base import StoreBase
from ethics_toolkit.register.storage.messages import ConflictError
from ethics_toolkit.register.storage.orm import (
    CompetenceRecordRow,
    PersonRow,
    from_row,
    to_row_values,
)
from ethics_toolkit.register.storage.rows import _children

NO_PERSON = Bilingual(
    sv="{name} finns inte bland personerna kring {tool}. Lägg till personen först, t.ex. "
    "`ethics-toolkit people add --tool {tool_arg} --name {name_arg} --role operator`. Personer "
    "kring verktyget: {names}.",
    en="{name} is not among the people around {tool}. Add them first, e.g. "
    "`ethics-toolkit people add --tool {tool_arg} --name {name_arg} --role operator`. People "
    "around the tool: {names}.",
)
NO_ROLE = Bilingual(
    sv="{name} har inte rollen {role} för {tool} (roller: {roles}); inget ändrades.",
    en="{name} does not have the role {role} for {tool} (roles: {roles}); nothing was changed.",
)
NOBODY = Bilingual(sv="inga än", en="none yet")
NAME_NEEDED = Bilingual(
    sv="Ange personens namn (eller inloggningsidentitet); det får inte vara tomt.",
    en="Give the person's name (or sign-in identity); it may not be empty.",
)
FUTURE_DATE = Bilingual(
    sv="Datumet {on} har inte varit än: registrera aktiviteten när den är gjord.",
    en="The date {on} has not come yet: record the activity once it is done.",
)
PRIVATE_PERSON_FIELDS = ("identity",)
"""Kept with the person, left out of the history (data minimisation)."""


def _quoted_arg(value: str) -> str:
    return f'"{value}"' if any(c.isspace() for c in value) else value


class PeopleMixin(StoreBase):
    """People around a tool (name, roles, identity) and what each has learnt."""

    def people(self, tool_id: int) -> list[Person]:
        return self._read(PersonRow, Person, tool_id)

    def competence(self, tool_id: int) -> list[CompetenceRecord]:
        return self._read(CompetenceRecordRow, CompetenceRecord, tool_id)

    def add_person(
        self,
        tool_id: int,
        *,
        name: str,
        role: PersonRole | str,
        identity: str | None = None,
        actor: Actor | str,
    ) -> Person:
        """Add ``name`` with ``role``; someone already listed gains the role (and the identity,
        when one is given). Adding a role a person already has changes nothing."""
        self._allow(actor, Permission.edit, tool_id)
        role = PersonRole(role)
        if not name.strip():
            raise UserFacingError.of(NAME_NEEDED)
        try:
            with self._session() as session:
                self._tool_row(session, tool_id, writing=True)
                row = _person_row(session, tool_id, name)
                if row is None:
                    person = Person(
                        tool_id=tool_id, name=name, roles=[role], identity=identity or ""
                    )
                    values = to_row_values(person, PersonRow)
                    del values["id"], values["row_version"]
                    row = PersonRow(**values)
                    session.add(row)
                    session.flush()
                    self._log_person(session, row, "create", "person_added", actor=actor)
                    return from_row(row, Person)
                old = from_row(row, Person)
                roles = [*old.roles, role]
                new = old.model_copy(update={"roles": roles})
                new = Person.model_validate(
                    {**new.model_dump(), "identity": old.identity if identity is None else identity}
                )
                if new.roles != old.roles:
                    row.roles = [str(r) for r in new.roles]
                    row.identity = new.identity
                    session.flush()
                    self._log_person(session, row, "update", "person_roles", actor=actor)
                elif new.identity != old.identity:
                    # The identity itself stays out of the history (PRIVATE_PERSON_FIELDS); the
                    # change is still logged, so that the row stays bound to the chain (issue 27).
                    row.identity = new.identity
                    session.flush()
                    self._log_person(session, row, "update", "person_identity", actor=actor)
                return from_row(row, Person)
        except StaleDataError as error:
            raise ConflictError("person", name) from error

    def remove_person(
        self,
        tool_id: int,
        *,
        name: str,
        role: PersonRole | str | None = None,
        actor: Actor | str,
    ) -> Person | None:
        """Take a role from ``name`` (``role``), or the person with their records (no role, or
        their last role). Returns the person as they remain, ``None`` when removed."""
        self._allow(actor, Permission.edit, tool_id)
        with self._session() as session:
            tool = self._tool_row(session, tool_id, writing=True)
            row = _person_row(session, tool_id, name)
            if row is None:
                raise _no_person(session, tool_id, tool.name, name)
            person = from_row(row, Person)
            if role is not None:
                role = PersonRole(role)
                if role not in person.roles:
                    raise _in_each_language(
                        NO_ROLE,
                        lambda lang: {
                            "name": person.name,
                            "role": roles_text([role], lang),
                            "tool": tool.name,
                            "roles": roles_text(list(person.roles), lang),
                        },
                    )
                left = [r for r in person.roles if r != role]
                if left:
                    row.roles = [str(r) for r in left]
                    session.flush()
                    self._log_person(session, row, "update", "person_roles", actor=actor)
                    return from_row(row, Person)
            records = session.scalars(
                select(CompetenceRecordRow).where(CompetenceRecordRow.person_id == row.id)
            ).all()
            for record in records:  # each logged, so the chain knows the row is gone (issue 27)
                removed = from_row(record, CompetenceRecord)
                session.delete(record)
                self._log_record(
                    session, removed, row.name, "delete", "record_removed", actor=actor
                )
            self._log_person(
                session, row, "delete", "person_removed", actor=actor, records=len(records)
            )
            session.delete(row)
            return None

    def record_competence(
        self,
        tool_id: int,
        *,
        person: str,
        activity: str,
        taken_on: date,
        kind: ActivityKind | str = ActivityKind.other,
        refresh_months: int = DEFAULT_REFRESH_MONTHS,
        lesson: str = "",
        correct: int | None = None,
        questions: int | None = None,
        actor: Actor | str,
    ) -> CompetenceRecord:
        """Record that ``person`` did ``activity`` on ``taken_on`` (not a day still to come)."""
        self._allow(actor, Permission.edit, tool_id)
        if taken_on > self._clock().date():
            raise UserFacingError.of(FUTURE_DATE, on=taken_on.isoformat())
        with self._session() as session:
            tool = self._tool_row(session, tool_id, writing=True)
            row = _person_row(session, tool_id, person)
            if row is None:
                raise _no_person(session, tool_id, tool.name, person)
            record = CompetenceRecord(
                tool_id=tool_id,
                person_id=row.id,
                activity=" ".join(activity.split()),
                kind=ActivityKind(kind),
                taken_on=taken_on,
                refresh_months=refresh_months,
                lesson=lesson,
                correct=correct,
                questions=questions,
            )
            values = to_row_values(record, CompetenceRecordRow)
            del values["id"]
            saved = CompetenceRecordRow(**values)
            session.add(saved)
            session.flush()
            stored = from_row(saved, CompetenceRecord)
            self._log_record(session, stored, row.name, "create", "record_added", actor=actor)
            return stored

    def remove_competence(self, tool_id: int, record_id: int, *, actor: Actor | str) -> None:
        """Remove a record entered by mistake; the history keeps that it was there."""
        self._allow(actor, Permission.edit, tool_id)
        with self._session() as session:
            self._tool_row(session, tool_id, writing=True)
            row = session.get(CompetenceRecordRow, record_id)
            if row is None or row.tool_id != tool_id:
                return
            record = from_row(row, CompetenceRecord)
            person = session.get(PersonRow, row.person_id)
            name = person.name if person is not None else "–"
            session.delete(row)
            self._log_record(session, record, name, "delete", "record_removed", actor=actor)

    def _log_person(
        self,
        session: Session,
        row: PersonRow,
        action: str,
        kind: str,
        *,
        actor: str,
        records: int = 0,
    ) -> None:
        event: dict[str, object] = {"kind": kind, "roles": [str(r) for r in row.roles]}
        if kind == "person_removed":
            event["records"] = records
        self._log(
            session,
            actor=actor,
            tool_id=row.tool_id,
            entity="person",
            entity_id=row.id,
            action=action,
            changes={"roles": [None, event["roles"]]} if action != "delete" else {},
            subject=row.name,
            event=event,
        )

    def _log_record(
        self,
        session: Session,
        record: CompetenceRecord,
        person: str,
        action: str,
        kind: str,
        *,
        actor: str,
    ) -> None:
        due = record.refresh_due
        event: dict[str, object] = {
            "kind": kind,
            "person": person,
            "on": record.taken_on.isoformat(),
            "refresh": due.isoformat() if due else None,
        }
        if record.questions:
            event |= {"correct": record.correct or 0, "questions": record.questions}
        changes = {
            key: [None, value] if action == "create" else [value, None]
            for key, value in record.model_dump(
                mode="json", exclude={"id", "tool_id", "refresh_due"}
            ).items()
            if value not in (None, "")
        }
        self._log(
            session,
            actor=actor,
            tool_id=record.tool_id,
            entity="learning",
            entity_id=record.id,
            action=action,
            changes=changes,
            subject=record.activity,
            event=event,
        )


def _person_row(session: Session, tool_id: int, name: str) -> PersonRow | None:
    wanted = " ".join(name.split()).casefold()
    rows = session.scalars(select(PersonRow).where(PersonRow.tool_id == tool_id)).all()
    return next((row for row in rows if " ".join(row.name.split()).casefold() == wanted), None)


def _no_person(session: Session, tool_id: int, tool: str, name: str) -> UserFacingError:
    names: Sequence[str] = [p.name for p in _children(session, PersonRow, Person, tool_id)]
    return _in_each_language(
        NO_PERSON,
        lambda lang: {
            "name": quoted(name, lang),
            "tool": tool,
            "tool_arg": _quoted_arg(tool),
            "name_arg": _quoted_arg(name),
            "names": ", ".join(names) or NOBODY.get(lang),
        },
    )


def _in_each_language(
    template: Bilingual, values: Callable[[Lang], dict[str, object]]
) -> UserFacingError:
    """An error whose values depend on the language too (role labels, "none yet")."""
    return UserFacingError(
        en=template.format("en", **values("en")), sv=template.format("sv", **values("sv"))
    )

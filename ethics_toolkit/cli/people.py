"""``people`` and ``learning``: the people around a tool and what they learnt (issue 23).

``people add|list|remove --tool NAME --name … --role operator|overseer|owner|approver``;
``learning record --tool NAME --person … --activity … --date YYYY-MM-DD [--refresh-months N]``;
``learning kit|briefing --tool NAME --lang sv|en -o FILE.pdf``;
``learning status --tool NAME --format json`` (exit 1 with the Art. 26(2) finding or an overdue
refresher, like ``due``). An unknown role or a bad date is exit 2 with a message in the user's
language. Only argparse is imported here, so ``--help`` stays instant.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ethics_toolkit.cli import EXIT_FINDING, EXIT_OK, handler

if TYPE_CHECKING:
    from ethics_toolkit.i18n import Lang
    from ethics_toolkit.register.storage.store import Store

ROLES = ("operator", "overseer", "owner", "approver")
KINDS = ("lesson", "session", "course", "other")


def _common(parser: argparse.ArgumentParser, *, lang_required: bool = False) -> None:
    parser.add_argument("--db", metavar="URL")
    parser.add_argument("--tool", metavar="NAME", required=True)
    parser.add_argument("--lang", choices=("sv", "en"), default=None, required=lang_required)


def _by(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--by", metavar="NAME"
    )  # fmt: skip


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    people = subparsers.add_parser("people")  # fmt: skip
    verbs = people.add_subparsers(dest="people_command", metavar="COMMAND", required=True)
    add = verbs.add_parser("add")
    _common(add)
    add.add_argument("--name", required=True)
    add.add_argument("--role", required=True, metavar="|".join(ROLES))
    add.add_argument("--identity", metavar="EMAIL")
    _by(add)
    add.set_defaults(run=handler("ethics_toolkit.cli.people:run_add"))
    listing = verbs.add_parser("list")
    _common(listing)
    listing.add_argument("--format", choices=("text", "json"), default="text")
    listing.set_defaults(run=handler("ethics_toolkit.cli.people:run_list"))
    remove = verbs.add_parser("remove")
    _common(remove)
    remove.add_argument("--name", required=True)
    remove.add_argument("--role", metavar="|".join(ROLES))
    _by(remove)
    remove.set_defaults(run=handler("ethics_toolkit.cli.people:run_remove"))

    learning = subparsers.add_parser("learning")
    acts = learning.add_subparsers(dest="learning_command", metavar="COMMAND", required=True)
    record = acts.add_parser("record")
    _common(record)
    record.add_argument("--person", required=True)
    record.add_argument("--activity", required=True)
    record.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    record.add_argument("--refresh-months", metavar="N", default="12")
    record.add_argument("--kind", metavar="|".join(KINDS), default="other")
    _by(record)
    record.set_defaults(run=handler("ethics_toolkit.cli.people:run_record"))
    for name in ("kit", "briefing"):
        pdf = acts.add_parser(name)
        _common(pdf, lang_required=True)
        pdf.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
        pdf.set_defaults(run=handler(f"ethics_toolkit.cli.people:run_{name}"))
    status = acts.add_parser("status")
    _common(status)
    status.add_argument("--format", choices=("text", "json"), default="text")
    status.add_argument("--date", metavar="YYYY-MM-DD")
    status.set_defaults(run=handler("ethics_toolkit.cli.people:run_status"))


def _lang(args: argparse.Namespace) -> Lang:
    from ethics_toolkit.cli.localise import command_lang

    return command_lang(args)


def _open(args: argparse.Namespace) -> tuple[Store, int, str]:
    from ethics_toolkit.register.storage.store import Store

    store = Store.open(args.db)
    tool = store.get_tool(args.tool)
    assert tool.id is not None
    return store, tool.id, tool.name


def _role(value: str | None) -> str | None:
    from ethics_toolkit.cli.people_texts import BAD_ROLE
    from ethics_toolkit.errors import UserFacingError

    if value is None:
        return None
    role = value.strip().lower()
    if role not in ROLES:
        raise UserFacingError.of(BAD_ROLE, role=value, roles=", ".join(ROLES))
    return role


def _actor(args: argparse.Namespace) -> str:
    import sys

    from ethics_toolkit.cli.people_texts import LOGIN_NAME_USED
    from ethics_toolkit.register.storage.store import resolve_actor

    name, login = resolve_actor(args.by)
    if login:
        print(LOGIN_NAME_USED.format(_lang(args), name=name), file=sys.stderr)
    return name


def run_add(args: argparse.Namespace) -> int:
    from ethics_toolkit.cli.people_texts import PERSON_ADDED
    from ethics_toolkit.register.domain.history_people import roles_text

    role = _role(args.role)
    store, tool_id, tool = _open(args)
    person = store.add_person(
        tool_id, name=args.name, role=role, identity=args.identity, actor=_actor(args)
    )
    lang = _lang(args)
    roles = roles_text(list(person.roles), lang)
    print(PERSON_ADDED.format(lang, name=person.name, tool=tool, roles=roles))
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    import json
    from datetime import date

    from ethics_toolkit.register.people.overview import as_text, learning_status

    store, _, tool = _open(args)
    status = learning_status(store.record(tool, check_history=False), today=date.today())
    if args.format == "json":
        people = [p.model_dump(mode="json") for p in status.people]
        print(json.dumps(people, ensure_ascii=False, indent=2))
    else:
        print(as_text(status, _lang(args)))
    return EXIT_OK


def run_remove(args: argparse.Namespace) -> int:
    from ethics_toolkit.cli.people_texts import PERSON_REMOVED, ROLE_REMOVED
    from ethics_toolkit.register.domain.history_people import roles_text

    role = _role(args.role)
    store, tool_id, tool = _open(args)
    named = [p.name for p in store.people(tool_id) if p.is_named(args.name)]
    left = store.remove_person(tool_id, name=args.name, role=role, actor=_actor(args))
    lang = _lang(args)
    if left is None:
        print(PERSON_REMOVED.format(lang, name=named[0] if named else args.name, tool=tool))
    else:
        roles = roles_text(list(left.roles), lang)
        print(ROLE_REMOVED.format(lang, name=left.name, tool=tool, roles=roles))
    return EXIT_OK


def run_record(args: argparse.Namespace) -> int:
    from ethics_toolkit.cli.duties import parse_day
    from ethics_toolkit.cli.people_texts import BAD_KIND, BAD_MONTHS, NO_REFRESH, RECORD_SAVED
    from ethics_toolkit.errors import UserFacingError
    from ethics_toolkit.register.domain.people import MAX_REFRESH_MONTHS

    taken = parse_day(args.date)
    months = str(args.refresh_months).strip()
    if not months.isdigit() or int(months) > MAX_REFRESH_MONTHS:
        raise UserFacingError.of(BAD_MONTHS, value=args.refresh_months, most=MAX_REFRESH_MONTHS)
    kind = args.kind.strip().lower()
    if kind not in KINDS:
        raise UserFacingError.of(BAD_KIND, kind=args.kind, kinds=", ".join(KINDS))
    store, tool_id, tool = _open(args)
    saved = store.record_competence(
        tool_id,
        person=args.person,
        activity=args.activity,
        taken_on=taken,
        kind=kind,
        refresh_months=int(months),
        actor=_actor(args),
    )
    lang = _lang(args)
    due = saved.refresh_due
    people = {p.id: p.name for p in store.people(tool_id)}
    print(
        RECORD_SAVED.format(
            lang,
            person=people.get(saved.person_id, args.person),
            activity=saved.activity,
            on=saved.taken_on.isoformat(),
            tool=tool,
            refresh=due.isoformat() if due else NO_REFRESH.get(lang),
        )
    )
    return EXIT_OK


def run_kit(args: argparse.Namespace) -> int:
    from ethics_toolkit.cli.people_texts import KIT_WRITTEN
    from ethics_toolkit.cli.report import check_output, write_pdf
    from ethics_toolkit.register.people.kit import meeting_kit
    from ethics_toolkit.register.status.traffic_light import latest_audit
    from ethics_toolkit.report.learning_kit import build_kit_pdf

    check_output(args.output)
    store, _, tool = _open(args)
    record = store.record(tool, check_history=False)
    write_pdf(args.output, build_kit_pdf(meeting_kit(record, latest_audit(record), args.lang)))
    print(KIT_WRITTEN.format(args.lang, tool=tool, path=args.output))
    return EXIT_OK


def run_briefing(args: argparse.Namespace) -> int:
    from datetime import date

    from ethics_toolkit.cli.people_texts import BRIEFING_WRITTEN
    from ethics_toolkit.cli.report import check_output, write_pdf
    from ethics_toolkit.report.briefing import build_briefing_pdf

    check_output(args.output)
    store, _, tool = _open(args)
    record = store.record(tool, check_history=False)
    write_pdf(args.output, build_briefing_pdf(record, args.lang, as_of=date.today()))
    print(BRIEFING_WRITTEN.format(args.lang, tool=tool, path=args.output))
    return EXIT_OK


def run_status(args: argparse.Namespace) -> int:
    import json

    from ethics_toolkit.cli.duties import parse_day
    from ethics_toolkit.register.people.overview import as_text, learning_status

    today = parse_day(args.date)
    store, _, tool = _open(args)
    status = learning_status(store.record(tool, check_history=False), today=today)
    if args.format == "json":
        print(json.dumps(status.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        print(as_text(status, _lang(args)))
    return EXIT_FINDING if status.attention else EXIT_OK

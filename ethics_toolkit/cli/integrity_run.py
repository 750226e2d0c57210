"""Handlers of ``verify``, ``action``, ``tool`` and ``db grant`` (see ``cli/integrity.py``)."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path

from ethics_toolkit.cli import EXIT_FINDING, EXIT_OK
from ethics_toolkit.cli.localise import command_lang
from ethics_toolkit.i18n import Lang
from ethics_toolkit.i18n.text import Bilingual, Catalogue
from ethics_toolkit.register.domain.actors import entry_actor_label
from ethics_toolkit.register.domain.history import describe
from ethics_toolkit.register.storage.store import Store, default_actor

TEXTS = Catalogue(
    {
        "checked": Bilingual(
            sv="{url}: händelser i historiken: {n}, signeringar kontrollerade: {signoffs}.",
            en="{url}: history entries: {n}, sign-offs checked: {signoffs}.",
        ),
        "intact": Bilingual(
            sv="Intakt: historikens kedja är obruten och varje rad och signering stämmer med "
            "historiken.",
            en="Intact: the history chain is unbroken and every row and sign-off matches the "
            "history.",
        ),
        "head": Bilingual(
            sv="Huvudhash {head} (händelse {entry}): spara den utanför databasen, eller använd "
            "en export eller rapport, och pröva senare med `verify --anchor`.",
            en="Head hash {head} (entry {entry}): keep it outside the database, or keep an export "
            "or a report, and check later with `verify --anchor`.",
        ),
        "changed_tool": Bilingual(sv="{tool}: {message}", en="{tool}: {message}"),
        "change_line": Bilingual(sv="  - {when} {who}: {what}", en="  - {when} {who}: {what}"),
        "no_actions": Bilingual(sv="Inga åtgärder.", en="No actions."),
        "risk_line": Bilingual(sv="Risk {id}: {title}", en="Risk {id}: {title}"),
        "action_line": Bilingual(
            sv="  {number}. [{mark}] {description} (ansvarig: {owner}, klart senast: {due}){done}",
            en="  {number}. [{mark}] {description} (owner: {owner}, due: {due}){done}",
        ),
        "done_by": Bilingual(sv=" – klar {on} av {by}", en=" – done {on} by {by}"),
        "added": Bilingual(
            sv="Åtgärd {number} lades till risken {id} ({title}).",
            en="Action {number} added to risk {id} ({title}).",
        ),
        "assigned": Bilingual(
            sv="Åtgärd {number} i risken {id} tilldelad {owner} (klart senast {due}).",
            en="Action {number} of risk {id} assigned to {owner} (due {due}).",
        ),
        "ticked": Bilingual(
            sv="Åtgärd {number} i risken {id} är markerad som klar.",
            en="Action {number} of risk {id} is marked as done.",
        ),
        "reopened": Bilingual(
            sv="Åtgärd {number} i risken {id} är öppen igen.",
            en="Action {number} of risk {id} is open again.",
        ),
        "archived": Bilingual(
            sv="{name} är arkiverat: sparat, skrivskyddat och borta från översikten.",
            en="{name} is archived: kept, read-only and out of the overview.",
        ),
        "restored": Bilingual(
            sv="{name} är återställt och kan ändras igen.",
            en="{name} is restored and can be changed again.",
        ),
        "removed": Bilingual(
            sv="{name} är borttaget. Hela registret exporterades först till {file}; historiken "
            "finns kvar.",
            en="{name} is removed. The whole register was first exported to {file}; its "
            "history remains.",
        ),
        "granted": Bilingual(
            sv="Rollen {role} får nu använda registret men bara läsa och lägga till i historiken. "
            "Låt appen ansluta som {role}; kör migreringar som ägaren.",
            en="The role {role} may now use the register but only read and add to its history. "
            "Let the app connect as {role}; run migrations as the owner.",
        ),
    }
)
EXPORT_WRITE_FAILED = Bilingual(
    sv="Kan inte skriva {path} ({reason}). Välj en annan fil.",
    en="Cannot write {path} ({reason}). Choose another file.",
)


def _lang(args: argparse.Namespace) -> Lang:
    return command_lang(args)


def _print(key: str, lang: Lang, **values: object) -> None:
    print(TEXTS.text(key, lang, **values))


def run_verify(args: argparse.Namespace) -> int:
    """Exit 0 when the register is as its history says (and extends ``--anchor``), 1 naming
    what was altered, 2 on error (no register, an unreadable anchor file)."""
    from ethics_toolkit.register.storage.verify import verify

    lang = _lang(args)
    anchor = _anchor(args.anchor) if args.anchor else None
    store = Store.open(args.db, migrate=False)
    try:
        result = verify(store, anchor=anchor)
    finally:
        store.close()
    _print("checked", lang, url=store.url, n=result.total_entries, signoffs=result.signoffs_checked)
    for finding in result.findings:  # what was altered, first
        print(finding.message.get(lang))
    for tool, status in result.changed.items():
        _print("changed_tool", lang, tool=tool, message=status.message(lang))
        for entry in status.changes:
            when = entry.at.strftime("%Y-%m-%d %H:%M")
            who = entry_actor_label(entry.actor, entry.changes, lang)
            _print("change_line", lang, when=when, who=who, what=describe(entry, lang))
    for note in result.notes:
        print(note.get(lang))
    if result.anchor_note is not None and result.intact:
        print(result.anchor_note.get(lang))
    if result.history.head and result.head_entry:
        _print("head", lang, head=result.history.head, entry=result.head_entry)
    if result.intact:
        _print("intact", lang)
        return EXIT_OK
    return EXIT_FINDING


def _anchor(path: Path) -> object:
    """The anchor in ``path`` (a report or an export), read as ``import`` reads a file."""
    from ethics_toolkit.cli.files import read_regular
    from ethics_toolkit.register.integrity.anchor import read_anchor
    from ethics_toolkit.register.storage.exchange_file import MAX_BYTES, check_size
    from ethics_toolkit.report.pdf_text import keywords_and_text

    data = read_regular(path, limit=MAX_BYTES, check_size=check_size)
    return read_anchor(data, source=path.name, extract=keywords_and_text)


def run_action(args: argparse.Namespace) -> int:
    from ethics_toolkit.register.risks import actions

    lang = _lang(args)
    store = Store.open(args.db)
    actor = default_actor()
    if args.verb == "list":
        tool = store.get_tool(args.tool)
        assert tool.id is not None
        risks = store.risks(tool.id)
        if args.risk is not None:
            risks = [actions.find_risk(store, args.tool, args.risk)]
        shown = [r for r in risks if r.actions]
        if not shown:
            _print("no_actions", lang)
        for risk in shown:
            _print("risk_line", lang, id=risk.id, title=risk.title)
            for number, action in enumerate(risk.actions, start=1):
                done = (
                    TEXTS.text("done_by", lang, on=action.done_on or "–", by=action.done_by or "–")
                    if action.done
                    else ""
                )
                _print(
                    "action_line",
                    lang,
                    number=number,
                    mark="x" if action.done else " ",
                    description=action.description,
                    owner=action.owner or "–",
                    due=action.due or "–",
                    done=done,
                )
        return EXIT_OK
    risk = actions.find_risk(store, args.tool, args.risk)
    if args.verb == "add":
        saved = actions.add_action(
            store, risk, description=args.description, owner=args.owner, due=args.due, actor=actor
        )
        _print("added", lang, number=len(saved.actions), id=risk.id, title=risk.title)
    elif args.verb == "assign":
        actions.assign_action(store, risk, args.number, owner=args.owner, due=args.due, actor=actor)
        _print("assigned", lang, number=args.number, id=risk.id, owner=args.owner, due=args.due)
    else:
        today = datetime.now(UTC).date()
        actions.set_done(store, risk, args.number, done=not args.undo, actor=actor, on=today)
        _print("reopened" if args.undo else "ticked", lang, number=args.number, id=risk.id)
    return EXIT_OK


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` readable by its owner only (exports hold personal data)."""
    import os

    from ethics_toolkit.errors import UserFacingError

    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.fchmod(descriptor, 0o600)  # also when the file existed with wider permissions
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            out.write(text)
    except OSError as error:
        values = {"path": path, "reason": error.strerror or error}
        raise UserFacingError(
            en=EXPORT_WRITE_FAILED.format("en", **values),
            sv=EXPORT_WRITE_FAILED.format("sv", **values),
        ) from error


def run_tool(args: argparse.Namespace) -> int:
    import json

    lang = _lang(args)
    store = Store.open(args.db)
    actor = default_actor()
    if args.verb in ("archive", "restore"):
        store.archive_tool(args.name, actor=actor, restore=args.verb == "restore")
        _print("archived" if args.verb == "archive" else "restored", lang, name=args.name)
        return EXIT_OK
    from ethics_toolkit.cli.files import refuse_register_file

    store.get_tool(args.name)  # a clear message before anything is written
    refuse_register_file(store, args.export_first)  # issue 27: never onto the register itself
    document = store.export_json()
    write_private(args.export_first, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    store.delete_tool(args.name, actor=actor, export=document, export_file=str(args.export_first))
    _print("removed", lang, name=args.name, file=args.export_first)
    return EXIT_OK


def run_grant(args: argparse.Namespace) -> int:
    lang = _lang(args)
    store = Store.open(args.db)
    if args.print_only:
        for statement in store.grant_statements(args.role):
            print(f"{statement};")
        return EXIT_OK
    for statement in store.grant(args.role):
        print(f"{statement};")
    _print("granted", lang, role=args.role)
    return EXIT_OK

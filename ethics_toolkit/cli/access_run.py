"""Handlers of ``access grant|revoke|list`` (see ``cli/access.py``)."""

from __future__ import annotations

import argparse
import json
import sys

from ethics_toolkit.cli import EXIT_OK
from ethics_toolkit.i18n import Lang, default_lang
from ethics_toolkit.i18n.text import Bilingual, Catalogue
from ethics_toolkit.register.access.decide import parse_role, parse_user, role_label
from ethics_toolkit.register.access.roles import Grant
from ethics_toolkit.register.storage.store import Store, resolve_actor

TEXTS = Catalogue(
    {
        "granted": Bilingual(
            sv="{user} har rollen {role} för {scope}.",
            en="{user} holds the role {role} for {scope}.",
        ),
        "revoked": Bilingual(
            sv="{user} har inte längre rollen {role} för {scope}.",
            en="{user} no longer holds the role {role} for {scope}.",
        ),
        "nothing": Bilingual(
            sv="{user} hade ingen sådan roll för {scope}; inget ändrades.",
            en="{user} held no such role for {scope}; nothing changed.",
        ),
        "every_tool": Bilingual(sv="alla verktyg", en="every tool"),
        "none": Bilingual(
            sv="Inga roller. Ge den första: ethics-toolkit access grant --user E-POST --role "
            "administrator",
            en="No roles. Give the first: ethics-toolkit access grant --user EMAIL --role "
            "administrator",
        ),
        "line": Bilingual(
            sv="{user}: {role} för {scope} (gavs {at} av {by})",
            en="{user}: {role} for {scope} (granted {at} by {by})",
        ),
        "stated": Bilingual(
            sv="ethics-toolkit: obs: inget namn angavs, så ändringen står i historiken som gjord "
            "av ”ej angivet”. Ange ditt namn med --by NAMN eller ETHICS_TOOLKIT_USER.",
            en="ethics-toolkit: note: no name was given, so the history records the change as "
            "made by “not stated”. Give your name with --by NAME or ETHICS_TOOLKIT_USER.",
        ),
    }
)


def _lang(args: argparse.Namespace) -> Lang:
    return args.lang or default_lang()


def _tool_id(store: Store, args: argparse.Namespace) -> int | None:
    return store.get_tool(args.tool).id if args.tool else None


def _actor(args: argparse.Namespace, lang: Lang) -> str:
    name, not_stated = resolve_actor(args.by)
    if not_stated:  # issue 21: nobody named is "not stated", never the OS account
        print(TEXTS.text("stated", lang), file=sys.stderr)
    return name


def _scope(args: argparse.Namespace, lang: Lang) -> str:
    return args.tool or TEXTS.text("every_tool", lang)


def run_grant(args: argparse.Namespace) -> int:
    lang = _lang(args)
    role, user = parse_role(args.role), parse_user(args.user)  # before opening anything
    store = Store.open(args.db)
    actor = _actor(args, lang)
    grant = store.grant_role(user, role, tool_id=_tool_id(store, args), actor=actor)
    shown = role_label(grant.role, lang)
    print(TEXTS.text("granted", lang, user=grant.user, role=shown, scope=_scope(args, lang)))
    return EXIT_OK


def run_revoke(args: argparse.Namespace) -> int:
    lang = _lang(args)
    role = parse_role(args.role) if args.role else None
    user = parse_user(args.user)
    store = Store.open(args.db)
    actor = _actor(args, lang)
    gone = store.revoke_role(user, role, tool_id=_tool_id(store, args), actor=actor)
    scope = _scope(args, lang)
    if not gone:
        print(TEXTS.text("nothing", lang, user=user, scope=scope))
    for grant in gone:
        shown = role_label(grant.role, lang)
        print(TEXTS.text("revoked", lang, user=grant.user, role=shown, scope=scope))
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    lang = _lang(args)
    user = parse_user(args.user) if args.user else None
    store = Store.open(args.db)
    names = {tool.id: tool.name for tool in store.list_tools()}
    grants = store.grants(tool_id=_tool_id(store, args), user=user)
    if args.format == "json":
        print(json.dumps([_as_json(g, names) for g in grants], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not grants:
        print(TEXTS.text("none", lang))
    for grant in grants:
        print(
            TEXTS.text(
                "line",
                lang,
                user=grant.user,
                role=role_label(grant.role, lang),
                scope=names.get(grant.tool_id) or TEXTS.text("every_tool", lang),
                at=grant.granted_at.date().isoformat() if grant.granted_at else "–",
                by=grant.granted_by or "–",
            )
        )
    return EXIT_OK


def _as_json(grant: Grant, names: dict[int | None, str]) -> dict[str, object]:
    """One grant: ``user``, ``role``, ``tool`` (``null`` for a default) and who gave it when."""
    return {
        "user": grant.user,
        "role": grant.role.value,
        "tool": names.get(grant.tool_id) if grant.tool_id is not None else None,
        "default": grant.tool_id is None,
        "granted_by": grant.granted_by,
        "granted_at": grant.granted_at.isoformat() if grant.granted_at else None,
    }

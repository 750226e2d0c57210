"""``access grant|revoke|list``: who holds which role, per tool or by default (issue 22).

Roles bind the people who sign in to the app. The command line is for whoever holds the
register's database credentials (the tables' owner on PostgreSQL): its ``--by`` name is recorded
as stated by the command line, and a grant without ``--tool`` is a default for every tool.
"""

from __future__ import annotations

import argparse

from ethics_toolkit.cli import handler

_DB_HELP = "database URL (default: $ETHICS_TOOLKIT_DB, else a SQLite file in your data folder)"
_RUN = "ethics_toolkit.cli.access_run:"
ROLES = "reader, editor, dpo, approver, administrator"


def _common(parser: argparse.ArgumentParser, *, user: bool = True) -> None:
    parser.add_argument(
        "--tool", metavar="NAME", help="the tool (without it: the defaults, for every tool)"
    )
    if user:
        parser.add_argument(
            "--user", metavar="EMAIL", required=True, help="the e-mail address the person signs "
            "in with",
        )  # fmt: skip
    parser.add_argument("--db", metavar="URL", help=_DB_HELP)
    parser.add_argument("--lang", choices=("sv", "en"), default=None, help="language of messages")


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    access = subparsers.add_parser(
        "access", help="give, take and list the app's roles (reader, editor, DPO, approver, admin)"
    )
    verbs = access.add_subparsers(dest="verb", metavar="VERB", required=True)
    grant = verbs.add_parser("grant", help="give a person a role for a tool, or by default")
    _common(grant)
    grant.add_argument("--role", metavar="ROLE", required=True, help=f"one of: {ROLES}")
    grant.add_argument("--by", metavar="NAME", help="who gives it (default: $ETHICS_TOOLKIT_USER)")
    grant.set_defaults(run=handler(_RUN + "run_grant"))

    revoke = verbs.add_parser("revoke", help="take a role (without --role: every role) away")
    _common(revoke)
    revoke.add_argument("--role", metavar="ROLE", help=f"one of: {ROLES}")
    revoke.add_argument("--by", metavar="NAME", help="who takes it (default: $ETHICS_TOOLKIT_USER)")
    revoke.set_defaults(run=handler(_RUN + "run_revoke"))

    listing = verbs.add_parser("list", help="list the roles (of one tool: its own and defaults)")
    _common(listing, user=False)
    listing.add_argument("--user", metavar="EMAIL", help="only this person's roles")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    listing.set_defaults(run=handler(_RUN + "run_list"))

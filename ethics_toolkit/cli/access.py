"""``access grant|revoke|list``: who holds which role, per tool or by default (issue 22).

Roles bind the people who sign in to the app. The command line is for whoever holds the
register's database credentials (the tables' owner on PostgreSQL): its ``--by`` name is recorded
as stated by the command line, and a grant without ``--tool`` is a default for every tool.
Names, types and choices only: the help comes from ``cli/help_texts_access.py``.
"""

from __future__ import annotations

import argparse

from ethics_toolkit.cli import handler

_RUN = "ethics_toolkit.cli.access_run:"
ROLE_METAVAR = "reader|editor|dpo|approver|administrator"


def _common(parser: argparse.ArgumentParser, *, user: bool = True) -> None:
    parser.add_argument("--tool", metavar="NAME")
    if user:
        parser.add_argument("--user", metavar="EMAIL", required=True)
    parser.add_argument("--db", metavar="URL")
    parser.add_argument("--lang", choices=("sv", "en"), default=None)


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    access = subparsers.add_parser("access")
    verbs = access.add_subparsers(dest="verb", metavar="VERB", required=True)
    grant = verbs.add_parser("grant")
    _common(grant)
    grant.add_argument("--role", metavar=ROLE_METAVAR, required=True)
    grant.add_argument("--by", metavar="NAME")
    grant.set_defaults(run=handler(_RUN + "run_grant"))

    revoke = verbs.add_parser("revoke")
    _common(revoke)
    revoke.add_argument("--role", metavar=ROLE_METAVAR)
    revoke.add_argument("--by", metavar="NAME")
    revoke.set_defaults(run=handler(_RUN + "run_revoke"))

    listing = verbs.add_parser("list")
    _common(listing, user=False)
    listing.add_argument("--user", metavar="EMAIL")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    listing.set_defaults(run=handler(_RUN + "run_list"))

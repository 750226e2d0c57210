"""Integrity and upkeep commands (issue 13): ``verify``, ``action``, ``tool``, ``db grant``.

``verify [--db URL] [--anchor FILE]`` exits 0 when the history chain, every row and every sign-off
are intact (and the register extends the anchored head), 1 naming what was altered, 2 on error.
The handlers live in ``cli/integrity_run.py`` (imported only when a command runs, so ``--help``
stays instant).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ethics_toolkit.cli import handler

_DB_HELP = "database URL (default: $ETHICS_TOOLKIT_DB, else a SQLite file in your data folder)"
_RUN = "ethics_toolkit.cli.integrity_run:"


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="URL", help=_DB_HELP)
    parser.add_argument("--lang", choices=("sv", "en"), default=None, help="language of messages")


def _date(text: str) -> object:
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    verify = subparsers.add_parser(
        "verify",
        help="check that the register's history and sign-offs were not altered (exit 0 intact, "
        "1 broken, 2 error)",
    )
    verify.add_argument(
        "--anchor",
        type=Path,
        metavar="FILE.pdf|FILE.json",
        help="also prove that the register still extends the history head anchored in a tool "
        "report (PDF) or an export (JSON) kept outside the database (issue 27)",
    )
    _common(verify)
    verify.set_defaults(run=handler(_RUN + "run_verify"))

    action = subparsers.add_parser("action", help="add, assign and tick off the actions of a risk")
    verbs = action.add_subparsers(dest="verb", metavar="VERB", required=True)
    listing = verbs.add_parser("list", help="list the actions of a tool's risks")
    listing.add_argument("--tool", required=True, metavar="NAME")
    listing.add_argument("--risk", type=int, metavar="ID", help="only this risk")
    add = verbs.add_parser("add", help="add an action to a risk")
    add.add_argument("--tool", required=True, metavar="NAME")
    add.add_argument("--risk", type=int, required=True, metavar="ID")
    add.add_argument("--description", required=True, metavar="TEXT")
    add.add_argument("--owner", default="", metavar="NAME")
    add.add_argument("--due", type=_date, metavar="YYYY-MM-DD")
    assign = verbs.add_parser("assign", help="give an action an owner and a due date")
    done = verbs.add_parser("done", help="tick an action off (--undo reopens it)")
    for parser in (assign, done):
        parser.add_argument("--tool", required=True, metavar="NAME")
        parser.add_argument("--risk", type=int, required=True, metavar="ID")
        parser.add_argument("--action", type=int, required=True, metavar="N", dest="number")
    assign.add_argument("--owner", required=True, metavar="NAME")
    assign.add_argument("--due", type=_date, metavar="YYYY-MM-DD")
    done.add_argument("--undo", action="store_true", help="mark the action as not done")
    for parser in (listing, add, assign, done):
        _common(parser)
        parser.set_defaults(run=handler(_RUN + "run_action"))

    tool = subparsers.add_parser("tool", help="archive, restore or remove a registered tool")
    tool_verbs = tool.add_subparsers(dest="verb", metavar="VERB", required=True)
    archive = tool_verbs.add_parser("archive", help="keep the tool read-only, out of the overview")
    restore = tool_verbs.add_parser("restore", help="make an archived tool editable again")
    remove = tool_verbs.add_parser(
        "remove", help="remove the tool after exporting the whole register to FILE"
    )
    remove.add_argument(
        "--export-first",
        type=Path,
        required=True,
        metavar="FILE.json",
        help="the export written before the tool is removed (readable by you only)",
    )
    for parser in (archive, restore, remove):
        parser.add_argument("name", metavar="NAME")
        _common(parser)
        parser.set_defaults(run=handler(_RUN + "run_tool"))

    db = subparsers.add_parser("db", help="database administration (PostgreSQL roles)")
    db_verbs = db.add_subparsers(dest="verb", metavar="VERB", required=True)
    grant = db_verbs.add_parser(
        "grant",
        help="let ROLE use the register but only INSERT/SELECT its history (run as the owner)",
    )
    grant.add_argument("role", metavar="ROLE")
    grant.add_argument("--print", action="store_true", dest="print_only", help="only print the SQL")
    _common(grant)
    grant.set_defaults(run=handler(_RUN + "run_grant"))

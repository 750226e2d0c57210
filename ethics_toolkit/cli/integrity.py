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

_RUN = "ethics_toolkit.cli.integrity_run:"


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="URL")
    parser.add_argument("--lang", choices=("sv", "en"), default=None)


def _date(text: str) -> object:
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    verify = subparsers.add_parser(
        "verify",
    )
    verify.add_argument(
        "--anchor",
        type=Path,
        metavar="FILE.pdf|FILE.json",
    )
    _common(verify)
    verify.set_defaults(run=handler(_RUN + "run_verify"))

    action = subparsers.add_parser("action")
    verbs = action.add_subparsers(dest="verb", metavar="VERB", required=True)
    listing = verbs.add_parser("list")
    listing.add_argument("--tool", required=True, metavar="NAME")
    listing.add_argument("--risk", type=int, metavar="ID")
    add = verbs.add_parser("add")
    add.add_argument("--tool", required=True, metavar="NAME")
    add.add_argument("--risk", type=int, required=True, metavar="ID")
    add.add_argument("--description", required=True, metavar="TEXT")
    add.add_argument("--owner", default="", metavar="NAME")
    add.add_argument("--due", type=_date, metavar="YYYY-MM-DD")
    assign = verbs.add_parser("assign")
    done = verbs.add_parser("done")
    for parser in (assign, done):
        parser.add_argument("--tool", required=True, metavar="NAME")
        parser.add_argument("--risk", type=int, required=True, metavar="ID")
        parser.add_argument("--action", type=int, required=True, metavar="N", dest="number")
    assign.add_argument("--owner", required=True, metavar="NAME")
    assign.add_argument("--due", type=_date, metavar="YYYY-MM-DD")
    done.add_argument("--undo", action="store_true")
    for parser in (listing, add, assign, done):
        _common(parser)
        parser.set_defaults(run=handler(_RUN + "run_action"))

    tool = subparsers.add_parser("tool")
    tool_verbs = tool.add_subparsers(dest="verb", metavar="VERB", required=True)
    archive = tool_verbs.add_parser("archive")
    restore = tool_verbs.add_parser("restore")
    remove = tool_verbs.add_parser("remove")
    remove.add_argument(
        "--export-first",
        type=Path,
        required=True,
        metavar="FILE.json",
    )
    for parser in (archive, restore, remove):
        parser.add_argument("name", metavar="NAME")
        _common(parser)
        parser.set_defaults(run=handler(_RUN + "run_tool"))

    db = subparsers.add_parser("db")
    db_verbs = db.add_subparsers(dest="verb", metavar="VERB", required=True)
    grant = db_verbs.add_parser(
        "grant",
    )
    grant.add_argument("role", metavar="ROLE")
    grant.add_argument("--print", action="store_true", dest="print_only")
    _common(grant)
    grant.set_defaults(run=handler(_RUN + "run_grant"))

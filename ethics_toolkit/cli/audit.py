"""``ethics-toolkit audit``: a bias audit of a decision log (contract in issue 3)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ethics_toolkit.cli import handler


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "audit",
        help="bias audit of a CSV decision log (selection rates, impact ratios, significance)",
        description=(
            "Audit a decision log for adverse impact. Exit code 0: no adverse impact found; "
            "1: adverse impact found; 2: usage or data error."
        ),
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="CSV decision log or group counts")
    outcome = parser.add_mutually_exclusive_group(required=True)
    outcome.add_argument("--outcome", metavar="COL", help="column with the decision")
    outcome.add_argument(
        "--score", metavar="COL", help="score column: audit the scoring rate (above the median)"
    )
    parser.add_argument(
        "--positive", metavar="VALUE", help="outcome value meaning selected (e.g. Ja, 1, yes)"
    )
    parser.add_argument(
        "--sensitive",
        metavar="COL",
        action="append",
        required=True,
        help="sensitive attribute column; repeat for several (their intersection is analysed too)",
    )
    parser.add_argument("--truth", metavar="COL", help="ground-truth column (e.g. qualified)")
    parser.add_argument("--truth-positive", metavar="VALUE", help="truth value meaning positive")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--lang", choices=("sv", "en"), default=None)
    parser.add_argument("--report", type=Path, metavar="FILE.pdf", help="also write a PDF report")
    parser.add_argument("--db", metavar="URL", help="register database (with --tool)")
    parser.add_argument("--tool", metavar="NAME", help="save the audit run to this tool's register")
    parser.set_defaults(run=handler("ethics_toolkit.cli.audit:run"))


def run(args: argparse.Namespace) -> int:
    raise NotImplementedError("audit lands with the fairness-engine issue")

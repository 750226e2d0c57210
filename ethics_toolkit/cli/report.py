"""``ethics-toolkit report``: the PDF audit report of a registered tool (contract in issue 5)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ethics_toolkit.cli import handler


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    report = subparsers.add_parser("report", help="write the PDF audit report of a tool")
    report.add_argument("--db", metavar="URL", help="register database URL")
    report.add_argument("--tool", metavar="NAME", required=True, help="the tool's name")
    report.add_argument("--lang", choices=("sv", "en"), default=None)
    report.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    report.set_defaults(run=handler("ethics_toolkit.cli.report:run"))


def run(args: argparse.Namespace) -> int:
    raise NotImplementedError("lands with the report issue")

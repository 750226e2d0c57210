"""Register commands: ``demo``, ``tools``, ``export``, ``import`` (contract in issue 4)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ethics_toolkit.cli import handler

_DB_HELP = "database URL (default: $ETHICS_TOOLKIT_DB, else a SQLite file in your data folder)"


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    demo = subparsers.add_parser(
        "demo", help="seed the fictional demo tool with checklists, risks and an audit"
    )
    demo.add_argument("--db", metavar="URL", help=_DB_HELP)
    demo.set_defaults(run=handler("ethics_toolkit.cli.register:run_demo"))

    tools = subparsers.add_parser("tools", help="list the registered AI tools")
    tools.add_argument("--db", metavar="URL", help=_DB_HELP)
    tools.add_argument("--format", choices=("text", "json"), default="text")
    tools.set_defaults(run=handler("ethics_toolkit.cli.register:run_tools"))

    export = subparsers.add_parser("export", help="export the whole register as JSON")
    export.add_argument("--db", metavar="URL", help=_DB_HELP)
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.json")
    export.set_defaults(run=handler("ethics_toolkit.cli.register:run_export"))

    imp = subparsers.add_parser("import", help="import a register JSON export")
    imp.add_argument("file", type=Path, metavar="FILE.json")
    imp.add_argument("--db", metavar="URL", help=_DB_HELP)
    imp.set_defaults(run=handler("ethics_toolkit.cli.register:run_import"))


def run_demo(args: argparse.Namespace) -> int:
    raise NotImplementedError("lands with the register issue")


def run_tools(args: argparse.Namespace) -> int:
    raise NotImplementedError("lands with the register issue")


def run_export(args: argparse.Namespace) -> int:
    raise NotImplementedError("lands with the register issue")


def run_import(args: argparse.Namespace) -> int:
    raise NotImplementedError("lands with the register issue")

"""``ethics-toolkit report``: the PDF audit report of a registered tool (contract in issue 5)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ethics_toolkit.cli import EXIT_OK, handler
from ethics_toolkit.errors import UserFacingError


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    report = subparsers.add_parser("report", help="write the PDF audit report of a tool")
    report.add_argument("--db", metavar="URL", help="register database URL")
    report.add_argument("--tool", metavar="NAME", required=True, help="the tool's name")
    report.add_argument("--lang", choices=("sv", "en"), default=None)
    report.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    report.set_defaults(run=handler("ethics_toolkit.cli.report:run"))


def check_output(path: Path) -> None:
    """Fail before the work when the PDF cannot be written there."""
    from ethics_toolkit.cli.texts import IS_FOLDER, NO_FOLDER

    if path.is_dir():
        raise UserFacingError.of(IS_FOLDER, path=path)
    folder = path.parent
    if not folder.is_dir():
        raise UserFacingError.of(NO_FOLDER, path=path, folder=folder)


def write_pdf(path: Path, pdf: bytes) -> None:
    """Write the PDF; an OS error (permissions, full disk) becomes one clear message."""
    from ethics_toolkit.cli.texts import UNWRITABLE

    check_output(path)
    try:
        path.write_bytes(pdf)
    except OSError as error:
        raise UserFacingError.of(UNWRITABLE, path=path, reason=error.strerror) from error


def run(args: argparse.Namespace) -> int:
    from ethics_toolkit.cli.texts import WRITTEN
    from ethics_toolkit.i18n import default_lang
    from ethics_toolkit.register.store import Store
    from ethics_toolkit.report import build_tool_report

    lang = args.lang or default_lang()
    check_output(args.output)
    record = Store.open(args.db).record(args.tool)
    pdf = build_tool_report(record, lang=lang)
    write_pdf(args.output, pdf)
    print(
        WRITTEN.format(lang, tool=record.tool.name, path=args.output, size=round(len(pdf) / 1024))
    )
    return EXIT_OK

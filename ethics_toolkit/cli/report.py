"""``ethics-toolkit report``: the PDF audit report of a registered tool (contract in issue 5)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ethics_toolkit.cli import EXIT_OK, handler
from ethics_toolkit.errors import UserFacingError

NO_FOLDER_EN = (
    "Cannot write the report to {path}: the folder {folder} does not exist. "
    "Create it or choose another path with -o."
)
NO_FOLDER_SV = (
    "Kan inte skriva rapporten till {path}: mappen {folder} finns inte. "
    "Skapa den eller välj en annan sökväg med -o."
)
IS_FOLDER_EN = (
    "Cannot write the report to {path}: it is a folder. Give a file name such as {path}/report.pdf."
)
IS_FOLDER_SV = (
    "Kan inte skriva rapporten till {path}: det är en mapp. "
    "Ange ett filnamn, till exempel {path}/rapport.pdf."
)
UNWRITABLE_EN = (
    "Cannot write the report to {path}: {reason}. "
    "Check the permissions or choose another path with -o."
)
UNWRITABLE_SV = (
    "Kan inte skriva rapporten till {path}: {reason}. "
    "Kontrollera behörigheterna eller välj en annan sökväg med -o."
)
WRITTEN_EN = "Report for {tool} written to {path} ({size} kB)."
WRITTEN_SV = "Rapporten för {tool} har skrivits till {path} ({size} kB)."


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    report = subparsers.add_parser("report", help="write the PDF audit report of a tool")
    report.add_argument("--db", metavar="URL", help="register database URL")
    report.add_argument("--tool", metavar="NAME", required=True, help="the tool's name")
    report.add_argument("--lang", choices=("sv", "en"), default=None)
    report.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    report.set_defaults(run=handler("ethics_toolkit.cli.report:run"))


def _error(en: str, sv: str, **values: object) -> UserFacingError:
    return UserFacingError(en=en.format(**values), sv=sv.format(**values))


def check_output(path: Path) -> None:
    """Fail before the work when the PDF cannot be written there."""
    if path.is_dir():
        raise _error(IS_FOLDER_EN, IS_FOLDER_SV, path=path)
    folder = path.parent
    if not folder.is_dir():
        raise _error(NO_FOLDER_EN, NO_FOLDER_SV, path=path, folder=folder)


def write_pdf(path: Path, pdf: bytes) -> None:
    """Write the PDF; an OS error (permissions, full disk) becomes one clear message."""
    check_output(path)
    try:
        path.write_bytes(pdf)
    except OSError as error:
        raise _error(UNWRITABLE_EN, UNWRITABLE_SV, path=path, reason=error.strerror) from error


def run(args: argparse.Namespace) -> int:
    from ethics_toolkit.i18n import default_lang
    from ethics_toolkit.register.store import Store
    from ethics_toolkit.report import build_tool_report

    lang = args.lang or default_lang()
    check_output(args.output)
    record = Store.open(args.db).record(args.tool)
    pdf = build_tool_report(record, lang=lang)
    write_pdf(args.output, pdf)
    template = WRITTEN_SV if lang == "sv" else WRITTEN_EN
    print(template.format(tool=record.tool.name, path=args.output, size=round(len(pdf) / 1024)))
    return EXIT_OK

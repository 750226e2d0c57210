"""``ethics-toolkit report``: the PDF audit report of a registered tool (contract in issue 5)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ethics_toolkit.cli import EXIT_OK, handler
from ethics_toolkit.errors import UserFacingError


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    report = subparsers.add_parser("report")
    report.add_argument("--db", metavar="URL")
    report.add_argument(
        "--kind",
        choices=("tool", "active-measures"),
        default="tool",
    )
    report.add_argument("--tool", metavar="NAME")
    report.add_argument("--year", type=int, metavar="YYYY")
    report.add_argument("--lang", choices=("sv", "en"), default=None)
    report.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    report.add_argument(
        "--author",
        metavar="NAME",
    )
    report.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help="the day the report's statements hold for (deadlines, the law in force): default "
        "the newest fact in the register; with --kind active-measures, today (at most the "
        "year's end)",
    )
    report.set_defaults(run=handler("ethics_toolkit.cli.report:run"))


def warn(built: object, lang: str) -> None:
    """Say on stderr what the report could not draw (it prints as "�" and is listed inside)."""
    import sys

    from ethics_toolkit.cli.texts import REPORT_WARNING

    warning = built.warning(lang)  # type: ignore[attr-defined]
    if warning:
        print(f"ethics-toolkit: {REPORT_WARNING.format(lang, warning=warning)}", file=sys.stderr)


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


OPTION_FLAGS = {"prepared_by": "--author", "run_by": "--by", "art9_ground": "--art9-ground"}


def report_options(**values: str | None) -> object:
    """Report options from the command line; a value too long is one clear message (exit 2)."""
    from pydantic import ValidationError

    from ethics_toolkit.cli.texts import OPTION_TOO_LONG
    from ethics_toolkit.report import ReportOptions

    given = {k: v.strip() for k, v in values.items() if v and v.strip()}
    try:
        return ReportOptions(**given)
    except ValidationError as error:
        problem = error.errors()[0]
        field = str(problem["loc"][0])
        raise UserFacingError.of(
            OPTION_TOO_LONG,
            option=OPTION_FLAGS.get(field, field),
            limit=(problem.get("ctx") or {}).get("max_length", "?"),
            length=len(given.get(field, "")),
        ) from error


def run(args: argparse.Namespace) -> int:
    from ethics_toolkit.cli.localise import command_lang
    from ethics_toolkit.cli.texts import WRITTEN
    from ethics_toolkit.register.storage.store import Store
    from ethics_toolkit.report import tool_report

    lang = command_lang(args)
    if args.kind == "active-measures":
        return run_active_measures(args, lang)
    if not args.tool:
        from ethics_toolkit.cli.duties_texts import TOOL_NEEDED

        raise UserFacingError.of(TOOL_NEEDED)
    check_output(args.output)
    options = report_options(prepared_by=getattr(args, "author", None))
    if getattr(args, "date", None):  # issue 21 §1: the one date the statements hold for
        options = options.model_copy(update={"report_date": _day(args.date)})  # type: ignore[attr-defined]
    record = Store.open(args.db).record(args.tool)
    built = tool_report(record, lang=lang, options=options)
    pdf = built.pdf
    write_pdf(args.output, pdf)
    warn(built, lang)
    print(
        WRITTEN.format(lang, tool=record.tool.name, path=args.output, size=round(len(pdf) / 1024))
    )
    return EXIT_OK


def run_active_measures(args: argparse.Namespace, lang: str) -> int:
    """Issue 15: the year's active-measures documentation of every tool (or of ``--tool``)."""
    from ethics_toolkit.cli.duties_texts import ACTIVE_MEASURES_WRITTEN, YEAR_NEEDED
    from ethics_toolkit.register.duties.active_measures import build_active_measures
    from ethics_toolkit.register.storage.store import Store
    from ethics_toolkit.report.active_measures import build_active_measures_pdf

    if args.year is None or not 1900 <= args.year <= 9999:
        raise UserFacingError.of(YEAR_NEEDED)
    check_output(args.output)
    store = Store.open(args.db)
    names = [args.tool] if args.tool else [tool.name for tool in store.list_tools()]
    records = [store.record(name, check_history=False) for name in names]
    as_of = _day(args.date) if getattr(args, "date", None) else None
    data = build_active_measures(records, year=args.year, lang=lang, as_of=as_of)  # type: ignore[arg-type]
    pdf = build_active_measures_pdf(data)
    write_pdf(args.output, pdf)
    size = round(len(pdf) / 1024)
    print(ACTIVE_MEASURES_WRITTEN.format(lang, year=args.year, path=args.output, size=size))
    return EXIT_OK


def _day(value: str) -> date:
    """``--date``: an ISO day, else one clear message (exit 2), as ``due --date`` says it."""
    from ethics_toolkit.cli.duties_texts import BAD_DATE

    try:
        return date.fromisoformat(value.strip())
    except ValueError as error:
        raise UserFacingError.of(BAD_DATE, value=value) from error

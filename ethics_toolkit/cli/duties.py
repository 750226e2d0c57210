"""``due`` and ``notice``: the deployer's duties from the register (issue 15).

``due [--db URL] [--format json]`` lists overdue and upcoming items and exits 1 when something is
overdue (so a scheduled job can mail it); ``notice --tool NAME --kind applicants|representatives
--lang sv|en -o FILE`` writes a notice as .pdf or .txt and exits 1 when facts are missing.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ethics_toolkit.cli import EXIT_FINDING, EXIT_OK, handler

if TYPE_CHECKING:
    from datetime import date


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    due = subparsers.add_parser("due")
    due.add_argument("--db", metavar="URL")
    due.add_argument("--format", choices=("text", "json"), default="text")
    due.add_argument("--lang", choices=("sv", "en"), default=None)
    due.add_argument("--days", type=int, default=30, metavar="N")
    due.add_argument("--date", metavar="YYYY-MM-DD")
    due.set_defaults(run=handler("ethics_toolkit.cli.duties:run_due"))

    notice = subparsers.add_parser("notice")
    notice.add_argument("--db", metavar="URL")
    notice.add_argument("--tool", metavar="NAME", required=True)
    notice.add_argument("--kind", choices=("applicants", "representatives"), required=True)
    notice.add_argument("--lang", choices=("sv", "en"), default=None)
    notice.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf|FILE.txt")
    notice.set_defaults(run=handler("ethics_toolkit.cli.duties:run_notice"))


def parse_day(value: str | None) -> date:
    from datetime import date

    from ethics_toolkit.cli.duties_texts import BAD_DATE
    from ethics_toolkit.errors import UserFacingError

    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value.strip())
    except ValueError as error:
        raise UserFacingError.of(BAD_DATE, value=value) from error


def run_due(args: argparse.Namespace) -> int:
    import json

    from ethics_toolkit.cli.localise import command_lang
    from ethics_toolkit.register.duties.due import as_text, due_list
    from ethics_toolkit.register.storage.store import Store

    lang = command_lang(args)
    if args.days < 0:
        from ethics_toolkit.cli.duties_texts import NEGATIVE_DAYS
        from ethics_toolkit.errors import UserFacingError

        raise UserFacingError.of(NEGATIVE_DAYS, days=args.days)
    today = parse_day(args.date)
    store = Store.open(args.db)
    records = [
        store.record(tool.name, check_history=False)
        for tool in store.list_tools(include_archived=False)
    ]
    due = due_list(records, today=today, lang=lang, horizon_days=args.days)
    if args.format == "json":
        print(json.dumps(due.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        print(as_text(due, lang))
    return EXIT_FINDING if due.any_overdue else EXIT_OK


def run_notice(args: argparse.Namespace) -> int:
    import sys

    from ethics_toolkit.cli.duties_texts import (
        BAD_EXTENSION,
        HOW_TO_COMPLETE,
        NOTICE_KINDS,
        NOTICE_WRITTEN,
        TO_COMPLETE,
    )
    from ethics_toolkit.cli.localise import command_lang
    from ethics_toolkit.cli.report import check_output, write_pdf
    from ethics_toolkit.errors import UserFacingError
    from ethics_toolkit.register.duties.notices import as_text, build_notice
    from ethics_toolkit.register.storage.store import Store

    lang = command_lang(args)
    suffix = args.output.suffix.lower()
    if suffix not in (".pdf", ".txt"):
        raise UserFacingError.of(BAD_EXTENSION, path=args.output)
    check_output(args.output)
    record = Store.open(args.db).record(args.tool, check_history=False)
    notice = build_notice(record, args.kind, lang)
    if suffix == ".pdf":
        from ethics_toolkit.report.notices import build_notice_pdf

        write_pdf(args.output, build_notice_pdf(notice))
    else:
        write_pdf(args.output, as_text(notice).encode("utf-8"))
    kind = NOTICE_KINDS[args.kind].get(lang)
    print(NOTICE_WRITTEN.format(lang, kind=kind, tool=record.tool.name, path=args.output))
    if notice.missing:
        lines = [TO_COMPLETE.get(lang), *(f"  - {what}" for what in notice.missing)]
        print("\n".join([*lines, HOW_TO_COMPLETE.get(lang)]), file=sys.stderr)
        return EXIT_FINDING
    return EXIT_OK

"""Register commands: ``demo`` (``--reset``), ``tools``, ``export``, ``import`` (issue 4, 16)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ethics_toolkit.cli import handler

if TYPE_CHECKING:
    from ethics_toolkit.i18n import Lang
    from ethics_toolkit.register.domain.tool import AITool
    from ethics_toolkit.register.storage.store import Store


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    demo = subparsers.add_parser("demo")
    demo.add_argument("--db", metavar="URL")
    demo.add_argument("--lang", choices=("sv", "en"), default=None)
    demo.add_argument(
        "--reset",
        action="store_true",
    )
    demo.add_argument("--yes", action="store_true")
    demo.add_argument(
        "--export-first",
        type=Path,
        metavar="FILE.json",
    )
    demo.set_defaults(run=handler("ethics_toolkit.cli.register:run_demo"))

    tools = subparsers.add_parser("tools")
    tools.add_argument("--db", metavar="URL")
    tools.add_argument("--lang", choices=("sv", "en"), default=None)
    tools.add_argument("--format", choices=("text", "json"), default="text")
    tools.set_defaults(run=handler("ethics_toolkit.cli.register:run_tools"))

    export = subparsers.add_parser("export")
    export.add_argument("--db", metavar="URL")
    export.add_argument("--lang", choices=("sv", "en"), default=None)
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.json")
    export.set_defaults(run=handler("ethics_toolkit.cli.register:run_export"))

    imp = subparsers.add_parser("import")
    imp.add_argument("file", type=Path, metavar="FILE.json")
    imp.add_argument("--db", metavar="URL")
    imp.add_argument("--lang", choices=("sv", "en"), default=None)
    imp.set_defaults(run=handler("ethics_toolkit.cli.register:run_import"))


def _store(args: argparse.Namespace) -> Store:
    from ethics_toolkit.register.storage.store import Store

    return Store.open(args.db)


def run_demo(args: argparse.Namespace) -> int:
    from ethics_toolkit.cli.localise import command_lang
    from ethics_toolkit.cli.texts import COUNTS, DEMO_SEEDED
    from ethics_toolkit.register.demo.seed import seed_demo

    lang = command_lang(args)
    store = _store(args)
    tool = _reset_demo(args, store, lang) if args.reset else seed_demo(store)
    record = store.record(tool.name)
    counts = (
        ("answer", len(record.answers)),
        ("risk", len(record.risks)),
        ("audit", len(record.audits)),
        ("signoff", len(record.signoffs)),
    )
    listed = ", ".join(COUNTS.text(noun, lang, count=n) for noun, n in counts)
    print(DEMO_SEEDED.format(lang, tool=tool.name, counts=listed, url=store.url))
    return 0


def _reset_demo(args: argparse.Namespace, store: Store, lang: Lang) -> AITool:
    """``demo --reset``: confirmed (or ``--yes``), the export written first, then reseeded."""
    import json
    import sys

    from ethics_toolkit.cli.integrity_run import write_private
    from ethics_toolkit.cli.texts import RESET_ASK, RESET_CANCELLED, RESET_EXPORTED, RESET_NEEDS_YES
    from ethics_toolkit.errors import UserFacingError
    from ethics_toolkit.register.demo.profile import DEMO_TOOL
    from ethics_toolkit.register.demo.seed import RESET_OTHER_TOOLS, reset_demo
    from ethics_toolkit.register.storage.store import default_actor

    names = [tool.name for tool in store.list_tools()]
    others = sorted(name for name in names if name != DEMO_TOOL)
    if others:  # refused before anything is asked or written
        raise UserFacingError.of(RESET_OTHER_TOOLS, tools=", ".join(others), demo=DEMO_TOOL)
    target = args.export_first or _reset_export_path(store)
    if DEMO_TOOL in names and not args.yes:
        if not sys.stdin.isatty():
            raise UserFacingError.of(RESET_NEEDS_YES, tool=DEMO_TOOL, url=store.url)
        answer = input(RESET_ASK.format(lang, tool=DEMO_TOOL, url=store.url, path=target))
        if answer.strip().lower() not in ("y", "yes", "j", "ja"):
            raise UserFacingError.of(RESET_CANCELLED)

    def save(document: dict) -> str:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_private(target, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        return str(target)

    tool, where = reset_demo(store, actor=default_actor(), save_export=save)
    if where is not None:
        print(RESET_EXPORTED.format(lang, tool=DEMO_TOOL, path=where))
    return tool


def _reset_export_path(store: Store) -> Path:
    """Next to a SQLite register file, else in the user data folder; named by the time."""
    from datetime import UTC, datetime

    from platformdirs import user_data_dir

    register = store.file_path
    folder = register.parent if register else Path(user_data_dir("ethics-toolkit", appauthor=False))
    return folder / f"demo-reset-{datetime.now(UTC):%Y%m%d-%H%M%S}.json"


def run_tools(args: argparse.Namespace) -> int:
    import json

    from ethics_toolkit.cli.localise import command_lang
    from ethics_toolkit.cli.texts import NO_TOOLS, OPEN_RISKS, RISK_CLASS, TOOLS_REGISTER
    from ethics_toolkit.register.domain import labels
    from ethics_toolkit.register.domain.tool import AITool
    from ethics_toolkit.register.statements.build import tool_statements

    lang = command_lang(args)
    store = _store(args)
    rows = []
    for tool in store.list_tools():
        # Issue 21 §1: the class and the count every other output states, from the statements.
        statements = tool_statements(store.record(tool.name, check_history=False))
        rows.append(
            {
                **tool.model_dump(mode="json"),
                "risk_class": statements.classification.risk_class,
                "risks": len(statements.risks.items),
                "open_risks": len(statements.risks.unresolved()),
            }
        )
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(NO_TOOLS.format(lang, url=store.url))
        return 0
    # What a person reads: display labels, never the JSON's field names and codes.
    header = (
        *(labels.field_label(AITool, f, lang) for f in ("name", "vendor", "hr_process", "status")),
        RISK_CLASS.get(lang),
        OPEN_RISKS.get(lang),
    )
    table = [header] + [
        (
            row["name"],
            row["vendor"],
            labels.value_label(AITool, "hr_process", row["hr_process"], lang) or "",
            labels.value_label(AITool, "status", row["status"], lang) or "",
            labels.risk_class_label(row["risk_class"], lang),
            str(row["open_risks"]),
        )
        for row in rows
    ]
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    for line in table:
        cells = (cell.ljust(width) for cell, width in zip(line, widths, strict=True))
        print("  ".join(cells).rstrip())
    print(f"\n{TOOLS_REGISTER.format(lang, url=store.url)}")  # where the register lives
    return 0


def run_export(args: argparse.Namespace) -> int:
    import json

    from ethics_toolkit.cli.files import refuse_register_file
    from ethics_toolkit.cli.integrity_run import write_private
    from ethics_toolkit.cli.localise import command_lang
    from ethics_toolkit.cli.texts import COUNTS, EXPORTED

    store = _store(args)
    refuse_register_file(store, args.output)  # issue 27: never onto the register itself
    document = store.export_json()
    # Readable by the owner only: an export holds the whole register (issue 13).
    write_private(args.output, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    lang = command_lang(args)
    tools = COUNTS.text("tool", lang, count=len(document["tools"]))
    print(EXPORTED.format(lang, tools=tools, path=args.output))
    integrity = document.get("integrity") or {}
    if not integrity.get("intact", True):  # issue 27: said here as verify says it
        from ethics_toolkit.register.integrity.messages import VERDICT

        print(VERDICT.text("altered", lang, count=len(integrity["findings"])))
        for finding in integrity["findings"]:
            print(finding[lang])
        print(VERDICT.text("detected", lang))
    return 0


def run_import(args: argparse.Namespace) -> int:
    from ethics_toolkit.cli.files import read_regular
    from ethics_toolkit.cli.localise import command_lang
    from ethics_toolkit.cli.texts import COUNTS, IMPORTED
    from ethics_toolkit.register.storage.exchange_file import MAX_BYTES, check_size, load_text
    from ethics_toolkit.register.storage.store import default_actor

    # Issue 27: a device, a FIFO or an oversized file is refused before it is read.
    raw = read_regular(args.file, limit=MAX_BYTES, check_size=check_size)
    data = load_text(raw)
    store = _store(args)
    names = store.import_json(data, source=args.file.name, actor=default_actor())
    lang = command_lang(args)
    tools = COUNTS.text("tool", lang, count=len(names))
    print(IMPORTED.format(lang, tools=tools, path=args.file, url=store.url))
    return 0

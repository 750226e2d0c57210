"""The handler of ``ethics-toolkit audit`` (arguments in :mod:`ethics_toolkit.cli.audit`).

Imported only when the command runs; the engine, the register and the report are imported inside
:func:`run`, as far as the arguments need them. Exit code 0: no adverse impact; 1: adverse impact
found in any group (small groups included); 2: usage or data error.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ethics_toolkit.cli import EXIT_FINDING, EXIT_OK
from ethics_toolkit.cli.audit_output import render_text, to_json
from ethics_toolkit.cli.text_table import audit_text
from ethics_toolkit.errors import UserFacingError

if TYPE_CHECKING:
    from ethics_toolkit.engine.models import AuditResult
    from ethics_toolkit.i18n import Lang


def _quick_exit() -> None:
    """Let the interpreter end without walking every object of pandas, scipy and scikit-learn.

    Python's last garbage collection at exit traverses every live object, about 0.2 s of the
    job's 1.5 s once those libraries are loaded; ``gc.freeze`` at exit moves them out of its way.
    Nothing is skipped: files are closed and buffers flushed as before. (Disabling the collector
    during the run would save another 0.1 s but lets exception cycles pile up, so it stays on.)
    """
    import atexit
    import gc

    atexit.unregister(gc.freeze)  # once per process, however often run() is called (tests)
    atexit.register(gc.freeze)


def run(args: argparse.Namespace) -> int:
    from ethics_toolkit.cli.audit_recipe import audit, finish, plan
    from ethics_toolkit.cli.localise import command_lang

    _quick_exit()
    lang: Lang = command_lang(args)
    if args.db and not args.tool:
        from ethics_toolkit.cli.texts import DB_WITHOUT_TOOL

        raise UserFacingError.of(DB_WITHOUT_TOOL)
    # Fail before the work: an unknown tool or an unwritable report path is found in milliseconds.
    options = None
    if args.report:
        from ethics_toolkit.cli.report import check_output, report_options
        from ethics_toolkit.register.storage.store import named_actor

        check_output(args.report)
        options = report_options(  # a value too long fails here, before any work
            prepared_by=getattr(args, "author", None),
            run_by=named_actor(getattr(args, "by", None)),
            art9_ground=getattr(args, "art9_ground", None),
        )
    store = tool = None
    if args.tool:
        from ethics_toolkit.register.storage.store import Store

        store = Store.open(args.db)
        tool = store.get_tool(args.tool)
    # Issue 20: the recipe given, or the tool's, with the flags beside it (a malformed --label,
    # --regroup or recipe fails here, before any work).
    planned = plan(args, store=store, tool=tool, lang=lang)
    if args.stages and not args.stage and planned.recipe.stage is None:
        from ethics_toolkit.cli.audit_texts import STAGES_WITHOUT_STAGE

        raise UserFacingError.of(STAGES_WITHOUT_STAGE)
    from ethics_toolkit.engine.presentation.labels import check_value_labels
    from ethics_toolkit.engine.sources.audit import audit_location

    reading = planned.recipe.reading

    def audit_call(*, sheet: str | None) -> AuditResult:
        return audit_location(
            args.source,
            planned.spec,
            table=args.table,
            query=args.query,
            encoding=reading.encoding,
            separator=reading.separator,
            decimal=reading.decimal,
            **({"sheet": sheet} if sheet is not None else {}),
        )

    result = audit(planned, audit_call, lang)
    check_value_labels(result, options=getattr(args, "label", []))
    notes = []
    by = getattr(args, "by", None)
    actor = None
    if store is not None and tool is not None and tool.id is not None:
        from ethics_toolkit.register.storage.store import resolve_actor

        actor, login_only = resolve_actor(by)
        if login_only:  # issues 12, 21: nobody named is "not stated", never the OS account
            from ethics_toolkit.cli.texts import LOGIN_NAME_USED

            print(f"ethics-toolkit: {LOGIN_NAME_USED.format(lang, name=actor)}", file=sys.stderr)
        # A database source is named without credentials (ReadingInfo.source_name).
        name = result.reading.file_name if result.reading else Path(args.source).name
        run = store.save_audit_run(tool.id, result, actor=actor, file_name=name)
        notes.append(audit_text("saved", lang, run_id=run.id, tool=tool.name))
    before, after = finish(args, planned, result, store=store, tool=tool, actor=actor, lang=lang)
    notes += after
    if args.report:
        from ethics_toolkit.cli.report import warn, write_pdf
        from ethics_toolkit.report import audit_report

        built = audit_report(result, lang=lang, options=options)  # type: ignore[arg-type]
        pdf = built.pdf
        write_pdf(args.report, pdf)
        warn(built, lang)
        size = round(len(pdf) / 1024)
        notes.append(audit_text("report_written", lang, path=args.report, size=size))
    if args.format == "json":
        _emit(to_json(result))
        _notes([*before, *notes], sys.stderr)  # stdout stays exactly one JSON object
    else:
        _emit("\n".join([*before, render_text(result, lang), *notes]))  # reading order, stdout
    return EXIT_FINDING if result.adverse_impact_found else EXIT_OK


def _notes(lines: list[str], stream: TextIO) -> None:
    for line in lines:
        print(line, file=stream)


def _emit(text: str) -> None:
    """Print; if the reader closed the pipe (``| head``), stop quietly as Unix tools do."""
    try:
        print(text, flush=True)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())

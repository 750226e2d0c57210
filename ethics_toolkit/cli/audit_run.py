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
    from ethics_toolkit.engine.models import AuditSpec
    from ethics_toolkit.i18n import Lang


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


def _spec(args: argparse.Namespace) -> AuditSpec:
    from ethics_toolkit.engine.models import AuditSpec
    from ethics_toolkit.engine.presentation.labels import parse_label_options

    aggregated = bool(args.aggregated or args.count_column or args.selected_column)
    features = _split(args.features)
    selected_column = args.selected_column or (args.outcome if aggregated else None)
    roles = [args.outcome, args.score, selected_column, args.truth, args.count_column]
    roles += [args.stratify, args.period, args.recommendation, args.stage]
    columns = list(dict.fromkeys([*args.sensitive, *(c for c in roles if c)]))
    column_labels, value_labels = parse_label_options(getattr(args, "label", []), columns=columns)
    return AuditSpec(
        outcome=args.outcome or selected_column,
        positives=args.positive or [],
        negatives=args.negative or [],
        excluded=args.exclude or [],
        score=args.score,
        sensitive=args.sensitive,
        truth=args.truth,
        truth_positive=args.truth_positive,
        count_column=args.count_column,
        selected_column=selected_column,
        stratify=args.stratify,
        period=args.period,
        freq=args.freq,
        column_labels=column_labels,
        value_labels=value_labels,
        recommendation=args.recommendation,
        recommendation_positives=args.recommendation_positive or [],
        recommendation_negatives=args.recommendation_negative or [],
        stage=args.stage,
        stages=_split(args.stages),
        features=[] if features == ["auto"] else features,
        features_auto=features == ["auto"],
    )


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
    from ethics_toolkit.i18n import default_lang

    _quick_exit()
    lang: Lang = args.lang or default_lang()
    if args.db and not args.tool:
        from ethics_toolkit.cli.texts import DB_WITHOUT_TOOL

        raise UserFacingError.of(DB_WITHOUT_TOOL)
    if args.stages and not args.stage:
        from ethics_toolkit.cli.audit_texts import STAGES_WITHOUT_STAGE

        raise UserFacingError.of(STAGES_WITHOUT_STAGE)
    if not (args.outcome or args.score or args.selected_column or args.stage):
        from ethics_toolkit.cli.audit_texts import NEED_OUTCOME

        raise UserFacingError.of(NEED_OUTCOME)
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
    spec = _spec(args)  # a malformed --label fails here, before any work
    store = tool = None
    if args.tool:
        from ethics_toolkit.register.storage.store import Store

        store = Store.open(args.db)
        tool = store.get_tool(args.tool)
    from ethics_toolkit.engine.presentation.labels import check_value_labels
    from ethics_toolkit.engine.sources.audit import audit_location

    result = audit_location(
        args.source,
        spec,
        table=args.table,
        query=args.query,
        encoding=args.encoding,
        separator=args.sep,
        decimal=args.decimal,
        **({"sheet": args.sheet} if args.sheet is not None else {}),
    )
    check_value_labels(result, options=getattr(args, "label", []))
    notes = []
    by = getattr(args, "by", None)
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
        _notes(notes, sys.stderr)  # stdout stays exactly one JSON object
    else:
        _emit("\n".join([render_text(result, lang), *notes]))  # in reading order, on stdout
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

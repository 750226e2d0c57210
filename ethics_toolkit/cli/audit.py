"""``ethics-toolkit audit``: a bias audit of a decision log (contract in issue 3).

Only argparse is imported at module level; :func:`run` imports the engine (pandas, fairlearn,
scipy) when the command runs, so ``ethics-toolkit --help`` stays instant.

Output: ``--format text`` prints what was detected, a table per analysis and the findings in
``--lang``; ``--format json`` prints exactly one JSON object (the contract's fields plus the
additive ones of :class:`~ethics_toolkit.engine.models.AuditResult`). Exit code 0: no adverse
impact; 1: adverse impact found in any group (small groups included); 2: usage or data error.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ethics_toolkit.cli import EXIT_FINDING, EXIT_OK, handler
from ethics_toolkit.cli.text_table import audit_text, display_width, text_table
from ethics_toolkit.errors import UserFacingError

if TYPE_CHECKING:
    from ethics_toolkit.engine.models import Analysis, AuditResult, AuditSpec, Stratified
    from ethics_toolkit.i18n import Lang

_SEPARATOR_NAMES = {",": "','", ";": "';'", "\t": "tab"}
_GROUPED_SOURCES = ("table", "query", "parquet")


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "audit",
        help="bias audit of a decision log: a CSV or Excel file, Parquet, or a database table",
        description=(
            "Audit a decision log for adverse impact. Exit code 0: no adverse impact found; "
            "1: adverse impact found; 2: usage or data error. A database, warehouse or Parquet "
            "log is counted where it lies (one GROUP BY): only the cells are fetched."
        ),
        epilog=(
            "Exit code 1 keeps its meaning: a group below four-fifths of the reference rate in "
            "the pooled analysis (small groups included). Each group's verdict refines it: "
            "adverse_significant (below four-fifths and Holm-adjusted p < 0.05 over every "
            "comparison of the audit), adverse_not_significant (below four-fifths, could be "
            "chance), insufficient_evidence (not below four-fifths, but too few applicants to "
            "have seen a ratio of 0.8), no_adverse_impact, undetermined (no ratio), reference. "
            "With --stratify the comparison is also made within the values of that column "
            "(Cochran-Mantel-Haenszel); it does not change the exit code."
        ),
    )
    parser.add_argument(
        "source",
        metavar="SOURCE",
        help="decision log or group counts: CSV, or an Excel/ODS workbook (.xlsx .xlsm .xls .ods); "
        "a .parquet file, folder or quoted glob; or a database URL such as "
        "postgresql+psycopg://user@host/db with --table or --query (the password is never shown)",
    )
    database = parser.add_argument_group(
        "databases and warehouses (SOURCE is a SQLAlchemy URL; read-only, only counts are fetched)"
    )
    what = database.add_mutually_exclusive_group()
    what.add_argument("--table", metavar="NAME", help="the table or view to audit (schema.table)")
    what.add_argument(
        "--query", metavar='"SELECT …"', help="a SELECT whose rows are audited (never modified)"
    )
    parser.add_argument(
        "--sheet",
        metavar="NAME|NUMBER",
        help="workbook sheet by name or number (1 = first); default: the first non-empty sheet",
    )
    # One of these is required unless --stage gives the outcome (checked in run()).
    outcome = parser.add_mutually_exclusive_group()
    outcome.add_argument(
        "--outcome", metavar="COL", help="column with the decision (the final, human decision)"
    )
    outcome.add_argument(
        "--score", metavar="COL", help="score column: audit the scoring rate (above the median)"
    )
    outcome.add_argument(
        "--selected-column",
        metavar="COL",
        help="group counts: column with the number selected per group (implies --aggregated)",
    )
    values = parser.add_argument_group(
        "outcome values (with two values naming one is enough; with more, name every value)"
    )
    values.add_argument(
        "--positive",
        metavar="VALUE",
        action="append",
        help="outcome value meaning selected (e.g. Ja, 1, hired); repeat for several",
    )
    values.add_argument(
        "--negative",
        metavar="VALUE",
        action="append",
        help="outcome value meaning not selected (e.g. rejected); repeat for several",
    )
    values.add_argument(
        "--exclude",
        metavar="VALUE",
        action="append",
        help="outcome value to leave out of the audit (e.g. withdrawn); repeat for several",
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
    parser.add_argument(
        "--stratify",
        metavar="COL",
        help="also compare within the values of this column (job, requisition, qualification "
        "band): Mantel-Haenszel odds ratio, CMH and Breslow-Day tests (Simpson's paradox)",
    )
    periods = parser.add_argument_group("monitoring over time")
    periods.add_argument(
        "--period",
        metavar="COL",
        help="date column: also audit each period of the log (dates like 2026-03-15, "
        "15/3/2026 or Excel dates)",
    )
    periods.add_argument(
        "--freq",
        choices=("month", "quarter", "year"),
        default="quarter",
        help="length of the periods with --period (default: quarter)",
    )
    _add_process_arguments(parser)
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--lang", choices=("sv", "en"), default=None)
    parser.add_argument("--report", type=Path, metavar="FILE.pdf", help="also write a PDF report")
    _add_people_arguments(parser)
    parser.add_argument("--db", metavar="URL", help="register database (with --tool)")
    parser.add_argument("--tool", metavar="NAME", help="save the audit run to this tool's register")
    parser.add_argument(
        "--label",
        metavar="COL=LABEL",
        action="append",
        default=[],
        help="display label of a column (gender=Kön) or of a value (gender:Woman=Kvinna); "
        "repeat for several. Only what people read changes, never the figures",
    )
    reading = parser.add_argument_group("reading (detected automatically; override if needed)")
    reading.add_argument("--encoding", metavar="NAME", help="e.g. utf-8, utf-8-sig, cp1252")
    reading.add_argument("--sep", metavar="CHAR", help="field separator: , ; or tab")
    reading.add_argument("--decimal", choices=(".", ","), help="decimal mark of numbers")
    counts = parser.add_argument_group("group counts (one row per group instead of per applicant)")
    counts.add_argument(
        "--aggregated",
        action="store_true",
        help="the file holds counts per group; --outcome names the column of selected counts",
    )
    counts.add_argument(
        "--count-column", metavar="COL", help="column with the number of applicants per group"
    )
    parser.set_defaults(run=handler("ethics_toolkit.cli.audit:run"))


def _add_people_arguments(parser: argparse.ArgumentParser) -> None:
    """Issue 12: who ran the audit and who prepared the report, as they enter their names."""
    parser.add_argument(
        "--by",
        metavar="NAME",
        help="who ran the audit, as the report should name them (default: $ETHICS_TOOLKIT_USER)",
    )
    parser.add_argument(
        "--author", metavar="NAME", help="who prepared the --report PDF (its cover and metadata)"
    )
    parser.add_argument(
        "--art9-ground",
        metavar="TEXT",
        help="the GDPR Art. 9(2) exception for special-category data (e.g. ethnic origin), shown "
        "in the --report PDF",
    )


def _add_process_arguments(parser: argparse.ArgumentParser) -> None:
    """Issue 11: the tool's recommendation, the selection funnel, what drives the decisions."""
    process = parser.add_argument_group(
        "the decision process (human oversight, selection funnel, what drives the decisions)"
    )
    process.add_argument(
        "--recommendation",
        metavar="COL",
        help="column with the tool's recommendation, compared with the final decision (--outcome)",
    )
    process.add_argument(
        "--recommendation-positive",
        metavar="VALUE",
        action="append",
        help="recommendation value meaning yes (same rules as --positive); repeat for several",
    )
    process.add_argument(
        "--recommendation-negative",
        metavar="VALUE",
        action="append",
        help="recommendation value meaning no; repeat for several",
    )
    process.add_argument(
        "--stage",
        metavar="COL",
        help="column with the furthest stage each applicant reached (needs --stages); without "
        "--outcome the decision is reaching the last stage",
    )
    process.add_argument(
        "--stages",
        metavar="A,B,C",
        help="the stages in order, comma-separated (e.g. applied,screened,interview,offer,hired)",
    )
    process.add_argument(
        "--features",
        metavar="COL,...|auto",
        help="columns whose association with the decision and the sensitive attributes is "
        "measured (Cramér's V); auto = every column without a role that is not an identifier",
    )


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
        if login_only:  # issue 12: never the OS account name silently
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


# Sections that exist only when the audit asked for them: absent from the JSON rather than null.
_OPTIONAL_SECTIONS = ("stratified", "oversight", "funnel", "features", "periods", "trends")
_VALIDITY_FIELDS = ("p_value_holm", "min_detectable_ratio", "verdict")


def _drop_absent(payload: dict) -> None:
    for key in _OPTIONAL_SECTIONS:
        if key in payload and payload[key] is None:
            del payload[key]
    for analysis in payload.get("analyses", []):
        _drop_absent(analysis)
        for group in analysis.get("groups", []):
            if group.get("verdict") is None:
                for key in _VALIDITY_FIELDS:
                    group.pop(key, None)
    for period in payload.get("periods") or []:
        _drop_absent(period)


def to_json(result: AuditResult) -> str:
    """Exactly one JSON object: the contract's fields plus the additive ones."""
    import json

    payload = result.model_dump(mode="json")
    _drop_absent(payload)
    payload["adverse_impact_found"] = result.adverse_impact_found
    return json.dumps(payload, ensure_ascii=False, allow_nan=False)


def render_analysis(analysis: Analysis, lang: Lang, result: AuditResult | None = None) -> list[str]:
    """One analysis as a heading, a table and its findings (the shared presentation, exact)."""
    from ethics_toolkit.engine.models import AuditResult
    from ethics_toolkit.engine.presentation.views import analysis_view

    if result is None:  # a bare analysis: present it with no labels and no cells
        result = AuditResult(n_rows=0, spec={"sensitive": analysis.attributes}, cells=[],
                             analyses=[analysis])  # fmt: skip
    view = analysis_view(result, analysis, lang)
    rows = [view.header(lang, rate_kind=result.rate_kind), *view.table()]
    heading = view.title
    if view.reference:
        heading += f" ({audit_text('reference', lang, ref=view.reference)})"
    right = set(range(1, len(view.columns) - 1))
    lines = ["", heading, "=" * display_width(heading), *text_table(rows, right=right), ""]
    reference_note = audit_text("reference", lang, ref=view.reference) if view.reference else None
    lines += [_sentence(note) for note in view.notes if note != reference_note]
    if view.summary:
        lines.append(view.summary)
    lines.append(audit_text("findings", lang))
    lines += [f"- {finding}" for finding in view.findings]
    if analysis.stratified is not None:
        lines += render_stratified(analysis.stratified, lang, result)
    if analysis.oversight is not None or analysis.funnel:
        from ethics_toolkit.cli.audit_process import render_funnel, render_oversight

        if analysis.oversight is not None:
            lines += render_oversight(analysis.oversight, lang, result.spec)
        if analysis.funnel:
            lines += render_funnel(analysis.funnel, lang, result.spec)
    return lines


def render_stratified(stratified: Stratified, lang: Lang, result: AuditResult) -> list[str]:
    """The comparison within strata (issue 10): one row per non-reference group, findings."""
    from ethics_toolkit.engine.presentation.labels import column_label, group_label
    from ethics_toolkit.engine.presentation.views import column_label as heading_of
    from ethics_toolkit.i18n import format_int, format_number, format_p_value

    keys = ["strata_used", "mh_odds_ratio", "mh_ci", "cmh_p", "breslow_day_p", "reversed"]
    rows = [[heading_of("group", lang), *(audit_text(k, lang) for k in keys)]]
    for entry in stratified.groups:
        ci = "–"
        if entry.mh_odds_ratio_ci is not None:
            ci = "–".join(format_number(bound, lang) for bound in entry.mh_odds_ratio_ci)
        rows.append(
            [
                group_label(entry.values, result.spec),
                format_int(entry.strata_used, lang),
                format_number(entry.mh_odds_ratio, lang),
                ci,
                format_p_value(entry.cmh_p_value, lang),
                format_p_value(entry.breslow_day_p_value, lang),
                audit_text("yes" if entry.pooled_direction_reversed else "no", lang),
            ]
        )
    column = column_label(stratified.column, result.spec)
    heading = audit_text(
        "stratified",
        lang,
        column=column,
        strata=format_int(stratified.strata, lang),
        unknown=format_int(stratified.unknown_strata_rows, lang),
    )
    lines = ["", heading, "-" * display_width(heading)]
    if stratified.groups:
        lines += text_table(rows, right=set(range(1, len(rows[0]) - 1)))
    lines += [f"- {e.finding.get(lang)}" for e in stratified.groups if e.finding]
    return lines


def _sentence(note: str) -> str:
    return note[:1].upper() + note[1:] + "."


def render_text(result: AuditResult, lang: Lang) -> str:
    """The readable report: what was read, one table per analysis, findings, the verdict."""
    from ethics_toolkit.engine.presentation.views import overall_verdict
    from ethics_toolkit.i18n import format_int, format_number

    lines = []
    if result.reading is not None and result.reading.source_kind in _GROUPED_SOURCES:
        reading = result.reading
        lines.append(
            audit_text(
                "read_source",
                lang,
                name=reading.source_name or "-",
                rows=format_int(reading.rows_read, lang),
                kind=audit_text(reading.kind, lang),
                fetched=format_int(reading.rows_fetched or 0, lang),
            )
        )
    elif result.reading is not None and result.reading.sheet is not None:
        reading = result.reading
        lines.append(
            audit_text(
                "read_sheet",
                lang,
                name=reading.file_name or "-",
                sheet=reading.sheet,
                rows=format_int(reading.rows_read, lang),
                kind=audit_text(reading.kind, lang),
            )
        )
    elif result.reading is not None:
        reading = result.reading
        lines.append(
            audit_text(
                "read",
                lang,
                name=reading.file_name or "-",
                encoding=reading.encoding.upper(),
                separator=_SEPARATOR_NAMES.get(reading.separator, repr(reading.separator)),
                decimal=repr(reading.decimal),
                rows=audit_text("n_rows", lang, count=reading.rows_read),
                kind=audit_text(reading.kind, lang),
            )
        )
    if result.reading is not None and result.reading.skipped_lines:
        lines.append(audit_text("skipped_lines", lang, count=result.reading.skipped_lines))
    if result.excluded_rows and result.spec.excluded:
        named = ", ".join(result.spec.excluded)
        lines.append(audit_text("excluded_named", lang, count=result.excluded_rows, values=named))
    elif result.excluded_rows:
        lines.append(audit_text("excluded", lang, count=result.excluded_rows))
    if result.score_median is not None:
        lines.append(audit_text("median", lang, median=format_number(result.score_median, lang)))
    for analysis in result.analyses:
        lines += render_analysis(analysis, lang, result)
    if result.features is not None:
        from ethics_toolkit.cli.audit_process import render_features

        lines += render_features(result.features, list(result.spec.sensitive), lang, result.spec)
    for period in result.periods or []:
        rows_text = format_int(period.n_rows, lang)
        heading = audit_text("period", lang, period=period.period, rows=rows_text)
        lines += ["", heading, "-" * display_width(heading)]
        lines += [a.summary.get(lang) for a in period.analyses if a.summary]
    if result.trends:
        lines += ["", audit_text("trends", lang)]
        lines += [f"- {t.finding.get(lang)}" for t in result.trends if t.finding]
    verdict = "verdict_adverse" if result.adverse_impact_found else "verdict_fine"
    lines += ["", f"{overall_verdict(result, lang)} {audit_text(verdict, lang)}"]
    from ethics_toolkit.engine.presentation.judgement import caution

    note = caution(result)
    if note is not None:  # too little data: the exit code keeps the contract, the words do not
        lines.append(note.get(lang))
    return "\n".join(lines)

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
from typing import TYPE_CHECKING

from ethics_toolkit.cli import EXIT_FINDING, EXIT_OK, handler
from ethics_toolkit.errors import UserFacingError

if TYPE_CHECKING:
    from ethics_toolkit.engine.models import Analysis, AuditResult, AuditSpec
    from ethics_toolkit.i18n import Lang

DB_WITHOUT_TOOL = (
    "--db names the register but not the tool: add --tool NAME to save the audit run "
    "(ethics-toolkit tools lists the names).",
    "--db anger registret men inte verktyget: lägg till --tool NAMN för att spara granskningen "
    "(ethics-toolkit tools visar namnen).",
)
_SEPARATOR_NAMES = {",": "','", ";": "';'", "\t": "tab"}


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "audit",
        help="bias audit of a CSV decision log (selection rates, impact ratios, significance)",
        description=(
            "Audit a decision log for adverse impact. Exit code 0: no adverse impact found; "
            "1: adverse impact found; 2: usage or data error."
        ),
    )
    parser.add_argument(
        "file",
        type=Path,
        metavar="FILE",
        help="decision log or group counts: CSV, or an Excel/ODS workbook (.xlsx .xlsm .xls .ods)",
    )
    parser.add_argument(
        "--sheet",
        metavar="NAME|NUMBER",
        help="workbook sheet by name or number (1 = first); default: the first non-empty sheet",
    )
    outcome = parser.add_mutually_exclusive_group(required=True)
    outcome.add_argument("--outcome", metavar="COL", help="column with the decision")
    outcome.add_argument(
        "--score", metavar="COL", help="score column: audit the scoring rate (above the median)"
    )
    outcome.add_argument(
        "--selected-column",
        metavar="COL",
        help="group counts: column with the number selected per group (implies --aggregated)",
    )
    parser.add_argument(
        "--positive", metavar="VALUE", help="outcome value meaning selected (e.g. Ja, 1, yes)"
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
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--lang", choices=("sv", "en"), default=None)
    parser.add_argument("--report", type=Path, metavar="FILE.pdf", help="also write a PDF report")
    parser.add_argument("--db", metavar="URL", help="register database (with --tool)")
    parser.add_argument("--tool", metavar="NAME", help="save the audit run to this tool's register")
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


def _t(key: str, lang: Lang, **fields: object) -> str:
    from ethics_toolkit.cli.audit_texts import TEXTS

    return TEXTS.text(key, lang, **fields)


def _spec(args: argparse.Namespace) -> AuditSpec:
    from ethics_toolkit.engine.models import AuditSpec

    aggregated = bool(args.aggregated or args.count_column or args.selected_column)
    selected_column = args.selected_column or (args.outcome if aggregated else None)
    return AuditSpec(
        outcome=args.outcome or selected_column,
        positive=args.positive,
        score=args.score,
        sensitive=args.sensitive,
        truth=args.truth,
        truth_positive=args.truth_positive,
        count_column=args.count_column,
        selected_column=selected_column,
    )


def run(args: argparse.Namespace) -> int:
    from ethics_toolkit.i18n import default_lang

    lang: Lang = args.lang or default_lang()
    if args.db and not args.tool:
        raise UserFacingError(en=DB_WITHOUT_TOOL[0], sv=DB_WITHOUT_TOOL[1])
    # Fail before the work: an unknown tool or an unwritable report path is found in milliseconds.
    if args.report:
        from ethics_toolkit.cli.report import check_output

        check_output(args.report)
    store = tool = None
    if args.tool:
        from ethics_toolkit.register.store import Store

        store = Store.open(args.db)
        tool = store.get_tool(args.tool)
    from ethics_toolkit.engine.audit import audit_source

    result = audit_source(
        args.file,
        _spec(args),
        encoding=args.encoding,
        separator=args.sep,
        decimal=args.decimal,
        sheet=args.sheet,
    )
    if store is not None and tool is not None and tool.id is not None:
        from ethics_toolkit.register.store import default_actor

        run = store.save_audit_run(tool.id, result, actor=default_actor(), file_name=args.file.name)
        _note(_t("saved", lang, run_id=run.id, tool=tool.name))
    if args.report:
        from ethics_toolkit.cli.report import write_pdf
        from ethics_toolkit.report import build_audit_report

        pdf = build_audit_report(result, lang=lang)
        write_pdf(args.report, pdf)
        _note(_t("report_written", lang, path=args.report, size=round(len(pdf) / 1024)))
    _emit(to_json(result) if args.format == "json" else render_text(result, lang))
    return EXIT_FINDING if result.adverse_impact_found else EXIT_OK


def _note(text: str) -> None:
    """Side notes go to stderr, so stdout stays exactly the summary (or one JSON object)."""
    print(text, file=sys.stderr)


def _emit(text: str) -> None:
    """Print; if the reader closed the pipe (``| head``), stop quietly as Unix tools do."""
    try:
        print(text, flush=True)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


# Sections that exist only when the audit asked for them: absent from the JSON rather than null.
_OPTIONAL_SECTIONS = ("stratified", "oversight", "funnel", "features", "periods")
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


def _table(rows: list[list[str]], right: set[int]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        lines.append("  ".join(cells).rstrip())
    return lines


def render_analysis(analysis: Analysis, lang: Lang) -> list[str]:
    """One analysis as a heading, a table and its findings."""
    from ethics_toolkit.engine.findings import group_label
    from ethics_toolkit.i18n import format_int, format_number, format_p_value, format_percent

    has_truth = any(g.tpr is not None or g.fpr is not None for g in analysis.groups)
    header_keys = ["group", "n", "selected", "rate", "ci", "ratio", "ratio_ci", "p", "shortfall"]
    header_keys += ["tpr", "fpr"] if has_truth else []
    rows = [[_t(k, lang) for k in [*header_keys, "note"]]]
    dash = "–"
    for g in analysis.groups:
        notes = []
        if g.is_reference:
            notes.append(_t("note_ref", lang))
        if g.adverse_impact:
            notes.append(_t("note_adverse", lang))
        if g.small_group:
            notes.append(_t("note_small", lang))
        ratio_ci = dash
        if g.impact_ratio_ci and not g.is_reference:
            low, high = g.impact_ratio_ci
            ratio_ci = f"{format_number(low, lang)}–{format_number(high, lang)}"
        row = [
            group_label(g.values),
            format_int(g.n, lang),
            format_int(g.selected, lang),
            format_percent(g.selection_rate, lang, 1),
            f"{format_percent(g.ci_low, lang, 1)}–{format_percent(g.ci_high, lang, 1)}",
            format_number(g.impact_ratio, lang),
            ratio_ci,
            format_p_value(g.p_value, lang),
            format_int(g.shortfall, lang),
        ]
        if has_truth:
            row += [format_percent(g.tpr, lang, 1), format_percent(g.fpr, lang, 1)]
        rows.append([*row, ", ".join(notes)])
    reference = " × ".join((analysis.reference_group or {}).values())
    heading = (
        f"{_t('analysis', lang, attributes=' × '.join(analysis.attributes))} "
        f"({_t('reference', lang, ref=reference)})"
    )
    lines = ["", heading, "=" * len(heading), *_table(rows, right=set(range(1, len(rows[0]) - 1)))]
    lines.append("")
    lines.append(
        _t(
            "dp",
            lang,
            dpd=format_number(analysis.demographic_parity_difference, lang, 3),
            dpr=format_number(analysis.demographic_parity_ratio, lang, 3),
        )
    )
    if analysis.equalized_odds_difference is not None:
        lines.append(
            _t("eod", lang, eod=format_number(analysis.equalized_odds_difference, lang, 3))
        )
    if analysis.summary:
        lines.append(analysis.summary.get(lang))
    lines.append(_t("findings", lang))
    lines += [f"- {g.finding.get(lang)}" for g in analysis.groups if g.finding]
    return lines


def render_text(result: AuditResult, lang: Lang) -> str:
    """The readable report: what was read, one table per analysis, findings, the verdict."""
    from ethics_toolkit.i18n import format_int, format_number

    lines = []
    if result.reading is not None and result.reading.sheet is not None:
        reading = result.reading
        lines.append(
            _t(
                "read_sheet",
                lang,
                name=reading.file_name or "-",
                sheet=reading.sheet,
                rows=format_int(reading.rows_read, lang),
                kind=_t(reading.kind, lang),
            )
        )
    elif result.reading is not None:
        reading = result.reading
        lines.append(
            _t(
                "read",
                lang,
                name=reading.file_name or "-",
                encoding=reading.encoding.upper(),
                separator=_SEPARATOR_NAMES.get(reading.separator, repr(reading.separator)),
                decimal=repr(reading.decimal),
                rows=format_int(reading.rows_read, lang),
                kind=_t(reading.kind, lang),
            )
        )
    if result.excluded_rows:
        lines.append(_t("excluded", lang, k=format_int(result.excluded_rows, lang)))
    if result.score_median is not None:
        lines.append(_t("median", lang, median=format_number(result.score_median, lang)))
    for analysis in result.analyses:
        lines += render_analysis(analysis, lang)
    lines += ["", _t("verdict_adverse" if result.adverse_impact_found else "verdict_fine", lang)]
    from ethics_toolkit.engine.findings import caution

    note = caution(result)
    if note is not None:  # too little data: the exit code keeps the contract, the words do not
        lines.append(note.get(lang))
    return "\n".join(lines)

"""``ethics-toolkit audit``: a bias audit of a decision log (contract in issue 3), its arguments.

Only argparse is imported here: the handler (:func:`ethics_toolkit.cli.audit_run.run`) is imported
when the command runs, and it imports the engine (pandas, fairlearn, scipy), so
``ethics-toolkit --help`` stays instant. What the command prints is made by
:mod:`ethics_toolkit.cli.audit_output`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ethics_toolkit.cli import handler


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
        help="sensitive attribute column; repeat for several (their intersection is analysed "
        "too); required unless a recipe gives them",
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
        help="date column: also audit each period of the log, against the whole log's reference "
        "group (dates like 2026-03-15, 15/3/2026, 3 februari 2026, February 3, 2026 or Excel "
        "dates, mixed in one column)",
    )
    periods.add_argument(
        "--freq",
        choices=("month", "quarter", "year"),
        default=None,
        help="length of the periods with --period (default: quarter)",
    )
    _add_process_arguments(parser)
    _add_recipe_arguments(parser)
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
    parser.set_defaults(run=handler("ethics_toolkit.cli.audit_run:run"))


def _add_recipe_arguments(parser: argparse.ArgumentParser) -> None:
    """Issue 20: the audit recipe: grouping values, unknowns, the reference, saving and reuse."""
    recipe = parser.add_argument_group(
        "the audit recipe (every choice that turns an export into the audited table; saved and "
        "reused for the next export)"
    )
    recipe.add_argument(
        "--regroup",
        metavar="COL=region|COL=FILE.csv",
        action="append",
        help="merge the values of a sensitive column into groups: 'region' groups countries of "
        "birth into Sverige / Europa utom Sverige / Utanför Europa (built-in map); a CSV file has "
        "two columns, value and group. A value the grouping does not cover stops the audit, "
        "named. Repeatable",
    )
    recipe.add_argument(
        "--unknown",
        metavar="COL=VALUE",
        action="append",
        help="count this value of a sensitive column as unknown (besides blanks and 'vill ej "
        "uppge', 'okänt', 'prefer not to say' ...). Repeatable",
    )
    recipe.add_argument(
        "--reference",
        metavar="COL=VALUE",
        action="append",
        help="the reference group of an attribute (a group's name after any regrouping); default: "
        "the highest selection rate, with a warning when it is small or looks like 'other'",
    )
    recipe.add_argument(
        "--save-recipe",
        metavar="FILE.yaml",
        type=Path,
        help="write every choice of this audit, guessed or given (sheet, columns, value roles, "
        "groupings, unknowns, references, labels), as a readable YAML recipe",
    )
    recipe.add_argument(
        "--recipe",
        metavar="FILE.yaml",
        type=Path,
        help="audit with a saved recipe; flags given beside it override its choices",
    )
    recipe.add_argument(
        "--no-recipe",
        action="store_true",
        help="with --tool: do not use the tool's saved recipe (the audit's recipe is still saved)",
    )


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

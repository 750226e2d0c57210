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
from ethics_toolkit.cli.localise import keyed_group


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "audit",
    )
    parser.add_argument(
        "source",
        metavar="SOURCE",
    )
    database = keyed_group(parser, "database")
    what = database.add_mutually_exclusive_group()
    what.add_argument("--table", metavar="NAME")
    what.add_argument("--query", metavar='"SELECT …"')
    parser.add_argument(
        "--sheet",
        metavar="NAME|NUMBER",
    )
    # One of these is required unless --stage gives the outcome (checked in run()).
    outcome = parser.add_mutually_exclusive_group()
    outcome.add_argument("--outcome", metavar="COL")
    outcome.add_argument("--score", metavar="COL")
    outcome.add_argument(
        "--selected-column",
        metavar="COL",
    )
    values = keyed_group(parser, "values")
    values.add_argument(
        "--positive",
        metavar="VALUE",
        action="append",
    )
    values.add_argument(
        "--negative",
        metavar="VALUE",
        action="append",
    )
    values.add_argument(
        "--exclude",
        metavar="VALUE",
        action="append",
    )
    parser.add_argument(
        "--sensitive",
        metavar="COL",
        action="append",
    )
    parser.add_argument("--truth", metavar="COL")
    parser.add_argument("--truth-positive", metavar="VALUE")
    parser.add_argument(
        "--stratify",
        metavar="COL",
    )
    periods = keyed_group(parser, "periods")
    periods.add_argument(
        "--period",
        metavar="COL",
    )
    periods.add_argument(
        "--freq",
        choices=("month", "quarter", "year"),
        default=None,
    )
    _add_process_arguments(parser)
    _add_recipe_arguments(parser)
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--lang", choices=("sv", "en"), default=None)
    parser.add_argument("--report", type=Path, metavar="FILE.pdf")
    _add_people_arguments(parser)
    parser.add_argument("--db", metavar="URL")
    parser.add_argument("--tool", metavar="NAME")
    parser.add_argument(
        "--label",
        metavar="COL=LABEL",
        action="append",
        default=[],
    )
    reading = keyed_group(parser, "reading")
    reading.add_argument("--encoding", metavar="NAME")
    reading.add_argument("--sep", metavar="CHAR")
    reading.add_argument("--decimal", choices=(".", ","))
    counts = keyed_group(parser, "counts")
    counts.add_argument(
        "--aggregated",
        action="store_true",
    )
    counts.add_argument("--count-column", metavar="COL")
    parser.set_defaults(run=handler("ethics_toolkit.cli.audit_run:run"))


def _add_recipe_arguments(parser: argparse.ArgumentParser) -> None:
    """Issue 20: the audit recipe: grouping values, unknowns, the reference, saving and reuse."""
    recipe = keyed_group(parser, "recipe")
    recipe.add_argument(
        "--regroup",
        metavar="COL=region|COL=FILE.csv",
        action="append",
    )
    recipe.add_argument(
        "--unknown",
        metavar="COL=VALUE",
        action="append",
    )
    recipe.add_argument(
        "--reference",
        metavar="COL=VALUE",
        action="append",
    )
    recipe.add_argument(
        "--save-recipe",
        metavar="FILE.yaml",
        type=Path,
    )
    recipe.add_argument(
        "--recipe",
        metavar="FILE.yaml",
        type=Path,
    )
    recipe.add_argument(
        "--no-recipe",
        action="store_true",
    )


def _add_people_arguments(parser: argparse.ArgumentParser) -> None:
    """Issue 12: who ran the audit and who prepared the report, as they enter their names."""
    parser.add_argument(
        "--by",
        metavar="NAME",
    )
    parser.add_argument("--author", metavar="NAME")
    parser.add_argument(
        "--art9-ground",
        metavar="TEXT",
    )


def _add_process_arguments(parser: argparse.ArgumentParser) -> None:
    """Issue 11: the tool's recommendation, the selection funnel, what drives the decisions."""
    process = keyed_group(parser, "process")
    process.add_argument(
        "--recommendation",
        metavar="COL",
    )
    process.add_argument(
        "--recommendation-positive",
        metavar="VALUE",
        action="append",
    )
    process.add_argument(
        "--recommendation-negative",
        metavar="VALUE",
        action="append",
    )
    process.add_argument(
        "--stage",
        metavar="COL",
    )
    process.add_argument(
        "--stages",
        metavar="A,B,C",
    )
    process.add_argument(
        "--features",
        metavar="COL,...|auto",
    )

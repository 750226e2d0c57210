"""``ethics-toolkit sample-data``: regenerate the committed sample files."""

from __future__ import annotations

import argparse
from pathlib import Path

from ethics_toolkit.cli import handler


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "sample-data",
    )
    parser.add_argument("--out", type=Path, default=Path("sample_data"))
    parser.set_defaults(run=handler("ethics_toolkit.cli.sample_data:run"))


def run(args: argparse.Namespace) -> int:
    from ethics_toolkit.engine.paired.samples import write_paired_samples
    from ethics_toolkit.samples.decisions import write_sample_files

    for path in [*write_sample_files(args.out), *write_paired_samples(args.out)]:
        print(path)
    return 0

"""Benchmark of import time (issue 25): the project's own modules' self time, run by hand.

    .venv/bin/python bench/bench_imports.py [--baseline-ref main] [--repeat 7]

For each entry point (the CLI's ``--help`` path, the audit's handler, the text catalogue, the
report library the app imports), a fresh interpreter runs ``python -X importtime -c "import M"``
and the self times of ``ethics_toolkit.*`` modules are summed (third-party libraries excluded:
they are what they are). The same is measured, interleaved in the same run, for the tree at
``--baseline-ref`` (``git archive`` into a temporary folder), and the ratio baseline/now printed,
so that the machine's load cancels out. Target: the own self time under 0.1 s. Medians of
``--repeat`` runs; the load average is printed with the results.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENTRIES = (
    "ethics_toolkit.cli",
    "ethics_toolkit.i18n.text",
    "ethics_toolkit.cli.audit_run",
    "ethics_toolkit.report",
)


def own_self_seconds(tree: Path, module: str) -> float:
    """Summed self time of the project's modules when ``module`` is imported from ``tree``."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run(
        [sys.executable, "-P", "-X", "importtime", "-c", f"import {module}"],
        capture_output=True, text=True, env=env, cwd=tempfile.gettempdir(), check=True,
    )  # fmt: skip
    total = 0
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "ethics_toolkit" in line:
            self_us = line.removeprefix("import time:").split("|")[0].strip()
            total += int(self_us)
    return total / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline-ref", default="main")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        baseline = Path(scratch)
        archive = subprocess.run(
            ["git", "archive", args.baseline_ref, "ethics_toolkit"],
            cwd=ROOT, capture_output=True, check=True,
        ).stdout  # fmt: skip
        (baseline / "tree.tar").write_bytes(archive)
        with tarfile.open(baseline / "tree.tar") as tar:
            tar.extractall(baseline, filter="data")
        print(f"load average {os.getloadavg()[0]:.2f}; medians of {args.repeat} fresh processes")
        print(f"{'import':32} {'now (s)':>9} {args.baseline_ref + ' (s)':>12} {'ratio':>7}")
        for module in ENTRIES:
            now, before = [], []
            for _ in range(args.repeat):  # interleaved: a load spike hits both
                now.append(own_self_seconds(ROOT, module))
                before.append(own_self_seconds(baseline, module))
            a, b = statistics.median(now), statistics.median(before)
            print(f"{module:32} {a:9.3f} {b:12.3f} {b / a:6.2f}x")


if __name__ == "__main__":
    main()

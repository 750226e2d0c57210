"""Benchmark of the decision-process analyses (issue 11), run by hand.

    .venv/bin/python bench/bench_process.py [--rows 1000000] [--repeat 3]

Generates a 1M-row log (in a separate process, to a temporary folder that is removed afterwards)
with an id, two sensitive attributes, the tool's recommendation, the final decision, the furthest
stage and three feature columns (years of experience: 41 numeric values, binned into quintiles;
postcode area: 25 values; education: 5 values), then measures in the same run, best of
``--repeat``, wall time and peak RSS of the whole CLI:

1. the plain audit (``--outcome`` and two ``--sensitive``) - the baseline;
2. the same audit with ``--recommendation``, ``--stage/--stages`` and ``--features`` (three
   columns): target under 3 s.

The load average is printed with the results: timings on a shared 2-core machine vary with it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CLI = [sys.executable, "-m", "ethics_toolkit", "audit"]
PLAIN = ["--outcome", "final", "--sensitive", "gender", "--sensitive", "background"]
PROCESS = [
    *PLAIN,
    "--recommendation", "ai", "--recommendation-positive", "yes",
    "--stage", "stage", "--stages", "applied,screened,interview,offer,hired",
    "--features", "years,postcode,education",
]  # fmt: skip
TARGET_SECONDS = 3.0


def generate(rows: int, path: Path, seed: int = 11) -> None:
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(seed)
    background = rng.choice(["Sweden", "Europe", "Outside Europe"], rows, p=[0.6, 0.18, 0.22])
    gender = rng.choice(["Woman", "Man", "Non-binary", ""], rows, p=[0.49, 0.49, 0.01, 0.01])
    outside = background == "Outside Europe"
    postcode = np.where(
        outside, rng.integers(0, 12, rows), rng.integers(8, 25, rows)
    )  # overlapping areas: a proxy for background
    ai = rng.random(rows) < np.where(outside, 0.25, 0.4) + 0.004 * (postcode < 8)
    final = np.where(rng.random(rows) < 0.96, ai, ~ai)
    reached = np.where(final, rng.integers(2, 5, rows), rng.integers(0, 2, rows))
    stages = np.array(["applied", "screened", "interview", "offer", "hired"])
    pd.DataFrame(
        {
            "applicant_id": np.char.add("A", np.arange(rows).astype(str)),
            "gender": gender,
            "background": background,
            "ai": np.where(ai, "yes", "no"),
            "final": np.where(final, "yes", "no"),
            "stage": stages[reached],
            "years": rng.integers(0, 41, rows),
            "postcode": np.char.add("P", postcode.astype(str)),
            "education": rng.choice(["none", "upper secondary", "BSc", "MSc", "PhD"], rows),
        }
    ).to_csv(path, index=False)


def run_child(argv: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and peak RSS (MB) of one child.

    The CPU time barely depends on what else runs on the machine, so it is printed next to the
    wall time: on an idle machine the two are close (the audit is single-threaded).
    """
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        stderr = process.stderr.read().decode() if process.stderr else ""
        raise SystemExit(f"{' '.join(argv)} failed ({code}):\n{stderr}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--generate", nargs=2, metavar=("ROWS", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate:
        generate(int(args.generate[0]), Path(args.generate[1]))
        return 0
    with tempfile.TemporaryDirectory(prefix="ethics-bench-process-") as folder:
        log = Path(folder) / "process.csv"
        print(f"Generating {args.rows:,} rows (9 columns) ...", flush=True)
        subprocess.run([sys.executable, __file__, "--generate", str(args.rows), str(log)],
                       check=True)  # fmt: skip
        print(f"  {log.stat().st_size / 1e6:.0f} MB; load average {os.getloadavg()[0]:.1f} "
              "(2 cores)\n")  # fmt: skip
        results = {}
        for label, options in (("plain audit", PLAIN), ("with the decision process", PROCESS)):
            runs = [run_child([*CLI, str(log), *options, "--format", "json"])
                    for _ in range(args.repeat)]  # fmt: skip
            results[label] = min(runs)
        plain_wall, plain_cpu, plain_rss = results["plain audit"]
        wall, cpu, rss = results["with the decision process"]
        print(f"{'CLI, ' + format(args.rows, ',') + ' rows':<40} {'wall':>8} {'CPU':>8} "
              f"{'peak RSS':>9}")  # fmt: skip
        print(f"{'plain audit (baseline)':<40} {plain_wall:>6.2f} s {plain_cpu:>6.2f} s "
              f"{plain_rss:>6.0f} MB")  # fmt: skip
        print(f"{'+ recommendation, stage, 3 features':<40} {wall:>6.2f} s {cpu:>6.2f} s "
              f"{rss:>6.0f} MB   target < {TARGET_SECONDS:.0f} s; {wall - plain_wall:+.2f} s "
              f"wall, {cpu - plain_cpu:+.2f} s CPU over the plain audit")  # fmt: skip
        print(f"\nload average after: {os.getloadavg()[0]:.1f}")
        return 0 if wall < TARGET_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())

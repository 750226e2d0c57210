"""Benchmark of the app's upload path (issue 25): a 1.5M-row CSV from the bytes to the results.

    .venv/bin/python bench/bench_upload.py [--rows 1500000] [--repeat 3] [--baseline-ref main]

Times, in a fresh interpreter each, the library calls the bias-audit page makes for an upload (see
``ui/state.py`` and ``ui/audit_mapping_view.py``): the digest of the uploaded bytes,
``read_table`` of the bytes (every column, as the page reads them), ``guess_mapping`` of the frame
and ``audit_frame`` with the guessed mapping. Third-party libraries are imported before the clock
starts (the app's server process has them); the project's engine modules are imported on the
clock, as the page does on a first upload, and the first use of the result models is counted.
The same is measured for the tree at ``--baseline-ref`` (``git archive`` into a temporary
folder), interleaved run by run, and the ratio baseline/now printed so that the load of the
shared 2-core machine cancels out. The log is the 7-column log of ``bench_audit.py`` (generated
into a temporary folder, removed afterwards). Target: about half of today's time.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STEPS = ("imports", "digest", "reading", "guess", "audit")
UPLOAD = textwrap.dedent(
    """
    import hashlib, json, sys, time
    from pathlib import Path
    import pandas, fairlearn.metrics, scipy.stats, statsmodels.stats.power
    path = Path(sys.argv[1])
    data = path.read_bytes()
    start = time.perf_counter()
    from ethics_toolkit.engine.audit import audit_frame
    from ethics_toolkit.engine.reading.tabular import read_table
    from ethics_toolkit.engine.recipe.guess import guess_mapping
    from ethics_toolkit.engine.spec import AuditSpec
    imported = time.perf_counter()
    digest = hashlib.sha256(data).hexdigest()
    digested = time.perf_counter()
    frame, info = read_table(data, file_name=path.name, max_bytes=1 << 30)
    read = time.perf_counter()
    guess = guess_mapping(frame)
    guessed = time.perf_counter()
    spec = AuditSpec(outcome=guess.outcome, positive=guess.positive, sensitive=guess.sensitive,
                     truth=guess.truth, truth_positive=guess.truth_positive)
    result = audit_frame(frame, spec, reading=info)
    done = time.perf_counter()
    assert result.n_rows == len(frame), (result.n_rows, len(frame))
    print(json.dumps({"imports": imported - start, "digest": digested - imported,
                      "reading": read - digested, "guess": guessed - read, "audit": done - guessed,
                      "analyses": [len(a.groups) for a in result.analyses]}))
    """
)


def steps(tree: Path, path: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [sys.executable, "-P", "-c", UPLOAD, str(path)],
        capture_output=True, text=True, env=env, cwd=tempfile.gettempdir(), check=True,
    )  # fmt: skip
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_500_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--baseline-ref", default="main")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ethics-bench-upload-") as scratch:
        baseline, path = Path(scratch) / "baseline", Path(scratch) / "upload.csv"
        archive = subprocess.run(
            ["git", "archive", args.baseline_ref, "ethics_toolkit"],
            cwd=ROOT, capture_output=True, check=True,
        ).stdout  # fmt: skip
        baseline.mkdir()
        (baseline / "tree.tar").write_bytes(archive)
        with tarfile.open(baseline / "tree.tar") as tar:
            tar.extractall(baseline, filter="data")
        generator = Path(__file__).resolve().parent / "bench_audit.py"
        generate = [sys.executable, generator, "--generate", str(args.rows), str(path)]
        subprocess.run(generate, check=True)
        print(f"{args.rows:,} rows, {path.stat().st_size / 1e6:.0f} MB; "
              f"load average {os.getloadavg()[0]:.2f} (2 cores)")  # fmt: skip
        now, before = [], []
        for _ in range(args.repeat):  # interleaved: a load spike hits both
            now.append(steps(ROOT, path))
            before.append(steps(baseline, path))
        assert now[0]["analyses"] == before[0]["analyses"], "the two trees found other groups"
        print(f"{'step':10} {'now (s)':>9} {args.baseline_ref + ' (s)':>12} {'ratio':>7}")
        for step in (*STEPS, "total"):
            if step == "total":
                a = statistics.median(sum(r[s] for s in STEPS) for r in now)
                b = statistics.median(sum(r[s] for s in STEPS) for r in before)
            else:
                a = statistics.median(r[step] for r in now)
                b = statistics.median(r[step] for r in before)
            print(f"{step:10} {a:9.3f} {b:12.3f} {b / a:6.2f}x")
        print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()

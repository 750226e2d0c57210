"""Benchmark of the one integrity verdict (issue 27), run by hand.

    .venv/bin/python bench/bench_verdict.py [--entries 1000] [--repeat 20]

Seeds the demo register in a temporary SQLite file and grows its history to about ``--entries``
entries with risk actions added and ticked off (as a team working for a year would), then measures:

1. ``verify`` on the whole register (the chain, the order, every row, every sign-off): what the
   first page of an app process pays, and what ``ethics-toolkit verify`` pays;
2. the cached verdict (``Store.verdict()`` on an unchanged register): the fingerprint of the
   stored rows and entries, then the cache;
3. what a page reads (the banner's verdict and two records, in one ``one_fingerprint`` block as
   ``app.py`` runs a page), first and cached, against one ``record`` without chain or verdict.

Each figure is the median of ``--repeat`` runs; the ratio first/cached is printed. Timings on a
shared 2-core machine vary with its load: the load average is printed with the results.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _median(
    action: Callable[[], object], repeat: int, before: Callable[[], object] | None = None
) -> float:
    times = []
    for _ in range(repeat):
        if before is not None:
            before()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    from ethics_toolkit.register.demo.profile import DEMO_TOOL
    from ethics_toolkit.register.demo.seed import seed_demo
    from ethics_toolkit.register.risks import actions
    from ethics_toolkit.register.storage.store import Store
    from ethics_toolkit.register.storage.verify import verify

    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(f"sqlite:///{Path(folder) / 'bench.sqlite3'}", chain_key=None)
        seed_demo(store)
        tool = store.get_tool(DEMO_TOOL)
        started = time.perf_counter()
        while len(store.history()) < args.entries:
            with store.transaction():
                for risk in store.risks(tool.id)[:5]:  # type: ignore[arg-type]
                    saved = actions.add_action(store, risk, description="Follow up", owner="Kim",
                                               due=None, actor="Kim")  # fmt: skip
                    actions.set_done(store, saved, len(saved.actions), done=True, actor="Kim",
                                     on=date(2026, 12, 1))  # fmt: skip
        grown = time.perf_counter() - started
        entries = len(store.history())
        assert verify(store).intact

        def page() -> None:  # what the tool profile page reads: banner, record, guide
            with store.one_fingerprint():
                store.verdict()
                store.record(DEMO_TOOL)
                store.record(DEMO_TOOL, check_history=False)

        full = _median(lambda: verify(store), args.repeat)
        first = _median(store.verdict, args.repeat, before=store._verdicts.clear)
        cached = _median(store.verdict, args.repeat)
        bare = _median(
            lambda: store.record(DEMO_TOOL, check_history=False, verdict=False), args.repeat
        )
        page_first = _median(page, args.repeat, before=store._verdicts.clear)
        page_cached = _median(page, args.repeat)
        store.close()

    load = os.getloadavg()[0]
    print(f"demo register with {entries} history entries (grown in {grown:.1f} s); "
          f"load average {load:.2f}, median of {args.repeat} runs")  # fmt: skip
    rows = [
        ("verify (whole register)", full, None),
        ("verdict, first (uncached)", first, None),
        ("verdict, cached", cached, first / cached),
        ("record, no chain, no verdict", bare, None),
        ("a page (banner + 2 records), first", page_first, None),
        ("a page, cached", page_cached, page_first / page_cached),
    ]
    for name, seconds, ratio in rows:
        extra = f"   first/cached = {ratio:.1f}x" if ratio else ""
        print(f"  {name:<30} {seconds * 1000:8.1f} ms{extra}")


if __name__ == "__main__":
    main()

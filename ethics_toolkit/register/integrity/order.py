"""History is appended in order (issue 27); no SQL.

The hash chain shows that no entry was changed, inserted or removed; it does not show *when* an
entry was appended. Someone allowed to INSERT could add a well-formed entry at the end that is
dated in the past ("approved long ago"). So every entry written since row binding says how it came
to be (``origin``), and these rules hold from the first such entry on (the database refuses
entries that break them; ``verify`` finds them when the database's guard was removed):

- ids follow each other without a gap (the next entry is the last one's id + 1);
- a ``live`` entry is never dated before an earlier ``live`` one, nor in the future;
- ``import`` entries (copied from an export, dated as they happened there) come in a run that the
  import's own ``live`` entries close, naming the file's head hash: the run's last entry's;
- ``seed`` entries (the demo's fictional past, written under a frozen clock) belong to a tool that
  the seed created, and come before every ``live`` entry of that tool.

Entries written before (no ``origin``) cannot be checked for order; verify says how many.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from ethics_toolkit.register.domain.history import EVENT_KEY
from ethics_toolkit.register.domain.history_entries import HistoryEntry

FUTURE_TOLERANCE = timedelta(days=1)
"""How far ahead of the checking clock a live entry may be dated (clocks differ a little)."""


@dataclass(frozen=True)
class OrderProblem:
    """One entry out of order: ``kind`` says which rule, ``other`` the entry it conflicts with."""

    kind: str
    entry: HistoryEntry
    other: HistoryEntry | None = None


@dataclass(frozen=True)
class OrderCheck:
    problems: list[OrderProblem]
    unchecked: int
    """Entries written before row binding (no ``origin``): their order cannot be checked."""


def _import_head(entry: HistoryEntry) -> str | None:
    """The file head an import's own entry names (``None`` for any other entry)."""
    event = entry.changes.get(EVENT_KEY)
    if not event or not isinstance(event[-1], dict) or event[-1].get("kind") != "import":
        return None
    recorded = entry.changes.get("export_head_hash")
    return str(recorded[-1]) if recorded and recorded[-1] else ""


def _newest_source(entry: HistoryEntry) -> str:
    return (entry.sources or "").split(" ", 1)[0]


def check_order(entries: Sequence[HistoryEntry], *, now: datetime) -> OrderCheck:
    """The rules of the module docstring, over the entries in chain (id) order."""
    start = next((i for i, e in enumerate(entries) if e.origin is not None), len(entries))
    problems: list[OrderProblem] = []
    last_live: HistoryEntry | None = None
    seeded_tools: set[int] = set()
    live_tools: set[int] = set()
    previous: HistoryEntry | None = entries[start - 1] if start else None
    run: list[HistoryEntry] = []
    for entry in entries[start:]:
        if previous is not None and (entry.id or 0) != (previous.id or 0) + 1:
            problems.append(OrderProblem("sequence", entry, previous))
        previous = entry
        if run and entry.origin != "import":
            if _import_head(entry) != _newest_source(run[-1]):
                problems.append(OrderProblem("import_unclosed", run[-1], entry))
            run = []
        if entry.origin is None:
            problems.append(OrderProblem("no_origin", entry))
        elif entry.origin == "import":
            run.append(entry)
        elif entry.origin == "seed":
            tool = entry.tool_id
            if entry.entity == "tool" and entry.action == "create" and tool is not None:
                seeded_tools.add(tool)
            if tool is None or tool not in seeded_tools or tool in live_tools:
                problems.append(OrderProblem("seed", entry))
        else:
            if last_live is not None and entry.at < last_live.at:
                problems.append(OrderProblem("time", entry, last_live))
            if entry.at > now + FUTURE_TOLERANCE:
                problems.append(OrderProblem("future", entry))
            if last_live is None or entry.at >= last_live.at:
                last_live = entry
            if entry.tool_id is not None:
                live_tools.add(entry.tool_id)
    if run:
        problems.append(OrderProblem("import_unclosed", run[-1]))
    return OrderCheck(problems=problems, unchecked=start)

"""The series of a tool's saved audits (issue 15): impact ratio per group across audits and periods.

Every saved audit adds its points: one per period when it was audited by period (``--period``),
else one for the whole log, placed at the last day of its data (``register/due.data_end``). Each
point is a non-reference group's impact ratio against the reference group of that audit or
period, with its Katz interval and verdict. When two audits cover the same period, the later one
counts. The app and the report draw the points as lines with intervals and the four-fifths line.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from pydantic import BaseModel, ConfigDict

from ethics_toolkit.engine.models import Analysis
from ethics_toolkit.engine.presentation.labels import attributes_label, group_label
from ethics_toolkit.engine.presentation.suppression import SMALL_CELL_THRESHOLD, is_small_cell
from ethics_toolkit.engine.presentation.views import verdict_of
from ethics_toolkit.engine.spec import AuditSpec
from ethics_toolkit.register.domain.audit_runs import AuditRun
from ethics_toolkit.register.duties.due import data_end, period_end


class SeriesPoint(BaseModel):
    """One group at one point in time; ``small``: a cell under the threshold (hidden in a PDF)."""

    model_config = ConfigDict(frozen=True)

    x: str
    end: date
    seq: int
    """The audit's position among the saved audits: of two points that end on the same day, the
    later audit's comes later."""
    run_id: int | None
    group: str
    ratio: float | None
    low: float | None
    high: float | None
    verdict: str
    small: bool


def _key(attributes: Sequence[str]) -> tuple[str, ...]:
    return tuple(attributes)


def series_attributes(audits: Sequence[AuditRun]) -> list[tuple[str, ...]]:
    """The attribute sets the saved audits analysed: single attributes first, as first seen."""
    seen: dict[tuple[str, ...], None] = {}
    for run in sorted(audits, key=lambda a: (a.run_at, a.id or 0)):
        for analysis in run.result.analyses:
            seen.setdefault(_key(analysis.attributes), None)
    return sorted(seen, key=lambda k: (len(k), list(seen).index(k)))


def series_label(attributes: Sequence[str], audits: Sequence[AuditRun]) -> str:
    """The attributes' display label from the newest audit that analysed them."""
    for run in sorted(audits, key=lambda a: (a.run_at, a.id or 0), reverse=True):
        if any(_key(a.attributes) == _key(attributes) for a in run.result.analyses):
            return attributes_label(attributes, run.result.spec)
    return attributes_label(attributes)


def _points(
    analysis: Analysis,
    spec: AuditSpec,
    *,
    x: str,
    end: date,
    seq: int,
    run_id: int | None,
    threshold: int,
) -> list[SeriesPoint]:
    return [
        SeriesPoint(
            x=x,
            end=end,
            seq=seq,
            run_id=run_id,
            group=group_label(g.values, spec),
            ratio=g.impact_ratio,
            low=g.impact_ratio_ci[0] if g.impact_ratio_ci else None,
            high=g.impact_ratio_ci[1] if g.impact_ratio_ci else None,
            verdict=verdict_of(g),
            small=is_small_cell(g, threshold),
        )
        for g in analysis.groups
        if not g.is_reference
    ]


def impact_series(
    audits: Sequence[AuditRun],
    attributes: Sequence[str],
    *,
    small_cell_threshold: int = SMALL_CELL_THRESHOLD,
) -> list[SeriesPoint]:
    """The points of one attribute set, in time order (see the module docstring)."""
    by_x: dict[str, list[SeriesPoint]] = {}
    for seq, run in enumerate(sorted(audits, key=lambda a: (a.run_at, a.id or 0))):
        result = run.result
        if result.periods:
            for period in result.periods:
                found = [a for a in period.analyses if _key(a.attributes) == _key(attributes)]
                end = period_end(period.period) or data_end(run)
                for analysis in found:
                    by_x[period.period] = _points(
                        analysis, result.spec, x=period.period, end=end, seq=seq,
                        run_id=run.id, threshold=small_cell_threshold,
                    )  # fmt: skip
        else:
            found = [a for a in result.analyses if _key(a.attributes) == _key(attributes)]
            end = data_end(run)
            x = run.data_period or end.isoformat()
            for analysis in found:
                by_x[x] = _points(
                    analysis, result.spec, x=x, end=end, seq=seq, run_id=run.id,
                    threshold=small_cell_threshold,
                )  # fmt: skip
    points = [p for group in by_x.values() for p in group]
    return sorted(points, key=lambda p: (p.end, p.seq, p.x, p.group))


def x_order(points: Sequence[SeriesPoint]) -> list[str]:
    """The x labels in time order (each once)."""
    return list(dict.fromkeys(p.x for p in sorted(points, key=lambda p: (p.end, p.seq, p.x))))

"""Benchmark: build time of the demo tool's management report, against reportlab baselines.

Run by hand (``.venv/bin/python bench/bench_report.py``); not part of the test suite. The demo
register is seeded into an in-memory SQLite database, so the figures include nothing but the PDF
build. Two baselines with the same page count are measured in the same run: an empty reportlab
canvas (the floor of reportlab itself) and a platypus document with a paragraph of plain text per
page.
Target (issue 5): a ~15-page report in well under a second; issue 21: the core (about 8 pages)
in well under 2 s.
"""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable

REPEATS = 7


def _timed(build: Callable[[], bytes]) -> tuple[float, bytes]:
    """Median wall time of ``REPEATS`` builds (after one warm-up) and the last PDF."""
    pdf = build()
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        pdf = build()
        times.append(time.perf_counter() - start)
    return statistics.median(times), pdf


def _empty(pages: int) -> bytes:
    """The floor: a reportlab canvas with ``pages`` blank pages."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    for _ in range(pages):
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _plain(pages: int) -> bytes:
    """Platypus with one paragraph of standard-font text per page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["BodyText"]
    story = []
    for page in range(pages):
        story.append(Paragraph(f"Page {page + 1}. " + "Plain text of a page. " * 40, style))
        story.append(PageBreak())
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build(story[:-1])
    return buffer.getvalue()


def _core_only() -> Callable[..., bytes] | None:
    """The management report without its annexes (issue 21), or None before the split."""
    try:
        from ethics_toolkit.report import management
    except ImportError:
        return None

    def build(record: object, lang: str) -> bytes:
        annexes = management.TOOL_ANNEX_KEYS
        management.TOOL_ANNEX_KEYS = ()
        try:
            return management.build_tool_report(record, lang=lang)  # type: ignore[arg-type]
        finally:
            management.TOOL_ANNEX_KEYS = annexes

    return build


def _pages(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def main() -> None:
    from ethics_toolkit.register.demo.seed import seed_demo
    from ethics_toolkit.register.storage.store import Store
    from ethics_toolkit.report import build_audit_report, build_tool_report

    store = Store.open("sqlite://")
    tool = seed_demo(store)
    record = store.record(tool.name)
    result = record.audits[-1].result

    rows = []
    for lang in ("sv", "en"):
        seconds, pdf = _timed(lambda lang=lang: build_tool_report(record, lang=lang))
        rows.append((f"management report ({lang})", seconds, _pages(pdf), len(pdf)))
    core = _core_only()
    if core is not None:  # issue 21: the core alone, the part read in ten minutes
        for lang in ("sv", "en"):
            seconds, pdf = _timed(lambda lang=lang: core(record, lang))
            rows.append((f"management report core ({lang})", seconds, _pages(pdf), len(pdf)))
    seconds, pdf = _timed(lambda: build_audit_report(result, lang="en"))
    rows.append(("bias-audit-only report (en)", seconds, _pages(pdf), len(pdf)))
    pages = rows[0][2]
    for label, baseline in (("empty canvas", _empty), ("plain text per page", _plain)):
        seconds, pdf = _timed(lambda baseline=baseline: baseline(pages))
        rows.append((f"baseline: {label}", seconds, _pages(pdf), len(pdf)))

    print(f"{'build':<34}{'median s':>10}{'pages':>7}{'kB':>7}{'x plain':>9}")
    plain = rows[-1][1]
    for label, seconds, page_count, size in rows:
        print(
            f"{label:<34}{seconds:>10.3f}{page_count:>7}{size / 1024:>7.0f}{seconds / plain:>9.1f}"
        )


if __name__ == "__main__":
    main()

"""Rendered report pages for ``docs/``: ``python -m tests.report.make_pages``.

Builds the demo tool's report in Swedish and English and the audit-only report of the sample log,
renders every page with ``pdftoppm`` (poppler-utils) and writes one contact sheet per report to
``docs/report-pages/`` plus the README's first two pages (``docs/report-page-1.png``, ``-2.png``).
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

from tests.conftest import PROJECT_ROOT, SAMPLE_DATA

DOCS = PROJECT_ROOT / "docs"
COLUMNS = 4
SHEET_DPI = 50
README_DPI = 60


def _pdfs() -> dict[str, bytes]:
    from ethics_toolkit.engine.audit import audit_source
    from ethics_toolkit.engine.spec import AuditSpec
    from ethics_toolkit.register.demo.seed import seed_demo
    from ethics_toolkit.register.storage.store import Store
    from ethics_toolkit.report import ReportOptions, build_audit_report, build_tool_report

    store = Store.open("sqlite://")
    record = store.record(seed_demo(store).name)
    options = ReportOptions(prepared_by="Maria Lind (HR-chef)")
    result = audit_source(
        SAMPLE_DATA / "recruitment_decisions.csv",
        AuditSpec(outcome="selected", sensitive=["gender", "background"], truth="qualified"),
    )
    audit_options = ReportOptions(prepared_by="Maria Lind", run_by="Johan Berg")
    return {
        "demo-sv": build_tool_report(record, lang="sv", options=options),
        "demo-en": build_tool_report(record, lang="en", options=options),
        "audit-only-en": build_audit_report(result, lang="en", options=audit_options),
    }


def _render(pdf: bytes, folder: Path, dpi: int) -> list[Path]:
    source = folder / "report.pdf"
    source.write_bytes(pdf)
    for old in folder.glob("page-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(source), str(folder / "page")],
                   check=True)  # fmt: skip
    return sorted(folder.glob("page-*.png"))


def _sheet(pages: list[Path], target: Path) -> None:
    from PIL import Image

    images = [Image.open(page) for page in pages]
    width, height = images[0].size
    rows = (len(images) + COLUMNS - 1) // COLUMNS
    sheet = Image.new("RGB", (width * COLUMNS + 8 * (COLUMNS - 1), height * rows + 8 * (rows - 1)),
                      "#D0D4DA")  # fmt: skip
    for index, image in enumerate(images):
        sheet.paste(image, ((index % COLUMNS) * (width + 8), (index // COLUMNS) * (height + 8)))
    sheet.quantize(colors=96).save(target, optimize=True)  # small files, text stays crisp
    print(f"wrote {target} ({len(images)} pages)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DOCS)
    out = parser.parse_args(argv).out
    (out / "report-pages").mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, pdf in _pdfs().items():
            _sheet(_render(pdf, folder, SHEET_DPI), out / "report-pages" / f"{name}.png")
            if name == "demo-en":
                for number, page in enumerate(_render(pdf, folder, README_DPI)[:2], start=1):
                    target = out / f"report-page-{number}.png"
                    target.write_bytes(page.read_bytes())
                    print(f"wrote {target}")


if __name__ == "__main__":
    main()

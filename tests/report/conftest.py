"""Fixtures of the report tests: hand-built audits and records, PDFs built once per session."""

from __future__ import annotations

import io
import re

import pytest

from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.register.domain.tool_record import ToolRecord
from tests.report.fixtures import demo_record, demo_result, small_cell_result


def page_texts(pdf: bytes) -> list[str]:
    """Each page's extracted text with all whitespace (incl. no-break spaces) collapsed to one."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    return [re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages]


def annex_letters(pdf: bytes, keys: tuple[str, ...], lang: str) -> dict[str, str]:
    """The annexes a PDF carries, each key with its letter: annexes are lettered in ``keys``'
    order, skipping those without content (issue 21), so the letters are read, not assumed."""
    from string import ascii_uppercase

    from ethics_toolkit.report.texts import text

    body = " ".join(page_texts(pdf))
    letters: dict[str, str] = {}
    for key in keys:
        letter = ascii_uppercase[len(letters)]
        if text("annex.heading", lang, letter=letter, title=text(key, lang)) in body:
            letters[key] = letter
    return letters


@pytest.fixture(scope="session")
def audit_result() -> AuditResult:
    return demo_result()


@pytest.fixture(scope="session")
def small_result() -> AuditResult:
    return small_cell_result()


@pytest.fixture(scope="session")
def record() -> ToolRecord:
    return demo_record()


@pytest.fixture(scope="session")
def tool_pdfs(record) -> dict[str, bytes]:
    from ethics_toolkit.report import build_tool_report

    return {lang: build_tool_report(record, lang=lang) for lang in ("sv", "en")}


@pytest.fixture(scope="session")
def audit_pdfs(audit_result: AuditResult) -> dict[str, bytes]:
    from ethics_toolkit.report import build_audit_report

    return {lang: build_audit_report(audit_result, lang=lang) for lang in ("sv", "en")}


@pytest.fixture(scope="session")
def seeded_demo() -> ToolRecord:
    """The real demo register (the Swedish sample export through the engine and the store)."""
    from ethics_toolkit.register.demo.seed import seed_demo
    from ethics_toolkit.register.storage.store import Store

    store = Store.open("sqlite://")
    return store.record(seed_demo(store).name)

"""The tool report's section on paired tests (issue 24): design, results, limits, in both
languages; the figures are the saved run's, formatted, never recomputed."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from ethics_toolkit.engine.paired.analysis import analyse
from ethics_toolkit.register.storage.store import Store
from ethics_toolkit.report.management import tool_report
from ethics_toolkit.report.texts import TOOL_ANNEX_KEYS, text
from tests.engine.paired.helpers import make_test_set, simulated
from tests.register.factories import ACTOR, cv_screening
from tests.report.conftest import annex_letters


def _text(pdf: bytes) -> str:
    return " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )


@pytest.fixture(scope="module")
def record():
    store = Store.open("sqlite+pysqlite:///:memory:")
    tool = store.save_tool(cv_screening(), actor=ACTOR)
    made = make_test_set(base_cvs=24)
    with store.frozen_clock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC)):
        store.save_paired_run(tool.id, analyse(made.manifest, simulated(made.manifest, "unbiased")),
                              actor=ACTOR, design=made.design, tool_version="4.1")  # fmt: skip
    result = analyse(made.manifest, simulated(made.manifest, "origin_penalty"),
                     score_column="Poäng", decision_column="Beslut", positive="Ja")  # fmt: skip
    with store.frozen_clock(datetime(2026, 12, 1, 9, 0, tzinfo=UTC)):
        store.save_paired_run(tool.id, result, actor=ACTOR, design=made.design,
                              tool_version="4.2", answers_file_name="svar.csv")  # fmt: skip
    return store.record(tool.name)


def test_the_section_shows_the_latest_tests_design_results_and_limits(record) -> None:
    pdf = tool_report(record, lang="sv").pdf
    body = _text(pdf)
    letter = annex_letters(pdf, TOOL_ANNEX_KEYS, "sv")["sec.paired"]
    assert f"Bilaga {letter}. Parat test av verktyget" in body
    assert "96 CV:n: 24 grund-CV:n × 4 varianter, slumpfrö 2031" in body
    assert "Testad version av verktyget 4.2" in body
    origin = {c.attribute: c for c in record.paired[-1].result.contrasts}["origin"]
    shown = f"{origin.mean_difference:.1f}".replace(".", ",")
    assert f"48 {shown} ({origin.ci_low:.1f}".replace(".", ",") in body
    assert "skillnad, knappast slumpen" in body
    assert "Namn signalerar mer än ursprung" in body
    assert "De påhittade CV:na är inte verkliga sökande" in body
    assert "Resultatet gäller den testade versionen av verktyget (4.2)" in body
    assert "2026-11-02, version 4.1, 24 grund-CV:n" in body  # the earlier test, listed


def test_the_section_reads_in_english(record) -> None:
    body = _text(tool_report(record, lang="en").pdf)
    assert "Paired test of the tool" in body
    assert "CVs with a non-European name got on average" in body
    assert "Names signal more than origin" in body
    assert "difference, unlikely to be chance" in body


def test_without_a_paired_test_the_section_says_how_to_run_one() -> None:
    store = Store.open("sqlite+pysqlite:///:memory:")
    tool = store.save_tool(cv_screening(), actor=ACTOR)
    body = _text(tool_report(store.record(tool.name), lang="en").pdf)
    assert text("sec.paired", "en") in body
    assert "No paired test has been saved for the tool." in body

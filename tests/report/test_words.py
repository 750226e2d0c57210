"""Issue 21: the Swedish documents speak Swedish, and every document uses one term per concept.

The demo's management report, its audit-only report, both notices and the active-measures
documentation are read as text; none may contain the English jargon the issue found ("equalized
odds", "funnel", "statsmodels NormalIndPower") or a second name for a concept that has one
("omvänd" beside "delad bevisbörda", "jämförelsegrupp" beside "referensgrupp", "ch. 3 s. 13"
beside "ch. 3 § 13").
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.register.duties.active_measures import build_active_measures
from ethics_toolkit.register.duties.notices import build_notice
from ethics_toolkit.report import audit_report, tool_report
from ethics_toolkit.report.active_measures import build_active_measures_pdf
from ethics_toolkit.report.notices import build_notice_pdf
from tests.report.conftest import page_texts

BANNED_IN_SWEDISH = (
    "equalized odds",
    "funnel",
    "statsmodels",
    "NormalIndPower",
    "fairlearn",
    "omvänd bevisbörda",
    "jämförelsegrupp",
    "impact ratio",
)
"""English jargon, and second names of concepts (the Swedish term is in the comment of each
text that replaced it: "största skillnaden ... i felfrekvens", "urvalsprocess", "delad
bevisbörda", "referensgrupp", "kvot")."""
ENGLISH_WORDS = re.compile(r"\b(the|and|with|which|of|are|is)\b")
"""Words that do not occur in Swedish: a sentence left in English gives itself away."""


def _documents(record: ToolRecord, lang: str) -> dict[str, str]:
    data = build_active_measures([record], year=2026, lang=lang, as_of=date(2026, 12, 31))  # type: ignore[arg-type]
    pdfs = {
        "report": tool_report(record, lang=lang).pdf,  # type: ignore[arg-type]
        "audit": audit_report(record.audits[-1].result, lang=lang).pdf,  # type: ignore[arg-type]
        "active measures": build_active_measures_pdf(data),
        **{
            f"notice to {kind}": build_notice_pdf(build_notice(record, kind, lang))  # type: ignore[arg-type]
            for kind in ("applicants", "representatives")
        },
    }
    return {name: " ".join(page_texts(pdf)) for name, pdf in pdfs.items()}


@pytest.fixture(scope="module")
def swedish(seeded_demo: ToolRecord) -> dict[str, str]:
    return _documents(seeded_demo, "sv")


@pytest.fixture(scope="module")
def english(seeded_demo: ToolRecord) -> dict[str, str]:
    return _documents(seeded_demo, "en")


@pytest.mark.parametrize("term", BANNED_IN_SWEDISH)
def test_the_swedish_documents_have_no_banned_term(swedish: dict[str, str], term: str) -> None:
    found = {name for name, body in swedish.items() if term.lower() in body.lower()}
    assert found == set(), f"{term!r} in {sorted(found)}"


def test_the_swedish_documents_have_no_english_sentence(swedish: dict[str, str]) -> None:
    found = {name: ENGLISH_WORDS.findall(body) for name, body in swedish.items()}
    assert {name: words for name, words in found.items() if words} == {}


def test_one_name_per_concept(swedish: dict[str, str], english: dict[str, str]) -> None:
    report = swedish["report"]
    assert "delad bevisbörda" in report and "omvänd" not in report
    assert "referensgrupp" in report
    for body in english.values():
        assert re.search(r"ch\. \d+ s\. \d+", body) is None  # "ch. 3 § 13", as in Swedish law
        assert "shifted burden" not in body and "reversed burden" not in body
    assert "ch. 3 § 13" in english["report"] and "ch. 6 § 3" in english["report"]

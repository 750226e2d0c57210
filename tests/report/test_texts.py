"""The text catalogue: both languages complete and interchangeable."""

from __future__ import annotations

import string

import pytest

from ethics_toolkit.i18n import prose
from ethics_toolkit.i18n.text import Plural
from ethics_toolkit.report.texts import TEXTS, glossary, text


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_both_languages_take_the_same_placeholders(key: str) -> None:
    entries = [TEXTS[key].one, TEXTS[key].other] if isinstance(TEXTS[key], Plural) else [TEXTS[key]]
    for entry in entries:
        assert _fields(entry.sv) == _fields(entry.en)


@pytest.mark.parametrize(
    ("lang", "terms"),
    [
        (
            "en",
            [
                "Selection rate",
                "Impact ratio",
                "Confidence interval",
                "p-value",
                "Four-fifths rule",
                "Adverse impact",
                "Shortfall",
                "Small group",
                "Intersection",
                "TPR and FPR",
                "DPIA",
                "FRIA",
            ],
        ),
        (
            "sv",
            [
                "Urvalsandel",
                "Kvot",
                "Konfidensintervall",
                "p-värde",
                "Fyrafemtedelsregeln",
                "Negativ särbehandlingseffekt",
                "Underskott",
                "Liten grupp",
                "Korsanalys",
                "TPR och FPR",
                "DPIA",
                "FRIA",
            ],
        ),
    ],
)
def test_glossary_explains_the_required_terms(lang, terms: list[str]) -> None:
    defined = [term for term, _ in glossary(lang)]
    for wanted in terms:
        assert any(term.startswith(wanted) for term in defined), wanted


@pytest.mark.parametrize(
    ("lang", "phrases"),
    [
        ("en", ["Correlation is not cause", "heuristic", "no numeric threshold", "ch. 6 § 3"]),
        ("sv", ["Samband är inte orsak", "tumregel", "ingen siffergräns", "6 kap. 3 §"]),
    ],
)
def test_method_covers_the_limitations(lang, phrases: list[str]) -> None:
    method = " ".join(
        prose.paragraphs("report_method", lang, threshold=5, marker="< 5", small_share="2 %")
    )
    for phrase in phrases:
        assert phrase in method


def test_text_fills_placeholders() -> None:
    assert text("doc.page", "sv", page=2, total=9) == "Sida 2 av 9"
    assert text("doc.page", "en", page=2, total=9) == "Page 2 of 9"


@pytest.mark.parametrize(
    ("lang", "steps"),
    [
        ("en", ["1. Small counts are not shown.",
                "2. What would give a hidden count away is hidden too.",
                "3. A group's size is not protected this way."]),
        ("sv", ["1. Små antal visas inte.", "2. Det som skulle avslöja ett dolt antal döljs också.",
                "3. Gruppens storlek skyddas inte på det sättet."]),
    ],
)  # fmt: skip
def test_the_method_states_the_disclosure_rule(lang, steps: list[str]) -> None:
    """Issue 21: the report says which rule kept small cells from being worked out."""
    method = " ".join(
        prose.paragraphs("report_method", lang, threshold=5, marker="< 5", small_share="2 %")
    )
    positions = [method.index(step) for step in steps]
    assert positions == sorted(positions)
    assert "subtract" in method or "subtrahera" in method

"""The PDF audit report says the audit's warnings first, small counts hidden (issue 27)."""

from __future__ import annotations

import pandas as pd
import pytest

from ethics_toolkit.engine.audit import audit_frame
from ethics_toolkit.engine.spec import AuditSpec
from ethics_toolkit.report import build_audit_report
from tests.report.conftest import page_texts


def _lopsided() -> pd.DataFrame:
    """Women: 60 of 100 without a decision; men: 3 of 100 (a small count)."""
    rows = [("Kvinna", None if i < 60 else str(i % 2)) for i in range(100)]
    rows += [("Man", None if i < 3 else str(i % 2)) for i in range(100)]
    return pd.DataFrame(rows, columns=["Kön", "Urval"])


@pytest.mark.parametrize(
    ("lang", "heading", "said"),
    [
        ("sv", "Varningar om data", "Rader utan beslut är inte jämnt fördelade"),
        ("en", "Warnings about the data", "Rows without a decision are not spread evenly"),
    ],
)
def test_the_warnings_come_first_in_the_audit_section(lang: str, heading: str, said: str) -> None:
    result = audit_frame(_lopsided(), AuditSpec(outcome="Urval", sensitive=["Kön"]))
    assert [w.code for w in result.warnings] == ["MISSING_DATA_DIFFERS", "GROUP_MOSTLY_DROPPED"]
    body = " ".join(" ".join(page_texts(build_audit_report(result, lang=lang))).split())
    assert heading in body and said in body
    audit = body.split(heading, 1)[1]
    assert audit.index(said) < audit.index("Kvinna")  # before the tables
    assert "< 5" in audit and " 3 " not in audit.split(said, 1)[1][:200]  # men's 3 is hidden


def test_a_clean_audit_prints_no_warning_heading() -> None:
    frame = pd.DataFrame({"Kön": ["Kvinna", "Man"] * 50, "Urval": ["1", "0", "0", "1"] * 25})
    result = audit_frame(frame, AuditSpec(outcome="Urval", sensitive=["Kön"]))
    body = " ".join(page_texts(build_audit_report(result, lang="en")))
    assert result.warnings == [] and "Warnings about the data" not in body

"""The executive summary as data: traffic light rules, findings and decisions."""

from __future__ import annotations

from datetime import date

import pytest

from ethics_toolkit.report import ReportOptions, summary
from ethics_toolkit.report.summary import p_text
from tests.report.fixtures import analysis


def test_demo_audit_is_red_because_outside_europe_is_adverse_and_significant(audit_result) -> None:
    result = summary(audit_result, "en")
    assert result.status == "red"
    assert result.status_label == "Red – action required"
    assert "Outside Europe" in result.reason
    # Issue 12: first how many groups are below four-fifths, split as the reasons split them,
    # then the worst single-attribute group: 0.64 = (217/1100) / (925/3000), rates rounded like
    # the table (19.7 % and 30.8 %), so the ratio can be recomputed from them.
    assert result.findings[0].startswith("8 groups are below four-fifths")
    assert result.findings[1].replace("\u00a0", " ") == (
        "Outside Europe: selected at 0.64 times the reference group's rate (19.7% vs 30.8%), "
        "p < 0.001."
    )
    assert result.report_date == date(2026, 10, 31)


def test_swedish_summary_uses_decimal_comma(audit_result) -> None:
    result = summary(audit_result, "sv")
    assert result.status_label == "Rött – åtgärd krävs"
    assert result.findings[1].startswith("Outside Europe: valdes med 0,64 gånger")


def test_small_cells_are_never_named(audit_result) -> None:
    """Non-binary × Outside Europe (3 of 20 selected) is adverse but a small cell."""
    text = " ".join(summary(audit_result, "en").reasons + summary(audit_result, "en").findings)
    assert "Non-binary × Outside Europe" not in text
    assert "Non-binary × Europe" not in text


@pytest.mark.parametrize(
    ("counts", "status"),
    [
        # 60 of 100 vs 30 of 100: ratio 0.5, p < 0.001 -> red
        ({("a",): (100, 60), ("b",): (100, 30)}, "red"),
        # 24 of 40 vs 18 of 40: ratio 0.75 but Fisher p = 0.26: may be chance -> amber
        ({("a",): (40, 24), ("b",): (40, 18)}, "amber"),
        # 6 of 10 vs 4 of 10: below four-fifths, but a small cell: amber, unnamed
        ({("a",): (10, 6), ("b",): (10, 4)}, "amber"),
        # equal rates -> green
        ({("a",): (100, 50), ("b",): (100, 50)}, "green"),
    ],
)
def test_traffic_light_of_an_audit(counts, status) -> None:
    from ethics_toolkit.engine.models import AuditResult

    result = AuditResult(
        n_rows=sum(n for n, _ in counts.values()),
        spec={"sensitive": ["g"]},
        cells=[],
        analyses=[analysis(["g"], counts, 0)],
    )
    assert summary(result, "en").status == status


def test_green_summary_says_why(audit_result) -> None:
    from ethics_toolkit.engine.models import AuditResult

    result = AuditResult(
        n_rows=200,
        spec={"sensitive": ["g"]},
        cells=[],
        analyses=[analysis(["g"], {("a",): (100, 50), ("b",): (100, 50)}, 0)],
    )
    got = summary(result, "en")
    assert got.reasons == [got.reason]
    assert got.decisions == []
    assert got.report_date is None


@pytest.mark.parametrize(
    ("p", "lang", "expected"),
    [(0.0004, "en", "p < 0.001"), (0.0021, "sv", "p = 0,002"), (0.17, "en", "p = 0.17")],
)
def test_p_text(p: float, lang, expected: str) -> None:
    assert p_text(p, lang).replace("\u00a0", " ") == expected


def test_tool_summary_of_the_demo_record(record) -> None:
    result = summary(record, "en")
    assert result.status == "red"
    assert result.next_review == date(2027, 4, 30)
    # Newest fact in the record: the audit run of 2026-10-31.
    assert result.report_date == date(2026, 10, 31)
    assert "Critical risk: Indirect discrimination by background (score 20)." in result.findings
    # Issue 12: every answer counted once, "don't know" apart from "not met".
    assert (
        "Checklists (section 5): 1 of 72 items met, 1 partly, 1 not met, 0 answered “don't know”, "
        "0 not applicable, 69 unanswered." in result.findings
    )
    assert any("DPIA" in d for d in result.decisions)
    assert any("sign" in d for d in result.decisions)


def test_explicit_report_date_wins(record) -> None:
    options = ReportOptions(report_date=date(2027, 1, 15))
    assert summary(record, "sv", options=options).report_date == date(2027, 1, 15)


def test_overdue_review_is_amber_reason(record) -> None:
    late = ReportOptions(report_date=date(2027, 5, 2))
    reasons = summary(record, "en", options=late).reasons
    assert "The review was due on 2027-04-30 and is overdue." in reasons


def test_prohibited_tool_is_red_and_must_stop(record) -> None:
    # Issue 21 §1: the statements classify from the profile, as every output does.
    banned = record.tool.model_copy(update={"emotion_recognition": True})
    result = summary(record.model_copy(update={"tool": banned}), "en")
    assert result.status == "red"
    assert result.reasons[0].startswith("The tool is assessed as a prohibited AI practice")
    assert result.decisions[0] == "Decide to stop using the tool immediately (prohibited practice)."


def test_high_risk_tool_without_audit_asks_for_one(record) -> None:
    result = summary(record.model_copy(update={"audits": []}), "en")
    assert "No bias audit of the tool's decisions has been recorded." in result.reasons
    assert "Commission a bias audit of the tool's decision log." in result.decisions

"""Too little data to judge is said plainly instead of the full alarm (issue 9, point 6)."""

from __future__ import annotations

import pytest

from ethics_toolkit.engine.audit import audit_source
from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.engine.presentation.findings import MIN_GROUP_TO_JUDGE, MIN_ROWS_TO_JUDGE
from ethics_toolkit.engine.presentation.judgement import caution, judgement
from ethics_toolkit.engine.spec import AuditSpec
from ethics_toolkit.report import summary

SPEC = AuditSpec(outcome="o", positive="1", sensitive=["g"])


def _log(**groups: tuple[int, int]) -> AuditResult:
    """Group -> (selected, not selected) as a CSV log, audited."""
    rows = [f"{g},{o}" for g, (s, n) in groups.items() for o in [1] * s + [0] * n]
    return audit_source(("g,o\n" + "\n".join(rows) + "\n").encode(), SPEC)


def _finding(result: AuditResult, group: str, lang: str = "en") -> str:
    (analysis,) = result.analyses
    return next(g for g in analysis.groups if g.values == {"g": group}).finding.get(lang)


def test_a_log_with_fewer_than_30_known_rows_is_too_little_to_judge() -> None:
    result = _log(A=(8, 2), B=(3, 7))  # 20 rows; B's ratio 0.38 would be an alarm
    assert result.n_rows == 20 < MIN_ROWS_TO_JUDGE
    assert result.adverse_impact_found  # the contract's flag (and exit code) are unchanged
    assert judgement(result) == "too_little"
    text = _finding(result, "B")
    assert "too little data to judge" in text and "only 20 people" in text
    assert "below the four-fifths threshold" not in text and "more applicants" not in text
    assert "för lite data" in _finding(result, "B", "sv")
    assert "too little data to judge (20 people" in result.analyses[0].summary.en
    assert "only 20 decisions" in caution(result).en and "bara 20 beslut" in caution(result).sv


def test_a_comparison_with_a_group_of_fewer_than_5_is_too_few_to_judge() -> None:
    result = _log(A=(40, 40), B=(1, 3))  # B: 4 people, ratio 0.5
    assert judgement(result) == "too_little"
    text = _finding(result, "B")
    assert f"are only 4 (at least {MIN_GROUP_TO_JUDGE} are needed)" in text
    assert "too few people to judge" in result.analyses[0].summary.en
    assert "(B)" in caution(result).en


def test_enough_data_keeps_the_full_alarm_and_names_too_small_groups_apart() -> None:
    result = _log(A=(40, 40), B=(10, 30), C=(1, 3))
    assert judgement(result) == "adverse" and caution(result) is None
    assert "below the four-fifths threshold" in _finding(result, "B")
    summary_text = result.analyses[0].summary.en
    assert "1 of 3 groups is below" in summary_text and "B (0.50)" in summary_text
    assert "Below the threshold but too few to judge: C (0.50)." in summary_text


def test_no_adverse_impact_with_enough_data_is_fine() -> None:
    result = _log(A=(40, 40), B=(38, 42))
    assert judgement(result) == "fine" and caution(result) is None


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_report_summary_gives_a_caution_not_red(lang: str) -> None:
    small = _log(A=(8, 2), B=(3, 7))
    report = summary(small, lang)
    assert report.status == "amber"
    assert any("20" in reason for reason in report.reasons)
    big = _log(A=(400, 400), B=(100, 300))
    assert summary(big, lang).status == "red"


def test_the_cli_text_adds_the_caution(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    from ethics_toolkit.cli import main

    path = tmp_path / "log.csv"
    path.write_text("g,o\n" + "A,1\n" * 8 + "A,0\n" * 2 + "B,1\n" * 3 + "B,0\n" * 7)
    code = main(["audit", str(path), "--outcome", "o", "--sensitive", "g", "--lang", "en"])
    out = capsys.readouterr().out
    assert code == 1  # the contract: adverse impact exits 1
    assert out.strip().endswith("cannot show whether the tool treats groups differently.")

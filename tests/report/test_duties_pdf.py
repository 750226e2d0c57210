"""Notice and active-measures PDFs (issue 15): the register's facts on the page, reproducible."""

from __future__ import annotations

from datetime import date

import pytest

from ethics_toolkit.register.duties.active_measures import build_active_measures
from ethics_toolkit.register.duties.notices import build_notice
from ethics_toolkit.report.active_measures import build_active_measures_pdf
from ethics_toolkit.report.notices import build_notice_pdf
from tests.report.conftest import page_texts


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("kind", ["applicants", "representatives"])
def test_a_notice_pdf_shows_the_facts_and_what_is_missing(record, kind: str, lang: str) -> None:
    notice = build_notice(record, kind, lang)
    pdf = build_notice_pdf(notice)
    assert pdf == build_notice_pdf(notice)  # the same notice, the same bytes
    text = " ".join(page_texts(pdf))
    assert notice.title in text and "Exempel AB" in text
    assert notice.missing  # the report fixture's profile has no contact, retention, human role
    for what in notice.missing:
        assert what in text
    marker = "To complete" if lang == "en" else "Att komplettera"
    assert marker in text


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_active_measures_pdf_has_the_four_steps(record, lang: str) -> None:
    data = build_active_measures([record], year=2026, lang=lang, as_of=date(2026, 12, 31))
    pdf = build_active_measures_pdf(data)
    assert pdf == build_active_measures_pdf(data)
    text = " ".join(page_texts(pdf))
    steps = (
        ["1. Undersöka", "2. Analysera", "3. Åtgärda", "4. Följa upp"]
        if lang == "sv"
        else ["1. Investigate", "2. Analyse", "3. Act", "4. Follow up"]
    )
    positions = [text.index(step) for step in steps]
    assert positions == sorted(positions)
    assert (
        "TalentScreen" in text and "3 kap. 13 §" in text if lang == "sv" else "ch. 3 § 13" in text
    )
    for risk in data.risks:
        assert risk.title[:30] in text


def test_the_audit_only_report_of_an_audit_by_period_has_the_monitoring_section() -> None:
    from ethics_toolkit.engine.audit import audit_source
    from ethics_toolkit.engine.spec import AuditSpec
    from ethics_toolkit.report import build_audit_report
    from tests.conftest import SAMPLE_DATA

    log = SAMPLE_DATA / "recruitment_over_time.csv"
    spec = AuditSpec(
        outcome="selected", positive="1", sensitive=["background"], period="applied_on"
    )
    pdf = build_audit_report(audit_source(log, spec, file_name=log.name), lang="en")
    text = " ".join(page_texts(pdf))
    assert "Annex C. Monitoring over time" in text and "Impact ratio by background" in text
    assert "fell from 0.97 (2026-Q1) to 0.50 (2026-Q4)" in text
    assert "Change over time" in text  # the method's sentence on the trend test

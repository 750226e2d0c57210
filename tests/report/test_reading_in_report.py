"""The report states how the file was read and how the outcome values were counted (issue 9)."""

from __future__ import annotations

import pytest

from ethics_toolkit.report import build_audit_report
from tests.report.conftest import page_texts


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "Outcome values selected: hired, reserve; not selected: rejected; left out: withdrew",
        ),
        (
            "sv",
            "Utfallets värden vald: hired, reserve; inte vald: rejected; lämnas utanför: withdrew",
        ),
    ],
)
def test_the_classification_is_stated(audit_result, lang: str, expected: str) -> None:
    spec = audit_result.spec.model_copy(
        update={
            "positives": ["hired", "reserve"],
            "negatives": ["rejected"],
            "excluded": ["withdrew"],
        }
    )
    body = " ".join(page_texts(build_audit_report(audit_result.model_copy(update={"spec": spec}),
                                                  lang=lang)))  # fmt: skip
    assert expected in body


def test_the_engines_record_of_every_value_wins(audit_result) -> None:
    spec = audit_result.spec.model_copy(
        update={"outcome_classes": {"1": "selected", "0": "not_selected", "?": "excluded"}}
    )
    body = " ".join(page_texts(build_audit_report(audit_result.model_copy(update={"spec": spec}),
                                                  lang="en")))  # fmt: skip
    assert "Outcome values selected: 1; not selected: 0; left out: ?" in body


def test_a_workbook_is_named_with_its_sheet(audit_result) -> None:
    reading = audit_result.reading.model_copy(update={"sheet": "Beslut 2025"})
    body = " ".join(
        page_texts(build_audit_report(audit_result.model_copy(update={"reading": reading}),
                                      lang="en"))
    )  # fmt: skip
    assert "workbook, sheet “Beslut 2025”; one row per applicant" in body
    assert "separator" not in body.split("How the file was read")[1][:80]

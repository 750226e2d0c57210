"""App, PDF and CLI read one label registry and one presentation of audit results.

Enum values: every label in ``register/labels.py`` is replaced by a unique marker; the app's
widgets, a PDF and the CLI's tool list must then show exactly those markers. A copy of a label
anywhere else (a UI catalogue key, a report text, a CLI table) would show its own words instead and
fail here. Audit rows: the CLI's table, the app's table and the PDF's table hold the same strings.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.register.domain import labels
from ethics_toolkit.register.domain.answers import Answer, AnswerValue
from ethics_toolkit.register.domain.risks import RiskStatus, Treatment
from ethics_toolkit.register.domain.signoffs import SignOff, SignOffDecision
from ethics_toolkit.register.domain.tool import (
    DataCategory,
    DecisionRole,
    EmployerType,
    HRProcess,
    ToolStatus,
)
from ethics_toolkit.ui import state
from tests.conftest import PROJECT_ROOT
from tests.register.factories import ACTOR, cv_screening, filled_store, risk_for

ENUMS: list[type[StrEnum]] = list(labels.ENUM_LABELS)


def marker(member: StrEnum, lang: str) -> str:
    index = [m for enum in ENUMS for m in enum].index(member)
    return f"Lbl{index:02d}{lang}"


@pytest.fixture
def marked(monkeypatch: pytest.MonkeyPatch) -> None:
    for enum in ENUMS:
        for member in enum:
            label = Bilingual(sv=marker(member, "sv"), en=marker(member, "en"))
            monkeypatch.setitem(labels.ENUM_LABELS[enum], member, label)


def _options(widgets, key: str) -> list[str]:
    return [str(o) for o in next(w for w in widgets if w.key == key).options]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_app_shows_the_registry_labels(
    marked: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    from ethics_toolkit.register.storage.store import Store

    url = f"sqlite:///{tmp_path / 'app.db'}"
    tool = filled_store(Store.open(url))
    monkeypatch.setenv(state.DB_ENV, url)
    at = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=120)
    at.session_state[state.LANG_KEY] = lang
    at.session_state[state.ACTOR_KEY] = ACTOR  # the name the app asks for before a change
    at.run()

    def page(name: str) -> AppTest:
        at.switch_page(f"ethics_toolkit/ui/screens/{name}.py").run()
        assert not at.exception, at.exception
        return at

    prefix = f"tool_{tool.id}_{tool.row_version}"
    profile = page("tool_profile")
    for key, enum in (
        ("process", HRProcess),
        ("role", DecisionRole),
        ("status", ToolStatus),
        ("employer", EmployerType),
    ):
        assert _options(profile.selectbox, f"{prefix}_{key}") == [marker(m, lang) for m in enum]
    categories = _options(profile.multiselect, f"{prefix}_categories")
    assert [c.split(" (")[0] for c in categories] == [marker(m, lang) for m in DataCategory]
    checklist = page("checklists")
    answers = [r for r in checklist.radio if r.key and r.key.startswith("value_")]
    assert answers and {tuple(r.options) for r in answers} == {
        tuple(marker(m, lang) for m in AnswerValue)
    }
    risks = page("risks")
    assert _options(risks.multiselect, "filter_status") == [marker(m, lang) for m in RiskStatus]
    assert _options(risks.selectbox, "new_risk_treatment") == [marker(m, lang) for m in Treatment]
    report = page("report")
    assert _options(report.selectbox, "signoff_decision") == [
        marker(m, lang) for m in SignOffDecision
    ]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_pdf_shows_the_registry_labels(marked: None, lang: str) -> None:
    from ethics_toolkit.report import build_tool_report
    from tests.report.conftest import page_texts
    from tests.report.fixtures import demo_record

    record = demo_record()
    at = datetime(2026, 10, 1, tzinfo=UTC)
    tool = record.tool.model_copy(update={"data_categories": list(DataCategory)})
    risks = [
        risk_for(1, id=i, title=f"Risk {i}", status=status, treatment=treatment, owner="X")
        for i, (status, treatment) in enumerate(zip(RiskStatus, Treatment, strict=True), start=1)
    ]
    answers = [
        Answer(tool_id=1, item_id=item, value=value, answered_by=ACTOR, answered_at=at)
        for item, value in zip(
            ("gdpr-01", "gdpr-02", "gdpr-03"),
            (AnswerValue.partly, AnswerValue.no, AnswerValue.dont_know),
            strict=True,
        )
    ]
    signoffs = [
        SignOff(id=i, tool_id=1, name="Eva", role="HR", decision=d, signed_at=at)
        for i, d in enumerate(SignOffDecision, start=1)
    ]
    record = record.model_copy(
        update={"tool": tool, "risks": risks, "answers": answers, "signoffs": signoffs}
    )
    body = " ".join(page_texts(build_tool_report(record, lang=lang)))
    shown = [
        tool.hr_process,
        tool.decision_role,
        tool.employer_type,
        tool.status,
        *DataCategory,
        *RiskStatus,
        *Treatment,
        AnswerValue.partly,
        AnswerValue.no,
        AnswerValue.dont_know,
        *SignOffDecision,
    ]
    missing = [str(m) for m in shown if marker(m, lang) not in body]
    assert not missing, f"the PDF names these in its own words: {missing}"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_cli_shows_the_registry_labels(
    marked: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, lang: str
) -> None:
    from ethics_toolkit.cli import main
    from ethics_toolkit.register.storage.store import Store

    url = f"sqlite:///{tmp_path / 'cli.db'}"
    store = Store.open(url)
    for number, process in enumerate(HRProcess):
        store.save_tool(cv_screening(name=f"Tool {number}", hr_process=process), actor=ACTOR)
    monkeypatch.setenv("ETHICS_TOOLKIT_LANG", lang)
    assert main(["tools", "--db", url]) == 0
    out = capsys.readouterr().out
    for member in [*HRProcess, ToolStatus.in_use]:
        assert marker(member, lang) in out
    assert "recruitment" not in out and "in_use" not in out


def test_cli_app_and_pdf_show_the_same_rows() -> None:
    from ethics_toolkit.engine.presentation.views import analysis_view
    from tests.engine.test_presentation import SAMPLE_DATA, SPEC, audit_source

    result = audit_source(SAMPLE_DATA / "recruitment_decisions.csv", SPEC)
    from ethics_toolkit.cli.audit_output import render_text
    from ethics_toolkit.report.disclosure import group_row as pdf_row
    from ethics_toolkit.report.sections.audit import TABLE_COLUMNS
    from ethics_toolkit.ui import charts

    for analysis in result.analyses:
        view = analysis_view(result, analysis, "sv")
        app = charts.group_table(analysis, "sv", result=result)
        assert app.values.tolist() == view.table()
        assert list(app.columns) == view.header("sv")
        cli = render_text(result, "sv")
        for row in view.rows:
            assert row.label in cli and row.rate_ci in cli and row.notes in cli
        # The PDF lays out fewer columns (no verdict column: the verdict stays in the notes).
        pdf_view = analysis_view(result, analysis, "sv", columns=TABLE_COLUMNS)
        for group, row in zip(analysis.groups, pdf_view.rows, strict=True):
            pdf = pdf_row(group, analysis, result, lang="sv", threshold=5)
            if not pdf.suppressed:
                assert (pdf.label, pdf.n, pdf.rate, pdf.ratio, pdf.notes) == (
                    row.label, row.n, row.rate, row.ratio, row.notes
                )  # fmt: skip

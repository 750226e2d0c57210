"""The Duties page (issue 15) in AppTest: requests, tasks, the plan, notices, hostile text."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from ethics_toolkit.i18n.ui_texts import ui_text
from ethics_toolkit.register.domain.explanation_requests import ExplanationRequest, RequestStatus
from ethics_toolkit.register.domain.monitoring import TaskStatus
from ethics_toolkit.ui import state
from ethics_toolkit.ui.escape import md
from tests.register.factories import cv_screening
from tests.register.test_duties import GAP, audit
from tests.ui.conftest import TEST_USER
from tests.ui.test_app import _app, _store
from tests.ui.test_integrity_ui import HOSTILE, IMAGE, _texts


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'duties.db'}"
    monkeypatch.setenv(state.DB_ENV, url)
    _store(url).save_tool(cv_screening(), actor="Anna")
    return url


def _click(at, label: str) -> None:
    (button,) = [b for b in at.button if b.label == label]
    button.click().run()
    assert not at.exception, at.exception


def test_a_request_is_registered_answered_and_closed(db: str) -> None:
    at = _app("en", "duties")
    at.text_input(key="req_reference").input("Case 2026-17")
    at.text_input(key="req_received").set_value((date.today() - timedelta(days=40)).isoformat())
    _click(at, ui_text("req_add_save", "en"))
    (request,) = _store(db).requests(1)
    assert request.reference == "Case 2026-17" and request.status == RequestStatus.open
    # Overdue: on the page, and first on the Overview.
    texts = "\n".join(_texts(at))
    assert md("Case 2026-17") in texts and ui_text("req_overdue", "en") in texts
    at.switch_page("ethics_toolkit/ui/screens/overview.py").run()
    first = [m.value for m in at.markdown if "explanation request" in m.value]
    assert first and md("Case 2026-17") in first[0]
    at.switch_page("ethics_toolkit/ui/screens/duties.py").run()
    # The draft is built from the register; a marked gap must be filled before it is saved.
    (answer,) = [a for a in at.text_area if (a.key or "").startswith("req_answer_")]
    assert "Case 2026-17" in answer.value and "[To complete:" in answer.value
    _click(at, ui_text("req_answer_save", "en"))
    assert _store(db).requests(1)[0].status == RequestStatus.open
    assert [w for w in at.warning if "still contains" in w.value]
    (answer,) = [a for a in at.text_area if (a.key or "").startswith("req_answer_")]
    answer.input("Dear applicant, the tool ranked your application; a recruiter decided.")
    _click(at, ui_text("req_answer_save", "en"))
    (request,) = _store(db).requests(1)
    assert (request.status, request.answered_on) == (RequestStatus.answered, date.today())
    history = "\n".join(m.value for m in at.markdown)
    assert "the case is closed" in history
    assert ui_text("req_none_open", "en") in [c.value for c in at.caption]
    # Issue 21 §6: the answer as it was sent can be read again after the request is closed.
    sent = "Dear applicant, the tool ranked your application; a recruiter decided."
    assert sent in [t.value for t in at.text]


def test_a_threshold_task_is_first_on_the_overview_and_marked_assessed(db: str) -> None:
    store = _store(db)
    store.save_audit_run(1, audit(GAP), actor="Anna", file_name="q4.csv")
    at = _app("sv", "overview")
    titles = [h.value for h in at.subheader]
    assert titles[0] == ui_text("duties_first_title", "sv")
    at.switch_page("ethics_toolkit/ui/screens/duties.py").run()
    (outcome,) = [a for a in at.text_area if (a.key or "").startswith("task_outcome_")]
    outcome.input("Pausat 2026-11-27; leverantören informerad.")
    _click(at, ui_text("task_done_button", "sv"))
    (task,) = store.tasks(1)
    assert task.status == TaskStatus.done and task.done_by == TEST_USER


def test_the_plan_and_the_notice_facts_are_saved(db: str) -> None:
    at = _app("en", "duties")
    (owner,) = [w for w in at.text_input if w.label == "Owner"]
    owner.input("Johan Berg")
    _click(at, ui_text("plan_save", "en"))
    plan = _store(db).plan(1)
    assert plan is not None and plan.owner == "Johan Berg" and plan.alert_agreement == 0.95
    (contact,) = [w for w in at.text_input if w.label.startswith("Contact for questions")]
    contact.input("hr@example.se")
    # Issue 21 §6: the controller, and the texts in the other language for its notices.
    (controller,) = [w for w in at.text_area if w.label.startswith("Controller")]
    controller.input("Arbetsgivaren AB, Storgatan 1")
    at.text_area(key="tr_en_purpose").input("Ranks applications against the job profile")
    _click(at, ui_text("notice_facts_save", "en"))
    tool = _store(db).get_tool("CV-Sorter")
    assert tool.contact == "hr@example.se" and tool.controller == "Arbetsgivaren AB, Storgatan 1"
    assert tool.text_in("purpose", "en") == "Ranks applications against the job profile"
    warnings = [w.value for w in at.warning if w.value.startswith("To complete")]
    assert len(warnings) == 2 and "Contact" not in warnings[0]


def test_user_text_on_the_duties_page_is_escaped(tmp_path: Path, monkeypatch) -> None:
    url = f"sqlite:///{tmp_path / 'hostile.db'}"
    monkeypatch.setenv(state.DB_ENV, url)
    store = _store(url)
    tool = store.save_tool(cv_screening(name=IMAGE, contact=HOSTILE[1]), actor="Anna")
    store.save_request(
        ExplanationRequest(tool_id=tool.id, reference=HOSTILE[4], received=date(2026, 1, 5)),
        actor=HOSTILE[2],
    )
    store.save_audit_run(tool.id, audit(GAP), actor="Anna", file_name=IMAGE)
    for page in ("duties", "overview"):
        at = _app("en", page)
        texts = _texts(at) + [e.label for e in at.expander]
        joined = "\n".join(texts)
        for raw in (IMAGE, HOSTILE[1], HOSTILE[4]):
            assert raw not in joined, (page, raw)
        assert md(HOSTILE[4]) in joined


def test_an_audit_by_quarter_on_the_bias_audit_page_is_saved_with_its_periods(db: str) -> None:
    from tests.conftest import SAMPLE_DATA
    from tests.ui.test_app import _button, _choice

    log = SAMPLE_DATA / "recruitment_over_time.csv"
    at = _app("en", "bias_audit")
    at.session_state[state.UPLOAD_BYTES_KEY] = log.read_bytes()
    at.session_state[state.UPLOAD_NAME_KEY] = log.name
    at.run()
    assert not at.exception, at.exception
    at.multiselect(key="map_sensitive").set_value(["gender", "background"])
    _choice(at, "selectbox", "map_period").set_value("applied_on").run()
    assert "applied_on" in _choice(at, "selectbox", "map_period").help
    _button(at, "run_audit").click().run()
    assert not at.exception, at.exception
    assert ui_text("periods_title", "en") in [h.value for h in at.subheader]
    findings = "\n".join(m.value for m in at.markdown)
    assert "fell from 0" in findings and "2026" in findings
    _button(at, "save_audit").click().run()
    (run,) = _store(db).audit_runs(1)
    assert [p.period for p in run.result.periods] == ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
    (task,) = _store(db).tasks(1)  # the fourth quarter crossed the threshold
    assert task.details["groups"][0] == "Outside Europe (2026-Q4)"

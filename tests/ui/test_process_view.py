"""The decision process in the app (issue 11): tables and charts, result blocks, mapping widgets."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from ethics_toolkit.engine.audit import audit_source
from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.engine.spec import AuditSpec
from ethics_toolkit.i18n.ui_texts import ui_text
from ethics_toolkit.samples.process import FILE_NAME, STAGES
from ethics_toolkit.ui import charts, state
from tests.conftest import SAMPLE_DATA

SAMPLE = SAMPLE_DATA / FILE_NAME
SPEC = AuditSpec(
    outcome="final_decision",
    sensitive=["gender", "background"],
    recommendation="ai_recommendation",
    stage="furthest_stage",
    stages=list(STAGES),
    features=["postcode_area", "years_experience"],
)


@pytest.fixture(scope="module")
def result() -> AuditResult:
    return audit_source(SAMPLE, SPEC)


def by_background(result: AuditResult):
    return next(a for a in result.analyses if a.attributes == ["background"])


@pytest.mark.parametrize(
    ("lang", "row"),
    [
        ("en", ["Outside Europe", "800", "25.0%", "21.9%", "95.6%", "5", "30", "0.62", "0.55",
                "< 0.001"]),
        ("sv", ["Outside Europe", "800", "25,0\u202f%", "21,9\u202f%", "95,6\u202f%", "5", "30",
                "0,62", "0,55", "< 0,001"]),
    ],
)  # fmt: skip
def test_oversight_table(result: AuditResult, lang: str, row: list[str]) -> None:
    oversight = by_background(result).oversight
    assert oversight is not None
    table = charts.oversight_table(oversight, lang)
    assert table.iloc[0].tolist() == row
    assert ui_text("proc_col_agreement", lang) in table.columns


def test_oversight_chart_has_a_bar_per_group_and_decision(result: AuditResult) -> None:
    oversight = by_background(result).oversight
    assert oversight is not None
    spec = charts.oversight_chart(oversight, "en").to_dict()
    values = next(iter(spec["datasets"].values()))
    assert [(v["group"], v["which"], v["rate"]) for v in values] == [
        ("Outside Europe", "Tool's recommendation", 0.25),
        ("Outside Europe", "Final decision", 0.21875),
        ("Sweden", "Tool's recommendation", 0.4),
        ("Sweden", "Final decision", 0.4),
    ]


def test_funnel_table_and_chart(result: AuditResult) -> None:
    steps = by_background(result).funnel
    assert steps is not None
    table = charts.funnel_table(steps, "en")
    assert len(table) == 8
    interview = table[(table["Step to"] == "interview") & (table["Group"] == "Outside Europe")]
    assert interview.iloc[0].tolist()[2:6] == ["720", "175", "24.3%", "0.55"]
    assert "below the four-fifths line" in interview.iloc[0].tolist()[-1]
    spec = charts.funnel_chart(steps, "en").to_dict()
    values = next(iter(spec["datasets"].values()))
    assert [v["step"] for v in values][::2] == ["screened", "interview", "offer", "hired"]
    assert spec["encoding"]["x"]["sort"] == ["screened", "interview", "offer", "hired"]


def test_features_table(result: AuditResult) -> None:
    table = charts.features_table(result.features or [], ["gender", "background"], "sv")
    assert table.iloc[0].tolist() == ["postcode_area", "0,28", "0,02", "0,57", "ja"]
    assert list(table.columns)[3] == "V med background"


APP = """
import streamlit as st
from ethics_toolkit.engine.audit import audit_source
from ethics_toolkit.engine.spec import AuditSpec
from ethics_toolkit.ui import components, process_view
import pandas as pd

spec = AuditSpec.model_validate_json(st.session_state["spec"])
result = audit_source(st.session_state["path"], spec)
components.audit_result_view(result)
frame = pd.read_csv(st.session_state["path"], nrows=300)
st.session_state["fields"] = process_view.process_pickers(
    frame, taken=["gender", "background", "final_decision"]
)
"""


def _plain(text: str) -> str:
    """Text as the reader sees it: without the escapes of ``ui/escape.md``."""
    return text.replace("\\", "").replace("\u2060", "")


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_result_view_and_pickers_render(lang: str) -> None:
    at = AppTest.from_string(APP, default_timeout=120)
    at.session_state[state.LANG_KEY] = lang
    at.session_state["spec"] = SPEC.model_dump_json()
    at.session_state["path"] = str(SAMPLE)
    at.run()
    assert not at.exception, at.exception
    markdown = " ".join(m.value for m in at.markdown)
    assert ui_text("proc_oversight_title", lang) in markdown
    assert ui_text("proc_funnel_title", lang) in markdown
    assert ui_text("proc_features_title", lang) in markdown
    warnings = " ".join(w.value for w in at.warning)
    assert ui_text("proc_tool_decides", lang, agreement="97,2\u202f%" if lang == "sv"
                   else "97.2%") in warnings  # fmt: skip
    fields = at.session_state["fields"]
    assert fields == {
        "recommendation": "ai_recommendation",
        "recommendation_positives": ["yes"],
        "recommendation_negatives": ["no"],  # issue 20: both sides named, never assumed
        "stage": "furthest_stage",
        "stages": list(STAGES),
        "features": ["postcode_area", "years_experience"],
    }
    captions = _plain(" ".join(c.value for c in at.caption))
    assert "ai_recommendation" in captions and "furthest_stage" in captions


REGISTER_APP = """
import streamlit as st
from ethics_toolkit.ui import process_view, state

record = state.store().record("CV-Sorter")
run = record.audits[0]
process_view.art22_notice(record.tool, record.audits)
process_view.oversight_proposal(record.tool, run.result, run.id)
"""


def test_art22_evidence_and_the_proposed_risk_in_the_app(
    result: AuditResult, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ethics_toolkit.register.storage.store import Store
    from tests.register.factories import ACTOR, cv_screening

    url = f"sqlite:///{tmp_path / 'register.db'}"
    store = Store.open(url)
    tool = store.save_tool(cv_screening(), actor=ACTOR)
    assert tool.id is not None
    store.save_audit_run(tool.id, result, actor=ACTOR)
    monkeypatch.setenv(state.DB_ENV, url)
    state._open_store.clear()
    at = AppTest.from_string(REGISTER_APP, default_timeout=120)
    at.session_state[state.LANG_KEY] = "en"
    at.run()
    assert not at.exception, at.exception
    warnings = " ".join(w.value for w in at.warning)
    assert ui_text("proc_art22_contradicted", "en") in warnings
    assert "Contradicted by the audit" in warnings
    markdown = _plain(" ".join(m.value for m in at.markdown))
    assert "The tool decides in practice (GDPR Art. 22)" in markdown
    at.button(key="propose_tool_decides").click().run()
    assert not at.exception, at.exception
    risks = Store.open(url).risks(tool.id)
    assert [r.category for r in risks] == ["human_oversight"]
    state._open_store.clear()

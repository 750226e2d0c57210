"""Issue 10 in the app: the verdict banner, chart markers, the within-job view, the picker."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from ethics_toolkit.engine.audit import audit_cells
from ethics_toolkit.engine.presentation.views import column_label, verdict_label
from ethics_toolkit.engine.spec import AuditSpec, Cell
from ethics_toolkit.i18n.ui_texts import ui_text
from ethics_toolkit.ui import charts, state
from tests.conftest import SAMPLE_DATA
from tests.ui.test_app import _app, _button, _choice, _texts, demo_db, demo_file  # noqa: F401

BY_JOB = SAMPLE_DATA / "recruitment_by_job.csv"


def _result(counts: dict[str, tuple[int, int]]):
    cells = [
        Cell(values={"g": k}, selected=sel, count=s if sel else n - s)
        for k, (n, s) in counts.items()
        for sel in (True, False)
    ]
    spec = AuditSpec(outcome="o", sensitive=["g"])
    return audit_cells(cells, spec, n_rows=sum(n for n, _ in counts.values()))


def test_chart_encodes_verdicts_by_colour_and_shape() -> None:
    result = _result({"A": (2000, 1000), "B": (2000, 600), "C": (60, 28), "D": (40, 15)})
    (analysis,) = result.analyses
    verdicts = {g.values["g"]: g.verdict for g in analysis.groups}
    assert verdicts == {
        "A": "reference", "B": "adverse_significant", "C": "insufficient_evidence",
        "D": "adverse_not_significant",
    }  # fmt: skip
    spec = charts.selection_rate_chart(analysis, "en").to_dict()
    points = [layer for layer in spec["layer"] if layer["mark"]["type"] == "point"]
    assert len(points) == 1
    shape = points[0]["encoding"]["shape"]
    colour = points[0]["encoding"]["color"]
    assert shape["field"] == colour["field"] == "status"  # one legend: colour and shape
    assert shape["scale"]["domain"] == colour["scale"]["domain"]
    assert len(set(shape["scale"]["range"])) == len(shape["scale"]["range"])  # distinct shapes
    assert verdict_label("adverse_significant", "en") in colour["scale"]["domain"]
    table = charts.group_table(analysis, "en")
    assert column_label("verdict", "en") in table.columns
    assert "too little data to tell" in table[column_label("verdict", "en")].tolist()


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_banner_and_within_job_view(demo_db: str, lang: str) -> None:  # noqa: F811
    at = _app(lang, "bias_audit")
    _button(at, "use_sample_jobs").click().run()
    assert at.session_state[state.UPLOAD_NAME_KEY] == BY_JOB.name
    # The mapping is guessed, the job column included (engine/strata_guess.py).
    assert at.session_state["map_stratify"] == "requisition"
    assert at.session_state["map_sensitive"] == ["gender", "background"]
    _button(at, "run_audit").click().run()
    assert not at.exception, at.exception
    spec = AuditSpec.model_validate_json(at.session_state[state.AUDIT_SPEC_KEY])
    assert spec.stratify == "requisition" and spec.outcome == "selected"
    text = _texts(at)
    assert ui_text("banner_significant_title", lang) in text
    assert ui_text("strata_heading", lang).format(column="requisition") in text
    columns = {c for frame in at.dataframe for c in frame.value.columns}
    assert ui_text("col_mh_odds_ratio", lang) in columns
    assert column_label("verdict", lang) in columns
    finding = "the pooled gap comes from where they applied" if lang == "en" else "var de sökte"
    assert finding in text


def test_stratum_picker_preselects_the_guess() -> None:
    def page() -> None:
        import pandas as pd

        from ethics_toolkit.ui.validity import stratum_picker

        frame = pd.DataFrame(
            {"gender": ["W", "M"] * 10, "Tjänst": ["A", "B"] * 10, "ok": ["1", "0"] * 10}
        )
        stratum_picker(frame, exclude=["gender"])

    at = AppTest.from_function(page)
    at.session_state[state.LANG_KEY] = "sv"
    at.run()
    assert not at.exception, at.exception
    assert at.session_state["map_stratify"] == "Tjänst"
    box = _choice(at, "selectbox", "map_stratify")
    assert box.options == [ui_text("map_none", "sv"), "Tjänst", "ok"]

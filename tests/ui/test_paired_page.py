"""The page "Testa verktyget" (issue 24) in AppTest: profile -> the set -> the example's answers
-> results -> saved, with its proposed risk and its evidence on the Checklists page."""

from __future__ import annotations

from pathlib import Path

import pytest

from ethics_toolkit.engine.paired.analysis import analyse
from ethics_toolkit.engine.paired.answers import read_answers
from ethics_toolkit.engine.paired.samples import sample_answers, sample_set
from ethics_toolkit.i18n.ui_texts import ui_text
from ethics_toolkit.ui import paired_view, state
from ethics_toolkit.ui.escape import md
from tests.register.factories import cv_screening
from tests.ui.test_app import _app, _store


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'paired.db'}"
    monkeypatch.setenv(state.DB_ENV, url)
    _store(url).save_tool(cv_screening(version="4.2"), actor="Anna")
    return url


def _click(at, label: str) -> None:
    (button,) = [b for b in at.button if b.label == label]
    button.click().run()
    assert not at.exception, at.exception


def _texts(at) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    parts += [s.value for s in at.success] + [i.value for i in at.info]
    return "\n".join(str(p) for p in parts)


def test_the_whole_loop_from_profile_to_a_saved_test(db: str) -> None:
    at = _app("sv", "paired_test")
    assert ui_text("paired_need_set", "sv") in _texts(at)
    at.checkbox(key="paired_fmt_docx").uncheck().run()  # PDF only: quicker
    _click(at, ui_text("paired_make", "sv"))
    current = at.session_state[paired_view.SET_KEY]
    assert current["sample"] and len([n for n in current["files"] if n.startswith("cvs/")]) == 96
    assert "96 CV:n från 24 grund-CV:n" in _texts(at)
    _click(at, ui_text("paired_use_sample_answers", "sv"))
    assert at.session_state["paired_score"] == "Poäng"
    assert at.session_state["paired_decision"] == "Beslut"
    assert at.session_state["paired_positive"] == "Ja"
    _click(at, ui_text("paired_run", "sv"))
    texts = _texts(at)
    assert ui_text("paired_banner_found_title", "sv") in texts
    # The figures on the page are the engine's on the same set and answers.
    made = sample_set()
    answers = read_answers(sample_answers(), made.manifest, id_column="Fil", score="Poäng",
                           decision="Beslut", positive="Ja")  # fmt: skip
    expected = analyse(made.manifest, answers)
    origin = {c.attribute: c for c in expected.contrasts}["origin"]
    table = at.dataframe[0].value
    row = table[table["Jämförelse"].str.startswith("Ursprung")].iloc[0]
    assert row["Medelskillnad"] == f"{origin.mean_difference:.2f}".replace(".", ",")
    assert row["Bedömning"] == "skillnad, knappast slumpen"
    assert md(origin.finding.sv) in texts  # the engine's finding, shown as text
    # Save with the version tested; the proposed risk can be added.
    assert at.text_input(key="paired_tool_version").value == "4.2"
    _click(at, ui_text("paired_save", "sv", tool=md("CV-Sorter")))
    (run,) = _store(db).paired_runs(1)
    assert run.tool_version == "4.2" and run.design.seed == 2031
    assert [c.verdict for c in run.result.contrasts] == [c.verdict for c in expected.contrasts]
    assert run.answers_file_name == "paired_answers_talentscreen.csv"
    _click(at, ui_text("proposal_add", "sv"))
    (risk,) = _store(db).risks(1)
    assert risk.title.startswith("Verktyget bedömer likadana CV:n olika: CV:n med utomeuropeiskt")
    # The Checklists page shows the test as evidence next to the questions it bears on.
    at.session_state["checklist_area"] = "vendor_management"
    at.switch_page("ethics_toolkit/ui/screens/checklists.py").run()
    assert not at.exception
    assert "Underlag i registret: Parat test" in "\n".join(c.value for c in at.caption)


def test_a_zip_the_page_did_not_make_is_refused_calmly() -> None:
    import io
    import zipfile

    from ethics_toolkit.errors import UserFacingError

    with pytest.raises(UserFacingError) as error:
        paired_view._unzip(b"not a zip", "set.zip")
    assert error.value.en == paired_view.BAD_ZIP.format("en", name="set.zip")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("set/readme.txt", "no manifest here")
    with pytest.raises(UserFacingError):
        paired_view._unzip(buffer.getvalue(), "other.zip")
    made = paired_view._unzip(_sample_zip(), "testset.zip")
    assert "manifest.csv" in made["files"] and "cvs/" not in made["files"]


def _sample_zip() -> bytes:
    from ethics_toolkit.report.cvs import paired_set_files, zipped

    files = {
        k: v for k, v in paired_set_files(sample_set(), lang="sv").items() if k.endswith("csv")
    }
    return zipped(files, "testset-2031")

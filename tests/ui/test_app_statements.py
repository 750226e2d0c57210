"""Issue 12 in the app (AppTest), both languages: what the pages say is what the report says.

Counts in the Report page's summary, the legal classification from evidence on the profile page,
"not determined: tell us X", the DPIA date and the Art. 9(2) ground asked for, the AI Act's dates on
the Learn page, the report's author field, the warning about text the PDF cannot draw, the PDF's
contents, and long text refused with a clear message.
"""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader
from streamlit.testing.v1 import AppTest

from ethics_toolkit.i18n.ui_texts import ui_text
from ethics_toolkit.ui import state
from tests.conftest import PROJECT_ROOT

SCREENS = "ethics_toolkit/ui/screens"
TIMEOUT = 120
LANGS = ("sv", "en")
DEMO = "TalentScreen"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from ethics_toolkit.register.demo.seed import seed_demo
    from ethics_toolkit.register.storage.store import Store

    path = tmp_path_factory.mktemp("demo12") / "demo.db"
    seed_demo(Store.open(f"sqlite:///{path}"))
    return path


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    path = tmp_path / "register.db"
    shutil.copy(demo_file, path)
    url = f"sqlite:///{path}"
    monkeypatch.setenv(state.DB_ENV, url)
    return url


def _app(lang: str, page: str) -> AppTest:
    at = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=TIMEOUT)
    at.session_state[state.LANG_KEY] = lang
    at.run()
    at.switch_page(f"{SCREENS}/{page}.py").run()
    assert not at.exception, at.exception
    return at


def _plain(value: object) -> str:
    """Markdown as read: escapes and word joiners removed."""
    return re.sub(r"\\(.)", r"\1", str(value)).replace("\u2060", "")


def _texts(at: AppTest) -> str:
    kinds = ("markdown", "caption", "info", "success", "warning", "error")
    return "\n".join(_plain(e.value) for kind in kinds for e in getattr(at, kind))


def _edit_demo(url: str, **changes: object) -> None:
    from ethics_toolkit.register.storage.store import Store

    store = Store.open(url)
    tool = store.get_tool(DEMO)
    store.save_tool(tool.model_copy(update=changes), actor="test")


def _build_pdf(at: AppTest) -> bytes:
    at.button(key="build_report").click().run()
    assert not at.exception, at.exception
    return at.session_state[state.REPORT_PDF_KEY][1]


# --- §2: the Report page previews the same counts as the PDF --------------------------------------


@pytest.mark.parametrize(
    ("lang", "phrases"),
    [
        ("en", ["8 groups are below four-fifths of the reference group's rate (section 3)",
                "Checklists (section 5): 26 of 72 items met, 23 partly, 12 not met, 8 answered "
                "“don't know”, 3 not applicable, 0 unanswered.",
                "Man × Utanför Europa and 1 more (section 3)"]),
        ("sv", ["8 grupper ligger under fyra femtedelar av referensgruppens urvalsandel "
                "(avsnitt 3)",
                "Checklistorna (avsnitt 5): 26 av 72 punkter uppfyllda, 23 delvis, 12 inte "
                "uppfyllda, 8 besvarade ”vet inte”, 3 ej tillämpliga, 0 obesvarade.",
                "Man × Utanför Europa och 1 grupp till (avsnitt 3)"]),
    ],
)  # fmt: skip
def test_report_page_preview_counts(demo_db: str, lang: str, phrases: list[str]) -> None:
    shown = _texts(_app(lang, "report"))
    for phrase in phrases:
        assert phrase in shown, phrase


# --- §2: the legal classification from evidence on the profile page -------------------------------


@pytest.mark.parametrize(
    ("lang", "phrases"),
    [
        ("en", ["Automated-decision concern (GDPR Art. 22): **Likely**",
                "DPIA before the processing (GDPR Art. 35(1)): **Breach**",
                "Special-category exception (GDPR Art. 9(2)): **Missing**",
                "GDPR Art. 22: likely to apply. The profile says a person takes the decision, but "
                "this is contradicted by the checklist"]),
        ("sv", ["Risk för automatiserat beslut (GDPR art. 22): **Sannolikt**",
                "DPIA före behandlingen (GDPR art. 35.1): **Överträdelse**",
                "Undantag för känsliga uppgifter (GDPR art. 9.2): **Saknas**",
                "GDPR art. 22: sannolikt tillämplig. Profilen anger att en människa fattar "
                "beslutet, men det motsägs av checklistan"]),
    ],
)  # fmt: skip
def test_profile_shows_conclusions_from_evidence(demo_db: str, lang: str, phrases) -> None:
    shown = _texts(_app(lang, "tool_profile"))
    for phrase in phrases:
        assert phrase in shown, phrase


@pytest.mark.parametrize(
    ("lang", "needs", "emotion"),
    [
        ("en", "Not determined yet – tell us: the tool's role in decisions; the number of "
               "employees.", "Prohibited emotion recognition (Art. 5(1)(f)): **Needs a decision**"),
        ("sv", "Inte fastställt ännu – ange: verktygets roll i besluten; antalet anställda.",
               "Förbjuden känsloigenkänning (art. 5.1 f): **Kräver ett beslut**"),
    ],
)  # fmt: skip
def test_unknown_inputs_and_possible_emotion_recognition(
    demo_db: str, lang: str, needs: str, emotion: str
) -> None:
    from ethics_toolkit.register.domain.tool import DecisionRole

    _edit_demo(
        demo_db,
        employees=0,
        decision_role=DecisionRole.not_stated,
        purpose="Analyserar känslor i videointervjuer.",
    )
    shown = _texts(_app(lang, "tool_profile"))
    assert needs in shown
    assert emotion in shown


@pytest.mark.parametrize("lang", LANGS)
def test_profile_asks_for_the_dpia_date_and_the_art9_ground(demo_db: str, lang: str) -> None:
    from ethics_toolkit.register.storage.store import Store

    at = _app(lang, "tool_profile")
    tool = Store.open(demo_db).get_tool(DEMO)
    key = f"tool_{tool.id}_{tool.row_version}"
    labels = [w.label for w in at.date_input] + [w.label for w in at.text_input]
    assert ("DPIA completed on" if lang == "en" else "Konsekvensbedömning (DPIA) klar") in labels
    at.text_input(key=f"{key}_art9").set_value("Art. 9(2)(b), diskrimineringslagen 3 kap.")
    submit = next(b for b in at.button if b.label == ui_text("profile_save", lang))
    submit.click().run()
    assert not at.exception, at.exception
    assert Store.open(demo_db).get_tool(DEMO).art9_ground.startswith("Art. 9(2)(b)")
    shown = _texts(at)
    assert ("**Stated**" if lang == "en" else "**Angivet**") in shown


@pytest.mark.parametrize("lang", LANGS)
def test_an_audit_of_ethnic_origin_asks_for_the_art9_ground(demo_db: str, lang: str) -> None:
    from tests.conftest import SAMPLE_DATA

    at = _app(lang, "bias_audit")
    at.session_state[state.UPLOAD_BYTES_KEY] = (
        SAMPLE_DATA / "recruitment_decisions.csv"
    ).read_bytes()
    at.session_state[state.UPLOAD_NAME_KEY] = "recruitment_decisions.csv"
    at.run()
    at.button(key="run_audit").click().run()
    assert not at.exception, at.exception
    expected = (
        "The audit uses special-category data (background (ethnic origin))"
        if lang == "en"
        else "Granskningen använder känsliga personuppgifter (background (etniskt ursprung))"
    )
    assert expected in _texts(at)


# --- §2: the AI Act's dates from the one data file ------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "phrases"),
    [
        ("en", ["from 2 August 2026 under Art. 113", "they move to 2 December 2027",
                "applies since 2 February 2025"]),
        ("sv", ["från 2 augusti 2026 enligt art. 113", "flyttas de till 2 december 2027",
                "gäller sedan 2 februari 2025"]),
    ],
)  # fmt: skip
def test_learn_page_states_both_dates(demo_db: str, lang: str, phrases: list[str]) -> None:
    shown = _texts(_app(lang, "learn"))
    for phrase in phrases:
        assert phrase in shown, phrase


# --- §2 and §3: the PDF the app builds ------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "prepared", "contents", "method"),
    [
        ("en", "Prepared by Łukasz Ślęzak", "1. Executive summary", "sets no threshold"),
        ("sv", "Upprättad av Łukasz Ślęzak", "1. Sammanfattning för ledningen", "ingen gräns"),
    ],
)
def test_the_app_builds_the_report_with_its_author_and_contents(
    demo_db: str, lang: str, prepared: str, contents: str, method: str
) -> None:
    at = _app(lang, "report")
    assert at.text_input(key="report_author").label == ui_text("report_author", lang)
    at.text_input(key="report_author").set_value("Łukasz Ślęzak").run()
    pdf = _build_pdf(at)
    reader = PdfReader(io.BytesIO(pdf))
    from tests.report.layout_check import page_lines

    cover = page_lines(pdf)[0]
    assert prepared in cover
    assert any(re.fullmatch(rf"{re.escape(contents)} [. ]+ 2", line) for line in cover)
    assert reader.metadata.author == "Łukasz Ślęzak"
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    body = " ".join(p.extract_text() for p in reader.pages)
    assert method in re.sub(r"\s+", " ", body)
    assert not at.warning  # nothing undrawable in the demo


@pytest.mark.parametrize("lang", LANGS)
def test_the_app_warns_about_text_the_pdf_cannot_draw(demo_db: str, lang: str) -> None:
    _edit_demo(demo_db, vendor="اختبار 😀")
    at = _app(lang, "report")
    pdf = _build_pdf(at)
    warning = "\n".join(_plain(w.value) for w in at.warning)
    start = "The report was built, but: " if lang == "en" else "Rapporten skapades, men: "
    assert start in warning and "�" in warning
    body = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "U+0627 ARABIC LETTER ALEF" in body and "U+1F600 GRINNING FACE" in body


# --- §3: long text is refused with a clear message ------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("en", "The field Purpose may hold at most 5,000 characters, but the text has 5,001."),
        ("sv", "Fältet Syfte får innehålla högst 5\u00a0000 tecken, men texten har 5\u00a0001."),
    ],
)
def test_a_too_long_purpose_is_refused_with_a_clear_message(
    demo_db: str, lang: str, message: str
) -> None:
    from ethics_toolkit.register.storage.store import Store

    at = _app(lang, "tool_profile")
    tool = Store.open(demo_db).get_tool(DEMO)
    key = f"tool_{tool.id}_{tool.row_version}"
    at.text_area(key=f"{key}_purpose").set_value("x" * 5001)
    submit = next(b for b in at.button if b.label == ui_text("profile_save", lang))
    submit.click().run()
    assert not at.exception, at.exception
    assert message in "\n".join(_plain(e.value) for e in at.error)
    assert Store.open(demo_db).get_tool(DEMO).purpose == tool.purpose  # nothing saved

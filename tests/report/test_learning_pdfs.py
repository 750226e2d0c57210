"""Issue 23 in the documents: the workplace-meeting kit, the manager's one-page briefing, and the
competence section of the tool report and of the active-measures documentation (demo register)."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from ethics_toolkit.register.demo.profile import DEMO_TOOL
from ethics_toolkit.register.demo.seed import seed_demo
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.register.duties.active_measures import build_active_measures
from ethics_toolkit.register.people.kit import meeting_kit
from ethics_toolkit.register.status.traffic_light import latest_audit
from ethics_toolkit.register.storage.store import Store
from ethics_toolkit.report import build_tool_report
from ethics_toolkit.report.active_measures import build_active_measures_pdf
from ethics_toolkit.report.briefing import build_briefing_pdf
from ethics_toolkit.report.learning_kit import build_kit_pdf
from ethics_toolkit.report.texts import TOOL_ANNEX_KEYS, text
from tests.report.conftest import annex_letters, page_texts

pytest.importorskip("ethics_toolkit.engine.audit", reason="the fairness engine is not merged yet")
TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def demo() -> ToolRecord:
    store = Store.open("sqlite://")
    seed_demo(store)
    return store.record(DEMO_TOOL)


@pytest.fixture(scope="module")
def kits(demo: ToolRecord) -> dict[str, bytes]:
    return {
        lang: build_kit_pdf(meeting_kit(demo, latest_audit(demo), lang)) for lang in ("sv", "en")
    }


def test_the_kit_opens_with_the_agenda_and_the_tools_own_figures(kits: dict[str, bytes]) -> None:
    first = page_texts(kits["sv"])[0]
    assert first.startswith("Arbetsplatsträff om TalentScreen 20–30 minuter · byggt på er egen")
    assert "1. Nyckeltalen i klartext 5" in first and "Totalt 30" in first
    # The audit's figures as the audit JSON has them (tests/register/test_lessons.py compares).
    assert "Sökande med bakgrund Utanför Europa valdes ut 0,64 gånger så ofta" in first
    assert "(19,7 % mot 30,8 %)" in first and "55 fler i gruppen" in first
    english = " ".join(page_texts(kits["en"]))
    assert "selected at 0.64 times the rate of applicants with bakgrund Sverige" in english


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_kit_has_case_reflection_quiz_answers_and_attendance(
    kits: dict[str, bytes], lang: str
) -> None:
    pages = page_texts(kits[lang])
    body = " ".join(pages)
    headings = {
        "sv": ("2. Ett fall ur er egen granskning", "3. Frågor att samtala om", "4. Kort quiz",
               "Facit för samtalsledaren", "Närvarolista"),
        "en": ("2. A case from your own audit", "3. Questions to talk about", "4. Short quiz",
               "Answers for the facilitator", "Attendance list"),
    }[lang]  # fmt: skip
    positions = [body.find("Totalt 30" if lang == "sv" else "Total 30")]  # after the agenda
    for heading in headings:  # each part, in order
        positions.append(body.find(heading, positions[-1]))
        assert positions[-1] > positions[-2], heading
    answers = body[positions[4] : positions[5]]
    right = "Rätt svar: C." if lang == "sv" else "Right answer: C."
    assert answers.count(right) == 2  # the ratio and the too-little-data questions
    for name in ("Maria Lind", "Eva Holm", "Johan Berg", "Ahmed Karimi", "Linnea Svensson"):
        assert name in pages[-1]
    assert "ethics-toolkit learning record --tool" in pages[-1]
    assert len(pages) == 4  # for everyone (2), the facilitator's answers, the attendance list


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_briefing_is_one_page_with_decisions_time_and_the_law(
    demo: ToolRecord, lang: str
) -> None:
    pdf = build_briefing_pdf(demo, lang, as_of=TODAY)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    (page,) = page_texts(pdf)
    expected = {
        "sv": ("Beslut som bara ledningen kan fatta", "Tid och resurser teamet behöver",
               "Vad lagen kräver av er", "art. 4, sedan 2 februari 2025",
               "för de 5 personerna kring verktyget omkring 6,7 timmar",
               "Repetitioner: 1 försenade", "Johan Berg (utbildad)"),
        "en": ("Decisions only management can take", "Time and resources the team needs",
               "What the law requires of you", "Art. 4, since 2 February 2025",
               "for the 5 people around the tool about 6.7 hours",
               "Refreshers: 1 overdue", "Johan Berg (trained)"),
    }[lang]  # fmt: skip
    for part in expected:  # 7 lessons × 80 minutes... 80 min × 5 people / 60 = 6.7 hours
        assert part in page


def test_the_briefing_asks_management_to_name_an_overseer_when_there_is_none(
    demo: ToolRecord,
) -> None:
    nobody = demo.model_copy(update={"people": [], "competence": []})
    (page,) = page_texts(build_briefing_pdf(nobody, "en", as_of=TODAY))
    assert "1. Name at least one overseer of TalentScreen with the competence, training" in page
    assert "TalentScreen is in use but nobody is named as its overseer" in page


def test_the_tool_report_has_a_competence_section(demo: ToolRecord) -> None:
    pdf = build_tool_report(demo, lang="en")
    body = " ".join(page_texts(pdf))
    letters = annex_letters(pdf, TOOL_ANNEX_KEYS, "en")
    start = body.rfind(text("annex.heading", "en", letter=letters["sec.competence"],
                            title=text("sec.competence", "en")))  # fmt: skip
    end = text("annex.heading", "en", letter=letters["sec.method"], title=text("sec.method", "en"))
    section = body[start : body.find(end, start)]
    assert "TalentScreen has 1 named overseer with current training: Johan Berg." in section
    assert "Overseers named Johan Berg" in section
    assert "Operators with current training 2 of 2" in section
    assert "Sessions held 2" in section and "Refreshers overdue 1" in section
    assert "Ahmed Karimi Extern kurs: AI-förordningen för rekryterare 2026-08-25" in section
    attendees = "Johan Berg, Ahmed Karimi, Linnea Svensson"
    assert f"2026-10-06 Arbetsplatsträff: TalentScreens egen granskning {attendees}" in section


def test_the_active_measures_list_the_years_training(demo: ToolRecord) -> None:
    data = build_active_measures([demo], year=2026, lang="sv", as_of=TODAY)
    (summary,) = data.competence
    assert (len(summary.sessions), summary.lessons, summary.records) == (2, 1, 5)
    body = " ".join(page_texts(build_active_measures_pdf(data)))
    assert "Utbildning och kompetensutveckling" in body
    assert (
        "TalentScreen: 2 träffar eller pass, 1 genomförd lektion; tillsynspersoner med aktuell "
        "utbildning: Johan Berg; försenade repetitioner: 1." in body
    )
    empty = build_active_measures([demo], year=2025, lang="en", as_of=date(2025, 12, 31))
    assert (len(empty.competence[0].sessions), empty.competence[0].records) == (0, 1)


def test_names_print_as_written_in_every_document() -> None:
    store = Store.open("sqlite://")
    tool = seed_demo(store)
    name = "A&B <x> Öberg"
    store.add_person(tool.id or 0, name=name, role="overseer", actor="Test Person")
    record = store.record(DEMO_TOOL)
    for pdf in (
        build_tool_report(record, lang="en"),
        build_briefing_pdf(record, "sv", as_of=TODAY),
        build_kit_pdf(meeting_kit(record, latest_audit(record), "en")),
    ):
        assert name in " ".join(page_texts(pdf))

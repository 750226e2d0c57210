# ruff: noqa: E501  (a text catalogue: long sentences read better unbroken)
"""The workplace-meeting kit as PDF (issue 23): the :class:`~ethics_toolkit.register.people.kit.
MeetingKit` laid out with the report's story helpers. The first part is for everyone at the meeting
(agenda, key figures, the case, reflection questions, the quiz); the facilitator's answers and the
attendance list follow, each on a page of its own."""

from __future__ import annotations

from reportlab.platypus import PageBreak, TableStyle

from ethics_toolkit.i18n import format_int
from ethics_toolkit.i18n.text import Bilingual, Catalogue, Plural
from ethics_toolkit.register.people.kit import BLANK_ROWS, MeetingKit
from ethics_toolkit.report.document import Frame, render
from ethics_toolkit.report.story import Story

TEXTS = Catalogue(
    {
        "title": Bilingual(sv="Arbetsplatsträff om {tool}", en="Workplace meeting on {tool}"),
        "subtitle": Bilingual(
            sv="20–30 minuter · byggt på er egen granskning av verktyget",
            en="20–30 minutes · built on your own audit of the tool",
        ),
        "intro": Bilingual(
            sv="Ett underlag för en kort stund på en vanlig arbetsplatsträff: lärande nära arbetet, med era egna siffror, ett fall att pröva tanken på och samtal kollegor emellan – inte en föreläsning. Samtalsledaren behöver ingen förkunskap; facit och närvarolistan finns sist.",
            en="Material for a short slot at an ordinary workplace meeting: learning close to the work, with your own figures, a case to think through and conversation among colleagues – not a lecture. The facilitator needs no prior knowledge; the answers and the attendance list are at the end.",
        ),
        "agenda.h": Bilingual(sv="Upplägg", en="Agenda"),
        "col.part": Bilingual(sv="Del", en="Part"),
        "col.minutes": Bilingual(sv="Minuter", en="Minutes"),
        "total": Bilingual(sv="Totalt", en="Total"),
        "figures.h": Bilingual(
            sv="1. Nyckeltalen i klartext", en="1. The key figures in plain words"
        ),
        "figures.lead": Bilingual(
            sv="Läs upp och stanna vid varje mening: vad säger siffran, och vad säger den inte?",
            en="Read aloud and pause at each sentence: what does the figure say, and what doesn't it?",
        ),
        "case.h": Bilingual(
            sv="2. Ett fall ur er egen granskning", en="2. A case from your own audit"
        ),
        "reflection.h": Bilingual(sv="3. Frågor att samtala om", en="3. Questions to talk about"),
        "reflection.lead": Bilingual(
            sv="Två och två i några minuter, sedan gemensamt. Skriv upp det ni vill ändra i arbetssättet.",
            en="In pairs for a few minutes, then together. Write down what you want to change in how you work.",
        ),
        "quiz.h": Bilingual(sv="4. Kort quiz", en="4. Short quiz"),
        "quiz.lead": Bilingual(
            sv="Var och en för sig, en minut per fråga. Samtalsledaren går igenom svaren efteråt.",
            en="Each on their own, a minute per question. The facilitator goes through the answers afterwards.",
        ),
        "answers.h": Bilingual(sv="Facit för samtalsledaren", en="Answers for the facilitator"),
        "answer": Bilingual(
            sv="Rätt svar: {letter}. {option}", en="Right answer: {letter}. {option}"
        ),
        "why": Bilingual(sv="Varför: {why}", en="Why: {why}"),
        "attendance.h": Bilingual(sv="Närvarolista", en="Attendance list"),
        "attendance.lead": Bilingual(
            sv="Bocka för dem som deltog och registrera närvaron efteråt – i appen (sidan Människor och lärande) eller med kommandot nedan för var och en. Aktivitet: ”{activity}”.",
            en="Tick those who took part and record their attendance afterwards – in the app (the People and learning page) or with the command below for each of them. Activity: “{activity}”.",
        ),
        "meta": Bilingual(
            sv="Datum: ____________   Samtalsledare: ______________________",
            en="Date: ____________   Facilitator: ______________________",
        ),
        "col.name": Bilingual(sv="Namn", en="Name"),
        "col.roles": Bilingual(sv="Roll kring verktyget", en="Role around the tool"),
        "col.present": Bilingual(sv="Deltog", en="Present"),
        "col.sign": Bilingual(sv="Signatur", en="Signature"),
        "frame": Bilingual(
            sv="Internt underlag för arbetsplatsträffen",
            en="Internal material for the workplace meeting",
        ),
        "subject": Bilingual(
            sv="Lärande om AI-verktyget på arbetsplatsträffen",
            en="Learning about the AI tool at the workplace meeting",
        ),
        "questions": Plural(
            one=Bilingual(sv="{count} fråga", en="{count} question"),
            other=Bilingual(sv="{count} frågor", en="{count} questions"),
        ),
        "note.h": Bilingual(sv="Obs", en="Note"),
    }
)
LETTERS = "ABCDEFGH"


def _t(key: str, kit: MeetingKit, /, **values: object) -> str:
    return TEXTS.text(key, kit.lang, **values)


def build_kit_pdf(kit: MeetingKit) -> bytes:
    """The kit as a PDF (same kit, same bytes)."""
    lang = kit.lang
    story = Story(lang)
    title = story.paragraph(_t("title", kit, tool=kit.tool), style="title")
    title.outline_level = 0  # type: ignore[attr-defined]
    story.add(title)
    story.para(_t("subtitle", kit), style="subtitle")
    story.spacer(8)
    story.para(_t("intro", kit))
    if kit.note:
        story.status_box("amber", _t("note.h", kit), [kit.note])
    story.subheading(_t("agenda.h", kit), keep=30, style="h3")
    total = sum(minutes for _, minutes in kit.agenda)
    story.table(
        [_t("col.part", kit), _t("col.minutes", kit)],
        [
            *([f"{i}. {part}", format_int(m, lang)] for i, (part, m) in enumerate(kit.agenda, 1)),
            [_t("total", kit), format_int(total, lang)],
        ],
        widths=(0.8, 0.2),
        numeric=(1,),
    )
    story.subheading(_t("figures.h", kit), keep=40)
    story.para(_t("figures.lead", kit), style="small")
    story.bullets(kit.key_figures)
    story.subheading(_t("case.h", kit), keep=40)
    for paragraph in kit.case:
        story.para(paragraph)
    story.subheading(_t("reflection.h", kit), keep=40)
    story.para(_t("reflection.lead", kit), style="small")
    story.bullets(kit.reflection, numbered=True)
    story.subheading(_t("quiz.h", kit), keep=50)
    story.para(_t("quiz.lead", kit), style="small")
    for number, question in enumerate(kit.quiz, start=1):
        story.block(
            f"{number}. {question.text}",
            [f"{LETTERS[i]}. {option}" for i, option in enumerate(question.options)],
        )
    story.add(PageBreak())
    heading = story.paragraph(_t("answers.h", kit), style="h1")
    heading.outline_level = 0  # type: ignore[attr-defined]
    story.add(heading)
    for number, question in enumerate(kit.quiz, start=1):
        right = _t(
            "answer",
            kit,
            letter=LETTERS[question.correct],
            option=question.options[question.correct],
        )
        story.block(f"{number}. {question.text}", [right, _t("why", kit, why=question.why)])
    story.add(PageBreak())  # a page of its own: it goes round the table
    attendance = story.paragraph(_t("attendance.h", kit), style="h1")
    attendance.outline_level = 0  # type: ignore[attr-defined]
    story.add(attendance)
    story.para(_t("attendance.lead", kit, activity=kit.activity))
    story.para(kit.record_command, style="small")
    story.para(_t("meta", kit))
    rows = [[a.name, a.roles, "☐", ""] for a in kit.attendees]
    rows += [["", "", "☐", ""] for _ in range(BLANK_ROWS)]
    table = story.table(
        [_t(k, kit) for k in ("col.name", "col.roles", "col.present", "col.sign")],
        rows,
        widths=(0.3, 0.28, 0.12, 0.3),
    )
    # Room to write a name and sign by hand.
    table.setStyle(
        TableStyle([("TOPPADDING", (0, 1), (-1, -1), 7), ("BOTTOMPADDING", (0, 1), (-1, -1), 7)])
    )
    frame = Frame(
        tool_name=kit.tool,
        report_date=kit.date.isoformat() if kit.date else "",
        confidentiality=_t("frame", kit),
        lang=lang,
    )
    return render(
        story,
        frame=frame,
        title=_t("title", kit, tool=kit.tool),
        author=kit.tool,
        subject=_t("subject", kit),
        creation=kit.date,
    )

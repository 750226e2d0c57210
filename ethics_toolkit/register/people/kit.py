"""The workplace-meeting kit of a tool as data (issue 23): what ``report/learning_kit.py`` lays out.

A 20-30 minute session at an ordinary workplace meeting (APT), built on the tool's own audit: the
key figures in plain language, a case from the tool's own findings (a low-ranked applicant of the
group the audit points to, and an explanation request when the team has had one), reflection
questions for collegial dialogue, a short quiz with the answers for the facilitator (the
self-check questions on the audit's figures), and an attendance list of the people around the
tool, whose entries are recorded afterwards (app or ``learning record``).
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict

from ethics_toolkit.i18n import Lang, format_int
from ethics_toolkit.register.domain import labels
from ethics_toolkit.register.domain.audit_runs import AuditRun
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.register.people import facts
from ethics_toolkit.register.people.figures import AuditFigures, audit_figures
from ethics_toolkit.register.people.kit_texts import TEXTS
from ethics_toolkit.register.people.lessons import Question, lesson

QUIZ_QUESTIONS = 4
AGENDA = (("figures", 5), ("case", 10), ("reflection", 10), ("quiz", 5))
"""The meeting's parts and their minutes (30 in all; the kit says 20-30)."""
BLANK_ROWS = 8


class Attendee(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    roles: str


class MeetingKit(BaseModel):
    """Everything the kit's PDF says, in one language."""

    model_config = ConfigDict(frozen=True)

    lang: Lang
    tool: str
    date: date | None
    run_id: int | None
    agenda: list[tuple[str, int]]
    key_figures: list[str]
    case: list[str]
    reflection: list[str]
    quiz: list[Question]
    attendees: list[Attendee]
    activity: str
    record_command: str
    note: str | None = None


def _key_figures(record: ToolRecord, figures: AuditFigures | None, lang: Lang) -> list[str]:
    if figures is None:
        return [facts.audit_sentence(None, record.tool.name, lang)]
    found = [facts.audit_sentence(figures, record.tool.name, lang)]
    if figures.headline is not None:
        found.append(facts.headline(figures, lang))
    if figures.above_line is not None:
        group = figures.above_line
        found.append(
            f"{facts.compare(group, figures, lang)} "
            + TEXTS.text("above_line", lang, p=facts.p_value(group.p_value, lang))
        )
    if figures.uncertain is not None:
        group = figures.uncertain
        found.append(
            f"{facts.compare(group, figures, lang)} "
            + TEXTS.text(
                "uncertain", lang, p=facts.p_value(group.p_value, lang), n=format_int(group.n, lang)
            )
        )
    found.append(facts.oversight_sentence(figures, lang))
    return found


def _case(record: ToolRecord, figures: AuditFigures | None, lang: Lang) -> list[str]:
    answered = [r for r in record.requests if r.answered_on is not None]
    if figures is None or figures.headline is None:
        paragraphs = [TEXTS.text("case.generic", lang, tool=record.tool.name)]
    else:
        group = figures.headline
        paragraphs = [
            TEXTS.text(
                "case.applicant",
                lang,
                tool=record.tool.name,
                name=group.name(figures.spec),
                rate=facts.percent(group.rate, lang),
                ref_rate=facts.percent(group.ref_rate, lang),
                ref=group.ref_who(figures.spec, lang),
                ratio=facts.ratio(group.ratio, lang),
            )
        ]
    if answered:
        first = min(answered, key=lambda r: r.received)
        paragraphs.append(
            TEXTS.text(
                "case.request",
                lang,
                received=first.received.isoformat(),
                answered=first.answered_on.isoformat() if first.answered_on else "–",
                count=len(record.requests),
            )
        )
    else:
        paragraphs.append(TEXTS.text("case.ask", lang))
    paragraphs.append(TEXTS.text("case.discuss", lang))
    return paragraphs


def _reflection(record: ToolRecord, figures: AuditFigures | None, lang: Lang) -> list[str]:
    tool = record.tool.name
    questions = []
    if figures is not None and figures.headline is not None:
        questions.append(
            TEXTS.text("reflect.where", lang, name=figures.headline.name(figures.spec))
        )
    if figures is not None and figures.agreement is not None:
        share = facts.percent(figures.agreement, lang)
        questions.append(TEXTS.text("reflect.follow_measured", lang, share=share))
    else:
        questions.append(TEXTS.text("reflect.follow", lang, tool=tool))
    questions.append(TEXTS.text("reflect.explain", lang))
    if figures is not None and figures.uncertain is not None:
        questions.append(
            TEXTS.text("reflect.little_data", lang, name=figures.uncertain.name(figures.spec))
        )
    questions.append(TEXTS.text("reflect.support", lang))
    return questions[:5]


def _quiz(record: ToolRecord, run: AuditRun | None, lang: Lang) -> list[Question]:
    """The self-check questions on the audit's own figures, the figures lesson first."""
    order = ("figures", "bias", "explaining", "override", "tool", "ranking", "gdpr")
    found = [
        q
        for lesson_id in order
        for q in lesson(record, run, lesson_id, lang).questions
        if q.figures or run is None
    ]
    return found[:QUIZ_QUESTIONS]


def meeting_kit(
    record: ToolRecord, run: AuditRun | None, lang: Lang, *, day: date | None = None
) -> MeetingKit:
    """The kit of ``record``'s tool, built on ``run`` (its latest audit); ``day``: the date the
    kit states (default: the audit's, so the same register gives the same kit)."""
    figures = audit_figures(run)
    tool = record.tool.name
    activity = TEXTS.text("activity", lang, tool=tool)
    return MeetingKit(
        lang=lang,
        tool=tool,
        date=day or (figures.audited_on if figures else None),
        run_id=run.id if run else None,
        agenda=[(TEXTS.text(f"agenda.{part}", lang), minutes) for part, minutes in AGENDA],
        key_figures=_key_figures(record, figures, lang),
        case=_case(record, figures, lang),
        reflection=_reflection(record, figures, lang),
        quiz=_quiz(record, run, lang),
        attendees=[
            Attendee(name=p.name, roles=", ".join(labels.label(r, lang).lower() for r in p.roles))
            for p in record.people
        ],
        activity=activity,
        record_command=TEXTS.text("record_command", lang, tool=tool, activity=activity),
        note=TEXTS.text("no_audit", lang) if figures is None else None,
    )

# ruff: noqa: E501  (a text catalogue: long sentences read better unbroken)
"""The manager's one-page briefing on a tool (issue 23): the decisions only management can take,
the time and resources the team needs for oversight and learning, and what the law requires.

Built from the register alone: the traffic light (``register/status``), the competence around the
tool (``register/domain/competence.py``), the monitoring plan and the lessons' lengths; judged on
``as_of`` (the CLI passes today).
"""

from __future__ import annotations

from datetime import date

from ethics_toolkit.i18n import Lang, format_int, format_number
from ethics_toolkit.i18n.text import Bilingual, Catalogue
from ethics_toolkit.register.domain import labels
from ethics_toolkit.register.domain.competence import OversightFinding, competence_summary
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.register.law.ai_act import placeholders
from ethics_toolkit.register.people.lessons import LESSON_IDS, MINUTES
from ethics_toolkit.register.status.traffic_light import tool_status
from ethics_toolkit.report.document import Frame, render
from ethics_toolkit.report.story import Story

MAX_DECISIONS = 3
"""Decisions of the traffic light listed besides the one on oversight (one page)."""

TEXTS = Catalogue(
    {
        "title": Bilingual(sv="Chefsbrief om {tool}", en="Manager's briefing on {tool}"),
        "subtitle": Bilingual(
            sv="Tillsyn och lärande: det bara ledningen kan besluta · {date}",
            en="Oversight and learning: what only management can decide · {date}",
        ),
        "status": Bilingual(sv="Läget: {label}. {reason}", en="Status: {label}. {reason}"),
        "decisions.h": Bilingual(
            sv="Beslut som bara ledningen kan fatta", en="Decisions only management can take"
        ),
        "confirm": Bilingual(
            sv="Bekräfta att tillsynspersonerna ({names}) har befogenhet att gå emot verktyget och att pausa användningen när något är fel (AI-förordningen art. 26.2 och 26.5).",
            en="Confirm that the overseers ({names}) have the authority to overrule the tool and to suspend its use when something is wrong (AI Act Art. 26(2) and 26(5)).",
        ),
        "time_decision": Bilingual(
            sv="Avsätt arbetstid för lärandet och tillsynen nedan, och följ upp att den används.",
            en="Set aside working time for the learning and oversight below, and check that it is used.",
        ),
        "resources.h": Bilingual(
            sv="Tid och resurser teamet behöver", en="Time and resources the team needs"
        ),
        "lessons": Bilingual(
            sv="Lektionerna: {count} korta lektioner med självtest byggda på verktygets egen granskning, {minutes} minuter per person – för de {people} personerna kring verktyget omkring {hours} timmar, en gång om året.",
            en="The lessons: {count} short lessons with a self-check built on the tool's own audit, {minutes} minutes per person – for the {people} people around the tool about {hours} hours, once a year.",
        ),
        "lessons_nobody": Bilingual(
            sv="Lektionerna: {count} korta lektioner med självtest byggda på verktygets egen granskning, {minutes} minuter per person och år; ingen person är registrerad kring verktyget än.",
            en="The lessons: {count} short lessons with a self-check built on the tool's own audit, {minutes} minutes per person and year; nobody is registered around the tool yet.",
        ),
        "meeting": Bilingual(
            sv="En arbetsplatsträff på 20–30 minuter om verktyget {how_often}, med underlaget från ethics-toolkit (learning kit).",
            en="A 20–30 minute workplace meeting on the tool {how_often}, with the kit from ethics-toolkit (learning kit).",
        ),
        "twice": Bilingual(sv="minst två gånger om året", en="at least twice a year"),
        "plan_often": Bilingual(
            sv="i takt med uppföljningsplanen ({frequency})",
            en="in step with the monitoring plan ({frequency})",
        ),
        "oversight_time": Bilingual(
            sv="Tid för tillsynen: att läsa lågt rankade ansökningar, skriva varför man går emot verktyget och bedöma larm från uppföljningen.",
            en="Time for oversight: reading low-ranked applications, writing down why the tool was overruled and assessing alerts from monitoring.",
        ),
        "refreshers": Bilingual(
            sv="Repetitioner: {overdue} försenade och {upcoming} som förfaller inom 30 dagar.",
            en="Refreshers: {overdue} overdue and {upcoming} due within 30 days.",
        ),
        "law.h": Bilingual(sv="Vad lagen kräver av er", en="What the law requires of you"),
        "law.art4": Bilingual(
            sv="AI-kunnighet (AI-förordningen art. 4, sedan {prohibitions_date}): se till att alla som använder verktyget förstår tillräckligt om det för att använda det rätt.",
            en="AI literacy (AI Act Art. 4, since {prohibitions_date}): make sure everyone who uses the tool understands enough of it to use it well.",
        ),
        "law.art26": Bilingual(
            sv="Mänsklig tillsyn (art. 26.2): ge tillsynen till personer med nödvändig kompetens, utbildning och befogenhet, och stöd dem. Gäller högrisksystem från {annex_iii_date} enligt art. 113, eller från {omnibus_annex_iii_date} om Digital Omnibus publiceras.",
            en="Human oversight (Art. 26(2)): give oversight to people with the necessary competence, training and authority, and support them. Applies to high-risk systems from {annex_iii_date} under Art. 113, or from {omnibus_annex_iii_date} if the Digital Omnibus is published.",
        ),
        "law.dl": Bilingual(
            sv="Aktiva åtgärder (diskrimineringslagen 3 kap.): undersök, analysera, åtgärda och följ upp risker för diskriminering i rekrytering och befordran; utbildning är en åtgärd att dokumentera, skriftligt varje år med 25 eller fler anställda.",
            en="Active measures (Discrimination Act ch. 3): investigate, analyse, act on and follow up risks of discrimination in recruitment and promotion; training is a measure to document, in writing every year with 25 or more employees.",
        ),
        "law.employer": Bilingual(
            sv="Ansvaret för besluten är arbetsgivarens, också när verktyget föreslår dem; den sökande har rätt till förklaring och mänsklig prövning (GDPR art. 15 och 22, AI-förordningen art. 86).",
            en="Responsibility for the decisions is the employer's, also when the tool proposes them; applicants have a right to an explanation and human review (GDPR Art. 15 and 22, AI Act Art. 86).",
        ),
        "state.h": Bilingual(sv="Kompetensen i dag", en="Competence today"),
        "state.overseers": Bilingual(
            sv="Tillsynspersoner (aktuell utbildning)", en="Overseers (current training)"
        ),
        "state.operators": Bilingual(
            sv="Användare med aktuell utbildning", en="Operators with current training"
        ),
        "state.finding": Bilingual(sv="Art. 26.2", en="Art. 26(2)"),
        "of": Bilingual(sv="{some} av {all}", en="{some} of {all}"),
        "trained_mark": Bilingual(sv=" (utbildad)", en=" (trained)"),
        "untrained_mark": Bilingual(sv=" (ej aktuell)", en=" (not current)"),
        "none": Bilingual(sv="inga namngivna", en="none named"),
        "frame": Bilingual(sv="Internt: till ledningen", en="Internal: for management"),
        "subject": Bilingual(
            sv="Chefsbrief om tillsyn och lärande",
            en="Manager's briefing on oversight and learning",
        ),
    }
)


def _t(key: str, lang: Lang, /, **values: object) -> str:
    return TEXTS.text(key, lang, **values)


def _decisions(record: ToolRecord, lang: Lang, as_of: date, finding: OversightFinding) -> list[str]:
    """The oversight decision first, then the traffic light's other decisions, then time."""
    oversight = finding.decision(lang)
    first = oversight or _t("confirm", lang, names=", ".join(finding.trained) or "–")
    others = [d for d in tool_status(record, lang, report_date=as_of).decisions if d != oversight]
    return [first, *others[:MAX_DECISIONS], _t("time_decision", lang)]


def build_briefing_pdf(record: ToolRecord, lang: Lang, *, as_of: date) -> bytes:
    """The one-page briefing on ``record``'s tool as things stand on ``as_of``."""
    tool = record.tool
    summary = competence_summary(
        tool, record.classification, record.people, record.competence, as_of=as_of
    )
    status = tool_status(record, lang, report_date=as_of)
    story = Story(lang)
    title = story.paragraph(_t("title", lang, tool=tool.name), style="title")
    title.outline_level = 0  # type: ignore[attr-defined]
    story.add(title)
    story.para(_t("subtitle", lang, date=as_of.isoformat()), style="subtitle")
    story.spacer(4)
    story.para(_t("status", lang, label=status.status_label, reason=status.reason))

    story.subheading(_t("decisions.h", lang), keep=20, bookmark=False)
    story.bullets(
        _decisions(record, lang, as_of, summary.finding), numbered=True, style="bullet_small"
    )

    story.subheading(_t("resources.h", lang), keep=20, bookmark=False)
    minutes = sum(MINUTES.values())
    people = len(summary.people)
    plan = record.plan
    how_often = (
        _t("plan_often", lang, frequency=labels.label(plan.frequency, lang).lower())
        if plan is not None
        else _t("twice", lang)
    )
    story.bullets(
        [
            _t(
                "lessons" if people else "lessons_nobody",
                lang,
                count=len(LESSON_IDS),
                minutes=minutes,
                people=format_int(people, lang),
                hours=format_number(people * minutes / 60, lang, 1),
            ),
            _t("meeting", lang, how_often=how_often),
            _t("oversight_time", lang),
            _t(
                "refreshers",
                lang,
                overdue=format_int(len(summary.overdue), lang),
                upcoming=format_int(len(summary.upcoming), lang),
            ),
        ],
        style="bullet_small",
    )

    story.subheading(_t("law.h", lang), keep=20, bookmark=False)
    dates = placeholders(lang)
    story.bullets(
        [_t(key, lang, **dates) for key in ("law.art4", "law.art26", "law.dl", "law.employer")],
        style="bullet_small",
    )

    story.subheading(_t("state.h", lang), keep=20, bookmark=False)
    trained = set(summary.trained_overseers)
    overseers = ", ".join(
        name + _t("trained_mark" if name in trained else "untrained_mark", lang)
        for name in summary.overseers
    )
    story.facts(
        [
            (_t("state.overseers", lang), overseers or _t("none", lang)),
            (
                _t("state.operators", lang),
                _t("of", lang, some=len(summary.trained_operators), all=len(summary.operators)),
            ),
            (_t("state.finding", lang), summary.finding.message(lang)),
        ]
    )
    story.flow.pop()  # the space after the table: it would start a blank second page
    frame = Frame(
        tool_name=tool.name,
        report_date=as_of.isoformat(),
        confidentiality=_t("frame", lang),
        lang=lang,
    )
    return render(
        story,
        frame=frame,
        title=_t("title", lang, tool=tool.name),
        author=tool.system_owner or tool.name,
        subject=_t("subject", lang),
        creation=as_of,
    )

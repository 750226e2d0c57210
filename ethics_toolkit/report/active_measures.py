# ruff: noqa: E501  (a text catalogue: long sentences read better unbroken)
"""The yearly active-measures documentation as PDF (issue 15; Discrimination Act ch. 3).

Laid out from :class:`~ethics_toolkit.register.duties.active_measures.ActiveMeasures` with the report's
story helpers: the tools covered, then the four steps (investigate, analyse, act, follow up).
"""

from __future__ import annotations

from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak

from ethics_toolkit.i18n import Lang, format_int
from ethics_toolkit.i18n.text import Bilingual, Catalogue
from ethics_toolkit.register.duties.active_measures import ActiveMeasures, MeasureLine
from ethics_toolkit.report.document import Frame, render
from ethics_toolkit.report.sections.competence import active_measures_lines
from ethics_toolkit.report.story import Story

TEXTS = Catalogue(
    {
        "title": Bilingual(
            sv="Aktiva åtgärder mot diskriminering {year}",
            en="Active measures against discrimination {year}",
        ),
        "subtitle": Bilingual(
            sv="AI-verktyg i HR: årlig dokumentation enligt diskrimineringslagen 3 kap.",
            en="AI tools in HR: yearly documentation under the Discrimination Act, ch. 3",
        ),
        "intro": Bilingual(
            sv="Arbetsgivaren arbetar med aktiva åtgärder i fyra steg: undersöka risker för diskriminering, analysera orsakerna, vidta åtgärder och följa upp. Arbetet omfattar alla sju diskrimineringsgrunder och görs i samverkan med arbetstagarnas företrädare. Den här dokumentationen gäller området rekrytering och befordran så långt det rör de AI-verktyg som finns i registret; den bygger bara på registrets uppgifter.",
            en="The employer works with active measures in four steps: investigate risks of discrimination, analyse their causes, take measures and follow up. The work covers all seven grounds of discrimination and is done in cooperation with the workers' representatives. This documentation covers recruitment and promotion as far as the AI tools in the register are concerned; it rests only on the register's facts.",
        ),
        "duty": Bilingual(
            sv="Med {employees} anställda (25 eller fler) ska arbetet dokumenteras skriftligt varje år (diskrimineringslagen 3 kap. 13 §).",
            en="With {employees} employees (25 or more) the work is documented in writing every year (Discrimination Act ch. 3 § 13).",
        ),
        "no_duty": Bilingual(
            sv="Enligt registret har arbetsgivaren färre än 25 anställda, så den skriftliga dokumentationen krävs inte (3 kap. 13 §); arbetet med aktiva åtgärder krävs ändå.",
            en="According to the register the employer has fewer than 25 employees, so written documentation is not required (ch. 3 § 13); the work on active measures is required all the same.",
        ),
        "tools.h": Bilingual(sv="Verktyg som omfattas", en="Tools covered"),
        "no_tools": Bilingual(
            sv="Registret har inga verktyg som användes {year}.",
            en="The register has no tools in use in {year}.",
        ),
        "col.tool": Bilingual(sv="Verktyg", en="Tool"),
        "col.process": Bilingual(sv="HR-process", en="HR process"),
        "col.status": Bilingual(sv="Status", en="Status"),
        "col.class": Bilingual(sv="Klass (AI-förordningen)", en="Class (AI Act)"),
        "step1.h": Bilingual(sv="1. Undersöka", en="1. Investigate"),
        "step1.intro": Bilingual(
            sv="Vad som undersöktes: biasgranskningar av verktygens beslut (vilka grupper som jämfördes) och vilka diskrimineringsgrunder riskregistret tar upp.",
            en="What was examined: bias audits of the tools' decisions (which groups were compared) and which grounds of discrimination the risk register covers.",
        ),
        "col.date": Bilingual(sv="Datum", en="Date"),
        "col.file": Bilingual(sv="Underlag", en="Data"),
        "col.rows": Bilingual(sv="Beslut", en="Decisions"),
        "col.compared": Bilingual(sv="Jämfört efter", en="Compared by"),
        "no_audits": Bilingual(
            sv="Ingen biasgranskning sparades {year}.", en="No bias audit was saved in {year}."
        ),
        "grounds.h": Bilingual(
            sv="Diskrimineringsgrunder: granskade och i riskregistret",
            en="Grounds of discrimination: audited and in the risk register",
        ),
        "col.ground": Bilingual(sv="Grund", en="Ground"),
        "col.audited": Bilingual(sv="Granskad i biasgranskning", en="Examined in a bias audit"),
        "col.named_by": Bilingual(sv="Risker finns för", en="Risks recorded for"),
        "none": Bilingual(sv="–", en="–"),
        "none_yet": Bilingual(sv="– (inte undersökt)", en="– (not examined)"),
        "grounds.note": Bilingual(
            sv="En grund som varken har granskats eller har risker är inte nödvändigtvis fri från risk: den har inte undersökts för AI-verktygen.",
            en="A ground neither audited nor named by a risk is not necessarily free of risk: it has not been examined for the AI tools.",
        ),
        "step2.h": Bilingual(sv="2. Analysera", en="2. Analyse"),
        "step2.findings": Bilingual(sv="Vad granskningarna visade", en="What the audits found"),
        "step2.trends": Bilingual(sv="Utveckling över tid", en="Change over time"),
        "step2.risks": Bilingual(
            sv="Risker för diskriminering och deras orsaker",
            en="Risks of discrimination and their causes",
        ),
        "no_risks": Bilingual(
            sv="Registret har inga risker för diskriminering.",
            en="The register records no risks of discrimination.",
        ),
        "risk.meta": Bilingual(
            sv="{tool} · grunder: {grounds} · nivå {level} · {status}",
            en="{tool} · grounds: {grounds} · level {level} · {status}",
        ),
        "no_grounds": Bilingual(sv="ingen angiven", en="none named"),
        "step2.tasks": Bilingual(
            sv="Larm från uppföljningen (AI-förordningen art. 26.5)",
            en="Alerts from monitoring (AI Act Art. 26(5))",
        ),
        "task.line": Bilingual(
            sv="{tool}, {opened}: {reason} Ansvarig {owner}, senast {due}. {state}",
            en="{tool}, {opened}: {reason} Owner {owner}, due {due}. {state}",
        ),
        "task.done": Bilingual(sv="Bedömt {on}: {outcome}", en="Assessed {on}: {outcome}"),
        "task.open": Bilingual(sv="Ännu inte bedömt.", en="Not yet assessed."),
        "step3.h": Bilingual(sv="3. Åtgärda", en="3. Act"),
        "step3.intro": Bilingual(
            sv="Åtgärder mot riskerna ovan, med ansvarig och datum: de som skulle vara klara {year}, blev klara {year} eller fortfarande pågår. Läget den {as_of}.",
            en="Measures against the risks above, with owner and date: those due in {year}, done in {year} or still in progress. As of {as_of}.",
        ),
        "col.measure": Bilingual(sv="Åtgärd", en="Measure"),
        "col.risk": Bilingual(sv="Risk", en="Risk"),
        "col.owner": Bilingual(sv="Ansvarig", en="Owner"),
        "col.due": Bilingual(sv="Klart senast", en="Due"),
        "col.state": Bilingual(sv="Läge", en="State"),
        "state.done_on": Bilingual(sv="Klar {on}", en="Done {on}"),
        "state.done": Bilingual(sv="Klar", en="Done"),
        "state.late": Bilingual(sv="Försenad", en="Overdue"),
        "state.open": Bilingual(sv="Pågår", en="In progress"),
        "no_measures": Bilingual(
            sv="Inga åtgärder är registrerade för {year}.",
            en="No measures are recorded for {year}.",
        ),
        "step4.h": Bilingual(sv="4. Följa upp", en="4. Follow up"),
        "step4.last_year": Bilingual(
            sv="Uppföljning av förra årets åtgärder ({year})",
            en="Follow-up of last year's measures ({year})",
        ),
        "no_last_year": Bilingual(
            sv="Registret har inga åtgärder som skulle vara klara {year}.",
            en="The register has no measures that were due in {year}.",
        ),
        "requests": Bilingual(
            sv="Förklaringsbegäranden {year}: {received} mottagna, {in_time} besvarade inom en månad, {late} sent eller ännu obesvarade efter sista dag.",
            en="Explanation requests in {year}: {received} received, {in_time} answered within one month, {late} answered late or unanswered past the due date.",
        ),
        "signature.h": Bilingual(sv="Upprättad", en="Prepared"),
        "sig.by": Bilingual(sv="Upprättad av", en="Prepared by"),
        "sig.with": Bilingual(
            sv="I samverkan med (arbetstagarnas företrädare)",
            en="In cooperation with (workers' representatives)",
        ),
        "sig.date": Bilingual(sv="Datum", en="Date"),
        "frame": Bilingual(sv="Aktiva åtgärder {year}", en="Active measures {year}"),
        "confidential": Bilingual(sv="Intern dokumentation", en="Internal documentation"),
    }
)


def _t(key: str, lang: Lang, /, **values: object) -> str:
    return TEXTS.text(key, lang, **values)


def _heading(story: Story, title: str) -> None:
    story.add(CondPageBreak(60 * mm))
    heading = story.paragraph(title, style="h1")
    heading.outline_level = 0  # type: ignore[attr-defined]
    story.add(heading)


def _state(measure: MeasureLine, as_of: date, lang: Lang) -> str:
    if measure.done:
        return (
            _t("state.done_on", lang, on=measure.done_on)
            if measure.done_on
            else _t("state.done", lang)
        )
    if measure.due is not None and measure.due < as_of:
        return _t("state.late", lang)
    return _t("state.open", lang)


def _measures(story: Story, measures: list[MeasureLine], as_of: date) -> None:
    lang = story.lang
    story.table(
        [_t(k, lang) for k in ("col.measure", "col.risk", "col.owner", "col.due", "col.state")],
        [
            [
                m.description,
                f"{m.risk} ({m.tool})",
                m.owner or "–",
                m.due.isoformat() if m.due else "–",
                _state(m, as_of, lang),
            ]
            for m in measures
        ],
        widths=(0.30, 0.25, 0.16, 0.14, 0.15),
    )


def build_active_measures_pdf(
    data: ActiveMeasures, *, author: str | None = None, built_at: datetime | None = None
) -> bytes:
    """The documentation of ``data.year`` (same register and build time, same bytes); the PDF's
    author is who prepared it (empty: not stated), its creation date the build's time."""
    lang, year = data.lang, data.year
    story = Story(lang)
    title = story.paragraph(_t("title", lang, year=year), style="title")
    title.outline_level = 0  # type: ignore[attr-defined]
    story.add(title)
    story.para(_t("subtitle", lang), style="subtitle")
    story.spacer(10)
    story.para(_t("intro", lang))
    if data.duty and data.employees:
        story.para(_t("duty", lang, employees=format_int(data.employees, lang)))
    elif data.tools:
        story.para(_t("no_duty", lang))

    story.subheading(_t("tools.h", lang), keep=30)
    if data.tools:
        story.table(
            [_t(k, lang) for k in ("col.tool", "col.process", "col.status", "col.class")],
            [[t.name, t.process, t.status, t.risk_class] for t in data.tools],
            widths=(0.28, 0.30, 0.18, 0.24),
        )
    else:
        story.para(_t("no_tools", lang, year=year))

    _heading(story, _t("step1.h", lang))
    story.para(_t("step1.intro", lang))
    if data.audits:
        story.table(
            [_t(k, lang) for k in ("col.tool", "col.date", "col.file", "col.rows", "col.compared")],
            [
                [a.tool, a.day.isoformat(), a.file or "–", format_int(a.rows, lang), a.compared]
                for a in data.audits
            ],
            widths=(0.2, 0.13, 0.32, 0.12, 0.23),
            numeric=(3,),
        )
    else:
        story.para(_t("no_audits", lang, year=year))
    story.subheading(_t("grounds.h", lang), keep=40, style="h3")
    story.table(
        [_t("col.ground", lang), _t("col.audited", lang), _t("col.named_by", lang)],
        [
            [
                g.ground,
                "; ".join(g.audited) or _t("none" if g.examined else "none_yet", lang),
                ", ".join(g.tools) or _t("none" if g.examined else "none_yet", lang),
            ]
            for g in data.grounds
        ],
        widths=(0.34, 0.36, 0.30),
    )
    story.para(_t("grounds.note", lang), style="small")

    _heading(story, _t("step2.h", lang))
    if data.audits:
        story.subheading(_t("step2.findings", lang), style="h3", bookmark=False)
        for audit in data.audits:
            story.block(f"{audit.tool}, {audit.day.isoformat()}", audit.findings)
    if data.trends:
        story.subheading(_t("step2.trends", lang), style="h3", bookmark=False)
        story.bullets(data.trends, style="bullet_small")
    story.subheading(_t("step2.risks", lang), style="h3", bookmark=False)
    if data.risks:
        for risk in data.risks:
            meta = _t(
                "risk.meta",
                lang,
                tool=risk.tool,
                grounds=", ".join(risk.grounds).lower() or _t("no_grounds", lang),
                level=risk.level.lower(),
                status=risk.status.lower(),
            )
            story.block(risk.title, [meta, *([risk.description] if risk.description else [])])
    else:
        story.para(_t("no_risks", lang))
    if data.tasks:
        story.subheading(_t("step2.tasks", lang), style="h3", bookmark=False)
        story.bullets(
            [
                _t(
                    "task.line",
                    lang,
                    tool=task.tool,
                    opened=task.opened.isoformat(),
                    reason=task.reason,
                    owner=task.owner or "–",
                    due=task.due.isoformat(),
                    state=_t("task.done", lang, on=task.done_on, outcome=task.outcome)
                    if task.done_on
                    else _t("task.open", lang),
                )
                for task in data.tasks
            ],
            style="bullet_small",
        )

    _heading(story, _t("step3.h", lang))
    story.para(_t("step3.intro", lang, year=year, as_of=data.as_of.isoformat()))
    if data.measures:
        _measures(story, data.measures, data.as_of)
    else:
        story.para(_t("no_measures", lang, year=year))
    active_measures_lines(story, data.competence, year)  # issue 23: training is a measure

    _heading(story, _t("step4.h", lang))
    story.subheading(_t("step4.last_year", lang, year=year - 1), style="h3", bookmark=False)
    if data.last_year:
        _measures(story, data.last_year, data.as_of)
    else:
        story.para(_t("no_last_year", lang, year=year - 1))
    story.para(
        _t(
            "requests",
            lang,
            year=year,
            received=format_int(data.requests_received, lang),
            in_time=format_int(data.requests_answered_in_time, lang),
            late=format_int(data.requests_late, lang),
        )
    )
    story.subheading(_t("signature.h", lang), keep=25, style="h3", bookmark=False)
    story.facts([(_t(k, lang), "") for k in ("sig.by", "sig.with", "sig.date")])

    frame = Frame(
        tool_name=_t("frame", lang, year=year),
        report_date=str(year),
        confidentiality=_t("confidential", lang),
        lang=lang,
    )
    return render(
        story,
        frame=frame,
        title=_t("title", lang, year=year),
        author=author or "",
        subject=_t("subtitle", lang),
        creation=built_at,
    )

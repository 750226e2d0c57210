# ruff: noqa: E501  (a text catalogue: long sentences read better unbroken)
"""Competence in the reports (issue 23): overseers named and trained, refreshers due, sessions
held, and the AI Act Art. 26(2) finding. The tool report gives it a section of its own; the
active-measures documentation lists it per tool under step 3 (training is a measure)."""

from __future__ import annotations

from datetime import date

from ethics_toolkit.i18n import format_int
from ethics_toolkit.i18n.text import Bilingual, Catalogue, Plural
from ethics_toolkit.register.domain import labels
from ethics_toolkit.register.domain.competence import (
    CompetenceSummary,
    Refresher,
    competence_summary,
    trained,
)
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.report.story import Story, esc

TEXTS = Catalogue(
    {
        "intro": Bilingual(
            sv="Vilka som använder, övervakar, äger och godkänner verktyget, och vad de har gjort för att förstå det. AI-förordningen kräver AI-kunnighet hos personalen som använder verktyget (art. 4) och mänsklig tillsyn av personer med nödvändig kompetens, utbildning och befogenhet (art. 26.2); utbildning är också en aktiv åtgärd enligt diskrimineringslagen (3 kap.). Läget per {date}.",
            en="Who operates, oversees, owns and approves the tool, and what they have done to understand it. The AI Act requires AI literacy of the staff who use the tool (Art. 4) and human oversight by people with the necessary competence, training and authority (Art. 26(2)); training is also an active measure under the Discrimination Act (ch. 3). As of {date}.",
        ),
        "people.h": Bilingual(sv="Personer kring verktyget", en="People around the tool"),
        "col.name": Bilingual(sv="Namn", en="Name"),
        "col.roles": Bilingual(sv="Roll", en="Role"),
        "col.trained": Bilingual(sv="Aktuell utbildning", en="Current training"),
        "col.records": Bilingual(sv="Kompetensposter", en="Competence records"),
        "yes": Bilingual(sv="Ja", en="Yes"),
        "no": Bilingual(sv="Nej", en="No"),
        "nobody": Bilingual(
            sv="Inga personer är registrerade kring verktyget. Lägg till dem i appen (sidan Människor och lärande) eller med `ethics-toolkit people add`.",
            en="Nobody is registered around the tool. Add people in the app (the People and learning page) or with `ethics-toolkit people add`.",
        ),
        "facts.overseers": Bilingual(sv="Tillsynspersoner, namngivna", en="Overseers named"),
        "facts.trained": Bilingual(
            sv="Tillsynspersoner med aktuell utbildning", en="Overseers with current training"
        ),
        "facts.operators": Bilingual(
            sv="Användare med aktuell utbildning", en="Operators with current training"
        ),
        "facts.sessions": Bilingual(sv="Träffar och pass hållna", en="Sessions held"),
        "facts.lessons": Bilingual(
            sv="Lektioner med självtest genomförda", en="Lessons with self-check completed"
        ),
        "facts.refreshers": Bilingual(sv="Repetitioner försenade", en="Refreshers overdue"),
        "none": Bilingual(sv="inga", en="none"),
        "of": Bilingual(sv="{some} av {all}", en="{some} of {all}"),
        "finding.h": Bilingual(
            sv="Tillsyn enligt AI-förordningen art. 26.2", en="Oversight under AI Act Art. 26(2)"
        ),
        "refreshers.h": Bilingual(
            sv="Repetitioner som är försenade eller snart förfaller",
            en="Refreshers overdue or soon due",
        ),
        "col.person": Bilingual(sv="Person", en="Person"),
        "col.activity": Bilingual(sv="Aktivitet", en="Activity"),
        "col.due": Bilingual(sv="Repetition senast", en="Refresher due"),
        "col.state": Bilingual(sv="Läge", en="State"),
        "late": Plural(
            one=Bilingual(sv="{count} dag sen", en="{count} day late"),
            other=Bilingual(sv="{count} dagar sen", en="{count} days late"),
        ),
        "left": Plural(
            one=Bilingual(sv="om {count} dag", en="in {count} day"),
            other=Bilingual(sv="om {count} dagar", en="in {count} days"),
        ),
        "sessions.h": Bilingual(sv="Träffar och pass", en="Sessions held"),
        "col.date": Bilingual(sv="Datum", en="Date"),
        "col.attendees": Bilingual(sv="Deltagare", en="Attendees"),
        "no_sessions": Bilingual(
            sv="Inga gemensamma träffar är registrerade. Underlaget för en arbetsplatsträff skrivs med `ethics-toolkit learning kit`.",
            en="No sessions held together are recorded. The workplace-meeting kit is written with `ethics-toolkit learning kit`.",
        ),
        # The active-measures documentation.
        "am.h": Bilingual(
            sv="Utbildning och kompetensutveckling", en="Education, training and skills development"
        ),
        "am.intro": Bilingual(
            sv="Utbildning är en aktiv åtgärd (diskrimineringslagen 3 kap., området utbildning och kompetensutveckling) och underlag för AI-kunnighet (AI-förordningen art. 4). Per verktyg, för {year}:",
            en="Training is an active measure (Discrimination Act ch. 3, the area of education, training and skills development) and evidence of AI literacy (AI Act Art. 4). Per tool, for {year}:",
        ),
        "am.line": Bilingual(
            sv="{tool}: {sessions}, {lessons}; tillsynspersoner med aktuell utbildning: {trained}; försenade repetitioner: {overdue}. {finding}",
            en="{tool}: {sessions}, {lessons}; overseers with current training: {trained}; refreshers overdue: {overdue}. {finding}",
        ),
        "am.sessions": Plural(
            one=Bilingual(sv="{count} träff eller pass", en="{count} session"),
            other=Bilingual(sv="{count} träffar eller pass", en="{count} sessions"),
        ),
        "am.lessons": Plural(
            one=Bilingual(sv="{count} genomförd lektion", en="{count} lesson completed"),
            other=Bilingual(sv="{count} genomförda lektioner", en="{count} lessons completed"),
        ),
    }
)


def _t(key: str, story: Story, /, **values: object) -> str:
    return TEXTS.text(key, story.lang, **values)


def _names(names: list[str], story: Story) -> str:
    return ", ".join(names) or _t("none", story)


def refresher_state(refresher: Refresher, story: Story) -> str:
    if refresher.overdue:
        return _t("late", story, count=-refresher.days)
    return _t("left", story, count=refresher.days)


def competence_section(story: Story, record: ToolRecord, *, as_of: date) -> CompetenceSummary:
    """The tool report's section on competence, judged on ``as_of`` (the report date)."""
    lang = story.lang
    summary = competence_summary(
        record.tool, record.classification, record.people, record.competence, as_of=as_of
    )
    story.section("sec.competence")
    story.para(_t("intro", story, date=as_of.isoformat()))
    finding = summary.finding
    if finding.finding:
        story.status_box("amber", _t("finding.h", story), [finding.message(lang)])
    else:
        heading, message = esc(_t("finding.h", story)), esc(finding.message(lang))
        story.para(f"<b>{heading}.</b> {message}", markup=True)  # names are user text
    story.facts(
        [
            (_t("facts.overseers", story), _names(summary.overseers, story)),
            (_t("facts.trained", story), _names(summary.trained_overseers, story)),
            (
                _t("facts.operators", story),
                _t("of", story, some=len(summary.trained_operators), all=len(summary.operators)),
            ),
            (_t("facts.sessions", story), format_int(len(summary.sessions), lang)),
            (_t("facts.lessons", story), format_int(summary.lessons, lang)),
            (_t("facts.refreshers", story), format_int(len(summary.overdue), lang)),
        ]
    )
    story.subheading(_t("people.h", story), keep=30, style="h3")
    if summary.people:
        story.table(
            [_t(k, story) for k in ("col.name", "col.roles", "col.trained", "col.records")],
            [
                [
                    p.name,
                    ", ".join(labels.label(r, lang) for r in p.roles),
                    _t("yes" if trained(p, record.competence, as_of) else "no", story),
                    format_int(sum(c.person_id == p.id for c in record.competence), lang),
                ]
                for p in summary.people
            ],
            widths=(0.3, 0.34, 0.18, 0.18),
            numeric=(3,),
        )
    else:
        story.para(_t("nobody", story))
    due = [*summary.overdue, *summary.upcoming]
    if due:
        story.subheading(_t("refreshers.h", story), keep=30, style="h3")
        story.table(
            [_t(k, story) for k in ("col.person", "col.activity", "col.due", "col.state")],
            [[r.person, r.activity, r.due.isoformat(), refresher_state(r, story)] for r in due],
            widths=(0.22, 0.44, 0.16, 0.18),
            highlight=[i for i, r in enumerate(due) if r.overdue],
        )
    story.subheading(_t("sessions.h", story), keep=30, style="h3")
    if summary.sessions:
        story.table(
            [_t(k, story) for k in ("col.date", "col.activity", "col.attendees")],
            [[s.on.isoformat(), s.activity, ", ".join(s.attendees)] for s in summary.sessions],
            widths=(0.14, 0.46, 0.40),
        )
    else:
        story.para(_t("no_sessions", story))
    return summary


def active_measures_lines(story: Story, summaries: list[CompetenceSummary], year: int) -> None:
    """Step 3 of the active-measures documentation: training per tool in ``year``."""
    if not summaries:
        return
    story.subheading(_t("am.h", story), style="h3", bookmark=False)
    story.para(_t("am.intro", story, year=year))
    story.bullets(
        [
            _t(
                "am.line",
                story,
                tool=s.tool,
                sessions=_t("am.sessions", story, count=len(s.sessions)),
                lessons=_t("am.lessons", story, count=s.lessons),
                trained=_names(s.trained_overseers, story),
                overdue=format_int(len(s.overdue), story.lang),
                finding=s.finding.message(story.lang) if s.finding.finding else "",
            ).strip()
            for s in summaries
        ],
        style="bullet_small",
    )

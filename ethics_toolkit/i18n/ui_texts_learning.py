# ruff: noqa: E501  (a message catalogue: long sentences read better unbroken)
"""The app's texts of the people around a tool and their learning (issue 23), merged into the UI
catalogue."""

from __future__ import annotations

from ethics_toolkit.i18n.text import Bilingual, Plural

LEARNING_TEXTS: dict[str, Bilingual | Plural] = {
    "nav_people": Bilingual(sv="Människor och lärande", en="People and learning"),
    "people_title": Bilingual(sv="Människor och lärande", en="People and learning"),
    "people_intro": Bilingual(
        sv="Vilka som använder, övervakar, äger och godkänner verktyget, och vad de har gjort för att förstå det. Lektionerna bygger på verktygets egen granskning; ett genomfört självtest blir en kompetenspost med datum för repetition.",
        en="Who operates, oversees, owns and approves the tool, and what they have done to understand it. The lessons are built on the tool's own audit; a completed self-check becomes a competence record with its refresher date.",
    ),
    "people_tab_people": Bilingual(sv="Personer", en="People"),
    "people_tab_lessons": Bilingual(sv="Lektioner", en="Lessons"),
    "people_tab_records": Bilingual(sv="Kompetens och träffar", en="Competence and meetings"),
    # -- people --------------------------------------------------------------------------------
    "people_none": Bilingual(
        sv="Inga personer är registrerade kring verktyget än. Lägg till minst en tillsynsperson.",
        en="Nobody is registered around the tool yet. Add at least one overseer.",
    ),
    "people_col_trained": Bilingual(sv="Aktuell utbildning", en="Current training"),
    "people_col_records": Bilingual(sv="Kompetensposter", en="Competence records"),
    "people_yes": Bilingual(sv="Ja", en="Yes"),
    "people_no": Bilingual(sv="Nej", en="No"),
    "people_add": Bilingual(sv="Lägg till en person eller en roll", en="Add a person or a role"),
    "people_add_help": Bilingual(
        sv="Bara namnet och rollen behövs (minsta möjliga personuppgifter). Finns personen redan får hen rollen till.",
        en="Only the name and the role are needed (the minimum of personal data). Someone already listed gains the role.",
    ),
    "people_add_save": Bilingual(sv="Lägg till", en="Add"),
    "people_added": Bilingual(sv="{name} är tillagd.", en="{name} is added."),
    "people_remove": Bilingual(sv="Ta bort en person", en="Remove a person"),
    "people_remove_pick": Bilingual(sv="Person", en="Person"),
    "people_remove_help": Bilingual(
        sv="Personen tas bort med sina kompetensposter; historiken behåller att de fanns.",
        en="The person is removed with their competence records; the history keeps that they existed.",
    ),
    "people_remove_button": Bilingual(sv="Ta bort personen", en="Remove the person"),
    "people_removed": Bilingual(sv="{name} är borttagen.", en="{name} is removed."),
    # -- lessons -------------------------------------------------------------------------------
    "lesson_person": Bilingual(sv="Vem tar lektionen?", en="Who is taking the lesson?"),
    "lesson_pick": Bilingual(sv="Lektion", en="Lesson"),
    "lesson_need_people": Bilingual(
        sv="Lägg till personerna kring verktyget under fliken Personer först: en genomförd lektion blir deras kompetenspost.",
        en="Add the people around the tool on the People tab first: a completed lesson becomes their competence record.",
    ),
    "lesson_minutes": Plural(
        one=Bilingual(
            sv="Cirka {count} minut · självtest på slutet",
            en="About {count} minute · self-check at the end",
        ),
        other=Bilingual(
            sv="Cirka {count} minuter · självtest på slutet",
            en="About {count} minutes · self-check at the end",
        ),
    ),
    "lesson_done_before": Bilingual(
        sv="{person} gjorde lektionen {on}; repetition senast {due}.",
        en="{person} took the lesson on {on}; refresher due {due}.",
    ),
    "selfcheck_title": Bilingual(sv="Självtest", en="Self-check"),
    "selfcheck_own_figures": Bilingual(
        sv="bygger på er egen granskning", en="built on your own audit"
    ),
    "selfcheck_submit": Bilingual(sv="Lämna in självtestet", en="Submit the self-check"),
    "selfcheck_right": Bilingual(sv="Rätt", en="Right"),
    "selfcheck_wrong": Bilingual(
        sv="Inte rätt – rätt svar: {answer}", en="Not right – the right answer: {answer}"
    ),
    "selfcheck_score": Bilingual(
        sv="{correct} av {questions} rätt.", en="{correct} of {questions} right."
    ),
    "selfcheck_saved": Bilingual(
        sv="Registrerat: {person} – ”{activity}” den {on}; repetition senast {due}.",
        en="Recorded: {person} – “{activity}” on {on}; refresher due {due}.",
    ),
    # -- records and meetings --------------------------------------------------------------------
    "records_title": Bilingual(sv="Kompetensposter", en="Competence records"),
    "records_none": Bilingual(sv="Inga kompetensposter än.", en="No competence records yet."),
    "records_col_person": Bilingual(sv="Person", en="Person"),
    "records_col_state": Bilingual(sv="Läge", en="State"),
    "records_current": Bilingual(sv="Aktuell", en="Current"),
    "records_overdue": Bilingual(sv="Repetition försenad", en="Refresher overdue"),
    "records_replaced": Bilingual(sv="Ersatt av en senare", en="Replaced by a later one"),
    "records_no_refresh": Bilingual(sv="Ingen repetition", en="No refresher"),
    "records_add": Bilingual(sv="Registrera en träff eller kurs", en="Record a meeting or course"),
    "records_add_help": Bilingual(
        sv="T.ex. närvaron från arbetsplatsträffens närvarolista: välj alla som deltog.",
        en="E.g. the attendance from the workplace meeting's attendance list: pick everyone who took part.",
    ),
    "records_people": Bilingual(sv="Deltagare", en="Attendees"),
    "records_save": Bilingual(sv="Registrera", en="Record"),
    "records_saved": Plural(
        one=Bilingual(
            sv="{count} kompetenspost registrerad.", en="{count} competence record saved."
        ),
        other=Bilingual(
            sv="{count} kompetensposter registrerade.", en="{count} competence records saved."
        ),
    ),
    "records_pick_someone": Bilingual(
        sv="Välj minst en deltagare.", en="Pick at least one attendee."
    ),
    "documents_title": Bilingual(sv="Underlag", en="Documents"),
    "documents_intro": Bilingual(
        sv="Underlaget för arbetsplatsträffen (20–30 minuter, byggt på verktygets egen granskning) och chefsbriefen på en sida.",
        en="The workplace-meeting kit (20–30 minutes, built on the tool's own audit) and the one-page manager's briefing.",
    ),
    "documents_kit": Bilingual(
        sv="Skapa underlaget för arbetsplatsträffen (PDF)",
        en="Make the workplace-meeting kit (PDF)",
    ),
    "documents_kit_download": Bilingual(sv="Ladda ner underlaget", en="Download the kit"),
    "documents_briefing": Bilingual(
        sv="Skapa chefsbriefen (PDF)", en="Make the manager's briefing (PDF)"
    ),
    "documents_briefing_download": Bilingual(
        sv="Ladda ner chefsbriefen", en="Download the briefing"
    ),
    # -- the Duties page -------------------------------------------------------------------------
    "refreshers_title": Bilingual(sv="Repetitioner och tillsyn", en="Refreshers and oversight"),
    "refreshers_none": Bilingual(sv="Ingen repetition är försenad.", en="No refresher is overdue."),
    "refreshers_line": Bilingual(
        sv="{person}: ”{activity}” – repetition senast {due} ({when})",
        en="{person}: “{activity}” – refresher due {due} ({when})",
    ),
    "refreshers_page": Bilingual(sv="Till Människor och lärande", en="To People and learning"),
}

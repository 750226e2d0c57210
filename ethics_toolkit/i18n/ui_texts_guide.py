# ruff: noqa: E501  (a message catalogue: long sentences read better unbroken)
"""The app's texts for the first hour (issue 16): the guided path, the user's name, Streamlit's own
widget texts in the user's language, and the feedback after every save. Merged into
``ui_texts.TEXTS``."""

from __future__ import annotations

from ethics_toolkit.i18n.text import Bilingual, Plural

GUIDE_TEXTS: dict[str, Bilingual | Plural] = {
    # --- the guided path ---------------------------------------------------------------------------
    "guide_count": Bilingual(sv="{done} av {total} steg klara", en="{done} of {total} steps done"),
    "guide_next": Bilingual(sv="Nästa steg: {step}.", en="Next step: {step}."),
    "guide_done_short": Bilingual(sv="alla steg är klara.", en="every step is done."),
    "guide_here": Bilingual(sv="Det gör du här på sidan.", en="You do it here on this page."),
    "guide_all_done": Bilingual(
        sv="Alla steg är klara för {name}. Ändrar du något behövs en ny signering.",
        en="Every step is done for {name}. A change will need a new sign-off.",
    ),
    "guide_go_profile": Bilingual(sv="Till verktygsprofilen", en="Go to the tool profile"),
    "guide_go_checklists": Bilingual(sv="Till checklistorna", en="Go to the checklists"),
    "guide_go_audit": Bilingual(sv="Till biasgranskningen", en="Go to the bias audit"),
    "guide_go_risks": Bilingual(sv="Till riskerna", en="Go to the risks"),
    "guide_go_report": Bilingual(sv="Till rapporten", en="Go to the report"),
    "guide_go_signoff": Bilingual(sv="Till signeringen", en="Go to the sign-off"),
    # --- who is making changes -----------------------------------------------------------------------
    "name_title": Bilingual(sv="Vad heter du?", en="What is your name?"),
    "name_intro": Bilingual(
        sv="Allt du sparar står i ändringshistoriken under ditt namn. Vi frågar en gång; namnet gäller tills du stänger fliken.",
        en="Everything you save is recorded in the change history under your name. We ask once; it is kept until you close the tab.",
    ),
    "name_placeholder": Bilingual(sv="Förnamn Efternamn", en="First name Last name"),
    "name_save": Bilingual(sv="Fortsätt", en="Continue"),
    "name_saved": Bilingual(sv="Hej {name}!", en="Hello {name}!"),
    "name_missing": Bilingual(
        sv="Skriv ditt namn för att fortsätta.", en="Enter your name to continue."
    ),
    "name_shown": Bilingual(
        sv="Ändringar sparas som: **{name}**", en="Changes are saved as: **{name}**"
    ),
    "name_change": Bilingual(sv="Byt namn", en="Change name"),
    # --- Streamlit's own widget texts ------------------------------------------------------------------
    "upload_button": Bilingual(sv="Välj fil", en="Choose file"),
    "upload_limit": Bilingual(
        sv="eller dra filen hit · högst {mb} MB", en="or drag the file here · at most {mb} MB"
    ),
    "choose_option": Bilingual(sv="Välj ett alternativ", en="Choose an option"),
    "empty_cell": Bilingual(sv="–", en="–"),
    "date_placeholder": Bilingual(sv="ÅÅÅÅ-MM-DD", en="YYYY-MM-DD"),
    "date_help": Bilingual(
        sv="Datum som år-månad-dag, till exempel 2027-03-01. Lämna tomt om det inte är bestämt.",
        en="A date as year-month-day, for example 2027-03-01. Leave empty if not decided.",
    ),
    # --- feedback after saves ----------------------------------------------------------------------------
    "checklist_saved": Plural(
        one=Bilingual(sv="{count} svar sparat.", en="{count} answer saved."),
        other=Bilingual(sv="{count} svar sparade.", en="{count} answers saved."),
    ),
    "checklist_nothing_changed": Bilingual(
        sv="Inget svar ändrades i det här området.", en="No answer changed in this area."
    ),
    "checklist_save_area": Bilingual(
        sv="Spara svaren i området", en="Save the answers in this area"
    ),
    "checklist_area_done_next": Bilingual(
        sv="Området är klart. Nästa område med obesvarade punkter: {area}.",
        en="This area is done. Next area with unanswered items: {area}.",
    ),
    "checklist_guidance": Bilingual(sv="Vägledning", en="Guidance"),
    "proposal_accepted": Bilingual(
        sv="Risken är tillagd i registret.", en="The risk was added to the register."
    ),
    "proposal_dismissed": Bilingual(
        sv="Förslaget är avfärdat; beslutet står i historiken.",
        en="The proposal was dismissed; the decision is in the history.",
    ),
    "audit_saved_toast": Bilingual(
        sv="Granskningen är sparad för {tool}.", en="The audit was saved for {tool}."
    ),
    "demo_seeded": Bilingual(
        sv="Exempelverktyget {name} är inläst.", en="The example tool {name} is loaded."
    ),
    "report_built_toast": Bilingual(
        sv="Rapporten är klar att ladda ned.", en="The report is ready to download."
    ),
    "risks_empty": Bilingual(
        sv="Inga risker är registrerade ännu. Lägg till en nedan, eller acceptera en risk som checklistorna eller biasgranskningen föreslår.",
        en="No risks are registered yet. Add one below, or accept a risk proposed by the checklists or the bias audit.",
    ),
    # --- proposals on the risks page ----------------------------------------------------------------------
    "proposals_title": Plural(
        one=Bilingual(
            sv="{count} förslag att ta ställning till", en="{count} proposal to decide on"
        ),
        other=Bilingual(
            sv="{count} förslag att ta ställning till", en="{count} proposals to decide on"
        ),
    ),
    "proposals_help": Bilingual(
        sv="Checklistsvar som inte är uppfyllda och negativ särbehandlingseffekt i den senaste granskningen föreslår risker. Lägg till dem i registret, eller avfärda dem med ett skäl: skälet sparas i historiken och förslaget kommer inte tillbaka.",
        en="Unmet checklist answers and adverse impact in the latest audit propose risks. Add them to the register, or dismiss them with a reason: the reason is kept in the history and the proposal does not come back.",
    ),
    "proposals_from_item": Bilingual(
        sv="Från checklistan: {question}", en="From the checklist: {question}"
    ),
    "proposals_from_audit": Bilingual(
        sv="Från biasgranskningen {date}", en="From the bias audit of {date}"
    ),
}

# ruff: noqa: E501  (a message catalogue: long sentences read better unbroken)
"""The app's message catalogue, Swedish and English: the short strings only the app shows.

Keys are ``area_what``; values are :class:`Bilingual` with the same ``{placeholders}`` in both
languages (a test checks every key). What the app shares with the report and the CLI lives with the
rest of the product: enum and field labels in ``register/labels.py``, audit tables in
``engine/presentation.py``. Long texts (the Learn page, the beginner explanations) are Markdown files
in ``i18n/prose/<lang>/`` (see :mod:`ethics_toolkit.i18n.prose`).
"""

from __future__ import annotations

from typing import Any

from ethics_toolkit.i18n import Lang
from ethics_toolkit.i18n.text import Bilingual, Catalogue, Plural
from ethics_toolkit.i18n.ui_texts_access import ACCESS_TEXTS
from ethics_toolkit.i18n.ui_texts_document import DOCUMENT_TEXTS
from ethics_toolkit.i18n.ui_texts_duties import DUTIES_TEXTS
from ethics_toolkit.i18n.ui_texts_guide import GUIDE_TEXTS
from ethics_toolkit.i18n.ui_texts_learning import LEARNING_TEXTS
from ethics_toolkit.i18n.ui_texts_paired import PAIRED_TEXTS
from ethics_toolkit.i18n.ui_texts_process import PROCESS_TEXTS
from ethics_toolkit.i18n.ui_texts_recipe import RECIPE_TEXTS

UNKNOWN_KEY = "[{key}]"

_TEXTS: dict[str, Bilingual | Plural] = {
    # --- app frame -------------------------------------------------------------------------------
    "app_title": Bilingual(sv="Etikverktyget för HR", en="HR ethics toolkit"),
    "nav_overview": Bilingual(sv="Översikt", en="Overview"),
    "nav_tool_profile": Bilingual(sv="Verktygsprofil", en="Tool profile"),
    "nav_checklists": Bilingual(sv="Checklistor", en="Checklists"),
    "nav_bias_audit": Bilingual(sv="Biasgranskning", en="Bias audit"),
    "nav_risks": Bilingual(sv="Risker", en="Risks"),
    "nav_report": Bilingual(sv="Rapport", en="Report"),
    "nav_learn": Bilingual(sv="Lär dig mer", en="Learn"),
    "actor_label": Bilingual(sv="Ditt namn", en="Your name"),
    "actor_help": Bilingual(
        sv="Namnet sparas i ändringshistoriken vid allt du ändrar.",
        en="Your name is recorded in the change history for everything you change.",
    ),
    "auth_required": Bilingual(
        sv="Logga in för att använda verktyget. Ditt namn sparas i ändringshistoriken.",
        en="Please sign in to use the toolkit. Your name is recorded in the change history.",
    ),
    "auth_login": Bilingual(sv="Logga in", en="Sign in"),
    "auth_logout": Bilingual(sv="Logga ut", en="Sign out"),
    "auth_signed_in_as": Bilingual(sv="Inloggad som {name}", en="Signed in as {name}"),
    "tool_picker": Bilingual(sv="AI-verktyg", en="AI tool"),
    "validation_error": Bilingual(
        sv="Några uppgifter saknas eller har fel format: {fields}. Rätta dem och spara igen.",
        en="Some values are missing or in the wrong format: {fields}. Correct them and save again.",
    ),
    "yes": Bilingual(sv="ja", en="yes"),
    "no": Bilingual(sv="nej", en="no"),
    "choose_options": Bilingual(sv="Välj", en="Choose"),
    "never": Bilingual(sv="aldrig", en="never"),
    "demo_title": Bilingual(sv="Välkommen! Registret är tomt", en="Welcome! The register is empty"),
    "demo_text": Bilingual(
        sv="Vill du se hur en färdig granskning ser ut? Läs in exempelverktyget **TalentScreen** – ett "
        "påhittat verktyg för CV-granskning med besvarade checklistor, risker och en biasgranskning. "
        "Du kan ta bort det eller lägga till dina egna verktyg när som helst.",
        en="Would you like to see what a finished audit looks like? Load the example tool "
        "**TalentScreen** – a fictional CV-screening tool with answered checklists, risks and a bias "
        "audit. You can add your own tools at any time.",
    ),
    "demo_button": Bilingual(sv="Läs in exempelverktyget", en="Load the example tool"),
    "demo_seeding": Bilingual(sv="Lägger in exempelverktyget …", en="Adding the example tool …"),
    "demo_or_create": Bilingual(
        sv="… eller registrera ditt eget verktyg", en="… or register your own tool"
    ),
    # --- overview --------------------------------------------------------------------------------
    "overview_title": Bilingual(sv="Översikt", en="Overview"),
    "overview_intro": Bilingual(
        sv="Alla AI-verktyg som HR använder, hur de klassas enligt lagen och vad som behöver göras först.",
        en="Every AI tool HR uses, how the law classifies it, and what needs attention first.",
    ),
    "metric_tools": Bilingual(sv="Registrerade verktyg", en="Registered tools"),
    "metric_high_risk": Bilingual(sv="Högrisk eller förbjudna", en="High-risk or prohibited"),
    "metric_open_risks": Bilingual(sv="Ej lösta risker", en="Unresolved risks"),
    "metric_serious_risks": Bilingual(
        sv="Varav höga eller kritiska", en="Of which high or critical"
    ),
    "overview_attention": Bilingual(
        sv="Det här behöver uppmärksamhet först", en="What needs attention first"
    ),
    "overview_register": Bilingual(sv="Alla verktyg", en="All tools"),
    "overview_legend": Bilingual(
        sv="Ej lösta risker (öppna eller under åtgärd) räknas per nivå (kritisk, hög, medel, "
        "låg); accepterade och stängda risker räknas inte.",
        en="Unresolved risks (open or in treatment) are counted by level (critical, high, "
        "medium, low); accepted and closed risks are not counted.",
    ),
    "no_open_risks": Bilingual(sv="inga ej lösta", en="none unresolved"),
    "col_tool": Bilingual(sv="Verktyg", en="Tool"),
    "col_legal_class": Bilingual(sv="Klassning (AI-förordningen)", en="Class (AI Act)"),
    "col_open_risks": Bilingual(sv="Ej lösta risker", en="Unresolved risks"),
    "col_last_audit": Bilingual(sv="Senaste biasgranskning", en="Last bias audit"),
    # --- tool profile ----------------------------------------------------------------------------
    "profile_title": Bilingual(sv="Verktygsprofil", en="Tool profile"),
    "profile_intro": Bilingual(
        sv="Beskriv verktyget så får du veta vad lagen kräver. Fyll i det du vet; du kan komplettera senare.",
        en="Describe the tool and you will see what the law requires. Fill in what you know; you can "
        "complete it later.",
    ),
    "profile_new": Bilingual(sv="Registrera ett nytt verktyg", en="Register a new tool"),
    "profile_save": Bilingual(sv="Spara profilen", en="Save the profile"),
    "profile_saved": Bilingual(
        sv="Profilen för {name} är sparad.", en="The profile of {name} is saved."
    ),
    "profile_need_name": Bilingual(
        sv="Ge verktyget ett namn först.", en="Please give the tool a name first."
    ),
    "profile_classification": Bilingual(
        sv="Vad lagen säger om verktyget", en="What the law says about this tool"
    ),
    "profile_why": Bilingual(sv="Varför?", en="Why?"),
    "field_purpose_help": Bilingual(
        sv="Vad används verktyget till, med egna ord? T.ex. ”sorterar inkomna CV:n till rekryterare”.",
        en="What is the tool used for, in your own words? E.g. “sorts incoming CVs for recruiters”.",
    ),
    "field_decision_role_help": Bilingual(
        sv="Fattar verktyget beslutet självt, eller hjälper det en människa som beslutar?",
        en="Does the tool make the decision itself, or help a person who decides?",
    ),
    "field_data_categories_help": Bilingual(
        sv="Etniskt ursprung, hälsa, religion och sexualliv är känsliga personuppgifter (GDPR art. 9) och kräver ett särskilt lagstöd.",
        en="Ethnic origin, health, religion and sex life are special categories (GDPR Art. 9) and need a specific legal exception.",
    ),
    "field_legal_basis_help": Bilingual(
        sv="Stödet i GDPR art. 6 för behandlingen, t.ex. ”berättigat intresse” eller ”avtal”. "
        "Samtycke fungerar sällan i anställningsförhållanden.",
        en="The GDPR Art. 6 basis for the processing, e.g. “legitimate interest” or “contract”. "
        "Consent rarely works in employment.",
    ),
    "field_emotion_help": Bilingual(
        sv="T.ex. videointervjuer som bedömer entusiasm eller nervositet. Det är förbjudet i arbetslivet "
        "(AI-förordningen art. 5.1 f).",
        en="E.g. video interviews that rate enthusiasm or nervousness. This is prohibited at work "
        "(AI Act Art. 5(1)(f)).",
    ),
    "field_profiling_help": Bilingual(
        sv="T.ex. poängsätter, rangordnar eller förutsäger hur lämplig en person är.",
        en="E.g. scores, ranks or predicts how suitable a person is.",
    ),
    "field_narrow_help": Bilingual(
        sv="T.ex. schemalägger intervjuer utan att påverka vem som väljs (AI-förordningen art. 6.3). "
        "Gäller inte om verktyget profilerar.",
        en="E.g. schedules interviews without influencing who is chosen (AI Act Art. 6(3)). Does not "
        "apply if the tool profiles people.",
    ),
    "flag_high_risk": Bilingual(sv="Högrisksystem (bilaga III)", en="High-risk system (Annex III)"),
    "flag_prohibited": Bilingual(
        sv="Förbjuden användning (art. 5)", en="Prohibited practice (Art. 5)"
    ),
    "flag_fria": Bilingual(
        sv="Konsekvensbedömning för grundläggande rättigheter (art. 27)",
        en="Fundamental rights impact assessment (Art. 27)",
    ),
    "flag_dpia": Bilingual(
        sv="Konsekvensbedömning avseende dataskydd (GDPR art. 35)",
        en="Data protection impact assessment (GDPR Art. 35)",
    ),
    "flag_art22": Bilingual(
        sv="Risk för automatiserat beslut (GDPR art. 22)",
        en="Automated-decision concern (GDPR Art. 22)",
    ),
    "flag_active_measures": Bilingual(
        sv="Dokumentera aktiva åtgärder (DL 3 kap.)", en="Document active measures (DL ch. 3)"
    ),
    "history_title": Plural(
        one=Bilingual(
            sv="Ändringshistorik ({count} händelse)", en="Change history ({count} event)"
        ),
        other=Bilingual(
            sv="Ändringshistorik ({count} händelser)", en="Change history ({count} events)"
        ),
    ),
    "history_when": Bilingual(sv="När (UTC)", en="When (UTC)"),
    "history_who": Bilingual(sv="Vem", en="Who"),
    "history_what": Bilingual(sv="Vad", en="What"),
    "history_fields": Bilingual(sv="Ändrade fält", en="Fields changed"),
    "history_summary": Bilingual(sv="Beskrivning", en="Summary"),
    # --- checklists ------------------------------------------------------------------------------
    "checklists_title": Bilingual(sv="Checklistor", en="Checklists"),
    "checklists_intro": Bilingual(
        sv="Gå igenom ett område i taget. Svara så ärligt du kan – ”vet inte” är också ett svar. "
        "Brister föreslås som risker, som du sedan godkänner eller avfärdar.",
        en="Work through one area at a time. Answer as honestly as you can – “don't know” is an answer "
        "too. Gaps are proposed as risks, which you then accept or dismiss.",
    ),
    "checklist_progress": Bilingual(
        sv="{done} av {total} frågor besvarade", en="{done} of {total} questions answered"
    ),
    "checklist_area": Bilingual(sv="Område", en="Area"),
    "checklist_area_progress": Bilingual(
        sv="{done} av {total} i detta område", en="{done} of {total} in this area"
    ),
    "checklist_references": Bilingual(sv="Källor: {refs}", en="References: {refs}"),
    "checklist_answer": Bilingual(sv="Svar", en="Answer"),
    "checklist_evidence": Bilingual(sv="Underlag och anteckningar", en="Evidence and notes"),
    "checklist_evidence_help": Bilingual(
        sv="Var finns beviset? T.ex. ”DPIA 2026-03, diarienr 12/26” eller vem du frågade.",
        en="Where is the evidence? E.g. “DPIA 2026-03, file no. 12/26” or whom you asked.",
    ),
    "checklist_answered_by": Bilingual(
        sv="Besvarad av {who} den {when}", en="Answered by {who} on {when}"
    ),
    # Issue 21 §2: answers keep when they were given and revised, and may need review.
    "checklist_revised_by": Bilingual(
        sv="Besvarad {given}, ändrad av {who} den {when}",
        en="Answered on {given}, revised by {who} on {when}",
    ),
    "checklist_needs_review": Bilingual(
        sv="**Behöver granskas**, räknas inte som uppfyllt: {reasons} Spara svaret igen när det "
        "stämmer.",
        en="**Needs review**, not counted as met: {reasons} Save the answer again once it holds.",
    ),
    "checklist_review_count": Plural(
        one=Bilingual(
            sv="{count} svar behöver granskas: underlaget hänvisar till något som hände senare "
            "eller säger emot registret. Det är markerat i sitt område.",
            en="{count} answer needs review: its evidence cites a later event or contradicts the "
            "register. It is marked in its area.",
        ),
        other=Bilingual(
            sv="{count} svar behöver granskas: underlaget hänvisar till något som hände senare "
            "eller säger emot registret. De är markerade i sina områden.",
            en="{count} answers need review: their evidence cites a later event or contradicts "
            "the register. They are marked in their areas.",
        ),
    ),
    "checklist_pending": Plural(
        one=Bilingual(
            sv="{count} föreslagen risk väntar på ditt beslut (se frågorna med röd eller orange markering).",
            en="{count} proposed risk is waiting for your decision (see the questions with a red or orange mark).",
        ),
        other=Bilingual(
            sv="{count} föreslagna risker väntar på ditt beslut (se frågorna med röd eller orange markering).",
            en="{count} proposed risks are waiting for your decision (see the questions with a red or orange mark).",
        ),
    ),
    "checklist_proposal": Bilingual(sv="Föreslagen risk:", en="Proposed risk:"),
    "checklist_proposal_scores": Bilingual(
        sv="Sannolikhet {likelihood} · konsekvens {severity}",
        en="Likelihood {likelihood} · severity {severity}",
    ),
    "proposal_accept": Bilingual(sv="Lägg till i riskregistret", en="Add to the risk register"),
    "proposal_dismiss": Bilingual(sv="Avfärda", en="Dismiss"),
    # --- bias audit ------------------------------------------------------------------------------
    "audit_title": Bilingual(sv="Biasgranskning", en="Bias audit"),
    "audit_intro": Bilingual(
        sv="Ladda upp verktygets beslutslogg och se om grupper väljs ut i olika grad. Filen stannar i "
        "minnet under din session och sparas aldrig; bara sammanräknade antal kan sparas i registret.",
        en="Upload the tool's decision log and see whether groups are selected at different rates. The "
        "file stays in memory for your session and is never stored; only aggregated counts can be "
        "saved to the register.",
    ),
    "audit_step_upload": Bilingual(
        sv="1. Ladda upp beslutsloggen", en="1. Upload the decision log"
    ),
    "audit_upload_label": Bilingual(
        sv="CSV- eller Excelfil (en rad per sökande, eller antal per grupp)",
        en="CSV or Excel file (one row per applicant, or counts per group)",
    ),
    "audit_upload_help": Bilingual(
        sv="Excel (.xlsx, .xls), OpenDocument (.ods) och CSV-exporter från HR-system fungerar: semikolon eller komma, decimalkomma, svenska tecken.",
        en="Excel (.xlsx, .xls), OpenDocument (.ods) and CSV exports from HR systems work: semicolon or comma, decimal comma, Swedish characters.",
    ),
    "audit_use_sample": Bilingual(sv="Prova med exempeldata", en="Try the sample data"),
    "audit_privacy": Bilingual(
        sv=":material/lock: Filen skrivs aldrig till disk. Ta bort den med krysset när du är klar.",
        en=":material/lock: The file is never written to disk. Remove it with the cross when you are done.",
    ),
    "audit_read_options": Bilingual(
        sv="Läsinställningar (om något blev fel)", en="Reading options (if something went wrong)"
    ),
    "audit_read_options_help": Bilingual(
        sv="Normalt upptäcks teckenkodning, avgränsare och decimaltecken automatiskt.",
        en="Normally the encoding, separator and decimal mark are detected automatically.",
    ),
    "audit_auto": Bilingual(sv="Automatiskt", en="Automatic"),
    "audit_encoding": Bilingual(sv="Teckenkodning", en="Encoding"),
    "audit_separator": Bilingual(sv="Avgränsare", en="Separator"),
    "audit_decimal": Bilingual(sv="Decimaltecken", en="Decimal mark"),
    "audit_waiting": Bilingual(
        sv="Ladda upp en fil – eller prova exempeldatan – för att börja.",
        en="Upload a file – or try the sample data – to begin.",
    ),
    "audit_reading": Bilingual(sv="Läser {name} …", en="Reading {name} …"),
    "audit_detected": Bilingual(
        sv="**{name}** är inläst: {rows}, {columns} (teckenkodning {encoding}, "
        "avgränsare ”{separator}”, decimaltecken ”{decimal}”).",
        en="**{name}** was read: {rows}, {columns} (encoding {encoding}, separator "
        "“{separator}”, decimal mark “{decimal}”).",
    ),
    "audit_skipped_lines": Plural(
        one=Bilingual(
            sv="{count} rad ovanför tabellen (rubrik eller anteckning) hoppades över.",
            en="{count} line above the table (a title or note) was skipped.",
        ),
        other=Bilingual(
            sv="{count} rader ovanför tabellen (rubrik, anteckningar eller tomma rader) "
            "hoppades över.",
            en="{count} lines above the table (a title, notes or blank lines) were skipped.",
        ),
    ),
    "audit_forget": Bilingual(sv="Glöm {name}", en="Forget {name}"),
    "chart_alt": Bilingual(
        sv="Stapeldiagram: urvalsandel per grupp ({attributes}) med osäkerhet och fyrafemtedelsgränsen.",
        en="Bar chart: selection rate per group ({attributes}) with uncertainty and the four-fifths line.",
    ),
    "audit_preview": Bilingual(sv="Visa de första raderna", en="Show the first rows"),
    "audit_step_map": Bilingual(
        sv="2. Berätta vad kolumnerna betyder", en="2. Tell us what the columns mean"
    ),
    "audit_map_help": Bilingual(
        sv="Förslagen är gissningar utifrån värdena och kolumnnamnen – kontrollera dem innan du kör.",
        en="The suggestions are guesses from the values and the column names – check them before you run.",
    ),
    "map_mode": Bilingual(sv="Vad innehåller filen?", en="What does the file contain?"),
    "map_mode_outcome": Bilingual(sv="Ett beslut per sökande", en="A decision per applicant"),
    "map_mode_score": Bilingual(sv="En poäng per sökande", en="A score per applicant"),
    "map_mode_aggregated": Bilingual(sv="Antal per grupp", en="Counts per group"),
    "map_outcome": Bilingual(sv="Kolumn med beslutet", en="Column with the decision"),
    "map_outcome_help": Bilingual(
        sv="T.ex. ”Urval” eller ”selected”.", en="E.g. “selected” or “Urval”."
    ),
    "map_positive": Bilingual(
        sv="Värdet som betyder ”gick vidare”", en="The value that means “selected”"
    ),
    "map_positive_help": Bilingual(sv="T.ex. 1, Ja eller yes.", en="E.g. 1, yes or Ja."),
    "map_score": Bilingual(sv="Kolumn med poängen", en="Column with the score"),
    "map_score_help": Bilingual(
        sv="Andelen i varje grupp som får högre poäng än medianen jämförs (som i New Yorks lag LL144).",
        en="The share of each group scoring above the median is compared (as in New York's LL144).",
    ),
    "map_count": Bilingual(
        sv="Kolumn med antal sökande", en="Column with the number of applicants"
    ),
    "map_count_help": Bilingual(
        sv="T.ex. ”Antal” eller ”applicants”.", en="E.g. “applicants” or “Antal”."
    ),
    "map_selected": Bilingual(
        sv="Kolumn med antal som gick vidare", en="Column with the number selected"
    ),
    "map_selected_help": Bilingual(
        sv="T.ex. ”Urval” eller ”selected”.", en="E.g. “selected” or “Urval”."
    ),
    "map_sensitive": Bilingual(sv="Grupper att jämföra", en="Groups to compare"),
    "map_sensitive_help": Bilingual(
        sv="Kolumner som kön, bakgrund eller ålder. Med två eller fler jämförs även kombinationerna.",
        en="Columns such as gender, background or age. With two or more, their combinations are compared "
        "too.",
    ),
    "map_truth": Bilingual(sv="Facit (valfritt)", en="Ground truth (optional)"),
    "map_truth_help": Bilingual(
        sv="En kolumn som visar vem som faktiskt var kvalificerad, t.ex. från en senare bedömning. Då "
        "visas också hur ofta kvalificerade missades.",
        en="A column showing who was actually qualified, e.g. from a later assessment. Then you also see "
        "how often qualified people were missed.",
    ),
    "map_truth_positive": Bilingual(
        sv="Värdet som betyder ”kvalificerad”", en="The value that means “qualified”"
    ),
    "map_none": Bilingual(sv="(ingen)", en="(none)"),
    "map_more": Bilingual(
        sv="Fler analyser (valfritt): inom tjänster, rekommendation och beslut, urvalsprocessen",
        en="More analyses (optional): within jobs, recommendation and decision, the funnel",
    ),
    "map_need_sensitive": Bilingual(
        sv="Välj minst en kolumn under ”Grupper att jämföra”, t.ex. kön eller bakgrund.",
        en="Choose at least one column under “Groups to compare”, e.g. gender or background.",
    ),
    "audit_run": Bilingual(sv="Kör granskningen", en="Run the audit"),
    "audit_computing": Bilingual(sv="Räknar …", en="Computing …"),
    "audit_step_result": Bilingual(sv="3. Resultat", en="3. Result"),
    "audit_warnings_heading": Bilingual(
        sv="Varningar om data – läs dem innan du litar på siffrorna",
        en="Warnings about the data – read them before relying on the figures",
    ),
    "findings_title": Bilingual(sv="Iakttagelser i klartext", en="Findings in plain language"),
    "chart_caption": Bilingual(
        sv="Staplarna visar urvalsandelen, strecken osäkerheten (95 %). Den streckade linjen är "
        "fyrafemtedelsgränsen: en stapel som slutar till vänster om den visar negativ "
        "särbehandlingseffekt.",
        en="Bars show the selection rate, whiskers the uncertainty (95%). The dashed line is the "
        "four-fifths line: a bar ending left of it shows adverse impact.",
    ),
    "explain_heading": Bilingual(sv="Vad betyder siffrorna?", en="What do the figures mean?"),
    "audit_step_save": Bilingual(sv="4. Spara i registret", en="4. Save to the register"),
    "audit_save_needs_tool": Bilingual(
        sv="Registrera verktyget under Verktygsprofil för att kunna spara granskningen.",
        en="Register the tool under Tool profile to be able to save the audit.",
    ),
    "audit_period": Bilingual(
        sv="Period som loggen gäller (valfritt)", en="Period the log covers (optional)"
    ),
    "audit_period_help": Bilingual(sv="T.ex. ”jan–jun 2026”.", en="E.g. “Jan–Jun 2026”."),
    "audit_save": Bilingual(sv="Spara granskningen för {tool}", en="Save the audit for {tool}"),
    "audit_saved": Bilingual(
        sv="Granskningen är sparad för {tool} (körning {run}). Bara sammanräknade antal sparades.",
        en="The audit is saved for {tool} (run {run}). Only aggregated counts were stored.",
    ),
    "proposal_heading": Bilingual(
        sv="Föreslagna risker från granskningen", en="Risks proposed by the audit"
    ),
    # --- issue 10: verdicts and the comparison within jobs ----------------------------------------
    "banner_significant_title": Bilingual(
        sv="Negativ särbehandlingseffekt som knappast beror på slumpen",
        en="Adverse impact unlikely to be chance",
    ),
    "banner_significant": Bilingual(
        sv="Under fyrafemtedelsgränsen även med hänsyn till alla {m} jämförelser i granskningen: {groups}.",
        en="Below the four-fifths line even allowing for all {m} comparisons in this audit: {groups}.",
    ),
    "banner_warning": Bilingual(
        sv="**Varning – under fyrafemtedelsgränsen, men det kan bero på slumpen** när alla {m} jämförelser räknas in: {groups}.",
        en="**Warning – below the four-fifths line, but it could be chance** once all {m} comparisons are allowed for: {groups}.",
    ),
    "banner_insufficient": Bilingual(
        sv="**För få sökande för att avgöra:** {groups}. En skillnad vid fyrafemtedelsgränsen hade troligen inte märkts.",
        en="**Too few applicants to tell:** {groups}. A difference at the four-fifths line would likely have gone unseen.",
    ),
    "banner_clear": Bilingual(
        sv="Ingen grupp ligger under fyrafemtedelsgränsen, och underlaget räcker för att se en sådan skillnad.",
        en="No group is below the four-fifths line, and the data would have shown such a difference.",
    ),
    "strata_heading": Bilingual(
        sv="Inom samma {column}",
        en="Within the same {column}",
    ),
    "strata_caption": Bilingual(
        sv="Jämförelsen med jämförelsegruppen görs också inom varje värde av {column} (Cochran–Mantel–Haenszel), så att skillnader i var grupperna sökte inte blandas ihop med hur de bedömdes. {strata} värden; {unknown} rader med okänt värde ingår inte.",
        en="The comparison with the reference group is also made within each value of {column} (Cochran–Mantel–Haenszel), so that differences in where the groups applied are not mixed up with how they were assessed. {strata} values; {unknown} rows with an unknown value are left out.",
    ),
    "col_strata_used": Bilingual(
        sv="Jämförbara värden",
        en="Values compared",
    ),
    "col_mh_odds_ratio": Bilingual(
        sv="Oddskvot inom samma värde (MH)",
        en="Odds ratio within values (MH)",
    ),
    "col_mh_ci": Bilingual(
        sv="Oddskvotens osäkerhet (95 %)",
        en="Odds ratio uncertainty (95 %)",
    ),
    "col_cmh_p": Bilingual(
        sv="p-värde (CMH)",
        en="p-value (CMH)",
    ),
    "col_breslow_day_p": Bilingual(
        sv="Lika i alla värden? p (Breslow–Day)",
        en="Same in every value? p (Breslow–Day)",
    ),
    "col_reversed": Bilingual(
        sv="Omvänd riktning",
        en="Direction reversed",
    ),
    "map_stratify": Bilingual(
        sv="Jämför inom (tjänst, annons)",
        en="Compare within (job, requisition)",
    ),
    "map_stratify_help": Bilingual(
        sv="Välj kolumnen med tjänst, annons-id eller kvalifikationsnivå om du vill se om skillnaden finns kvar inom samma tjänst. Förslaget bygger på kolumnens namn och på att den har få olika värden.",
        en="Choose the column with the job, requisition or qualification band to see whether a difference remains within the same job. The suggestion comes from the column's name and its few distinct values.",
    ),
    "audit_use_sample_jobs": Bilingual(
        sv="Prova exempeldata med tjänster",
        en="Try the sample with jobs",
    ),
    "audit_adverse_found": Bilingual(
        sv="Minst en grupp väljs ut i klart lägre grad än den mest utvalda gruppen (under fyra femtedelar). Det är inget bevis på diskriminering, men det ska utredas.",
        en="At least one group is selected at a clearly lower rate than the most selected group (below four-fifths). This is not proof of discrimination, but it must be looked into.",
    ),
    "proposal_help": Bilingual(
        sv="Grupper under fyrafemtedelsgränsen bör in i riskregistret, kopplade till denna granskning.",
        en="Groups below the four-fifths line should go into the risk register, linked to this audit.",
    ),
    "proposal_add": Bilingual(sv="Lägg till som risk", en="Add as a risk"),
    "proposal_added": Bilingual(sv="Tillagd i riskregistret.", en="Added to the risk register."),
    # --- risks -----------------------------------------------------------------------------------
    "risks_title": Bilingual(sv="Riskregister", en="Risk register"),
    "risks_intro": Bilingual(
        sv="Alla risker för verktyget: hur sannolika och allvarliga de är, vem som äger dem och vad som görs.",
        en="All risks of the tool: how likely and serious they are, who owns them and what is being done.",
    ),
    "heat_inherent": Bilingual(sv="Före åtgärder", en="Before treatment"),
    "heat_residual": Bilingual(sv="Efter åtgärder", en="After treatment"),
    "heat_count": Bilingual(sv="Antal risker", en="Number of risks"),
    "risks_table": Bilingual(sv="Riskerna", en="The risks"),
    "filter_status": Bilingual(sv="Status", en="Status"),
    "filter_level": Bilingual(sv="Nivå", en="Level"),
    "filter_category": Bilingual(sv="Område", en="Area"),
    "risks_none": Bilingual(sv="Inga risker matchar urvalet.", en="No risks match the filters."),
    "risks_edit_help": Bilingual(
        sv="Klicka i en cell för att ändra, och spara sedan. Sannolikhet och konsekvens anges 1–5.",
        en="Click a cell to change it, then save. Likelihood and severity are 1–5.",
    ),
    "risk_inherent_help": Bilingual(
        sv="Sannolikhet × konsekvens, före åtgärder.", en="Likelihood × severity, before measures."
    ),
    "risk_likelihood_help": Bilingual(
        sv="1 = mycket osannolikt … 5 = nästan säkert", en="1 = very unlikely … 5 = almost certain"
    ),
    "risk_severity_help": Bilingual(
        sv="1 = obetydlig … 5 = mycket allvarlig för de drabbade",
        en="1 = negligible … 5 = very serious for those affected",
    ),
    "risk_approved_by_help": Bilingual(
        sv="Fylls i när en godkännare som inte föreslog beslutet godkänner att risken accepteras "
        "(Beslut, längre ned). Ett namn som skrivs in godkänner ingenting.",
        en="Filled in when an approver who did not propose the decision approves accepting the "
        "risk (Decision, below). A name typed in approves nothing.",
    ),
    "risk_save_changes": Bilingual(sv="Spara ändringarna", en="Save the changes"),
    "risk_reload": Bilingual(sv="Ångra och läs om", en="Discard and reload"),
    "risk_saved": Plural(
        one=Bilingual(sv="{count} risk sparad.", en="{count} risk saved."),
        other=Bilingual(sv="{count} risker sparade.", en="{count} risks saved."),
    ),
    "risk_saved_some": Plural(
        one=Bilingual(
            sv="{count} risk sparades; rätta resten enligt meddelandena ovan.",
            en="{count} risk was saved; correct the rest as the messages above say.",
        ),
        other=Bilingual(
            sv="{count} risker sparades; rätta resten enligt meddelandena ovan.",
            en="{count} risks were saved; correct the rest as the messages above say.",
        ),
    ),
    "n_rows": Plural(
        one=Bilingual(sv="{count} rad", en="{count} row"),
        other=Bilingual(sv="{count} rader", en="{count} rows"),
    ),
    "n_columns": Plural(
        one=Bilingual(sv="{count} kolumn", en="{count} column"),
        other=Bilingual(sv="{count} kolumner", en="{count} columns"),
    ),
    "risk_actions_title": Bilingual(sv="Åtgärder per risk", en="Actions per risk"),
    "risk_add": Bilingual(sv="Lägg till en risk", en="Add a risk"),
    "risk_add_save": Bilingual(sv="Spara risken", en="Save the risk"),
    "risk_added": Bilingual(sv="Risken är tillagd.", en="The risk was added."),
    "risk_need_title": Bilingual(
        sv="Ge risken en rubrik först.", en="Please give the risk a title first."
    ),
    # --- report ----------------------------------------------------------------------------------
    "report_title": Bilingual(sv="Rapport till ledningen", en="Report for management"),
    "report_intro": Bilingual(
        sv="En PDF som en chef läser på tio minuter och skriver under. Förhandsgranska sammanfattningen "
        "nedan.",
        en="A PDF a manager reads in ten minutes and signs. Preview the summary below.",
    ),
    "report_lang": Bilingual(sv="Rapportens språk", en="Report language"),
    "report_preview": Bilingual(sv="Sammanfattning", en="Summary"),
    "report_next_review": Bilingual(sv="Nästa uppföljning: {date}", en="Next review: {date}"),
    "report_findings": Bilingual(sv="Viktigaste iakttagelserna", en="Key findings"),
    "report_decisions": Bilingual(
        sv="Beslut som ledningen behöver fatta", en="Decisions management must take"
    ),
    "report_pdf": Bilingual(sv="PDF", en="PDF"),
    "report_build": Bilingual(sv="Skapa PDF-rapporten", en="Create the PDF report"),
    "report_building": Bilingual(sv="Skapar rapporten …", en="Building the report …"),
    "report_download": Bilingual(sv="Ladda ner PDF", en="Download the PDF"),
    "report_ready": Bilingual(
        sv="Rapporten är klar ({kb} kB).", en="The report is ready ({kb} kB)."
    ),
    "signoff_title": Bilingual(sv="Signera bedömningen", en="Sign off the assessment"),
    "signoff_help": Bilingual(
        sv="Den som ansvarar för verktyget intygar att bedömningen är gjord och beslutar om fortsatt "
        "användning.",
        en="The person accountable for the tool confirms the assessment was made and decides on further "
        "use.",
    ),
    "signoff_save": Bilingual(sv="Signera", en="Sign off"),
    "signoff_saved": Bilingual(sv="Signeringen är sparad.", en="The sign-off is saved."),
    "signoff_need_name": Bilingual(
        sv="Fyll i namn, roll och beslut.", en="Please fill in name, role and decision."
    ),
    "signoff_latest": Bilingual(
        sv="Senast signerad av {name} ({role}): {decision}, {date}.",
        en="Last signed off by {name} ({role}): {decision}, {date}.",
    ),
    # --- beginner explanations ---------------------------------------------------------------------
    # --- learn -----------------------------------------------------------------------------------
    "learn_title": Bilingual(sv="Lär dig mer", en="Learn"),
    "learn_intro": Bilingual(
        sv="Korta förklaringar för HR-medarbetare och chefer. Du behöver inga förkunskaper.",
        en="Short explanations for HR staff and managers. No prior knowledge needed.",
    ),
    "learn_disclaimer": Bilingual(
        sv="Texterna förklarar i stora drag och är inte juridisk rådgivning. Kontrollera datum och "
        "detaljer mot lagtexten.",
        en="These texts explain the broad lines and are not legal advice. Check dates and details "
        "against the legal text.",
    ),
    # --- bias audit: workbooks, reasons, outcome classes, stale results (issue 9) ---------------
    "audit_sheet": Bilingual(
        sv="Blad i arbetsboken",
        en="Sheet of the workbook",
    ),
    "audit_sheet_help": Bilingual(
        sv="Arbetsboken har flera blad. Välj bladet med beslutsloggen.",
        en="The workbook has several sheets. Choose the sheet with the decision log.",
    ),
    "audit_sheet_empty": Bilingual(
        sv="{sheet} (tomt)",
        en="{sheet} (empty)",
    ),
    "audit_detected_sheet": Bilingual(
        sv="**{name}** är inläst: bladet ”{sheet}”, {rows}, {columns}.",
        en="**{name}** was read: sheet “{sheet}”, {rows}, {columns}.",
    ),
    "map_reasons_title": Bilingual(
        sv="Varför dessa förslag?",
        en="Why these suggestions?",
    ),
    "map_reason_check": Bilingual(
        sv="kontrollera",
        en="check",
    ),
    "map_classify": Bilingual(
        sv="Vad betyder varje värde i ”{column}”?",
        en="What does each value of “{column}” mean?",
    ),
    "map_classify_help": Bilingual(
        sv="Välj för varje värde om personen gick vidare, inte gick vidare, eller ska lämnas utanför (till exempel sökande som drog tillbaka sin ansökan). Inget värde räknas utan att du har valt.",
        en="Choose for each value whether the person was selected, not selected, or is left out (for example applicants who withdrew). No value is counted until you have chosen.",
    ),
    "map_class_selected": Bilingual(
        sv="Gick vidare",
        en="Selected",
    ),
    "map_class_not_selected": Bilingual(
        sv="Gick inte vidare",
        en="Not selected",
    ),
    "map_class_excluded": Bilingual(
        sv="Lämnas utanför",
        en="Left out",
    ),
    "map_class_value": Bilingual(
        sv="{value} ({count} rader)",
        en="{value} ({count} rows)",
    ),
    "map_need_classes": Bilingual(
        sv="Ange vad dessa värden betyder innan du kör: {values}.",
        en="Say what these values mean before you run: {values}.",
    ),
    "map_need_selected": Bilingual(
        sv="Minst ett värde måste betyda ”gick vidare”.",
        en="At least one value must mean “selected”.",
    ),
    "map_too_many_values": Bilingual(
        sv="”{column}” har {n} olika värden – det ser inte ut som ett beslut. Välj kolumnen som innehåller beslutet.",
        en="“{column}” has {n} different values – it does not look like a decision. Choose the column that holds the decision.",
    ),
    "map_no_values": Bilingual(
        sv="”{column}” är tom på varje rad. Välj kolumnen som innehåller beslutet.",
        en="“{column}” is empty in every row. Choose the column that holds the decision.",
    ),
    "audit_stale": Bilingual(
        sv="Filen eller inställningarna ändrades efter förra körningen, så det resultatet visas inte längre. Kör granskningen igen.",
        en="The file or the settings changed after the last run, so that result is no longer shown. Run the audit again.",
    ),
    # --- issue 13: actions, after-measure assessment, archive, integrity ---
    "heat_not_assessed": Plural(  # count: all risks; n: those not assessed (n <= count)
        one=Bilingual(
            sv="Ännu inte bedömd efter åtgärder: den enda risken (visas inte i kartan).",
            en="Not yet assessed after measures: the only risk (not shown in the map).",
        ),
        other=Bilingual(
            sv="Ännu inte bedömda efter åtgärder: {n} av {count} risker (visas inte i kartan).",
            en="Not yet assessed after measures: {n} of {count} risks (not shown in the map).",
        ),
    ),
    "heat_all_assessed": Plural(
        one=Bilingual(
            sv="Den enda risken är bedömd efter åtgärder.",
            en="The only risk is assessed after measures.",
        ),
        other=Bilingual(
            sv="Alla {count} risker är bedömda efter åtgärder.",
            en="All {count} risks are assessed after measures.",
        ),
    ),
    "risks_csv": Bilingual(
        sv="Ladda ner riskerna (CSV)",
        en="Download the risks (CSV)",
    ),
    "risks_csv_help": Bilingual(
        sv="Celler som börjar med =, +, -, @ får en apostrof först så att Excel inte kör dem som formler.",
        en="Cells starting with =, +, -, @ get an apostrophe first so that Excel does not run them as formulas.",
    ),
    "actions_pick_risk": Bilingual(
        sv="Risk",
        en="Risk",
    ),
    "actions_none": Bilingual(
        sv="Risken har inga åtgärder än.",
        en="The risk has no actions yet.",
    ),
    "actions_done_label": Bilingual(
        sv="{description} – ansvarig: {owner}, klart senast: {due}",
        en="{description} – owner: {owner}, due: {due}",
    ),
    "actions_done_by": Bilingual(
        sv="Klar {on} av {by}.",
        en="Done {on} by {by}.",
    ),
    "actions_add": Bilingual(
        sv="Lägg till en åtgärd",
        en="Add an action",
    ),
    "actions_description": Bilingual(
        sv="Vad ska göras?",
        en="What is to be done?",
    ),
    "actions_owner": Bilingual(
        sv="Ansvarig",
        en="Owner",
    ),
    "actions_due": Bilingual(
        sv="Klart senast",
        en="Due",
    ),
    "actions_add_save": Bilingual(
        sv="Spara åtgärden",
        en="Save the action",
    ),
    "actions_added": Bilingual(
        sv="Åtgärden är tillagd.",
        en="The action was added.",
    ),
    "actions_ticked": Bilingual(
        sv="Åtgärden är markerad som klar.",
        en="The action is marked as done.",
    ),
    "actions_reopened": Bilingual(
        sv="Åtgärden är öppen igen.",
        en="The action is open again.",
    ),
    "actions_assign": Bilingual(
        sv="Tilldela en åtgärd",
        en="Assign an action",
    ),
    "actions_number": Bilingual(
        sv="Åtgärd nr",
        en="Action no.",
    ),
    "actions_assign_save": Bilingual(
        sv="Spara tilldelningen",
        en="Save the assignment",
    ),
    "actions_assigned": Bilingual(
        sv="Åtgärden är tilldelad.",
        en="The action was assigned.",
    ),
    "actions_history": Bilingual(
        sv="Senaste ändringar av risken",
        en="Latest changes to the risk",
    ),
    "residual_title": Bilingual(
        sv="Bedöm risken efter åtgärder",
        en="Assess the risk after measures",
    ),
    "residual_help": Bilingual(
        sv="När åtgärderna är gjorda: hur sannolik och allvarlig är risken nu?",
        en="Once the actions are done: how likely and serious is the risk now?",
    ),
    "residual_save": Bilingual(
        sv="Spara bedömningen",
        en="Save the assessment",
    ),
    "residual_saved": Bilingual(
        sv="Bedömningen efter åtgärder är sparad.",
        en="The assessment after measures is saved.",
    ),
    "archive_title": Bilingual(
        sv="Arkivera eller ta bort verktyget",
        en="Archive or remove the tool",
    ),
    "archive_help": Bilingual(
        sv="Ett arkiverat verktyg sparas, kan bara läsas och syns inte i översikten. Det kan återställas.",
        en="An archived tool is kept, read-only and out of the overview. It can be restored.",
    ),
    "archive_button": Bilingual(
        sv="Arkivera verktyget",
        en="Archive the tool",
    ),
    "archived_banner": Bilingual(
        sv="Verktyget arkiverades {date} och kan bara läsas. Återställ det för att ändra.",
        en="The tool was archived on {date} and is read-only. Restore it to make changes.",
    ),
    "restore_button": Bilingual(
        sv="Återställ verktyget",
        en="Restore the tool",
    ),
    "archived_done": Bilingual(
        sv="Verktyget är arkiverat.",
        en="The tool is archived.",
    ),
    "restored_done": Bilingual(
        sv="Verktyget är återställt.",
        en="The tool is restored.",
    ),
    "archived_count": Bilingual(
        sv="{n} arkiverade verktyg visas inte här (välj dem i listan till vänster).",
        en="{n} archived tools are not shown here (pick them in the list on the left).",
    ),
    "archived_suffix": Bilingual(
        sv="{name} (arkiverat)",
        en="{name} (archived)",
    ),
    "remove_help": Bilingual(
        sv="Att ta bort verktyget raderar svar, risker, granskningar och signeringar (historiken finns kvar). Ladda först ner en export av hela registret; sedan kan du ta bort.",
        en="Removing the tool deletes its answers, risks, audits and sign-offs (the history remains). First download an export of the whole register; then you can remove it.",
    ),
    "remove_start": Bilingual(
        sv="Jag vill ta bort verktyget",
        en="I want to remove the tool",
    ),
    "remove_export": Bilingual(
        sv="1. Ladda ner exporten (JSON)",
        en="1. Download the export (JSON)",
    ),
    "remove_button": Bilingual(
        sv="2. Ta bort verktyget",
        en="2. Remove the tool",
    ),
    "remove_needs_export": Bilingual(
        sv="Ladda ner exporten först.",
        en="Download the export first.",
    ),
    "removed_done": Bilingual(
        sv="Verktyget {name} är borttaget.",
        en="The tool {name} was removed.",
    ),
    "integrity_more": Plural(
        one=Bilingual(
            sv="… och {count} ändring till (kör `ethics-toolkit verify`).",
            en="… and {count} more alteration (run `ethics-toolkit verify`).",
        ),
        other=Bilingual(
            sv="… och {count} ändringar till (kör `ethics-toolkit verify`).",
            en="… and {count} more alterations (run `ethics-toolkit verify`).",
        ),
    ),
    "history_verified": Bilingual(
        sv="Historiken är verifierad ({n} händelser, kedjan obruten).",
        en="History verified ({n} entries, chain intact).",
    ),
    "history_broken": Bilingual(
        sv="Historiken är inte intakt: händelse {id} har ändrats, lagts till eller tagits bort i efterhand. Lita inte på historiken förrän orsaken är utredd.",
        en="History is not intact: entry {id} was changed, inserted or removed after the fact. Do not rely on the history until the cause is known.",
    ),
    "signoff_changed": Bilingual(
        sv="Ändrat sedan signeringen {date} av {name}: en ny signering behövs.",
        en="Changed since the sign-off on {date} by {name}: a new sign-off is needed.",
    ),
    "signoff_changed_unexplained": Bilingual(
        sv="Historiken visar ingen ändring efter signeringen: registret har ändrats utanför programmet.",
        en="The history shows no change after the sign-off: the register was changed outside the program.",
    ),
    "signoff_unbound": Bilingual(
        sv="Den senaste signeringen gjordes innan signeringar band innehållet; en ny signering binder det.",
        en="The latest sign-off predates content binding; a new sign-off binds the content.",
    ),
    "audit_keep_exact": Bilingual(
        sv="Spara exakta små celler (färre än 5 personer) för den här granskningen",
        en="Keep exact small cells (fewer than 5 people) for this audit",
    ),
    "audit_keep_exact_help": Bilingual(
        sv="Normalt sparas inga celler eller grupper med färre än 5 personer. Välj detta bara om ni behöver dem och har stöd för det; rapporten anger att de sparades.",
        en="Normally no cell or group of fewer than 5 people is stored. Choose this only if you need them and may keep them; the report says they were kept.",
    ),
}

# Issues 11, 12, 15 and 16: texts in their own modules.
TEXTS = (
    Catalogue(_TEXTS)
    .merged(PROCESS_TEXTS)
    .merged(DUTIES_TEXTS)
    .merged(GUIDE_TEXTS)
    .merged(DOCUMENT_TEXTS)
    .merged(PAIRED_TEXTS)  # issue 24
    .merged(LEARNING_TEXTS)  # issue 23
    .merged(ACCESS_TEXTS)  # issue 22
    .merged(RECIPE_TEXTS)  # issue 20
)


def has_text(key: str) -> bool:
    return key in TEXTS


def ui_text(key: str, lang: Lang, /, **values: Any) -> str:
    """The text for ``key`` in ``lang`` with ``{placeholders}`` filled.

    An unknown key shows as ``[key]`` instead of crashing the page; a test keeps that from shipping.
    """
    if key not in TEXTS:
        return UNKNOWN_KEY.format(key=key)
    return TEXTS.text(key, lang, **values)

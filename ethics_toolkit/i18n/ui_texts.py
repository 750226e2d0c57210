# ruff: noqa: E501  (a message catalogue: long sentences read better unbroken)
"""The app's message catalogue, Swedish and English: every string the UI shows lives here.

Keys are ``area_what``; values are ``(sv, en)`` with the same ``{placeholders}`` in both languages (a
test checks every key). Long texts (the Learn page, the beginner explanations) are Markdown.
"""

from __future__ import annotations

from typing import Any

from ethics_toolkit.i18n import Lang
from ethics_toolkit.i18n.text import Catalogue

UNKNOWN_KEY = "[{key}]"

_TEXTS: dict[str, tuple[str, str]] = {
    # --- app frame -------------------------------------------------------------------------------
    "app_title": ("Etikverktyget för HR", "HR ethics toolkit"),
    "nav_overview": ("Översikt", "Overview"),
    "nav_tool_profile": ("Verktygsprofil", "Tool profile"),
    "nav_checklists": ("Checklistor", "Checklists"),
    "nav_bias_audit": ("Biasgranskning", "Bias audit"),
    "nav_risks": ("Risker", "Risks"),
    "nav_report": ("Rapport", "Report"),
    "nav_learn": ("Lär dig mer", "Learn"),
    "actor_label": ("Ditt namn", "Your name"),
    "actor_help": (
        "Namnet sparas i ändringshistoriken vid allt du ändrar.",
        "Your name is recorded in the change history for everything you change.",
    ),
    "auth_required": (
        "Logga in för att använda verktyget. Ditt namn sparas i ändringshistoriken.",
        "Please sign in to use the toolkit. Your name is recorded in the change history.",
    ),
    "auth_login": ("Logga in", "Sign in"),
    "auth_logout": ("Logga ut", "Sign out"),
    "auth_signed_in_as": ("Inloggad som {name}", "Signed in as {name}"),
    "tool_picker": ("AI-verktyg", "AI tool"),
    "validation_error": (
        "Några uppgifter saknas eller har fel format: {fields}. Rätta dem och spara igen.",
        "Some values are missing or in the wrong format: {fields}. Correct them and save again.",
    ),
    "yes": ("ja", "yes"),
    "no": ("nej", "no"),
    "never": ("aldrig", "never"),
    "demo_title": ("Välkommen! Registret är tomt", "Welcome! The register is empty"),
    "demo_text": (
        "Vill du se hur en färdig granskning ser ut? Läs in exempelverktyget **TalentScreen** – ett "
        "påhittat verktyg för CV-granskning med besvarade checklistor, risker och en biasgranskning. "
        "Du kan ta bort det eller lägga till dina egna verktyg när som helst.",
        "Would you like to see what a finished audit looks like? Load the example tool "
        "**TalentScreen** – a fictional CV-screening tool with answered checklists, risks and a bias "
        "audit. You can add your own tools at any time.",
    ),
    "demo_button": ("Läs in exempelverktyget", "Load the example tool"),
    "demo_seeding": ("Lägger in exempelverktyget …", "Adding the example tool …"),
    "demo_or_create": ("… eller registrera ditt eget verktyg", "… or register your own tool"),
    # --- overview --------------------------------------------------------------------------------
    "overview_title": ("Översikt", "Overview"),
    "overview_intro": (
        "Alla AI-verktyg som HR använder, hur de klassas enligt lagen och vad som behöver göras först.",
        "Every AI tool HR uses, how the law classifies it, and what needs attention first.",
    ),
    "metric_tools": ("Registrerade verktyg", "Registered tools"),
    "metric_high_risk": ("Högrisk eller förbjudna", "High-risk or prohibited"),
    "metric_open_risks": ("Öppna risker", "Open risks"),
    "metric_serious_risks": ("Varav höga eller kritiska", "Of which high or critical"),
    "overview_attention": ("Det här behöver uppmärksamhet först", "What needs attention first"),
    "overview_register": ("Alla verktyg", "All tools"),
    "overview_legend": (
        "Öppna risker räknas per nivå (kritisk, hög, medel, låg); stängda risker räknas inte.",
        "Open risks are counted by level (critical, high, medium, low); closed risks are not counted.",
    ),
    "no_open_risks": ("inga öppna", "none open"),
    "col_tool": ("Verktyg", "Tool"),
    "col_vendor": ("Leverantör", "Vendor"),
    "col_legal_class": ("Klassning (AI-förordningen)", "Class (AI Act)"),
    "col_status": ("Status", "Status"),
    "col_open_risks": ("Öppna risker", "Open risks"),
    "col_last_audit": ("Senaste biasgranskning", "Last bias audit"),
    "col_next_review": ("Nästa översyn", "Next review"),
    "risk_class_prohibited": ("Förbjuden användning", "Prohibited practice"),
    "risk_class_high_risk": ("Högrisk", "High risk"),
    "risk_class_limited": ("Begränsad risk", "Limited risk"),
    "risk_class_minimal": ("Minimal risk", "Minimal risk"),
    "status_planned": ("Planerat", "Planned"),
    "status_in_use": ("I bruk", "In use"),
    "status_suspended": ("Pausat", "Suspended"),
    "status_retired": ("Avvecklat", "Retired"),
    # --- tool profile ----------------------------------------------------------------------------
    "profile_title": ("Verktygsprofil", "Tool profile"),
    "profile_intro": (
        "Beskriv verktyget så får du veta vad lagen kräver. Fyll i det du vet; du kan komplettera senare.",
        "Describe the tool and you will see what the law requires. Fill in what you know; you can "
        "complete it later.",
    ),
    "profile_new": ("Registrera ett nytt verktyg", "Register a new tool"),
    "profile_save": ("Spara profilen", "Save the profile"),
    "profile_saved": ("Profilen för {name} är sparad.", "The profile of {name} is saved."),
    "profile_need_name": ("Ge verktyget ett namn först.", "Please give the tool a name first."),
    "profile_classification": ("Vad lagen säger om verktyget", "What the law says about this tool"),
    "profile_why": ("Varför?", "Why?"),
    "field_name": ("Namn", "Name"),
    "field_vendor": ("Leverantör", "Vendor"),
    "field_version": ("Version", "Version"),
    "field_system_owner": ("Systemägare", "System owner"),
    "field_purpose": ("Syfte", "Purpose"),
    "field_purpose_help": (
        "Vad används verktyget till, med egna ord? T.ex. ”sorterar inkomna CV:n till rekryterare”.",
        "What is the tool used for, in your own words? E.g. “sorts incoming CVs for recruiters”.",
    ),
    "field_hr_process": ("HR-process", "HR process"),
    "field_decision_role": ("Verktygets roll i besluten", "The tool's role in decisions"),
    "field_decision_role_help": (
        "Fattar verktyget beslutet självt, eller hjälper det en människa som beslutar?",
        "Does the tool make the decision itself, or help a person who decides?",
    ),
    "field_status": ("Status", "Status"),
    "field_data_categories": ("Personuppgifter som behandlas", "Personal data processed"),
    "field_data_categories_help": (
        "Etniskt ursprung, hälsa, religion och sexualliv är känsliga personuppgifter (GDPR art. 9) och kräver ett särskilt lagstöd.",
        "Ethnic origin, health, religion and sex life are special categories (GDPR Art. 9) and need a specific legal exception.",
    ),
    "field_legal_basis": ("Rättslig grund", "Legal basis"),
    "field_legal_basis_help": (
        "Stödet i GDPR art. 6 för behandlingen, t.ex. ”berättigat intresse” eller ”avtal”. "
        "Samtycke fungerar sällan i anställningsförhållanden.",
        "The GDPR Art. 6 basis for the processing, e.g. “legitimate interest” or “contract”. "
        "Consent rarely works in employment.",
    ),
    "field_employer_type": ("Typ av arbetsgivare", "Type of employer"),
    "field_employees": ("Antal anställda", "Number of employees"),
    "field_go_live": ("Driftstart", "Go-live date"),
    "field_next_review": ("Nästa översyn", "Next review"),
    "field_emotion": (
        "Verktyget tolkar känslor från ansikte eller röst",
        "The tool infers emotions from face or voice",
    ),
    "field_emotion_help": (
        "T.ex. videointervjuer som bedömer entusiasm eller nervositet. Det är förbjudet i arbetslivet "
        "(AI-förordningen art. 5.1 f).",
        "E.g. video interviews that rate enthusiasm or nervousness. This is prohibited at work "
        "(AI Act Art. 5(1)(f)).",
    ),
    "field_profiling": (
        "Verktyget bedömer personliga egenskaper (profilering)",
        "The tool evaluates personal traits (profiling)",
    ),
    "field_profiling_help": (
        "T.ex. poängsätter, rangordnar eller förutsäger hur lämplig en person är.",
        "E.g. scores, ranks or predicts how suitable a person is.",
    ),
    "field_narrow": (
        "Verktyget gör bara en snäv, administrativ uppgift",
        "The tool only performs a narrow procedural task",
    ),
    "field_narrow_help": (
        "T.ex. schemalägger intervjuer utan att påverka vem som väljs (AI-förordningen art. 6.3). "
        "Gäller inte om verktyget profilerar.",
        "E.g. schedules interviews without influencing who is chosen (AI Act Art. 6(3)). Does not "
        "apply if the tool profiles people.",
    ),
    "process_recruitment": ("Rekrytering och urval", "Recruitment and selection"),
    "process_promotion": ("Befordran", "Promotion"),
    "process_termination": ("Uppsägning", "Termination"),
    "process_task_allocation": ("Fördelning av arbetsuppgifter", "Task allocation"),
    "process_performance_monitoring": ("Uppföljning av prestation", "Performance monitoring"),
    "process_other": ("Annat", "Other"),
    "role_decides_alone": ("Beslutar själv", "Decides alone"),
    "role_recommends": ("Rekommenderar", "Recommends"),
    "role_ranks": ("Rangordnar", "Ranks"),
    "role_supports": ("Stöttar en människa", "Supports a person"),
    "employer_private": ("Privat arbetsgivare", "Private employer"),
    "employer_public_body": ("Offentlig arbetsgivare", "Public body"),
    "datacat_special": ("känslig, art. 9", "special category, Art. 9"),
    "datacat_contact": ("Kontaktuppgifter", "Contact details"),
    "datacat_identity": ("Identitetsuppgifter", "Identity data"),
    "datacat_performance": ("Arbetsprestation", "Work performance"),
    "datacat_photo": ("Foto", "Photo"),
    "datacat_trade_union": ("Fackmedlemskap", "Trade union membership"),
    "datacat_biometric": ("Biometriska uppgifter", "Biometric data"),
    "datacat_cv_content": ("CV-innehåll", "CV content"),
    "datacat_education": ("Utbildning", "Education"),
    "datacat_work_history": ("Arbetslivserfarenhet", "Work history"),
    "datacat_test_results": ("Testresultat", "Test results"),
    "datacat_video": ("Video", "Video"),
    "datacat_voice": ("Röst", "Voice"),
    "datacat_ethnicity": ("Etniskt ursprung", "Ethnic origin"),
    "datacat_health_disability": ("Hälsa och funktionsnedsättning", "Health and disability"),
    "datacat_religion": ("Religion eller trosuppfattning", "Religion or belief"),
    "datacat_sex_life_orientation": (
        "Sexualliv eller sexuell läggning",
        "Sex life or sexual orientation",
    ),
    "datacat_age": ("Ålder", "Age"),
    "datacat_gender": ("Kön", "Gender"),
    "flag_high_risk": ("Högrisksystem (bilaga III)", "High-risk system (Annex III)"),
    "flag_prohibited": ("Förbjuden användning (art. 5)", "Prohibited practice (Art. 5)"),
    "flag_fria": (
        "Konsekvensbedömning för grundläggande rättigheter (art. 27)",
        "Fundamental rights impact assessment (Art. 27)",
    ),
    "flag_dpia": (
        "Konsekvensbedömning avseende dataskydd (GDPR art. 35)",
        "Data protection impact assessment (GDPR Art. 35)",
    ),
    "flag_art22": (
        "Risk för automatiserat beslut (GDPR art. 22)",
        "Automated-decision concern (GDPR Art. 22)",
    ),
    "flag_active_measures": (
        "Dokumentera aktiva åtgärder (DL 3 kap.)",
        "Document active measures (DL ch. 3)",
    ),
    "history_title": ("Ändringshistorik ({n} händelser)", "Change history ({n} events)"),
    "history_when": ("När (UTC)", "When (UTC)"),
    "history_who": ("Vem", "Who"),
    "history_what": ("Vad", "What"),
    "history_fields": ("Ändrade fält", "Fields changed"),
    "history_summary": ("Beskrivning", "Summary"),
    "entity_tool": ("Verktyg", "Tool"),
    "entity_answer": ("Svar", "Answer"),
    "entity_risk": ("Risk", "Risk"),
    "entity_audit": ("Biasgranskning", "Bias audit"),
    "entity_signoff": ("Signering", "Sign-off"),
    "action_create": ("skapad", "created"),
    "action_update": ("ändrad", "updated"),
    "action_delete": ("borttagen", "deleted"),
    # --- checklists ------------------------------------------------------------------------------
    "checklists_title": ("Checklistor", "Checklists"),
    "checklists_intro": (
        "Gå igenom ett område i taget. Svara så ärligt du kan – ”vet inte” är också ett svar. "
        "Brister föreslås som risker, som du sedan godkänner eller avfärdar.",
        "Work through one area at a time. Answer as honestly as you can – “don't know” is an answer "
        "too. Gaps are proposed as risks, which you then accept or dismiss.",
    ),
    "checklist_progress": (
        "{done} av {total} frågor besvarade",
        "{done} of {total} questions answered",
    ),
    "checklist_area": ("Område", "Area"),
    "checklist_area_progress": (
        "{done} av {total} i detta område",
        "{done} of {total} in this area",
    ),
    "checklist_references": ("Källor: {refs}", "References: {refs}"),
    "checklist_answer": ("Svar", "Answer"),
    "checklist_evidence": ("Underlag och anteckningar", "Evidence and notes"),
    "checklist_evidence_help": (
        "Var finns beviset? T.ex. ”DPIA 2026-03, diarienr 12/26” eller vem du frågade.",
        "Where is the evidence? E.g. “DPIA 2026-03, file no. 12/26” or whom you asked.",
    ),
    "checklist_save": ("Spara svaret", "Save the answer"),
    "checklist_need_answer": ("Välj ett svar först.", "Please choose an answer first."),
    "checklist_answered_by": ("Besvarad av {who} den {when}", "Answered by {who} on {when}"),
    "checklist_pending": (
        "{n} föreslagna risker väntar på ditt beslut (se frågorna med röd eller orange markering).",
        "{n} proposed risks are waiting for your decision (see the questions with a red or orange mark).",
    ),
    "checklist_proposal": ("Föreslagen risk:", "Proposed risk:"),
    "checklist_proposal_scores": (
        "Sannolikhet {likelihood} · konsekvens {severity}",
        "Likelihood {likelihood} · severity {severity}",
    ),
    "proposal_accept": ("Lägg till i riskregistret", "Add to the risk register"),
    "proposal_dismiss": ("Avfärda", "Dismiss"),
    "answer_yes": ("Ja", "Yes"),
    "answer_partly": ("Delvis", "Partly"),
    "answer_no": ("Nej", "No"),
    "answer_not_applicable": ("Ej relevant", "Not applicable"),
    "answer_dont_know": ("Vet inte", "Don't know"),
    # --- bias audit ------------------------------------------------------------------------------
    "audit_title": ("Biasgranskning", "Bias audit"),
    "audit_intro": (
        "Ladda upp verktygets beslutslogg och se om grupper väljs ut i olika grad. Filen stannar i "
        "minnet under din session och sparas aldrig; bara sammanräknade antal kan sparas i registret.",
        "Upload the tool's decision log and see whether groups are selected at different rates. The "
        "file stays in memory for your session and is never stored; only aggregated counts can be "
        "saved to the register.",
    ),
    "audit_step_upload": ("1. Ladda upp beslutsloggen", "1. Upload the decision log"),
    "audit_upload_label": (
        "CSV-fil (en rad per sökande, eller antal per grupp)",
        "CSV file (one row per applicant, or counts per group)",
    ),
    "audit_upload_help": (
        "Exporter från Excel och HR-system fungerar: semikolon eller komma, decimalkomma, svenska tecken.",
        "Exports from Excel and HR systems work: semicolon or comma, decimal comma, Swedish characters.",
    ),
    "audit_use_sample": ("Prova med exempeldata", "Try the sample data"),
    "audit_privacy": (
        ":material/lock: Filen skrivs aldrig till disk. Ta bort den med krysset när du är klar.",
        ":material/lock: The file is never written to disk. Remove it with the cross when you are done.",
    ),
    "audit_read_options": (
        "Läsinställningar (om något blev fel)",
        "Reading options (if something went wrong)",
    ),
    "audit_read_options_help": (
        "Normalt upptäcks teckenkodning, avgränsare och decimaltecken automatiskt.",
        "Normally the encoding, separator and decimal mark are detected automatically.",
    ),
    "audit_auto": ("Automatiskt", "Automatic"),
    "audit_encoding": ("Teckenkodning", "Encoding"),
    "audit_separator": ("Avgränsare", "Separator"),
    "audit_decimal": ("Decimaltecken", "Decimal mark"),
    "audit_waiting": (
        "Ladda upp en fil – eller prova exempeldatan – för att börja.",
        "Upload a file – or try the sample data – to begin.",
    ),
    "audit_reading": ("Läser {name} …", "Reading {name} …"),
    "audit_detected": (
        "**{name}** är inläst: {rows} rader, {columns} kolumner (teckenkodning {encoding}, "
        "avgränsare ”{separator}”, decimaltecken ”{decimal}”).",
        "**{name}** was read: {rows} rows, {columns} columns (encoding {encoding}, separator "
        "“{separator}”, decimal mark “{decimal}”).",
    ),
    "audit_forget": ("Glöm {name}", "Forget {name}"),
    "chart_alt": (
        "Stapeldiagram: andel som gick vidare per grupp ({attributes}) med osäkerhet och fyrafemtedelsgränsen.",
        "Bar chart: selection rate per group ({attributes}) with uncertainty and the four-fifths line.",
    ),
    "audit_preview": ("Visa de första raderna", "Show the first rows"),
    "audit_step_map": ("2. Berätta vad kolumnerna betyder", "2. Tell us what the columns mean"),
    "audit_map_help": (
        "Förslagen är gissningar utifrån kolumnnamnen – kontrollera dem innan du kör.",
        "The suggestions are guesses from the column names – check them before you run.",
    ),
    "map_mode": ("Vad innehåller filen?", "What does the file contain?"),
    "map_mode_outcome": ("Ett beslut per sökande", "A decision per applicant"),
    "map_mode_score": ("En poäng per sökande", "A score per applicant"),
    "map_mode_aggregated": ("Antal per grupp", "Counts per group"),
    "map_outcome": ("Kolumn med beslutet", "Column with the decision"),
    "map_outcome_help": ("T.ex. ”Urval” eller ”selected”.", "E.g. “selected” or “Urval”."),
    "map_positive": ("Värdet som betyder ”gick vidare”", "The value that means “selected”"),
    "map_positive_help": ("T.ex. 1, Ja eller yes.", "E.g. 1, yes or Ja."),
    "map_score": ("Kolumn med poängen", "Column with the score"),
    "map_score_help": (
        "Andelen i varje grupp som får högre poäng än medianen jämförs (som i New Yorks lag LL144).",
        "The share of each group scoring above the median is compared (as in New York's LL144).",
    ),
    "map_count": ("Kolumn med antal sökande", "Column with the number of applicants"),
    "map_count_help": ("T.ex. ”Antal” eller ”applicants”.", "E.g. “applicants” or “Antal”."),
    "map_selected": ("Kolumn med antal som gick vidare", "Column with the number selected"),
    "map_selected_help": ("T.ex. ”Urval” eller ”selected”.", "E.g. “selected” or “Urval”."),
    "map_sensitive": ("Grupper att jämföra", "Groups to compare"),
    "map_sensitive_help": (
        "Kolumner som kön, bakgrund eller ålder. Med två eller fler jämförs även kombinationerna.",
        "Columns such as gender, background or age. With two or more, their combinations are compared "
        "too.",
    ),
    "map_truth": ("Facit (valfritt)", "Ground truth (optional)"),
    "map_truth_help": (
        "En kolumn som visar vem som faktiskt var kvalificerad, t.ex. från en senare bedömning. Då "
        "visas också hur ofta kvalificerade missades.",
        "A column showing who was actually qualified, e.g. from a later assessment. Then you also see "
        "how often qualified people were missed.",
    ),
    "map_truth_positive": ("Värdet som betyder ”kvalificerad”", "The value that means “qualified”"),
    "map_none": ("(ingen)", "(none)"),
    "map_need_sensitive": (
        "Välj minst en kolumn under ”Grupper att jämföra”, t.ex. kön eller bakgrund.",
        "Choose at least one column under “Groups to compare”, e.g. gender or background.",
    ),
    "audit_run": ("Kör granskningen", "Run the audit"),
    "audit_computing": ("Räknar …", "Computing …"),
    "audit_step_result": ("3. Resultat", "3. Result"),
    "audit_adverse_found": (
        "Minst en grupp väljs ut i klart lägre grad än den mest utvalda gruppen (under fyra "
        "femtedelar). Det är inget bevis på diskriminering, men det ska utredas.",
        "At least one group is selected at a clearly lower rate than the most selected group (below "
        "four-fifths). This is not proof of discrimination, but it must be looked into.",
    ),
    "audit_no_adverse": (
        "Ingen grupp ligger under fyrafemtedelsgränsen. Läs ändå resultaten: små skillnader kan vara "
        "viktiga och små grupper är osäkra.",
        "No group is below the four-fifths line. Do read the results: small differences can matter and "
        "small groups are uncertain.",
    ),
    "analysis_analysed": (
        "{n} personer med känt värde ingår",
        "{n} people with a known value included",
    ),
    "analysis_unknown": (
        "{n} med okänt värde räknas inte med",
        "{n} with an unknown value left out",
    ),
    "analysis_reference": ("jämförelsegrupp: {group}", "reference group: {group}"),
    "findings_title": ("Vad siffrorna säger", "What the figures say"),
    "chart_rate_axis": ("Andel som gick vidare", "Selection rate"),
    "chart_four_fifths": (
        "Fyrafemtedelsgränsen (0,8 × jämförelsegruppen)",
        "Four-fifths line (0.8 × reference group)",
    ),
    "chart_caption": (
        "Staplarna visar andelen som gick vidare, strecken osäkerheten (95 %). Den streckade linjen är "
        "fyrafemtedelsgränsen: en stapel som slutar till vänster om den är en negativ påverkan.",
        "Bars show the selection rate, whiskers the uncertainty (95 %). The dashed line is the "
        "four-fifths line: a bar ending left of it is adverse impact.",
    ),
    "chart_rate_axis_scoring": ("Andel över medianpoängen", "Share scoring above the median"),
    "col_rate_scoring": ("Andel över medianen", "Scoring rate"),
    "col_selected_scoring": ("Över medianen", "Above the median"),
    "legend_reference": ("Jämförelsegrupp", "Reference group"),
    "legend_ok": ("Över gränsen", "Above the line"),
    "legend_adverse": ("Under gränsen", "Below the line"),
    "col_group": ("Grupp", "Group"),
    "col_n": ("Antal", "Number"),
    "col_selected": ("Gick vidare", "Selected"),
    "col_rate": ("Andel", "Rate"),
    "col_rate_ci": ("Osäkerhet (95 %)", "Uncertainty (95 %)"),
    "col_impact_ratio": ("Kvot mot jämförelsegrupp", "Impact ratio"),
    "col_ratio_ci": ("Kvotens osäkerhet", "Ratio uncertainty"),
    "col_p_value": ("p-värde", "p-value"),
    "col_shortfall": ("Saknas till 4/5-gränsen", "Shortfall to four-fifths"),
    "col_tpr": ("Kvalificerade som gick vidare", "Qualified selected (TPR)"),
    "col_fpr": ("Ej kvalificerade som gick vidare", "Unqualified selected (FPR)"),
    "col_flags": ("Att notera", "Notes"),
    "flag_reference": ("jämförelsegrupp", "reference"),
    "flag_adverse": ("under fyra femtedelar", "below four-fifths"),
    "flag_small": ("liten grupp", "small group"),
    "explain_heading": ("Vad betyder siffrorna?", "What do the figures mean?"),
    "audit_step_save": ("4. Spara i registret", "4. Save to the register"),
    "audit_save_needs_tool": (
        "Registrera verktyget under Verktygsprofil för att kunna spara granskningen.",
        "Register the tool under Tool profile to be able to save the audit.",
    ),
    "audit_period": ("Period som loggen gäller (valfritt)", "Period the log covers (optional)"),
    "audit_period_help": ("T.ex. ”jan–jun 2026”.", "E.g. “Jan–Jun 2026”."),
    "audit_save": ("Spara granskningen för {tool}", "Save the audit for {tool}"),
    "audit_saved": (
        "Granskningen är sparad för {tool} (körning {run}). Bara sammanräknade antal sparades.",
        "The audit is saved for {tool} (run {run}). Only aggregated counts were stored.",
    ),
    "proposal_heading": ("Föreslagna risker från granskningen", "Risks proposed by the audit"),
    "proposal_help": (
        "Grupper under fyrafemtedelsgränsen bör in i riskregistret, kopplade till denna granskning.",
        "Groups below the four-fifths line should go into the risk register, linked to this audit.",
    ),
    "proposal_add": ("Lägg till som risk", "Add as a risk"),
    "proposal_added": ("Tillagd i riskregistret.", "Added to the risk register."),
    # --- risks -----------------------------------------------------------------------------------
    "risks_title": ("Riskregister", "Risk register"),
    "risks_intro": (
        "Alla risker för verktyget: hur sannolika och allvarliga de är, vem som äger dem och vad som görs.",
        "All risks of the tool: how likely and serious they are, who owns them and what is being done.",
    ),
    "heat_inherent": ("Före åtgärder", "Before measures"),
    "heat_residual": ("Efter åtgärder", "After measures"),
    "heat_count": ("Antal risker", "Number of risks"),
    "risks_table": ("Riskerna", "The risks"),
    "filter_status": ("Status", "Status"),
    "filter_level": ("Nivå", "Level"),
    "filter_category": ("Område", "Area"),
    "risks_none": ("Inga risker matchar urvalet.", "No risks match the filters."),
    "risks_edit_help": (
        "Klicka i en cell för att ändra, och spara sedan. Sannolikhet och konsekvens anges 1–5.",
        "Click a cell to change it, then save. Likelihood and severity are 1–5.",
    ),
    "risk_level": ("Nivå", "Level"),
    "risk_inherent": ("Risk före", "Score before"),
    "risk_inherent_help": (
        "Sannolikhet × konsekvens, före åtgärder.",
        "Likelihood × severity, before measures.",
    ),
    "risk_residual": ("Risk efter", "Score after"),
    "risk_title": ("Risk", "Risk"),
    "risk_description": ("Beskrivning", "Description"),
    "risk_owner": ("Ägare", "Owner"),
    "risk_likelihood": ("Sannolikhet", "Likelihood"),
    "risk_likelihood_short": ("Sannolikhet", "Likelihood"),
    "risk_likelihood_help": (
        "1 = mycket osannolikt … 5 = nästan säkert",
        "1 = very unlikely … 5 = almost certain",
    ),
    "risk_severity": ("Konsekvens", "Severity"),
    "risk_severity_short": ("Konsekvens", "Severity"),
    "risk_severity_help": (
        "1 = obetydlig … 5 = mycket allvarlig för de drabbade",
        "1 = negligible … 5 = very serious for those affected",
    ),
    "risk_treatment": ("Hantering", "Treatment"),
    "risk_status": ("Status", "Status"),
    "risk_residual_likelihood": ("Sannolikhet efter", "Likelihood after"),
    "risk_residual_severity": ("Konsekvens efter", "Severity after"),
    "risk_review_date": ("Följs upp", "Review date"),
    "risk_approved_by": ("Godkänd av", "Approved by"),
    "risk_approved_by_help": (
        "Att acceptera en risk med poäng 12 eller mer kräver ett namngivet godkännande.",
        "Accepting a risk scoring 12 or more needs a named approver.",
    ),
    "risk_category": ("Område", "Area"),
    "risk_controls": ("Befintliga skydd", "Existing controls"),
    "risk_save_changes": ("Spara ändringarna", "Save the changes"),
    "risk_reload": ("Ångra och läs om", "Discard and reload"),
    "risk_saved": ("{n} risker sparade.", "{n} risks saved."),
    "risk_saved_some": (
        "{n} risker sparades; rätta resten enligt meddelandena ovan.",
        "{n} risks were saved; correct the rest as the messages above say.",
    ),
    "risk_actions_title": ("Åtgärder per risk", "Actions per risk"),
    "risk_add": ("Lägg till en risk", "Add a risk"),
    "risk_add_save": ("Spara risken", "Save the risk"),
    "risk_added": ("Risken är tillagd.", "The risk was added."),
    "risk_need_title": ("Ge risken en rubrik först.", "Please give the risk a title first."),
    "level_critical": ("Kritisk", "Critical"),
    "level_high": ("Hög", "High"),
    "level_medium": ("Medel", "Medium"),
    "level_low": ("Låg", "Low"),
    "treatment_mitigate": ("Minska", "Mitigate"),
    "treatment_avoid": ("Undvika", "Avoid"),
    "treatment_transfer": ("Överföra", "Transfer"),
    "treatment_accept": ("Acceptera", "Accept"),
    "riskstatus_open": ("Öppen", "Open"),
    "riskstatus_in_treatment": ("Åtgärdas", "In treatment"),
    "riskstatus_accepted": ("Accepterad", "Accepted"),
    "riskstatus_closed": ("Stängd", "Closed"),
    # --- issue 13: actions, after-measure assessment, archive, integrity ------------------------
    "heat_not_assessed": (
        "Ännu inte bedömda efter åtgärder: {n} av {total} risker (visas inte i kartan).",
        "Not yet assessed after measures: {n} of {total} risks (not shown in the map).",
    ),
    "heat_all_assessed": (
        "Alla {total} risker är bedömda efter åtgärder.",
        "All {total} risks are assessed after measures.",
    ),
    "risks_csv": ("Ladda ner riskerna (CSV)", "Download the risks (CSV)"),
    "risks_csv_help": (
        "Celler som börjar med =, +, -, @ får en apostrof först så att Excel inte kör dem som formler.",
        "Cells starting with =, +, -, @ get an apostrophe first so that Excel does not run them as formulas.",
    ),
    "actions_pick_risk": ("Risk", "Risk"),
    "actions_none": ("Risken har inga åtgärder än.", "The risk has no actions yet."),
    "actions_done_label": (
        "{description} – ansvarig: {owner}, klart senast: {due}",
        "{description} – owner: {owner}, due: {due}",
    ),
    "actions_done_by": ("Klar {on} av {by}.", "Done {on} by {by}."),
    "actions_add": ("Lägg till en åtgärd", "Add an action"),
    "actions_description": ("Vad ska göras?", "What is to be done?"),
    "actions_owner": ("Ansvarig", "Owner"),
    "actions_due": ("Klart senast", "Due"),
    "actions_add_save": ("Spara åtgärden", "Save the action"),
    "actions_added": ("Åtgärden är tillagd.", "The action was added."),
    "actions_ticked": ("Åtgärden är markerad som klar.", "The action is marked as done."),
    "actions_reopened": ("Åtgärden är öppen igen.", "The action is open again."),
    "actions_assign": ("Tilldela en åtgärd", "Assign an action"),
    "actions_number": ("Åtgärd nr", "Action no."),
    "actions_assign_save": ("Spara tilldelningen", "Save the assignment"),
    "actions_assigned": ("Åtgärden är tilldelad.", "The action was assigned."),
    "actions_history": ("Senaste ändringar av risken", "Latest changes to the risk"),
    "residual_title": ("Bedöm risken efter åtgärder", "Assess the risk after measures"),
    "residual_help": (
        "När åtgärderna är gjorda: hur sannolik och allvarlig är risken nu?",
        "Once the actions are done: how likely and serious is the risk now?",
    ),
    "residual_save": ("Spara bedömningen", "Save the assessment"),
    "residual_saved": (
        "Bedömningen efter åtgärder är sparad.",
        "The assessment after measures is saved.",
    ),
    "archive_title": ("Arkivera eller ta bort verktyget", "Archive or remove the tool"),
    "archive_help": (
        "Ett arkiverat verktyg sparas, kan bara läsas och syns inte i översikten. Det kan återställas.",
        "An archived tool is kept, read-only and out of the overview. It can be restored.",
    ),
    "archive_button": ("Arkivera verktyget", "Archive the tool"),
    "archived_banner": (
        "Verktyget arkiverades {date} och kan bara läsas. Återställ det för att ändra.",
        "The tool was archived on {date} and is read-only. Restore it to make changes.",
    ),
    "restore_button": ("Återställ verktyget", "Restore the tool"),
    "archived_done": ("Verktyget är arkiverat.", "The tool is archived."),
    "restored_done": ("Verktyget är återställt.", "The tool is restored."),
    "archived_count": (
        "{n} arkiverade verktyg visas inte här (välj dem i listan till vänster).",
        "{n} archived tools are not shown here (pick them in the list on the left).",
    ),
    "archived_suffix": ("{name} (arkiverat)", "{name} (archived)"),
    "remove_help": (
        "Att ta bort verktyget raderar svar, risker, granskningar och signeringar (historiken finns kvar). "
        "Ladda först ner en export av hela registret; sedan kan du ta bort.",
        "Removing the tool deletes its answers, risks, audits and sign-offs (the history remains). "
        "First download an export of the whole register; then you can remove it.",
    ),
    "remove_start": ("Jag vill ta bort verktyget", "I want to remove the tool"),
    "remove_export": ("1. Ladda ner exporten (JSON)", "1. Download the export (JSON)"),
    "remove_button": ("2. Ta bort verktyget", "2. Remove the tool"),
    "remove_needs_export": ("Ladda ner exporten först.", "Download the export first."),
    "removed_done": ("Verktyget {name} är borttaget.", "The tool {name} was removed."),
    "history_verified": (
        "Historiken är verifierad ({n} händelser, kedjan obruten).",
        "History verified ({n} entries, chain intact).",
    ),
    "history_broken": (
        "Historiken är inte intakt: händelse {id} har ändrats, lagts till eller tagits bort i efterhand. "
        "Lita inte på historiken förrän orsaken är utredd.",
        "History is not intact: entry {id} was changed, inserted or removed after the fact. Do not rely "
        "on the history until the cause is known.",
    ),
    "signoff_changed": (
        "Ändrat sedan signeringen {date} av {name}: en ny signering behövs.",
        "Changed since the sign-off on {date} by {name}: a new sign-off is needed.",
    ),
    "signoff_changed_unexplained": (
        "Historiken visar ingen ändring efter signeringen: registret har ändrats utanför programmet.",
        "The history shows no change after the sign-off: the register was changed outside the program.",
    ),
    "signoff_unbound": (
        "Den senaste signeringen gjordes innan signeringar band innehållet; en ny signering binder det.",
        "The latest sign-off predates content binding; a new sign-off binds the content.",
    ),
    "audit_keep_exact": (
        "Spara exakta små celler (färre än 5 personer) för den här granskningen",
        "Keep exact small cells (fewer than 5 people) for this audit",
    ),
    "audit_keep_exact_help": (
        "Normalt sparas inga celler eller grupper med färre än 5 personer. Välj detta bara om ni "
        "behöver dem och har stöd för det; rapporten anger att de sparades.",
        "Normally no cell or group of fewer than 5 people is stored. Choose this only if you need them "
        "and may keep them; the report says they were kept.",
    ),
    # --- report ----------------------------------------------------------------------------------
    "report_title": ("Rapport till ledningen", "Report for management"),
    "report_intro": (
        "En PDF som en chef läser på tio minuter och skriver under. Förhandsgranska sammanfattningen "
        "nedan.",
        "A PDF a manager reads in ten minutes and signs. Preview the summary below.",
    ),
    "report_lang": ("Rapportens språk", "Report language"),
    "report_preview": ("Sammanfattning", "Summary"),
    "report_next_review": ("Nästa översyn: {date}", "Next review: {date}"),
    "report_findings": ("Viktigaste iakttagelserna", "Key findings"),
    "report_decisions": ("Beslut som ledningen behöver fatta", "Decisions management must take"),
    "report_pdf": ("PDF", "PDF"),
    "report_build": ("Skapa PDF-rapporten", "Create the PDF report"),
    "report_building": ("Skapar rapporten …", "Building the report …"),
    "report_download": ("Ladda ner PDF", "Download the PDF"),
    "report_ready": ("Rapporten är klar ({kb} kB).", "The report is ready ({kb} kB)."),
    "signoff_title": ("Signera bedömningen", "Sign off the assessment"),
    "signoff_help": (
        "Den som ansvarar för verktyget intygar att bedömningen är gjord och beslutar om fortsatt "
        "användning.",
        "The person accountable for the tool confirms the assessment was made and decides on further "
        "use.",
    ),
    "signoff_name": ("Namn", "Name"),
    "signoff_role": ("Roll", "Role"),
    "signoff_decision": ("Beslut", "Decision"),
    "signoff_comment": ("Kommentar eller villkor", "Comment or conditions"),
    "signoff_save": ("Signera", "Sign off"),
    "signoff_saved": ("Signeringen är sparad.", "The sign-off is saved."),
    "signoff_need_name": (
        "Fyll i namn, roll och beslut.",
        "Please fill in name, role and decision.",
    ),
    "signoff_latest": (
        "Senast signerad av {name} ({role}): {decision}, {date}.",
        "Last signed off by {name} ({role}): {decision}, {date}.",
    ),
    "decision_approved": ("Godkänd", "Approved"),
    "decision_approved_with_conditions": ("Godkänd med villkor", "Approved with conditions"),
    "decision_rejected": ("Inte godkänd", "Rejected"),
    # --- beginner explanations ---------------------------------------------------------------------
    "explain_decision_log_title": ("Vad är en beslutslogg?", "What is a decision log?"),
    "explain_decision_log_body": (
        "En tabell med en rad per sökande: vilken grupp personen tillhör (t.ex. kön och bakgrund) och "
        "vad verktyget gjorde (gick vidare eller inte, eller vilken poäng). Leverantören eller "
        "HR-systemet kan oftast exportera den som CSV. Finns bara sammanräknade antal per grupp går "
        "det också bra.",
        "A table with one row per applicant: which group the person belongs to (e.g. gender and "
        "background) and what the tool did (selected or not, or the score). The vendor or the HR "
        "system can usually export it as CSV. Counts per group work as well.",
    ),
    "explain_selection_rate_title": ("Andel som gick vidare", "Selection rate"),
    "explain_selection_rate_body": (
        "Hur stor del av gruppen som gick vidare: 217 utvalda av 1 100 sökande ger 217 / 1 100 = "
        "19,7 %.",
        "The share of the group that was selected: 217 selected out of 1,100 applicants gives "
        "217 / 1,100 = 19.7%.",
    ),
    "explain_interval_title": (
        "Osäkerhet (konfidensintervall)",
        "Uncertainty (confidence interval)",
    ),
    "explain_interval_body": (
        "Andelen bygger på just de här sökande. Med andra sökande hade den blivit lite annorlunda. "
        "Intervallet visar var den ”sanna” andelen troligen ligger (95 % säkerhet). Små grupper får "
        "breda intervall – då ska man dra försiktiga slutsatser.",
        "The rate rests on these particular applicants. With other applicants it would differ a "
        "little. The interval shows where the “true” rate probably lies (95 % confidence). Small "
        "groups get wide intervals – draw careful conclusions then.",
    ),
    "explain_impact_ratio_title": ("Kvot mot jämförelsegruppen", "Impact ratio"),
    "explain_impact_ratio_body": (
        "Gruppens andel delad med jämförelsegruppens andel (den grupp som väljs ut mest, bland grupper "
        "som inte är små). 1,00 betyder lika ofta; 0,64 betyder att gruppen väljs ut 64 gånger för "
        "varje 100 gånger i jämförelsegruppen.",
        "The group's rate divided by the reference group's rate (the most selected group among those "
        "that are not small). 1.00 means equally often; 0.64 means the group is selected 64 times for "
        "every 100 times in the reference group.",
    ),
    "explain_four_fifths_title": ("Fyrafemtedelsregeln", "The four-fifths rule"),
    "explain_four_fifths_body": (
        "En tumregel från USA: en kvot under 0,8 (fyra femtedelar) räknas som tecken på negativ "
        "påverkan. Svensk lag har ingen siffergräns – regeln är ett sätt att sålla fram det som ska "
        "utredas, inte en dom.",
        "A rule of thumb from the US: a ratio below 0.8 (four-fifths) counts as a sign of adverse "
        "impact. Swedish law has no numeric threshold – the rule picks out what to look into, it is "
        "not a verdict.",
    ),
    "explain_p_value_title": ("p-värde", "p-value"),
    "explain_p_value_body": (
        "Hur troligt det är att få minst så här stor skillnad av ren slump, om verktyget egentligen "
        "behandlade grupperna lika. Under 0,05 brukar man säga att skillnaden knappast är slump. Ett "
        "högt p-värde betyder inte att allt är bra – bara att underlaget inte räcker för att säga.",
        "How likely a difference at least this large would be by pure chance, if the tool actually "
        "treated the groups equally. Below 0.05 one usually says the difference is hardly chance. A "
        "high p-value does not mean all is well – only that the data cannot tell.",
    ),
    "explain_shortfall_title": ("Saknas till fyrafemtedelsgränsen", "Shortfall"),
    "explain_shortfall_body": (
        "Hur många fler i gruppen som hade behövt gå vidare för att gruppen skulle nå "
        "fyrafemtedelsgränsen. Ett konkret mått på skillnaden i människor: 217 av 1 100 är 19,7 %; "
        "gränsen är 0,8 × 30,8 % = 24,7 %, alltså minst 272 personer – 55 fler.",
        "How many more people of the group would have had to be selected for the group to reach the "
        "four-fifths line. A concrete measure of the difference in people: 217 of 1,100 is 19.7%; the "
        "line is 0.8 × 30.8% = 24.7%, so at least 272 people – 55 more.",
    ),
    "explain_small_group_title": ("Liten grupp", "Small group"),
    "explain_small_group_body": (
        "En grupp med under 2 % av de analyserade personerna. Siffrorna visas, men är mycket osäkra; "
        "gruppen kan inte vara jämförelsegrupp.",
        "A group with under 2 % of the people analysed. Its figures are shown but very uncertain; it "
        "cannot be the reference group.",
    ),
    "explain_intersection_title": ("Kombinationer av grupper", "Intersections"),
    "explain_intersection_body": (
        "Skillnader kan gömma sig i kombinationer, t.ex. kvinnor med bakgrund utanför Europa, även när "
        "varje grupp för sig ser rimlig ut. Därför jämförs även kombinationerna.",
        "Differences can hide in combinations, e.g. women with a background outside Europe, even when "
        "each group on its own looks reasonable. So the combinations are compared too.",
    ),
    "explain_unknown_title": ("Okända värden", "Unknown values"),
    "explain_unknown_body": (
        "Rader där gruppen saknas eller är ”vill ej uppge” räknas och redovisas, men ingår inte i "
        "andelarna och kvoterna.",
        "Rows where the group is missing or “not stated” are counted and reported, but left out of "
        "the rates and ratios.",
    ),
    "explain_tpr_title": ("Kvalificerade som missades", "Qualified people who were missed"),
    "explain_tpr_body": (
        "Med ett facit (vem som faktiskt var kvalificerad) visas hur stor del av de kvalificerade i "
        "varje grupp som gick vidare. Om kvalificerade i en grupp oftare sorteras bort är det en "
        "tydlig varningssignal.",
        "With a ground truth (who was actually qualified) you see what share of the qualified people "
        "in each group was selected. If qualified people in one group are filtered out more often, "
        "that is a clear warning sign.",
    ),
    "explain_heat_map_title": ("Hur läser jag riskkartan?", "How do I read the heat map?"),
    "explain_heat_map_body": (
        "Varje ruta är en kombination av sannolikhet (uppifrån och ned) och konsekvens (från vänster "
        "till höger); siffran är antalet risker där. Rött uppe till höger är det allvarligaste. "
        "Kartan ”efter åtgärder” visar var riskerna hamnar när åtgärderna är gjorda.",
        "Each square is a combination of likelihood (top to bottom) and severity (left to right); "
        "the number is how many risks sit there. Red at the top right is the most serious. The map "
        "“after measures” shows where the risks land once the measures are done.",
    ),
    "explain_risk_score_title": ("Hur räknas risknivån?", "How is the risk level computed?"),
    "explain_risk_score_body": (
        "Poäng = sannolikhet × konsekvens (1–25). Låg: upp till 4, medel: 5–9, hög: 10–15, kritisk: "
        "16–25. En risk med poäng 12 eller mer får bara accepteras med ett namngivet godkännande.",
        "Score = likelihood × severity (1–25). Low: up to 4, medium: 5–9, high: 10–15, critical: "
        "16–25. A risk scoring 12 or more may only be accepted with a named approver.",
    ),
    "explain_risk_class_title": ("Vad betyder klassningen?", "What does the class mean?"),
    "explain_risk_class_body": (
        "EU:s AI-förordning delar in AI-system efter risk. **Förbjuden**: t.ex. att tolka anställdas "
        "eller sökandes känslor (art. 5). **Högrisk**: AI för rekrytering, befordran, uppsägning, "
        "arbetsfördelning och uppföljning av anställda (bilaga III punkt 4) – då har ni som "
        "arbetsgivare särskilda skyldigheter (art. 26). **Begränsad/minimal**: färre krav, men GDPR "
        "och diskrimineringslagen gäller alltid.",
        "The EU AI Act groups AI systems by risk. **Prohibited**: e.g. inferring the emotions of "
        "employees or applicants (Art. 5). **High risk**: AI for recruitment, promotion, termination, "
        "task allocation and monitoring of staff (Annex III point 4) – then you as the employer have "
        "specific duties (Art. 26). **Limited/minimal**: fewer requirements, but the GDPR and the "
        "Discrimination Act always apply.",
    ),
    # --- learn -----------------------------------------------------------------------------------
    "learn_title": ("Lär dig mer", "Learn"),
    "learn_intro": (
        "Korta förklaringar för HR-medarbetare och chefer. Du behöver inga förkunskaper.",
        "Short explanations for HR staff and managers. No prior knowledge needed.",
    ),
    "learn_disclaimer": (
        "Texterna förklarar i stora drag och är inte juridisk rådgivning. Kontrollera datum och "
        "detaljer mot lagtexten.",
        "These texts explain the broad lines and are not legal advice. Check dates and details "
        "against the legal text.",
    ),
    "learn_ai_decision_support_title": (
        "Vad är AI-stöd i HR-beslut?",
        "What is AI decision support in HR?",
    ),
    "learn_ai_decision_support_body": (
        "Ett AI-verktyg i HR läser till exempel CV:n, poängsätter eller rangordnar sökande, eller "
        "föreslår vem som ska kallas till intervju. Det har lärt sig mönster från gamla data – och "
        "mönstren kan innehålla gamla orättvisor.\n\n"
        "- Verktyget **vet inte** vad som är rättvist; det upprepar det som var vanligt.\n"
        "- Det är alltid **ni som arbetsgivare** som ansvarar för besluten, även när en leverantör "
        "levererat verktyget.\n"
        "- En människa som granskar förslagen måste ha tid, kunskap och mandat att säga emot – annars "
        "blir granskningen bara en gummistämpel.\n\n"
        "Fråga leverantören: vilka data tränades verktyget på, vad påverkar poängen mest, och hur har "
        "de testat att det inte missgynnar någon grupp?",
        "An AI tool in HR might read CVs, score or rank applicants, or suggest whom to invite to an "
        "interview. It learned patterns from past data – and those patterns can contain past "
        "unfairness.\n\n"
        "- The tool **does not know** what is fair; it repeats what was common.\n"
        "- **You as the employer** are always responsible for the decisions, even when a vendor "
        "supplied the tool.\n"
        "- A person reviewing the suggestions needs the time, knowledge and authority to disagree – "
        "otherwise the review becomes a rubber stamp.\n\n"
        "Ask the vendor: what data was the tool trained on, what drives the score most, and how did "
        "they test that it does not disadvantage any group?",
    ),
    "learn_bias_proxies_title": ("Bias och proxyvariabler", "Bias and proxies"),
    "learn_bias_proxies_body": (
        "**Bias** betyder här att verktyget systematiskt behandlar en grupp sämre. Det kan hända även "
        "om verktyget aldrig ser kön eller ursprung, eftersom andra uppgifter kan fungera som "
        "**proxyvariabler**, alltså ersättare för det skyddade kännetecknet:\n\n"
        "- postnummer eller bostadsområde kan spegla etnisk bakgrund,\n"
        "- luckor i CV:t kan spegla föräldraledighet eller sjukdom,\n"
        "- språk, namn, fritidsintressen eller examensår kan spegla ursprung, kön eller ålder.\n\n"
        "Enligt diskrimineringslagen kan en till synes neutral regel som särskilt missgynnar en grupp "
        "vara **indirekt diskriminering** (1 kap. 4 §). Därför granskar man utfallet per grupp, inte "
        "bara vilka uppgifter verktyget använder.",
        "**Bias** here means that the tool systematically treats one group worse. This can happen "
        "even if the tool never sees gender or origin, because other data can act as **proxies**:\n\n"
        "- postcode or neighbourhood can reflect ethnic background,\n"
        "- gaps in a CV can reflect parental leave or illness,\n"
        "- language, names, hobbies or graduation year can reflect origin, sex or age.\n\n"
        "Under the Swedish Discrimination Act, an apparently neutral rule that particularly "
        "disadvantages a group can be **indirect discrimination** (ch. 1 s. 4). That is why one "
        "audits the outcome per group, not just which data the tool uses.",
    ),
    "learn_four_fifths_title": (
        "Fyrafemtedelsregeln – ett räkneexempel",
        "The four-fifths rule – a worked example",
    ),
    "learn_four_fifths_body": (
        "Tänk dig 3 000 sökande födda i Sverige, varav 925 kallas till intervju, och 1 100 sökande "
        "födda utanför Europa, varav 217 kallas.\n\n"
        "1. Andel som gick vidare: 925 / 3 000 = **30,8 %** och 217 / 1 100 = **19,7 %**.\n"
        "2. Kvot: 19,7 / 30,8 = **0,64**.\n"
        "3. Jämför med 0,8 (fyra femtedelar): 0,64 är lägre, alltså **negativ påverkan** enligt "
        "tumregeln.\n"
        "4. Hur många fler hade behövt gå vidare för att nå gränsen? 0,8 × 30,8 % × 1 100 = 271,3, "
        "alltså minst 272 personer – **55 fler** än 217. För samma andel som jämförelsegruppen hade "
        "det behövts 339, dvs. 122 fler.\n\n"
        "Regeln kommer från USA:s riktlinjer för urval (UGESP). Den är ett sätt att upptäcka "
        "skillnader som ska utredas – den säger inte varför skillnaden finns.",
        "Imagine 3,000 applicants born in Sweden, of whom 925 are invited to an interview, and 1,100 "
        "applicants born outside Europe, of whom 217 are invited.\n\n"
        "1. Selection rates: 925 / 3,000 = **30.8%** and 217 / 1,100 = **19.7%**.\n"
        "2. Ratio: 19.7 / 30.8 = **0.64**.\n"
        "3. Compare with 0.8 (four-fifths): 0.64 is lower, so this is **adverse impact** by the rule "
        "of thumb.\n"
        "4. How many more would have had to be selected to reach the line? 0.8 × 30.8% × 1,100 = "
        "271.3, so at least 272 people – **55 more** than 217. For the same rate as the reference "
        "group it would have taken 339, i.e. 122 more.\n\n"
        "The rule comes from the US selection guidelines (UGESP). It is a way to spot differences "
        "worth investigating – it does not say why the difference exists.",
    ),
    "learn_intervals_p_values_title": (
        "Osäkerhet och p-värden på vanlig svenska",
        "Uncertainty and p-values in plain words",
    ),
    "learn_intervals_p_values_body": (
        "Siffror från en grupp sökande är alltid lite osäkra – nästa månad ser de annorlunda ut.\n\n"
        "- **Konfidensintervallet** är ett spann där den verkliga andelen troligen ligger. Ju fler "
        "personer, desto smalare spann. Överlappar två gruppers spann mycket kan skillnaden vara slump.\n"
        "- **p-värdet** svarar på frågan: om verktyget egentligen var rättvist, hur ofta skulle vi då "
        "se en så här stor skillnad av ren slump? Ett p-värde på 0,002 betyder 2 gånger på 1 000 – "
        "alltså knappast slump.\n"
        "- Ett **högt** p-värde frikänner inte verktyget. Små grupper ger sällan låga p-värden även "
        "när skillnaden är verklig.\n\n"
        "Titta därför både på hur **stor** skillnaden är (kvoten, antal personer) och hur **säker** "
        "den är (intervall, p-värde).",
        "Figures from one group of applicants are always a little uncertain – next month they will "
        "look different.\n\n"
        "- The **confidence interval** is a range where the true rate probably lies. The more people, "
        "the narrower the range. If two groups' ranges overlap a lot, the difference may be chance.\n"
        "- The **p-value** answers: if the tool were actually fair, how often would we see a "
        "difference this large by pure chance? A p-value of 0.002 means 2 times in 1,000 – so hardly "
        "chance.\n"
        "- A **high** p-value does not clear the tool. Small groups rarely give low p-values even when "
        "the difference is real.\n\n"
        "So look both at how **large** the difference is (the ratio, the number of people) and how "
        "**certain** it is (interval, p-value).",
    ),
    "learn_gdpr_title": (
        "GDPR: automatiserade beslut och konsekvensbedömning",
        "GDPR: automated decisions and impact assessment",
    ),
    "learn_gdpr_body": (
        "- **Art. 22**: en person har rätt att inte bli föremål för ett beslut som *enbart* grundas "
        "på automatiserad behandling om det påverkar henne betydligt – som att sorteras bort i en "
        "rekrytering. Det krävs verklig mänsklig prövning, och möjlighet att framföra sin syn och "
        "bestrida beslutet. EU-domstolen (SCHUFA, C-634/21) har sagt att en poäng kan vara ett sådant "
        "beslut om den i praktiken avgör.\n"
        "- **Art. 13–15**: sökande ska få veta att automatiserat beslutsfattande förekommer och få "
        "meningsfull information om logiken bakom.\n"
        "- **Art. 35**: en **konsekvensbedömning avseende dataskydd** krävs när behandlingen sannolikt "
        "innebär hög risk. Uppfylls två eller fler av kriterierna (t.ex. bedömning eller poängsättning, "
        "automatiserade beslut, känsliga uppgifter, sökande och anställda som sårbara registrerade, "
        "ny teknik) behövs den i regel.\n"
        "- **Art. 9**: uppgifter om etniskt ursprung, hälsa, religion eller sexualliv är känsliga. "
        "Använd helst sammanräknade antal när ni granskar bias.",
        "- **Art. 22**: a person has the right not to be subject to a decision based *solely* on "
        "automated processing if it significantly affects them – like being screened out of a "
        "recruitment. Real human review is needed, plus the chance to express a view and contest the "
        "decision. The EU Court of Justice (SCHUFA, C-634/21) held that a score can be such a decision "
        "when it is decisive in practice.\n"
        "- **Art. 13–15**: applicants must be told that automated decision-making is used and get "
        "meaningful information about the logic involved.\n"
        "- **Art. 35**: a **data protection impact assessment (DPIA)** is required when the processing "
        "is likely to result in a high risk. If two or more criteria are met (e.g. evaluation or "
        "scoring, automated decisions, sensitive data, applicants and employees as vulnerable data "
        "subjects, new technology), one is usually needed.\n"
        "- **Art. 9**: data on ethnic origin, health, religion or sex life are special categories. "
        "Prefer aggregated counts when you audit for bias.",
    ),
    "learn_ai_act_title": (
        "AI-förordningen: högrisk, AI-kunnighet och era skyldigheter",
        "The AI Act: high risk, AI literacy and your duties",
    ),
    "learn_ai_act_body": (
        "- **Högrisk** (bilaga III punkt 4): AI för rekrytering och urval, befordran, uppsägning, "
        "fördelning av arbetsuppgifter och uppföljning av anställda. Kraven för högrisksystem gäller "
        "enligt den politiska överenskommelsen (Digital Omnibus) från 2 december 2027 – kontrollera "
        "mot EU:s officiella tidning.\n"
        "- **Art. 4 AI-kunnighet** (gäller sedan 2 februari 2025): alla som använder AI-system i "
        "arbetet ska ha tillräcklig förståelse för hur de fungerar och var de brister. För HR betyder "
        "det utbildning för både HR-medarbetare och chefer.\n"
        "- **Art. 5.1 f**: AI som tolkar känslor hos anställda eller sökande är förbjuden.\n"
        "- **Art. 26, era skyldigheter som användare** av ett högrisksystem: följ leverantörens "
        "instruktioner, utse kompetenta personer för mänsklig tillsyn, se till att indata är "
        "relevanta och representativa, övervaka driften och pausa vid risk, spara loggar minst sex "
        "månader, informera fackliga företrädare och anställda innan start, och informera de "
        "personer som berörs.\n"
        "- **Art. 27**: offentliga arbetsgivare ska göra en konsekvensbedömning för grundläggande "
        "rättigheter före första användningen.",
        "- **High risk** (Annex III point 4): AI for recruitment and selection, promotion, "
        "termination, task allocation and monitoring of staff. Under the political agreement (Digital "
        "Omnibus) the high-risk requirements apply from 2 December 2027 – check the Official "
        "Journal.\n"
        "- **Art. 4 AI literacy** (applies since 2 February 2025): everyone using AI systems at work "
        "needs a sufficient understanding of how they work and where they fail. For HR this means "
        "training for both HR staff and managers.\n"
        "- **Art. 5(1)(f)**: AI that infers the emotions of employees or applicants is prohibited.\n"
        "- **Art. 26, your duties as a deployer** of a high-risk system: follow the provider's "
        "instructions, assign competent people to human oversight, make sure input data is relevant "
        "and representative, monitor operation and suspend on risk, keep logs at least six months, "
        "inform workers' representatives and staff before use, and inform the people affected.\n"
        "- **Art. 27**: public employers must carry out a fundamental rights impact assessment before "
        "first use.",
    ),
    "learn_active_measures_title": (
        "Aktiva åtgärder mot diskriminering",
        "Active measures against discrimination",
    ),
    "learn_active_measures_body": (
        "Diskrimineringslagen (3 kap.) kräver att arbetsgivare arbetar förebyggande i fyra steg, "
        "löpande och tillsammans med fackliga företrädare:\n\n"
        "1. **Undersök** risker för diskriminering – t.ex. med en biasgranskning av verktyget.\n"
        "2. **Analysera** orsakerna – vad i verktyget eller processen ger skillnaden?\n"
        "3. **Åtgärda** – ändra inställningar, kräv ändringar av leverantören, stärk den mänskliga "
        "prövningen.\n"
        "4. **Följ upp** – granska igen och se om åtgärderna hjälpte.\n\n"
        "Arbetet gäller alla sju diskrimineringsgrunder och bland annat området **rekrytering och "
        "befordran**. Arbetsgivare med 25 anställda eller fler ska dokumentera arbetet skriftligt varje "
        "år (3 kap. 13 §). Diskrimineringsombudsmannen (DO) har tillsyn.",
        "The Swedish Discrimination Act (ch. 3) requires employers to work preventively in four "
        "steps, continuously and together with employee representatives:\n\n"
        "1. **Investigate** risks of discrimination – e.g. with a bias audit of the tool.\n"
        "2. **Analyse** the causes – what in the tool or the process creates the difference?\n"
        "3. **Act** – change settings, require changes from the vendor, strengthen human review.\n"
        "4. **Follow up** – audit again and see whether the measures helped.\n\n"
        "The work covers all seven grounds of discrimination and, among other areas, **recruitment "
        "and promotion**. Employers with 25 or more employees must document the work in writing every "
        "year (ch. 3 s. 13). The Equality Ombudsman (DO) supervises.",
    ),
}

TEXTS = Catalogue.from_pairs(_TEXTS)


def has_text(key: str) -> bool:
    return key in TEXTS


def ui_text(key: str, lang: Lang, /, **values: Any) -> str:
    """The text for ``key`` in ``lang`` with ``{placeholders}`` filled.

    An unknown key shows as ``[key]`` instead of crashing the page; a test keeps that from shipping.
    """
    if key not in TEXTS:
        return UNKNOWN_KEY.format(key=key)
    return TEXTS.text(key, lang, **values)

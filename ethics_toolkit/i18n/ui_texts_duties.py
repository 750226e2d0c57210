# ruff: noqa: E501  (a message catalogue: long sentences read better unbroken)
"""The app's texts of the deployer's duties (issue 15), merged into the UI catalogue."""

from __future__ import annotations

from ethics_toolkit.i18n.text import Bilingual, Plural

DUTIES_TEXTS: dict[str, Bilingual | Plural] = {
    "nav_duties": Bilingual(sv="Skyldigheter", en="Duties"),
    "duties_title": Bilingual(sv="Skyldigheter under användningen", en="Duties while in use"),
    "duties_intro": Bilingual(
        sv="Det lagen kräver medan verktyget används: följ upp det, informera de berörda, besvara begäranden om förklaring och dokumentera de aktiva åtgärderna. Allt sparas i registret med historik.",
        en="What the law asks while the tool is in use: monitor it, inform the people concerned, answer requests for an explanation and document the active measures. Everything is kept in the register with its history.",
    ),
    "duties_tab_monitoring": Bilingual(sv="Uppföljning", en="Monitoring"),
    "duties_tab_requests": Bilingual(sv="Förklaringsbegäranden", en="Explanation requests"),
    "duties_tab_notices": Bilingual(sv="Information", en="Notices"),
    "duties_tab_active": Bilingual(sv="Aktiva åtgärder", en="Active measures"),
    # -- tasks ---------------------------------------------------------------------------------
    "tasks_title": Bilingual(sv="Uppgifter efter larm", en="Tasks after an alert"),
    "tasks_none": Bilingual(
        sv="Inga öppna uppgifter. När en sparad granskning passerar en gräns i uppföljningsplanen skapas en uppgift här.",
        en="No open tasks. When a saved audit crosses a threshold of the monitoring plan, a task appears here.",
    ),
    "task_meta": Bilingual(
        sv="Ansvarig: {owner} · klart senast {due} ({when})",
        en="Owner: {owner} · due {due} ({when})",
    ),
    "task_outcome": Bilingual(
        sv="Bedömning och beslut (t.ex. användningen pausad, leverantören informerad)",
        en="Assessment and decision (e.g. use suspended, provider informed)",
    ),
    "task_done_button": Bilingual(sv="Markera som bedömd", en="Mark as assessed"),
    "task_done_saved": Bilingual(sv="Uppgiften är klar.", en="The task is done."),
    "tasks_done_title": Plural(
        one=Bilingual(sv="{count} avslutad uppgift", en="{count} finished task"),
        other=Bilingual(sv="{count} avslutade uppgifter", en="{count} finished tasks"),
    ),
    "task_done_line": Bilingual(
        sv="{opened}: {reason} Bedömd {on} av {by}: {outcome}",
        en="{opened}: {reason} Assessed {on} by {by}: {outcome}",
    ),
    # -- series --------------------------------------------------------------------------------
    "series_title": Bilingual(sv="Kvoten över tid", en="The impact ratio over time"),
    "series_pick": Bilingual(sv="Jämför efter", en="Compare by"),
    "series_caption": Bilingual(
        sv="Varje punkt är en grupp jämförd med referensgruppen i samma granskning eller period; strecken är 95 % konfidensintervall och den streckade linjen fyrafemtedelsgränsen 0,80.",
        en="Each point is a group against the reference group of the same audit or period; the whiskers are 95% confidence intervals and the dashed line is the four-fifths line at 0.80.",
    ),
    "series_too_few": Bilingual(
        sv="Diagrammet visas när minst två granskningar eller perioder finns. Spara nästa granskning, eller välj en datumkolumn under Biasgranskning (”Datumkolumn: granska också per period”) för att granska loggen per period.",
        en="The chart appears once there are at least two audits or periods. Save the next audit, or choose a date column in Bias audit (“Date column: also audit each period”) to audit the log by period.",
    ),
    "series_no_audit": Bilingual(
        sv="Ingen biasgranskning är sparad för verktyget ännu.",
        en="No bias audit has been saved for the tool yet.",
    ),
    "series_x": Bilingual(sv="Granskning eller period", en="Audit or period"),
    "series_y": Bilingual(sv="Kvot", en="Impact ratio"),
    "series_group": Bilingual(sv="Grupp", en="Group"),
    "series_low": Bilingual(sv="Intervall, lägst", en="Interval, low"),
    "series_high": Bilingual(sv="Intervall, högst", en="Interval, high"),
    # -- the bias-audit page: periods -----------------------------------------------------------
    "map_period": Bilingual(
        sv="Datumkolumn: granska också per period", en="Date column: also audit each period"
    ),
    "map_period_help": Bilingual(
        sv="Delar loggen i perioder (datum som 2026-03-15, 15/03/2026 eller Excel-datum) och visar kvoten per period och om den ändrats mer än slumpen förklarar. Kolumner med datum: {columns}.",
        en="Splits the log into periods (dates like 2026-03-15, 15/03/2026 or Excel dates) and shows the impact ratio per period and whether it changed by more than chance. Columns with dates: {columns}.",
    ),
    "map_freq": Bilingual(sv="Periodlängd", en="Period length"),
    "freq_month": Bilingual(sv="Månad", en="Month"),
    "freq_quarter": Bilingual(sv="Kvartal", en="Quarter"),
    "freq_year": Bilingual(sv="År", en="Year"),
    "periods_title": Bilingual(sv="Över tid", en="Over time"),
    # -- plan ----------------------------------------------------------------------------------
    "plan_title": Bilingual(sv="Uppföljningsplan", en="Monitoring plan"),
    "plan_intro": Bilingual(
        sv="AI-förordningen art. 26.5: den som använder ett högrisksystem övervakar det och, vid risk, avbryter användningen och informerar leverantören och marknadskontrollmyndigheten. Planen säger vad ni mäter, hur ofta, när ett resultat larmar och vem som ansvarar.",
        en="AI Act Art. 26(5): the deployer of a high-risk system monitors it and, on a risk, suspends use and informs the provider and the market surveillance authority. The plan says what you measure, how often, when a result raises an alert and who is responsible.",
    ),
    "plan_none": Bilingual(
        sv="Ingen plan sparad ännu; tills dess larmar granskningar med standardgränserna.",
        en="No plan saved yet; until then audits raise alerts at the default thresholds.",
    ),
    "plan_agreement_on": Bilingual(
        sv="Larma när besluten följer verktyget nästan alltid",
        en="Alert when decisions almost always follow the tool",
    ),
    "plan_save": Bilingual(sv="Spara planen", en="Save the plan"),
    "plan_saved": Bilingual(sv="Planen är sparad.", en="The plan is saved."),
    # -- requests ------------------------------------------------------------------------------
    "req_intro": Bilingual(
        sv="Den som berörs av ett beslut kan be om en förklaring av AI-systemets roll och de viktigaste skälen (AI-förordningen art. 86, GDPR art. 15.1 h och 22.3). Svaret ska komma inom en månad (GDPR art. 12.3). Skriv bara in en ärendehänvisning, aldrig rader ur beslutsloggen.",
        en="A person affected by a decision can ask for an explanation of the AI system's role and the main reasons (AI Act Art. 86, GDPR Art. 15(1)(h) and 22(3)). The answer is due within one month (GDPR Art. 12(3)). Enter a case reference only, never rows of the decision log.",
    ),
    "req_add": Bilingual(sv="Registrera en begäran", en="Register a request"),
    "req_reference_help": Bilingual(
        sv="Det ni använder för att hitta ärendet, t.ex. ärendenummer. Undvik personnummer; hänvisningen sparas aldrig i historiken.",
        en="What you use to find the case, e.g. a case number. Avoid personal identity numbers; the reference is never kept in the history.",
    ),
    "req_add_save": Bilingual(sv="Registrera", en="Register"),
    "req_added": Bilingual(
        sv="Begäran är registrerad; svar senast {due}.",
        en="The request is registered; answer due {due}.",
    ),
    "req_open_title": Plural(
        one=Bilingual(sv="{count} obesvarad begäran", en="{count} open request"),
        other=Bilingual(sv="{count} obesvarade begäranden", en="{count} open requests"),
    ),
    "req_none_open": Bilingual(sv="Inga obesvarade begäranden.", en="No open requests."),
    "req_line": Bilingual(
        sv="**{reference}** · inkom {received} · svar senast {due} · {when}",
        en="**{reference}** · received {received} · answer due {due} · {when}",
    ),
    "req_overdue": Bilingual(sv="försenad", en="overdue"),
    "req_closed_line": Bilingual(
        sv="**{reference}** · {status} · inkom {received} · svar senast {due}",
        en="**{reference}** · {status} · received {received} · answer due {due}",
    ),
    "req_answer_title": Bilingual(sv="Besvara ”{reference}”", en="Answer ”{reference}”"),
    "req_draft": Bilingual(
        sv="Svar (utkast från registret: fyll i det som är markerat och ändra fritt)",
        en="Answer (a draft from the register: fill in what is marked and edit freely)",
    ),
    "req_answered_on": Bilingual(sv="Svaret skickades", en="Answer sent on"),
    "req_answer_save": Bilingual(
        sv="Spara svaret och stäng ärendet", en="Save the answer and close the case"
    ),
    "req_still_marked": Bilingual(
        sv="Svaret innehåller fortfarande ”{marker}”: fyll i det markerade innan svaret sparas.",
        en="The answer still contains ”{marker}”: fill in what is marked before saving it.",
    ),
    "req_withdraw": Bilingual(sv="Markera som återkallad", en="Mark as withdrawn"),
    "req_saved": Bilingual(sv="Ärendet är stängt.", en="The case is closed."),
    "req_closed_title": Plural(
        one=Bilingual(sv="{count} stängt ärende", en="{count} closed case"),
        other=Bilingual(sv="{count} stängda ärenden", en="{count} closed cases"),
    ),
    "req_history": Bilingual(sv="Historik", en="History"),
    "req_history_none": Bilingual(sv="Ingen historik ännu.", en="No history yet."),
    # -- notices -------------------------------------------------------------------------------
    "notice_intro": Bilingual(
        sv="Meddelandena byggs av registrets uppgifter. Det som saknas markeras ”att komplettera”, inget hittas på.",
        en="The notices are built from the register's facts. What is missing is marked “to complete”; nothing is made up.",
    ),
    "notice_facts": Bilingual(sv="Uppgifter till meddelandena", en="Facts for the notices"),
    "notice_facts_save": Bilingual(sv="Spara uppgifterna", en="Save the facts"),
    "notice_texts_lang_help": Bilingual(
        sv="Det språk som syftet, den mänskliga prövningen och de andra texterna ovan är skrivna "
        "på. Ett meddelande på ett annat språk använder översättningarna nedan.",
        en="The language the purpose, the human review and the other texts above are written in. "
        "A notice in another language uses the translations below.",
    ),
    "notice_translation": Bilingual(
        sv="Texterna på {language} (för meddelanden på det språket)",
        en="The texts in {language} (for notices in that language)",
    ),
    "req_answer_download": Bilingual(
        sv="Ladda ner svaret som det skickades", en="Download the answer as it was sent"
    ),
    "notice_facts_saved": Bilingual(sv="Uppgifterna är sparade.", en="The facts are saved."),
    "notice_applicants": Bilingual(
        sv="Till sökande och andra som berörs (GDPR art. 13/14, AI-förordningen art. 26.11)",
        en="To applicants and others affected (GDPR Art. 13/14, AI Act Art. 26(11))",
    ),
    "notice_representatives": Bilingual(
        sv="Till arbetstagarnas företrädare före användning (AI-förordningen art. 26.7, MBL)",
        en="To workers' representatives before use (AI Act Art. 26(7), MBL)",
    ),
    "notice_missing": Bilingual(sv="Att komplettera: {facts}", en="To complete: {facts}"),
    "notice_complete": Bilingual(
        sv="Alla uppgifter finns i registret.", en="Every fact is in the register."
    ),
    "notice_make_pdf": Bilingual(sv="Skapa PDF", en="Make the PDF"),
    "notice_download_pdf": Bilingual(sv="Ladda ned PDF", en="Download PDF"),
    "notice_download_txt": Bilingual(sv="Ladda ned som text", en="Download as text"),
    "notice_preview": Bilingual(sv="Visa texten", en="Show the text"),
    # -- active measures -----------------------------------------------------------------------
    "active_intro": Bilingual(
        sv="Diskrimineringslagen 3 kap.: undersöka, analysera, åtgärda och följa upp, varje år. Arbetsgivare med 25 eller fler anställda dokumenterar arbetet skriftligt. PDF:en bygger på registrets risker, granskningar, uppgifter och åtgärder för alla verktyg.",
        en="Discrimination Act ch. 3: investigate, analyse, act and follow up, every year. Employers with 25 or more employees document the work in writing. The PDF is built from the register's risks, audits, tasks and measures for every tool.",
    ),
    "active_year": Bilingual(sv="År", en="Year"),
    "active_make": Bilingual(sv="Skapa dokumentationen", en="Make the documentation"),
    "active_download": Bilingual(sv="Ladda ned PDF", en="Download PDF"),
    # -- overview --------------------------------------------------------------------------------
    "duties_first_title": Bilingual(sv="Att göra först", en="To do first"),
    "duties_first_task": Bilingual(
        sv="**{tool}**: {title}. {reason} Ansvarig {owner}, klart senast {due} ({when}).",
        en="**{tool}**: {title}. {reason} Owner {owner}, due {due} ({when}).",
    ),
    "duties_first_request": Bilingual(
        sv="**{tool}**: förklaringsbegäran ”{reference}” skulle ha besvarats senast {due} ({when}).",
        en="**{tool}**: the explanation request ”{reference}” was due {due} ({when}).",
    ),
    "duties_first_link": Bilingual(sv="Till Skyldigheter", en="Go to Duties"),
}

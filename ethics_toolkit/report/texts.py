# ruff: noqa: E501  (a message catalogue: long sentences read better unbroken)
"""The report's own sentences, in Swedish and English, written for managers without statistics.

What the report shares with the app and the CLI is not repeated here: enum and field labels come
from ``register/labels.py``, the audit tables and their notes from ``engine/presentation.py``, the
traffic light from ``register/status.py``, and the long prose (method, glossary, competence
measures) from Markdown files in ``i18n/prose/``. Placeholders use ``str.format`` names; numbers
are formatted by the caller for the language.
"""

from __future__ import annotations

from ethics_toolkit.i18n import Lang, prose
from ethics_toolkit.i18n.text import Bilingual, Catalogue, Plural
from ethics_toolkit.report.texts_document import DOCUMENT_TEXTS

_TEXTS: dict[str, Bilingual | Plural] = {
    # --- Document frame ---------------------------------------------------------------------
    "doc.title_tool": Bilingual(
        sv="Granskningsrapport för AI-verktyg", en="Audit report for an AI tool"
    ),
    "doc.title_audit": Bilingual(
        sv="Biasgranskning av urvalsbeslut", en="Bias audit of selection decisions"
    ),
    "doc.subject": Bilingual(
        sv="Riskbedömning och biasgranskning av ett AI-stöd i HR-beslut",
        en="Risk assessment and bias audit of AI decision support in HR",
    ),
    "doc.page": Bilingual(sv="Sida {page} av {total}", en="Page {page} of {total}"),
    "doc.confidential_default": Bilingual(
        sv="Internt – endast för ledning och HR", en="Internal – for management and HR only"
    ),
    # --- Cover ----------------------------------------------------------------------------------
    "cover.tool": Bilingual(sv="Verktyg", en="Tool"),
    "cover.vendor": Bilingual(sv="Leverantör", en="Vendor"),
    "cover.report_date": Bilingual(sv="Rapportdatum", en="Report date"),
    "cover.period": Bilingual(sv="Dataperiod", en="Period of the data"),
    "cover.prepared_by": Bilingual(sv="Upprättad av", en="Prepared by"),
    "cover.confidentiality": Bilingual(sv="Sekretess", en="Confidentiality"),
    "cover.data_file": Bilingual(sv="Datafil", en="Data file"),
    "cover.not_stated": Bilingual(sv="ej angivet", en="not stated"),
    "cover.intro_tool": Bilingual(
        sv="Rapporten sammanfattar riskregistret, checklistorna och den senaste biasgranskningen av "
        "verktyget. Den är skriven för att läsas av ledningen på tio minuter och för att kunna "
        "kontrolleras rad för rad av en revisor eller Diskrimineringsombudsmannen.",
        en="This report summarises the risk register, the checklists and the latest bias audit of the "
        "tool. It is written to be read by management in ten minutes and to be checked line by "
        "line by an auditor or the Equality Ombudsman.",
    ),
    "cover.intro_tool_no_audit": Bilingual(
        sv="Rapporten sammanfattar riskregistret och checklistorna för verktyget; ingen "
        "biasgranskning är sparad ännu. Den är skriven för att läsas av ledningen på tio minuter "
        "och för att kunna kontrolleras rad för rad av en revisor eller Diskrimineringsombudsmannen.",
        en="This report summarises the risk register and the checklists of the tool; no bias audit "
        "has been saved yet. It is written to be read by management in ten minutes and to be "
        "checked line by line by an auditor or the Equality Ombudsman.",
    ),
    "cover.intro_audit": Bilingual(
        sv="Rapporten visar om urvalet i beslutsloggen skiljer sig mellan grupper av sökande, hur "
        "säkra siffrorna är och vad de inte kan visa.",
        en="This report shows whether selection in the decision log differs between groups of "
        "applicants, how certain the figures are, and what they cannot show.",
    ),
    "cover.contents": Bilingual(sv="Innehåll", en="Contents"),
    # --- Section titles -------------------------------------------------------------------------
    "sec.summary": Bilingual(sv="Sammanfattning för ledningen", en="Executive summary"),
    "sec.tool": Bilingual(
        sv="Verktyget och dess rättsliga klassificering", en="The tool and its legal classification"
    ),
    "sec.risks": Bilingual(sv="Riskregister", en="Risk register"),
    "sec.checklists": Bilingual(sv="Checklistornas resultat", en="Checklist results"),
    "sec.audit": Bilingual(sv="Biasgranskning av urvalet", en="Bias audit"),
    "sec.provenance": Bilingual(sv="Datakälla och spårbarhet", en="Data provenance"),
    "sec.monitoring": Bilingual(sv="Uppföljning över tid", en="Monitoring over time"),  # issue 15
    "sec.paired": Bilingual(sv="Parat test av verktyget", en="Paired test of the tool"),  # issue 24
    "sec.competence": Bilingual(sv="Kompetens och tillsyn", en="Competence and oversight"),  # 23
    "sec.method": Bilingual(sv="Metod och begränsningar", en="Method and limitations"),
    "sec.actions": Bilingual(
        sv="Handlingsplan enligt aktiva åtgärder", en="Action plan as active measures"
    ),
    "sec.signoff": Bilingual(sv="Beslut och underskrift", en="Decision and sign-off"),
    "sec.glossary": Bilingual(sv="Ordlista", en="Glossary"),
    # --- Summary --------------------------------------------------------------------------------
    "sum.findings": Bilingual(sv="Viktigaste iakttagelserna", en="Most important findings"),
    "sum.decisions": Bilingual(
        sv="Beslut som ledningen behöver fatta", en="Decisions management must take"
    ),
    "sum.next_review": Bilingual(sv="Nästa uppföljning", en="Next review"),
    "sum.no_decisions": Bilingual(
        sv="Inga beslut krävs utöver att fastställa nästa uppföljning.",
        en="No decisions are needed beyond confirming the next review.",
    ),
    # --- Tool & legal classification ------------------------------------------------------------
    "tool.profile": Bilingual(sv="Verktygets profil", en="Tool profile"),
    "tool.classification": Bilingual(sv="Rättslig klassificering", en="Legal classification"),
    "cls.risk_class": Bilingual(sv="Riskklass enligt AI-förordningen", en="AI Act risk class"),
    "cls.fria": Bilingual(sv="FRIA behövs (art. 27)", en="FRIA needed (Art. 27)"),
    "cls.dpia": Bilingual(
        sv="DPIA sannolikt nödvändig (GDPR art. 35)", en="DPIA likely needed (GDPR Art. 35)"
    ),
    "cls.art22": Bilingual(
        sv="Risk för helt automatiserat beslut (GDPR art. 22)",
        en="Concern of solely automated decisions (GDPR Art. 22)",
    ),
    "cls.active_measures": Bilingual(
        sv="Skyldighet att dokumentera aktiva åtgärder (DL 3 kap. 13 §)",
        en="Duty to document active measures (Discrimination Act ch. 3 § 13)",
    ),
    "cls.wp248": Bilingual(sv="WP248-kriterier som är uppfyllda", en="WP248 criteria met"),
    "cls.why": Bilingual(sv="Skäl", en="Reasons"),
    "yes": Bilingual(sv="Ja", en="Yes"),
    "no": Bilingual(sv="Nej", en="No"),
    # --- Risks ----------------------------------------------------------------------------------
    "risk.intro": Bilingual(
        sv="Varje risk bedöms efter sannolikhet (1–5) och konsekvens (1–5); riskvärdet är "
        "produkten. "
        "Kartan till vänster visar risknivån före åtgärder, kartan till höger efter planerade "
        "åtgärder. Siffran i en ruta är antalet risker.",
        en="Each risk is rated for likelihood (1–5) and severity (1–5); its score is the product. "
        "The left map shows the risk level before treatment, the right map after the planned "
        "treatment. The number in a square is the count of risks.",
    ),
    "risk.inherent": Bilingual(sv="Före åtgärder", en="Before treatment"),
    "risk.residual": Bilingual(sv="Efter åtgärder", en="After treatment"),
    "risk.title": Bilingual(sv="Risk", en="Risk"),
    "risk.score": Bilingual(sv="Riskvärde", en="Score"),
    "risk.residual_short": Bilingual(sv="Rest", en="Resid."),
    "risk.none": Bilingual(sv="Inga risker är registrerade.", en="No risks are recorded."),
    "risk.approved_by": Bilingual(sv="av {name}", en="by {name}"),
    # Issue 22 and issue 21 item 3: decisions to accept a risk, with four eyes.
    "risk.decisions": Bilingual(sv="Beslut att acceptera risker", en="Decisions to accept risks"),
    "risk.decisions_intro": Bilingual(
        sv="En accepterad risk är godkänd först när en annan person än den som föreslog beslutet, "
        "med rollen godkännare, har godkänt det, och när risken gäller diskriminering eller är hög "
        "eller kritisk med en motivering: berättigat syfte, lämpliga och nödvändiga medel "
        "(diskrimineringslagen 1 kap. 4 §) och alternativ som övervägts.",
        en="An accepted risk is approved only when a person other than its proposer, with the "
        "approver role, has approved it, and, when it concerns discrimination or is high or "
        "critical, with a justification: a legitimate aim, appropriate and necessary means "
        "(Discrimination Act ch. 1 § 4) and the alternatives considered.",
    ),
    "risk.decision_state": Bilingual(sv="Läge", en="State"),
    "risk.decision_proposed": Bilingual(sv="Föreslaget av", en="Proposed by"),
    "risk.decision_approved": Bilingual(sv="Godkänt av", en="Approved by"),
    "risk.decision_why": Bilingual(sv="Motivering", en="Justification"),
    "risk.decision_who": Bilingual(sv="{who}, {date}", en="{who}, {date}"),
    "risk.decision_reasons": Bilingual(
        sv="Syfte: {aim} Nödvändighet: {necessity} Alternativ: {alternatives}",
        en="Aim: {aim} Necessity: {necessity} Alternatives: {alternatives}",
    ),
    # --- Checklists -----------------------------------------------------------------------------
    "chk.intro": Bilingual(
        sv="Tabellen visar hur många punkter per område som är besvarade och uppfyllda. Därefter "
        "listas de punkter som inte är uppfyllda, med vägledning om vad som krävs.",
        en="The table shows how many items per area are answered and met. The items that are not "
        "met follow, with guidance on what is needed.",
    ),
    "chk.area": Bilingual(sv="Område", en="Area"),
    "chk.answered": Bilingual(sv="Besvarade", en="Answered"),
    "chk.met": Bilingual(sv="Uppfyllda", en="Met"),
    "chk.unmet": Bilingual(sv="Ej uppfyllda", en="Not met"),
    "chk.completion": Bilingual(sv="Andel besvarade", en="Completion"),
    "chk.unmet_items": Bilingual(sv="Punkter som inte är uppfyllda", en="Items not met"),
    "chk.none": Bilingual(
        sv="Inga checklistpunkter är besvarade.", en="No checklist items have been answered."
    ),
    "chk.all_met": Bilingual(
        sv="Alla besvarade punkter är uppfyllda.", en="All answered items are met."
    ),
    "chk.answer": Bilingual(sv="Svar", en="Answer"),
    "chk.guidance": Bilingual(sv="Vägledning", en="Guidance"),
    "chk.evidence": Bilingual(sv="Underlag", en="Evidence"),
    # --- Bias audit -----------------------------------------------------------------------------
    "aud.intro": Bilingual(
        sv="Urvalsandelen är andelen sökande i en grupp som valdes ut. Kvoten jämför en grupps "
        "andel med referensgruppens (den största andelen bland grupper som inte är små). En kvot "
        "under 0,8 (fyra femtedelar) kallas negativ särbehandlingseffekt och ska utredas.",
        en="The selection rate is the share of applicants in a group who were selected. The impact "
        "ratio compares a group's rate with the reference group's (the highest rate among groups "
        "that are not small). A ratio below 0.8 (four-fifths) is called adverse impact and must be "
        "investigated.",
    ),
    "aud.intro_scoring": Bilingual(
        sv="Verktyget ger poäng i stället för beslut. Andelen är här andelen sökande med poäng över "
        "medianen för alla sökande (som i New Yorks Local Law 144).",
        en="The tool gives scores rather than decisions. The rate is here the share of applicants "
        "scoring above the median of all applicants (as in New York's Local Law 144).",
    ),
    "aud.error_rates": Bilingual(
        sv="Felfrekvenser mot facit från den senare bedömningen. En lägre TPR betyder att "
        "kvalificerade sökande i gruppen oftare missades.",
        en="Error rates against the ground truth of the later assessment. A lower TPR means that "
        "qualified applicants in the group were missed more often.",
    ),
    "aud.chart_caption": Bilingual(
        sv="Staplarna visar andelen valda per grupp med 95 % konfidensintervall. Den streckade "
        "linjen är fyra femtedelar av referensgruppens andel: en stapel under linjen är under "
        "fyrafemtedelsgränsen.",
        en="The bars show each group's selection rate with its 95% confidence interval. The dashed "
        "line is four-fifths of the reference group's rate: a bar below it is below the "
        "four-fifths line.",
    ),
    "aud.chart_caption_scoring": Bilingual(
        sv="Staplarna visar andelen över medianpoängen per grupp med 95 % konfidensintervall. Den "
        "streckade linjen är fyra femtedelar av referensgruppens andel.",
        en="The bars show each group's share scoring above the median, with its 95% confidence "
        "interval. The dashed line is four-fifths of the reference group's share.",
    ),
    "aud.chart_four_fifths": Bilingual(sv="4/5 av referensgruppen", en="4/5 of the reference"),
    "aud.findings": Bilingual(sv="Iakttagelser i klartext", en="Findings in plain language"),
    "aud.warnings": Bilingual(
        sv="Varningar om data – läs dem innan du litar på siffrorna",
        en="Warnings about the data – read them before relying on the figures",
    ),
    "aud.no_audit": Bilingual(
        sv="Ingen biasgranskning är registrerad för verktyget. Granska beslutsloggen på sidan "
        "”Biasgranskning”, spara resultatet till verktyget och skapa rapporten igen.",
        en="No bias audit is recorded for the tool. Audit the decision log on the page “Bias "
        "audit”, save the result to the tool and build the report again.",
    ),
    "aud.run_info": Bilingual(
        sv="Granskningen kördes {date} av {who}.", en="The audit was run on {date} by {who}."
    ),
    # --- Provenance -----------------------------------------------------------------------------
    "prov.intro": Bilingual(
        sv="Uppgifterna nedan gör det möjligt att kontrollera att granskningen gjordes på rätt fil. "
        "Filens fingeravtryck (SHA-256) ändras om en enda byte i filen ändras. Endast "
        "sammanräknade antal per grupp har sparats, aldrig enskilda rader.",
        en="The details below make it possible to check that the audit used the right file. The "
        "file's fingerprint (SHA-256) changes if a single byte of the file changes. Only "
        "aggregated counts per group were kept, never individual rows.",
    ),
    "prov.file": Bilingual(sv="Fil", en="File"),
    "prov.sha256": Bilingual(sv="SHA-256", en="SHA-256"),
    "prov.rows_read": Bilingual(sv="Rader lästa", en="Rows read"),
    "prov.rows_used": Bilingual(sv="Rader använda", en="Rows used"),
    "prov.columns": Bilingual(sv="Kolumner i filen", en="Columns in the file"),
    "prov.columns_used": Bilingual(sv="Kolumner som användes", en="Columns used"),
    "prov.reading": Bilingual(sv="Hur filen lästes", en="How the file was read"),
    "prov.reading_value": Bilingual(
        sv="teckenkodning {encoding}, fältavgränsare {separator}, decimaltecken {decimal}, {kind}",
        en="encoding {encoding}, separator {separator}, decimal mark {decimal}, {kind}",
    ),
    # Issue 14: logs audited where they lie (database table or query, Parquet files).
    "prov.source": Bilingual(sv="Hur loggen lästes", en="How the log was read"),
    "prov.source_table": Bilingual(
        sv="databastabell, räknad i databasen ({fetched} grupperade rader hämtades, inga enskilda)",
        en="database table, counted in the database ({fetched} grouped rows fetched, no single "
        "row)",
    ),
    "prov.source_query": Bilingual(
        sv="databasfråga, räknad i databasen ({fetched} grupperade rader hämtades, inga enskilda)",
        en="database query, counted in the database ({fetched} grouped rows fetched, no single "
        "row)",
    ),
    "prov.source_parquet": Bilingual(
        sv="Parquet-filer, räknade med DuckDB ({fetched} grupperade rader)",
        en="Parquet files, counted with DuckDB ({fetched} grouped rows)",
    ),
    "prov.query_sha256": Bilingual(sv="Frågans SHA-256", en="SHA-256 of the query"),
    "prov.kind_rows": Bilingual(sv="en rad per sökande", en="one row per applicant"),
    "prov.kind_aggregated": Bilingual(
        sv="sammanräknade antal per grupp", en="aggregated counts per group"
    ),
    "prov.outcome": Bilingual(sv="Utfall", en="Outcome"),
    "prov.outcome_value": Bilingual(
        sv="kolumn {column}, valt = {positive}", en="column {column}, selected = {positive}"
    ),
    "prov.score_value": Bilingual(
        sv="poängkolumn {column}, andel över medianen ({median})",
        en="score column {column}, share above the median ({median})",
    ),
    "prov.excluded": Bilingual(
        sv="Rader utan utfall (ingår inte)", en="Rows without an outcome (left out)"
    ),
    "prov.truth": Bilingual(sv="Facit (senare bedömning)", en="Ground truth (later assessment)"),
    "prov.sensitive": Bilingual(sv="Skyddade egenskaper", en="Sensitive attributes"),
    "prov.run_at": Bilingual(sv="Granskad", en="Audited"),
    "prov.run_by": Bilingual(sv="Granskad av", en="Audited by"),
    "prov.confidence": Bilingual(sv="Konfidensnivå", en="Confidence level"),
    "prov.unknown": Bilingual(sv="okänd", en="unknown"),
    "prov.tab": Bilingual(sv="tabb", en="tab"),
    # --- Action plan ----------------------------------------------------------------------------
    "act.intro": Bilingual(
        sv="Diskrimineringslagen (3 kap.) kräver att arbetsgivaren fortlöpande arbetar med aktiva "
        "åtgärder i fyra steg, i samverkan med arbetstagarorganisationerna. Åtgärderna i "
        "riskregistret är ordnade efter dessa steg.",
        en="The Discrimination Act (ch. 3) requires employers to work continuously with active "
        "measures in four steps, in cooperation with the employees' organisations. The actions in "
        "the risk register are arranged by these steps.",
    ),
    "act.step1": Bilingual(sv="1. Undersöka risker", en="1. Investigate risks"),
    "act.step2": Bilingual(sv="2. Analysera orsaker", en="2. Analyse causes"),
    "act.step3": Bilingual(sv="3. Vidta åtgärder", en="3. Take measures"),
    "act.step4": Bilingual(sv="4. Följa upp och utvärdera", en="4. Follow up and evaluate"),
    "act.step1_text": Bilingual(
        sv="Checklistorna och biasgranskningen i denna rapport är undersökningen: {unmet}, "
        "{risks}, {adverse}.",
        en="The checklists and the bias audit in this report are the investigation: {unmet}, "
        "{risks}, {adverse}.",
    ),
    "n.unmet_items": Plural(
        one=Bilingual(sv="{count} punkt ej uppfylld", en="{count} item not met"),
        other=Bilingual(sv="{count} punkter ej uppfyllda", en="{count} items not met"),
    ),
    "n.risks_recorded": Plural(
        one=Bilingual(sv="{count} risk registrerad", en="{count} risk recorded"),
        other=Bilingual(sv="{count} risker registrerade", en="{count} risks recorded"),
    ),
    "act.step2_text": Bilingual(
        sv="Orsaken till varje skillnad ska utredas: verktygets inställningar och träningsdata, "
        "kraven i annonsen, vilka som sökte och hur besluten fattades. Leverantören ska lämna "
        "information enligt AI-förordningen art. 13.",
        en="The cause of each difference must be investigated: the tool's settings and training "
        "data, the requirements in the advertisement, who applied and how decisions were made. "
        "The vendor must provide information under AI Act Art. 13.",
    ),
    "act.step4_text": Bilingual(
        sv="Nästa uppföljning: {date}. Granska beslutsloggen igen efter åtgärderna och jämför "
        "kvoterna med denna rapport.",
        en="Next review: {date}. Audit the decision log again after the measures and compare the "
        "ratios with this report.",
    ),
    "act.risk": Bilingual(sv="Risk", en="Risk"),
    "act.none": Bilingual(sv="Inga åtgärder är registrerade.", en="No actions are recorded."),
    "act.competence_text": Bilingual(
        sv="Oavsett riskerna ovan krävs kompetens hos dem som använder verktyget "
        "(AI-förordningen art. 4 och art. 26.2):",
        en="Regardless of the risks above, the people using the tool need competence (AI Act Art. 4 "
        "and Art. 26(2)):",
    ),
    # --- Sign-off & history ---------------------------------------------------------------------
    "sign.intro": Bilingual(
        sv="Ledningens ställningstagande till bedömningen i denna rapport.",
        en="Management's decision on the assessment in this report.",
    ),
    "sign.none": Bilingual(
        sv="Ingen har ännu godkänt bedömningen. Fyll i nedan vid beslut.",
        en="No one has signed off the assessment yet. Fill in below when deciding.",
    ),
    "sign.blank": Bilingual(sv="Underskrift", en="Signature"),
    "sign.four_eyes": Bilingual(
        sv="Signeringen {date} gjordes av {signer}. Innehållet den godkänner (ändringar sedan "
        "förra signeringen) föreslogs av {proposers}.",
        en="The sign-off of {date} was made by {signer}. The content it approves (changes since "
        "the previous sign-off) was proposed by {proposers}.",
    ),
    "sign.nobody": Bilingual(sv="ingen registrerad person", en="no recorded person"),
    "hist.title": Bilingual(sv="Ändringshistorik", en="Change history"),
    "hist.intro": Plural(
        one=Bilingual(
            sv="Registret sparar varje ändring och kan inte ändras i efterhand. Sammanfattning: "
            "{count} ändring, {first}. Den visas nedan.",
            en="The register keeps every change and cannot be altered afterwards. Summary: {count} "
            "change, on {first}. It is listed below.",
        ),
        other=Bilingual(
            sv="Registret sparar varje ändring och kan inte ändras i efterhand. Sammanfattning: "
            "{count} ändringar mellan {first} och {last}. De senaste visas nedan.",
            en="The register keeps every change and cannot be altered afterwards. Summary: {count} "
            "changes between {first} and {last}. The latest are listed below.",
        ),
    ),
    "hist.none": Bilingual(sv="Ingen historik är registrerad.", en="No history is recorded."),
    "hist.when": Bilingual(sv="Tid", en="When"),
    "hist.who": Bilingual(sv="Vem", en="Who"),
    "hist.what": Bilingual(sv="Vad", en="What"),
    "hist.by_entity": Bilingual(sv="Ändringar per typ: {counts}.", en="Changes by type: {counts}."),
    "glo.term": Bilingual(sv="Begrepp", en="Term"),
    "glo.meaning": Bilingual(sv="Betydelse", en="Meaning"),
    # --- Issue 11: the decision process (oversight, funnel, what drives the decisions) --------
    "proc.oversight": Bilingual(
        sv="Mänsklig tillsyn: verktygets rekommendation och det slutliga beslutet",
        en="Human oversight: the tool's recommendation and the final decision",
    ),
    "proc.oversight_intro": Bilingual(
        sv="Verktyget rekommenderar och en människa beslutar. Tabellen jämför verktygets rekommendation med det slutliga beslutet för samma sökande: hur ofta de stämmer överens och hur ofta människan ändrade till ja eller nej. Följer människorna verktyget nästan alltid (95 % eller mer) beslutar verktyget i praktiken (GDPR art. 22, SCHUFA-domen C-634/21; AI-förordningen art. 14 och 26.2 om mänsklig tillsyn).",
        en="The tool recommends and a person decides. The table compares the tool's recommendation with the final decision for the same applicants: how often they agree and how often the person changed it to yes or to no. If people almost always follow the tool (95% or more), the tool decides in practice (GDPR Art. 22, SCHUFA ruling C-634/21; AI Act Art. 14 and 26(2) on human oversight).",
    ),
    "proc.headline": Bilingual(
        sv="Besluten följde verktygets rekommendation i {agreement} av de {n} jämförda fallen.",
        en="The decisions followed the tool's recommendation in {agreement} of the {n} cases compared.",
    ),
    "proc.tool_decides": Bilingual(
        sv="I praktiken beslutar verktyget: människorna ändrar nästan aldrig dess rekommendation.",
        en="In practice the tool decides: people almost never change its recommendation.",
    ),
    "proc.unknown_recommendation": Bilingual(
        sv="{count} rader utan rekommendation ingår inte i jämförelsen.",
        en="{count} rows without a recommendation are left out of this comparison.",
    ),
    "proc.tool_rate": Bilingual(
        sv="Andel verktyg",
        en="Tool rate",
    ),
    "proc.final_rate": Bilingual(
        sv="Andel beslut",
        en="Decision rate",
    ),
    "proc.agreement": Bilingual(
        sv="Samstämmig",
        en="Agreement",
    ),
    "proc.to_yes": Bilingual(
        sv="Till ja",
        en="To yes",
    ),
    "proc.to_no": Bilingual(
        sv="Till nej",
        en="To no",
    ),
    "proc.tool_ratio": Bilingual(
        sv="Kvot verktyg",
        en="Ratio tool",
    ),
    "proc.final_ratio": Bilingual(
        sv="Kvot beslut",
        en="Ratio decision",
    ),
    "proc.change_p": Bilingual(
        sv="p ändring",
        en="p change",
    ),
    "proc.chart_tool": Bilingual(
        sv="Verktygets rekommendation",
        en="The tool's recommendation",
    ),
    "proc.chart_final": Bilingual(
        sv="Det slutliga beslutet",
        en="The final decision",
    ),
    "proc.oversight_caption": Bilingual(
        sv="Staplarna visar per grupp andelen som verktyget rekommenderade och andelen som valdes i det slutliga beslutet. Växer skillnaden mellan grupperna från verktyg till beslut har människorna förstärkt den; krymper den har de minskat den.",
        en="For each group the bars show the share the tool recommended and the share selected in the final decision. If the gap between groups grows from tool to decision, people amplified it; if it shrinks, they reduced it.",
    ),
    "proc.funnel": Bilingual(
        sv="Urvalsprocessen steg för steg",
        en="The selection funnel step by step",
    ),
    "proc.funnel_intro": Bilingual(
        sv="För varje steg i processen: hur många i varje grupp som nådde steget före (in) och hur många som gick vidare. Kvoten jämför gruppens andel som gick vidare med referensgruppens i samma steg (högst andel bland grupper som inte är små, vald för varje steg). Så syns var i processen en skillnad uppstår.",
        en="For each step of the process: how many in each group reached the stage before (entered) and how many passed. The ratio compares the group's pass rate with the reference group's at the same step (the highest rate among groups that are not small, chosen for each step). This shows where in the process a gap arises.",
    ),
    "proc.step": Bilingual(
        sv="Steg till",
        en="Step to",
    ),
    "proc.entered": Bilingual(
        sv="In",
        en="Entered",
    ),
    "proc.passed": Bilingual(
        sv="Vidare",
        en="Passed",
    ),
    "proc.pass_rate": Bilingual(
        sv="Andel vidare",
        en="Pass rate",
    ),
    "proc.funnel_caption": Bilingual(
        sv="Staplarna visar andelen som gick vidare i varje steg, per grupp.",
        en="The bars show the share who passed each step, per group.",
    ),
    "proc.features": Bilingual(
        sv="Vad som styr besluten",
        en="What drives the decisions",
    ),
    "proc.features_intro": Bilingual(
        sv="Hur starkt andra kolumner i loggen hänger ihop med beslutet och med de skyddade egenskaperna, mätt med Cramérs V (0 = inget samband, 1 = fullständigt). En kolumn som hänger ihop med både en skyddad egenskap (V minst 0,3) och beslutet (V minst 0,1) kan fungera som ersättning för egenskapen, till exempel postnummer för bakgrund.",
        en="How strongly other columns of the log go with the decision and with the sensitive attributes, measured by Cramér's V (0 = no association, 1 = complete). A column that goes with both a sensitive attribute (V at least 0.3) and the decision (V at least 0.1) can act as a stand-in for the attribute, such as postcode for background.",
    ),
    "proc.column": Bilingual(
        sv="Kolumn",
        en="Column",
    ),
    "proc.v_decision": Bilingual(
        sv="V med beslutet",
        en="V with the decision",
    ),
    "proc.v_attribute": Bilingual(
        sv="V med {attribute}",
        en="V with {attribute}",
    ),
    "proc.proxy": Bilingual(
        sv="Möjlig ersättning",
        en="Possible stand-in",
    ),
    "proc.no_features": Bilingual(
        sv="Inga kolumner kunde analyseras (id-kolumner och kolumner med en roll räknas inte).",
        en="No columns could be analysed (identifiers and columns with a role do not count).",
    ),
    "proc.suppressed_step": Bilingual(
        sv="Steget till {stage}: vissa grupper är för små för att redovisa slutsatser i ord.",
        en="The step to {stage}: some groups are too small to state conclusions in words.",
    ),
    # Issue 9: the sheet and how every outcome value was counted.
    "prov.reading_sheet": Bilingual(
        sv="arbetsbok, bladet {sheet}; {kind}",
        en="workbook, sheet {sheet}; {kind}",
    ),
    "prov.classes": Bilingual(
        sv="Utfallets värden",
        en="Outcome values",
    ),
    "prov.class_selected": Bilingual(
        sv="vald: {values}",
        en="selected: {values}",
    ),
    "prov.class_not_selected": Bilingual(
        sv="inte vald: {values}",
        en="not selected: {values}",
    ),
    "prov.class_excluded": Bilingual(
        sv="lämnas utanför: {values}",
        en="left out: {values}",
    ),
    # Issue 13: integrity, sign-off binding, risks not yet assessed, small cells kept.
    "risk.not_assessed": Plural(  # count: all risks; n: those not assessed (n <= count)
        one=Bilingual(
            sv="Ännu inte bedömd efter åtgärder: den enda risken (visas inte i kartan).",
            en="Not yet assessed after treatment: the only risk (not shown in the map).",
        ),
        other=Bilingual(
            sv="Ännu inte bedömda efter åtgärder: {n} av {count} risker (visas inte i kartan).",
            en="Not yet assessed after treatment: {n} of {count} risks (not shown in the map).",
        ),
    ),
    "aud.exact_small_cells": Bilingual(
        sv="Exakta små celler sparades på begäran för den här granskningen: det sparade resultatet kan beskriva färre än 5 personer i en cell.",
        en="Exact small cells were kept on request for this audit: the stored result may describe fewer than 5 people in a cell.",
    ),
    "aud.withheld": Bilingual(  # rows: "n.people", groups: "n.group_figures"
        sv="Det sparade resultatet följer regeln för små celler (se metodavsnittet): cellerna för {rows} och {groups} sparades inte, så att ingen siffra under 5 kan läsas eller räknas fram; de grupper som visas har exakta siffror.",
        en="The stored result follows the small-cell rule (see the method section): the cells of {rows} and {groups} were not stored, so that no count under 5 can be read or worked out; the groups shown have exact figures.",
    ),
    "n.people": Plural(
        one=Bilingual(sv="{count} person", en="{count} person"),
        other=Bilingual(sv="{count} personer", en="{count} people"),
    ),
    "n.group_figures": Plural(
        one=Bilingual(sv="{count} gruppsiffra", en="{count} group figure"),
        other=Bilingual(sv="{count} gruppsiffror", en="{count} group figures"),
    ),
    "hist.verified": Bilingual(
        sv="Historiken är verifierad ({n} händelser i registret, kedjan obruten).",
        en="History verified ({n} entries in the register, chain intact).",
    ),
    "hist.broken": Bilingual(
        sv="Historiken är inte intakt: händelse {id} har ändrats, lagts till eller tagits bort i efterhand. Lita inte på historiken nedan förrän orsaken är utredd.",
        en="History is not intact: entry {id} was changed, inserted or removed after the fact. Do not rely on the history below until the cause is known.",
    ),
    "hist.unverified": Bilingual(
        sv="Historikens hashkedja kontrollerades inte för den här rapporten.",
        en="The history's hash chain was not checked for this report.",
    ),
    "sign.changed": Bilingual(
        sv="Ändrat sedan signeringen {date} av {name}: en ny signering behövs.",
        en="Changed since the sign-off on {date} by {name}: a new sign-off is needed.",
    ),
    "sign.changed_entry": Bilingual(
        sv="{when} {who}: {what}",
        en="{when} {who}: {what}",
    ),
    "sign.changed_more": Bilingual(
        sv="… och {n} ändringar till.",
        en="… and {n} more changes.",
    ),
    "sign.changed_unexplained": Bilingual(
        sv="Innehållet skiljer sig från det som signerades men historiken visar ingen ändring efter signeringen: registret har ändrats utanför programmet.",
        en="The content differs from what was signed, but the history shows no change after the sign-off: the register was changed outside the program.",
    ),
    "sign.unbound": Bilingual(
        sv="Den senaste signeringen gjordes innan signeringar band innehållet; en ny signering binder det.",
        en="The latest sign-off predates content binding; a new sign-off binds the content.",
    ),
}

TEXTS = Catalogue(_TEXTS).merged(DOCUMENT_TEXTS)
TOOL_SECTION_KEYS: tuple[str, ...] = (
    "sec.summary",
    "sec.tool",
    "sec.audit",
    "sec.risks",
    "sec.checklists",
    "sec.actions",
    "sec.signoff",
)
"""The management report's core, numbered and read in ten minutes (issue 21), in order."""
TOOL_ANNEX_KEYS: tuple[str, ...] = (
    "sec.audit_detail",
    "sec.checklist_items",
    "sec.provenance",
    "sec.monitoring",
    "sec.paired",
    "sec.competence",
    "sec.method",
    "sec.history",
    "sec.glossary",
)
"""The management report's annexes, lettered after the core, in order (each when it has content)."""
AUDIT_SECTION_KEYS: tuple[str, ...] = ("sec.summary", "sec.audit")
AUDIT_ANNEX_KEYS: tuple[str, ...] = (
    "sec.audit_detail",
    "sec.provenance",
    "sec.monitoring",
    "sec.method",
    "sec.glossary",
)


def text(key: str, lang: Lang, /, **values: object) -> str:
    """The text ``key`` in ``lang`` with ``values`` filled in; a missing key is a bug (KeyError)."""
    return TEXTS.text(key, lang, **values)


def glossary(lang: Lang) -> list[tuple[str, str]]:
    """(term, definition) pairs of the glossary, in the order of its Markdown file."""
    return prose.sections("report_glossary", lang)

"""Every sentence of the report, in Swedish and English, written for managers without statistics.

Keeping the prose here (and nowhere in the layout code) lets a reviewer read and correct the whole
report's wording in one place, and guarantees both languages have the same content.
Placeholders use ``str.format`` names; numbers are formatted by the caller for the language.
"""

from __future__ import annotations

from ethics_toolkit.i18n import Lang
from ethics_toolkit.i18n.text import Bilingual, Catalogue


def _b(sv: str, en: str) -> Bilingual:
    return Bilingual(sv=sv, en=en)


_TEXTS: dict[str, Bilingual] = {
    # --- Document frame ---------------------------------------------------------------------
    "doc.title_tool": _b("Granskningsrapport för AI-verktyg", "Audit report for an AI tool"),
    "doc.title_audit": _b("Bias-granskning av urvalsbeslut", "Bias audit of selection decisions"),
    "doc.subject": _b(
        "Riskbedömning och bias-granskning av ett AI-stöd i HR-beslut",
        "Risk assessment and bias audit of AI decision support in HR",
    ),
    "doc.page": _b("Sida {page} av {total}", "Page {page} of {total}"),
    "doc.confidential_default": _b(
        "Internt – endast för ledning och HR", "Internal – for management and HR only"
    ),
    "doc.generated_by": _b("Skapad med ethics-toolkit", "Generated with ethics-toolkit"),
    # --- Cover ----------------------------------------------------------------------------------
    "cover.tool": _b("Verktyg", "Tool"),
    "cover.vendor": _b("Leverantör", "Vendor"),
    "cover.report_date": _b("Rapportdatum", "Report date"),
    "cover.period": _b("Dataperiod", "Period of the data"),
    "cover.prepared_by": _b("Upprättad av", "Prepared by"),
    "cover.confidentiality": _b("Sekretess", "Confidentiality"),
    "cover.data_file": _b("Datafil", "Data file"),
    "cover.not_stated": _b("ej angivet", "not stated"),
    "cover.intro_tool": _b(
        "Rapporten sammanfattar riskregistret, checklistorna och den senaste bias-granskningen av "
        "verktyget. Den är skriven för att läsas av ledningen på tio minuter och för att kunna "
        "kontrolleras rad för rad av en revisor eller Diskrimineringsombudsmannen.",
        "This report summarises the risk register, the checklists and the latest bias audit of the "
        "tool. It is written to be read by management in ten minutes and to be checked line by "
        "line by an auditor or the Equality Ombudsman.",
    ),
    "cover.intro_audit": _b(
        "Rapporten visar om urvalet i beslutsloggen skiljer sig mellan grupper av sökande, hur "
        "säkra siffrorna är och vad de inte kan visa.",
        "This report shows whether selection in the decision log differs between groups of "
        "applicants, how certain the figures are, and what they cannot show.",
    ),
    "cover.contents": _b("Innehåll", "Contents"),
    # --- Section titles -------------------------------------------------------------------------
    "sec.summary": _b("Sammanfattning för ledningen", "Executive summary"),
    "sec.tool": _b(
        "Verktyget och dess rättsliga klassificering", "The tool and its legal classification"
    ),
    "sec.risks": _b("Riskregister", "Risk register"),
    "sec.checklists": _b("Checklistornas resultat", "Checklist results"),
    "sec.audit": _b("Bias-granskning av urvalet", "Bias audit"),
    "sec.provenance": _b("Datakälla och spårbarhet", "Data provenance"),
    "sec.method": _b("Metod och begränsningar", "Method and limitations"),
    "sec.actions": _b("Handlingsplan enligt aktiva åtgärder", "Action plan as active measures"),
    "sec.signoff": _b("Beslut och ändringshistorik", "Sign-off and change history"),
    "sec.glossary": _b("Ordlista", "Glossary"),
    # --- Summary --------------------------------------------------------------------------------
    "sum.status": _b("Samlad bedömning", "Overall status"),
    "sum.red": _b("Rött – åtgärd krävs", "Red – action required"),
    "sum.amber": _b("Gult – uppmärksamhet krävs", "Amber – attention required"),
    "sum.green": _b("Grönt – inga allvarliga brister", "Green – no serious issues"),
    "sum.findings": _b("Viktigaste iakttagelserna", "Most important findings"),
    "sum.decisions": _b("Beslut som ledningen behöver fatta", "Decisions management must take"),
    "sum.next_review": _b("Nästa uppföljning", "Next review"),
    "sum.no_findings": _b("Inga väsentliga iakttagelser.", "No significant findings."),
    "sum.no_decisions": _b(
        "Inga beslut krävs utöver att fastställa nästa uppföljning.",
        "No decisions are needed beyond confirming the next review.",
    ),
    # reasons for the traffic light
    "why.prohibited": _b(
        "Verktyget bedöms vara en förbjuden AI-praktik (AI-förordningen art. 5.1 f: "
        "känsloigenkänning på arbetsplatsen). Det får inte användas.",
        "The tool is assessed as a prohibited AI practice (AI Act Art. 5(1)(f): emotion "
        "recognition at work). It must not be used.",
    ),
    "why.adverse_significant": _b(
        "Granskningen visar negativ särbehandlingseffekt som knappast är slumpen: {groups}.",
        "The audit shows adverse impact that is unlikely to be chance: {groups}.",
    ),
    "why.critical_risk": _b(
        "{count} risk(er) i registret är kritiska och ännu inte hanterade.",
        "{count} risk(s) in the register are critical and not yet under control.",
    ),
    "why.adverse_uncertain": _b(
        "Granskningen visar en kvot under fyra femtedelar som kan bero på slumpen: {groups}.",
        "The audit shows an impact ratio below four-fifths that may be chance: {groups}.",
    ),
    "why.adverse_small": _b(
        "{count} grupp(er) med färre än {threshold} personer i någon cell ligger under fyra "
        "femtedelar; de är för små för att redovisas i siffror men bör följas upp.",
        "{count} group(s) with fewer than {threshold} people in a cell are below four-fifths; "
        "they are too small to report in figures but should be followed up.",
    ),
    "why.significant_gap": _b(
        "Urvalet skiljer sig statistiskt säkert mellan grupper, men över fyrafemtedelsgränsen: "
        "{groups}.",
        "Selection differs between groups beyond chance, though above the four-fifths line: "
        "{groups}.",
    ),
    "why.high_risks": _b(
        "{count} risk(er) med hög nivå är öppna.", "{count} high-level risk(s) are open."
    ),
    "why.no_audit": _b(
        "Ingen bias-granskning av verktygets beslut finns registrerad.",
        "No bias audit of the tool's decisions has been recorded.",
    ),
    "why.unmet": _b(
        "{count} checklistpunkt(er) är inte uppfyllda.", "{count} checklist item(s) are not met."
    ),
    "why.no_signoff": _b(
        "Bedömningen är inte godkänd av ledningen.",
        "The assessment has not been signed off by management.",
    ),
    "why.review_overdue": _b(
        "Uppföljningen var planerad till {date} och är försenad.",
        "The review was due on {date} and is overdue.",
    ),
    "why.all_clear": _b(
        "Inga negativa särbehandlingseffekter, kritiska risker eller ouppfyllda krav hittades.",
        "No adverse impact, critical risks or unmet requirements were found.",
    ),
    # decisions
    "dec.stop_prohibited": _b(
        "Besluta att sluta använda verktyget omedelbart (förbjuden praktik).",
        "Decide to stop using the tool immediately (prohibited practice).",
    ),
    "dec.adverse": _b(
        "Besluta hur urvalet ska utredas och rättas för {groups}: pausa, justera eller byta "
        "verktyget, och vem som ansvarar.",
        "Decide how selection for {groups} is investigated and corrected: pause, adjust or replace "
        "the tool, and who is responsible.",
    ),
    "dec.accept_risks": _b(
        "Ta ställning till {count} risk(er) med hög eller kritisk nivå: åtgärda eller acceptera "
        "med namngiven beslutsfattare.",
        "Decide on {count} high or critical risk(s): treat them, or accept them with a named "
        "approver.",
    ),
    "dec.fria": _b(
        "Beställ en konsekvensbedömning avseende grundläggande rättigheter (FRIA, AI-förordningen "
        "art. 27) före fortsatt användning.",
        "Commission a fundamental rights impact assessment (FRIA, AI Act Art. 27) before further "
        "use.",
    ),
    "dec.dpia": _b(
        "Säkerställ att en konsekvensbedömning avseende dataskydd (DPIA, GDPR art. 35) är gjord.",
        "Make sure a data protection impact assessment (DPIA, GDPR Art. 35) has been carried out.",
    ),
    "dec.audit": _b(
        "Beställ en bias-granskning av verktygets beslutslogg.",
        "Commission a bias audit of the tool's decision log.",
    ),
    "dec.signoff": _b(
        "Godkänn eller avslå bedömningen och skriv under i avsnittet om beslut.",
        "Approve or reject the assessment and sign the sign-off section.",
    ),
    "dec.review": _b(
        "Fastställ datum för nästa uppföljning (senast om ett år).",
        "Set the date of the next review (within one year at the latest).",
    ),
    # findings
    "find.adverse": _b(
        "{group}: valdes med {ratio} gånger referensgruppens andel ({rate} mot {ref_rate}), {p}.",
        "{group}: selected at {ratio} times the reference group's rate ({rate} vs {ref_rate}), "
        "{p}.",
    ),
    "find.risk": _b(
        "{level} risk: {title} (poäng {score}).",
        "{level} risk: {title} (score {score}).",
    ),
    "find.classification": _b(
        "Klassificering enligt AI-förordningen: {risk_class}.",
        "Classification under the AI Act: {risk_class}.",
    ),
    "find.unmet": _b(
        "{count} av {total} besvarade checklistpunkter är inte uppfyllda.",
        "{count} of {total} answered checklist items are not met.",
    ),
    "find.no_adverse": _b(
        "Ingen grupp valdes med mindre än fyra femtedelar av referensgruppens andel.",
        "No group was selected at less than four-fifths of the reference group's rate.",
    ),
    # --- Tool & legal classification ------------------------------------------------------------
    "tool.profile": _b("Verktygets profil", "Tool profile"),
    "tool.classification": _b("Rättslig klassificering", "Legal classification"),
    "tool.name": _b("Namn", "Name"),
    "tool.vendor": _b("Leverantör", "Vendor"),
    "tool.version": _b("Version", "Version"),
    "tool.purpose": _b("Syfte", "Purpose"),
    "tool.hr_process": _b("HR-process", "HR process"),
    "tool.decision_role": _b("Roll i besluten", "Role in decisions"),
    "tool.data_categories": _b("Personuppgifter som behandlas", "Personal data processed"),
    "tool.legal_basis": _b("Rättslig grund", "Legal basis"),
    "tool.system_owner": _b("Systemägare", "System owner"),
    "tool.employer_type": _b("Arbetsgivare", "Employer"),
    "tool.employees": _b("Antal anställda", "Employees"),
    "tool.go_live": _b("Driftstart", "Go-live"),
    "tool.status": _b("Status", "Status"),
    "tool.next_review": _b("Nästa uppföljning", "Next review"),
    "tool.special_category": _b("särskild kategori, GDPR art. 9", "special category, GDPR Art. 9"),
    "cls.risk_class": _b("Riskklass enligt AI-förordningen", "AI Act risk class"),
    "cls.fria": _b("FRIA behövs (art. 27)", "FRIA needed (Art. 27)"),
    "cls.dpia": _b("DPIA sannolikt nödvändig (GDPR art. 35)", "DPIA likely needed (GDPR Art. 35)"),
    "cls.art22": _b(
        "Risk för helt automatiserat beslut (GDPR art. 22)",
        "Concern of solely automated decisions (GDPR Art. 22)",
    ),
    "cls.active_measures": _b(
        "Skyldighet att dokumentera aktiva åtgärder (DL 3 kap. 13 §)",
        "Duty to document active measures (Discrimination Act ch. 3 s. 13)",
    ),
    "cls.wp248": _b("WP248-kriterier som är uppfyllda", "WP248 criteria met"),
    "cls.why": _b("Skäl", "Reasons"),
    "yes": _b("Ja", "Yes"),
    "no": _b("Nej", "No"),
    # --- Risks ----------------------------------------------------------------------------------
    "risk.intro": _b(
        "Varje risk bedöms efter sannolikhet (1–5) och konsekvens (1–5); poängen är produkten. "
        "Kartan till vänster visar risknivån före åtgärder, kartan till höger efter planerade "
        "åtgärder. Siffran i en ruta är antalet risker.",
        "Each risk is rated for likelihood (1–5) and severity (1–5); its score is the product. "
        "The left map shows the risk level before treatment, the right map after the planned "
        "treatment. The number in a square is the count of risks.",
    ),
    "risk.inherent": _b("Före åtgärder", "Before treatment"),
    "risk.residual": _b("Efter åtgärder", "After treatment"),
    "risk.likelihood": _b("Sannolikhet", "Likelihood"),
    "risk.severity": _b("Konsekvens", "Severity"),
    "risk.title": _b("Risk", "Risk"),
    "risk.score": _b("Poäng", "Score"),
    "risk.residual_short": _b("Rest", "Resid."),
    "risk.not_assessed": _b(
        "Ännu inte bedömda efter åtgärder: {n} av {total} risker (visas inte i kartan).",
        "Not yet assessed after treatment: {n} of {total} risks (not shown in the map).",
    ),
    "risk.owner": _b("Ägare", "Owner"),
    "risk.treatment": _b("Hantering", "Treatment"),
    "risk.due": _b("Klart senast", "Due"),
    "risk.status": _b("Status", "Status"),
    "risk.none": _b("Inga risker är registrerade.", "No risks are recorded."),
    "risk.approved_by": _b("av {name}", "by {name}"),
    # --- Checklists -----------------------------------------------------------------------------
    "chk.intro": _b(
        "Tabellen visar hur många punkter per område som är besvarade och uppfyllda. Därefter "
        "listas de punkter som inte är uppfyllda, med vägledning om vad som krävs.",
        "The table shows how many items per area are answered and met. The items that are not "
        "met follow, with guidance on what is needed.",
    ),
    "chk.area": _b("Område", "Area"),
    "chk.answered": _b("Besvarade", "Answered"),
    "chk.met": _b("Uppfyllda", "Met"),
    "chk.unmet": _b("Ej uppfyllda", "Not met"),
    "chk.completion": _b("Andel besvarade", "Completion"),
    "chk.unmet_items": _b("Punkter som inte är uppfyllda", "Items not met"),
    "chk.none": _b("Inga checklistpunkter är besvarade.", "No checklist items have been answered."),
    "chk.all_met": _b("Alla besvarade punkter är uppfyllda.", "All answered items are met."),
    "chk.answer": _b("Svar", "Answer"),
    "chk.guidance": _b("Vägledning", "Guidance"),
    "chk.evidence": _b("Underlag", "Evidence"),
    # --- Bias audit -----------------------------------------------------------------------------
    "aud.intro": _b(
        "Urvalsandelen är andelen sökande i en grupp som valdes ut. Kvoten jämför en grupps "
        "andel med referensgruppens (den största andelen bland grupper som inte är små). En kvot "
        "under 0,8 (fyra femtedelar) kallas negativ särbehandlingseffekt och ska utredas.",
        "The selection rate is the share of applicants in a group who were selected. The impact "
        "ratio compares a group's rate with the reference group's (the highest rate among groups "
        "that are not small). A ratio below 0.8 (four-fifths) is called adverse impact and must be "
        "investigated.",
    ),
    "aud.intro_scoring": _b(
        "Verktyget ger poäng i stället för beslut. Andelen är här andelen sökande med poäng över "
        "medianen för alla sökande (som i New Yorks Local Law 144).",
        "The tool gives scores rather than decisions. The rate is here the share of applicants "
        "scoring above the median of all applicants (as in New York's Local Law 144).",
    ),
    "aud.analysis": _b("Analys efter {attributes}", "Analysis by {attributes}"),
    "aud.intersection": _b("Korsanalys efter {attributes}", "Intersection of {attributes}"),
    "aud.group": _b("Grupp", "Group"),
    "aud.n": _b("Antal", "n"),
    "aud.selected": _b("Valda", "Selected"),
    "aud.rate": _b("Andel valda (95 % KI)", "Selection rate (95% CI)"),
    "aud.rate_scoring": _b("Andel över median (95 % KI)", "Scoring rate (95% CI)"),
    "aud.ratio": _b("Kvot", "Impact ratio"),
    "aud.p": _b("p-värde", "p-value"),
    "aud.shortfall": _b("Underskott", "Shortfall"),
    "aud.flags": _b("Noter", "Flags"),
    "aud.tpr_long": _b("Kvalificerade som valdes (TPR)", "Qualified who were selected (TPR)"),
    "aud.fpr_long": _b(
        "Ej kvalificerade som valdes (FPR)", "Not qualified who were selected (FPR)"
    ),
    "aud.error_rates": _b(
        "Felfrekvenser mot facit från den senare bedömningen. En lägre TPR betyder att "
        "kvalificerade sökande i gruppen oftare missades.",
        "Error rates against the ground truth of the later assessment. A lower TPR means that "
        "qualified applicants in the group were missed more often.",
    ),
    "aud.flag_ref": _b("referens", "reference"),
    "aud.flag_adverse": _b("under 4/5", "below 4/5"),
    "aud.flag_small": _b("liten grupp", "small group"),
    "aud.flag_suppressed": _b("dold", "suppressed"),
    "aud.reference": _b("Referensgrupp: {group}.", "Reference group: {group}."),
    "aud.unknown": _b(
        "Okänt värde (saknas eller ”vill ej uppge”): {count} rader, som inte ingår i kvoterna.",
        "Unknown value (missing or “not stated”): {count} rows, left out of the ratios.",
    ),
    "aud.analysed": _b("Analyserade rader: {count}.", "Rows analysed: {count}."),
    "aud.small_groups": _b(
        "Små grupper (under 2 % av de analyserade raderna, redovisas men väljs inte som "
        "referens): {groups}.",
        "Small groups (under 2% of the rows analysed; reported, but never the reference): "
        "{groups}.",
    ),
    "aud.suppressed_note": _b(
        "”{marker}” betyder att färre än {threshold} personer finns i cellen (antal, valda eller "
        "ej valda). Andel, kvot, p-värde och underskott visas då inte, eftersom de skulle avslöja "
        "antalet och kunna peka ut enskilda personer.",
        "“{marker}” means fewer than {threshold} people in the cell (applicants, selected or not "
        "selected). The rate, ratio, p-value and shortfall are then not shown, because they would "
        "reveal the count and could single out individuals.",
    ),
    "aud.suppressed_finding": _b(
        "{group}: för få personer för att redovisa siffror utan att riskera att peka ut enskilda.",
        "{group}: too few people to report figures without risking singling out individuals.",
    ),
    "aud.dp": _b(
        "Skillnad i urvalsandel mellan högsta och lägsta grupp (demographic parity difference): "
        "{diff}; kvot mellan lägsta och högsta (ratio): {ratio}.",
        "Difference between the highest and lowest selection rate (demographic parity "
        "difference): {diff}; ratio of lowest to highest: {ratio}.",
    ),
    "aud.eod": _b(
        "Skillnad i felfrekvenser (equalized odds difference, jämfört med utfallet i den "
        "senare bedömningen): {value}.",
        "Difference in error rates (equalized odds difference, against the later assessment): "
        "{value}.",
    ),
    "aud.chart_caption": _b(
        "Staplarna visar andelen valda per grupp med 95 % konfidensintervall. Den streckade "
        "linjen är fyra femtedelar av referensgruppens andel: en stapel under linjen är under "
        "fyrafemtedelsgränsen.",
        "The bars show each group's selection rate with its 95% confidence interval. The dashed "
        "line is four-fifths of the reference group's rate: a bar below it is below the "
        "four-fifths line.",
    ),
    "aud.chart_caption_scoring": _b(
        "Staplarna visar andelen över medianpoängen per grupp med 95 % konfidensintervall. Den "
        "streckade linjen är fyra femtedelar av referensgruppens andel.",
        "The bars show each group's share scoring above the median, with its 95% confidence "
        "interval. The dashed line is four-fifths of the reference group's share.",
    ),
    "aud.chart_four_fifths": _b("4/5 av referens", "4/5 of reference"),
    "aud.findings": _b("Iakttagelser i klartext", "Findings in plain language"),
    "aud.no_audit": _b(
        "Ingen bias-granskning är registrerad för verktyget. Kör en granskning av beslutsloggen "
        "(ethics-toolkit audit ... --tool NAMN) och skapa rapporten igen.",
        "No bias audit is recorded for the tool. Run an audit of the decision log "
        "(ethics-toolkit audit ... --tool NAME) and build the report again.",
    ),
    "aud.run_info": _b(
        "Granskningen kördes {date} av {who}.", "The audit was run on {date} by {who}."
    ),
    "aud.exact_small_cells": _b(
        "Exakta små celler sparades på begäran för den här granskningen: det sparade resultatet "
        "kan beskriva färre än 5 personer i en cell.",
        "Exact small cells were kept on request for this audit: the stored result may describe "
        "fewer than 5 people in a cell.",
    ),
    "aud.withheld": _b(
        "Celler med färre än 5 personer sparades inte ({rows} personer, {groups} "
        "gruppsiffror); grupper med 5 eller fler visas exakt.",
        "Cells of fewer than 5 people were not stored ({rows} people, {groups} group figures); "
        "groups of 5 or more are shown exactly.",
    ),
    # --- Provenance -----------------------------------------------------------------------------
    "prov.intro": _b(
        "Uppgifterna nedan gör det möjligt att kontrollera att granskningen gjordes på rätt fil. "
        "Filens fingeravtryck (SHA-256) ändras om en enda byte i filen ändras. Endast "
        "sammanräknade antal per grupp har sparats, aldrig enskilda rader.",
        "The details below make it possible to check that the audit used the right file. The "
        "file's fingerprint (SHA-256) changes if a single byte of the file changes. Only "
        "aggregated counts per group were kept, never individual rows.",
    ),
    "prov.file": _b("Fil", "File"),
    "prov.sha256": _b("SHA-256", "SHA-256"),
    "prov.rows_read": _b("Rader lästa", "Rows read"),
    "prov.rows_used": _b("Rader använda", "Rows used"),
    "prov.columns": _b("Kolumner i filen", "Columns in the file"),
    "prov.columns_used": _b("Kolumner som användes", "Columns used"),
    "prov.reading": _b("Hur filen lästes", "How the file was read"),
    "prov.reading_value": _b(
        "teckenkodning {encoding}, fältavgränsare {separator}, decimaltecken {decimal}, {kind}",
        "encoding {encoding}, separator {separator}, decimal mark {decimal}, {kind}",
    ),
    "prov.kind_rows": _b("en rad per sökande", "one row per applicant"),
    "prov.kind_aggregated": _b("sammanräknade antal per grupp", "aggregated counts per group"),
    "prov.outcome": _b("Utfall", "Outcome"),
    "prov.outcome_value": _b(
        "kolumn {column}, valt = {positive}", "column {column}, selected = {positive}"
    ),
    "prov.score_value": _b(
        "poängkolumn {column}, andel över medianen ({median})",
        "score column {column}, share above the median ({median})",
    ),
    "prov.excluded": _b("Rader utan utfall (ingår inte)", "Rows without an outcome (left out)"),
    "prov.truth": _b("Facit (senare bedömning)", "Ground truth (later assessment)"),
    "prov.sensitive": _b("Skyddade egenskaper", "Sensitive attributes"),
    "prov.run_at": _b("Granskad", "Audited"),
    "prov.run_by": _b("Granskad av", "Audited by"),
    "prov.confidence": _b("Konfidensnivå", "Confidence level"),
    "prov.unknown": _b("okänd", "unknown"),
    "prov.tab": _b("tabb", "tab"),
    # --- Method & limitations -------------------------------------------------------------------
    "meth.paragraphs": _b(
        "\n".join(
            (
                "<b>Vad siffrorna visar.</b> Granskningen jämför hur stor andel av de sökande i "
                "varje grupp som valdes ut. Alla siffror räknas fram ur antal per grupp, så att "
                "resultatet kan kontrolleras för hand.",
                "<b>Samband är inte orsak.</b> En skillnad i urvalsandel visar att grupperna "
                "behandlades olika i utfallet, men inte varför. Skillnaden kan bero på verktyget, "
                "på vilka som sökte, på kraven i annonsen eller på andra faktorer. Orsaken måste "
                "utredas (steg 2 i de aktiva åtgärderna).",
                "<b>Små grupper ger osäkra siffror.</b> Konfidensintervallet visar inom vilket "
                "spann den verkliga andelen sannolikt ligger. Med få personer blir intervallet "
                "brett och en stor skillnad kan vara slumpen. Grupper under 2 % av de analyserade "
                "raderna redovisas men används aldrig som referens.",
                "<b>Fyrafemtedelsregeln är en tumregel.</b> Regeln kommer från de amerikanska "
                "riktlinjerna UGESP (29 CFR 1607.4 D) och används också i New Yorks Local Law 144. "
                "Den är ett sätt att sålla fram skillnader som bör utredas, inte en rättslig "
                "gräns. En kvot över 0,8 kan ändå vara diskriminering, och en kvot under 0,8 "
                "behöver inte vara det.",
                "<b>Svensk lag har ingen siffergräns.</b> Diskrimineringslagen (2008:567) "
                "förbjuder både direkt och indirekt diskriminering (1 kap. 4 §). Statistik är "
                "bevisning, inte en dom. Om omständigheterna ger anledning att anta "
                "diskriminering måste arbetsgivaren visa att diskriminering inte har "
                "förekommit (omvänd bevisbörda, 6 kap. 3 §). Därför bör varje skillnad i "
                "rapporten utredas och dokumenteras.",
                "<b>p-värdet</b> är sannolikheten att få en minst lika stor skillnad om urvalet i "
                "själva verket vore lika för grupperna (Fishers exakta test). Ett litet p-värde "
                "(under 0,05) betyder att skillnaden knappast är slumpen, inte att den är stor "
                "eller avsiktlig.",
                "<b>Okända värden.</b> Rader där den skyddade egenskapen saknas eller är ”vill ej "
                "uppge” räknas och redovisas, men ingår inte i kvoterna. Om många värden saknas "
                "kan resultatet bli missvisande.",
                "<b>Skyddet för enskilda.</b> Celler med färre än {threshold} personer visas som "
                "”{marker}”, och siffror som skulle avslöja antalet döljs. Rapporten innehåller "
                "inga uppgifter om enskilda personer. Döljandet gäller varje cell för sig: "
                "genom att subtrahera andra tabellers summor kan ett dolt antal ibland räknas "
                "fram. Behandla därför rapporten som intern och publicera den inte.",
            )
        ),
        "\n".join(
            (
                "<b>What the figures show.</b> The audit compares the share of applicants selected "
                "in each group. Every figure is computed from counts per group, so the result can "
                "be checked by hand.",
                "<b>Correlation is not cause.</b> A difference in selection rates shows that the "
                "groups fared differently, not why. It may come from the tool, from who applied, "
                "from the requirements in the advertisement or from other factors. The cause must "
                "be investigated (step 2 of the active measures).",
                "<b>Small groups give uncertain figures.</b> The confidence interval shows the "
                "range in which the true rate probably lies. With few people it is wide, and a "
                "large difference may be chance. Groups under 2% of the rows analysed are reported "
                "but never used as the reference.",
                "<b>The four-fifths rule is a heuristic.</b> It comes from the US Uniform "
                "Guidelines (29 CFR 1607.4(D)) and is also used by New York City's Local Law 144. "
                "It screens for differences worth investigating; it is not a legal threshold. A "
                "ratio above 0.8 can still be discrimination, and one below 0.8 need not be.",
                "<b>Swedish law has no numeric threshold.</b> The Discrimination Act (2008:567) "
                "prohibits direct and indirect discrimination (ch. 1 s. 4). Statistics are "
                "evidence, not a verdict. Where the facts give reason to presume discrimination, "
                "the employer must show that there was none (shifted burden of proof, ch. 6 "
                "s. 3). Every difference in this report should therefore be investigated and "
                "documented.",
                "<b>The p-value</b> is the probability of a difference at least this large if "
                "selection were in fact equal between the groups (Fisher's exact test). A small "
                "p-value (below 0.05) means the difference is unlikely to be chance, not that it "
                "is large or intended.",
                "<b>Unknown values.</b> Rows where the sensitive attribute is missing or \u201cnot "
                "stated\u201d are counted and reported, but left out of the ratios. If many values "
                "are missing, the result may mislead.",
                "<b>Protecting individuals.</b> Cells with fewer than {threshold} people are shown "
                "as \u201c{marker}\u201d, and figures that would reveal the count are hidden. The "
                "report contains no data about individual people. Suppression works cell by "
                "cell: subtracting totals of other tables can sometimes recover a hidden count, "
                "so treat the report as internal and do not publish it.",
            )
        ),
    ),
    # --- Action plan ----------------------------------------------------------------------------
    "act.intro": _b(
        "Diskrimineringslagen (3 kap.) kräver att arbetsgivaren fortlöpande arbetar med aktiva "
        "åtgärder i fyra steg, i samverkan med arbetstagarorganisationerna. Åtgärderna i "
        "riskregistret är ordnade efter dessa steg.",
        "The Discrimination Act (ch. 3) requires employers to work continuously with active "
        "measures in four steps, in cooperation with the employees' organisations. The actions in "
        "the risk register are arranged by these steps.",
    ),
    "act.step1": _b("1. Undersöka risker", "1. Investigate risks"),
    "act.step2": _b("2. Analysera orsaker", "2. Analyse causes"),
    "act.step3": _b("3. Vidta åtgärder", "3. Take measures"),
    "act.step4": _b("4. Följa upp och utvärdera", "4. Follow up and evaluate"),
    "act.step1_text": _b(
        "Checklistorna och bias-granskningen i denna rapport är undersökningen: {unmet} punkter "
        "ej uppfyllda, {risks} risker registrerade, {adverse} grupp(er) under fyra femtedelar.",
        "The checklists and the bias audit in this report are the investigation: {unmet} items "
        "not met, {risks} risks recorded, {adverse} group(s) below four-fifths.",
    ),
    "act.step2_text": _b(
        "Orsaken till varje skillnad ska utredas: verktygets inställningar och träningsdata, "
        "kraven i annonsen, vilka som sökte och hur besluten fattades. Leverantören ska lämna "
        "information enligt AI-förordningen art. 13.",
        "The cause of each difference must be investigated: the tool's settings and training "
        "data, the requirements in the advertisement, who applied and how decisions were made. "
        "The vendor must provide information under AI Act Art. 13.",
    ),
    "act.step4_text": _b(
        "Nästa uppföljning: {date}. Granska beslutsloggen igen efter åtgärderna och jämför "
        "kvoterna med denna rapport.",
        "Next review: {date}. Audit the decision log again after the measures and compare the "
        "ratios with this report.",
    ),
    "act.action": _b("Åtgärd", "Action"),
    "act.risk": _b("Risk", "Risk"),
    "act.owner": _b("Ansvarig", "Owner"),
    "act.due": _b("Klart senast", "Due"),
    "act.done": _b("Klar", "Done"),
    "act.none": _b("Inga åtgärder är registrerade.", "No actions are recorded."),
    "act.competence": _b("Kompetensåtgärder", "Competence measures"),
    "act.competence_text": _b(
        "Oavsett riskerna ovan krävs kompetens hos dem som använder verktyget "
        "(AI-förordningen art. 4 och art. 26.2):",
        "Regardless of the risks above, the people using the tool need competence (AI Act Art. 4 "
        "and Art. 26(2)):",
    ),
    "act.competence_items": _b(
        "\n".join(
            (
                "Grundläggande AI-kunskap för HR-personal: vad verktyget gör, dess felkällor och "
                "hur resultaten ska tolkas.",
                "Utbildning för chefer och rekryterare i att granska verktygets förslag kritiskt "
                "och i diskrimineringslagens krav.",
                "Rutiner för mänsklig granskning: vem som får ändra verktygets förslag, hur "
                "avvikelser dokumenteras och hur sökande kan begära förklaring och omprövning.",
            )
        ),
        "\n".join(
            (
                "Basic AI literacy for HR staff: what the tool does, its sources of error and how "
                "its results are to be read.",
                "Training for managers and recruiters in reviewing the tool's suggestions "
                "critically and in the duties of the Discrimination Act.",
                "Routines for human review: who may override the tool, how deviations are "
                "documented, and how applicants can ask for an explanation and a new assessment.",
            )
        ),
    ),
    # --- Sign-off & history ---------------------------------------------------------------------
    "sign.intro": _b(
        "Ledningens ställningstagande till bedömningen i denna rapport.",
        "Management's decision on the assessment in this report.",
    ),
    "sign.name": _b("Namn", "Name"),
    "sign.role": _b("Roll", "Role"),
    "sign.date": _b("Datum", "Date"),
    "sign.decision": _b("Beslut", "Decision"),
    "sign.comment": _b("Kommentar", "Comment"),
    "sign.none": _b(
        "Ingen har ännu godkänt bedömningen. Fyll i nedan vid beslut.",
        "No one has signed off the assessment yet. Fill in below when deciding.",
    ),
    "sign.blank": _b("Underskrift", "Signature"),
    "hist.title": _b("Ändringshistorik", "Change history"),
    "hist.intro": _b(
        "Registret sparar varje ändring i en hashkedja: en ändring i efterhand upptäcks vid "
        "verifieringen. Sammanfattning: {count} ändringar mellan {first} och {last}. De senaste "
        "visas nedan.",
        "The register keeps every change in a hash chain: a change made afterwards is detected "
        "when the chain is verified. Summary: {count} changes between {first} and {last}. The "
        "latest are listed below.",
    ),
    "hist.none": _b("Ingen historik är registrerad.", "No history is recorded."),
    # Issue 13: the verified chain, and sign-offs that no longer cover the content.
    "hist.verified": _b(
        "Historiken är verifierad ({n} händelser i registret, kedjan obruten).",
        "History verified ({n} entries in the register, chain intact).",
    ),
    "hist.broken": _b(
        "Historiken är inte intakt: händelse {id} har ändrats, lagts till eller tagits bort i "
        "efterhand. Lita inte på historiken nedan förrän orsaken är utredd.",
        "History is not intact: entry {id} was changed, inserted or removed after the fact. Do "
        "not rely on the history below until the cause is known.",
    ),
    "hist.unverified": _b(
        "Historikens hashkedja kontrollerades inte för den här rapporten.",
        "The history's hash chain was not checked for this report.",
    ),
    "sign.changed": _b(
        "Ändrat sedan signeringen {date} av {name}: en ny signering behövs.",
        "Changed since the sign-off on {date} by {name}: a new sign-off is needed.",
    ),
    "sign.changed_entry": _b("{when} {who}: {what}", "{when} {who}: {what}"),
    "sign.changed_more": _b("… och {n} ändringar till.", "… and {n} more changes."),
    "sign.changed_unexplained": _b(
        "Innehållet skiljer sig från det som signerades men historiken visar ingen ändring efter "
        "signeringen: registret har ändrats utanför programmet.",
        "The content differs from what was signed, but the history shows no change after the "
        "sign-off: the register was changed outside the program.",
    ),
    "sign.unbound": _b(
        "Den senaste signeringen gjordes innan signeringar band innehållet; en ny signering "
        "binder det.",
        "The latest sign-off predates content binding; a new sign-off binds the content.",
    ),
    "hist.when": _b("Tid", "When"),
    "hist.who": _b("Vem", "Who"),
    "hist.what": _b("Vad", "What"),
    "hist.by_entity": _b("Ändringar per typ: {counts}.", "Changes by type: {counts}."),
    "ent.tool": _b("verktyg", "tool"),
    "ent.answer": _b("svar", "answer"),
    "ent.risk": _b("risk", "risk"),
    "ent.audit": _b("granskning", "audit"),
    "ent.signoff": _b("beslut", "sign-off"),
    "glo.term": _b("Begrepp", "Term"),
    "glo.meaning": _b("Betydelse", "Meaning"),
    # --- Glossary -------------------------------------------------------------------------------
    "gl.selection_rate": _b(
        "Urvalsandel|Andelen sökande i en grupp som valdes ut (valda delat med antal sökande).",
        "Selection rate|The share of applicants in a group who were selected (selected divided "
        "by applicants).",
    ),
    "gl.impact_ratio": _b(
        "Kvot (impact ratio)|En grupps urvalsandel delad med referensgruppens. 1,0 betyder lika "
        "stor andel; 0,64 betyder 64 % av referensgruppens andel.",
        "Impact ratio|A group's selection rate divided by the reference group's. 1.0 means the "
        "same rate; 0.64 means 64% of the reference group's rate.",
    ),
    "gl.reference": _b(
        "Referensgrupp|Gruppen med högst urvalsandel bland grupper som inte är små.",
        "Reference group|The group with the highest selection rate among groups that are not "
        "small.",
    ),
    "gl.ci": _b(
        "Konfidensintervall (KI)|Spannet där den verkliga andelen sannolikt ligger (95 %). Ett "
        "brett intervall betyder osäkra siffror, ofta för att gruppen är liten.",
        "Confidence interval (CI)|The range in which the true rate probably lies (95%). A wide "
        "interval means uncertain figures, often because the group is small.",
    ),
    "gl.p_value": _b(
        "p-värde|Sannolikheten att en minst lika stor skillnad uppstår av slumpen om urvalet vore "
        "lika. Under 0,05 räknas skillnaden som statistiskt säkerställd.",
        "p-value|The probability that a difference at least this large arises by chance if "
        "selection were equal. Below 0.05 the difference is called statistically significant.",
    ),
    "gl.four_fifths": _b(
        "Fyrafemtedelsregeln|En tumregel: en kvot under 0,8 (fyra femtedelar) tyder på negativ "
        "särbehandlingseffekt och ska utredas. Ingen rättslig gräns i Sverige.",
        "Four-fifths rule|A rule of thumb: an impact ratio below 0.8 (four-fifths) suggests "
        "adverse impact and must be investigated. Not a legal threshold in Sweden.",
    ),
    "gl.adverse_impact": _b(
        "Negativ särbehandlingseffekt (adverse impact)|En grupp väljs med mindre än fyra "
        "femtedelar av referensgruppens andel. Kan vara tecken på indirekt diskriminering.",
        "Adverse impact|A group is selected at less than four-fifths of the reference group's "
        "rate. It may be a sign of indirect discrimination.",
    ),
    "gl.shortfall": _b(
        "Underskott|Hur många fler i gruppen som hade behövt väljas för att kvoten skulle nå fyra "
        "femtedelar. Visar hur stor skillnaden är i praktiken.",
        "Shortfall|How many more people of the group would have had to be selected for the ratio "
        "to reach four-fifths. Shows how large the difference is in practice.",
    ),
    "gl.small_group": _b(
        "Liten grupp|En grupp med under 2 % av de analyserade raderna. Redovisas, men siffrorna är "
        "osäkra och gruppen används inte som referens.",
        "Small group|A group with under 2% of the rows analysed. Reported, but its figures are "
        "uncertain and it is never the reference.",
    ),
    "gl.intersection": _b(
        "Korsanalys (intersektion)|Grupper som kombinerar flera egenskaper, till exempel kvinnor "
        "med bakgrund utanför Europa. Kan visa skillnader som inte syns för en egenskap i taget.",
        "Intersection|Groups combining several attributes, for example women with background "
        "outside Europe. It can show differences that one attribute at a time hides.",
    ),
    "gl.unknown": _b(
        "Okänt värde|Rader där egenskapen saknas eller är ”vill ej uppge”. De räknas men ingår "
        "inte i kvoterna.",
        "Unknown|Rows where the attribute is missing or “not stated”. They are counted but left "
        "out of the ratios.",
    ),
    "gl.tpr_fpr": _b(
        "TPR och FPR|Med facit från en senare bedömning: TPR är andelen kvalificerade som valdes, "
        "FPR andelen ej kvalificerade som valdes. Olika TPR betyder att kvalificerade i en grupp "
        "oftare missas.",
        "TPR and FPR|With ground truth from a later assessment: TPR is the share of qualified "
        "applicants who were selected, FPR the share of unqualified applicants who were "
        "selected. Different TPRs mean qualified people in one group are missed more often.",
    ),
    "gl.dpia": _b(
        "DPIA|Konsekvensbedömning avseende dataskydd enligt GDPR art. 35, krävs när behandlingen "
        "sannolikt medför hög risk för de registrerade.",
        "DPIA|Data protection impact assessment under GDPR Art. 35, required when processing is "
        "likely to result in a high risk to the people concerned.",
    ),
    "gl.fria": _b(
        "FRIA|Konsekvensbedömning avseende grundläggande rättigheter enligt AI-förordningen "
        "art. 27, krävs av offentliga arbetsgivare före användning av högrisksystem.",
        "FRIA|Fundamental rights impact assessment under AI Act Art. 27, required of public "
        "employers before using a high-risk system.",
    ),
    "gl.high_risk": _b(
        "Högrisksystem|AI-system som enligt AI-förordningen bilaga III punkt 4 används för "
        "rekrytering, befordran, uppsägning, arbetsfördelning eller övervakning av anställda.",
        "High-risk system|An AI system that under AI Act Annex III point 4 is used for "
        "recruitment, promotion, termination, task allocation or monitoring of workers.",
    ),
    "gl.active_measures": _b(
        "Aktiva åtgärder|Arbetsgivarens skyldighet enligt diskrimineringslagen 3 kap. att "
        "förebygga diskriminering i fyra steg: undersöka, analysera, åtgärda, följa upp.",
        "Active measures|The employer's duty under the Discrimination Act ch. 3 to prevent "
        "discrimination in four steps: investigate, analyse, act, follow up.",
    ),
}

TEXTS = Catalogue(_TEXTS)
TOOL_SECTION_KEYS: tuple[str, ...] = (
    "sec.summary",
    "sec.tool",
    "sec.risks",
    "sec.checklists",
    "sec.audit",
    "sec.provenance",
    "sec.method",
    "sec.actions",
    "sec.signoff",
    "sec.glossary",
)
GLOSSARY_KEYS: tuple[str, ...] = tuple(key for key in TEXTS if key.startswith("gl."))
COMPETENCE_ITEMS_KEY = "act.competence_items"


def text(key: str, lang: Lang, /, **values: object) -> str:
    """The text ``key`` in ``lang`` with ``values`` filled in; a missing key is a bug (KeyError)."""
    return TEXTS.text(key, lang, **values)


def lines(key: str, lang: Lang) -> list[str]:
    """A multi-paragraph text as a list of paragraphs."""
    return TEXTS[key].get(lang).split("\n")


def glossary(lang: Lang) -> list[tuple[str, str]]:
    """(term, definition) pairs in the order of the catalogue."""
    return [tuple(TEXTS[key].get(lang).split("|", 1)) for key in GLOSSARY_KEYS]  # type: ignore[misc]

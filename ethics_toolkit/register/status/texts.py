# ruff: noqa: E501  (holds a text catalogue: long sentences read better unbroken)
"""The traffic light's sentences (status names, reasons, findings, decisions) and the counts'.

One catalogue, read by :mod:`~ethics_toolkit.register.status.traffic_light` and
:mod:`~ethics_toolkit.register.status.counts`; a pure text catalogue.
"""

from __future__ import annotations

from ethics_toolkit.i18n import Lang
from ethics_toolkit.i18n.text import Bilingual, Catalogue, Plural

COUNT_TEXTS: dict[str, Bilingual | Plural] = {
    "more_groups": Plural(
        one=Bilingual(sv="och {count} grupp till ({where})", en="and {count} more ({where})"),
        other=Bilingual(sv="och {count} grupper till ({where})", en="and {count} more ({where})"),
    ),
    "where_section": Bilingual(sv="avsnitt {number}", en="section {number}"),
    "where_audit": Bilingual(sv="se biasgranskningen", en="see the bias audit"),
    "where_checklists": Bilingual(sv="se checklistorna", en="see the checklists"),
    "find.adverse_count": Plural(
        one=Bilingual(
            sv="{count} grupp ligger under fyra femtedelar av referensgruppens urvalsandel ({where}): {parts}.",
            en="{count} group is below four-fifths of the reference group's rate ({where}): {parts}.",
        ),
        other=Bilingual(
            sv="{count} grupper ligger under fyra femtedelar av referensgruppens urvalsandel ({where}): {parts}.",
            en="{count} groups are below four-fifths of the reference group's rate ({where}): {parts}.",
        ),
    ),
    "part.sure": Bilingual(sv="{count} sannolikt inte slumpen", en="{count} unlikely to be chance"),
    "part.uncertain": Bilingual(sv="{count} kan bero på slumpen", en="{count} may be chance"),
    "part.too_little": Bilingual(
        sv="{count} med för lite data för att bedöma",
        en="{count} with too little data to judge",
    ),
    "part.small": Bilingual(
        sv="{count} som inte visas i siffror", en="{count} not shown in figures"
    ),
    "find.checklists": Bilingual(
        sv="Checklistorna ({where}): {met} av {items} punkter uppfyllda, {partly} delvis, {not_met} inte uppfyllda, {dont_know} besvarade ”vet inte”, {na} ej tillämpliga, {unanswered} obesvarade{review}.",
        en="Checklists ({where}): {met} of {items} items met, {partly} partly, {not_met} not met, {dont_know} answered “don't know”, {na} not applicable, {unanswered} unanswered{review}.",
    ),
    "part.needs_review": Bilingual(sv=", {count} behöver granskas", en=", {count} need review"),
    "why.needs_review": Plural(
        one=Bilingual(
            sv="{count} svar i checklistorna behöver granskas: underlaget hänvisar till något som hände senare eller säger emot registret ({where}).",
            en="{count} checklist answer needs review: its evidence cites a later event or contradicts the register ({where}).",
        ),
        other=Bilingual(
            sv="{count} svar i checklistorna behöver granskas: underlaget hänvisar till något som hände senare eller säger emot registret ({where}).",
            en="{count} checklist answers need review: their evidence cites a later event or contradicts the register ({where}).",
        ),
    ),
    "risk_status.open": Plural(
        one=Bilingual(sv="{count} öppen", en="{count} open"),
        other=Bilingual(sv="{count} öppna", en="{count} open"),
    ),
    "risk_status.in_treatment": Bilingual(sv="{count} under åtgärd", en="{count} in treatment"),
    "dec.dpia_late_planned": Bilingual(
        sv="Genomför konsekvensbedömningen (DPIA): den skulle ha gjorts före driftstarten {go_live}, och att den saknas är en överträdelse av GDPR art. 35.1. Registret planerar den till {planned} (ansvarig {owner}): tidigarelägg det datumet och dokumentera att den kom i efterhand; kvarstår en hög risk ska IMY rådfrågas (art. 36).",
        en="Carry out the DPIA: it was due before go-live on {go_live} and its absence is a breach of GDPR Art. 35(1). The register plans it for {planned} (owner {owner}): bring that date forward and document that it came late; if a high risk remains, consult IMY (Art. 36).",
    ),
    "dec.dpia_late": Bilingual(
        sv="Genomför konsekvensbedömningen (DPIA): den skulle ha gjorts före driftstarten {go_live}, och att den saknas är en överträdelse av GDPR art. 35.1. Registret har inget datum för den: bestäm ett nu och dokumentera att den kom i efterhand; kvarstår en hög risk ska IMY rådfrågas (art. 36).",
        en="Carry out the DPIA: it was due before go-live on {go_live} and its absence is a breach of GDPR Art. 35(1). The register has no date for it: set one now and document that it came late; if a high risk remains, consult IMY (Art. 36).",
    ),
    "dec.dpia_planned": Bilingual(
        sv="Säkerställ att konsekvensbedömningen avseende dataskydd (DPIA, GDPR art. 35) är gjord före driftstarten; registret planerar den till {planned} (ansvarig {owner}).",
        en="Make sure the data protection impact assessment (DPIA, GDPR Art. 35) is done before go-live; the register plans it for {planned} (owner {owner}).",
    ),
    "go_live_unknown": Bilingual(sv="(driftstart ej angiven)", en="(go-live date not stated)"),
    "why.dont_know": Plural(
        one=Bilingual(
            sv="{count} checklistpunkt är besvarad ”vet inte”: ta reda på svaret.",
            en="{count} checklist item is answered “don't know”: find out.",
        ),
        other=Bilingual(
            sv="{count} checklistpunkter är besvarade ”vet inte”: ta reda på svaren.",
            en="{count} checklist items are answered “don't know”: find out.",
        ),
    ),
    "why.unmet_and_unknown": Bilingual(
        sv="{gaps}; {unknown}",
        en="{gaps}; {unknown}",
    ),
    "why.legal_open": Bilingual(
        sv="Den rättsliga klassificeringen är inte fullständig: ange {needs}.",
        en="The legal classification is not complete: tell us {needs}.",
    ),
}


_TEXTS = Catalogue(
    {
        "status.red": Bilingual(sv="Rött – åtgärd krävs", en="Red – action required"),
        "status.amber": Bilingual(sv="Gult – uppmärksamhet krävs", en="Amber – attention required"),
        "status.green": Bilingual(
            sv="Grönt – inga allvarliga brister", en="Green – no serious issues"
        ),
        "no_findings": Bilingual(sv="Inga väsentliga iakttagelser.", en="No significant findings."),
        # Reasons for the colour.
        "why.prohibited": Bilingual(
            sv="Verktyget bedöms vara en förbjuden AI-praktik (AI-förordningen art. 5.1 f: "
            "känsloigenkänning på arbetsplatsen). Det får inte användas.",
            en="The tool is assessed as a prohibited AI practice (AI Act Art. 5(1)(f): emotion "
            "recognition at work). It must not be used.",
        ),
        "why.adverse_significant": Bilingual(
            sv="Granskningen visar negativ särbehandlingseffekt som sannolikt inte beror på "
            "slumpen: {groups}.",
            en="The audit shows adverse impact that is unlikely to be chance: {groups}.",
        ),
        "why.critical_risk": Plural(
            one=Bilingual(
                sv="{count} kritisk risk är inte löst ({detail}).",
                en="{count} critical risk is not resolved ({detail}).",
            ),
            other=Bilingual(
                sv="{count} kritiska risker är inte lösta ({detail}).",
                en="{count} critical risks are not resolved ({detail}).",
            ),
        ),
        "why.adverse_uncertain": Bilingual(
            sv="Granskningen visar en kvot under fyra femtedelar som kan bero på slumpen: "
            "{groups}.",
            en="The audit shows an impact ratio below four-fifths that may be chance: {groups}.",
        ),
        "why.adverse_small": Plural(
            one=Bilingual(
                sv="{count} grupp ligger under fyra femtedelar men visas inte i siffror, för att "
                "skydda celler med färre än {threshold} personer; den bör följas upp.",
                en="{count} group is below four-fifths but not shown in figures, to protect "
                "cells of fewer than {threshold} people; it should be followed up.",
            ),
            other=Bilingual(
                sv="{count} grupper ligger under fyra femtedelar men visas inte i siffror, för "
                "att skydda celler med färre än {threshold} personer; de bör följas upp.",
                en="{count} groups are below four-fifths but not shown in figures, to protect "
                "cells of fewer than {threshold} people; they should be followed up.",
            ),
        ),
        "why.significant_gap": Bilingual(
            sv="Urvalet skiljer sig statistiskt säkerställt mellan grupper, men över "
            "fyrafemtedelsgränsen: {groups}.",
            en="Selection differs significantly between groups, though above the four-fifths "
            "line: {groups}.",
        ),
        "why.high_risks": Plural(
            one=Bilingual(
                sv="{count} risk med hög nivå är inte löst ({detail}).",
                en="{count} high-level risk is not resolved ({detail}).",
            ),
            other=Bilingual(
                sv="{count} risker med hög nivå är inte lösta ({detail}).",
                en="{count} high-level risks are not resolved ({detail}).",
            ),
        ),
        "why.no_audit": Bilingual(
            sv="Ingen biasgranskning av verktygets beslut finns registrerad.",
            en="No bias audit of the tool's decisions has been recorded.",
        ),
        "why.unmet": Plural(
            one=Bilingual(
                sv="{count} checklistpunkt är inte uppfylld eller bara delvis.",
                en="{count} checklist item is not met, or only partly.",
            ),
            other=Bilingual(
                sv="{count} checklistpunkter är inte uppfyllda eller bara delvis.",
                en="{count} checklist items are not met, or only partly.",
            ),
        ),
        "why.no_signoff": Bilingual(
            sv="Bedömningen är inte signerad av ledningen.",
            en="The assessment has not been signed off by management.",
        ),
        "why.signoff_stale": Bilingual(
            sv="Registret har ändrats sedan signeringen {date} av {name}: en ny signering behövs.",
            en="The register changed after the sign-off on {date} by {name}: a new sign-off is needed.",
        ),
        "why.review_overdue": Bilingual(
            sv="Uppföljningen var planerad till {date} och är försenad.",
            en="The review was due on {date} and is overdue.",
        ),
        # Issue 15: the deployer's duties.
        "why.open_tasks": Plural(
            one=Bilingual(
                sv="{count} larm från uppföljningen är inte bedömt: bedöm om användningen ska avbrytas och leverantören och marknadskontrollmyndigheten informeras (AI-förordningen art. 26.5).",
                en="{count} alert from monitoring is not assessed: assess whether to suspend use and inform the provider and the market surveillance authority (AI Act Art. 26(5)).",
            ),
            other=Bilingual(
                sv="{count} larm från uppföljningen är inte bedömda: bedöm om användningen ska avbrytas och leverantören och marknadskontrollmyndigheten informeras (AI-förordningen art. 26.5).",
                en="{count} alerts from monitoring are not assessed: assess whether to suspend use and inform the provider and the market surveillance authority (AI Act Art. 26(5)).",
            ),
        ),
        "why.requests_overdue": Plural(
            one=Bilingual(
                sv="{count} begäran om förklaring är inte besvarad inom en månad (GDPR art. 12.3).",
                en="{count} request for an explanation was not answered within one month (GDPR Art. 12(3)).",
            ),
            other=Bilingual(
                sv="{count} begäranden om förklaring är inte besvarade inom en månad (GDPR art. 12.3).",
                en="{count} requests for an explanation were not answered within one month (GDPR Art. 12(3)).",
            ),
        ),
        "dec.assess_tasks": Bilingual(
            sv="Bedöm larmen från uppföljningen och dokumentera beslutet på sidan Skyldigheter.",
            en="Assess the alerts from monitoring and record the decision on the Duties page.",
        ),
        "dec.answer_requests": Bilingual(
            sv="Besvara de försenade begärandena om förklaring.",
            en="Answer the overdue requests for an explanation.",
        ),
        "why.all_clear": Bilingual(
            sv="Ingen negativ särbehandlingseffekt, inga kritiska risker och inga ouppfyllda krav "
            "hittades.",
            en="No adverse impact, critical risks or unmet requirements were found.",
        ),
        # Decisions for management.
        "dec.stop_prohibited": Bilingual(
            sv="Besluta att sluta använda verktyget omedelbart (förbjuden praktik).",
            en="Decide to stop using the tool immediately (prohibited practice).",
        ),
        "dec.adverse_uncertain": Bilingual(
            sv="Besluta hur urvalet ska följas upp för {groups}: skillnaden kan bero på slumpen, "
            "så samla mer data eller utred orsaken.",
            en="Decide how selection for {groups} is followed up: the difference may be chance, "
            "so collect more data or investigate the cause.",
        ),
        "dec.adverse": Bilingual(
            sv="Besluta hur urvalet ska utredas och rättas för {groups}: pausa, justera eller "
            "byta verktyget, och vem som ansvarar.",
            en="Decide how selection for {groups} is investigated and corrected: pause, adjust or "
            "replace the tool, and who is responsible.",
        ),
        "dec.accept_risks": Plural(
            one=Bilingual(
                sv="Ta ställning till {count} risk med hög eller kritisk nivå som fortfarande är "
                "öppen (inte under åtgärd): åtgärda den, eller acceptera den med motivering och "
                "godkännande av en annan person än den som föreslog det.",
                en="Decide on {count} high or critical risk that is still open (not in "
                "treatment): treat it, or accept it with a justification, approved by a person "
                "other than its proposer.",
            ),
            other=Bilingual(
                sv="Ta ställning till {count} risker med hög eller kritisk nivå som fortfarande är "
                "öppna (inte under åtgärd): åtgärda dem, eller acceptera dem med motivering och "
                "godkännande av en annan person än den som föreslog det.",
                en="Decide on {count} high or critical risks that are still open (not in "
                "treatment): treat them, or accept them with a justification, approved by a "
                "person other than their proposer.",
            ),
        ),
        # Issue 21 item 3 and issue 22: acceptances without four eyes read "not approved".
        "why.unapproved": Plural(
            one=Bilingual(
                sv="{count} accepterad risk är inte godkänd (motivering och fyra ögon saknas).",
                en="{count} accepted risk is not approved (justification and four eyes missing).",
            ),
            other=Bilingual(
                sv="{count} accepterade risker är inte godkända (motivering och fyra ögon saknas).",
                en="{count} accepted risks are not approved (justification and four eyes missing).",
            ),
        ),
        "dec.approve_acceptance": Plural(
            one=Bilingual(
                sv="Godkänn eller avslå {count} föreslagen riskacceptans: en godkännare som inte "
                "föreslog den prövar motiveringen (syfte, nödvändighet, alternativ).",
                en="Approve or reject {count} proposed risk acceptance: an approver who did not "
                "propose it weighs the justification (aim, necessity, alternatives).",
            ),
            other=Bilingual(
                sv="Godkänn eller avslå {count} föreslagna riskacceptanser: en godkännare som inte "
                "föreslog dem prövar motiveringen (syfte, nödvändighet, alternativ).",
                en="Approve or reject {count} proposed risk acceptances: an approver who did not "
                "propose them weighs the justification (aim, necessity, alternatives).",
            ),
        ),
        "dec.owned": Bilingual(
            sv="{decision} Ansvarig: {owner}; senast {date}.",
            en="{decision} Owner: {owner}; by {date}.",
        ),
        "dec.no_owner": Bilingual(sv="ingen utsedd", en="none named"),
        "dec.no_date": Bilingual(sv="inget datum satt", en="no date set"),
        "dec.fria_late": Bilingual(
            sv="Genomför konsekvensbedömningen avseende grundläggande rättigheter (FRIA, "
            "AI-förordningen art. 27) nu: den skulle ha gjorts före första användningen.",
            en="Carry out the fundamental rights impact assessment (FRIA, AI Act Art. 27) now: it "
            "was due before first use.",
        ),
        "dec.fria": Bilingual(
            sv="Beställ en konsekvensbedömning avseende grundläggande rättigheter (FRIA, "
            "AI-förordningen art. 27) före fortsatt användning.",
            en="Commission a fundamental rights impact assessment (FRIA, AI Act Art. 27) before "
            "further use.",
        ),
        "dec.dpia": Bilingual(
            sv="Säkerställ att en konsekvensbedömning avseende dataskydd (DPIA, GDPR art. 35) är "
            "gjord.",
            en="Make sure a data protection impact assessment (DPIA, GDPR Art. 35) has been "
            "carried out.",
        ),
        "dec.audit": Bilingual(
            sv="Beställ en biasgranskning av verktygets beslutslogg.",
            en="Commission a bias audit of the tool's decision log.",
        ),
        # Issue 27 / 21 §4: a register changed outside the program is never presented as fact.
        "dec.altered": Bilingual(
            sv="Ta reda på vem som ändrade registret utanför programmet och återställ det från en export som förvarats utanför databasen, innan rapporten används; kör sedan `ethics-toolkit verify` igen.",
            en="Find out who changed the register outside the program and restore it from an export kept outside the database before this report is used; then run `ethics-toolkit verify` again.",
        ),
        "dec.signoff": Bilingual(
            sv="Godkänn eller underkänn bedömningen och signera den i avsnittet om beslut.",
            en="Approve or reject the assessment and sign it in the sign-off section.",
        ),
        "dec.review": Bilingual(
            sv="Fastställ datum för nästa uppföljning (senast om ett år).",
            en="Set the date of the next review (within one year at the latest).",
        ),
        # Findings.
        "find.adverse": Bilingual(
            sv="{group}: valdes med {ratio} gånger referensgruppens urvalsandel ({rate} mot "
            "{ref_rate}), {p}.",
            en="{group}: selected at {ratio} times the reference group's rate ({rate} vs "
            "{ref_rate}), {p}.",
        ),
        "find.risk": Bilingual(
            sv="{level} risk: {title} (riskvärde {score}).",
            en="{level} risk: {title} (score {score}).",
        ),
        "find.classification": Bilingual(
            sv="Klassificering enligt AI-förordningen: {risk_class}.",
            en="Classification under the AI Act: {risk_class}.",
        ),
        "find.no_adverse": Bilingual(
            sv="Ingen grupp valdes med mindre än fyra femtedelar av referensgruppens urvalsandel.",
            en="No group was selected at less than four-fifths of the reference group's rate.",
        ),
        # Issue 11: oversight, funnel step and proxy columns in the summary.
        "why.tool_decides": Bilingual(
            sv="Besluten följde verktygets rekommendation i {agreement} av fallen: i praktiken beslutar verktyget (GDPR art. 22).",
            en="The decisions followed the tool's recommendation in {agreement} of cases: in practice the tool decides (GDPR Art. 22).",
        ),
        "why.proxy": Bilingual(
            sv="Kolumner som kan fungera som ersättning för en skyddad egenskap: {columns}.",
            en="Columns that may act as a stand-in for a sensitive attribute: {columns}.",
        ),
        "find.oversight": Bilingual(
            sv="Besluten följde verktygets rekommendation i {agreement} av {n} fall; människorna ändrade {changed}.",
            en="Decisions followed the tool's recommendation in {agreement} of {n} cases; people changed {changed}.",
        ),
        "find.oversight_direction": Bilingual(
            sv="Människorna {verb} verktygets skillnad för {groups}.",
            en="People {verb} the tool's disparity for {groups}.",
        ),
        "find.reduced": Bilingual(
            sv="minskade",
            en="reduced",
        ),
        "find.amplified": Bilingual(
            sv="förstärkte",
            en="amplified",
        ),
        "find.funnel": Bilingual(
            sv="Efter {attributes}: {summary}",
            en="By {attributes}: {summary}",
        ),
        "find.proxy": Bilingual(
            sv="{column} hänger starkt ihop med {attribute} (V = {v_attr}) och med beslutet (V = {v_dec}): möjlig ersättning för {attribute}.",
            en="{column} goes strongly with {attribute} (V = {v_attr}) and with the decision (V = {v_dec}): a possible stand-in for {attribute}.",
        ),
        "dec.tool_decides": Bilingual(
            sv="Besluta hur rekryterarna ska pröva verktygets rekommendationer så att en människa verkligen beslutar, eller behandla besluten som automatiserade enligt GDPR art. 22 (information, rätt till mänsklig prövning och att bestrida beslutet).",
            en="Decide how recruiters review the tool's recommendations so that a person really decides, or treat the decisions as automated under GDPR Art. 22 (information, the right to human review and to contest the decision).",
        ),
        "dec.proxy": Bilingual(
            sv="Be leverantören förklara om verktyget använder {columns}, och ta bort eller motivera dem.",
            en="Ask the vendor whether the tool uses {columns}, and remove or justify them.",
        ),
        # Issue 9: too little data to judge.
        "why.too_little": Bilingual(
            sv="För lite data för att bedöma (minst {minimum} personer per grupp behövs): {groups} ligger under fyra femtedelar men är för få för att dra slutsatser av.",
            en="Too little data to judge (at least {minimum} people per group are needed): {groups} are below four-fifths but too few to draw conclusions from.",
        ),
        "why.too_little_log": Bilingual(
            sv="För lite data för att bedöma: bara {n} beslut med känt utfall (minst {minimum} behövs). Siffrorna är en beskrivning, inte ett resultat.",
            en="Too little data to judge: only {n} decisions with a known outcome (at least {minimum} are needed). The figures are a description, not a finding.",
        ),
        "dec.more_data": Bilingual(
            sv="Besluta hur fler beslut ska samlas in och när granskningen ska göras om.",
            en="Decide how more decisions are collected and when the audit is repeated.",
        ),
    }
)


TEXTS = _TEXTS.merged(COUNT_TEXTS)  # issue 12's counts and legal points: status_counts.py


def text(key: str, lang: Lang, /, **values: object) -> str:
    return TEXTS.text(key, lang, **values)

# ruff: noqa: E501  (a text catalogue: long sentences read better unbroken)
"""The sentences of the notices (issue 15, issue 21 §6): a pure text catalogue.

The notice to applicants is written for the people the tool is used on: plain words, no internal
terms (no "four-fifths", no risk levels, no audit figures), every right GDPR Art. 13/14 and the AI
Act's Art. 26(11) and 86 give them. The notice to workers' representatives is internal information
under AI Act Art. 26(7) and MBL, and may quote the register's findings.
"""

from __future__ import annotations

from ethics_toolkit.i18n.text import Bilingual, Catalogue, Plural

TEXTS = Catalogue(
    {
        "missing": Bilingual(sv="[Att komplettera: {what}]", en="[To complete: {what}]"),
        "missing_heading": Bilingual(
            sv="Att komplettera i registret innan meddelandet används",
            en="To complete in the register before this notice is used",
        ),
        "in_language": Bilingual(sv="{field} (på {language})", en="{field} (in {language})"),
        "language.sv": Bilingual(sv="svenska", en="Swedish"),
        "language.en": Bilingual(sv="engelska", en="English"),
        "group_words": Bilingual(
            sv="{field}: texten nämner {words}. Ett meddelande till sökande ska inte berätta att grupper av sökande behandlas olika; formulera om texten",
            en="{field}: the text mentions {words}. A notice to applicants must not tell them that groups of applicants are treated differently; reword the text",
        ),
        "footer": Bilingual(
            sv="Informationen gäller från {date}.", en="This information applies from {date}."
        ),
        "footer.rep": Bilingual(
            sv="Uppgifterna kommer från vårt register över AI-system (”{tool}”), {date}.",
            en="These facts come from our register of AI systems (“{tool}”), {date}.",
        ),
        "no_date": Bilingual(sv="utan datum", en="undated"),
        # -- applicants ------------------------------------------------------------------------
        "app.title": Bilingual(
            sv="Vi använder AI-systemet {tool}: information till dig",
            en="We use the AI system {tool}: information for you",
        ),
        "app.used.h": Bilingual(sv="Vi använder ett AI-system", en="We use an AI system"),
        "app.used": Bilingual(
            sv="I {process} använder vi AI-systemet {tool}{vendor}.",
            en="In {process} we use the AI system {tool}{vendor}.",
        ),
        "app.from": Bilingual(sv=" från {vendor}", en=" from {vendor}"),
        "app.high_risk": Bilingual(
            sv="Enligt EU:s AI-förordning räknas AI-system som används för att välja ut personer till arbete som system med hög risk. Därför berättar vi att systemet används i beslut som rör dig (AI-förordningen art. 26.11).",
            en="Under the EU AI Act, AI systems used to select people for work are high-risk systems. This is why we tell you that the system is used in decisions about you (AI Act Art. 26(11)).",
        ),
        "app.not_high_risk": Bilingual(
            sv="Vi berättar det för att vara öppna med hur beslut som rör dig fattas.",
            en="We tell you so that you know how decisions about you are made.",
        ),
        "app.controller.h": Bilingual(
            sv="Vem som ansvarar för dina uppgifter", en="Who is responsible for your data"
        ),
        "app.controller": Bilingual(
            sv="Personuppgiftsansvarig: {controller}", en="Controller: {controller}"
        ),
        "app.dpo": Bilingual(sv="Dataskyddsombud: {dpo}", en="Data protection officer: {dpo}"),
        "app.what.h": Bilingual(sv="Vad systemet gör", en="What the system does"),
        "app.factors.h": Bilingual(
            sv="Vad systemets bedömning bygger på", en="What the system's assessment is based on"
        ),
        "app.factors": Bilingual(
            sv="De viktigaste faktorerna är: {factors}",
            en="The main factors are: {factors}",
        ),
        "app.data.h": Bilingual(
            sv="Vilka uppgifter om dig systemet tar emot",
            en="What information about you the system receives",
        ),
        "app.human.h": Bilingual(sv="Människans roll", en="The human role"),
        "app.art22": Bilingual(
            sv="Ansökningar som systemet rangordnar lågt läses i dag inte alltid av en människa. Rangordningen kan därför i praktiken avgöra om du går vidare, och du har rätt att begära att en människa prövar din ansökan (se dina rättigheter nedan).",
            en="Applications the system ranks low are not always read by a person today. The ranking can therefore decide in practice whether you progress, and you have the right to ask for a person to assess your application (see your rights below).",
        ),
        "app.basis.h": Bilingual(
            sv="Varför vi behandlar uppgifterna och med vilken rätt",
            en="Why we process the data and on what legal basis",
        ),
        "app.purpose": Bilingual(
            sv="Ändamålet är att hantera din ansökan och välja ut vem som går vidare i rekryteringen.",
            en="The purpose is to handle your application and select who progresses in the recruitment.",
        ),
        "app.rights.h": Bilingual(sv="Dina rättigheter", en="Your rights"),
        "app.explain": Bilingual(
            sv="Du kan be om en förklaring av vilken roll AI-systemet hade i beslutet om dig och vilka de viktigaste skälen till beslutet var{refs}.",
            en="You can ask for an explanation of the role the AI system played in the decision about you and of the main reasons for the decision{refs}.",
        ),
        "app.refs_high": Bilingual(
            sv=" (AI-förordningen art. 86, GDPR art. 15.1 h)",
            en=" (AI Act Art. 86, GDPR Art. 15(1)(h))",
        ),
        "app.refs": Bilingual(sv=" (GDPR art. 15.1 h)", en=" (GDPR Art. 15(1)(h))"),
        "app.human_review": Bilingual(
            sv="Du kan också be att en människa prövar ditt ärende och framföra dina synpunkter{refs}.",
            en="You can also ask for a person to review your case and give your view{refs}.",
        ),
        "app.refs_22": Bilingual(
            sv=" samt bestrida beslutet (GDPR art. 22.3)",
            en=", and contest the decision (GDPR Art. 22(3))",
        ),
        "app.object": Bilingual(
            sv="Du har rätt att när som helst invända mot behandling som grundar sig på vårt berättigade intresse (GDPR art. 21).",
            en="You have the right to object at any time to processing based on our legitimate interest (GDPR Art. 21).",
        ),
        "app.access": Bilingual(
            sv="Du har rätt att få veta vilka uppgifter vi har om dig och att få felaktiga uppgifter rättade (GDPR art. 15 och 16).",
            en="You have the right to know what data we hold about you and to have incorrect data corrected (GDPR Art. 15 and 16).",
        ),
        "app.complain": Bilingual(
            sv="Du har rätt att klaga till Integritetsskyddsmyndigheten (IMY), www.imy.se, om du anser att vi behandlar dina uppgifter felaktigt (GDPR art. 77).",
            en="You have the right to complain to the Swedish Authority for Privacy Protection (IMY), www.imy.se, if you think we process your data wrongly (GDPR Art. 77).",
        ),
        "app.one_month": Bilingual(
            sv="Vi svarar inom en månad från att vi fått din begäran (GDPR art. 12.3).",
            en="We answer within one month of receiving your request (GDPR Art. 12(3)).",
        ),
        "app.contact": Bilingual(sv="Kontakt: {contact}", en="Contact: {contact}"),
        "app.retention.h": Bilingual(
            sv="Hur länge uppgifterna sparas", en="How long the data are kept"
        ),
        "app.logs": Bilingual(
            sv="Systemets loggar sparas minst sex månader (AI-förordningen art. 26.6).",
            en="The system's logs are kept for at least six months (AI Act Art. 26(6)).",
        ),
        # What the tool does with people's applications, by its role in decisions.
        "role.decides_alone": Bilingual(
            sv="Systemet fattar beslut utan att en människa först prövar dem.",
            en="The system makes decisions without a person reviewing them first.",
        ),
        "role.recommends": Bilingual(
            sv="Systemet ger rekommendationer; beslutet fattas av en människa.",
            en="The system makes recommendations; a person makes the decision.",
        ),
        "role.ranks": Bilingual(
            sv="Systemet rangordnar personerna; beslutet fattas av en människa.",
            en="The system ranks the people; a person makes the decision.",
        ),
        "role.supports": Bilingual(
            sv="Systemet tar fram underlag till en människa som fattar beslutet.",
            en="The system prepares material for a person who makes the decision.",
        ),
        # GDPR Art. 22 likely applies (issue 21 §1): the tool decides in practice.
        "role_22.recommends": Bilingual(
            sv="Systemet ger rekommendationer, och i praktiken följs de ofta utan egen prövning.",
            en="The system makes recommendations, and in practice they are often followed without a review of their own.",
        ),
        "role_22.ranks": Bilingual(
            sv="Systemet rangordnar personerna. En människa fattar beslutet, men rangordningen kan i praktiken avgöra vilka ansökningar som läses.",
            en="The system ranks the people. A person takes the decision, but the ranking can decide in practice which applications are read.",
        ),
        "role_22.supports": Bilingual(
            sv="Systemet tar fram underlag, och i praktiken avgör underlaget ofta beslutet.",
            en="The system prepares material, and in practice the material often decides the outcome.",
        ),
        # -- workers' representatives -------------------------------------------------------------
        "rep.title": Bilingual(
            sv="Information till arbetstagarnas företrädare: AI-systemet {tool}",
            en="Information for workers' representatives: the AI system {tool}",
        ),
        "rep.intro_high": Bilingual(
            sv="Innan ett AI-system med hög risk tas i bruk på arbetsplatsen informerar arbetsgivaren arbetstagarnas företrädare och de arbetstagare som berörs (AI-förordningen art. 26.7). I Sverige sker det inom ramen för medbestämmandelagen (MBL). Här är vad vårt register vet om systemet.",
            en="Before a high-risk AI system is put into use at the workplace, the employer informs the workers' representatives and the workers affected (AI Act Art. 26(7)). In Sweden this is done under the Co-determination Act (MBL). This is what our register knows about the system.",
        ),
        "rep.intro": Bilingual(
            sv="Systemet bedöms inte som ett AI-system med hög risk, så AI-förordningens art. 26.7 gäller inte. Vi informerar ändå om vad vårt register vet om systemet.",
            en="The system is not assessed as a high-risk AI system, so AI Act Art. 26(7) does not apply. We still inform you of what our register knows about it.",
        ),
        "rep.quoted": Bilingual(
            sv="Registrets egna texter (riskernas rubriker och åtgärder, uppföljningsplanen) citeras som de står i registret (på {language}).",
            en="The register's own texts (the risks' titles and measures, the monitoring plan) are quoted as they stand in the register (in {language}).",
        ),
        "rep.system.h": Bilingual(sv="Systemet", en="The system"),
        "rep.class.h": Bilingual(sv="Klassificering", en="Classification"),
        "rep.class": Bilingual(
            sv="Registrets bedömning enligt AI-förordningen: {risk_class}.",
            en="The register's assessment under the AI Act: {risk_class}.",
        ),
        "rep.human.h": Bilingual(sv="Mänsklig tillsyn", en="Human oversight"),
        "rep.audits.h": Bilingual(sv="Biasgranskningar", en="Bias audits"),
        "rep.no_audit": Bilingual(
            sv="Ingen biasgranskning av systemets beslut är registrerad ännu.",
            en="No bias audit of the system's decisions has been recorded yet.",
        ),
        "rep.audit_count": Plural(
            one=Bilingual(
                sv="{count} biasgranskning är registrerad.", en="{count} bias audit is recorded."
            ),
            other=Bilingual(
                sv="{count} biasgranskningar är registrerade.",
                en="{count} bias audits are recorded.",
            ),
        ),
        "rep.audits": Bilingual(
            sv="{count} Den senaste gjordes {date} på {rows} beslut{file} och visade:",
            en="{count} The latest was made on {date} on {rows} decisions{file} and found:",
        ),
        "rep.of_file": Bilingual(sv=" (”{file}”)", en=" (“{file}”)"),
        "rep.risks.h": Bilingual(sv="Risker och åtgärder", en="Risks and measures"),
        "rep.no_risks": Bilingual(
            sv="Inga öppna risker är registrerade.", en="No open risks are recorded."
        ),
        "rep.risk": Bilingual(
            sv="{title} (nivå {level}; {status}; ansvarig {owner})",
            en="{title} (level {level}; {status}; owner {owner})",
        ),
        "rep.action": Bilingual(
            sv="– Åtgärd: {description} (ansvarig {owner}, klart senast {due}; {state})",
            en="– Measure: {description} (owner {owner}, due {due}; {state})",
        ),
        "rep.done": Bilingual(sv="klar", en="done"),
        "rep.done_on": Bilingual(sv="klar {date}", en="done on {date}"),
        "rep.not_done": Bilingual(sv="pågår", en="in progress"),
        "rep.overdue": Bilingual(sv="försenad", en="overdue"),
        "rep.nobody": Bilingual(sv="ingen utsedd", en="nobody named"),
        "rep.no_due": Bilingual(sv="inget datum", en="no date"),
        "rep.monitoring.h": Bilingual(sv="Uppföljning under användningen", en="Monitoring in use"),
        "rep.no_plan": Bilingual(
            sv="Ingen uppföljningsplan är registrerad ännu.",
            en="No monitoring plan has been recorded yet.",
        ),
        "rep.plan": Bilingual(
            sv="Vad som mäts: {measured}. Hur ofta: {frequency}. Ansvarig: {owner}. Nästa granskning: {next}.",
            en="What is measured: {measured}. How often: {frequency}. Owner: {owner}. Next audit: {next}.",
        ),
        "rep.open_tasks": Bilingual(
            sv="Öppna uppgifter efter larm (bedöm om ni ska {duty}, AI-förordningen art. 26.5): {count}.",
            en="Open tasks after an alert (assess whether to {duty}, AI Act Art. 26(5)): {count}.",
        ),
        "not_stated": Bilingual(sv="inte angivet", en="not stated"),
        "rep.contact.h": Bilingual(sv="Frågor", en="Questions"),
        "rep.contact": Bilingual(
            sv="Systemägare: {owner}. Vi går gärna igenom underlaget i samverkan.",
            en="System owner: {owner}. We are glad to go through the material together.",
        ),
    }
)

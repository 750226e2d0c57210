# ruff: noqa: E501  (a text catalogue: long sentences read better unbroken)
"""The self-check questions of lessons 5-7 (issue 23) and the lessons' own short texts.

Same keys as ``lesson_texts.py``; a pure text catalogue.
"""

from __future__ import annotations

from ethics_toolkit.i18n.text import Bilingual, Plural

MORE_LESSON_TEXTS: dict[str, Bilingual | Plural] = {
    # -- 5. Explaining a decision to an applicant ------------------------------------------------
    "explaining.title": Bilingual(
        sv="Att förklara ett beslut för en sökande", en="Explaining a decision to an applicant"
    ),
    "explaining.content.q": Bilingual(
        sv="En sökande frågar varför hon inte kallades till intervju. Vad ska svaret innehålla?",
        en="An applicant asks why she was not invited to interview. What should the answer contain?",
    ),
    "explaining.content.a": Bilingual(
        sv="Verktygets källkod och modell.", en="The tool's source code and model."
    ),
    "explaining.content.b": Bilingual(
        sv="Att beslutet fattades av verktyget och inte kan ändras.",
        en="That the tool made the decision and it cannot be changed.",
    ),
    "explaining.content.c": Bilingual(
        sv="Verktygets roll i beslutet, de viktigaste faktorerna, rekryterarens egen bedömning och hur hon kan begära en mänsklig prövning.",
        en="The tool's role in the decision, the main factors, the recruiter's own assessment and how she can ask for a human review.",
    ),
    "explaining.content.why": Bilingual(
        sv="AI-förordningen art. 86 och GDPR art. 15.1 h ger rätt till en begriplig förklaring av verktygets roll och de viktigaste faktorerna, och art. 22.3 rätt till mänsklig prövning. Kontakt enligt profilen: {contact}",
        en="AI Act Art. 86 and GDPR Art. 15(1)(h) give a right to a clear explanation of the tool's role and the main factors, and Art. 22(3) a right to human review. Contact in the profile: {contact}",
    ),
    "explaining.group.q": Bilingual(
        sv="Någon i gruppen {name} frågar om {tool} har behandlat henne orättvist. Ni vet att granskningens kvot för gruppen var {ratio}. Vad svarar ni?",
        en="Someone in the group {name} asks whether {tool} treated her unfairly. You know the audit's ratio for the group was {ratio}. What do you answer?",
    ),
    "explaining.group.a": Bilingual(
        sv="Att granskningen gäller grupper, inte hennes ansökan: berätta ärligt vad den visade och vad ni gör åt det, och erbjud en mänsklig prövning av hennes ansökan.",
        en="That the audit is about groups, not her application: say honestly what it showed and what you are doing about it, and offer a human review of her application.",
    ),
    "explaining.group.b": Bilingual(
        sv="Att granskningen visar att hon diskriminerades.",
        en="That the audit shows she was discriminated against.",
    ),
    "explaining.group.c": Bilingual(
        sv="Ingenting: granskningen är ett internt dokument.",
        en="Nothing: the audit is an internal document.",
    ),
    "explaining.group.why": Bilingual(
        sv="Ärlighet bygger förtroende och är det lagen förväntar sig: en kvot på {ratio} är en signal om gruppen, inte ett besked om en person. {requests}",
        en="Honesty builds trust and is what the law expects: a ratio of {ratio} is a signal about the group, not a verdict on a person. {requests}",
    ),
    # -- 6. When and how to override -------------------------------------------------------------
    "override.title": Bilingual(
        sv="När och hur man går emot verktyget", en="When and how to override the tool"
    ),
    "override.when.q": Bilingual(
        sv="När ska du gå emot verktygets rangordning?",
        en="When should you overrule the tool's ranking?",
    ),
    "override.when.a": Bilingual(
        sv="När din egen prövning mot kravprofilen visar något annat – och du skriver kort varför.",
        en="When your own review against the requirement profile shows something else – and you write down briefly why.",
    ),
    "override.when.b": Bilingual(
        sv="Aldrig: då blir besluten inkonsekventa.",
        en="Never: that makes the decisions inconsistent.",
    ),
    "override.when.c": Bilingual(
        sv="Bara om chefen godkänner varje ändring i förväg.",
        en="Only if the manager approves each change in advance.",
    ),
    "override.when.why": Bilingual(
        sv="Tillsynspersonen ska ha kompetens och befogenhet att gå emot verktyget (AI-förordningen art. 14.4 d och 26.2). Så beskriver ni prövningen: {human_role}",
        en="The overseer must have the competence and the authority to overrule the tool (AI Act Art. 14(4)(d) and 26(2)). This is how you describe the review: {human_role}",
    ),
    "override.rate.q": Bilingual(
        sv="{oversight} Vad säger det om prövningen?",
        en="{oversight} What does that say about the review?",
    ),
    "override.rate.a_follows": Bilingual(
        sv="Att rekommendationen sällan ändras: om människorna nästan alltid följer verktyget beslutar det i praktiken (GDPR art. 22), och då måste prövningen stärkas.",
        en="That the recommendation is rarely changed: if people almost always follow the tool, it decides in practice (GDPR Art. 22), and the review must be strengthened.",
    ),
    "override.rate.a_reviews": Bilingual(
        sv="Att människorna faktiskt prövar förslagen – följ upp att ändringarna minskar skillnaderna mellan grupperna, inte förstärker dem.",
        en="That people do review the proposals – check that their changes narrow the gaps between groups rather than widen them.",
    ),
    "override.rate.b": Bilingual(sv="Att verktyget är felfritt.", en="That the tool is flawless."),
    "override.rate.c": Bilingual(
        sv="Ingenting: det är bara statistik.", en="Nothing: it is just statistics."
    ),
    "override.rate.why": Bilingual(
        sv="Hur ofta och åt vilket håll människor ändrar verktygets förslag är det bästa måttet på om tillsynen fungerar.",
        en="How often, and which way, people change the tool's proposals is the best measure of whether oversight works.",
    ),
    "override.low.q": Bilingual(
        sv="En sökande i gruppen {name} (kvot {ratio} i granskningen) rangordnas lågt men matchar kravprofilen väl när du läser ansökan. Vad gör du?",
        en="An applicant in the group {name} (ratio {ratio} in the audit) is ranked low but matches the requirement profile well when you read the application. What do you do?",
    ),
    "override.low.a": Bilingual(
        sv="Följer rangordningen: verktyget har sett fler ansökningar.",
        en="Follow the ranking: the tool has seen more applications.",
    ),
    "override.low.b": Bilingual(
        sv="Prövar ansökan själv, kallar den sökande om hen matchar kravprofilen och noterar varför du gick emot rangordningen.",
        en="Review the application yourself, invite the applicant if they match the profile, and note why you went against the ranking.",
    ),
    "override.low.c": Bilingual(
        sv="Ber leverantören ändra poängen.", en="Ask the vendor to change the score."
    ),
    "override.low.why": Bilingual(
        sv="Granskningen visar att gruppen {name} valdes ut i lägre grad ({rate} mot {ref_rate}). Just där behövs en människas egen läsning – och en kort notering om varför, som visar att tillsynen fungerar.",
        en="The audit shows the group {name} was selected less often ({rate} vs {ref_rate}). That is exactly where a person's own reading is needed – with a brief note of why, which shows that oversight works.",
    ),
    # -- 7. Applicants' rights under the GDPR -----------------------------------------------------
    "gdpr.title": Bilingual(
        sv="Sökandes rättigheter enligt GDPR", en="Applicants' rights under the GDPR"
    ),
    "gdpr.human.q": Bilingual(
        sv="En sökande vill att en människa prövar beslutet om hennes ansökan. Vilken rätt handlar det om?",
        en="An applicant wants a person to review the decision on her application. Which right is that?",
    ),
    "gdpr.human.a": Bilingual(
        sv="Rätten till dataportabilitet (art. 20).", en="The right to data portability (Art. 20)."
    ),
    "gdpr.human.b": Bilingual(
        sv="Rätten till mänsklig inblandning, att framföra sin synpunkt och att bestrida beslutet (art. 22.3).",
        en="The right to human intervention, to express her view and to contest the decision (Art. 22(3)).",
    ),
    "gdpr.human.c": Bilingual(
        sv="Rätten att bli glömd (art. 17).", en="The right to be forgotten (Art. 17)."
    ),
    "gdpr.human.why": Bilingual(
        sv="När ett beslut i praktiken fattas av verktyget har den sökande rätt till mänsklig prövning; ge alltid den möjligheten i informationen till sökande.",
        en="When a decision is in practice made by the tool, the applicant has a right to human review; always offer it in the information to applicants.",
    ),
    "gdpr.cells.q": Bilingual(
        sv="Granskningen läste uppgifter om {n} sökande. Vad finns kvar av dem i registret?",
        en="The audit read data on {n} applicants. What of it is kept in the register?",
    ),
    "gdpr.cells.a": Bilingual(
        sv="Bara antal per grupp och de beräknade siffrorna; celler med färre än 5 personer hålls undan.",
        en="Only counts per group and the figures computed from them; cells of fewer than 5 people are withheld.",
    ),
    "gdpr.cells.b": Bilingual(
        sv="Alla raderna, för att granskningen ska kunna göras om.",
        en="Every row, so that the audit can be repeated.",
    ),
    "gdpr.cells.c": Bilingual(
        sv="Namnen på de sökande som inte valdes ut.",
        en="The names of the applicants who were not selected.",
    ),
    "gdpr.cells.why": Bilingual(
        sv="Uppgifter om etniskt ursprung och hälsa är känsliga (GDPR art. 9) och kräver ett undantag enligt art. 9.2 (ert: {art9}). Dataminimering (art. 5.1 c): behåll bara det granskningen behöver.",
        en="Data on ethnic origin and health are special-category data (GDPR Art. 9) and need an Art. 9(2) exception (yours: {art9}). Data minimisation (Art. 5(1)(c)): keep only what the audit needs.",
    ),
    "gdpr.special.q": Bilingual(
        sv="Får ni spara varje sökandes födelseland i en egen lista för att kunna följa upp verktyget?",
        en="May you keep each applicant's country of birth in a list of your own to monitor the tool?",
    ),
    "gdpr.special.a": Bilingual(
        sv="Ja, allt som behövs för uppföljning får sparas.",
        en="Yes, anything needed for monitoring may be kept.",
    ),
    "gdpr.special.b": Bilingual(
        sv="Nej, en biasgranskning får aldrig göras.", en="No, a bias audit may never be done."
    ),
    "gdpr.special.c": Bilingual(
        sv="Bara med ett undantag enligt art. 9.2, för ett bestämt syfte och så kort tid som möjligt; helst räknas grupperna direkt och raderna raderas.",
        en="Only under an Art. 9(2) exception, for a set purpose and as briefly as possible; best, the groups are counted at once and the rows deleted.",
    ),
    "gdpr.special.why": Bilingual(
        sv="Födelseland används ofta som ersättning för etniskt ursprung; behandla det som känsliga uppgifter.",
        en="Country of birth is often used as a stand-in for ethnic origin; treat it as special-category data.",
    ),
    # -- shared ------------------------------------------------------------------------------------
    "minutes": Plural(
        one=Bilingual(sv="{count} minut", en="{count} minute"),
        other=Bilingual(sv="{count} minuter", en="{count} minutes"),
    ),
    "activity": Bilingual(sv="Lektion: {title}", en="Lesson: {title}"),
    "no_audit_note": Bilingual(
        sv="Verktyget har ingen sparad biasgranskning än, så frågorna om era egna siffror saknas i självtestet. Spara en granskning så byggs de på verktygets siffror.",
        en="The tool has no saved bias audit yet, so the questions on your own figures are missing from the self-check. Save an audit and they are built on the tool's figures.",
    ),
}

# ruff: noqa: E501  (a text catalogue: long sentences read better unbroken)
"""The self-check questions of the first four lessons (issue 23), in Swedish and English.

Keys: ``<lesson>.<question>.q`` the question, ``.a`` / ``.b`` / ``.c`` the options, ``.why`` the
explanation shown after answering. Which option is right is data in ``lessons.py``. Placeholders
are filled from the tool's profile and its latest audit (``facts.py``); a pure text catalogue.
"""

from __future__ import annotations

from ethics_toolkit.i18n.text import Bilingual

LESSON_TEXTS: dict[str, Bilingual] = {
    # -- 1. What the tool does and doesn't do ----------------------------------------------------
    "tool.title": Bilingual(
        sv="Vad {tool} gör – och inte gör", en="What {tool} does – and doesn't do"
    ),
    "tool.responsible.q": Bilingual(
        sv="Vem ansvarar för ett beslut som fattas med hjälp av {tool}?",
        en="Who is responsible for a decision made with the help of {tool}?",
    ),
    "tool.responsible.a": Bilingual(
        sv="Leverantören, {vendor}, som byggde verktyget.",
        en="The vendor, {vendor}, who built the tool.",
    ),
    "tool.responsible.b": Bilingual(
        sv="Arbetsgivaren: vi som använder verktyget och cheferna som beslutade att använda det.",
        en="The employer: we who use the tool and the managers who decided to use it.",
    ),
    "tool.responsible.c": Bilingual(
        sv="Verktyget självt, eftersom det räknade fram förslaget.",
        en="The tool itself, because it calculated the proposal.",
    ),
    "tool.responsible.why": Bilingual(
        sv="Verktyget {role}, men beslutet och ansvaret är arbetsgivarens – även mot diskrimineringslagen. Så beskriver ni människans roll: {human_role}",
        en="The tool {role}, but the decision and the responsibility are the employer's – under the Discrimination Act too. This is how you describe the human role: {human_role}",
    ),
    "tool.audit.q": Bilingual(
        sv="{audit} Vad kan en sådan granskning visa?",
        en="{audit} What can an audit like this show?",
    ),
    "tool.audit.a": Bilingual(
        sv="Hur urvalet fördelade sig mellan grupper av sökande, t.ex. efter {attributes}.",
        en="How selection was spread across groups of applicants, e.g. by {attributes}.",
    ),
    "tool.audit.b": Bilingual(
        sv="Om verktyget bedömde varje enskild sökande rätt.",
        en="Whether the tool judged each individual applicant correctly.",
    ),
    "tool.audit.c": Bilingual(
        sv="Vilka sökande som borde ha anställts.", en="Which applicants should have been hired."
    ),
    "tool.audit.why": Bilingual(
        sv="En biasgranskning jämför grupper med varandra. Om en enskild ansökan blev rätt bedömd kan bara en människas prövning mot kravprofilen svara på.",
        en="A bias audit compares groups with each other. Whether one application was judged right only a person's review against the requirement profile can tell.",
    ),
    # -- 2. How a ranking is produced ------------------------------------------------------------
    "ranking.title": Bilingual(sv="Hur en rangordning blir till", en="How a ranking is produced"),
    "ranking.factors.q": Bilingual(
        sv="Enligt leverantören väger {tool} in: {main_factors} Vad stämmer om rangordningen?",
        en="According to the vendor, {tool} weighs: {main_factors} What is true of the ranking?",
    ),
    "ranking.factors.a": Bilingual(
        sv="Den är ett objektivt mått på vem som är bäst för jobbet.",
        en="It is an objective measure of who is best for the job.",
    ),
    "ranking.factors.b": Bilingual(
        sv="Verktyget vet vilka sökande som kommer att lyckas i jobbet.",
        en="The tool knows which applicants will succeed in the job.",
    ),
    "ranking.factors.c": Bilingual(
        sv="Den speglar de faktorer verktyget väger in och mönster i de data det byggdes på – också gamla beslut med deras skevheter.",
        en="It reflects the factors the tool weighs and patterns in the data it was built on – old decisions with their skews included.",
    ),
    "ranking.factors.why": Bilingual(
        sv="En rangordning är en beräkning, inte en bedömning av en människa. Den är aldrig bättre än faktorerna och de data den bygger på.",
        en="A ranking is a calculation, not a judgement of a person. It is never better than the factors and the data it rests on.",
    ),
    "ranking.cutoff.q": Bilingual(
        sv="I granskningen valdes {rate} av alla sökande ut. Två sökande skiljer sig några platser i rangordningen, runt gränsen för vilka som går vidare. Vad betyder skillnaden?",
        en="In the audit, {rate} of all applicants were selected. Two applicants are a few places apart in the ranking, near the line for who goes through. What does the difference mean?",
    ),
    "ranking.cutoff.a": Bilingual(
        sv="Att den högre rankade är tydligt bättre.",
        en="That the higher-ranked one is clearly better.",
    ),
    "ranking.cutoff.b": Bilingual(
        sv="Den kan betyda väldigt lite: båda bör prövas mot kravprofilen innan någon väljs bort.",
        en="It may mean very little: both should be judged against the requirement profile before either is left out.",
    ),
    "ranking.cutoff.c": Bilingual(
        sv="Att den lägre rankade saknar kvalifikationer.",
        en="That the lower-ranked one lacks qualifications.",
    ),
    "ranking.cutoff.why": Bilingual(
        sv="När bara {rate} går vidare avgör små skillnader i poäng vem som hamnar över gränsen. Där gör människans prövning störst nytta.",
        en="When only {rate} go through, small differences in score decide who lands above the line. That is where a person's review does most good.",
    ),
    # -- 3. Where bias enters --------------------------------------------------------------------
    "bias.title": Bilingual(sv="Var skevheter kommer in", en="Where bias enters"),
    "bias.proxy.q": Bilingual(
        sv="{compare} Anta att {tool} aldrig får veta de sökandes {attribute}. Kan det ändå behandla grupperna olika?",
        en="{compare} Suppose {tool} is never told the applicants' {attribute}. Can it still treat the groups differently?",
    ),
    "bias.proxy.a": Bilingual(
        sv="Nej: utan uppgiften kan verktyget inte skilja grupperna åt.",
        en="No: without the information the tool cannot tell the groups apart.",
    ),
    "bias.proxy.b": Bilingual(
        sv="Ja: genom gamla beslut i de data det byggdes på och genom uppgifter som hänger ihop med {attribute}, t.ex. språk, namn, bostadsort eller luckor i CV:t.",
        en="Yes: through old decisions in the data it was built on, and through information that goes with {attribute}, such as language, names, where people live or gaps in a CV.",
    ),
    "bias.proxy.c": Bilingual(
        sv="Bara om leverantören har programmerat det så med flit.",
        en="Only if the vendor programmed it that way on purpose.",
    ),
    "bias.proxy.why": Bilingual(
        sv="Indirekt diskriminering kräver ingen avsikt (diskrimineringslagen 1 kap. 4 §): en till synes neutral faktor som missgynnar en grupp räcker. {proxies}",
        en="Indirect discrimination needs no intent (Discrimination Act ch. 1 § 4): an apparently neutral factor that disadvantages a group is enough. {proxies}",
    ),
    "bias.follow.q": Bilingual(
        sv="{oversight} Vilken risk är det man ska hålla ögonen på?",
        en="{oversight} Which risk is it that you should keep an eye on?",
    ),
    "bias.follow.q_generic": Bilingual(
        sv="En rekryterare läser bara de tio högst rankade och kallar dem till intervju. Vilken risk är det?",
        en="A recruiter reads only the ten highest-ranked applicants and invites them to interview. Which risk is that?",
    ),
    "bias.follow.a": Bilingual(
        sv="Att människorna följer maskinen utan egen prövning (automationsbias), så att verktygets skevheter går rakt igenom till besluten.",
        en="That people follow the machine without reviewing it themselves (automation bias), so the tool's skews pass straight into the decisions.",
    ),
    "bias.follow.b": Bilingual(
        sv="Ingen: verktyget har ju oftast rätt.", en="None: the tool is usually right."
    ),
    "bias.follow.c": Bilingual(
        sv="Att rekryterarna ändrar för mycket i rangordningen.",
        en="That recruiters change the ranking too much.",
    ),
    "bias.follow.why": Bilingual(
        sv="Mänsklig tillsyn (AI-förordningen art. 14 och 26.2) fungerar bara om människan verkligen prövar förslagen och vågar gå emot dem.",
        en="Human oversight (AI Act Art. 14 and 26(2)) works only if people really review the proposals and dare to overrule them.",
    ),
    # -- 4. Reading an impact ratio, a p-value and "too little data" ------------------------------
    "figures.title": Bilingual(
        sv="Att läsa en kvot, ett p-värde och ”för lite data”",
        en="Reading an impact ratio, a p-value and “too little data”",
    ),
    "figures.ratio.q": Bilingual(
        sv="{compare} Vad betyder det – och vad betyder det inte?",
        en="{compare} What does that mean – and what doesn't it?",
    ),
    "figures.ratio.a": Bilingual(
        sv="Att {ratio_percent} av {who} valdes ut.",
        en="That {ratio_percent} of {who} were selected.",
    ),
    "figures.ratio.b": Bilingual(
        sv="Att verktyget bevisligen diskriminerar {who}.",
        en="That the tool is proven to discriminate against {who}.",
    ),
    "figures.ratio.c_adverse": Bilingual(
        sv="Att gruppen valdes ut i lägre grad ({rate} mot {ref_rate}). Under 0,80 är en varningssignal som ska utredas – men kvoten bevisar inte ensam diskriminering och säger inget om en enskild sökande.",
        en="That the group was selected less often ({rate} vs {ref_rate}). Below 0.80 is a warning sign to investigate – but the ratio alone does not prove discrimination and says nothing about one applicant.",
    ),
    "figures.ratio.c_fine": Bilingual(
        sv="Att gruppen valdes ut i något lägre grad ({rate} mot {ref_rate}), men över fyrafemtedelsgränsen 0,80 – en tumregel, inte en gräns i lagen, så skillnaden kan ändå behöva följas.",
        en="That the group was selected somewhat less often ({rate} vs {ref_rate}), but above the four-fifths line of 0.80 – a rule of thumb, not a legal limit, so the difference may still need watching.",
    ),
    "figures.ratio.why": Bilingual(
        sv="Kvoten är gruppens urvalsandel delad med referensgruppens: {rate} / {ref_rate} ≈ {ratio}. Svensk lag har ingen siffergräns; statistiken är ett underlag, och arbetsgivaren ska kunna förklara skillnaden.",
        en="The ratio is the group's selection rate divided by the reference group's: {rate} / {ref_rate} ≈ {ratio}. Swedish law has no numeric threshold; statistics are evidence, and the employer must be able to explain the difference.",
    ),
    "figures.p.q": Bilingual(
        sv="Kvoten för {who} är {ratio}, med p {p} ({n} sökande i gruppen). Vad säger p-värdet?",
        en="The ratio for {who} is {ratio}, with p {p} ({n} applicants in the group). What does the p-value say?",
    ),
    "figures.p.a": Bilingual(
        sv="Hur stor sannolikheten är att verktyget är rättvist.",
        en="How likely it is that the tool is fair.",
    ),
    "figures.p.b_chance": Bilingual(
        sv="Att en så stor skillnad lätt kan uppstå av en slump med så här få sökande: se den som en varningssignal och samla mer data – inte som ett bevis åt något håll.",
        en="That a difference this large could easily arise by chance with this few applicants: treat it as a warning sign and collect more data – not as proof either way.",
    ),
    "figures.p.b_sure": Bilingual(
        sv="Att en så stor skillnad nästan aldrig skulle uppstå av en slump om urvalet vore lika: den beror sannolikt inte på slumpen – men p-värdet säger inget om varför den finns.",
        en="That a difference this large would almost never arise by chance if selection were equal: it is unlikely to be chance – but the p-value says nothing about why it exists.",
    ),
    "figures.p.c": Bilingual(
        sv="Hur många procentenheter skillnaden är.",
        en="How many percentage points the difference is.",
    ),
    "figures.p.why": Bilingual(
        sv="p-värdet är sannolikheten att få en minst så stor skillnad om urvalet egentligen vore lika för grupperna. Under 0,05 kallar vi skillnaden sannolikt inte slumpen.",
        en="The p-value is the probability of a difference at least this large if selection were in fact equal for the groups. Below 0.05 we call the difference unlikely to be chance.",
    ),
    "figures.small.q": Bilingual(
        sv="Det fanns {n} {who} i granskningen. Den minsta kvot som granskningen säkert kunde upptäcka för dem var {mdr}. Vad betyder det?",
        en="There were {n} {who} in the audit. The smallest ratio the audit could reliably detect for them was {mdr}. What does that mean?",
    ),
    "figures.small.a": Bilingual(
        sv="Att gruppen behandlades rättvist.", en="That the group was treated fairly."
    ),
    "figures.small.b": Bilingual(
        sv="Att gruppen ska tas bort ur granskningen.",
        en="That the group should be left out of the audit.",
    ),
    "figures.small.c": Bilingual(
        sv="Att bara en mycket stor skillnad (en kvot under {mdr}) säkert hade synts; en mindre men verklig skillnad kan finnas utan att märkas – det är för lite data för att frikänna gruppens urval.",
        en="That only a very large difference (a ratio below {mdr}) would reliably have shown; a smaller but real difference can exist unseen – there is too little data to clear the group's selection.",
    ),
    "figures.small.why": Bilingual(
        sv="Små grupper ger osäkra siffror. Ingen signal är inte detsamma som ingen skillnad: samla fler beslut, t.ex. en längre period, innan ni drar slutsatser.",
        en="Small groups give uncertain figures. No signal is not the same as no difference: collect more decisions, e.g. a longer period, before drawing conclusions.",
    ),
    "figures.example.q": Bilingual(
        sv="Exempel (inte ert verktygs siffror): en grupp valdes ut till 45 % och referensgruppen till 60 %. Vad är kvoten, och vad betyder den?",
        en="Example (not your tool's figures): one group was selected at 45% and the reference group at 60%. What is the impact ratio, and what does it mean?",
    ),
    "figures.example.a": Bilingual(
        sv="0,75: under fyra femtedelar (0,80), en varningssignal som ska utredas.",
        en="0.75: below four-fifths (0.80), a warning sign to investigate.",
    ),
    "figures.example.b": Bilingual(
        sv="15: skillnaden i procentenheter är kvoten.",
        en="15: the difference in percentage points is the ratio.",
    ),
    "figures.example.c": Bilingual(sv="1,33: gruppen gynnas.", en="1.33: the group is favoured."),
    "figures.example.why": Bilingual(
        sv="45 / 60 = 0,75. Exemplet kommer från de amerikanska riktlinjernas frågor och svar om fyrafemtedelsregeln (29 CFR 1607).",
        en="45 / 60 = 0.75. The example is from the US guidelines' questions and answers on the four-fifths rule (29 CFR 1607).",
    ),
}

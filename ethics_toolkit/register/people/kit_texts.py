# ruff: noqa: E501  (a text catalogue: long sentences read better unbroken)
"""The sentences of the workplace-meeting kit (issue 23) that depend on the tool's data; the
layout's own headings live with the PDF (``report/learning_kit.py``). A pure text catalogue."""

from __future__ import annotations

from ethics_toolkit.i18n.text import Bilingual, Catalogue, Plural

TEXTS = Catalogue(
    {
        "activity": Bilingual(
            sv="Arbetsplatsträff: {tool}s egen granskning",
            en="Workplace meeting: {tool}'s own audit",
        ),
        "agenda.figures": Bilingual(
            sv="Nyckeltalen i klartext", en="The key figures in plain words"
        ),
        "agenda.case": Bilingual(
            sv="Ett fall ur er egen granskning", en="A case from your own audit"
        ),
        "agenda.reflection": Bilingual(
            sv="Samtal: reflektionsfrågor", en="Talk: reflection questions"
        ),
        "agenda.quiz": Bilingual(sv="Kort quiz och närvaro", en="Short quiz and attendance"),
        "above_line": Bilingual(
            sv="Det är över fyrafemtedelsgränsen men beror sannolikt inte på slumpen (p {p}): håll ett öga på det.",
            en="That is above the four-fifths line but unlikely to be chance (p {p}): keep an eye on it.",
        ),
        "uncertain": Bilingual(
            sv="Det är under fyrafemtedelsgränsen men kan bero på slumpen (p {p}, {n} sökande i gruppen): en varningssignal, inte ett bevis.",
            en="That is below the four-fifths line but may be chance (p {p}, {n} applicants in the group): a warning sign, not proof.",
        ),
        "case.applicant": Bilingual(
            sv="En sökande i gruppen {name} rangordnas långt ner av {tool} och kallas inte till intervju. I er granskning valdes {rate} av gruppen ut, mot {ref_rate} av {ref} (kvot {ratio}). Ansökan matchar kravprofilen bättre än rangordningen antyder.",
            en="An applicant in the group {name} is ranked far down by {tool} and not invited to interview. In your audit {rate} of the group were selected, against {ref_rate} of {ref} (ratio {ratio}). The application matches the requirement profile better than the ranking suggests.",
        ),
        "case.generic": Bilingual(
            sv="En sökande rangordnas långt ner av {tool} och kallas inte till intervju, fast ansökan matchar kravprofilen bättre än rangordningen antyder.",
            en="An applicant is ranked far down by {tool} and not invited to interview, although the application matches the requirement profile better than the ranking suggests.",
        ),
        "case.request": Plural(
            one=Bilingual(
                sv="Så har det hänt hos er: teamet har fått {count} begäran om förklaring; den kom in {received} och besvarades {answered}. Hur svarade ni – och hur skulle ni svara i dag?",
                en="This has happened to you: the team has had {count} request for an explanation; it came in on {received} and was answered on {answered}. How did you answer – and how would you answer today?",
            ),
            other=Bilingual(
                sv="Så har det hänt hos er: teamet har fått {count} begäranden om förklaring; den första kom in {received} och besvarades {answered}. Hur svarade ni – och hur skulle ni svara i dag?",
                en="This has happened to you: the team has had {count} requests for an explanation; the first came in on {received} and was answered on {answered}. How did you answer – and how would you answer today?",
            ),
        ),
        "case.ask": Bilingual(
            sv="Den sökande begär en förklaring av beslutet. Vad svarar ni, och vem gör det?",
            en="The applicant asks for an explanation of the decision. What do you answer, and who does it?",
        ),
        "case.discuss": Bilingual(
            sv="Diskutera: vem borde ha märkt ansökan, när, och vad skulle ha fått oss att gå emot rangordningen?",
            en="Discuss: who should have noticed the application, when, and what would have made us overrule the ranking?",
        ),
        "reflect.where": Bilingual(
            sv="Gruppen {name} valdes ut i lägre grad. Var i vår process kan skillnaden uppstå – i verktyget, i underlaget eller hos oss?",
            en="The group {name} was selected less often. Where in our process can the difference arise – in the tool, in the data or in us?",
        ),
        "reflect.follow_measured": Bilingual(
            sv="Besluten följde verktyget i {share} av fallen. När gick vi senast emot det, och skrev vi då varför?",
            en="The decisions followed the tool in {share} of cases. When did we last overrule it, and did we write down why?",
        ),
        "reflect.follow": Bilingual(
            sv="Hur ofta går vi emot {tool}s rangordning, och skriver vi då varför?",
            en="How often do we overrule {tool}'s ranking, and do we write down why?",
        ),
        "reflect.explain": Bilingual(
            sv="Vad skulle vi säga till en sökande som frågar varför hon inte gick vidare – och vad skulle vi inte säga?",
            en="What would we tell an applicant who asks why she did not go through – and what would we not say?",
        ),
        "reflect.little_data": Bilingual(
            sv="Om gruppen {name} har vi för lite data för att vara säkra. Hur får vi veta mer utan att samla onödiga personuppgifter?",
            en="We have too little data on the group {name} to be sure. How do we learn more without collecting needless personal data?",
        ),
        "reflect.support": Bilingual(
            sv="Vilken tid och vilket stöd behöver vi för att pröva verktygets förslag på riktigt?",
            en="What time and support do we need to really review the tool's proposals?",
        ),
        "record_command": Bilingual(
            sv='ethics-toolkit learning record --tool "{tool}" --person "NAMN" --activity "{activity}" --date ÅÅÅÅ-MM-DD',
            en='ethics-toolkit learning record --tool "{tool}" --person "NAME" --activity "{activity}" --date YYYY-MM-DD',
        ),
        "no_audit": Bilingual(
            sv="Verktyget har ingen sparad biasgranskning än: träffen handlar om verktygets roll och era rutiner, och quizet om de allmänna frågorna. Spara en granskning så bygger underlaget på era egna siffror.",
            en="The tool has no saved bias audit yet: the meeting is about the tool's role and your routines, and the quiz about the general questions. Save an audit and the kit is built on your own figures.",
        ),
    }
)

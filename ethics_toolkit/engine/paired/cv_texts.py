# ruff: noqa: E501  (a text catalogue: long sentences read better unbroken)
"""The words of the synthetic CVs and personal letters, in Swedish and English.

The CVs are documents in the job profile's language; their sentences live here like every other
text of the toolkit. A sentence never contains the applicant's name, birth year or a gap: those
signals sit on lines of their own, so every other line of the variants of one base CV is the same
text (and wraps the same way in a PDF).
"""

from __future__ import annotations

from ethics_toolkit.i18n.text import Bilingual, Catalogue

EMPLOYERS = (
    "Norrström Logistik AB", "Bergviks Fastigheter AB", "Kustens Redovisning AB",
    "Mälardalens Bygg AB", "Fjällvägen Handel AB", "Ekbacken Service AB",
    "Lindholmen Data AB", "Stensjö Industri AB", "Åsbacka Vård AB", "Hamnstadens Energi AB",
    "Skogslunds Förvaltning AB", "Västerby Partner AB",
)  # fmt: skip
"""Fictional employers (no real company is meant)."""
UNIVERSITIES = (
    "Uppsala universitet", "Lunds universitet", "Göteborgs universitet", "Stockholms universitet",
    "Umeå universitet", "Linköpings universitet", "Örebro universitet", "Karlstads universitet",
)  # fmt: skip
SCHOOLS = ("Katedralskolan", "Polhemsskolan", "Vasaskolan", "Norra Latin", "Tullängsskolan")

TEXTS = Catalogue(
    {
        "email": Bilingual(sv="E-post: {email}", en="Email: {email}"),
        "born": Bilingual(sv="Född {year}", en="Born {year}"),
        "h.profile": Bilingual(sv="Profil", en="Profile"),
        "h.experience": Bilingual(sv="Arbetslivserfarenhet", en="Work experience"),
        "h.education": Bilingual(sv="Utbildning", en="Education"),
        "h.qualifications": Bilingual(sv="Kvalifikationer", en="Qualifications"),
        "h.skills": Bilingual(sv="Kompetenser", en="Skills"),
        "h.languages": Bilingual(sv="Språk", en="Languages"),
        "h.letter": Bilingual(sv="Personligt brev", en="Cover letter"),
        "languages": Bilingual(
            sv="Svenska: flytande i tal och skrift. Engelska: mycket goda kunskaper.",
            en="Swedish: fluent, spoken and written. English: very good.",
        ),
        "summary": Bilingual(
            sv="{current} med {years} års erfarenhet{sector}. Noggrann, strukturerad och van att samarbeta med kollegor och kunder.",
            en="{current} with {years} years of experience{sector}. Thorough, well organised and used to working with colleagues and customers.",
        ),
        "summary.sector": Bilingual(sv=" inom {sector}", en=" in {sector}"),
        "present": Bilingual(sv="nu", en="present"),
        "entry": Bilingual(sv="{years}  {title}, {employer}", en="{years}  {title}, {employer}"),
        "task": Bilingual(
            sv="Arbetsuppgifter bland annat: {tasks}.", en="Tasks included: {tasks}."
        ),
        "gap.none": Bilingual(
            sv="{years}  Vikarierande {title}, {employer}",
            en="{years}  Temporary {title}, {employer}",
        ),
        "gap.parental_leave": Bilingual(
            sv="{years}  Föräldraledighet", en="{years}  Parental leave"
        ),
        "school": Bilingual(
            sv="{years}  {programme}, {school}", en="{years}  {programme}, {school}"
        ),
        "programme.bachelor": Bilingual(
            sv="Kandidatexamen, 180 högskolepoäng", en="Bachelor's degree, 180 ECTS credits"
        ),
        "programme.vocational": Bilingual(
            sv="Yrkeshögskoleexamen{sector}", en="Higher vocational diploma{sector}"
        ),
        "programme.upper_secondary": Bilingual(
            sv="Gymnasieexamen, samhällsvetenskapsprogrammet",
            en="Upper secondary diploma, social science programme",
        ),
        "programme.sector": Bilingual(sv=" inom {sector}", en=" in {sector}"),
        "assistant": Bilingual(sv="Assistent", en="Assistant"),
        "letter.1": Bilingual(
            sv="Jag söker tjänsten som {title}{at}. Arbetet stämmer väl med det jag gör i dag och med det jag vill utvecklas inom.",
            en="I am applying for the position of {title}{at}. The work matches what I do today and what I want to develop in.",
        ),
        "letter.at": Bilingual(sv=" hos {employer}", en=" at {employer}"),
        "letter.2": Bilingual(
            sv="Som {current} på {employer} har jag bland annat arbetat med {skills}. Jag tar ansvar för mina uppgifter och följer upp dem tills de är klara.",
            en="As {current} at {employer} I have worked with, among other things, {skills}. I take responsibility for my tasks and follow them through until they are done.",
        ),
        "letter.2.no_skills": Bilingual(
            sv="Som {current} på {employer} har jag fått bred erfarenhet av yrket. Jag tar ansvar för mina uppgifter och följer upp dem tills de är klara.",
            en="As {current} at {employer} I have gained broad experience of the profession. I take responsibility for my tasks and follow them through until they are done.",
        ),
        "letter.3": Bilingual(
            sv="Av det ni efterfrågar vill jag särskilt nämna: {requirements}.",
            en="Of what you ask for, I would like to mention in particular: {requirements}.",
        ),
        "letter.4": Bilingual(
            sv="Jag berättar gärna mer vid en intervju.",
            en="I would be glad to tell you more at an interview.",
        ),
        "regards": Bilingual(sv="Med vänliga hälsningar", en="Kind regards"),
        "and": Bilingual(sv="och", en="and"),
    }
)

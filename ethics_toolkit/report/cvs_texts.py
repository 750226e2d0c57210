# ruff: noqa: E501  (a text catalogue: long sentences read better unbroken)
"""The short instruction that comes with a paired test set (``README.txt``), in Swedish and English."""

from __future__ import annotations

from ethics_toolkit.engine.paired.models import PairedDesign
from ethics_toolkit.i18n import Lang, format_int
from ethics_toolkit.i18n.text import Bilingual, Catalogue

TEXTS = Catalogue(
    {
        "title": Bilingual(
            sv="Parat test av ett urvalsverktyg – instruktion",
            en="Paired test of a screening tool – instructions",
        ),
        "set": Bilingual(
            sv="Testsetet: {cvs} CV:n ({base} grund-CV:n × {variants} varianter) för tjänsten {title}, slumpfrö {seed}. Varianterna av ett grund-CV är likadana utom {signals}.",
            en="The test set: {cvs} CVs ({base} base CVs × {variants} variants) for the position {title}, seed {seed}. The variants of one base CV are identical except for {signals}.",
        ),
        "signal.gender": Bilingual(sv="förnamnet (kön)", en="the first name (gender)"),
        "signal.origin": Bilingual(
            sv="för- och efternamnet (svenskt eller utomeuropeiskt)",
            en="the first and last name (Swedish or non-European)",
        ),
        "signal.age": Bilingual(sv="födelseåret (ålder)", en="the birth year (age)"),
        "signal.gap": Bilingual(
            sv="ett år av föräldraledighet eller ett vikariat samma år",
            en="a year of parental leave or a temporary job in the same year",
        ),
        "and": Bilingual(sv="och", en="and"),
        "steps": Bilingual(
            sv="""1. Lägg upp en testrekrytering i leverantörens verktyg med samma jobbprofil (titel och krav). Använd en testmiljö eller en rekrytering som aldrig publiceras: ingen riktig sökande ska beröras och inget beslut om en människa ska fattas.
2. Ladda upp alla filer i mappen cvs/ i filnamnsordning (namnen är slumpade och avslöjar inget). Ladda inte upp manifest.csv, design.json eller den här filen: de visar vilka CV:n som hör ihop.
3. Låt verktyget bedöma alla CV:n på vanligt sätt, utan att ändra inställningar mellan dem.
4. Exportera verktygets resultat (poäng och/eller beslut) med filnamnet eller CV-id:t för varje CV, som CSV eller Excel.
5. Analysera svaren: ethics-toolkit paired analyse manifest.csv SVAR.csv --score KOLUMN [--decision KOLUMN --positive VÄRDE], eller på sidan ”Testa verktyget” i appen.
6. Anteckna vilken version av verktyget som testades (leverantörens versionsnummer eller datum): registret sparar den med resultatet.

Behåll manifest.csv hos er: det är nyckeln till testet. CV:na är påhittade; namnen kommer från listor som beskrivs i ethics_toolkit/engine/paired/names.py.""",
            en="""1. Set up a test requisition in the vendor's tool with the same job profile (title and requirements). Use a test environment or a requisition that is never published: no real applicant may be affected and no decision about a person may be made.
2. Upload every file in the folder cvs/ in file-name order (the names are random and reveal nothing). Do not upload manifest.csv, design.json or this file: they show which CVs belong together.
3. Let the tool assess every CV in the usual way, without changing settings between them.
4. Export the tool's results (scores and/or decisions) with the file name or the CV id of each CV, as CSV or Excel.
5. Analyse the answers: ethics-toolkit paired analyse manifest.csv ANSWERS.csv --score COLUMN [--decision COLUMN --positive VALUE], or on the page "Test the tool" of the app.
6. Note which version of the tool was tested (the vendor's version number or a date): the register keeps it with the result.

Keep manifest.csv with you: it is the key to the test. The CVs are made up; the names come from the lists described in ethics_toolkit/engine/paired/names.py.""",
        ),
    }
)


def _listed(items: list[str], lang: Lang) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {TEXTS.text('and', lang)} {items[-1]}"


def instructions(design: PairedDesign, lang: Lang) -> str:
    """``README.txt`` of a test set: what it holds and how to run it through the vendor's tool."""
    signals = _listed([TEXTS.text(f"signal.{a}", lang) for a in design.attributes], lang)
    title = TEXTS.text("title", lang)
    lines = [
        title,
        "=" * len(title),
        "",
        TEXTS.text(
            "set",
            lang,
            cvs=format_int(design.cvs, lang),
            base=format_int(design.base_cvs, lang),
            variants=2 ** len(design.attributes),
            title=design.profile_title,
            seed=design.seed,
            signals=signals,
        ),
        "",
        TEXTS.text("steps", lang),
    ]
    return "\n".join(lines) + "\n"

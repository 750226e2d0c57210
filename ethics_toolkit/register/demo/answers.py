"""The demo team's answers to the checklists, with evidence notes as an HR team would write them."""

from __future__ import annotations

from ethics_toolkit.register.domain.answers import AnswerValue

_Y, _P, _N, _D, _NA = (
    AnswerValue.yes,
    AnswerValue.partly,
    AnswerValue.no,
    AnswerValue.dont_know,
    AnswerValue.not_applicable,
)

# Answers to the checklist items, with evidence notes as an HR team would write them.
ANSWERS: dict[str, tuple[AnswerValue, str]] = {
    "ai_literacy-01": (_N, "Ingen AI-utbildning har getts; rekryterarna har bara fått en demo."),
    "ai_literacy-02": (_N, "Diskriminering och AI har inte tagits upp med användarna."),
    "ai_literacy-03": (_P, "Bruksanvisningen finns men bara två av sju användare har läst den."),
    "ai_literacy-04": (_N, "De som granskar förslagen har inte fått någon särskild utbildning."),
    "ai_literacy-05": (_Y, "Johan Berg är utsedd kontaktperson; står på intranätet."),
    "explainability-01": (_P, "Rutin finns för registerutdrag men inte för AI-förklaringar."),
    "explainability-02": (_D, "Oklart om leverantören kan ta fram en persons poängunderlag."),
    "explainability-03": (_P, "Huvudfaktorer syns i verktyget men sparas inte per sökande."),
    "explainability-04": (_Y, "Verktyget visar de fem viktigaste faktorerna för varje sökande."),
    "explainability-05": (_N, "Rekryterarna skriver ingen egen motivering i dag."),
    "gdpr-01": (_Y, "Berättigat intresse, intresseavvägning 2025-06-10 (diarienr HR-2025-14)."),
    "gdpr-02": (
        _P,
        "Leverantören intygar att verktyget inte behandlar art. 9-uppgifter, men bakgrund samlas "
        "in för biasgranskningen; undantag enligt art. 9.2 är inte fastställt.",
    ),
    "gdpr-03": (_P, "Bakgrund samlas in frivilligt i en separat enkät; gallringstid saknas."),
    "gdpr-04": (_N, "Ingen konsekvensbedömning (DPIA) gjordes före driftstarten 2025-09-01."),
    "gdpr-05": (_NA, "Ingen DPIA gjord ännu, så frågan om förhandssamråd har inte prövats."),
    "gdpr-06": (_P, "Rekryteraren beslutar om kallelse, men lågt rankade sökande läses sällan."),
    "gdpr-07": (_N, "Integritetsmeddelandet nämner inte AI-verktyget."),
    "gdpr-08": (_P, "Foto och födelsedatum skickas med men används inte; ska tas bort."),
    "gdpr-09": (_Y, "Ansökningar gallras efter 24 månader enligt gallringsplan 2025."),
    "gdpr-10": (_Y, "Biträdesavtal undertecknat 2025-05-20."),
    "gdpr-11": (_Y, "Finns i registret över behandlingar sedan 2025-08."),
    "gdpr-12": (_P, "IT har granskat inloggning och kryptering; ingen riskanalys för sökande."),
    "gdpr-13": (_NA, "Verktyget används bara för externa sökande."),
    "human_oversight-01": (_Y, "Ansvariga rekryterare utsedda per tjänst i rekryteringsplanen."),
    "human_oversight-02": (_Y, "Rekryteraren kan fritt ändra rangordningen."),
    "human_oversight-03": (_P, "Stickprov visar att 9 av 10 förslag godkänns utan ändring."),
    "human_oversight-04": (_P, "Vid stora rekryteringar hinner man inte läsa alla ansökningar."),
    "human_oversight-05": (_N, "Lågt rankade sökande läses i regel inte."),
    "human_oversight-06": (_P, "Flera tror att poängen är en sannolikhet att lyckas i jobbet."),
    "human_oversight-07": (_Y, "Används bara för urval till intervju, enligt bruksanvisningen."),
    "human_oversight-08": (_D, "Ingen följer upp hur ofta förslagen ändras."),
    "human_oversight-09": (_Y, "Rutin för att pausa verktyget finns i avtalet med leverantören."),
    "human_oversight-10": (_D, "Oklart vilken myndighet som tar emot incidentrapporter."),
    "human_oversight-11": (_Y, "Loggar sparas i 12 månader hos leverantören."),
    "leadership-01": (_P, "Ledningen har beslutat om AI-pilot men ingen AI-strategi."),
    "leadership-02": (_Y, "Maria Lind äger verktyget; budget i HR:s verksamhetsplan 2026."),
    "leadership-03": (_N, "Ingen AI-policy ännu; planeras av ledningsgruppen."),
    "leadership-04": (_Y, "Bedömt som högrisk enligt bilaga III punkt 4, se registret."),
    "leadership-05": (_NA, "Privat arbetsgivare; FRIA krävs inte."),
    "leadership-06": (_P, "Rekryterarna var med i upphandlingen; chefer inte involverade."),
    "leadership-07": (_Y, "Årlig uppföljning beslutad; nästa 2027-03-01."),
    "leadership-08": (
        _P,
        "Ledningsgruppen godkände införandet 2025-08-25; denna uppföljning signeras av "
        "HR-direktören när rapporten är klar.",
    ),
    "non_discrimination-01": (_P, "Kön och etnisk tillhörighet genomgångna, övriga grunder inte."),
    "non_discrimination-02": (_P, "Kravet på 'flytande svenska' ifrågasatt men inte prövat."),
    "non_discrimination-03": (_D, "Leverantören har inte svarat om postnummer används."),
    "non_discrimination-04": (_D, "Okänt hur verktyget väger luckor i CV:t."),
    "non_discrimination-05": (_N, "Språket i ansökan påverkar poängen enligt leverantören."),
    "non_discrimination-06": (
        _N,
        "Ingen biasgranskning gjord ännu; planerad på logg för jan–jun 2026.",
    ),
    "non_discrimination-07": (_P, "Verktyget klarar skärmläsare; testerna är inte anpassade."),
    "non_discrimination-08": (_Y, "Kön är frivilligt och har fler svarsalternativ än man/kvinna."),
    "non_discrimination-09": (
        _P,
        "Rekrytering finns med i aktiva åtgärder, men inte AI-verktyget.",
    ),
    "non_discrimination-10": (_N, "Den skriftliga dokumentationen 2026 nämner inte verktyget."),
    "non_discrimination-11": (_Y, "Diskuterat med facket (Unionen) 2025-08-20."),
    "non_discrimination-12": (_P, "Urvalsbeslut sparas men utan motivering."),
    "transparency-01": (_N, "Sökande informeras inte om att AI används i urvalet."),
    "transparency-02": (_Y, "MBL-information till facket 2025-08-20, protokoll finns."),
    "transparency-03": (_Y, "Bruksanvisningen ligger på HR:s gemensamma yta."),
    "transparency-04": (_D, "Informationen har inte granskats för tillgänglighet."),
    "transparency-05": (_Y, "Kontaktuppgifter till HR finns i annonsen."),
    "data_quality_security-01": (_P, "Kravprofilerna ses över, men ingen kontroll av urvalet."),
    "data_quality_security-02": (_P, "Stickprov på 20 CV i maj 2026: 2 utbildningar feltolkade."),
    "data_quality_security-03": (_Y, "Behörighet per rekrytering; granskning av IT 2026-04."),
    "data_quality_security-04": (_Y, "Leverantörens åtkomstlogg sparas i 12 månader."),
    "data_quality_security-05": (_Y, "Incidentrutinen omfattar verktyget, uppdaterad 2026-02."),
    "data_quality_security-06": (_D, "Oklart om leverantörens säkerhetskopior gallras."),
    "vendor_management-01": (_Y, "Verktyget analyserar inte video eller röst; skriftligt intyg."),
    "vendor_management-02": (_Y, "Bruksanvisning och produktblad version 4.2 finns."),
    "vendor_management-03": (_P, "Leverantören visade tester för kön men inte för bakgrund."),
    "vendor_management-04": (
        _P,
        "Avtalet ger tillgång till loggar men inte till data för granskning.",
    ),
    "vendor_management-05": (_D, "Leverantören har inte svarat om CE-märkning planeras."),
    "vendor_management-06": (_N, "Modellen uppdaterades i juni 2026 utan förvarning."),
    "vendor_management-07": (
        _Y,
        "Exit-klausul i avtalet: data återlämnas och raderas inom 30 dagar.",
    ),
}

# Issue 21 §2: answers revised after the event they cite (``profile.REVISED_AT``, after the audit),
# so that no answer certifies something that had not happened when it was given.
REVISIONS: dict[str, tuple[AnswerValue, str]] = {
    "non_discrimination-06": (_Y, "Biasgranskning gjord 2026-10-01 på logg för jan–jun 2026."),
}

# For items not listed above (checklists grow): a plausible default by the item's position.
_DEFAULT_PATTERN = (_Y, _Y, _P, _Y, _D, _Y, _P, _N)
_DEFAULT_NOTES = {
    _Y: "Kontrollerat av HR {date}; underlag i HR:s ärendemapp.",
    _P: "Delvis på plats; komplettering planerad under 2027.",
    _N: "Saknas i dag; tas upp i handlingsplanen.",
    _D: "Har frågat leverantören, inget svar ännu.",
}


def default_answer(position: int) -> tuple[AnswerValue, str]:
    """The answer to an item not in ``ANSWERS``, by the item's position in its checklist."""
    value = _DEFAULT_PATTERN[position % len(_DEFAULT_PATTERN)]
    return value, _DEFAULT_NOTES[value].format(date="2026-09-22")

# ruff: noqa: E501  (a message catalogue: long sentences read better unbroken)
"""The app's texts of the page "Testa verktyget" / "Test the tool" (issue 24), merged into the UI
catalogue. The table headings, verdict words and findings are the engine's
(``engine/paired/texts.py``), as in the CLI and the PDF."""

from __future__ import annotations

from ethics_toolkit.i18n.text import Bilingual, Plural

PAIRED_TEXTS: dict[str, Bilingual | Plural] = {
    "nav_paired": Bilingual(sv="Testa verktyget", en="Test the tool"),
    "paired_title": Bilingual(
        sv="Testa verktyget med parade CV:n", en="Test the tool with paired CVs"
    ),
    "paired_intro": Bilingual(
        sv="Skapa påhittade CV:n som bara skiljer sig i namnet (och om ni vill födelseåret eller en föräldraledighet), kör dem genom leverantörens verktyg och se om det bedömer likadana CV:n olika. Inga verkliga sökandes uppgifter behövs, så testet kan göras innan verktyget köps.",
        en="Make up CVs that differ only in the name (and, if you like, the birth year or a parental leave), run them through the vendor's tool and see whether it judges identical CVs differently. No real applicant's data is needed, so the test can be run before the tool is bought.",
    ),
    # -- 1. profile ----------------------------------------------------------------------------
    "paired_step_profile": Bilingual(sv="1. Jobbprofil", en="1. Job profile"),
    "paired_profile_source": Bilingual(sv="Vilken jobbprofil?", en="Which job profile?"),
    "paired_source_sample_sv": Bilingual(
        sv="Exemplet på svenska (ekonomiassistent)", en="The Swedish example (ekonomiassistent)"
    ),
    "paired_source_sample_en": Bilingual(
        sv="Exemplet på engelska (accountant)", en="The English example (accountant)"
    ),
    "paired_source_upload": Bilingual(
        sv="Egen profil (YAML-fil)", en="Your own profile (YAML file)"
    ),
    "paired_profile_upload": Bilingual(sv="Jobbprofil (YAML)", en="Job profile (YAML)"),
    "paired_profile_help": Bilingual(
        sv="En textfil med title (jobbets titel), sector och en lista requirements (kraven); valfritt employer, skills, education och previous_titles. Se exemplen i sample_data/.",
        en="A text file with title (the job's title), sector and a list of requirements; optionally employer, skills, education and previous_titles. See the examples in sample_data/.",
    ),
    "paired_profile_summary": Bilingual(
        sv="**{title}** · {sector} · CV:na skrivs på {language}",
        en="**{title}** · {sector} · the CVs are written in {language}",
    ),
    "paired_profile_requirements": Bilingual(
        sv="Krav i profilen", en="Requirements of the profile"
    ),
    # -- 2. the test set -----------------------------------------------------------------------
    "paired_step_set": Bilingual(sv="2. Testsetet", en="2. The test set"),
    "paired_base_cvs": Bilingual(sv="Antal grund-CV:n", en="Number of base CVs"),
    "paired_base_cvs_help": Bilingual(
        sv="Varje grund-CV skrivs i en variant per kombination av signalerna (två signaler: fyra varianter).",
        en="Each base CV is written in one variant per combination of the signals (two signals: four variants).",
    ),
    "paired_signals": Bilingual(sv="Signaler att variera", en="Signals to vary"),
    "paired_formats": Bilingual(sv="Filformat", en="File formats"),
    "paired_format_pdf": Bilingual(sv="PDF", en="PDF"),
    "paired_format_docx": Bilingual(sv="Word (DOCX)", en="Word (DOCX)"),
    "paired_seed": Bilingual(sv="Slumpfrö", en="Seed"),
    "paired_seed_help": Bilingual(
        sv="Samma profil och samma frö ger exakt samma testset.",
        en="The same profile and the same seed give exactly the same test set.",
    ),
    "paired_plan_title": Bilingual(sv="Hur många CV:n behövs?", en="How many CVs are needed?"),
    "paired_plan_difference": Bilingual(
        sv="Skillnad att kunna se (poäng)", en="Difference to be able to see (points)"
    ),
    "paired_plan_sd": Bilingual(
        sv="Förväntad spridning av skillnaderna (standardavvikelse, poäng)",
        en="Expected spread of the differences (standard deviation, points)",
    ),
    "paired_plan": Bilingual(
        sv="För att se en skillnad på {difference} poäng med 80 % styrka behövs omkring {needed} grund-CV:n. Med {chosen} grund-CV:n är styrkan {power}.",
        en="To see a difference of {difference} points with 80% power, about {needed} base CVs are needed. With {chosen} base CVs the power is {power}.",
    ),
    "paired_need_signal": Bilingual(
        sv="Välj minst en signal och ett filformat.",
        en="Choose at least one signal and one file format.",
    ),
    "paired_make": Bilingual(sv="Skapa testsetet", en="Make the test set"),
    "paired_making": Bilingual(sv="Skapar CV:na …", en="Making the CVs …"),
    "paired_made": Bilingual(
        sv="Testsetet är klart: {cvs} CV:n ({base} grund-CV:n × {variants} varianter), slumpfrö {seed}.",
        en="The test set is ready: {cvs} CVs ({base} base CVs × {variants} variants), seed {seed}.",
    ),
    "paired_download": Bilingual(sv="Ladda ner testsetet (zip)", en="Download the test set (zip)"),
    "paired_instructions": Bilingual(
        sv="Så kör ni testet i leverantörens verktyg", en="How to run the test in the vendor's tool"
    ),
    "paired_have_set": Bilingual(
        sv="Har ni redan ett testset? Ladda upp dess zip-fil",
        en="Already have a test set? Upload its zip file",
    ),
    "paired_set_upload": Bilingual(sv="Testsetet (zip)", en="The test set (zip)"),
    "paired_set_loaded": Bilingual(
        sv="Testsetet {name} är inläst: {cvs} CV:n från {base} grund-CV:n.",
        en="The test set {name} is loaded: {cvs} CVs from {base} base CVs.",
    ),
    # -- 3. answers ----------------------------------------------------------------------------
    "paired_step_answers": Bilingual(sv="3. Verktygets svar", en="3. The tool's answers"),
    "paired_need_set": Bilingual(
        sv="Skapa testsetet i steg 2, eller ladda upp ett ni skapat tidigare, innan ni laddar upp svaren.",
        en="Make the test set in step 2, or upload one you made earlier, before you upload the answers.",
    ),
    "paired_answers_upload": Bilingual(
        sv="Verktygets export (CSV eller Excel)", en="The tool's export (CSV or Excel)"
    ),
    "paired_answers_help": Bilingual(
        sv="En rad per CV med CV-id:t eller filnamnet, och poängen och/eller beslutet.",
        en="One row per CV with the CV id or the file name, and the score and/or the decision.",
    ),
    "paired_use_sample_answers": Bilingual(
        sv="Prova med exemplets svar (ett simulerat verktyg)",
        en="Try the example's answers (a simulated tool)",
    ),
    "paired_answers_loaded": Bilingual(sv="Svaren: {name}", en="The answers: {name}"),
    "paired_id_column": Bilingual(
        sv="Kolumn med CV-id eller filnamn", en="Column with the CV id or file name"
    ),
    "paired_score_column": Bilingual(sv="Kolumn med poäng", en="Column with the score"),
    "paired_decision_column": Bilingual(sv="Kolumn med beslut", en="Column with the decision"),
    "paired_positive": Bilingual(
        sv="Värdet som betyder gick vidare", en="The value meaning selected"
    ),
    "paired_none": Bilingual(sv="(ingen)", en="(none)"),
    "paired_need_measure": Bilingual(
        sv="Välj en kolumn med poäng eller med beslut.",
        en="Choose a column with the score or the decision.",
    ),
    "paired_run": Bilingual(sv="Analysera svaren", en="Analyse the answers"),
    # -- 4. results ----------------------------------------------------------------------------
    "paired_step_results": Bilingual(sv="4. Resultat", en="4. Results"),
    "paired_banner_found_title": Bilingual(
        sv="Verktyget bedömer likadana CV:n olika", en="The tool judges identical CVs differently"
    ),
    "paired_banner_found": Bilingual(
        sv="{contrasts}: skillnaden beror sannolikt inte på slumpen, även med hänsyn till att testet gjorde flera jämförelser (Holm).",
        en="{contrasts}: the difference is unlikely to be chance, even allowing for the test's several comparisons (Holm).",
    ),
    "paired_banner_none": Bilingual(
        sv="Ingen skillnad som sannolikt inte beror på slumpen. Läs varje bedömning nedan: för få par kan dölja en skillnad.",
        en="No difference unlikely to be chance. Read each verdict below: too few pairs can hide a difference.",
    ),
    "paired_summary": Bilingual(
        sv="{cvs} CV:n från {base} grund-CV:n, jämförda på {measure}; skillnad att kunna se: {concern}.",
        en="{cvs} CVs from {base} base CVs, compared on {measure}; difference to be able to see: {concern}.",
    ),
    "paired_measure_score": Bilingual(sv="poängen", en="the score"),
    "paired_measure_rank": Bilingual(sv="rangordningen", en="the rank"),
    "paired_measure_decision": Bilingual(sv="besluten", en="the decisions"),
    "paired_chart_axis": Bilingual(
        sv="Medelskillnad, nivån minus baslinjen",
        en="Mean difference, the level minus the baseline",
    ),
    "paired_chart_caption": Bilingual(
        sv="Punkten är medelskillnaden per jämförelse, strecket dess 95 % konfidensintervall. Den heldragna linjen är ingen skillnad, de streckade skillnaden att kunna se åt båda hållen.",
        en="The point is each contrast's mean difference, the whiskers its 95% confidence interval. The solid line is no difference, the dashed lines the difference to be able to see either way.",
    ),
    "paired_chart_alt": Bilingual(
        sv="Medelskillnad med konfidensintervall per jämförelse",
        en="Mean difference with confidence interval per contrast",
    ),
    "paired_findings": Bilingual(sv="Vad testet visar", en="What the test shows"),
    "paired_limits": Bilingual(
        sv="Namn signalerar mer än ursprung, till exempel religion. De påhittade CV:na är inte verkliga sökande, och resultatet gäller den version av verktyget som testades.",
        en="Names signal more than origin, religion for one. The made-up CVs are not real applicants, and the result holds for the version of the tool that was tested.",
    ),
    # -- 5. save -------------------------------------------------------------------------------
    "paired_step_save": Bilingual(sv="5. Spara i registret", en="5. Save to the register"),
    "paired_save_needs_tool": Bilingual(
        sv="Registrera verktyget (sidan Verktygsprofil) för att spara testet.",
        en="Register the tool (the Tool profile page) to save the test.",
    ),
    "paired_tool_version": Bilingual(
        sv="Testad version av verktyget", en="Version of the tool tested"
    ),
    "paired_tool_version_help": Bilingual(
        sv="Leverantörens versionsnummer eller datum: resultatet gäller den versionen.",
        en="The vendor's version number or a date: the result holds for that version.",
    ),
    "paired_save": Bilingual(
        sv="Spara det parade testet för {tool}", en="Save the paired test for {tool}"
    ),
    "paired_saved": Bilingual(
        sv="Sparat som parat test {run} för {tool}. Det syns i rapporten, som underlag i checklistorna (icke-diskriminering, leverantörer) och i historiken.",
        en="Saved as paired test {run} of {tool}. It shows in the report, as evidence in the checklists (non-discrimination, vendors) and in the history.",
    ),
    "paired_saved_toast": Bilingual(
        sv="Det parade testet är sparat.", en="The paired test is saved."
    ),
    "paired_proposals": Bilingual(sv="Föreslagna risker", en="Proposed risks"),
    "paired_runs_title": Plural(
        one=Bilingual(sv="{count} sparat parat test", en="{count} saved paired test"),
        other=Bilingual(sv="{count} sparade parade tester", en="{count} saved paired tests"),
    ),
    "paired_run_line": Bilingual(
        sv="{date} · version {version} · {base} grund-CV:n · {verdicts}",
        en="{date} · version {version} · {base} base CVs · {verdicts}",
    ),
    "checklist_paired_evidence": Bilingual(
        sv="Underlag i registret: {text}", en="Evidence in the register: {text}"
    ),
}

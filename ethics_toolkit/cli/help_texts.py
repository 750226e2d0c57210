"""The command line's help in Swedish and English: descriptions, examples, option help (issue 25).

A pure text catalogue, filled into the parser by :func:`ethics_toolkit.cli.localise.apply_texts`.
Keys: ``"PATH:help"`` (the line in the parent's list of commands), ``"PATH:description"``,
``"PATH:example"`` (shell lines, comments first), ``"PATH:notes"``, ``"PATH --option"`` (or a
positional's name), ``"PATH [group]"``; ``"--option"`` alone is the text an option has wherever
it appears (``--lang``, ``--format``, ``--sep`` ...); ``"*..."`` are argparse's own words. argparse
fills ``%(default)s`` in option help, so a percent sign is written ``%%`` there.
"""

from __future__ import annotations

from ethics_toolkit.cli.help_texts_access import ACCESS_HELP
from ethics_toolkit.cli.help_texts_people import ARGPARSE_ERRORS, PEOPLE_HELP
from ethics_toolkit.cli.help_texts_register import REGISTER_HELP
from ethics_toolkit.i18n.text import Bilingual, Catalogue

__all__ = ["ARGPARSE_ERRORS", "HELP"]

B = Bilingual
_FILES = ".csv .txt .tsv, .xlsx .xlsm .xlsb .xls .ods"

_TEXTS: dict[str, Bilingual] = {
    # -- argparse's own words ----------------------------------------------------------------
    "*usage": B(sv="användning:", en="usage:"),
    "*error": B(sv="fel", en="error"),
    "*positionals": B(sv="argument", en="positional arguments"),
    "*options": B(sv="flaggor", en="options"),
    "*help": B(sv="visa den här hjälpen och avsluta", en="show this help message and exit"),
    "*version": B(sv="visa programmets version och avsluta", en="show the version and exit"),
    "*command": B(
        sv="kommandot; KOMMANDO --help visar dess beskrivning och exempel",
        en="the command; COMMAND --help shows its description and examples",
    ),
    "*examples": B(sv="Exempel:", en="Examples:"),
    # -- options that read the same in every command ----------------------------------------
    "--lang": B(
        sv="språk för utdata och meddelanden: sv eller en (standard: $ETHICS_TOOLKIT_LANG, "
        "annars din locale, annars datans språk, annars engelska)",
        en="language of the output and the messages: sv or en (default: "
        "$ETHICS_TOOLKIT_LANG, else your locale, else the data's language, else English)",
    ),
    "--format": B(
        sv="text för människor (standard) eller json för program",
        en="text for people (default) or json for programs",
    ),
    "--db": B(
        sv="registrets databas-URL (standard: $ETHICS_TOOLKIT_DB, annars en SQLite-fil i din "
        "datamapp)",
        en="the register's database URL (default: $ETHICS_TOOLKIT_DB, else a SQLite file in your "
        "data folder)",
    ),
    "--tool": B(sv="verktygets namn i registret", en="the tool's name in the register"),
    "--sheet": B(
        sv="arbetsbokens blad, namn eller nummer (1 = första); standard: första bladet med data",
        en="workbook sheet by name or number (1 = first); default: the first non-empty sheet",
    ),
    "--encoding": B(
        sv="teckenkodning, t.ex. utf-8, utf-8-sig, cp1252 (standard: känns igen)",
        en="character encoding, e.g. utf-8, utf-8-sig, cp1252 (default: detected)",
    ),
    "--sep": B(
        sv="fältavgränsare: , ; | eller tab (standard: känns igen)",
        en="field separator: , ; | or tab (default: detected)",
    ),
    "--decimal": B(
        sv="decimaltecken i tal: . eller , (standard: känns igen)",
        en="decimal mark of numbers: . or , (default: detected)",
    ),
    "--by": B(
        sv="vem som gör ändringen, så som historiken ska namnge hen (standard: "
        "$ETHICS_TOOLKIT_USER, annars ”ej angivet”)",
        en="who makes the change, as the history should name them (default: "
        "$ETHICS_TOOLKIT_USER, else “not stated”)",
    ),
    "--date": B(sv="dagen att bedöma (standard: i dag)", en="the day to judge (default: today)"),
    "--risk": B(sv="riskens id (se action list)", en="the risk's id (see action list)"),
    "--action": B(
        sv="åtgärdens nummer inom risken (se action list)",
        en="the action's number within the risk (see action list)",
    ),
    "--owner": B(sv="vem som ansvarar för åtgärden", en="who is responsible for the action"),
    "--due": B(sv="när åtgärden ska vara klar", en="when the action is due"),
    "name": B(sv="verktygets namn i registret", en="the tool's name in the register"),
    # -- the program ---------------------------------------------------------------------------
    ":description": B(
        sv="Granska AI-verktyg för beslutsstöd inom HR: biasgranskning av beslutsloggar, ett "
        "riskregister med checklistor och PDF-rapporter till ledningen.",
        en="Audit AI decision-support tools used in HR: bias audits of decision logs, a risk "
        "register with checklists, and PDF reports for management.",
    ),
    ":notes": B(
        sv="Språket väljs med --lang, annars $ETHICS_TOOLKIT_LANG, annars din locale, annars "
        "datans språk (kolumnnamn och värden), annars engelska.",
        en="The language is --lang, else $ETHICS_TOOLKIT_LANG, else your locale, else the "
        "data's language (column names and values), else English.",
    ),
    ":example": B(
        sv="ethics-toolkit guess beslut.xlsx\n"
        "ethics-toolkit audit beslut.csv --outcome beslut --positive Ja --sensitive kön\n"
        "ethics-toolkit audit --help",
        en="ethics-toolkit guess decisions.xlsx\n"
        "ethics-toolkit audit decisions.csv --outcome selected --positive yes "
        "--sensitive gender\n"
        "ethics-toolkit audit --help",
    ),
    # -- audit -----------------------------------------------------------------------------------
    "audit:help": B(
        sv="biasgranskning av en beslutslogg: CSV, Excel, Parquet eller en databastabell",
        en="bias audit of a decision log: a CSV or Excel file, Parquet, or a database table",
    ),
    "audit:description": B(
        sv="Granska en beslutslogg för negativ särbehandlingseffekt. Slutkod 0: ingen "
        "negativ särbehandlingseffekt; 1: negativ särbehandlingseffekt funnen; 2: fel i "
        "anropet eller i datan. En logg i en databas, ett datalager eller Parquet räknas där "
        "den ligger (en GROUP BY): bara cellerna hämtas.",
        en="Audit a decision log for adverse impact. Exit code 0: no adverse impact found; 1: "
        "adverse impact found; 2: usage or data error. A database, warehouse or Parquet log "
        "is counted where it lies (one GROUP BY): only the cells are fetched.",
    ),
    "audit:notes": B(
        sv="Slutkod 1 behåller sin betydelse: en grupp under fyra femtedelar av "
        "referensgruppens andel i den sammanslagna analysen (små grupper medräknade). Varje "
        "grupps bedömning förfinar den: adverse_significant (under fyra femtedelar och "
        "Holm-justerat p < 0,05 över granskningens alla jämförelser), "
        "adverse_not_significant (under fyra femtedelar, kan bero på slumpen), "
        "insufficient_evidence (inte under fyra femtedelar, men för få sökande för att ha "
        "kunnat se en kvot på 0,8), no_adverse_impact, undetermined (ingen kvot), reference. "
        "Med --stratify jämförs även inom kolumnens värden (Cochran-Mantel-Haenszel); det "
        "ändrar inte slutkoden.",
        en="Exit code 1 keeps its meaning: a group below four-fifths of the reference rate "
        "in the pooled analysis (small groups included). Each group's verdict refines it: "
        "adverse_significant (below four-fifths and Holm-adjusted p < 0.05 over every "
        "comparison of the audit), adverse_not_significant (below four-fifths, could be "
        "chance), insufficient_evidence (not below four-fifths, but too few applicants to "
        "have seen a ratio of 0.8), no_adverse_impact, undetermined (no ratio), reference. "
        "With --stratify the comparison is also made within the values of that column "
        "(Cochran-Mantel-Haenszel); it does not change the exit code.",
    ),
    "audit:example": B(
        sv="# en rad per sökande; beslutet i kolumnen beslut, Ja = utvald\n"
        "ethics-toolkit audit beslut.csv --outcome beslut --positive Ja "
        "--sensitive kön --sensitive födelseland --regroup födelseland=region\n"
        "# ett blad i en arbetsbok, med PDF-rapport sparad i registret\n"
        "ethics-toolkit audit beslut.xlsb --sheet 2 --outcome beslut --sensitive kön "
        "--tool 'CV-sållning' --report rapport.pdf\n"
        "# antal per grupp, som JSON\n"
        "ethics-toolkit audit antal.csv --selected-column valda --count-column sökande "
        "--sensitive kön --format json",
        en="# one row per applicant; the decision in the column selected, yes = selected\n"
        "ethics-toolkit audit decisions.csv --outcome selected --positive yes "
        "--sensitive gender --sensitive birth_country --regroup birth_country=region\n"
        "# a sheet of a workbook, with a PDF report saved to the register\n"
        "ethics-toolkit audit decisions.xlsb --sheet 2 --outcome selected --sensitive gender "
        "--tool 'CV screening' --report report.pdf\n"
        "# counts per group, as JSON\n"
        "ethics-toolkit audit counts.csv --selected-column selected --count-column applicants "
        "--sensitive gender --format json",
    ),
    "audit [database]": B(
        sv="databaser och datalager (SOURCE är en SQLAlchemy-URL; bara läsning, bara antal hämtas)",
        en="databases and warehouses (SOURCE is a SQLAlchemy URL; read-only, only counts are "
        "fetched)",
    ),
    "audit [values]": B(
        sv="beslutets värden (med två värden räcker det att ange ett; med fler, ange alla)",
        en="outcome values (with two values naming one is enough; with more, name every value)",
    ),
    "audit [periods]": B(sv="uppföljning över tid", en="monitoring over time"),
    "audit [process]": B(
        sv="beslutsprocessen (mänsklig tillsyn, urvalstratt, vad som styr besluten)",
        en="the decision process (human oversight, selection funnel, what drives the decisions)",
    ),
    "audit [recipe]": B(
        sv="granskningens recept (varje val som gör en export till den granskade tabellen; "
        "sparas och återanvänds för nästa export)",
        en="the audit recipe (every choice that turns an export into the audited table; saved "
        "and reused for the next export)",
    ),
    "audit [reading]": B(
        sv="inläsning (känns igen automatiskt; ange vid behov)",
        en="reading (detected automatically; override if needed)",
    ),
    "audit [counts]": B(
        sv="antal per grupp (en rad per grupp i stället för per sökande)",
        en="group counts (one row per group instead of per applicant)",
    ),
    "audit source": B(
        sv=f"beslutslogg eller antal per grupp: en fil ({_FILES}); en .parquet-fil, mapp "
        "eller glob inom citattecken; eller en databas-URL som "
        "postgresql+psycopg://user@host/db med --table eller --query (lösenordet visas aldrig)",
        en=f"decision log or group counts: a file ({_FILES}); a .parquet file, folder or "
        "quoted glob; or a database URL such as postgresql+psycopg://user@host/db with "
        "--table or --query (the password is never shown)",
    ),
    "audit --table": B(
        sv="tabellen eller vyn att granska (schema.tabell)",
        en="the table or view to audit (schema.table)",
    ),
    "audit --query": B(
        sv="en SELECT vars rader granskas (ändras aldrig)",
        en="a SELECT whose rows are audited (never modified)",
    ),
    "audit --outcome": B(
        sv="kolumnen med beslutet (det slutliga, mänskliga beslutet)",
        en="column with the decision (the final, human decision)",
    ),
    "audit --score": B(
        sv="kolumn med poäng: granska andelen över medianen",
        en="score column: audit the scoring rate (above the median)",
    ),
    "audit --selected-column": B(
        sv="antal per grupp: kolumnen med antalet utvalda per grupp (innebär --aggregated)",
        en="group counts: column with the number selected per group (implies --aggregated)",
    ),
    "audit --positive": B(
        sv="beslutsvärde som betyder utvald (t.ex. Ja, 1, anställd); upprepa för flera",
        en="outcome value meaning selected (e.g. Ja, 1, hired); repeat for several",
    ),
    "audit --negative": B(
        sv="beslutsvärde som betyder inte utvald (t.ex. avslag); upprepa för flera",
        en="outcome value meaning not selected (e.g. rejected); repeat for several",
    ),
    "audit --exclude": B(
        sv="beslutsvärde som lämnas utanför granskningen (t.ex. återtagen); upprepa för flera",
        en="outcome value to leave out of the audit (e.g. withdrawn); repeat for several",
    ),
    "audit --sensitive": B(
        sv="kolumn med en skyddad egenskap; upprepa för flera (även deras kombinationer "
        "analyseras); krävs om inte ett recept anger dem",
        en="sensitive attribute column; repeat for several (their intersection is analysed "
        "too); required unless a recipe gives them",
    ),
    "audit --truth": B(
        sv="kolumn med facit (t.ex. kvalificerad)",
        en="ground-truth column (e.g. qualified)",
    ),
    "audit --truth-positive": B(
        sv="facitvärde som betyder positivt", en="truth value meaning positive"
    ),
    "audit --stratify": B(
        sv="jämför även inom kolumnens värden (tjänst, rekrytering, kvalifikationsnivå): "
        "Mantel-Haenszels oddskvot, CMH- och Breslow-Day-test (Simpsons paradox)",
        en="also compare within the values of this column (job, requisition, qualification "
        "band): Mantel-Haenszel odds ratio, CMH and Breslow-Day tests (Simpson's paradox)",
    ),
    "audit --period": B(
        sv="datumkolumn: granska även varje period av loggen mot hela loggens "
        "referensgrupp (datum som 2026-03-15, 15/3/2026, 3 februari 2026, February 3, 2026 "
        "eller Excel-datum, blandade i en kolumn)",
        en="date column: also audit each period of the log, against the whole log's "
        "reference group (dates like 2026-03-15, 15/3/2026, 3 februari 2026, February 3, "
        "2026 or Excel dates, mixed in one column)",
    ),
    "audit --freq": B(
        sv="periodernas längd med --period: month, quarter eller year (standard: quarter)",
        en="length of the periods with --period: month, quarter or year (default: quarter)",
    ),
    "audit --recommendation": B(
        sv="kolumn med verktygets rekommendation, jämförd med det slutliga beslutet (--outcome)",
        en="column with the tool's recommendation, compared with the final decision (--outcome)",
    ),
    "audit --recommendation-positive": B(
        sv="rekommendationsvärde som betyder ja (samma regler som --positive); upprepa för flera",
        en="recommendation value meaning yes (same rules as --positive); repeat for several",
    ),
    "audit --recommendation-negative": B(
        sv="rekommendationsvärde som betyder nej; upprepa för flera",
        en="recommendation value meaning no; repeat for several",
    ),
    "audit --stage": B(
        sv="kolumn med det steg varje sökande nådde längst (kräver --stages); utan --outcome "
        "är beslutet att nå sista steget",
        en="column with the furthest stage each applicant reached (needs --stages); without "
        "--outcome the decision is reaching the last stage",
    ),
    "audit --stages": B(
        sv="stegen i ordning, kommaseparerade (t.ex. ansökt,sållad,intervju,erbjudande,anställd)",
        en="the stages in order, comma-separated (e.g. applied,screened,interview,offer,hired)",
    ),
    "audit --features": B(
        sv="kolumner vars samband med beslutet och de skyddade egenskaperna mäts (Cramérs "
        "V); auto = varje kolumn utan roll som inte är en identitet",
        en="columns whose association with the decision and the sensitive attributes is "
        "measured (Cramér's V); auto = every column without a role that is not an identifier",
    ),
    "audit --regroup": B(
        sv="slå ihop en skyddad kolumns värden till grupper: 'region' delar in födelseländer "
        "i Sverige / Europa utom Sverige / Utanför Europa (inbyggd indelning); en CSV-fil har "
        "två kolumner, värde och grupp. Ett värde som indelningen inte täcker stoppar "
        "granskningen, med namn. Kan upprepas",
        en="merge the values of a sensitive column into groups: 'region' groups countries of "
        "birth into Sverige / Europa utom Sverige / Utanför Europa (built-in map); a CSV file "
        "has two columns, value and group. A value the grouping does not cover stops the "
        "audit, named. Repeatable",
    ),
    "audit --unknown": B(
        sv="räkna detta värde i en skyddad kolumn som okänt (utöver tomma och 'vill ej "
        "uppge', 'okänt', 'prefer not to say' ...). Kan upprepas",
        en="count this value of a sensitive column as unknown (besides blanks and 'vill ej "
        "uppge', 'okänt', 'prefer not to say' ...). Repeatable",
    ),
    "audit --reference": B(
        sv="en egenskaps referensgrupp (gruppens namn efter eventuell sammanslagning); "
        "standard: den högsta urvalsandelen, med en varning när den är liten eller ser ut som "
        "'övrigt'",
        en="the reference group of an attribute (a group's name after any regrouping); "
        "default: the highest selection rate, with a warning when it is small or looks like "
        "'other'",
    ),
    "audit --save-recipe": B(
        sv="skriv varje val i granskningen, gissat eller angivet (blad, kolumner, värdenas "
        "roller, grupperingar, okända, referenser, etiketter), som ett läsbart YAML-recept",
        en="write every choice of this audit, guessed or given (sheet, columns, value roles, "
        "groupings, unknowns, references, labels), as a readable YAML recipe",
    ),
    "audit --recipe": B(
        sv="granska med ett sparat recept; flaggor bredvid det går före dess val",
        en="audit with a saved recipe; flags given beside it override its choices",
    ),
    "audit --no-recipe": B(
        sv="med --tool: använd inte verktygets sparade recept (granskningens recept sparas ändå)",
        en="with --tool: do not use the tool's saved recipe (the audit's recipe is still saved)",
    ),
    "audit --report": B(sv="skriv även en PDF-rapport", en="also write a PDF report"),
    "audit --by": B(
        sv="vem som gjorde granskningen, så som rapporten ska namnge hen (standard: "
        "$ETHICS_TOOLKIT_USER)",
        en="who ran the audit, as the report should name them (default: $ETHICS_TOOLKIT_USER)",
    ),
    "audit --author": B(
        sv="vem som tog fram PDF-rapporten från --report (dess försättsblad och metadata)",
        en="who prepared the --report PDF (its cover and metadata)",
    ),
    "audit --art9-ground": B(
        sv="undantaget i GDPR art. 9.2 för känsliga personuppgifter (t.ex. etniskt "
        "ursprung), visas i PDF-rapporten från --report",
        en="the GDPR Art. 9(2) exception for special-category data (e.g. ethnic origin), "
        "shown in the --report PDF",
    ),
    "audit --tool": B(
        sv="spara granskningen i detta verktygs register",
        en="save the audit run to this tool's register",
    ),
    "audit --label": B(
        sv="visningsnamn för en kolumn (gender=Kön) eller ett värde (gender:Woman=Kvinna); "
        "upprepa för flera. Bara det människor läser ändras, aldrig siffrorna",
        en="display label of a column (gender=Kön) or of a value (gender:Woman=Kvinna); "
        "repeat for several. Only what people read changes, never the figures",
    ),
    "audit --aggregated": B(
        sv="filen har antal per grupp; --outcome anger kolumnen med antalet utvalda",
        en="the file holds counts per group; --outcome names the column of selected counts",
    ),
    "audit --count-column": B(
        sv="kolumn med antalet sökande per grupp",
        en="column with the number of applicants per group",
    ),
    # -- guess -----------------------------------------------------------------------------------
    "guess:help": B(
        sv="föreslå vilken kolumn som är beslut, poäng och grupper (med skälen)",
        en="suggest which column is the decision, score, groups (with the reasons)",
    ),
    "guess:description": B(
        sv="Föreslå hur en beslutsloggs kolumner ska användas, utifrån värden och rubriker, "
        "och skriv ett audit-kommando att börja från. Slutkod 0; 2 när filen inte kan läsas.",
        en="Suggest the column mapping of a decision log from its values and headers, and an "
        "audit command to start from. Exit code 0; 2 when the file cannot be read.",
    ),
    "guess:example": B(
        sv="ethics-toolkit guess beslut.xlsx\n"
        "ethics-toolkit guess export.csv --sep ';' --format json",
        en="ethics-toolkit guess decisions.xlsx\n"
        "ethics-toolkit guess export.csv --sep ';' --format json",
    ),
    "guess [reading]": B(
        sv="inläsning (känns igen automatiskt; ange vid behov)",
        en="reading (detected automatically; override if needed)",
    ),
    "guess file": B(
        sv=f"beslutslogg: CSV-fil eller arbetsbok ({_FILES})",
        en=f"decision log: CSV file or workbook ({_FILES})",
    ),
}
HELP = Catalogue(_TEXTS).merged(REGISTER_HELP).merged(PEOPLE_HELP).merged(ACCESS_HELP)

"""Messages of the command line, in Swedish and English (module constants the tests import).

A module of its own, imported only when a command runs or fails, so that ``ethics-toolkit --help``
imports nothing but argparse.
"""

from __future__ import annotations

from ethics_toolkit.i18n.text import Bilingual, Catalogue, Plural

DEBUG_ENV = "ETHICS_TOOLKIT_DEBUG"

# -- any command -------------------------------------------------------------------------------
OS_ERROR = Bilingual(
    sv="kan inte använda {path}: {reason}. Kontrollera sökvägen och dina behörigheter.",
    en="cannot use {path}: {reason}. Check the path and your permissions.",
)
A_FILE = Bilingual(sv="en fil", en="a file")
OUT_OF_MEMORY = Bilingual(
    sv="minnet räcker inte för den här filen. Granska en kortare period, behåll bara de kolumner "
    "du behöver, eller använd antal per grupp (en rad per grupp).",
    en="not enough memory for this file. Audit a shorter period, keep only the columns you need, "
    "or use group counts (one row per group).",
)
UNEXPECTED_ERROR = Bilingual(
    sv="ett oväntat fel inträffade ({kind}: {detail}). Kör igen med "
    f"{DEBUG_ENV}=1 för att se detaljerna, och rapportera gärna felet.",
    en="an unexpected error occurred ({kind}: {detail}). Run again with "
    f"{DEBUG_ENV}=1 to see the details, and please report it.",
)
INTERRUPTED = Bilingual(sv="avbrutet", en="interrupted")

# -- who ran it, and what the report could not draw (issue 12) ------------------------------------
LOGIN_NAME_USED = Bilingual(  # (the name kept: tests and callers import it)
    sv="obs: inget namn angavs, så granskningen registreras utan namn (”ej angivet” i rapporten "
    "och historiken). Ange namnet med --by NAMN eller ETHICS_TOOLKIT_USER.",
    en="note: no name was given, so the audit is recorded without one (“not stated” in the report "
    "and the history). Give the name with --by NAME or ETHICS_TOOLKIT_USER.",
)
REPORT_WARNING = Bilingual(sv="varning: {warning}", en="warning: {warning}")
OPTION_TOO_LONG = Bilingual(
    sv="{option} får vara högst {limit} tecken (nu {length}). Korta texten.",
    en="{option} may be at most {limit} characters (now {length}). Shorten the text.",
)

# -- audit -------------------------------------------------------------------------------------
DB_WITHOUT_TOOL = Bilingual(
    sv="--db anger registret men inte verktyget: lägg till --tool NAMN för att spara granskningen "
    "(ethics-toolkit tools visar namnen).",
    en="--db names the register but not the tool: add --tool NAME to save the audit run "
    "(ethics-toolkit tools lists the names).",
)

# -- report ------------------------------------------------------------------------------------
NO_FOLDER = Bilingual(
    sv="Kan inte skriva rapporten till {path}: mappen {folder} finns inte. "
    "Skapa den eller välj en annan sökväg med -o.",
    en="Cannot write the report to {path}: the folder {folder} does not exist. "
    "Create it or choose another path with -o.",
)
IS_FOLDER = Bilingual(
    sv="Kan inte skriva rapporten till {path}: det är en mapp. "
    "Ange ett filnamn, till exempel {path}/rapport.pdf.",
    en="Cannot write the report to {path}: it is a folder. Give a file name such as "
    "{path}/report.pdf.",
)
UNWRITABLE = Bilingual(
    sv="Kan inte skriva rapporten till {path}: {reason}. "
    "Kontrollera behörigheterna eller välj en annan sökväg med -o.",
    en="Cannot write the report to {path}: {reason}. "
    "Check the permissions or choose another path with -o.",
)
WRITTEN = Bilingual(
    sv="Rapporten för {tool} har skrivits till {path} ({size} kB).",
    en="Report for {tool} written to {path} ({size} kB).",
)


# -- register commands -------------------------------------------------------------------------
COUNTS = Catalogue(
    {
        "answer": Plural(
            one=Bilingual(sv="{count} svar", en="{count} answer"),
            other=Bilingual(sv="{count} svar", en="{count} answers"),
        ),
        "risk": Plural(
            one=Bilingual(sv="{count} risk", en="{count} risk"),
            other=Bilingual(sv="{count} risker", en="{count} risks"),
        ),
        "audit": Plural(
            one=Bilingual(sv="{count} biasgranskning", en="{count} bias audit"),
            other=Bilingual(sv="{count} biasgranskningar", en="{count} bias audits"),
        ),
        "signoff": Plural(
            one=Bilingual(sv="{count} signering", en="{count} sign-off"),
            other=Bilingual(sv="{count} signeringar", en="{count} sign-offs"),
        ),
        "tool": Plural(
            one=Bilingual(sv="{count} verktyg", en="{count} tool"),
            other=Bilingual(sv="{count} verktyg", en="{count} tools"),
        ),
    }
)
DEMO_SEEDED = Bilingual(
    sv="{tool}: {counts} (databas: {url})", en="{tool}: {counts} (database: {url})"
)
RESET_ASK = Bilingual(
    sv="Ta bort demoverktyget {tool} i {url} med allt som registrerats om det, och lägga in det "
    "på nytt? En export av registret skrivs först till {path}. [j/N] ",
    en="Remove the demo tool {tool} in {url} with everything recorded about it, and seed it "
    "again? An export of the register is written first to {path}. [y/N] ",
)
RESET_NEEDS_YES = Bilingual(
    sv="--reset tar bort demoverktyget {tool} i {url} och lägger in det på nytt. Lägg till --yes "
    "för att bekräfta (ingen terminal att fråga i).",
    en="--reset removes the demo tool {tool} in {url} and seeds it again. Add --yes to confirm "
    "(there is no terminal to ask in).",
)
RESET_CANCELLED = Bilingual(sv="Avbrutet: inget ändrades.", en="Cancelled: nothing was changed.")
RESET_EXPORTED = Bilingual(
    sv="Exporterade registret till {path} och tog bort {tool}; demon läggs in på nytt.",
    en="Exported the register to {path} and removed {tool}; the demo is seeded again.",
)
NO_TOOLS = Bilingual(
    sv="Inga verktyg är registrerade (databas: {url}). Prova `ethics-toolkit demo`.",
    en="No tools registered (database: {url}). Try `ethics-toolkit demo`.",
)
TOOLS_REGISTER = Bilingual(sv="Registret: {url}", en="Register: {url}")
OPEN_RISKS = Bilingual(sv="Ej lösta risker", en="Unresolved risks")
RISK_CLASS = Bilingual(sv="Klass (AI-förordningen)", en="Class (AI Act)")
EXPORTED = Bilingual(sv="Exporterade {tools} till {path}", en="Exported {tools} to {path}")
IMPORTED = Bilingual(
    sv="Importerade {tools} från {path} (databas: {url})",
    en="Imported {tools} from {path} (database: {url})",
)
CANNOT_WRITE = Bilingual(
    sv="Kan inte skriva {path} ({reason}). Välj en annan fil med -o.",
    en="Cannot write {path} ({reason}). Choose another -o file.",
)
CANNOT_READ = Bilingual(
    sv="Kan inte läsa {path} ({reason}). Kontrollera filnamnet.",
    en="Cannot read {path} ({reason}). Check the file name.",
)

"""The store's messages in both languages, and the errors it builds from them (no SQL)."""

from __future__ import annotations

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n.text import Bilingual

# Messages (module constants so tests and callers can refer to them).
BAD_URL = Bilingual(
    sv="Databasadressen {url!r} är ingen giltig URL ({detail}). Ange t.ex. {example}.",
    en="The database address {url!r} is not a valid URL ({detail}). Use e.g. {example}.",
)
DRIVER_MISSING = Bilingual(
    sv="Databasdrivrutinen för {url!r} är inte installerad ({detail}). För PostgreSQL, installera: "
    "pip install 'ethics-toolkit[postgres]'.",
    en="The database driver for {url!r} is not installed ({detail}). For PostgreSQL install the "
    "extra: pip install 'ethics-toolkit[postgres]'.",
)
UNREACHABLE = Bilingual(
    sv="Kunde inte öppna databasen {url} ({detail}). Kontrollera att servern är igång och att "
    "adress, användare och lösenord stämmer, eller ange en annan databas med {env} / --db.",
    en="Could not open the database {url} ({detail}). Check that the server is running, the "
    "address, user and password are right, or set {env} / --db to another database.",
)
REFUSED = Bilingual(
    sv="Databasen vägrade ändringen ({detail}); inget sparades. Kontrollera värdena.",
    en="The database refused the change ({detail}); nothing was saved. Check the values.",
)
NEWER_SCHEMA = Bilingual(
    sv="Databasen {url} har skrivits av en nyare version av ethics-toolkit ({detail}). Uppdatera "
    "ethics-toolkit eller använd en annan databas.",
    en="The database {url} was written by a newer ethics-toolkit ({detail}). Update "
    "ethics-toolkit, or use another database.",
)
NO_FOLDER = Bilingual(
    sv="Kan inte skapa mappen {folder} för databasen ({detail}). Välj en annan --db.",
    en="Cannot create the folder {folder} for the database ({detail}). Choose another --db.",
)
UNKNOWN_TOOL = Bilingual(
    sv="Det finns inget verktyg med namnet {name!r} i registret. Registrerade: {names}.",
    en="There is no tool named {name!r} in the register. Registered tools: {names}.",
)
EMPTY_REGISTER = Bilingual(
    sv="Registret har inga verktyg än: lägg till ett eller kör `ethics-toolkit demo`.",
    en="The register has no tools yet: add one, or run `ethics-toolkit demo`.",
)
UNKNOWN_TOOL_ID = Bilingual(
    sv="Det finns inget verktyg med id {id} i registret; ladda om sidan.",
    en="There is no tool with id {id} in the register; reload the page.",
)
NAME_TAKEN = Bilingual(
    sv="Ett verktyg med namnet {name!r} finns redan. Välj ett annat namn.",
    en="A tool named {name!r} is already registered. Choose another name.",
)
CONFLICT = Bilingual(
    sv="Någon annan har ändrat {entity} ({name!r}) efter att du öppnade den. Dina ändringar "
    "sparades inte: ladda om för att se den senaste versionen och gör sedan ändringen igen.",
    en="Someone else changed this {entity} ({name!r}) after you opened it. Your changes were not "
    "saved: reload to see the latest version, then make your change again.",
)
NOT_FOUND = Bilingual(
    sv="Risken med id {id} finns inte längre (någon kan ha tagit bort den); ladda om.",
    en="The risk with id {id} no longer exists (someone may have deleted it); reload.",
)
UNKNOWN_ITEM = Bilingual(
    sv="Det finns ingen checklistepunkt {item!r}. Kontrollera id:t mot checklistorna.",
    en="There is no checklist item {item!r}. Check the id against the checklists.",
)
NO_PROPOSAL = Bilingual(
    sv="Checklistepunkt {item!r} har inget väntande riskförslag för verktyget: svara 'nej', "
    "'delvis' eller 'vet inte' först.",
    en="Checklist item {item!r} has no pending risk proposal for this tool: answer it with "
    "'no', 'partly' or 'don't know' first.",
)
NOTHING_TO_APPROVE = Bilingual(
    sv="Risken {title!r} är inte föreslagen att accepteras: det finns inget att godkänna.",
    en="The risk {title!r} is not proposed for acceptance: there is nothing to approve.",
)
THE_ACCEPTANCE = Bilingual(sv="att risken accepteras", en="accepting the risk")
THE_CONTENT = Bilingual(
    sv="innehållet som signeras (ändringar sedan förra signeringen)",
    en="the content being signed off (changes since the last sign-off)",
)
FOREIGN_AUDIT = Bilingual(
    sv="Granskning {id} hör inte till verktyget; länka en granskning av verktyget.",
    en="Audit run {id} does not belong to this tool; link an audit run of the tool.",
)
REASON_NEEDED = Bilingual(
    sv="Skriv varför förslaget avfärdas: skälet sparas i ändringshistoriken.",
    en="Write why the proposal is dismissed: the reason is kept in the change history.",
)
NOTHING_TO_DISMISS = Bilingual(
    sv="Inget förslag valdes att avfärda.",
    en="No proposal was chosen to dismiss.",
)

NO_TASK = Bilingual(
    sv="Uppgiften med id {id} finns inte längre för verktyget; ladda om.",
    en="The task with id {id} no longer exists for this tool; reload.",
)
NO_REQUEST = Bilingual(
    sv="Förklaringsbegäran med id {id} finns inte längre för verktyget; ladda om.",
    en="The explanation request with id {id} no longer exists for this tool; reload.",
)
ANSWER_NEEDED = Bilingual(
    sv="En besvarad begäran behöver svaret och datumet det skickades. Fyll i båda.",
    en="An answered request needs the answer and the date it was sent. Fill in both.",
)
ANSWERED_BEFORE_RECEIVED = Bilingual(
    sv="Svarsdatumet {answered} ligger före datumet begäran kom in ({received}). Rätta datumet.",
    en="The answer date {answered} is before the request was received ({received}). Correct it.",
)
OUTCOME_NEEDED = Bilingual(
    sv="Skriv vad bedömningen ledde till (t.ex. användningen pausad, leverantören informerad) "
    "innan uppgiften markeras som klar.",
    en="Write what the assessment concluded (e.g. use suspended, provider informed) before the "
    "task is marked done.",
)
# What an explanation request's history entry never keeps: the applicant's reference and the
# answer may identify a person, and the history is append-only (issue 15, privacy by design).
PRIVATE_REQUEST_FIELDS = ("reference", "answer")

GAP_TITLE = Bilingual(sv="Brist: {question}", en="Gap: {question}")
"""The title of a risk proposed by an unmet checklist item."""
_ENTITY = {
    "tool": Bilingual(sv="verktyget", en="tool"),
    "risk": Bilingual(sv="risken", en="risk"),
    "plan": Bilingual(sv="uppföljningsplanen", en="monitoring plan"),
    "task": Bilingual(sv="uppgiften", en="task"),
    "request": Bilingual(sv="förklaringsbegäran", en="explanation request"),
}
NOT_A_REGISTER = Bilingual(
    sv="{url} är ingen registerdatabas ({detail}). Ange databasen som ethics-toolkit skapade, med "
    "--db eller ETHICS_TOOLKIT_DB.",
    en="{url} is not a register database ({detail}). Give the database ethics-toolkit created, "
    "with --db or ETHICS_TOOLKIT_DB.",
)
NOT_UPGRADED = Bilingual(
    sv="Databasen {url} har schemaversion {found}, programmet använder {expected}. Öppna den en "
    "gång med ethics-toolkit (t.ex. `ethics-toolkit tools --db ...`) så uppgraderas den, och "
    "försök igen.",
    en="The database {url} has schema version {found}, this program uses {expected}. Open it once "
    "with ethics-toolkit (e.g. `ethics-toolkit tools --db ...`) to upgrade it, then try again.",
)
NO_ROLES = Bilingual(
    sv="Databasroller finns bara i PostgreSQL ({dialect} har inga). En SQLite-fil skyddas av "
    "filens behörigheter: den skapas läsbar bara för ägaren.",
    en="Database roles exist in PostgreSQL only ({dialect} has none). A SQLite file is protected "
    "by its file permissions: it is created readable by its owner only.",
)
BAD_ROLE = Bilingual(
    sv="{role!r} är inget giltigt rollnamn (bokstäver, siffror och _ , börjar med en bokstav).",
    en="{role!r} is not a valid role name (letters, digits and _, starting with a letter).",
)
ARCHIVED = Bilingual(
    sv="Verktyget {name!r} är arkiverat och kan bara läsas. Återställ det först för att ändra.",
    en="The tool {name!r} is archived and read-only. Restore it first to make changes.",
)
EXPORT_FIRST = Bilingual(
    sv="Verktyget {name!r} tas bara bort efter en export av registret som det ser ut nu, så att "
    "inget går förlorat. Använd `ethics-toolkit tool remove --export-first FIL` (eller exportera "
    "igen: registret har ändrats sedan exporten).",
    en="The tool {name!r} is only removed after an export of the register as it is now, so that "
    "nothing is lost. Use `ethics-toolkit tool remove --export-first FILE` (or export again: the "
    "register changed since the export).",
)

# Issue 27.
TOOL_DAMAGED = Bilingual(
    sv="Registrets rad för verktyget {name!r} går inte att läsa: den har ändrats utanför "
    "programmet. Kör `ethics-toolkit verify` och jämför med en tidigare export.",
    en="The register's row of the tool {name!r} cannot be read: it was changed outside the "
    "program. Run `ethics-toolkit verify` and compare with an earlier export.",
)
ROW_UNREADABLE = Bilingual(
    sv="En rad i registret går inte att läsa ({detail}); den kan ha ändrats utanför programmet. "
    "Inget sparades. Kör `ethics-toolkit verify`, som namnger raden.",
    en="A row of the register cannot be read ({detail}); it may have been changed outside the "
    "program. Nothing was saved. Run `ethics-toolkit verify`, which names the row.",
)
ONTO_REGISTER = Bilingual(
    sv="{path} är registrets egen databasfil; en export där skulle skriva över registret. Välj "
    "en annan fil.",
    en="{path} is the register's own database file; an export there would overwrite the "
    "register. Choose another file.",
)


class ConflictError(UserFacingError):
    """A save based on a stale copy: another user changed the row in between."""

    def __init__(self, entity: str, name: str) -> None:
        noun = _ENTITY.get(entity) or Bilingual(sv=entity, en=entity)
        super().__init__(
            en=CONFLICT.format("en", entity=noun.en, name=name),
            sv=CONFLICT.format("sv", entity=noun.sv, name=name),
        )


def _error(message: Bilingual, **values: object) -> UserFacingError:
    return UserFacingError(en=message.format("en", **values), sv=message.format("sv", **values))

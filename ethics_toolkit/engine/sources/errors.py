"""Errors of databases, warehouses and Parquet files, with their messages as module constants.

Every message names the source only by its safe name (:func:`~ethics_toolkit.engine.sources.
urls.safe_name`: no user name, no password) and says what to do, in Swedish and English. Details
from a driver pass through :func:`~ethics_toolkit.engine.sources.urls.mask` before they reach a
message. The CLI turns each error into one line on stderr and exit code 2.
"""

from __future__ import annotations

from ethics_toolkit.engine.errors import EngineError, Message


class SourceError(EngineError):
    """A database, warehouse or Parquet source cannot be read as asked."""


NO_TABLE_OR_QUERY = Message(
    en='{source} is a database: say what to audit with --table NAME or --query "SELECT …".',
    sv="{source} är en databas: ange vad som ska granskas med --table NAMN eller "
    '--query "SELECT …".',
)
TABLE_AND_QUERY = Message(
    en="Give either --table or --query, not both.",
    sv="Ange antingen --table eller --query, inte båda.",
)
TABLE_FOR_A_FILE = Message(
    en="--table and --query are for databases (a URL such as postgresql+psycopg://host/db or "
    "sqlite:///hr.sqlite3); {source} is a file. Leave them out to audit the file.",
    sv="--table och --query gäller databaser (en URL som postgresql+psycopg://värd/db eller "
    "sqlite:///hr.sqlite3); {source} är en fil. Utelämna dem för att granska filen.",
)
BAD_URL = Message(
    en="{source} is not a database URL that can be used: {detail}. Write it as "
    "dialect+driver://user@host:port/database, e.g. postgresql+psycopg://auditor@db.example/hr.",
    sv="{source} är ingen användbar databas-URL: {detail}. Skriv den som "
    "dialekt+drivrutin://användare@värd:port/databas, t.ex. "
    "postgresql+psycopg://granskare@db.example/hr.",
)
UNQUOTED_CREDENTIALS = Message(
    en="The user name or password in the URL of {source} holds an '@' that is not "
    "percent-encoded, so the URL cannot be read safely (nothing was sent, and the password is not "
    "shown). Write '@' as %40 in the user name and password (':' as %3A, '/' as %2F), e.g. "
    "postgresql+psycopg://auditor:p%40ss@db.example/hr.",
    sv="Användarnamnet eller lösenordet i URL:en för {source} innehåller ett '@' som inte är "
    "procentkodat, så URL:en kan inte läsas säkert (inget skickades och lösenordet visas inte). "
    "Skriv '@' som %40 i användarnamn och lösenord (':' som %3A, '/' som %2F), t.ex. "
    "postgresql+psycopg://granskare:l%40sen@db.example/hr.",
)
MALFORMED_URL = Message(
    en="{source} looks like the start of a database URL, but '//' is missing after the colon (the "
    "rest is not shown, as it may hold a password). Write it as "
    "dialect+driver://user@host:port/database, e.g. postgresql+psycopg://auditor@db.example/hr, "
    "or sqlite:///file.sqlite3 for a file.",
    sv="{source} ser ut som början på en databas-URL, men '//' saknas efter kolonet (resten visas "
    "inte, eftersom den kan innehålla ett lösenord). Skriv den som "
    "dialekt+drivrutin://användare@värd:port/databas, t.ex. "
    "postgresql+psycopg://granskare@db.example/hr, eller sqlite:///fil.sqlite3 för en fil.",
)
DRIVER_MISSING = Message(
    en="The database driver for {source} is not installed ({detail}). Install it in the "
    "toolkit's environment, e.g. pip install 'ethics-toolkit[postgres]' for PostgreSQL, or the "
    "SQLAlchemy dialect of your warehouse (trino, sqlalchemy-bigquery, databricks-sqlalchemy, "
    "snowflake-sqlalchemy).",
    sv="Databasens drivrutin för {source} är inte installerad ({detail}). Installera den i "
    "verktygets miljö, t.ex. pip install 'ethics-toolkit[postgres]' för PostgreSQL, eller "
    "SQLAlchemy-dialekten för ert datalager (trino, sqlalchemy-bigquery, databricks-sqlalchemy, "
    "snowflake-sqlalchemy).",
)
DATABASE_FILE_NOT_FOUND = Message(
    en="The database file {name} does not exist. Check the path in the URL (three slashes "
    "before a relative path, four before an absolute one: {scheme}:///relative or "
    "{scheme}:////absolute/path); the audit never creates a database.",
    sv="Databasfilen {name} finns inte. Kontrollera sökvägen i URL:en (tre snedstreck före en "
    "relativ sökväg, fyra före en absolut: {scheme}:///relativ eller {scheme}:////absolut/sökväg); "
    "granskningen skapar aldrig en databas.",
)
UNREACHABLE = Message(
    en="Could not connect to {source}: {detail}. Check the host, the port, that the server is "
    "running and that this computer may reach it (VPN, firewall).",
    sv="Kunde inte ansluta till {source}: {detail}. Kontrollera värd och port, att servern är "
    "igång och att den här datorn når den (VPN, brandvägg).",
)
LOGIN_FAILED = Message(
    en="{source} refused the login: {detail}. Check the user name and the password (they are "
    "never shown here); ask the database administrator for a read-only account.",
    sv="{source} nekade inloggningen: {detail}. Kontrollera användarnamn och lösenord (de visas "
    "aldrig här); be databasadministratören om ett konto med bara läsrätt.",
)
PERMISSION_DENIED = Message(
    en="{source} denied access: {detail}. The account needs read access (SELECT) on the table or "
    "the tables of the query; ask the database administrator.",
    sv="{source} nekade åtkomst: {detail}. Kontot behöver läsrätt (SELECT) på tabellen eller "
    "frågans tabeller; be databasadministratören.",
)
TABLE_NOT_FOUND = Message(
    en="The table {table!r} is not in {source}. Tables found: {available}. Check the spelling "
    "(and the schema: --table schema.table).",
    sv="Tabellen {table!r} finns inte i {source}. Tabeller som finns: {available}. Kontrollera "
    "stavningen (och schemat: --table schema.tabell).",
)
COLUMN_NOT_IN_SOURCE = Message(
    en="The column {column!r} is not in {source}. Available columns: {available}. Check the "
    "spelling (upper and lower case count).",
    sv="Kolumnen {column!r} finns inte i {source}. Tillgängliga kolumner: {available}. "
    "Kontrollera stavningen (stora och små bokstäver räknas).",
)
NOT_A_SELECT = Message(
    en="--query must be one read-only SELECT statement (it may start with WITH); {found} was "
    "refused before anything was sent to the database. Write the query as SELECT … FROM ….",
    sv="--query måste vara en enda SELECT-sats som bara läser (den får börja med WITH); {found} "
    "avvisades innan något skickades till databasen. Skriv frågan som SELECT … FROM ….",
)
QUERY_FAILED = Message(
    en="{source} could not run the audit's query: {detail}. Check the table and column names of "
    "--query (run it alone in your SQL tool first).",
    sv="{source} kunde inte köra granskningens fråga: {detail}. Kontrollera tabell- och "
    "kolumnnamnen i --query (kör den först ensam i ditt SQL-verktyg).",
)
READ_FAILED = Message(
    en="{source} could not be read: {detail}.",
    sv="{source} gick inte att läsa: {detail}.",
)
READ_ONLY_VIOLATION = Message(
    en="{source} refused the query because the audit runs read-only: {detail}. --query must only "
    "read (SELECT).",
    sv="{source} avvisade frågan eftersom granskningen bara läser: {detail}. --query får bara "
    "läsa (SELECT).",
)
READ_ONLY_NOT_GUARANTEED = Message(
    en="{source} did not open the audit's connection read-only ({setting}), so nothing was sent "
    "to it: an audit must not be able to change a table. Check the connection options (a "
    "connection pooler may drop them), or connect with an account that may only read.",
    sv="{source} öppnade inte granskningens anslutning som skrivskyddad ({setting}), så inget "
    "skickades dit: en granskning får inte kunna ändra en tabell. Kontrollera "
    "anslutningsinställningarna (en anslutningspool kan tappa dem), eller anslut med ett konto "
    "som bara får läsa.",
)
NO_ROWS_IN_SOURCE = Message(
    en="{source} has no rows to audit (an empty table or file, or a query that selects none). "
    "Check the table or file name and, for --query, its WHERE clause.",
    sv="{source} har inga rader att granska (en tom tabell eller fil, eller en fråga som inte "
    "väljer några rader). Kontrollera tabellens eller filens namn och, för --query, dess "
    "WHERE-villkor.",
)
TOO_MANY_CELLS = Message(
    en="Grouping {source} gives more than {limit} groups; the column {column!r} has {count} "
    "different values. It looks like an identifier or a raw number: choose a column with few "
    "values (group ages into bands, dates into periods with --period).",
    sv="Grupperingen av {source} ger fler än {limit} grupper; kolumnen {column!r} har {count} "
    "olika värden. Den ser ut som ett id eller ett tal: välj en kolumn med få värden (dela in "
    "åldrar i intervall, datum i perioder med --period).",
)
SCORE_NOT_A_NUMBER_COLUMN = Message(
    en="The score column {column!r} of {source} is stored as text (for example {value!r}). Cast "
    "it to a number in --query, e.g. SELECT CAST({column} AS DOUBLE PRECISION) AS {column}, ….",
    sv="Poängkolumnen {column!r} i {source} är lagrad som text (till exempel {value!r}). Gör om "
    "den till ett tal i --query, t.ex. SELECT CAST({column} AS DOUBLE PRECISION) AS {column}, ….",
)
SCORE_NOT_NUMBERS_IN_SOURCE = Message(
    en="The score column {column!r} of {source} does not hold numbers (for example {value!r}). "
    "Choose the column with the scores, or cast it to a number in --query.",
    sv="Poängkolumnen {column!r} i {source} innehåller inte tal (till exempel {value!r}). Välj "
    "kolumnen med poängen, eller gör om den till ett tal i --query.",
)
SCORE_NOT_FINITE_IN_SOURCE = Message(
    en="The score column {column!r} of {source} holds values that are not finite numbers (rows: "
    "{count}; for example {value}). An undefined or infinite score cannot be compared, and "
    "counting it would change the median and every group's rate, so nothing was computed. Leave "
    "a missing score empty (NULL), or leave those rows out in --query.",
    sv="Poängkolumnen {column!r} i {source} innehåller värden som inte är ändliga tal (rader: "
    "{count}; till exempel {value}). En odefinierad eller oändlig poäng kan inte jämföras, och "
    "att räkna den skulle ändra medianen och varje grupps andel, så inget beräknades. Lämna en "
    "poäng som saknas tom (NULL), eller utelämna de raderna i --query.",
)
NESTED_VALUES = Message(
    en="The column {column!r} of {source} holds nested values (lists, records or binary data, "
    "for example {value}), not one value per applicant, so its groups cannot be counted. Choose "
    "a column of plain values, or take the field you mean into a column of its own (in --query "
    "for a database).",
    sv="Kolumnen {column!r} i {source} innehåller nästlade värden (listor, poster eller binära "
    "data, till exempel {value}), inte ett värde per sökande, så dess grupper kan inte räknas. "
    "Välj en kolumn med enkla värden, eller lägg fältet du menar i en egen kolumn (i --query "
    "för en databas).",
)
BAD_COUNTS_IN_SOURCE = Message(
    en="{rows} rows of {source} have more selected ({selected_column!r}) than applicants "
    "({count_column!r}) or a negative count. Check that the columns are the right way round.",
    sv="{rows} rader i {source} har fler valda ({selected_column!r}) än sökande "
    "({count_column!r}) eller ett negativt antal. Kontrollera att kolumnerna inte är omkastade.",
)
DATE_NOT_IN_SOURCE = Message(
    en="The period column {column!r} of {source} holds a value that is not a date: {value!r}. "
    "Use a DATE or TIMESTAMP column, or text dates such as 2026-03-15, 15/3/2026 or Excel dates.",
    sv="Periodkolumnen {column!r} i {source} innehåller ett värde som inte är ett datum: "
    "{value!r}. Använd en DATE- eller TIMESTAMP-kolumn, eller textdatum som 2026-03-15, "
    "15/3/2026 eller Excel-datum.",
)
NO_PARQUET_FILES = Message(
    en="No Parquet files match {name}. Give a .parquet file, a folder of them or a quoted glob "
    "such as 'logs/*.parquet'.",
    sv="Inga Parquet-filer matchar {name}. Ange en .parquet-fil, en mapp med sådana eller ett "
    "mönster inom citattecken som 'loggar/*.parquet'.",
)
SOURCE_CONFIG_INVALID = Message(
    en="The database source {name!r} in .streamlit/secrets.toml is incomplete: give it a url and "
    'either a table or a query, e.g. [sources.{name}] url = "postgresql+psycopg://…" '
    'table = "decisions".',
    sv="Datakällan {name!r} i .streamlit/secrets.toml är ofullständig: ge den en url och antingen "
    'en table eller en query, t.ex. [sources.{name}] url = "postgresql+psycopg://…" '
    'table = "decisions".',
)
SOURCE_NOT_CONFIGURED = Message(
    en="There is no database source named {name!r}; an administrator names them in "
    ".streamlit/secrets.toml under [sources.NAME].",
    sv="Det finns ingen datakälla som heter {name!r}; en administratör anger dem i "
    ".streamlit/secrets.toml under [sources.NAMN].",
)

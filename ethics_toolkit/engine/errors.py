"""Errors the engine raises for input the user can fix, with their messages as module constants.

Every message names the column or value at fault and says what to do (list the available columns
or the values found), in Swedish and English. Tests import these constants, so wording can change
in one place. The CLI turns each error into one line on stderr and exit code 2.
"""

from __future__ import annotations

from collections.abc import Iterable

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n.text import Bilingual

_MAX_LISTED = 12


# A message template in both languages; ``str.format`` placeholders are shared.
Message = Bilingual


EMPTY_FILE = Message(
    en="The file {name} is empty. Export the decision log again and choose a CSV or Excel file "
    "with a header row and one row per applicant.",
    sv="Filen {name} är tom. Exportera beslutsloggen igen och välj en CSV- eller Excelfil med en "
    "rubrikrad och en rad per sökande.",
)
HEADER_ONLY = Message(
    en="The file {name} has a header row ({columns}) but no data rows. Export the decision log "
    "again with its rows.",
    sv="Filen {name} har en rubrikrad ({columns}) men inga rader med data. Exportera "
    "beslutsloggen igen med raderna.",
)
SEPARATOR_LINE = Message(
    en="The first line of {name} is {line!r}, a hint for Excel about the separator, not the "
    "header row. Delete that line (the header row must come first) and try again.",
    sv="Första raden i {name} är {line!r}, en anvisning till Excel om avgränsaren, inte "
    "rubrikraden. Ta bort den raden (rubrikraden ska komma först) och försök igen.",
)
NOT_TEXT = Message(
    en="The file {name} is not a text CSV file (it contains binary data). Save the decision log "
    "as CSV (for example 'CSV UTF-8' in Excel) or as an Excel workbook (.xlsx) and try again.",
    sv="Filen {name} är inte en CSV-textfil (den innehåller binära data). Spara beslutsloggen som "
    "CSV (till exempel 'CSV UTF-8' i Excel) eller som Excel-arbetsbok (.xlsx) och försök igen.",
)
NUL_BYTE = Message(
    en="The file {name} contains a NUL byte on line {line}, so it is not a text file (or it is "
    "damaged). Save the decision log again as CSV UTF-8 or .xlsx and try again.",
    sv="Filen {name} innehåller en NUL-byte på rad {line}, så den är ingen textfil (eller är "
    "skadad). Spara beslutsloggen igen som CSV UTF-8 eller .xlsx och försök igen.",
)
MIXED_ENCODING = Message(
    en="The file {name} mixes two encodings: line {utf8_line} is UTF-8 but line {other_line} is "
    "not (it reads as Windows-1252: {sample!r}). Reading it with either one would garble some "
    "group names, so nothing was computed. Save the whole file again with one encoding (for "
    "example 'CSV UTF-8' in Excel).",
    sv="Filen {name} blandar två teckenkodningar: rad {utf8_line} är UTF-8 men rad {other_line} "
    "är det inte (den läses som Windows-1252: {sample!r}). Med vilken som helst av dem skulle "
    "några gruppnamn förvanskas, så inget beräknades. Spara om hela filen med en kodning (till "
    "exempel 'CSV UTF-8' i Excel).",
)
NOT_IN_ENCODING = Message(
    en="Line {line} of {name} is not valid {encoding}. Choose the file's real encoding with "
    "--encoding (for example cp1252 for older Swedish Excel files), or leave it out to detect it.",
    sv="Rad {line} i {name} är inte giltig {encoding}. Ange filens verkliga teckenkodning med "
    "--encoding (till exempel cp1252 för äldre svenska Excelfiler), eller utelämna den så "
    "upptäcks den automatiskt.",
)
UNREADABLE = Message(
    en="The file {name} could not be read as CSV: {detail}. Check the separator and quoting, or "
    "give them explicitly with --sep and --encoding.",
    sv="Filen {name} gick inte att läsa som CSV: {detail}. Kontrollera avgränsare och citattecken, "
    "eller ange dem med --sep och --encoding.",
)
FILE_NOT_FOUND = Message(
    en="The file {name} does not exist. Check the name and the folder (the current folder is "
    "{cwd}).",
    sv="Filen {name} finns inte. Kontrollera namnet och mappen (nuvarande mapp är {cwd}).",
)
IS_A_FOLDER = Message(
    en="{name} is a folder, not a file. Give the path of the CSV file inside it.",
    sv="{name} är en mapp, inte en fil. Ange sökvägen till CSV-filen i mappen.",
)
NO_PERMISSION = Message(
    en="The file {name} cannot be opened: permission denied. Ask for read access or copy the file "
    "somewhere you can read it.",
    sv="Filen {name} går inte att öppna: behörighet saknas. Be om läsrätt eller kopiera filen "
    "till en plats där du kan läsa den.",
)
TOO_MANY_FIELDS = Message(
    en="Line {line} of {name} has {fields} fields but the header has {columns}, so the columns "
    "would be shifted. Check the separator (--sep) and quoting, or fix that line.",
    sv="Rad {line} i {name} har {fields} fält men rubrikraden har {columns}, så kolumnerna skulle "
    "förskjutas. Kontrollera avgränsaren (--sep) och citattecknen, eller rätta den raden.",
)
BAD_ENCODING = Message(
    en="The encoding {encoding!r} is not supported. Choose one of: {choices} (or leave it out to "
    "detect it).",
    sv="Teckenkodningen {encoding!r} stöds inte. Välj en av: {choices} (eller utelämna den så "
    "upptäcks den automatiskt).",
)
BAD_SEPARATOR = Message(
    en="The separator {separator!r} is not supported. Choose one of: {choices} (or leave it out "
    "to detect it).",
    sv="Avgränsaren {separator!r} stöds inte. Välj en av: {choices} (eller utelämna den så "
    "upptäcks den automatiskt).",
)
BAD_DECIMAL = Message(
    en="The decimal mark {decimal!r} is not supported. Choose '.' or ','.",
    sv="Decimaltecknet {decimal!r} stöds inte. Välj '.' eller ','.",
)
DUPLICATE_COLUMNS = Message(
    en="The header row of {name} has the same column name more than once: {names}. Rename them "
    "so that every column has its own name, then try again.",
    sv="Rubrikraden i {name} har samma kolumnnamn mer än en gång: {names}. Byt namn så att varje "
    "kolumn har ett eget namn och försök igen.",
)
UNNAMED_COLUMN = Message(
    en="Column {position} of {name} has no name in the header row but holds data (for example "
    "{value!r} on line {line}). Give it a name in the header row, or delete the column.",
    sv="Kolumn {position} i {name} saknar namn i rubrikraden men innehåller data (till exempel "
    "{value!r} på rad {line}). Ge den ett namn i rubrikraden eller ta bort kolumnen.",
)
FIELD_TOO_LONG = Message(
    en="A value in the column {column!r} of {name} is {length} characters long (at most {limit} "
    "are read): probably a quote character that is never closed. Check the quoting around line "
    "{line}.",
    sv="Ett värde i kolumnen {column!r} i {name} är {length} tecken långt (högst {limit} läses): "
    "troligen ett citattecken som aldrig avslutas. Kontrollera citattecknen kring rad {line}.",
)
HEADER_TOO_LONG = Message(
    en="The first line of {name} is longer than {limit} characters, so it is not a header row of "
    "a CSV file. Check that this is the decision log, saved as CSV or .xlsx.",
    sv="Första raden i {name} är längre än {limit} tecken, så den är ingen rubrikrad i en "
    "CSV-fil. Kontrollera att det är beslutsloggen, sparad som CSV eller .xlsx.",
)
NOT_A_FILE = Message(
    en="{name} is not a regular file (but a pipe, a device or a socket), so it is not read. Give "
    "the path of a CSV or Excel file.",
    sv="{name} är ingen vanlig fil (utan en pipe, en enhet eller en socket), så den läses inte. "
    "Ange sökvägen till en CSV- eller Excelfil.",
)
FILE_TOO_BIG = Message(
    en="The file {name} is {size} MB, more than the limit of {limit} MB. Audit a shorter period, "
    "keep only the columns you need, or use group counts (one row per group).",
    sv="Filen {name} är {size} MB, mer än gränsen {limit} MB. Granska en kortare period, behåll "
    "bara de kolumner du behöver, eller använd antal per grupp (en rad per grupp).",
)
SHEET_NOT_FOUND = Message(
    en="The workbook {name} has no sheet {sheet!r}. Its sheets: {available}. Give a name or a "
    "number with --sheet.",
    sv="Arbetsboken {name} har inget blad {sheet!r}. Dess blad: {available}. Ange ett namn "
    "eller ett nummer med --sheet.",
)
NO_SHEET_DATA = Message(
    en="The workbook {name} has no sheet with any data. Check that the decision log was saved in "
    "it.",
    sv="Arbetsboken {name} har inget blad med data. Kontrollera att beslutsloggen sparades i den.",
)
SHEET_EMPTY = Message(
    en="The sheet {sheet!r} of the workbook {name} is empty. Its sheets: {available}. Give the "
    "sheet with the decision log with --sheet.",
    sv="Bladet {sheet!r} i arbetsboken {name} är tomt. Dess blad: {available}. Ange bladet med "
    "beslutsloggen med --sheet.",
)
SHEET_FOR_TEXT = Message(
    en="--sheet {sheet!r} was given, but {name} is a text (CSV) file, not a workbook. Leave out "
    "--sheet.",
    sv="--sheet {sheet!r} angavs, men {name} är en textfil (CSV), ingen arbetsbok. Utelämna "
    "--sheet.",
)
SPREADSHEET_UNREADABLE = Message(
    en="The workbook {name} could not be read: {detail}. If it is password-protected, save a copy "
    "without a password; otherwise save it again as .xlsx or CSV.",
    sv="Arbetsboken {name} gick inte att läsa: {detail}. Om den är lösenordsskyddad, spara en "
    "kopia utan lösenord; annars spara den igen som .xlsx eller CSV.",
)
SPREADSHEET_TOO_BIG = Message(
    en="The workbook {name} unpacks to {size} MB, more than the {limit} MB a workbook may unpack "
    "to (more would exhaust the memory; a damaged or malicious file can claim any size), so it "
    "was not opened. Save only the sheet with the decision log, or export it as CSV (UTF-8), "
    "which has no such limit.",
    sv="Arbetsboken {name} packas upp till {size} MB, mer än de {limit} MB en arbetsbok får "
    "packas upp till (mer skulle ta slut på minnet; en skadad eller illasinnad fil kan uppge "
    "vilken storlek som helst), så den öppnades inte. Spara bara bladet med beslutsloggen, eller "
    "exportera det som CSV (UTF-8), som inte har någon sådan gräns.",
)
NOT_A_SPREADSHEET = Message(
    en="The file {name} is a ZIP archive but not an Excel or OpenDocument workbook. Unpack it, or "
    "save the decision log as .xlsx or CSV.",
    sv="Filen {name} är ett ZIP-arkiv men ingen Excel- eller OpenDocument-arbetsbok. Packa upp "
    "den, eller spara beslutsloggen som .xlsx eller CSV.",
)
CELL_NOT_TEXT = Message(
    en="The cell {cell} on the sheet {sheet!r} of {name} contains control characters (not text). "
    "Correct the cell and try again.",
    sv="Cellen {cell} på bladet {sheet!r} i {name} innehåller styrtecken (ingen text). Rätta "
    "cellen och försök igen.",
)
COLUMN_NOT_FOUND = Message(
    en="The column {column!r} is not in the file. Available columns: {available}. Check the "
    "spelling (upper and lower case count).",
    sv="Kolumnen {column!r} finns inte i filen. Tillgängliga kolumner: {available}. Kontrollera "
    "stavningen (stora och små bokstäver räknas).",
)
ONE_COLUMN = Message(
    en="The file was read as one single column ({column!r}) with the separator {separator!r}, so "
    "the column {wanted!r} was not found. The separator is probably different: try --sep ';', "
    "--sep ',' or --sep tab.",
    sv="Filen lästes som en enda kolumn ({column!r}) med avgränsaren {separator!r}, så kolumnen "
    "{wanted!r} hittades inte. Avgränsaren är troligen en annan: prova --sep ';', --sep ',' "
    "eller --sep tab.",
)
COLUMN_NOT_ON_SHEET = Message(
    en="The column {wanted!r} is not on the sheet {sheet!r} of the workbook {name}, which was "
    "read with the columns {available}. If the decision log is on another sheet, give it with "
    "--sheet (the workbook's sheets: {sheets}); otherwise check the spelling of the column.",
    sv="Kolumnen {wanted!r} finns inte på bladet {sheet!r} i arbetsboken {name}, som lästes med "
    "kolumnerna {available}. Om beslutsloggen ligger på ett annat blad, ange det med --sheet "
    "(arbetsbokens blad: {sheets}); annars kontrollera stavningen av kolumnen.",
)
NO_OUTCOME = Message(
    en="Say which column holds the decision (--outcome) or the score (--score).",
    sv="Ange vilken kolumn som innehåller beslutet (--outcome) eller poängen (--score).",
)
POSITIVE_NOT_FOUND = Message(
    en="The value {value!r} does not occur in the column {column!r}. Values found: {values}. "
    "Give one of them as the value meaning selected.",
    sv="Värdet {value!r} förekommer inte i kolumnen {column!r}. Värden i kolumnen: {values}. "
    "Ange ett av dem som värdet som betyder urval.",
)
AMBIGUOUS_OUTCOME = Message(
    en="Cannot tell which value of the column {column!r} means selected. Values found: {values} "
    "(number of rows in brackets). Say which one with {option} VALUE; with more than two "
    "values, also name the ones meaning not selected (--negative) or to be left out (--exclude).",
    sv="Det går inte att avgöra vilket värde i kolumnen {column!r} som betyder urval. Värden i "
    "kolumnen: {values} (antal rader inom parentes). Ange det med {option} VÄRDE; med fler än "
    "två värden, ange också vilka som betyder inte urval (--negative) eller ska lämnas utanför "
    "(--exclude).",
)
NO_OUTCOME_VALUES = Message(
    en="The column {column!r} is empty in every row. Choose the column that holds the decision.",
    sv="Kolumnen {column!r} är tom på varje rad. Välj kolumnen som innehåller beslutet.",
)
ONE_DECISION = Message(
    en="The decision column {column!r} has one decision only: {values} (number of rows in "
    "brackets); the other {empty} rows are empty. Counting only the filled rows would compare "
    "nothing, so nothing was computed. If an empty cell means not selected, fill those cells in "
    "(for example with 'Nej') and try again; otherwise choose the column that holds the decision.",
    sv="Beslutskolumnen {column!r} har bara ett beslut: {values} (antal rader inom parentes); "
    "de övriga {empty} raderna är tomma. Att bara räkna de ifyllda raderna skulle inte jämföra "
    "något, så inget beräknades. Om en tom cell betyder att personen inte gick vidare, fyll i de "
    "cellerna (till exempel med 'Nej') och försök igen; annars välj kolumnen med beslutet.",
)
ALL_EXCLUDED = Message(
    en="Every value of the decision column {column!r} was left out with --exclude ({values}), so "
    "no applicant is counted. Name the values meaning selected (--positive) and not selected "
    "(--negative).",
    sv="Alla värden i beslutskolumnen {column!r} lämnades utanför med --exclude ({values}), så "
    "ingen sökande räknas. Ange värdena som betyder urval (--positive) och inte urval "
    "(--negative).",
)
SCORE_NOT_NUMERIC = Message(
    en="The score column {column!r} contains text, for example {value!r}. Choose a column with "
    "numbers only, or use --outcome for a yes/no decision.",
    sv="Poängkolumnen {column!r} innehåller text, till exempel {value!r}. Välj en kolumn med "
    "bara siffror, eller använd --outcome för ett ja/nej-beslut.",
)
SCORE_THOUSANDS_SEPARATORS = Message(
    en="The score column {column!r} contains text, for example {value!r}: it looks like a number "
    "with thousands separators, but which mark is the decimal mark cannot be told for every "
    "value. Remove the thousands separators (spaces, '.' or ',' between groups of three digits) "
    "and keep one decimal mark throughout the column.",
    sv="Poängkolumnen {column!r} innehåller text, till exempel {value!r}: det ser ut som ett tal "
    "med tusentalsavgränsare, men vilket tecken som är decimaltecken går inte att avgöra för "
    "alla värden. Ta bort tusentalsavgränsarna (mellanslag, '.' eller ',' mellan grupper om tre "
    "siffror) och använd ett och samma decimaltecken i hela kolumnen.",
)
SCORE_NOT_FINITE = Message(
    en="The score column {column!r} has the value {value!r} on line {row}, which is not a finite "
    "number. Correct or empty that cell: an infinite or undefined score cannot be compared.",
    sv="Poängkolumnen {column!r} har värdet {value!r} på rad {row}, som inte är ett ändligt tal. "
    "Rätta eller töm den cellen: en oändlig eller odefinierad poäng kan inte jämföras.",
)
ALL_UNKNOWN = Message(
    en="Every row has an unknown value in {column!r} (empty or not stated), so there is nothing "
    "to compare. Choose a column with group values filled in.",
    sv="Alla rader har ett okänt värde i {column!r} (tomt eller ej angivet), så det finns inget "
    "att jämföra. Välj en kolumn där gruppen är ifylld.",
)
SINGLE_GROUP = Message(
    en="The column {column!r} has only one group ({value!r}) among the known values, so there is "
    "nothing to compare. Choose a column with at least two groups.",
    sv="Kolumnen {column!r} har bara en grupp ({value!r}) bland de kända värdena, så det finns "
    "inget att jämföra. Välj en kolumn med minst två grupper.",
)
TOO_MANY_GROUPS = Message(
    en="The column {column!r} has {count} different values; that looks like an identifier or a "
    "number, not a group. Choose a column with at most {limit} groups (group ages into bands).",
    sv="Kolumnen {column!r} har {count} olika värden; det ser ut som ett id eller ett tal, inte "
    "en grupp. Välj en kolumn med högst {limit} grupper (dela in åldrar i intervall).",
)
SAME_COLUMN_TWICE = Message(
    en="The column {column!r} is used for two roles. Give each column one role (decision, score, "
    "ground truth or sensitive attribute).",
    sv="Kolumnen {column!r} används för två roller. Ge varje kolumn en roll (beslut, poäng, "
    "facit eller skyddad egenskap).",
)
BAD_COUNT = Message(
    en="The count column {column!r} must hold whole numbers of at least 0; row {row} has "
    "{value!r}.",
    sv="Antalskolumnen {column!r} måste innehålla heltal från 0 och uppåt; rad {row} har "
    "{value!r}.",
)
SELECTED_EXCEEDS_COUNT = Message(
    en="Row {row} has more selected ({selected}) than applicants ({count}) in the columns "
    "{selected_column!r} and {count_column!r}. Check that the columns are the right way round.",
    sv="Rad {row} har fler valda ({selected}) än sökande ({count}) i kolumnerna "
    "{selected_column!r} och {count_column!r}. Kontrollera att kolumnerna inte är omkastade.",
)
NO_COUNT_COLUMN = Message(
    en="The file looks like group counts, but no column with the number of applicants was found. "
    "Available columns: {available}. Say which one with --count-column COL.",
    sv="Filen ser ut att innehålla antal per grupp, men ingen kolumn med antalet sökande hittades. "
    "Tillgängliga kolumner: {available}. Ange den med --count-column KOLUMN.",
)
AGGREGATED_UNSUPPORTED = Message(
    en="Group counts cannot be combined with {option}: the counts hold only applicants and "
    "selected. Audit the row-level log instead.",
    sv="Antal per grupp kan inte kombineras med {option}: antalen innehåller bara sökande och "
    "valda. Granska loggen på radnivå i stället.",
)
NAMED_VALUE_NOT_FOUND = Message(
    en="The value {value!r} does not occur in the column {column!r}. Values found: {values}. "
    "Check the spelling of the values given with --negative and --exclude.",
    sv="Värdet {value!r} förekommer inte i kolumnen {column!r}. Värden i kolumnen: {values}. "
    "Kontrollera stavningen av värdena som angetts med --negative och --exclude.",
)
VALUE_NAMED_TWICE = Message(
    en="The value {value!r} of the column {column!r} is named twice with different meanings. "
    "Name each value once: selected (--positive), not selected (--negative) or left out "
    "(--exclude).",
    sv="Värdet {value!r} i kolumnen {column!r} anges två gånger med olika betydelse. Ange varje "
    "värde en gång: urval (--positive), inte urval (--negative) eller utelämnat (--exclude).",
)
UNCLASSIFIED_VALUES = Message(
    en="The column {column!r} has values whose meaning was not given: {values} (number of rows "
    "in brackets). Say for every value whether it means yes ({option}) or no "
    "({negative_option}); in the decision column a value can also be left out (--exclude), "
    "e.g. for withdrawn applicants.",
    sv="Kolumnen {column!r} har värden vars betydelse inte har angetts: {values} (antal rader "
    "inom parentes). Ange för varje värde om det betyder ja ({option}) eller nej "
    "({negative_option}); i beslutskolumnen kan ett värde också lämnas utanför (--exclude), "
    "t.ex. för sökande som drog tillbaka sin ansökan.",
)
NOT_A_PAIR = Message(
    en="The column {column!r} must hold two values (such as yes/no), but has {values} (number of "
    "rows in brackets). Choose a column with two values, or make it so in the export.",
    sv="Kolumnen {column!r} måste innehålla två värden (som ja/nej), men har {values} (antal "
    "rader inom parentes). Välj en kolumn med två värden, eller gör den sådan i exporten.",
)
STAGE_NOT_LISTED = Message(
    en="The stage column {column!r} has values that are not among the listed stages: {values} "
    "(number of rows in brackets). Listed stages (--stages): {stages}. Add them to --stages in "
    "their place in the process.",
    sv="Stegkolumnen {column!r} har värden som inte finns bland de angivna stegen: {values} "
    "(antal rader inom parentes). Angivna steg (--stages): {stages}. Lägg till dem i --stages "
    "på sin plats i processen.",
)
STAGE_NAMED_TWICE = Message(
    en="--stages names a stage more than once: {stages}. List each stage of the process once, "
    "in order (upper and lower case do not make a different stage).",
    sv="--stages anger ett steg mer än en gång: {stages}. Ange varje steg i processen en gång, i "
    "ordning (stora och små bokstäver gör inte ett annat steg).",
)
NO_STAGES = Message(
    en="--stage {column!r} needs the stages in order, e.g. --stages applied,screened,interview,"
    "offer,hired (at least two).",
    sv="--stage {column!r} kräver stegen i ordning, t.ex. --stages ansökt,gallrad,intervju,"
    "erbjudande,anställd (minst två).",
)
NOT_A_DATE = Message(
    en="The period column {column!r} holds a value that is not a date: {value!r} (row {row}). "
    "Write it as a date such as 2026-03-15, 15/3/2026, 15 March 2026, 15 mars 2026 or an Excel "
    "date, or leave the field empty.",
    sv="Periodkolumnen {column!r} innehåller ett värde som inte är ett datum: {value!r} (rad "
    "{row}). Skriv det som ett datum, till exempel 2026-03-15, 15/3/2026, 15 mars 2026, "
    "15 March 2026 eller ett Excel-datum, eller lämna fältet tomt.",
)
NO_DATES = Message(
    en="The period column {column!r} has no dates, so the log cannot be split into periods. "
    "Choose the column with the date of each decision.",
    sv="Periodkolumnen {column!r} innehåller inga datum, så loggen kan inte delas upp i perioder. "
    "Välj kolumnen med datumet för varje beslut.",
)
NO_ROWS = Message(
    en="No row has a usable decision in {column!r}, so there is nothing to audit.",
    sv="Ingen rad har ett användbart beslut i {column!r}, så det finns inget att granska.",
)

# Issue 11: the tool's recommendation next to the final decision.
AMBIGUOUS_RECOMMENDATION = Message(
    en="Cannot tell which value of the recommendation column {column!r} means that the tool "
    "recommended the applicant. Values found: {values} (number of rows in brackets). Say which "
    "one with --recommendation-positive VALUE; with more than two values, name every value: yes "
    "with --recommendation-positive, no with --recommendation-negative (both can be repeated).",
    sv="Det går inte att avgöra vilket värde i rekommendationskolumnen {column!r} som betyder att "
    "verktyget rekommenderade den sökande. Värden i kolumnen: {values} (antal rader inom "
    "parentes). Ange det med --recommendation-positive VÄRDE; med fler än två värden, ange "
    "varje värde: ja med --recommendation-positive, nej med --recommendation-negative (båda "
    "kan upprepas).",
)
# Issue 11: the columns analysed with --features.
FEATURE_IS_IDENTIFIER = Message(
    en="The column {column!r} looks like an identifier (a value per applicant, or named like an "
    "id), so it says nothing about what drives the decisions and would only single people out. "
    "Leave it out of --features (--features auto skips identifiers).",
    sv="Kolumnen {column!r} ser ut som ett id (ett värde per sökande, eller namngiven som ett id), "
    "så den säger inget om vad som styr besluten och skulle bara peka ut personer. Ta bort den "
    "från --features (--features auto hoppar över id-kolumner).",
)
FEATURE_TOO_MANY_VALUES = Message(
    en="The column {column!r} has {count} different text values; with more than {limit} the "
    "association figures would mislead. Group the values (for example postcode into area) or "
    "leave the column out of --features.",
    sv="Kolumnen {column!r} har {count} olika textvärden; med fler än {limit} blir "
    "sambandsmåtten missvisande. Gruppera värdena (till exempel postnummer till område) eller "
    "ta bort kolumnen från --features.",
)
NO_FEATURE_VALUES = Message(
    en="The column {column!r} given with --features is empty in every row. Choose a column with "
    "values, or leave it out.",
    sv="Kolumnen {column!r} som angetts med --features är tom på varje rad. Välj en kolumn med "
    "värden, eller ta bort den.",
)


def list_items(items: Iterable[str]) -> str:
    """Items for a message, as given: at most a dozen, then how many more."""
    items = list(items)
    shown = ", ".join(items[:_MAX_LISTED])
    return shown + (f" (+{len(items) - _MAX_LISTED})" if len(items) > _MAX_LISTED else "")


def list_values(values: Iterable[object]) -> str:
    """Values for a message: quoted, at most a dozen, then how many more."""
    return list_items(repr(str(v)) for v in values)


class EngineError(UserFacingError):
    """Base class of the engine's input errors; built from a :class:`Message` and its fields."""

    def __init__(self, message: Message, **fields: object) -> None:
        super().__init__(en=message.format("en", **fields), sv=message.format("sv", **fields))
        self.template = message
        self.fields = fields


class ReadingError(EngineError):
    """The bytes could not be read as a CSV table (empty, binary, malformed, bad encoding)."""


class ColumnError(EngineError):
    """A named column is missing, used twice, or holds values that cannot serve its role."""


class DataValueError(EngineError):
    """An outcome, truth, score or count value is missing, ambiguous or malformed."""


class GroupError(EngineError):
    """A sensitive attribute has no known values, a single group, or too many groups."""

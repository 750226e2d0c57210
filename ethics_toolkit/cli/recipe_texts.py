"""The CLI's sentences about the audit recipe (issue 20), in Swedish and English.

A module of its own so that ``ethics-toolkit --help`` does not import pydantic for them.
"""

from __future__ import annotations

from ethics_toolkit.i18n.text import Bilingual, Catalogue, Plural

NOT_COL_VALUE = Bilingual(
    en="{option} {value!r}: write it as COLUMN=VALUE (for example {example}).",
    sv="{option} {value!r}: skriv det som KOLUMN=VÄRDE (till exempel {example}).",
)
REGROUP_NEITHER = Bilingual(
    en="--regroup {column}={value}: {value!r} is neither 'region' (the built-in map of countries "
    "of birth) nor a file. Give region, or a CSV file with two columns, value and group.",
    sv="--regroup {column}={value}: {value!r} är varken 'region' (den inbyggda indelningen av "
    "födelseländer) eller en fil. Ange region, eller en CSV-fil med två kolumner, värde och grupp.",
)
REFERENCE_TWICE = Bilingual(
    en="--reference names two reference groups for {column!r} ({first!r} and {second!r}). Give "
    "one per column.",
    sv="--reference anger två referensgrupper för {column!r} ({first!r} och {second!r}). Ange en "
    "per kolumn.",
)
RECIPE_UNREADABLE = Bilingual(
    en="The recipe {name} could not be read ({reason}). Check the name; a recipe is written by "
    "audit --save-recipe.",
    sv="Receptet {name} gick inte att läsa ({reason}). Kontrollera namnet; ett recept skrivs av "
    "audit --save-recipe.",
)
NO_GROUPS = Bilingual(
    en="Say which columns to compare as groups: --sensitive COL (repeatable), or a recipe with "
    "--recipe FILE.yaml or --tool NAME.",
    sv="Ange vilka kolumner som ska jämföras som grupper: --sensitive KOL (kan upprepas), eller "
    "ett recept med --recipe FIL.yaml eller --tool NAMN.",
)

TEXTS = Catalogue(
    {
        "used_tool": Bilingual(
            sv="Receptet för {tool} användes (version {version}, sparat {at} av {by}).",
            en="The recipe of {tool} was used (version {version}, saved {at} by {by}).",
        ),
        "used_file": Bilingual(sv="Receptet {name} användes.", en="The recipe {name} was used."),
        "overridden": Bilingual(
            sv=" Flaggorna ändrade: {flags}.", en=" Changed by the flags: {flags}."
        ),
        "mapping_given": Bilingual(
            sv=" Flaggorna anger kolumnerna: receptets val för just de kolumnernas värden "
            "behölls, dess övriga kolumner användes inte.",
            en=" The flags give the columns: the recipe's choices for those columns' values were "
            "kept, its other columns were not used.",
        ),
        "no_recipe_yet": Bilingual(
            sv="{tool} har inget sparat recept än; den här granskningens recept sparas.",
            en="{tool} has no saved recipe yet; this audit's recipe is saved.",
        ),
        "ignored": Bilingual(
            sv="Receptet för {tool} användes inte (--no-recipe).",
            en="The recipe of {tool} was not used (--no-recipe).",
        ),
        "sheet_fallback": Bilingual(
            sv="Bladet {sheet!r} i receptet finns inte i filen; bladet med flest rader lästes.",
            en="The recipe's sheet {sheet!r} is not in the file; the sheet with the most rows "
            "was read.",
        ),
        "diff": Bilingual(sv="Nytt jämfört med receptet:", en="New against the recipe:"),
        "question": Bilingual(sv="Att besvara: {text}", en="To answer: {text}"),
        "saved_file": Bilingual(sv="Receptet skrevs till {path}.", en="Recipe written to {path}."),
        "saved_tool": Bilingual(
            sv="Receptet sparades för {tool} som version {version}.",
            en="Recipe saved for {tool} as version {version}.",
        ),
        "same_tool": Bilingual(
            sv="Receptet för {tool} är oförändrat (version {version}).",
            en="The recipe of {tool} is unchanged (version {version}).",
        ),
        "grouped_builtin": Bilingual(
            sv="{column}: {values} värden → {groups} grupper enligt den inbyggda indelningen "
            "(Sverige / Europa utom Sverige / Utanför Europa).",
            en="{column}: {values} values → {groups} groups by the built-in map (Sverige / Europa "
            "utom Sverige / Utanför Europa).",
        ),
        "grouped_yours": Bilingual(
            sv="{column}: {values} värden → {groups} grupper enligt din gruppering{source}.",
            en="{column}: {values} values → {groups} groups by your grouping{source}.",
        ),
        "unknown": Plural(
            one=Bilingual(
                sv="{column}: {count} rad räknas som okänd ({values}).",
                en="{column}: {count} row counted as unknown ({values}).",
            ),
            other=Bilingual(
                sv="{column}: {count} rader räknas som okända ({values}).",
                en="{column}: {count} rows counted as unknown ({values}).",
            ),
        ),
        "blank": Bilingual(sv="tomt", en="blank"),
        "sheet": Bilingual(sv="Blad: {note}.", en="Sheet: {note}."),
    }
)

"""The words of ``ethics-toolkit audit``'s text output that only the CLI says, sv and en.

The tables, notes, findings and verdict come from the shared presentation
(``engine/presentation.py``). A module of its own so that ``ethics-toolkit --help`` does not import
pydantic for them.
"""

from __future__ import annotations

from ethics_toolkit.i18n.text import Bilingual, Catalogue, Plural

_TEXTS: dict[str, Bilingual | Plural] = {
    "saved": Bilingual(
        sv="Granskning {run_id} sparad i registret för {tool} (bara sammanräknade antal).",
        en="Audit run {run_id} saved to the register of {tool} (aggregated counts only).",
    ),
    "report_written": Bilingual(
        sv="Rapporten har skrivits till {path} ({size} kB).",
        en="Report written to {path} ({size} kB).",
    ),
    "read": Bilingual(
        sv="Läste {name}: teckenkodning {encoding}, avgränsare {separator}, "
        "decimaltecken {decimal}, {rows} ({kind}).",
        en="Read {name}: encoding {encoding}, separator {separator}, decimal mark {decimal}, "
        "{rows} ({kind}).",
    ),
    "skipped_lines": Plural(
        one=Bilingual(
            sv="{count} rad ovanför tabellen (rubrik eller anteckning) hoppades över.",
            en="{count} line above the table (a title or note) was skipped.",
        ),
        other=Bilingual(
            sv="{count} rader ovanför tabellen (rubrik, anteckningar eller tomma rader) "
            "hoppades över.",
            en="{count} lines above the table (a title, notes or blank lines) were skipped.",
        ),
    ),
    "n_rows": Plural(
        one=Bilingual(sv="{count} rad", en="{count} row"),
        other=Bilingual(sv="{count} rader", en="{count} rows"),
    ),
    "read_sheet": Bilingual(
        sv="Läste {name}, bladet {sheet!r}: {rows} rader ({kind}).",
        en="Read {name}, sheet {sheet!r}: {rows} rows ({kind}).",
    ),
    "read_source": Bilingual(
        sv="Läste {name}: {rows} rader ({kind}), räknade där de ligger; bara {fetched} "
        "grupperade rader hämtades.",
        en="Read {name}: {rows} rows ({kind}), counted where they lie; only {fetched} grouped "
        "rows were fetched.",
    ),
    "rows": Bilingual(sv="en rad per sökande", en="one row per applicant"),
    "aggregated": Bilingual(sv="antal per grupp", en="counts per group"),
    "excluded": Plural(
        one=Bilingual(
            sv="{count} rad utan beslut eller poäng lämnades utanför.",
            en="{count} row without a decision or score was left out.",
        ),
        other=Bilingual(
            sv="{count} rader utan beslut eller poäng lämnades utanför.",
            en="{count} rows without a decision or score were left out.",
        ),
    ),
    "excluded_named": Plural(
        one=Bilingual(
            sv="{count} rad lämnades utanför: utan beslut, eller med ett värde som ska lämnas "
            "utanför ({values}).",
            en="{count} row was left out: without a decision, or with a value to leave out "
            "({values}).",
        ),
        other=Bilingual(
            sv="{count} rader lämnades utanför: utan beslut, eller med ett värde som ska lämnas "
            "utanför ({values}).",
            en="{count} rows were left out: without a decision, or with a value to leave out "
            "({values}).",
        ),
    ),
    "median": Bilingual(
        sv="Andel över medianen: andelen med poäng över medianpoängen {median}.",
        en="Scoring rate: the share scoring above the median score {median}.",
    ),
    "reference": Bilingual(sv="referensgrupp: {ref}", en="reference group: {ref}"),
    # Issue 10: the table of the comparison within strata.
    "stratified": Bilingual(
        sv="Inom samma {column} ({strata} värden; {unknown} rader med okänd {column} lämnades "
        "utanför)",
        en="Within the same {column} ({strata} values; {unknown} rows with unknown {column} "
        "left out)",
    ),
    "strata_used": Bilingual(sv="jämförbara", en="strata used"),
    "mh_odds_ratio": Bilingual(sv="MH-oddskvot", en="MH odds ratio"),
    "mh_ci": Bilingual(sv="95 % KI", en="95% CI"),
    "cmh_p": Bilingual(sv="CMH p", en="CMH p"),
    "breslow_day_p": Bilingual(sv="Breslow–Day p", en="Breslow–Day p"),
    "reversed": Bilingual(sv="omvänd riktning", en="direction reversed"),
    "yes": Bilingual(sv="ja", en="yes"),
    "no": Bilingual(sv="nej", en="no"),
    "findings": Bilingual(sv="Iakttagelser:", en="Findings:"),
    "warnings": Bilingual(
        sv="Varningar om data (läs dem innan du litar på siffrorna):",
        en="Warnings about the data (read them before relying on the figures):",
    ),
    "period": Bilingual(sv="Perioden {period} ({rows} rader)", en="Period {period} ({rows} rows)"),
    "trends": Bilingual(
        sv="Utveckling från första till sista perioden:", en="From the first to the last period:"
    ),
    "verdict_adverse": Bilingual(sv="Slutkod 1.", en="Exit code 1."),
    "verdict_fine": Bilingual(sv="Slutkod 0.", en="Exit code 0."),
    # Issue 11: the decision process.
    "oversight": Bilingual(
        sv="Mänsklig tillsyn: verktygets rekommendation mot det slutliga beslutet",
        en="Human oversight: the tool's recommendation against the final decision",
    ),
    "ai_selected": Bilingual(sv="rek. ja", en="tool yes"),
    "ai_rate": Bilingual(sv="rek. andel", en="tool rate"),
    "final_selected": Bilingual(sv="beslut ja", en="final yes"),
    "final_rate": Bilingual(sv="beslut andel", en="final rate"),
    "agreement": Bilingual(sv="samstämmighet", en="agreement"),
    "to_yes": Bilingual(sv="ändrat till ja", en="to yes"),
    "to_no": Bilingual(sv="ändrat till nej", en="to no"),
    "ai_ratio": Bilingual(sv="kvot verktyg", en="tool ratio"),
    "final_ratio": Bilingual(sv="kvot beslut", en="final ratio"),
    "change_p": Bilingual(sv="p ändring", en="p change"),
    "funnel": Bilingual(
        sv="Urvalsprocessen steg för steg (andel som gick vidare)",
        en="The selection funnel step by step (share who passed)",
    ),
    "stage": Bilingual(sv="steg", en="step to"),
    "entered": Bilingual(sv="in", en="entered"),
    "passed": Bilingual(sv="vidare", en="passed"),
    "pass_rate": Bilingual(sv="andel", en="pass rate"),
    "features": Bilingual(
        sv="Vad som styr besluten (Cramérs V; möjlig ersättning: V ≥ 0,3 med en skyddad "
        "egenskap och ≥ 0,1 med beslutet)",
        en="What drives the decisions (Cramér's V; possible stand-in: V ≥ 0.3 with a sensitive "
        "attribute and ≥ 0.1 with the decision)",
    ),
    "column": Bilingual(sv="kolumn", en="column"),
    "no_mark": Bilingual(sv="–", en="–"),
    "with_decision": Bilingual(sv="V beslut", en="V decision"),
    "proxy": Bilingual(sv="möjlig ersättning", en="possible stand-in"),
    "no_features": Bilingual(
        sv="Inga kolumner att analysera (id-kolumner och kolumner med roller räknas inte).",
        en="No columns to analyse (identifiers and columns with a role do not count).",
    ),
}

TEXTS = Catalogue(_TEXTS)

STAGES_WITHOUT_STAGE = Bilingual(
    en="--stages gives the order of the stages, but no column was named with --stage: add "
    "--stage COL (the column with the furthest stage each applicant reached), or leave out "
    "--stages.",
    sv="--stages anger stegens ordning, men ingen kolumn angavs med --stage: lägg till --stage "
    "KOLUMN (kolumnen med det längsta steg varje sökande nådde), eller ta bort --stages.",
)
NEED_OUTCOME = Bilingual(
    en="Say which column holds the decision: --outcome COL (or --score COL, or --selected-column "
    "COL for group counts), or give the selection funnel with --stage COL --stages a,b,c (the "
    "decision is then reaching the last stage).",
    sv="Ange vilken kolumn som innehåller beslutet: --outcome KOLUMN (eller --score KOLUMN, eller "
    "--selected-column KOLUMN för antal per grupp), eller ange urvalsprocessen med --stage "
    "KOLUMN --stages a,b,c (beslutet är då att nå det sista steget).",
)

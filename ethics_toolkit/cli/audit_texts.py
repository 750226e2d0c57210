"""The words of ``ethics-toolkit audit``'s text output, in Swedish and English.

A module of its own so that ``ethics-toolkit --help`` does not import pydantic for them.
"""

from __future__ import annotations

from ethics_toolkit.i18n.text import Bilingual, Catalogue

_TEXTS: dict[str, Bilingual] = {
    # key: (en, sv)
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
        "decimaltecken {decimal}, {rows} rader ({kind}).",
        en="Read {name}: encoding {encoding}, separator {separator}, decimal mark {decimal}, "
        "{rows} rows ({kind}).",
    ),
    "rows": Bilingual(sv="en rad per sökande", en="one row per applicant"),
    "aggregated": Bilingual(sv="antal per grupp", en="counts per group"),
    "excluded": Bilingual(
        sv="{k} rader utan beslut eller poäng lämnades utanför.",
        en="{k} rows without a decision or score were left out.",
    ),
    "median": Bilingual(
        sv="Andel över medianen: andelen med poäng över medianpoängen {median}.",
        en="Scoring rate: the share scoring above the median score {median}.",
    ),
    "analysis": Bilingual(sv="Efter {attributes}", en="By {attributes}"),
    "reference": Bilingual(sv="referensgrupp: {ref}", en="reference group: {ref}"),
    "group": Bilingual(sv="grupp", en="group"),
    "n": Bilingual(sv="antal", en="n"),
    "selected": Bilingual(sv="valda", en="selected"),
    "rate": Bilingual(sv="andel", en="rate"),
    "ci": Bilingual(sv="95 % KI", en="95% CI"),
    "ratio": Bilingual(sv="kvot", en="impact ratio"),
    "ratio_ci": Bilingual(sv="kvot 95 % KI", en="ratio 95% CI"),
    "p": Bilingual(sv="p", en="p"),
    "shortfall": Bilingual(sv="underskott", en="shortfall"),
    "tpr": Bilingual(sv="TPR", en="TPR"),
    "fpr": Bilingual(sv="FPR", en="FPR"),
    "note": Bilingual(sv="not", en="note"),
    "note_ref": Bilingual(sv="referens", en="reference"),
    "note_adverse": Bilingual(sv="UNDER 4/5", en="ADVERSE IMPACT"),
    "note_small": Bilingual(sv="liten grupp", en="small group"),
    "dp": Bilingual(
        sv="Skillnad i urvalsandel (demographic parity) {dpd}, kvot {dpr}.",
        en="Demographic parity difference {dpd}, ratio {dpr}.",
    ),
    "eod": Bilingual(
        sv="Skillnad i felkvoter (equalized odds) {eod}.", en="Equalized odds difference {eod}."
    ),
    "findings": Bilingual(sv="Slutsatser:", en="Findings:"),
    "period": Bilingual(sv="Perioden {period} ({rows} rader)", en="Period {period} ({rows} rows)"),
    "verdict_adverse": Bilingual(
        sv="Negativ särbehandling hittad (en grupp under fyra femtedelar av referensgruppens "
        "andel): slutkod 1.",
        en="Adverse impact found (a group below four-fifths of the reference rate): exit code 1.",
    ),
    "verdict_fine": Bilingual(
        sv="Ingen negativ särbehandling hittad (ingen grupp under fyra femtedelar av "
        "referensgruppens andel).",
        en="No adverse impact found (no group below four-fifths of the reference rate).",
    ),
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
    "yes": Bilingual(sv="JA", en="YES"),
    "no_mark": Bilingual(sv="–", en="–"),
    "with_decision": Bilingual(sv="V beslut", en="V decision"),
    "proxy": Bilingual(sv="möjlig ersättning", en="possible stand-in"),
    "no_features": Bilingual(
        sv="Inga kolumner att analysera (id-kolumner och kolumner med roller räknas inte).",
        en="No columns to analyse (identifiers and columns with a role do not count).",
    ),
}

TEXTS = Catalogue(_TEXTS)

NEED_OUTCOME = Bilingual(
    en="Say which column holds the decision: --outcome COL (or --score COL, or --selected-column "
    "COL for group counts), or give the selection funnel with --stage COL --stages a,b,c (the "
    "decision is then reaching the last stage).",
    sv="Ange vilken kolumn som innehåller beslutet: --outcome KOLUMN (eller --score KOLUMN, eller "
    "--selected-column KOLUMN för antal per grupp), eller ange urvalsprocessen med --stage "
    "KOLUMN --stages a,b,c (beslutet är då att nå det sista steget).",
)

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
    "read_sheet": Bilingual(
        sv="Läste {name}, bladet {sheet!r}: {rows} rader ({kind}).",
        en="Read {name}, sheet {sheet!r}: {rows} rows ({kind}).",
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
}

TEXTS = Catalogue(_TEXTS)

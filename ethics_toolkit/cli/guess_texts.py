"""The words of ``ethics-toolkit guess``'s text output, in Swedish and English.

A module of its own so that ``ethics-toolkit --help`` does not import pydantic for them.
"""

from __future__ import annotations

from ethics_toolkit.i18n.text import Bilingual, Catalogue

TEXTS = Catalogue(
    {
        "heading": Bilingual(
            sv="Förslag för {name}{sheet}: {kind}.", en="Suggestion for {name}{sheet}: {kind}."
        ),
        "sheet": Bilingual(sv=", bladet {sheet!r}", en=", sheet {sheet!r}"),
        "kind_decisions": Bilingual(sv="ett beslut per sökande", en="one decision per applicant"),
        "kind_scores": Bilingual(sv="en poäng per sökande", en="one score per applicant"),
        "kind_counts": Bilingual(sv="antal per grupp", en="counts per group"),
        "outcome": Bilingual(sv="Beslut", en="Decision"),
        "selected_count": Bilingual(sv="Antal valda", en="Number selected"),
        "count": Bilingual(sv="Antal sökande", en="Number of applicants"),
        "positive": Bilingual(sv="{column} (vald = {value})", en="{column} (selected = {value})"),
        "classify": Bilingual(
            sv="{column} (ange vad varje värde betyder)",
            en="{column} (say what each value means)",
        ),
        "score": Bilingual(sv="Poäng", en="Score"),
        "truth": Bilingual(sv="Facit", en="Ground truth"),
        "truth_value": Bilingual(
            sv="{column} (kvalificerad = {value})", en="{column} (qualified = {value})"
        ),
        "sensitive": Bilingual(sv="Grupper att jämföra", en="Groups to compare"),
        "ignored": Bilingual(sv="Används inte", en="Not used"),
        "none": Bilingual(sv="(inget förslag)", en="(no suggestion)"),
        # Issue 20: the recipe's further guesses.
        "recommendation": Bilingual(sv="Verktygets rekommendation", en="Tool's recommendation"),
        "positive_yes": Bilingual(sv="{column} (ja = {value})", en="{column} (yes = {value})"),
        "ask_yes": Bilingual(
            sv="{column} (ange vilket värde som betyder ja)",
            en="{column} (say which value means yes)",
        ),
        "period": Bilingual(sv="Datum för uppföljning", en="Date for monitoring"),
        "stage": Bilingual(sv="Steg", en="Stage"),
        "stratify": Bilingual(sv="Jämför också inom", en="Also compare within"),
        "regroup": Bilingual(sv="Grupperas", en="Grouped"),
        "region": Bilingual(
            sv="Sverige / Europa utom Sverige / Utanför Europa",
            en="Sverige / Europa utom Sverige / Utanför Europa",
        ),
        "unknown": Bilingual(sv="Räknas som okänt", en="Counted as unknown"),
        "counts": Bilingual(sv="Antal per värde:", en="Rows per value:"),
        "blank": Bilingual(sv="(tomt)", en="(blank)"),
        "questions": Bilingual(
            sv="Att avgöra innan granskningen:", en="To decide before the audit:"
        ),
        "reasons": Bilingual(sv="Varför:", en="Why:"),
        "command": Bilingual(
            sv="Granska med (kontrollera först förslagen):",
            en="Audit with (check the suggestions first):",
        ),
        "incomplete": Bilingual(
            sv="Förslaget räcker inte för en granskning: ange beslutet eller poängen och minst en "
            "grupp själv (ethics-toolkit audit --help).",
            en="The suggestion is not enough for an audit: give the decision or score and at "
            "least one group yourself (ethics-toolkit audit --help).",
        ),
    }
)

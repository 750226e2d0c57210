"""The reasons :mod:`ethics_toolkit.engine.recipe.guess` gives for each guess, in Swedish and
English.

Every text names the column and what in its values or header led to the guess; a guess from the
values alone gets :data:`CHECK` appended, asking the user to check it.
"""

from __future__ import annotations

from ethics_toolkit.i18n.text import Bilingual, Catalogue, Plural


def _b(sv: str, en: str) -> Bilingual:
    return Bilingual(sv=sv, en=en)


CHECK = _b(" Gissat enbart från värdena: kontrollera.", " Guessed from the values alone: check it.")
REASONS = Catalogue(
    {
        "id_name": _b(
            '"{column}" heter som ett id eller en personuppgift: används aldrig i granskningen.',
            '"{column}" is named like an identifier or personal detail: never used in the audit.',
        ),
        "id_unique": _b(
            '"{column}" har ett eget värde på varje rad (som ett id): används aldrig.',
            '"{column}" has a different value on every row (like an identifier): never used.',
        ),
        "id_shape": _b(
            '"{column}" har värden som ser ut som id (t.ex. {example}): används aldrig.',
            '"{column}" holds values shaped like identifiers (e.g. {example}): never used.',
        ),
        "outcome_pair": _b(
            '"{column}" har bara värdena {values}; {positive} tolkas som att personen gick vidare.',
            '"{column}" has only the values {values}; {positive} is taken to mean selected.',
        ),
        "outcome_named": _b(
            '"{column}" heter som ett beslut och har {n} värden ({values}): ange för varje värde '
            "om det betyder vald, inte vald eller ska lämnas utanför.",
            '"{column}" is named like a decision and has {n} values ({values}): say for each '
            "value whether it means selected, not selected or left out.",
        ),
        "outcome_words": _b(
            '"{column}" har {n} värden som ser ut som beslut ({values}): ange för varje värde om '
            "det betyder vald, inte vald eller ska lämnas utanför.",
            '"{column}" has {n} values that look like decisions ({values}): say for each value '
            "whether it means selected, not selected or left out.",
        ),
        "truth": _b(
            '"{column}" heter som en senare bedömning (facit) och har bara värdena {values}; '
            "{positive} tolkas som kvalificerad.",
            '"{column}" is named like a later assessment (ground truth) and has only the values '
            "{values}; {positive} is taken to mean qualified.",
        ),
        "score": _b(
            '"{column}" heter som en poäng och innehåller tal ({n} olika värden).',
            '"{column}" is named like a score and holds numbers ({n} different values).',
        ),
        "score_values": _b(
            '"{column}" innehåller tal med {n} olika värden, som en poäng.',
            '"{column}" holds numbers with {n} different values, like a score.',
        ),
        "count": _b(
            '"{column}" innehåller heltal och heter som antalet sökande per grupp.',
            '"{column}" holds whole numbers and is named like the number of applicants per group.',
        ),
        "count_values": _b(
            '"{column}" innehåller heltal som aldrig är mindre än "{selected}": antalet sökande '
            "per grupp.",
            '"{column}" holds whole numbers never smaller than "{selected}": the number of '
            "applicants per group.",
        ),
        "selected_count": _b(
            '"{column}" innehåller heltal som aldrig är större än "{count}": antalet som gick '
            "vidare per grupp.",
            '"{column}" holds whole numbers never larger than "{count}": the number selected per '
            "group.",
        ),
        "sensitive": _b(
            '"{column}" heter som en skyddad egenskap ({values}).',
            '"{column}" is named like a protected attribute ({values}).',
        ),
        "sensitive_gender": _b(
            '"{column}" har värden som är typiska för kön ({values}).',
            '"{column}" has values typical of sex or gender ({values}).',
        ),
        "sensitive_origin": _b(
            '"{column}" har värden som är typiska för bakgrund eller ursprung ({values}).',
            '"{column}" has values typical of background or origin ({values}).',
        ),
        "sensitive_age": _b(
            '"{column}" har värden som är typiska för åldersgrupper ({values}).',
            '"{column}" has values typical of age bands ({values}).',
        ),
        "sensitive_more": _b(
            '"{column}" ser också ut som en skyddad egenskap ({values}); lägg till den om du '
            "vill (fler än två egenskaper delar loggen i små grupper).",
            '"{column}" also looks like a protected attribute ({values}); add it if you want '
            "(more than two attributes split the log into small groups).",
        ),
        "sensitive_too_many": _b(
            '"{column}" heter som en skyddad egenskap men har {n} olika värden; dela in dem i '
            "grupper (t.ex. åldersintervall) innan granskningen.",
            '"{column}" is named like a protected attribute but has {n} different values; group '
            "them (e.g. into age bands) before the audit.",
        ),
        # Issue 20: the recipe's further roles and the values' meanings.
        "sensitive_country": _b(
            '"{column}" har länder som värden ({values}); de grupperas i Sverige / Europa utom '
            "Sverige / Utanför Europa med den inbyggda indelningen.",
            '"{column}" holds countries ({values}); they are grouped into Sverige / Europa utom '
            "Sverige / Utanför Europa by the built-in map.",
        ),
        "recommendation_pair": _b(
            '"{column}" heter som verktygets rekommendation och har värdena {values}; {positive} '
            "betyder ja ({why}).",
            '"{column}" is named like the tool\'s recommendation and has the values {values}; '
            "{positive} means yes ({why}).",
        ),
        "recommendation_ask": _b(
            '"{column}" heter som verktygets rekommendation och har värdena {values}, men orden '
            "säger inte säkert vilket som betyder ja: ange det.",
            '"{column}" is named like the tool\'s recommendation and has the values {values}, but '
            "their words do not say for certain which means yes: say it.",
        ),
        "why_negation": _b("det andra värdet är dess nekande", "the other value negates it"),
        "why_tokens": _b("ja/nej", "yes/no"),
        "why_pair": _b("ett känt par", "a known pair"),
        "why_words": _b("orden säger ja och nej", "the words say yes and no"),
        "period": _b(
            '"{column}" har datum ({first} – {last}){written}: föreslås för uppföljning per '
            "kvartal.",
            '"{column}" holds dates ({first} – {last}){written}: suggested for monitoring by '
            "quarter.",
        ),
        "period_written": _b(", även skrivna som {example}", ", also written like {example}"),
        "stage": _b(
            '"{column}" har steg i en rekrytering ({stages}): urvalstrappan.',
            '"{column}" holds stages of a recruitment ({stages}): the selection funnel.',
        ),
        "stratify": _b(
            '"{column}" ser ut som tjänst eller annons ({n} värden): jämför också inom dem.',
            '"{column}" looks like a job or requisition ({n} values): compare within them too.',
        ),
        "unknown_values": _b(
            "Räknas som okänt i {column}: {values}.", "Counted as unknown in {column}: {values}."
        ),
        "combined": _b(
            'Värdet "{value}" i {column} ({n}) blandar ett svar med "vill ej uppge": avgör om det '
            "är en egen grupp eller okänt.",
            'The value "{value}" in {column} ({n}) joins an answer with "prefer not to say": '
            "decide whether it is a group of its own or unknown.",
        ),
        "not_a_country": _b(
            'Värdet "{value}" i {column} ({n}) är inget land som den inbyggda indelningen känner '
            "till: ge det en grupp, eller räkna det som okänt.",
            'The value "{value}" in {column} ({n}) is no country the built-in map knows: assign it '
            "to a group, or count it as unknown.",
        ),
        "polarity": _b(
            "Vilket värde i {column} betyder ja? {values}.",
            "Which value of {column} means yes? {values}.",
        ),
        "classify": _b(
            "Vad betyder varje värde i {column}: vald, inte vald eller lämnas utanför? {values}.",
            "What does each value of {column} mean: selected, not selected or left out? {values}.",
        ),
        "sheet_note": _b("{sheet}: {rows}", "{sheet}: {rows}"),
        "rows": Plural(one=_b("1 rad", "1 row"), other=_b("{count} rader", "{count} rows")),
        "text_rows": Plural(
            one=_b("1 rad text", "1 row of text"),
            other=_b("{count} rader text", "{count} rows of text"),
        ),
        "empty": _b("tomt", "empty"),
        "sheet_skipped": _b("{sheet} hoppades över: {what}", "{sheet} skipped: {what}"),
    }
)

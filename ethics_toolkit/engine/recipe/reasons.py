"""The reasons :mod:`ethics_toolkit.engine.recipe.guess` gives for each guess, in Swedish and
English.

Every text names the column and what in its values or header led to the guess; a guess from the
values alone gets :data:`CHECK` appended, asking the user to check it.
"""

from __future__ import annotations

from ethics_toolkit.i18n.text import Bilingual, Catalogue


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
    }
)

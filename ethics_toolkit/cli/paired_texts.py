# ruff: noqa: E501  (a message catalogue: long sentences read better unbroken)
"""The words of ``ethics-toolkit paired``, in Swedish and English.

A module of its own so that ``ethics-toolkit --help`` does not import pydantic for them.
"""

from __future__ import annotations

from ethics_toolkit.i18n.text import Bilingual, Catalogue

OUTPUT_NOT_EMPTY = Bilingual(
    sv="Mappen {folder} finns redan och är inte tom. Välj en ny mapp för testsetet, så att gamla CV:n inte blandas med nya.",
    en="The folder {folder} already exists and is not empty. Choose a new folder for the test set, so that old CVs are not mixed with new ones.",
)
BAD_PLAN = Bilingual(
    sv="--difference och --sd ska vara större än 0, och --cvs minst 1.",
    en="--difference and --sd must be greater than 0, and --cvs at least 1.",
)

TEXTS = Catalogue(
    {
        "made": Bilingual(
            sv="Skrev {cvs} CV:n ({base} grund-CV:n × {variants} varianter) i {folder}.\nManifest (nyckeln, behåll den hos er): {manifest}\nInstruktion: {readme}\nSlumpfrö: {seed} (samma frö och profil ger samma testset).",
            en="Wrote {cvs} CVs ({base} base CVs × {variants} variants) to {folder}.\nManifest (the key, keep it to yourselves): {manifest}\nInstructions: {readme}\nSeed: {seed} (the same seed and profile give the same test set).",
        ),
        "heading": Bilingual(
            sv="Parat test: {cvs} CV:n från {base} grund-CV:n, jämförda på {measure}; skillnad att kunna se: {concern}.",
            en="Paired test: {cvs} CVs from {base} base CVs, compared on {measure}; difference to be able to see: {concern}.",
        ),
        "measure.score": Bilingual(sv="poängen", en="the score"),
        "measure.rank": Bilingual(sv="rangordningen", en="the rank"),
        "measure.decision": Bilingual(sv="besluten (0/1)", en="the decisions (0/1)"),
        "found": Bilingual(
            sv="Verktyget behandlar likadana CV:n olika: minst en skillnad beror sannolikt inte på slumpen (slutkod 1).",
            en="The tool treats identical CVs differently: at least one difference is unlikely to be chance (exit code 1).",
        ),
        "none_found": Bilingual(
            sv="Ingen skillnad som sannolikt inte beror på slumpen (slutkod 0). Läs varje bedömning: för få par kan dölja en skillnad.",
            en="No difference unlikely to be chance (exit code 0). Read each verdict: too few pairs can hide a difference.",
        ),
        "saved": Bilingual(
            sv="Sparade det parade testet som körning {run_id} för {tool} (testad version: {version}).",
            en="Saved the paired test as run {run_id} of {tool} (version tested: {version}).",
        ),
        "plan": Bilingual(
            sv="För att se en medelskillnad på {difference} poäng med 80 % styrka (α = 0,05), när skillnaderna inom paren har standardavvikelsen {sd}, behövs {needed} grund-CV:n ({pairs} par per grund-CV och jämförelse).",
            en="To see a mean difference of {difference} points with 80% power (α = 0.05), when the differences within pairs have a standard deviation of {sd}, {needed} base CVs are needed ({pairs} pairs per base CV and contrast).",
        ),
        "plan_power": Bilingual(
            sv="Med {cvs} grund-CV:n är styrkan {power}.",
            en="With {cvs} base CVs the power is {power}.",
        ),
    }
)

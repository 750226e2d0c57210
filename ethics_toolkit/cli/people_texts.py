"""Messages of ``people`` and ``learning`` (issue 23), in Swedish and English; imported only when
those commands run."""

from __future__ import annotations

from ethics_toolkit.i18n.text import Bilingual

BAD_ROLE = Bilingual(
    sv="Okänd roll {role!r}: välj en av {roles} (användare, tillsynsperson, ägare, godkännare).",
    en="Unknown role {role!r}: choose one of {roles}.",
)
BAD_KIND = Bilingual(
    sv="Okänt slag {kind!r}: välj ett av {kinds} (lektion, arbetsplatsträff eller pass, extern "
    "kurs, annat).",
    en="Unknown kind {kind!r}: choose one of {kinds}.",
)
BAD_MONTHS = Bilingual(
    sv="--refresh-months {value!r} är inget antal månader: skriv ett heltal från 0 (ingen "
    "repetition) till {most}, t.ex. 12.",
    en="--refresh-months {value!r} is not a number of months: give a whole number from 0 (no "
    "refresher) to {most}, e.g. 12.",
)
LOGIN_NAME_USED = Bilingual(  # (the name kept: callers import it)
    sv="obs: inget namn angavs, så ändringen står i historiken utan namn (”ej angivet”). Ange "
    "ditt namn med --by NAMN eller ETHICS_TOOLKIT_USER.",
    en="note: no name was given, so the history records the change without one (“not stated”). "
    "Give your name with --by NAME or ETHICS_TOOLKIT_USER.",
)
PERSON_ADDED = Bilingual(
    sv="{name} finns bland personerna kring {tool} (roll: {roles}).",
    en="{name} is among the people around {tool} (role: {roles}).",
)
PERSON_REMOVED = Bilingual(
    sv="{name} är borttagen från personerna kring {tool}, med sina kompetensposter (historiken "
    "behåller att de fanns).",
    en="{name} is removed from the people around {tool}, with their competence records (the "
    "history keeps that they existed).",
)
ROLE_REMOVED = Bilingual(
    sv="{name} har nu rollen {roles} kring {tool}.",
    en="{name} now has the role {roles} around {tool}.",
)
RECORD_SAVED = Bilingual(
    sv="Registrerat för {tool}: {person} – ”{activity}” den {on}; repetition senast: {refresh}.",
    en="Recorded for {tool}: {person} – “{activity}” on {on}; refresher due: {refresh}.",
)
NO_REFRESH = Bilingual(sv="ingen", en="none")
KIT_WRITTEN = Bilingual(
    sv="Underlaget för arbetsplatsträffen om {tool} har skrivits till {path}.",
    en="The workplace-meeting kit on {tool} written to {path}.",
)
BRIEFING_WRITTEN = Bilingual(
    sv="Chefsbriefen om {tool} har skrivits till {path}.",
    en="The manager's briefing on {tool} written to {path}.",
)

"""Messages of ``due``, ``notice`` and ``report --kind active-measures`` (issue 15), in Swedish and
English; imported only when those commands run."""

from __future__ import annotations

from ethics_toolkit.i18n.text import Bilingual

NOTICE_WRITTEN = Bilingual(
    sv="Meddelandet ({kind}) för {tool} har skrivits till {path}.",
    en="Notice ({kind}) for {tool} written to {path}.",
)
NOTICE_KINDS = {
    "applicants": Bilingual(sv="till sökande", en="to applicants"),
    "representatives": Bilingual(
        sv="till arbetstagarnas företrädare", en="to workers' representatives"
    ),
}
TO_COMPLETE = Bilingual(
    sv="Att komplettera i registret (markerat i meddelandet, inget har hittats på):",
    en="To complete in the register (marked in the notice, nothing was made up):",
)
HOW_TO_COMPLETE = Bilingual(
    sv="Fyll i uppgifterna på sidan Skyldigheter i appen och skriv meddelandet igen.",
    en="Fill them in on the Duties page of the app and write the notice again.",
)
BAD_EXTENSION = Bilingual(
    sv="Kan inte avgöra formatet för {path}: ange en fil som slutar på .pdf eller .txt.",
    en="Cannot tell the format of {path}: give a file ending in .pdf or .txt.",
)
NEGATIVE_DAYS = Bilingual(
    sv="--days måste vara 0 eller fler dagar framåt (fick {days}); förfallna poster visas alltid.",
    en="--days must be 0 or more days ahead (got {days}); overdue items are always listed.",
)
BAD_DATE = Bilingual(
    sv="{value!r} är inget datum: skriv det som ÅÅÅÅ-MM-DD, t.ex. 2026-11-27.",
    en="{value!r} is not a date: write it as YYYY-MM-DD, e.g. 2026-11-27.",
)
TOOL_NEEDED = Bilingual(
    sv="report --kind tool behöver --tool NAMN (ethics-toolkit tools visar namnen).",
    en="report --kind tool needs --tool NAME (ethics-toolkit tools lists the names).",
)
YEAR_NEEDED = Bilingual(
    sv="report --kind active-measures behöver --year ÅÅÅÅ, t.ex. --year 2026.",
    en="report --kind active-measures needs --year YYYY, e.g. --year 2026.",
)
ACTIVE_MEASURES_WRITTEN = Bilingual(
    sv="Dokumentationen av aktiva åtgärder {year} har skrivits till {path} ({size} kB).",
    en="The active-measures documentation for {year} written to {path} ({size} kB).",
)

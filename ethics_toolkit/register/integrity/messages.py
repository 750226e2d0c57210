"""What ``verify`` says (issue 27), in both languages: the app, the report and the CLI say the same.

Every message says that a change was *detected* and names what changed; none claims that the
register prevents changes (the database refuses some, the chain and the rows reveal the others).
"""

from __future__ import annotations

from ethics_toolkit.i18n.text import Bilingual, Catalogue, Plural

ROW_NAMES = Catalogue(
    {
        "tool": Bilingual(sv="Verktyget {name}", en="The tool {name}"),
        "answer": Bilingual(
            sv="Svaret på checklistfrågan {item} för {tool}",
            en="The answer to checklist item {item} of {tool}",
        ),
        "risk": Bilingual(
            sv="Risken{name} (nr {id}) för {tool}", en="The risk{name} (no. {id}) of {tool}"
        ),
        "audit": Bilingual(
            sv="Biasgranskningen nr {id}{file} för {tool}",
            en="The bias audit no. {id}{file} of {tool}",
        ),
        "signoff": Bilingual(
            sv="Signeringen nr {id}{by} för {tool}", en="The sign-off no. {id}{by} of {tool}"
        ),
        "plan": Bilingual(sv="Uppföljningsplanen för {tool}", en="The monitoring plan of {tool}"),
        "task": Bilingual(sv="Uppgiften nr {id} för {tool}", en="The task no. {id} of {tool}"),
        "request": Bilingual(
            sv="Förklaringsbegäran nr {id} för {tool}",
            en="The explanation request no. {id} of {tool}",
        ),
        "paired": Bilingual(
            sv="Det parade testet nr {id} för {tool}", en="The paired test no. {id} of {tool}"
        ),
        "person": Bilingual(
            sv="Personen{name} (nr {id}) för {tool}", en="The person{name} (no. {id}) of {tool}"
        ),
        "learning": Bilingual(
            sv="Kompetensposten nr {id} för {tool}", en="The competence record no. {id} of {tool}"
        ),
        "recipe": Bilingual(
            sv="Receptet version {version} för {tool}",
            en="The recipe, version {version}, of {tool}",
        ),
        "proposal": Bilingual(  # issue 20
            sv="Det avfärdade riskförslaget{name} (nr {id}) för {tool}",
            en="The dismissed risk proposal{name} (no. {id}) of {tool}",
        ),
        "of_file": Bilingual(sv=" av {file}", en=" of {file}"),
        "by": Bilingual(sv=" av {name}", en=" by {name}"),
        "unknown_tool": Bilingual(sv="verktyg nr {id}", en="tool no. {id}"),
    }
)

ROW_EDITED = Bilingual(
    sv="{row} har ändrats utanför programmet: {detail}.",
    en="{row} was changed outside the program: {detail}.",
)
FIELD_CHANGED = Bilingual(
    sv="{field} är {now} men historiken säger {then}",
    en="{field} is {now} but the history says {then}",
)
RESULT_CHANGED = Bilingual(
    sv="resultatet är inte det som sparades", en="its result is not the one that was saved"
)
CONTENT_CHANGED = Bilingual(
    sv="innehållet är inte det som historiken (händelse {entry}) registrerade",
    en="its content is not what the history (entry {entry}) recorded",
)
ROW_MISSING = Bilingual(
    sv="{row} saknas i registret, men historiken (händelse {entry}) säger att den finns: den har "
    "tagits bort utanför programmet.",
    en="{row} is missing from the register, but the history (entry {entry}) says it exists: it "
    "was removed outside the program.",
)
ROW_EXTRA = Bilingual(
    sv="{row} finns i registret, men ingen händelse i historiken har skrivit den: den har lagts "
    "till utanför programmet.",
    en="{row} is in the register, but no history entry wrote it: it was added outside the program.",
)
ROW_EXTRA_REMOVED = Bilingual(
    sv="{row} finns i registret, men historiken (händelse {entry}) säger att den togs bort: den "
    "har lagts tillbaka utanför programmet.",
    en="{row} is in the register, but the history (entry {entry}) says it was removed: it was "
    "put back outside the program.",
)
ROW_CARRIED = Bilingual(
    sv="{row} ändrades utanför programmet innan händelse {entry} skrev den igen, så den "
    "händelsen förde ändringen vidare.",
    en="{row} was changed outside the program before entry {entry} wrote it again, so that "
    "entry carried the change on.",
)
ROW_DAMAGED = Bilingual(
    sv="{row} går inte att läsa ({detail}): den har ändrats utanför programmet.",
    en="{row} cannot be read ({detail}): it was changed outside the program.",
)

ORDER = Catalogue(
    {
        "time": Bilingual(
            sv="Händelse {id} är daterad {at}, före händelse {other} ({other_at}) som skrevs "
            "tidigare: den har lagts till i efterhand och bakåtdaterats.",
            en="Entry {id} is dated {at}, before entry {other} ({other_at}) that was written "
            "earlier: it was appended later and back-dated.",
        ),
        "future": Bilingual(
            sv="Händelse {id} är daterad {at}, i framtiden.",
            en="Entry {id} is dated {at}, in the future.",
        ),
        "sequence": Bilingual(
            sv="Händelse {id} följer på händelse {other}: numren hoppar, så händelser har lagts "
            "in utanför ordningen.",
            en="Entry {id} follows entry {other}: the numbers skip, so entries were put in out of "
            "sequence.",
        ),
        "no_origin": Bilingual(
            sv="Händelse {id} saknar uppgift om hur den kom till: den har skrivits utanför "
            "programmet.",
            en="Entry {id} does not say how it came to be: it was written outside the program.",
        ),
        "seed": Bilingual(
            sv="Händelse {id} är märkt som demoinnehåll för ett verktyg som demon inte skapade, "
            "eller efter dess första verkliga ändring: en bakåtdaterad händelse.",
            en="Entry {id} is marked as demo content of a tool the demo did not create, or after "
            "its first real change: a back-dated entry.",
        ),
        "import_unclosed": Bilingual(
            sv="Händelse {id} är märkt som importerad, men ingen import av en fil som slutar med "
            "den följer: en bakåtdaterad händelse.",
            en="Entry {id} is marked as imported, but no import of a file that ends with it "
            "follows: a back-dated entry.",
        ),
    }
)

KEY_UNSIGNED = Bilingual(
    sv="Händelse {id} saknar nyckelns signatur, fast historiken är signerad från händelse "
    "{first}: den har skrivits utan nyckeln.",
    en="Entry {id} carries no signature of the key, although the history is signed from entry "
    "{first} on: it was written without the key.",
)
KEY_INVALID = Bilingual(
    sv="Händelse {id} har en signatur som inte stämmer med nyckeln: den har skrivits utan "
    "nyckeln (förfalskad), eller så är nyckeln inte den som registret skrevs med.",
    en="Entry {id}'s signature does not match the key: it was written without the key (forged), "
    "or the key is not the one the register was written with.",
)
MORE_ENTRIES = Plural(
    one=Bilingual(sv="… och {count} händelse till.", en="… and {count} more entry."),
    other=Bilingual(sv="… och {count} händelser till.", en="… and {count} more entries."),
)

NOTES = Catalogue(
    {
        "legacy_order": Plural(
            one=Bilingual(
                sv="{count} händelse skrevs innan ordningen kontrollerades och kan inte prövas "
                "för ordning.",
                en="{count} entry was written before order checks and cannot be checked for order.",
            ),
            other=Bilingual(
                sv="{count} händelser skrevs innan ordningen kontrollerades och kan inte prövas "
                "för ordning.",
                en="{count} entries were written before order checks and cannot be checked for "
                "order.",
            ),
        ),
        "sealed": Bilingual(
            sv="Registrets rader knöts till historiken när registret uppgraderades (händelse "
            "{id}, {date}); ändringar av rader före det kan inte upptäckas i efterhand.",
            en="The register's rows were bound to the history when it was upgraded (entry {id}, "
            "{date}); changes to rows before that cannot be detected now.",
        ),
        "unbound": Plural(
            one=Bilingual(
                sv="{count} rad skrevs innan raderna knöts till historiken och kan inte prövas.",
                en="{count} row was written before rows were bound to the history and cannot be "
                "checked.",
            ),
            other=Bilingual(
                sv="{count} rader skrevs innan raderna knöts till historiken och kan inte prövas.",
                en="{count} rows were written before rows were bound to the history and cannot "
                "be checked.",
            ),
        ),
        "key_unchecked": Bilingual(
            sv="Historiken är signerad med en nyckel från händelse {first}; ange "
            "ETHICS_TOOLKIT_CHAIN_KEY (eller [integrity] chain_key i secrets.toml) för att pröva "
            "signaturerna.",
            en="The history is signed with a key from entry {first} on; set "
            "ETHICS_TOOLKIT_CHAIN_KEY (or [integrity] chain_key in secrets.toml) to check the "
            "signatures.",
        ),
        "key_unused": Bilingual(
            sv="En nyckel är angiven, men ingen händelse är signerad ännu.",
            en="A key is set, but no entry is signed yet.",
        ),
        "keyed": Bilingual(
            sv="Signerad med nyckeln från händelse {first}: varje signatur stämmer.",
            en="Signed with the key from entry {first} on: every signature matches.",
        ),
    }
)

ANCHOR = Catalogue(
    {
        "extends": Bilingual(
            sv="Registret bygger fortfarande vidare på förankringen i {source}: händelse {entry} "
            "har kvar huvudhashen {head}; {added} händelser har tillkommit sedan.",
            en="The register still extends the anchor in {source}: entry {entry} still holds "
            "the head {head}; {added} entries were added since.",
        ),
        "imported": Bilingual(
            sv="Registret bygger vidare på förankringen i {source} genom en import: händelse "
            "{entry} hade huvudhashen {head} i registret den kom från.",
            en="The register extends the anchor in {source} through an import: entry {entry} "
            "had the head {head} in the register it came from.",
        ),
        "gone": Bilingual(
            sv="Förankringen i {source} (huvudhash {head}, händelse {entry}) finns inte i "
            "registrets historik: historiken har skrivits om eller kortats efter den.",
            en="The anchor in {source} (head {head}, entry {entry}) is not in the register's "
            "history: the history was rewritten or cut off after it.",
        ),
        "broken": Bilingual(
            sv="Förankringen i {source} finns i historiken (händelse {entry}), men kedjan fram "
            "till idag är inte intakt.",
            en="The anchor in {source} is in the history (entry {entry}), but the chain up to "
            "today is not intact.",
        ),
    }
)

VERDICT = Catalogue(
    {
        "intact": Bilingual(
            sv="Historiken är verifierad ({n} händelser, kedjan obruten); varje rad och "
            "signering stämmer med historiken.",
            en="History verified ({n} entries, chain intact); every row and sign-off matches "
            "the history.",
        ),
        "altered": Plural(
            one=Bilingual(
                sv="Registret har ändrats utanför programmet: {count} ändring har upptäckts.",
                en="The register was changed outside the program: {count} alteration was detected.",
            ),
            other=Bilingual(
                sv="Registret har ändrats utanför programmet: {count} ändringar har upptäckts.",
                en="The register was changed outside the program: {count} alterations were "
                "detected.",
            ),
        ),
        "detected": Bilingual(
            sv="Ändringarna har upptäckts, inte förhindrats: uppgifterna nedan kan vara "
            "felaktiga. Jämför med en export eller rapport som förvarats utanför databasen "
            "(`ethics-toolkit verify --anchor FIL`) och kontakta den som ansvarar för databasen.",
            en="The changes were detected, not prevented: what follows may be wrong. Compare "
            "with an export or report kept outside the database (`ethics-toolkit verify "
            "--anchor FILE`) and contact whoever runs the database.",
        ),
        "anchor_line": Bilingual(
            sv="Förankring för `ethics-toolkit verify --anchor`: huvudhash {head} (händelse "
            "{entry}, {date}).",
            en="Anchor for `ethics-toolkit verify --anchor`: head hash {head} (entry {entry}, "
            "{date}).",
        ),
    }
)

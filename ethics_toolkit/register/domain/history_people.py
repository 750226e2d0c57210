"""History lines of the people around a tool and their competence records (issue 23).

Every change to people and records is stored as an event (``register/domain/history.py``'s
``@event``) with its data; this module words it in the reader's language. The signed-in identity
of a person is never written to the history: the name is enough to follow who did what.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ethics_toolkit.i18n import Lang, quoted
from ethics_toolkit.i18n.text import Bilingual, Catalogue, Plural
from ethics_toolkit.register.domain import labels
from ethics_toolkit.register.domain.people import PersonRole

PEOPLE_HISTORY_TEXTS: dict[str, Bilingual | Plural] = {
    "event.person_added": Bilingual(
        sv="Lade till{name} bland personerna kring verktyget (roll: {roles})",
        en="Added{name} to the people around the tool (role: {roles})",
    ),
    "event.person_roles": Bilingual(
        sv="Ändrade rollerna för{name} till: {roles}",
        en="Changed the roles of{name} to: {roles}",
    ),
    "event.person_identity": Bilingual(
        sv="Ändrade inloggningsidentiteten för{name}",
        en="Changed the sign-in identity of{name}",
    ),
    "event.person_removed": Bilingual(
        sv="Tog bort{name} från personerna kring verktyget, med {records}",
        en="Removed{name} from the people around the tool, with {records}",
    ),
    "people.records": Plural(
        one=Bilingual(sv="{count} kompetenspost", en="{count} competence record"),
        other=Bilingual(sv="{count} kompetensposter", en="{count} competence records"),
    ),
    "event.record_added": Bilingual(
        sv="Registrerade{name} för {person} den {on}; {refresh}",
        en="Recorded{name} for {person} on {on}; {refresh}",
    ),
    "event.record_removed": Bilingual(
        sv="Tog bort kompetensposten{name} för {person} ({on})",
        en="Removed the competence record{name} of {person} ({on})",
    ),
    "people.refresh_due": Bilingual(sv="repetition senast {due}", en="refresher due {due}"),
    "people.no_refresh": Bilingual(sv="ingen repetition", en="no refresher"),
    "people.self_check": Bilingual(
        sv=" (självtest: {correct} av {questions} rätt)",
        en=" (self-check: {correct} of {questions} right)",
    ),
}
_TEXTS = Catalogue(PEOPLE_HISTORY_TEXTS)
PEOPLE_EVENTS = ("person_", "record_")
"""The event kinds this module words (prefixes)."""


def roles_text(roles: list[str], lang: Lang) -> str:
    """``tillsynsperson, ägare``: the roles by their labels, in the enum's order."""
    named = []
    for role in roles:
        try:
            named.append(labels.label(PersonRole(role), lang).lower())
        except ValueError:
            named.append(labels.readable(str(role)).lower())
    return ", ".join(named) or "–"


def people_event_values(event: Mapping[str, Any], lang: Lang) -> dict[str, object]:
    """The placeholders of a people or record event, from its stored data."""
    texts = _TEXTS
    values: dict[str, object] = {
        "roles": roles_text(list(event.get("roles") or []), lang),
        "records": texts.text("people.records", lang, count=int(event.get("records") or 0)),
        "person": quoted(str(event.get("person") or "–"), lang),
        "on": event.get("on") or "–",
    }
    due = event.get("refresh")
    refresh = (
        texts.text("people.refresh_due", lang, due=due)
        if due
        else texts.text("people.no_refresh", lang)
    )
    if event.get("questions"):
        refresh += texts.text(
            "people.self_check", lang, correct=event.get("correct", 0), questions=event["questions"]
        )
    values["refresh"] = refresh
    return values

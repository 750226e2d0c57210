"""Who makes a change: a signed-in identity, a name stated on the command line, or a typed name.

The register keeps the person behind every history entry, sign-off, answer and decision as an
:class:`Actor`. A signed-in identity (the app in team mode, OpenID Connect) carries its e-mail
address, subject and issuer; a name given with ``--by`` or ``ETHICS_TOOLKIT_USER`` is *stated by
the command line*; a name typed into the app in single-user mode is *typed*. History and reports
say which, so a reader can tell a verified identity from a name someone entered. No SQL.

Issue 21: the OS login name is never used. A change or an audit from the CLI without ``--by``
(and without ``$ETHICS_TOOLKIT_USER``) is recorded as :data:`NOT_STATED`, which documents and the
history show as "ej angivet" / "not stated" (:func:`shown_actor`); the CLI says so on stderr.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ethics_toolkit.i18n import Lang
from ethics_toolkit.i18n.text import Bilingual, Catalogue

ENV_USER = "ETHICS_TOOLKIT_USER"
NOT_STATED = "–"
"""Stored for a person not named (the register requires a non-empty name); never a login name."""
NOT_STATED_TEXT = Bilingual(sv="ej angivet", en="not stated")
ActorVia = Literal["signed_in", "command_line", "typed"]
BY_KEY = "@by"
"""The history's reserved key for how the actor is known (``Actor.stamp``)."""


class Actor(BaseModel):
    """A person acting on the register: a name, and how the register knows it."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    name: str = Field(min_length=1, max_length=200)
    via: ActorVia = "command_line"
    email: str = Field(default="", max_length=320)
    subject: str = Field(default="", max_length=255)
    issuer: str = Field(default="", max_length=500)

    @property
    def signed_in(self) -> bool:
        return self.via == "signed_in"

    @property
    def login(self) -> str:
        """The identity roles are granted to: the e-mail address, in lower case."""
        return self.email.strip().casefold()

    def same_person(self, other: Actor) -> bool:
        """The same person, for four eyes: by identity when both signed in, else by name.

        A signed-in identity and a stated name can only be compared by name; two people of the
        same name are then treated as one (the safe side: the approval is refused).
        """
        if self.signed_in and other.signed_in:
            if self.login and other.login:
                return self.login == other.login
            return (self.issuer, self.subject) == (other.issuer, other.subject)
        return _norm(self.name) == _norm(other.name)

    def stamp(self) -> dict[str, str]:
        """What a history entry keeps besides the name (``@by``), in no language."""
        kept = {"via": self.via, "email": self.email, "sub": self.subject, "iss": self.issuer}
        return {key: value for key, value in kept.items() if value}

    @classmethod
    def from_stamp(cls, name: str, stamp: Any) -> Actor:
        """The actor of a history entry (an entry without ``@by`` was stated by name)."""
        if not isinstance(stamp, dict):
            return cls(name=name or NOT_STATED, via="command_line")
        via = stamp.get("via") if stamp.get("via") in ("signed_in", "typed") else "command_line"
        return cls(
            name=name or NOT_STATED,
            via=via,
            email=str(stamp.get("email") or ""),
            subject=str(stamp.get("sub") or ""),
            issuer=str(stamp.get("iss") or ""),
        )


def as_actor(actor: Actor | str) -> Actor:
    """A bare name (the CLI, scripts, tests) is a name stated by the command line."""
    return actor if isinstance(actor, Actor) else Actor(name=actor.strip() or NOT_STATED)


def _norm(name: str) -> str:
    return " ".join(name.split()).casefold()


TEXTS = Catalogue(
    {
        "signed_in": Bilingual(sv="{name} (inloggad, {email})", en="{name} (signed in, {email})"),
        "command_line": Bilingual(
            sv="{name} (angivet på kommandoraden)", en="{name} (stated by the command line)"
        ),
        "typed": Bilingual(sv="{name} (namn skrivet i appen)", en="{name} (name typed in the app)"),
    }
)


def actor_label(actor: Actor, lang: Lang) -> str:
    """The person as history and reports name them, with how the register knows them."""
    if not actor.signed_in and actor.name.strip() in ("", NOT_STATED):
        return NOT_STATED_TEXT.get(lang)  # nobody named: "not stated", whichever way it came
    email = actor.email or actor.subject or "?"
    return TEXTS.text(actor.via, lang, name=actor.name, email=email)


def named_actor(by: str | None = None) -> str | None:
    """The person as they entered their name: ``by`` (``--by``), else ``$ETHICS_TOOLKIT_USER``."""
    for name in (by, os.environ.get(ENV_USER)):
        if name and name.strip():
            return name.strip()
    return None


def login_name() -> str:
    """The OS account name: kept for callers that ask, never used as an actor (issue 21)."""
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in some containers
        return "unknown"


def resolve_actor(by: str | None = None) -> tuple[str, bool]:
    """Who is making a change from the CLI, and whether nobody was named.

    The name a person entered comes first (``--by``, then ``$ETHICS_TOOLKIT_USER``); without one
    the change is recorded as :data:`NOT_STATED`, and the CLI says how to give a name.
    """
    named = named_actor(by)
    return (named, False) if named else (NOT_STATED, True)


def default_actor() -> str:
    """Who is making changes from the CLI: ``$ETHICS_TOOLKIT_USER``, else :data:`NOT_STATED`."""
    return resolve_actor()[0]


def shown_actor(actor: str | None, lang: Lang) -> str:
    """A recorded name as people read it: "ej angivet" / "not stated" for nobody named."""
    if not actor or actor.strip() in ("", NOT_STATED):
        return NOT_STATED_TEXT.get(lang)
    return actor


def entry_actor_label(actor: str, changes: Mapping[str, Any], lang: Lang) -> str:
    """Who made a history entry, as history and reports show it (older entries: the name)."""
    stamp = (changes.get(BY_KEY) or [None])[-1]
    if stamp is None:
        return shown_actor(actor, lang)
    return actor_label(Actor.from_stamp(actor, stamp), lang)

"""Who makes a change from the CLI: the name given, else "not stated" (no SQL).

Issue 21: the OS login name is never used. A change or an audit without ``--by`` (and without
``$ETHICS_TOOLKIT_USER``) is recorded as :data:`NOT_STATED`, which documents and the history show
as "ej angivet" / "not stated" (:func:`shown_actor`); the CLI says so on stderr where it saves an
audit.
"""

from __future__ import annotations

import os

from ethics_toolkit.i18n import Lang
from ethics_toolkit.i18n.text import Bilingual

ENV_USER = "ETHICS_TOOLKIT_USER"
NOT_STATED = "–"
"""Stored for a person not named (the register requires a non-empty name); never a login name."""
NOT_STATED_TEXT = Bilingual(sv="ej angivet", en="not stated")


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

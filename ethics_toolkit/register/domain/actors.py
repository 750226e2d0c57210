"""Who makes a change from the CLI: the name given, else the login name (no SQL)."""

from __future__ import annotations

import os

ENV_USER = "ETHICS_TOOLKIT_USER"


def named_actor(by: str | None = None) -> str | None:
    """The person as they entered their name: ``by`` (``--by``), else ``$ETHICS_TOOLKIT_USER``."""
    for name in (by, os.environ.get(ENV_USER)):
        if name and name.strip():
            return name.strip()
    return None


def login_name() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in some containers
        return "unknown"


def resolve_actor(by: str | None = None) -> tuple[str, bool]:
    """Who is making a change from the CLI, and whether it is only the OS login name.

    The name a person entered comes first (``--by``, then ``$ETHICS_TOOLKIT_USER``). The login
    name is a last resort that callers must not use silently (issue 12): the CLI says so on
    stderr and tells how to give a name.
    """
    named = named_actor(by)
    return (named, False) if named else (login_name(), True)


def default_actor() -> str:
    """Who is making changes from the CLI: ``$ETHICS_TOOLKIT_USER``, else the login name.

    Prefer :func:`resolve_actor`, which also says when the login name was used.
    """
    return resolve_actor()[0]

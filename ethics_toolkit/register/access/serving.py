"""The two ways to run the app, chosen explicitly (issue 22), and when it must refuse to serve.

- **single-user** (``ETHICS_TOOLKIT_MODE`` unset or ``single``): one person on their own machine;
  the app listens on the loopback address only and asks for a name (no sign-in needed).
- **team** (``ETHICS_TOOLKIT_MODE=team``): sign-in with the organisation's identity provider is
  required (``[auth]`` in ``.streamlit/secrets.toml``) and the register is a PostgreSQL database.

The app asks :func:`serving_problem` before it shows anything; a problem is shown instead of the
app, with how to configure it. No Streamlit here: the app passes what it read.
"""

from __future__ import annotations

import ipaddress
from typing import Literal

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n.text import Bilingual

MODE_ENV = "ETHICS_TOOLKIT_MODE"
Mode = Literal["single", "team"]
LOOPBACK_NAMES = frozenset({"localhost"})
HOW_TO = Bilingual(
    sv="Så här gör du för ett team: lägg in [auth] (OpenID Connect) i .streamlit/secrets.toml, "
    "sätt ETHICS_TOOLKIT_MODE=team och ETHICS_TOOLKIT_DB=postgresql+psycopg://…, och ställ en "
    "omvänd proxy med TLS framför appen (README: ”Serving the app to a team”, deploy/).",
    en="For a team: put [auth] (OpenID Connect) in .streamlit/secrets.toml, set "
    "ETHICS_TOOLKIT_MODE=team and ETHICS_TOOLKIT_DB=postgresql+psycopg://…, and put a reverse "
    "proxy with TLS in front of the app (README: “Serving the app to a team”, deploy/).",
)
NOT_LOOPBACK = Bilingual(
    sv="Appen vägrar att visa registret på adressen {address} utan inloggning. I enanvändarläge "
    "lyssnar den bara på 127.0.0.1 (server.address i .streamlit/config.toml). {how}",
    en="The app refuses to serve the register on the address {address} without sign-in. In "
    "single-user mode it listens on 127.0.0.1 only (server.address in .streamlit/config.toml). "
    "{how}",
)
TEAM_NEEDS_LOGIN = Bilingual(
    sv="Teamläge (ETHICS_TOOLKIT_MODE=team) kräver inloggning, men .streamlit/secrets.toml har "
    "ingen [auth]-del. {how}",
    en="Team mode (ETHICS_TOOLKIT_MODE=team) requires sign-in, but .streamlit/secrets.toml has "
    "no [auth] section. {how}",
)
TEAM_NEEDS_POSTGRES = Bilingual(
    sv="Teamläge (ETHICS_TOOLKIT_MODE=team) kräver ett PostgreSQL-register, men registret är "
    "{url}. {how}",
    en="Team mode (ETHICS_TOOLKIT_MODE=team) requires a PostgreSQL register, but the register is "
    "{url}. {how}",
)
BAD_MODE = Bilingual(
    sv="ETHICS_TOOLKIT_MODE={mode!r} är inget läge: använd single (en person, 127.0.0.1) eller "
    "team (inloggning och PostgreSQL).",
    en="ETHICS_TOOLKIT_MODE={mode!r} is not a mode: use single (one person, 127.0.0.1) or team "
    "(sign-in and PostgreSQL).",
)


def parse_mode(value: str | None) -> Mode:
    mode = (value or "single").strip().lower()
    if mode not in ("single", "team"):
        raise UserFacingError.of(BAD_MODE, mode=value)
    return mode  # type: ignore[return-value]


def is_loopback(address: str | None) -> bool:
    """127.0.0.0/8, ::1 or localhost; an empty address means every interface, so not."""
    host = (address or "").strip().strip("[]")
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serving_problem(
    *, mode: str | None, address: str | None, login: bool, db_url: str
) -> UserFacingError | None:
    """Why the app must not serve as configured, or ``None``.

    Single-user mode serves on loopback only; team mode needs sign-in and PostgreSQL. Either
    way a non-loopback address is never served without sign-in.
    """
    try:
        chosen = parse_mode(mode)
    except UserFacingError as error:
        return error
    how = {"how": HOW_TO}
    if chosen == "team":
        if not login:
            return _with_how(TEAM_NEEDS_LOGIN, **how)
        if not db_url.startswith("postgresql"):
            return _with_how(TEAM_NEEDS_POSTGRES, url=db_url.split(":", 1)[0] + ":…", **how)
        return None
    if not is_loopback(address):
        return _with_how(NOT_LOOPBACK, address=address or "0.0.0.0", **how)
    return None


def _with_how(template: Bilingual, **values: object) -> UserFacingError:
    def text(lang: Literal["sv", "en"]) -> str:
        filled = {k: v.get(lang) if isinstance(v, Bilingual) else v for k, v in values.items()}
        return template.format(lang, **filled)

    return UserFacingError(sv=text("sv"), en=text("en"))

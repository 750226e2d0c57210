"""The decision: may this person do this to this tool? And four eyes (issue 22); no SQL.

Roles bind signed-in identities, the only ones the register can trust. A name stated on the
command line or typed in the single-user app belongs to whoever holds the register itself (its
file, or the database's credentials): roles do not bind it, but four eyes do, by name.
"""

from __future__ import annotations

from collections.abc import Iterable

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n import Lang
from ethics_toolkit.i18n.text import Bilingual, Catalogue
from ethics_toolkit.register.access.roles import (
    PERMISSIONS,
    PRIVACY_AREAS,
    AccessRole,
    Grant,
    Permission,
    permits,
)
from ethics_toolkit.register.domain.access_texts import role_label
from ethics_toolkit.register.domain.actors import Actor

__all__ = ["role_label"]  # the roles' names, for the app and the CLI

DOING = Catalogue(
    {
        "read": Bilingual(sv="läsa registret", en="read the register"),
        "edit": Bilingual(sv="ändra registret", en="change the register"),
        "privacy": Bilingual(
            sv="ändra dataskyddsuppgifterna", en="change the data protection part"
        ),
        "approve": Bilingual(
            sv="signera eller godkänna beslut", en="sign off or approve decisions"
        ),
        "administer": Bilingual(sv="administrera registret", en="administer the register"),
    }
)
NOT_ALLOWED = Bilingual(
    sv="{who} får inte {doing} för {scope}: det kräver rollen {needed}, och du har {have}. Be en "
    "administratör om rollen: ethics-toolkit access grant --user {email} --role {role}{tool_flag}",
    en="{who} may not {doing} for {scope}: that needs the role {needed}, and you have {have}. "
    "Ask an administrator for the role: ethics-toolkit access grant --user {email} --role "
    "{role}{tool_flag}",
)
NO_ROLE = Bilingual(sv="ingen roll", en="no role")
ALL_TOOLS = Bilingual(sv="alla verktyg", en="every tool")
OR = Bilingual(sv=" eller ", en=" or ")
SAME_PERSON = Bilingual(
    sv="Fyra ögon: {who} har själv föreslagit {what} och kan inte också godkänna det. En annan "
    "person med rollen godkännare måste godkänna.",
    en="Four eyes: {who} proposed {what} and cannot also approve it. Another person with the "
    "approver role has to approve.",
)
UNKNOWN_ROLE = Bilingual(
    sv="Okänd roll {role!r}. Välj en av: {roles}.",
    en="Unknown role {role!r}. Choose one of: {roles}.",
)
BAD_USER = Bilingual(
    sv="{user!r} är ingen e-postadress. Roller ges till den e-postadress som personen loggar in "
    "med, till exempel eva.holm@example.org.",
    en="{user!r} is not an e-mail address. Roles are granted to the e-mail address the person "
    "signs in with, for example eva.holm@example.org.",
)


def parse_role(value: str) -> AccessRole:
    """The role named ``value``; an unknown one is a usage error naming the five."""
    try:
        return AccessRole(value.strip().lower())
    except ValueError:
        names = ", ".join(role.value for role in AccessRole)
        raise UserFacingError.of(UNKNOWN_ROLE, role=value, roles=names) from None


def parse_user(value: str) -> str:
    """An identity roles are granted to: an e-mail address, kept in lower case."""
    user = value.strip().casefold()
    local, at, domain = user.partition("@")
    if not (at and local and domain) or any(c.isspace() for c in user) or len(user) > 320:
        raise UserFacingError.of(BAD_USER, user=value)
    return user


def roles_for(login: str, tool_id: int | None, grants: Iterable[Grant]) -> frozenset[AccessRole]:
    """The roles ``login`` holds for ``tool_id``: its grants for the tool, else its defaults."""
    mine = [grant for grant in grants if grant.user == login.casefold()]
    own = frozenset(g.role for g in mine if tool_id is not None and g.tool_id == tool_id)
    return own or frozenset(g.role for g in mine if g.tool_id is None)


def may(
    actor: Actor, permission: Permission, *, tool_id: int | None, grants: Iterable[Grant]
) -> bool:
    """Whether ``actor`` may do ``permission`` to the tool (``None``: to the register at large)."""
    if not actor.signed_in:
        return True
    return permits(roles_for(actor.login, tool_id, grants), permission)


def check(
    actor: Actor,
    permission: Permission,
    *,
    tool_id: int | None,
    grants: Iterable[Grant],
    tool_name: str | None = None,
) -> None:
    """Refuse, naming the role needed and how to get it, unless :func:`may`."""
    grants = list(grants)
    if may(actor, permission, tool_id=tool_id, grants=grants):
        return
    have = roles_for(actor.login, tool_id, grants)
    needed = [role for role in AccessRole if permission in PERMISSIONS[role]]
    tool_flag = f" --tool {tool_name!r}" if tool_name else ""

    def message(lang: Lang) -> str:
        names = OR.get(lang).join(role_label(role, lang) for role in needed)
        held = ", ".join(role_label(role, lang) for role in sorted(have)) or NO_ROLE.get(lang)
        return NOT_ALLOWED.format(
            lang,
            who=f"{actor.name} ({actor.email or actor.subject})",
            doing=DOING.text(permission.value, lang),
            scope=tool_name or ALL_TOOLS.get(lang),
            needed=names,
            have=held,
            email=actor.email or "EMAIL",
            role=needed[0].value,
            tool_flag=tool_flag,
        )

    raise UserFacingError(sv=message("sv"), en=message("en"))


def check_four_eyes(approver: Actor, proposers: Iterable[Actor], *, what: Bilingual) -> None:
    """Refuse an approval by anyone who proposed what is being approved."""
    if any(approver.same_person(proposer) for proposer in proposers):
        raise UserFacingError(
            sv=SAME_PERSON.format("sv", who=approver.name, what=what.get("sv")),
            en=SAME_PERSON.format("en", who=approver.name, what=what.get("en")),
        )


def answer_permission(area: str) -> Permission:
    """Answering a checklist item: the GDPR area is data protection, the rest is editing."""
    return Permission.privacy if area in PRIVACY_AREAS else Permission.edit

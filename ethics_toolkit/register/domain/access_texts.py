"""Words of issue 22: the access roles' names, and the history lines of roles granted and revoked
and of risk acceptances proposed and approved.

A grant's entry keeps the identity (``@subject``) and the role; a decision's entry (a risk
entry) keeps an ``@event`` of kind ``accept_propose`` or ``accept_approve``. The lines are built
from that data in the reader's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ethics_toolkit.i18n import Lang, quoted
from ethics_toolkit.i18n.text import Bilingual, Catalogue

DECISION_EVENTS = frozenset({"accept_propose", "accept_approve"})
"""Events on a risk that are decisions, with lines of their own."""
APPROVAL_EVENTS = frozenset({"accept_approve"})
"""An approval is no proposal of content: a sign-off's four eyes leave it out."""

ROLE_LABELS = Catalogue(
    {
        "reader": Bilingual(sv="läsare", en="reader"),
        "editor": Bilingual(sv="redaktör", en="editor"),
        "dpo": Bilingual(sv="dataskyddsombud", en="DPO"),
        "approver": Bilingual(sv="godkännare", en="approver"),
        "administrator": Bilingual(sv="administratör", en="administrator"),
    }
)
"""The access roles (``register/access/roles.AccessRole``) as people read them."""

TEXTS = Catalogue(
    {
        "create": Bilingual(
            sv="Gav {user} rollen {role}{scope}", en="Granted {user} the role {role}{scope}"
        ),
        "delete": Bilingual(
            sv="Tog bort rollen {role} från {user}{scope}",
            en="Revoked the role {role} from {user}{scope}",
        ),
        "default": Bilingual(sv=" för alla verktyg", en=" for every tool"),
        "accept_propose": Bilingual(
            sv="Föreslog att acceptera risken{name}", en="Proposed accepting the risk{name}"
        ),
        "accept_approve": Bilingual(
            sv="Godkände att risken{name} accepteras", en="Approved accepting the risk{name}"
        ),
    }
)


def is_decision(
    changes: Mapping[str, Any], event_key: str, kinds: frozenset[str] = DECISION_EVENTS
) -> bool:
    event = changes.get(event_key)
    return bool(event) and isinstance(event[-1], dict) and event[-1].get("kind") in kinds


def describe_access(
    action: str, changes: Mapping[str, list[Any]], subject: str | None, lang: Lang, *, tool: bool
) -> str:
    """``Gav eva@example.org rollen godkännare``."""
    old_new = changes.get("role") or [None, None]
    role = old_new[-1] if action == "create" else old_new[0]
    scope = "" if tool else TEXTS.text("default", lang)
    key = "create" if action == "create" else "delete"
    return TEXTS.text(key, lang, user=subject or "?", role=role_label(str(role), lang), scope=scope)


def describe_decision(kind: str, subject: str | None, lang: Lang) -> str:
    name = f" {quoted(subject, lang)}" if subject else ""
    return TEXTS.text(kind, lang, name=name)


def role_label(role: object, lang: Lang) -> str:
    key = str(getattr(role, "value", role))
    return ROLE_LABELS.text(key, lang) if key in ROLE_LABELS else key


ACCEPTANCE_LABELS = Catalogue(
    {
        "approved": Bilingual(sv="Accepterad och godkänd", en="Accepted and approved"),
        "awaiting_approval": Bilingual(
            sv="Inte godkänd: väntar på en godkännare", en="Not approved: awaiting an approver"
        ),
        "needs_justification": Bilingual(
            sv="Inte godkänd: motivering saknas (syfte, nödvändighet, alternativ)",
            en="Not approved: no justification (aim, necessity, alternatives)",
        ),
        "same_person": Bilingual(
            sv="Inte godkänd: föreslagen och godkänd av samma person",
            en="Not approved: proposed and approved by the same person",
        ),
        "not_recorded": Bilingual(
            sv="Inte godkänd: inget förslag och godkännande registrerat",
            en="Not approved: no proposal and approval recorded",
        ),
    }
)
"""Where an accepted risk stands (``register/domain/decisions.AcceptanceState``): every output
says "not approved" unless four eyes and, where needed, a justification are recorded."""


def acceptance_label(state: str, lang: Lang) -> str:
    return ACCEPTANCE_LABELS.text(state, lang)

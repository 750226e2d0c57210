"""The access roles, what each one permits, and a grant of a role (issue 22).

Roles are the register's, not the law's: a :class:`~ethics_toolkit.register.domain.people.Person`
may be a tool's *approver* in the AI Act's sense and hold any access role here. A role is granted
to a signed-in identity (its e-mail address) for one tool or as a default for every tool; a person
with any grant for a tool has exactly those roles there, else their default ones.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ethics_toolkit.register.domain.field_types import UTCDateTime


class AccessRole(StrEnum):
    reader = "reader"
    editor = "editor"
    dpo = "dpo"
    approver = "approver"
    administrator = "administrator"


class Permission(StrEnum):
    """What a write needs; reading needs a role of any kind."""

    read = "read"
    edit = "edit"
    """The tool's profile, checklist answers, risks and their actions, audits, duties."""
    privacy = "privacy"
    """Data protection: the GDPR checklist and explanation requests (the DPO's own work)."""
    approve = "approve"
    """Sign off the assessment and approve the acceptance of a risk (four eyes)."""
    administer = "administer"
    """Archive, restore and remove tools, import registers, grant and revoke roles."""


PERMISSIONS: dict[AccessRole, frozenset[Permission]] = {
    AccessRole.reader: frozenset({Permission.read}),
    AccessRole.editor: frozenset({Permission.read, Permission.edit, Permission.privacy}),
    AccessRole.dpo: frozenset({Permission.read, Permission.privacy}),
    AccessRole.approver: frozenset({Permission.read, Permission.approve}),
    AccessRole.administrator: frozenset(
        {Permission.read, Permission.edit, Permission.privacy, Permission.administer}
    ),
}
"""An administrator does not approve: approving is the approver's, so that whoever manages roles
cannot alone both change and approve the register (a person may hold both roles)."""

PRIVACY_AREAS = frozenset({"gdpr"})
"""Checklist areas whose answers the DPO may give (``Permission.privacy``)."""


class Grant(BaseModel):
    """One role held by one identity, for one tool (``tool_id``) or by default (``None``)."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    id: int | None = None
    user: str = Field(min_length=3, max_length=320)
    tool_id: int | None = None
    role: AccessRole
    granted_by: str = ""
    granted_at: UTCDateTime | None = None

    @field_validator("user")
    @classmethod
    def _lower(cls, value: str) -> str:
        return value.strip().casefold()


def permits(roles: set[AccessRole] | frozenset[AccessRole], permission: Permission) -> bool:
    return any(permission in PERMISSIONS[role] for role in roles)

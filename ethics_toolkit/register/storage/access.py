"""The store's access grants (issue 22): roles per tool and by default, each change in history.

Who may grant is ``register/access``'s decision (administrators; on the command line whoever holds
the database's credentials). On PostgreSQL the app's login role may only read the grants
(``db grant``): roles are given from the command line, as the tables' owner.
"""

from __future__ import annotations

from sqlalchemy import delete

from ethics_toolkit.register.access import decide
from ethics_toolkit.register.access.roles import AccessRole, Grant, Permission
from ethics_toolkit.register.domain.actors import Actor, as_actor
from ethics_toolkit.register.storage.base import StoreBase
from ethics_toolkit.register.storage.orm import AccessGrantRow, from_row, to_row_values


class AccessMixin(StoreBase):
    """Grant, revoke and list access roles; what a person may do to a tool."""

    def grants(self, *, tool_id: int | None = None, user: str | None = None) -> list[Grant]:
        """Every grant (``tool_id``: that tool's and the defaults), oldest first."""
        with self._session(write=False) as session:
            found = self._grants(session)
        if tool_id is not None:
            found = [g for g in found if g.tool_id in (None, tool_id)]
        if user is not None:
            found = [g for g in found if g.user == user.strip().casefold()]
        return found

    def roles_of(self, actor: Actor | str, tool_id: int | None) -> frozenset[AccessRole]:
        """The roles a signed-in identity holds for the tool (its own grants, else defaults)."""
        who = as_actor(actor)
        return decide.roles_for(who.login, tool_id, self.grants()) if who.signed_in else frozenset()

    def may(self, actor: Actor | str, permission: Permission, tool_id: int | None) -> bool:
        """What the app asks before it shows a control; the store asks the same when writing."""
        return decide.may(as_actor(actor), permission, tool_id=tool_id, grants=self.grants())

    def grant_role(
        self, user: str, role: AccessRole | str, *, tool_id: int | None, actor: Actor | str
    ) -> Grant:
        """Give ``user`` (an e-mail address) ``role`` for the tool, or by default; idempotent."""
        self._allow(actor, Permission.administer, tool_id)
        login, held = decide.parse_user(user), decide.parse_role(str(role))
        with self._session() as session:
            if tool_id is not None:
                self._tool_row(session, tool_id, writing=True)
            for grant in self._grants(session):
                if (grant.user, grant.tool_id, grant.role) == (login, tool_id, held):
                    return grant
            grant = Grant(
                user=login,
                tool_id=tool_id,
                role=held,
                granted_by=as_actor(actor).name,
                granted_at=self._clock(),
            )
            row = AccessGrantRow(**to_row_values(grant, AccessGrantRow))
            session.add(row)
            session.flush()
            self._log(
                session,
                actor=actor,
                tool_id=tool_id,
                entity="access",
                entity_id=login,
                action="create",
                changes={"role": [None, held.value]},
                subject=login,
            )
            return from_row(row, Grant)

    def revoke_role(
        self,
        user: str,
        role: AccessRole | str | None = None,
        *,
        tool_id: int | None,
        actor: Actor | str,
    ) -> list[Grant]:
        """Take ``role`` (every role, with ``None``) for the tool or the defaults from ``user``."""
        self._allow(actor, Permission.administer, tool_id)
        login = decide.parse_user(user)
        held = decide.parse_role(str(role)) if role is not None else None
        with self._session() as session:
            gone = [
                grant
                for grant in self._grants(session)
                if (grant.user, grant.tool_id) == (login, tool_id)
                and (held is None or grant.role == held)
            ]
            for grant in gone:
                session.execute(delete(AccessGrantRow).where(AccessGrantRow.id == grant.id))
                self._log(
                    session,
                    actor=actor,
                    tool_id=tool_id,
                    entity="access",
                    entity_id=login,
                    action="delete",
                    changes={"role": [grant.role.value, None]},
                    subject=login,
                )
            return gone

    def users_with(self, role: AccessRole, tool_id: int | None) -> list[str]:
        """The identities that hold ``role`` for the tool (own grants, else default)."""
        grants = self.grants()
        users = sorted({grant.user for grant in grants})
        return [u for u in users if role in decide.roles_for(u, tool_id, grants)]

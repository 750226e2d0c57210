"""The register's storage: with its ``store_*`` parts, the only SQL (besides ORM and migrations).

Every mutation takes the ``actor`` and appends a history entry with field-level changes in the same
transaction, so the trail can never miss a change. Tools and risks carry a ``row_version``: saving a
stale copy raises :class:`ConflictError` instead of silently overwriting a colleague's edit.

:class:`Store` is assembled from one mixin per part of the register (``store_*.py``) on
``store_base.StoreBase``; this module re-exports what callers import from the store (the actors,
the messages, the settings), so they need not know where each part lives.
"""

from __future__ import annotations

from ethics_toolkit.register.domain.actors import (
    ENV_USER,
    default_actor,
    login_name,
    named_actor,
    resolve_actor,
)
from ethics_toolkit.register.storage.access import AccessMixin
from ethics_toolkit.register.storage.audits import AuditsMixin
from ethics_toolkit.register.storage.base import (
    ENV_DB,
    MIGRATE_ATTEMPTS,
    MIGRATIONS,
    PG_LOCK_KEY,
    SQLITE_WAIT_S,
)
from ethics_toolkit.register.storage.dismissals import DismissalsMixin
from ethics_toolkit.register.storage.duties import DutiesMixin
from ethics_toolkit.register.storage.exchange import ExchangeMixin
from ethics_toolkit.register.storage.history import ROLE_NAME, HistoryMixin
from ethics_toolkit.register.storage.messages import (
    ANSWER_NEEDED,
    ANSWERED_BEFORE_RECEIVED,
    ARCHIVED,
    BAD_ROLE,
    BAD_URL,
    CONFLICT,
    DRIVER_MISSING,
    EMPTY_REGISTER,
    EXPORT_FIRST,
    FOREIGN_AUDIT,
    GAP_TITLE,
    NAME_TAKEN,
    NEWER_SCHEMA,
    NO_FOLDER,
    NO_PROPOSAL,
    NO_REQUEST,
    NO_ROLES,
    NO_TASK,
    NOT_A_REGISTER,
    NOT_FOUND,
    NOT_UPGRADED,
    ONTO_REGISTER,
    OUTCOME_NEEDED,
    PRIVATE_REQUEST_FIELDS,
    REFUSED,
    TOOL_DAMAGED,
    UNKNOWN_ITEM,
    UNKNOWN_TOOL,
    UNKNOWN_TOOL_ID,
    UNREACHABLE,
    ConflictError,
)
from ethics_toolkit.register.storage.paired import PairedMixin
from ethics_toolkit.register.storage.people import PeopleMixin
from ethics_toolkit.register.storage.recipes import RecipesMixin
from ethics_toolkit.register.storage.risks import RisksMixin
from ethics_toolkit.register.storage.tools import ToolsMixin
from ethics_toolkit.register.storage.verdicts import VerdictMixin

__all__ = [
    "ANSWERED_BEFORE_RECEIVED",
    "ANSWER_NEEDED",
    "ARCHIVED",
    "BAD_ROLE",
    "BAD_URL",
    "CONFLICT",
    "DRIVER_MISSING",
    "EMPTY_REGISTER",
    "ENV_DB",
    "ENV_USER",
    "EXPORT_FIRST",
    "FOREIGN_AUDIT",
    "GAP_TITLE",
    "MIGRATE_ATTEMPTS",
    "MIGRATIONS",
    "NAME_TAKEN",
    "NEWER_SCHEMA",
    "NOT_A_REGISTER",
    "NOT_FOUND",
    "NOT_UPGRADED",
    "NO_FOLDER",
    "NO_PROPOSAL",
    "NO_REQUEST",
    "NO_ROLES",
    "NO_TASK",
    "ONTO_REGISTER",
    "OUTCOME_NEEDED",
    "PG_LOCK_KEY",
    "PRIVATE_REQUEST_FIELDS",
    "REFUSED",
    "ROLE_NAME",
    "SQLITE_WAIT_S",
    "TOOL_DAMAGED",
    "UNKNOWN_ITEM",
    "UNKNOWN_TOOL",
    "UNKNOWN_TOOL_ID",
    "UNREACHABLE",
    "ConflictError",
    "Store",
    "default_actor",
    "login_name",
    "named_actor",
    "resolve_actor",
]


class Store(
    ToolsMixin,
    RisksMixin,
    AuditsMixin,
    DutiesMixin,
    PeopleMixin,
    HistoryMixin,
    ExchangeMixin,
    PairedMixin,
    RecipesMixin,
    VerdictMixin,
    AccessMixin,
    DismissalsMixin,
):
    """The register database. Create with :meth:`open`; every method is its own transaction."""

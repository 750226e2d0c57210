"""The register's verification (issue 13): the hash chain and every sign-off, read from the store.

What is checked is decided in :mod:`ethics_toolkit.register.integrity`; this module reads the rows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.register.domain.history_entries import HistoryCheck
from ethics_toolkit.register.domain.signoffs import SignOff
from ethics_toolkit.register.integrity.content import (
    ENTRY_UNREADABLE,
    ROWS_UNREADABLE,
    SignOffStatus,
    _filled,
    as_check,
    check_signoffs,
    missing_signoffs,
    signoff_status,
    unexplained_change,
)

if TYPE_CHECKING:
    from ethics_toolkit.register.storage.store import Store


class Verification(BaseModel):
    """Everything ``ethics-toolkit verify`` found."""

    model_config = ConfigDict(frozen=True)

    history: HistoryCheck
    total_entries: int
    signoffs_checked: int
    problems: list[Bilingual]
    changed: dict[str, SignOffStatus]

    @property
    def intact(self) -> bool:
        return self.history.intact and not self.problems


def _unreadable_detail(error: Exception) -> str:
    """The first problem of a row that cannot be read, as short as pydantic allows."""
    from pydantic import ValidationError

    if isinstance(error, ValidationError) and error.errors():
        first = error.errors()[0]
        return f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}"
    return str(error).splitlines()[0] if str(error) else type(error).__name__


def verify(store: Store) -> Verification:
    """Check the chain and every sign-off; list tools changed since their last sign-off."""
    walked = store.walk_history()
    unreadable: list[int] = []
    history = store.history(unreadable=unreadable)
    problems: list[Bilingual] = [
        _filled(ENTRY_UNREADABLE, id=entry_id)
        for entry_id in unreadable
        if entry_id != walked.broken_id  # the chain's own message names that one
    ]
    signoffs: list[SignOff] = []
    changed: dict[str, SignOffStatus] = {}
    tool_ids: set[int] = set()
    try:
        tools = store.list_tools(include_archived=True)
    except (ValueError, TypeError) as error:  # a tool row edited below the program
        problems.append(_filled(ROWS_UNREADABLE, tool="tools", detail=_unreadable_detail(error)))
        tools = []
    for tool in tools:
        try:  # the chain is walked above
            record = store.record(tool.name, check_history=False, unreadable=[])
        except (ValueError, TypeError) as error:  # a row edited below the program
            problems.append(
                _filled(ROWS_UNREADABLE, tool=tool.name, detail=_unreadable_detail(error))
            )
            continue
        if tool.id is not None:
            tool_ids.add(tool.id)
        signoffs += record.signoffs
        status = signoff_status(record)
        if status is not None and status.changed:
            changed[tool.name] = status
        unexplained = unexplained_change(tool.name, status)
        if unexplained is not None:
            problems.append(unexplained)
    problems += check_signoffs(signoffs, history, walked.hashes)
    problems += missing_signoffs(tool_ids, signoffs, history)
    return Verification(
        history=as_check(walked),
        total_entries=len(history) + len(unreadable),
        signoffs_checked=len(signoffs),
        problems=problems,
        changed=changed,
    )

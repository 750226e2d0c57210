"""Integrity widgets (issue 13): the verified-history badge, the changed-since-sign-off banner."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from ethics_toolkit.register.domain.actors import entry_actor_label
from ethics_toolkit.register.domain.history import describe
from ethics_toolkit.ui import state
from ethics_toolkit.ui.escape import md
from ethics_toolkit.ui.state import t

if TYPE_CHECKING:
    from ethics_toolkit.register.domain.tool_record import ToolRecord

CHANGES_SHOWN = 8


def history_badge(record: ToolRecord) -> None:
    """A green line when the register's hash chain is intact, a red box naming the break."""
    check = record.history_check
    if check is None:
        return
    if check.intact:
        st.markdown(f":green-badge[:material/verified: {t('history_verified', n=check.entries)}]")
    else:
        st.error(t("history_broken", id=check.broken_id), icon=":material/gpp_bad:")


def signoff_banner(record: ToolRecord) -> None:
    """When the signed-off content has changed: say so, by whom and what changed since."""
    from ethics_toolkit.register.integrity.content import signoff_status

    status = signoff_status(record)
    if status is None:
        return
    if not status.bound:
        st.caption(t("signoff_unbound"))
        return
    if not status.changed:
        return
    signoff = status.signoff
    lines = [
        t(
            "signoff_changed",
            date=signoff.signed_at.date().isoformat(),
            name=md(signoff.name),
        )
    ]
    lang = state.lang()
    for entry in status.changes[-CHANGES_SHOWN:]:
        when = entry.at.strftime("%Y-%m-%d %H:%M")
        who = entry_actor_label(entry.actor, entry.changes, lang)
        lines.append(f"- {when} {md(who)}: {md(describe(entry, lang))}")
    if not status.changes:
        lines.append(t("signoff_changed_unexplained"))
    st.warning("\n".join(lines), icon=":material/draw:")

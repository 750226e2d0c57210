"""Integrity widgets (issues 13, 21 §4, 27): the banner of an altered register on every page, the
verified-history badge, the changed-since-sign-off banner. Their words are ``verify``'s: the one
verdict (``Store.verdict``, cached per chain head and stored rows)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import streamlit as st

from ethics_toolkit.register.domain.actors import entry_actor_label
from ethics_toolkit.register.domain.history import describe
from ethics_toolkit.ui import state
from ethics_toolkit.ui.escape import md
from ethics_toolkit.ui.state import t

if TYPE_CHECKING:
    from ethics_toolkit.register.domain.tool_record import ToolRecord
    from ethics_toolkit.register.domain.verdict import IntegrityVerdict

CHANGES_SHOWN = 8


ALTERATIONS_SHOWN = 5


def _verdict_lines(verdict: IntegrityVerdict) -> list[str]:
    from ethics_toolkit.register.integrity.messages import VERDICT

    lang = state.lang()
    lines = [f"**{md(VERDICT.text('altered', lang, count=len(verdict.findings)))}**"]
    lines += [f"- {md(f.message.get(lang))}" for f in verdict.findings[:ALTERATIONS_SHOWN]]
    rest = len(verdict.findings) - ALTERATIONS_SHOWN
    if rest > 0:
        lines.append(f"- {t('integrity_more', count=rest)}")
    lines.append(md(VERDICT.text("detected", lang)))
    return lines


@contextmanager
def one_verdict_per_page() -> Iterator[None]:
    """Every part of a page (the banner, the record, the guide) shows the same verdict, read once
    (``Store.one_fingerprint``); a register that cannot be opened is the page's own error."""
    from ethics_toolkit.errors import UserFacingError

    try:
        store = state.store()
    except UserFacingError:
        yield
        return
    with store.one_fingerprint():
        yield


def register_banner() -> None:
    """On every page (``app.py``), first: the register was changed outside the program.

    Nothing is shown while the register is intact; a register that cannot be checked at all (it
    cannot be opened) is the page's own error to show.
    """
    from ethics_toolkit.errors import UserFacingError

    try:
        verdict = state.store().verdict()
    except UserFacingError:
        return
    if not verdict.intact:
        st.error("\n".join(_verdict_lines(verdict)), icon=":material/gpp_bad:")


def history_badge(record: ToolRecord) -> None:
    """A green line when the register is as its history says, a red box naming what is not."""
    from ethics_toolkit.register.integrity.messages import VERDICT

    verdict = record.verdict
    if verdict is not None:
        if verdict.intact:
            line = VERDICT.text("intact", state.lang(), n=verdict.total_entries)
            st.markdown(f":green-badge[:material/verified: {md(line)}]")
        else:
            st.error("\n".join(_verdict_lines(verdict)), icon=":material/gpp_bad:")
        return
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

"""Who is using the app and what they may do (issue 22): the serving gate, sign-in, roles.

``gate()`` runs first on every page (``app.py``): it refuses to show anything when the app is
served where it must not be (``register/access/serving``), requires sign-in when ``[auth]`` is
configured, and stops a signed-in person who holds no role. ``role_banner()`` says, at the top of
each page, which role the person holds for the tool and, for a reader, that nothing can be
changed. The decisions themselves are the register's (``state.may`` asks ``register/access``).
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

import streamlit as st

from ethics_toolkit.register.access.decide import role_label
from ethics_toolkit.register.access.roles import Permission
from ethics_toolkit.register.access.serving import MODE_ENV, serving_problem
from ethics_toolkit.ui import state
from ethics_toolkit.ui.escape import md
from ethics_toolkit.ui.state import t

if TYPE_CHECKING:
    from ethics_toolkit.register.domain.tool import AITool

_LOGGED_KEY = "_serving_refusal_logged"


def serving_refusal() -> str | None:
    """Why this app must not serve as it is configured, in the reader's language, or ``None``."""
    from ethics_toolkit.register.storage.store import Store

    try:
        address = st.get_option("server.address")
    except Exception:  # outside a configured runtime
        address = "127.0.0.1"
    problem = serving_problem(
        mode=os.environ.get(MODE_ENV),
        address=address,
        login=state.auth_configured(),
        db_url=os.environ.get(state.DB_ENV) or Store.default_url(),
    )
    return problem.message(state.lang()) if problem is not None else None


def gate() -> None:
    """Before any page: serve only as configured, signed in when required, with a role."""
    refusal = serving_refusal()
    if refusal is not None:
        if not st.session_state.get(_LOGGED_KEY):  # say it in the server's log too, once
            print(f"ethics-toolkit: {refusal}", file=sys.stderr)
            st.session_state[_LOGGED_KEY] = True
        st.title(t("app_title"))
        st.error(f"**{t('serve_refused_title')}**\n\n{md(refusal)}", icon=":material/block:")
        st.stop()
    if state.auth_configured():
        _signed_in()
        return
    who = state.known_actor()
    if who is not None:  # asked once per session by ask_name(), never a placeholder
        st.sidebar.caption(t("name_shown", name=md(who.name)))
        st.sidebar.button(
            t("name_change"), key="change_name", on_click=_forget_name, help=t("actor_help")
        )


def _signed_in() -> None:
    if not getattr(st.user, "is_logged_in", False):  # absent until the auth flow ran
        st.title(t("app_title"))
        st.info(t("auth_required"))
        st.button(t("auth_login"), on_click=st.login, type="primary")
        st.stop()
    who = state.signed_in()
    if who is None:  # the provider gave no name, e-mail or subject: nobody to credit
        st.error(t("auth_required"))
        st.button(t("auth_logout"), on_click=st.logout)
        st.stop()
    st.sidebar.caption(t("auth_identity", name=md(who.name), email=md(who.email or who.subject)))
    st.sidebar.button(t("auth_logout"), on_click=st.logout, key="logout")
    if not (who.login and state.store().grants(user=who.login)):
        st.title(t("app_title"))
        st.warning(f"**{t('access_none_title')}**", icon=":material/lock:")
        st.markdown(t("access_none", name=md(who.name), email=md(who.email or who.subject)))
        st.stop()


def _forget_name() -> None:
    st.session_state.pop(state.ACTOR_KEY, None)


def role_banner(tool: AITool | None) -> None:
    """The signed-in person's roles for the tool, and for a reader that nothing can change."""
    who = state.signed_in()
    if who is None or tool is None:
        return
    roles = state.store().roles_of(who, tool.id)
    lang = state.lang()
    shown = ", ".join(role_label(role, lang) for role in sorted(roles)) or "–"
    line = t("access_here", tool=md(tool.name), roles=shown)
    writes = (Permission.edit, Permission.privacy, Permission.approve)
    if not any(state.may(permission, tool.id) for permission in writes):
        line += " " + t("access_read_only")
    st.caption(line)


def visible(tools: list[AITool]) -> list[AITool]:
    """The tools the person may read (every tool when not signed in)."""
    return [tool for tool in tools if state.may(Permission.read, tool.id)]


def can_edit(tool: AITool | None) -> bool:
    """Whether the page's editing controls are shown for the tool (archived tools never)."""
    if tool is None:
        return state.may(Permission.edit, None)
    return not tool.archived and state.may(Permission.edit, tool.id)


def locked(tool: AITool | int | None, permission: Permission = Permission.edit) -> bool:
    """Whether a control that needs ``permission`` is switched off (archived tool, or role)."""
    tool_id = tool if isinstance(tool, int) or tool is None else tool.id
    return bool(getattr(tool, "archived", False)) or not state.may(permission, tool_id)

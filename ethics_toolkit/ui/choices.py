"""Choice widgets whose option labels are translated, keeping the choice across language switches.

Streamlit identifies a selectbox or radio choice by its *label*: after a switch from Svenska to
English the browser sends back "Automatiskt", which is no longer an option, so Streamlit resets the
widget (or, in older versions, hands the label to the page: ``KeyError: 'Automatiskt'``). Here the
chosen value lives under a language-neutral session-state key (``key``), and the widget has a key
per language (``key@sv``, ``key@en``) that is filled from it before it is drawn; a change in the
widget is copied back at once. Pages and tests read and set ``st.session_state[key]`` only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st

from ethics_toolkit.ui import state

_MISSING = object()


def widget_key(key: str) -> str:
    """The key of the widget drawn for ``key`` in the current language."""
    return f"{key}@{state.lang()}"


def _copy_back(key: str, widget: str) -> None:
    st.session_state[key] = st.session_state[widget]


def _prepare(key: str, options: Sequence[Any], default: Any) -> str:
    value = st.session_state.get(key, default)
    if value not in options:
        value = default if default in options else None
    st.session_state[key] = value
    widget = widget_key(key)
    if st.session_state.get(widget, _MISSING) != value:
        st.session_state[widget] = value
    return widget


def selectbox(
    label: str,
    options: Sequence[Any],
    *,
    key: str,
    format_func: Callable[[Any], str],
    default: Any = None,
    **kwargs: Any,
) -> Any:
    """``st.selectbox`` with translated labels; the value is ``st.session_state[key]``."""
    widget = _prepare(key, options, default if default is not None else options[0])
    return st.selectbox(
        label,
        options,
        key=widget,
        format_func=format_func,
        on_change=_copy_back,
        args=(key, widget),
        **kwargs,
    )


def radio(
    label: str,
    options: Sequence[Any],
    *,
    key: str,
    format_func: Callable[[Any], str],
    default: Any = None,
    **kwargs: Any,
) -> Any:
    """``st.radio`` with translated labels; ``default=None`` leaves it unanswered."""
    widget = _prepare(key, options, default)
    return st.radio(
        label,
        options,
        key=widget,
        format_func=format_func,
        on_change=_copy_back,
        args=(key, widget),
        **kwargs,
    )

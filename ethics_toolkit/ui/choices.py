"""Choice widgets whose option labels are translated, keeping the choice across language switches.

Streamlit identifies a selectbox or radio choice by its *label*: after a switch from Svenska to
English the browser sends back "Automatiskt", which is no longer an option, so Streamlit resets the
widget (or, in older versions, hands the label to the page: ``KeyError: 'Automatiskt'``). Here the
chosen value lives under a language-neutral session-state key (``key``), and the widget has a key
per language (``key@sv#0``, ``key@en#0``) and is drawn with the index of that value; a change in
the widget is copied back at once. Pages and tests read and set ``st.session_state[key]`` only.

The same pattern keeps a choice when the page is left (issue 20): Streamlit forgets the state of
a widget that a run does not draw, but ``key`` is plain session state, which stays for the whole
session. :func:`multiselect` and :func:`checkbox` follow it too, for that reason alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st

from ethics_toolkit.ui import state

_MISSING = object()


def widget_key(key: str) -> str:
    """The key of the widget drawn for ``key`` in the current language (and generation)."""
    return f"{key}@{state.lang()}#{st.session_state.get(_generation(key), 0)}"


def _generation(key: str) -> str:
    return f"{key}#generation"


def _copy_back(key: str, widget: str) -> None:
    st.session_state[key] = st.session_state[widget]


def _prepare(key: str, options: Sequence[Any], default: Any) -> tuple[str, int | None]:
    """The widget key and the index to draw it with.

    The widget is only ever created with the right ``index``, never given a value through its
    session state: when the value was changed by the page (a new file pre-fills the mapping), a
    new generation of the key makes a new widget. So the browser never holds a widget whose shown
    value differs from the one the page means.
    """
    value = st.session_state.get(key, default)
    if value not in options:
        value = default if default in options else None
    st.session_state[key] = value
    widget = widget_key(key)
    if st.session_state.get(widget, _MISSING) not in (_MISSING, value):
        st.session_state[_generation(key)] = st.session_state.get(_generation(key), 0) + 1
        widget = widget_key(key)
    return widget, (None if value is None else list(options).index(value))


def selectbox(
    label: str,
    options: Sequence[Any],
    *,
    key: str,
    format_func: Callable[[Any], str],
    default: Any = None,
    unset: bool = False,
    **kwargs: Any,
) -> Any:
    """``st.selectbox`` with translated labels; the value is ``st.session_state[key]``.

    ``unset``: with no ``default``, nothing is chosen until the person chooses (a question whose
    answer is never assumed); otherwise the first option is the default.
    """
    first = None if unset or not options else options[0]
    widget, index = _prepare(key, options, default if default is not None else first)
    kwargs.setdefault("placeholder", state.t("choose_option"))
    return st.selectbox(
        label,
        options,
        index=index,
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
    widget, index = _prepare(key, options, default)
    return st.radio(
        label,
        options,
        index=index,
        key=widget,
        format_func=format_func,
        on_change=_copy_back,
        args=(key, widget),
        **kwargs,
    )


def _prepare_many(key: str, options: Sequence[Any], default: Sequence[Any]) -> str:
    """The widget key of a multiselect; its values are ``st.session_state[key]`` (see
    :func:`_prepare`: a value changed by the page makes a new widget)."""
    stored = st.session_state.get(key)
    values = [v for v in (default if stored is None else stored) if v in options]
    st.session_state[key] = values
    widget = widget_key(key)
    if st.session_state.get(widget, _MISSING) not in (_MISSING, values):
        st.session_state[_generation(key)] = st.session_state.get(_generation(key), 0) + 1
        widget = widget_key(key)
    return widget


def multiselect(
    label: str,
    options: Sequence[Any],
    *,
    key: str,
    format_func: Callable[[Any], str] = str,
    default: Sequence[Any] = (),
    **kwargs: Any,
) -> list[Any]:
    """``st.multiselect`` whose values are ``st.session_state[key]`` (kept across pages)."""
    widget = _prepare_many(key, options, default)
    kwargs.setdefault("placeholder", state.t("choose_options"))
    kwargs.setdefault("select_all", False)
    return st.multiselect(
        label,
        options,
        default=st.session_state[key],
        key=widget,
        format_func=format_func,
        on_change=_copy_back,
        args=(key, widget),
        **kwargs,
    )


def checkbox(label: str, *, key: str, default: bool = False, **kwargs: Any) -> bool:
    """``st.checkbox`` whose value is ``st.session_state[key]`` (kept when the page is left)."""
    value = bool(st.session_state.get(key, default))
    st.session_state[key] = value
    widget = widget_key(key)
    if st.session_state.get(widget, _MISSING) not in (_MISSING, value):
        st.session_state[_generation(key)] = st.session_state.get(_generation(key), 0) + 1
        widget = widget_key(key)
    return st.checkbox(
        label, value=value, key=widget, on_change=_copy_back, args=(key, widget), **kwargs
    )

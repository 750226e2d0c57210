"""The smallest shared widgets: a library call guarded against user errors, a coloured marker.

Kept apart from :mod:`~ethics_toolkit.ui.components` so that every view module can use them
without importing the page-level components (which import the views).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import streamlit as st
from pydantic import ValidationError

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.ui import state
from ethics_toolkit.ui.escape import md
from ethics_toolkit.ui.state import t

T = TypeVar("T")


def show_error(error: Exception) -> None:
    """A user-fixable problem in the user's language; anything else stays a short generic note."""
    if isinstance(error, UserFacingError):
        # Messages quote what the user typed or uploaded: shown as text, never as Markdown.
        st.error(md(error.message(state.lang())), icon=":material/error:")
    elif isinstance(error, ValidationError):
        fields = ", ".join(".".join(str(p) for p in e["loc"]) or "?" for e in error.errors())
        st.error(t("validation_error", fields=md(fields)), icon=":material/error:")
    else:
        raise error


def guarded(action: Callable[[], T]) -> T | None:
    """Run a library call; show its user-facing or validation problem instead of a traceback."""
    try:
        return action()
    except (UserFacingError, ValidationError) as error:
        show_error(error)
        return None


def marker(colour: str | None, icon: str = "fiber_manual_record") -> str:
    """A coloured Material icon for Markdown (emoji need fonts many servers lack)."""
    return f":{colour or 'gray'}[:material/{icon}:]"

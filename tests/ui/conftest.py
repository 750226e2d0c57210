"""The app asks for the user's name before the first change (issue 16). Page tests that are about
something else start as a person who already said who they are (``$ETHICS_TOOLKIT_USER``, which the
app honours like the CLI); the tests of the question itself remove it."""

from __future__ import annotations

import pytest

from ethics_toolkit.ui import state

TEST_USER = "Testa Testsson"


@pytest.fixture(autouse=True)
def named_user(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(state.USER_ENV, TEST_USER)
    return TEST_USER

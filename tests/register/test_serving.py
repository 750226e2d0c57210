"""Issue 22: the two modes and when the app refuses to serve (``register/access/serving``)."""

from __future__ import annotations

import pytest

from ethics_toolkit.register.access.serving import is_loopback, serving_problem

PG = "postgresql+psycopg://app@db/ethics"
SQLITE = "sqlite:////home/x/register.sqlite3"


@pytest.mark.parametrize(
    ("address", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.0.0.53", True),
        ("localhost", True),
        ("::1", True),
        ("[::1]", True),
        ("0.0.0.0", False),
        ("", False),  # Streamlit's default: every interface
        (None, False),
        ("10.0.0.5", False),
        ("::", False),
        ("hr-app.example.org", False),
    ],
)
def test_loopback_addresses(address: str | None, loopback: bool) -> None:
    assert is_loopback(address) is loopback


@pytest.mark.parametrize(
    ("mode", "address", "login", "db", "problem"),
    [
        (None, "127.0.0.1", False, SQLITE, None),
        ("single", "127.0.0.1", True, SQLITE, None),
        (None, "0.0.0.0", False, SQLITE, "refuses to serve the register on the address 0.0.0.0"),
        ("single", "0.0.0.0", True, PG, "In single-user mode it listens on 127.0.0.1 only"),
        ("team", "0.0.0.0", True, PG, None),
        ("team", "127.0.0.1", True, PG, None),
        ("team", "0.0.0.0", False, PG, "requires sign-in, but .streamlit/secrets.toml has no"),
        ("team", "127.0.0.1", True, SQLITE, "requires a PostgreSQL register, but the register is"),
        ("teams", "127.0.0.1", True, PG, "ETHICS_TOOLKIT_MODE='teams' is not a mode"),
    ],
)
def test_single_user_serves_loopback_only_and_team_needs_sign_in_and_postgresql(
    mode: str | None, address: str, login: bool, db: str, problem: str | None
) -> None:
    found = serving_problem(mode=mode, address=address, login=login, db_url=db)
    if problem is None:
        assert found is None
        return
    assert found is not None and problem in found.en
    if "mode" not in problem:  # every refusal says how to configure a team
        assert "ETHICS_TOOLKIT_MODE=team" in found.en and "ETHICS_TOOLKIT_MODE=team" in found.sv
        assert "Serving the app to a team" in found.en and "secrets.toml" in found.sv
    assert "/home/x" not in found.en  # a path or password of the register is never shown

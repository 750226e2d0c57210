"""Opening a store: where the database lives, and clear messages when it cannot be opened."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.register.domain.actors import NOT_STATED
from ethics_toolkit.register.storage.store import ENV_DB, ENV_USER, Store, default_actor
from tests.register.factories import ACTOR, cv_screening


def test_env_var_chooses_the_database(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'env.sqlite3'}"
    monkeypatch.setenv(ENV_DB, url)
    assert Store.default_url() == url
    store = Store.open()
    store.save_tool(cv_screening(), actor=ACTOR)
    store.close()
    assert (tmp_path / "env.sqlite3").is_file()


def test_default_is_a_sqlite_file_in_the_user_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(ENV_DB, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path))
    url = Store.default_url()
    assert url.startswith("sqlite:///") and url.endswith("register.sqlite3")
    assert "ethics-toolkit" in url
    Store.open().close()  # creates the missing folder
    assert Path(url.removeprefix("sqlite:///")).is_file()


def test_a_file_database_keeps_its_content(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'deep' / 'er' / 'register.sqlite3'}"
    first = Store.open(url)
    first.save_tool(cv_screening(), actor=ACTOR)
    first.close()
    assert [t.name for t in Store.open(url).list_tools()] == ["CV-Sorter"]


def test_in_memory_sqlite_keeps_one_database_per_store() -> None:
    store = Store.open("sqlite://")
    store.save_tool(cv_screening(), actor=ACTOR)
    assert len(store.list_tools()) == 1


@pytest.mark.parametrize(
    ("url", "en", "sv"),
    [
        ("not a url", "is not a valid URL", "är ingen giltig URL"),
        ("nosuchdb://x/y", "database driver for 'nosuchdb://x/y' is not installed", "installera"),
        (
            "postgresql+psycopg://someone:secret@127.0.0.1:1/none",
            "Could not open the database postgresql+psycopg://someone:***@127.0.0.1:1/none",
            "Kunde inte öppna databasen",
        ),
    ],
)
def test_unusable_databases_get_a_clear_message(url: str, en: str, sv: str) -> None:
    with pytest.raises(UserFacingError) as info:
        Store.open(url)
    assert en in info.value.en and sv in info.value.sv
    assert "secret" not in info.value.en


def test_an_uncreatable_folder_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(UserFacingError, match="Cannot create the folder"):
        Store.open(f"sqlite:///{blocker / 'sub' / 'db.sqlite3'}")


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    store = Store.open(url)
    with store.engine.begin() as connection:
        connection.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    store.close()
    with pytest.raises(UserFacingError, match="written by a newer ethics-toolkit"):
        Store.open(url)


def test_default_actor_prefers_the_configured_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_USER, "Maria Lind")
    assert default_actor() == "Maria Lind"
    monkeypatch.delenv(ENV_USER)
    monkeypatch.setenv("USER", "mlind")
    monkeypatch.setenv("LOGNAME", "mlind")
    assert default_actor() == NOT_STATED  # never the login name (issue 21)

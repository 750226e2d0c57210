"""Issue 27 §5: the keyed chain. With a key kept outside the database, every entry is signed, so a
database role without the key (the app's own, or anyone who took its password) cannot add an entry
that verify accepts."""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path

import pytest

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.register.integrity import keys
from ethics_toolkit.register.integrity.messages import KEY_INVALID, KEY_UNSIGNED, NOTES
from ethics_toolkit.register.storage.store import Store
from ethics_toolkit.register.storage.verify import verify
from tests.register.conftest import StoreFactory
from tests.register.factories import ACTOR, cv_screening, filled_store

KEY = b"a key kept in secrets.toml, not in the database"


def test_the_signature_is_hmac_sha256_of_the_entry_hash() -> None:
    digest = "ab" * 32
    expected = hmac.new(KEY, digest.encode("ascii"), hashlib.sha256).hexdigest()
    assert keys.mac_of(KEY, digest) == expected


def test_every_entry_is_signed_and_verify_checks_the_signatures(
    make_store: StoreFactory,
) -> None:
    store = make_store()
    store.chain_key = KEY
    filled_store(store)
    entries = store.history()
    assert all(e.mac == keys.mac_of(KEY, e.hash or "") for e in entries)
    result = verify(store)
    assert result.intact and result.keyed_since == entries[0].id
    assert NOTES.text("keyed", "en", first=entries[0].id) in [n.en for n in result.notes]


def test_an_entry_written_without_the_key_is_named(make_store: StoreFactory) -> None:
    store = make_store()
    store.chain_key = KEY
    filled_store(store)
    store.chain_key = None  # the app's database role, without the secret
    store.save_tool(cv_screening(name="Slipped in"), actor="Mallory")
    forged = store.history()[-1]
    assert forged.mac is None and store.walk_history().intact  # the chain alone cannot tell
    store.chain_key = KEY
    result = verify(store)
    assert not result.intact
    first = store.history()[0].id
    assert [f.message.en for f in result.findings] == [
        KEY_UNSIGNED.format("en", id=forged.id, first=first)
    ]


def test_a_wrong_key_is_named_and_no_key_is_said(make_store: StoreFactory) -> None:
    store = make_store()
    store.chain_key = KEY
    filled_store(store)
    store.chain_key = b"another key, also long enough"
    result = verify(store)
    assert not result.intact
    assert result.findings[0].message.en == KEY_INVALID.format("en", id=1, first=1)
    store.chain_key = None  # without a key the signatures cannot be checked: said, not failed
    result = verify(store)
    assert result.intact
    assert NOTES.text("key_unchecked", "en", first=1) in [n.en for n in result.notes]


def test_the_key_comes_from_the_environment_or_secrets_toml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert keys.configured_key({}) is None
    assert keys.configured_key({keys.ENV_KEY: "k" * 20}) == b"k" * 20
    secrets = tmp_path / ".streamlit" / "secrets.toml"
    secrets.parent.mkdir()
    secrets.write_text('[integrity]\nchain_key = "from the secrets file"\n', encoding="utf-8")
    assert keys.configured_key({}) == b"from the secrets file"
    with pytest.raises(UserFacingError, match="at least 16"):
        keys.configured_key({keys.ENV_KEY: "short"})
    store = Store.open("sqlite:///:memory:")  # opened with the configured key
    assert store.chain_key == b"from the secrets file"
    store.save_tool(cv_screening(), actor=ACTOR)
    assert store.history()[0].mac == keys.mac_of(store.chain_key, store.history()[0].hash or "")

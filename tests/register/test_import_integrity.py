"""Issue 13 §3: import never rewrites the past (the observed edited and forged exports)."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.register.domain.history import describe
from ethics_toolkit.register.integrity.content import signoff_status
from ethics_toolkit.register.storage import exchange_file
from ethics_toolkit.register.storage.exchange_checks import NO_HEAD
from ethics_toolkit.register.storage.exchange_file import MAX_DEPTH, TOO_DEEP, TOO_LARGE, load_text
from ethics_toolkit.register.storage.exchange_validation import (
    CHAIN_BROKEN_FILE,
    HEAD_MISMATCH,
    VERSION,
    validate,
)
from ethics_toolkit.register.storage.store import Store
from tests.register.conftest import StoreFactory
from tests.register.factories import ACTOR, cv_screening, filled_store


@pytest.fixture(scope="module")
def exported() -> dict[str, Any]:
    store = Store.open("sqlite://")
    filled_store(store)  # ends with Eva Holm's sign-off
    gone = store.save_tool(cv_screening(name="Gone"), actor=ACTOR)
    store.delete_tool(gone.name, actor=ACTOR, export=store.export_json())
    document = store.export_json()
    store.close()
    return document


def _refused(store: Store, document: object) -> UserFacingError:
    before = (store.list_tools(), store.history())
    with pytest.raises(UserFacingError) as info:
        store.import_json(copy.deepcopy(document))
    assert (store.list_tools(), store.history()) == before  # nothing half-done
    return info.value


def test_an_edited_signer_is_refused(store: Store, exported: dict[str, Any]) -> None:
    document = copy.deepcopy(exported)
    document["tools"][0]["signoffs"][0]["name"] = "Mallory"
    error = _refused(store, document)
    # Issue 27: every row is checked against the file's history, which names the field.
    assert error.en.startswith("The file does not match its own history (")
    assert "before the export): The sign-off no. 1" in error.en
    assert "Name is “Mallory” but the history says “Eva Holm”" in error.en


def test_edited_risk_titles_are_refused(store: Store, exported: dict[str, Any]) -> None:
    document = copy.deepcopy(exported)
    for risk in document["tools"][0]["risks"]:
        risk["title"] = "Nothing to worry about"
    error = _refused(store, document)
    assert error.en.startswith("The file does not match its own history (")
    assert "before the export): The risk " in error.en
    assert "Title is “Nothing to worry about” but the history says “Indirect" in error.en


def _signed_on(document: dict[str, Any]) -> str:
    return document["tools"][0]["signoffs"][0]["signed_at"][:10]


def test_an_edited_history_entry_breaks_the_files_chain(
    store: Store, exported: dict[str, Any]
) -> None:
    document = copy.deepcopy(exported)
    entry = document["tools"][0]["history"][2]
    entry["actor"] = "Someone else"
    error = _refused(store, document)
    assert error.en == CHAIN_BROKEN_FILE.format("en", id=entry["id"])


def test_a_rewritten_head_is_refused(store: Store, exported: dict[str, Any]) -> None:
    document = copy.deepcopy(exported)
    document["head_hash"] = "0" * 63 + "1"
    assert _refused(store, document).en == HEAD_MISMATCH.get("en")


def test_an_orphan_entry_cannot_attach_backdated_history_to_a_tool(
    make_store: StoreFactory, exported: dict[str, Any]
) -> None:
    # The observed attack: a top-level entry with tool_id 0, which the id shift turned into an
    # existing tool's id ("88 changes between 2020-01-01 and ...").
    target = make_store()
    filled_store(target)
    forged = copy.deepcopy(exported)
    forged["tools"][0]["name"] = "Second"
    entry = {**forged["tools"][0]["history"][0], "id": 500, "tool_id": 0}
    forged["history"].append({**entry, "at": "2020-01-01T00:00:00Z"})
    error = _refused(target, forged)
    assert "history entry 500 belongs to tool 0, which is not a tool deleted in this file" in (
        error.en
    )
    # An entry claiming to belong to a tool of the file, at top level, is refused too.
    forged["history"][-1]["tool_id"] = forged["tools"][0]["id"]
    assert "which is not a tool deleted in this file" in _refused(target, forged).en


@pytest.mark.parametrize(
    ("where", "value"),
    [("tool", -1), ("tool", 0), ("risk", -5), ("audit", 0), ("signoff", -2), ("history", 0)],
)
def test_non_positive_ids_are_refused(
    store: Store, exported: dict[str, Any], where: str, value: int
) -> None:
    document = copy.deepcopy(exported)
    tool = document["tools"][0]
    target = {
        "tool": tool,
        "risk": tool["risks"][0],
        "audit": tool["audits"][0],
        "signoff": tool["signoffs"][0],
        "history": document["history"][0],
    }[where]
    target["id"] = value
    assert "not a positive number" in _refused(store, document).en


@pytest.mark.parametrize("version", [True, "1", 1.0, None, [1]])
def test_schema_versions_must_be_the_integer_1(
    store: Store, exported: dict[str, Any], version: object
) -> None:
    document = {**copy.deepcopy(exported), "schema_version": version}
    error = _refused(store, document)
    assert error.en == VERSION.format("en", found=json.dumps(version), expected=1)


def test_deep_json_gets_a_clear_message_not_a_recursion_error() -> None:
    depth = 20_000
    text = '{"schema_version": 1, "tools": ' + "[" * depth + "]" * depth + "}"
    with pytest.raises(UserFacingError) as info:
        load_text(text)
    assert info.value.en == TOO_DEEP.format("en", limit=MAX_DEPTH)
    moderately = json.loads('{"tools": ' + "[" * 100 + "]" * 100 + "}")  # parses, too deep
    with pytest.raises(UserFacingError) as info:
        validate(moderately)
    assert info.value.en == TOO_DEEP.format("en", limit=MAX_DEPTH)


def test_huge_files_are_refused_before_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exchange_file, "MAX_BYTES", 1000)
    with pytest.raises(UserFacingError) as info:
        load_text(b" " * 2048)
    assert info.value.en == TOO_LARGE.format("en", size=0, limit=0)


def test_import_appends_the_files_history_and_says_where_it_came_from(
    make_store: StoreFactory, exported: dict[str, Any]
) -> None:
    target = make_store()
    filled_store(target)
    target.save_tool(target.get_tool("CV-Sorter").model_copy(update={"name": "Local"}), actor=ACTOR)
    before = target.history()
    names = target.import_json(copy.deepcopy(exported), source="team.json", actor="Kim")
    assert names == ["CV-Sorter"]
    after = target.history()
    assert after[: len(before)] == before  # the target's own past is untouched
    added = after[len(before) :]
    assert len(added) == len(exported["tools"][0]["history"]) + len(exported["history"]) + 1
    last = added[-1]
    assert (last.actor, last.entity, last.tool_id) == ("Kim", "tool", 2)
    assert last.changes["imported_from"] == [None, "team.json"]
    assert last.changes["export_head_hash"] == [None, exported["head_hash"]]
    assert describe(last, "en").startswith(
        "Imported the tool “CV-Sorter” from “team.json”, exported at "
    )
    assert target.walk_history().intact
    # The deleted tool's trail came along without attaching to any tool of the target.
    assert {h.tool_id for h in added[:-1]} == {2, 3}
    assert [t.id for t in target.list_tools()] == [2, 1]  # CV-Sorter, Local: 3 stays the gone one
    assert not signoff_status(target.record("CV-Sorter")).changed


def test_a_file_without_a_head_hash_is_refused(store: Store, exported: dict[str, Any]) -> None:
    """Issue 27: a file whose head cannot be checked is refused (before issue 13 such files were
    imported and labelled "no hash chain"; the issue makes a missing head_hash an error)."""
    document = copy.deepcopy(exported)
    document.pop("head_hash")
    for tool in document["tools"]:
        for entry in tool["history"]:
            entry.pop("hash")
        for signoff in tool["signoffs"]:
            signoff.pop("content_hash"), signoff.pop("head_hash")
    for entry in document["history"]:
        entry.pop("hash")
    assert _refused(store, document).en == NO_HEAD.get("en")


def test_stripping_the_hashes_does_not_pass_an_edited_file_as_an_older_one(
    store: Store, exported: dict[str, Any]
) -> None:
    """Its sign-offs still record content and head hashes, which only chained registers write:
    the file is not from before hash chains, its hashes were removed (here, to hide an edit)."""
    document = copy.deepcopy(exported)
    document.pop("head_hash")
    for entry in [h for t in document["tools"] for h in t["history"]] + document["history"]:
        entry.pop("hash")
    document["tools"][0]["risks"][0]["title"] = "Nothing to worry about"
    assert _refused(store, document).en == NO_HEAD.get("en")
    document["head_hash"] = exported["head_hash"]  # with the head back, the chain is broken
    error = _refused(store, document)
    first = min(h["id"] for t in document["tools"] for h in t["history"] + document["history"])
    assert error.en == CHAIN_BROKEN_FILE.format("en", id=first)


def test_a_sign_off_cut_out_of_the_file_is_refused(store: Store, exported: dict[str, Any]) -> None:
    document = copy.deepcopy(exported)
    signoff = document["tools"][0]["signoffs"].pop()
    entry = next(
        h
        for h in document["tools"][0]["history"]
        if h["entity"] == "signoff" and h["entity_id"] == str(signoff["id"])
    )
    error = _refused(store, document)
    assert (
        f"The sign-off no. {signoff['id']} of “CV-Sorter” is missing from the register, but the "
        f"history (entry {entry['id']}) says it exists" in error.en
    )


@pytest.mark.parametrize("where", ["tool", "risk", "audit", "signoff", "history", "tool_id"])
def test_booleans_are_not_ids(store: Store, exported: dict[str, Any], where: str) -> None:
    """JSON ``true`` would pass as the id 1 (as ``schema_version: true`` would as version 1)."""
    document = copy.deepcopy(exported)
    tool = document["tools"][0]
    target, key = {
        "tool": (tool, "id"),
        "risk": (tool["risks"][0], "id"),
        "audit": (tool["audits"][0], "id"),
        "signoff": (tool["signoffs"][0], "id"),
        "history": (tool["history"][0], "id"),
        "tool_id": (tool["answers"][0], "tool_id"),
    }[where]
    target[key] = True
    assert f"{key} true is not a number" in _refused(store, document).en

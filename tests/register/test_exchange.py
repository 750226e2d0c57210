"""Export -> import round trips, imports into a used database, and refused files."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.register.storage.exchange_file import NOT_JSON
from ethics_toolkit.register.storage.exchange_format import EXPORT_SCHEMA_VERSION
from ethics_toolkit.register.storage.exchange_validation import VERSION
from ethics_toolkit.register.storage.store import Store
from tests.register.conftest import StoreFactory
from tests.register.factories import ACTOR, cv_screening, filled_store


def _without_time(document: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k != "exported_at"}


def _counts(store: Store) -> tuple[int, ...]:
    tools = store.list_tools()
    ids = [t.id for t in tools if t.id is not None]
    return (
        len(tools),
        sum(len(store.answers(i)) for i in ids),
        sum(len(store.risks(i)) for i in ids),
        sum(len(store.audit_runs(i)) for i in ids),
        len(store.history()),
    )


def test_export_import_export_is_identical(make_store: StoreFactory) -> None:
    source = make_store()
    tool = filled_store(source)
    gone = source.save_tool(cv_screening(name="Gone"), actor=ACTOR).name
    source.delete_tool(gone, actor=ACTOR, export=source.export_json())
    first = source.export_json()
    assert first["schema_version"] == EXPORT_SCHEMA_VERSION
    assert [t["name"] for t in first["tools"]] == [tool.name]
    exported = first["tools"][0]
    assert {"answers", "risks", "audits", "signoffs", "history"} <= exported.keys()
    assert exported["risks"][0]["inherent_score"] == 12
    # The deleted tool: created, archived (issue 27: removed only archived and logged), removed.
    assert [h["action"] for h in first["history"]] == ["create", "update", "delete"]
    target = make_store()
    target.import_json(json.loads(json.dumps(first)), source="first.json")  # real JSON text
    second = target.export_json()
    # The same register, chain and head, plus one entry saying where the tool came from.
    *kept, imported = second["tools"][0].pop("history")
    assert kept == first["tools"][0].pop("history")
    assert imported["changes"]["imported_from"] == [None, "first.json"]
    assert imported["changes"]["export_head_hash"] == [None, first["head_hash"]]
    assert second.pop("head_hash") == imported["hash"] != first.pop("head_hash")
    assert second.pop("head_entry") == imported["id"] == first.pop("head_entry") + 1
    assert _without_time(second) == _without_time(first)
    copied, original = target.record(tool.name), source.record(tool.name)
    assert copied.history[:-1] == original.history
    unchecked = {"history": [], "history_check": None, "verdict": None}
    assert copied.model_copy(update=unchecked) == original.model_copy(update=unchecked)


def test_import_into_a_used_database_shifts_ids_and_keeps_links(make_store: StoreFactory) -> None:
    source = make_store()
    filled_store(source)
    document = source.export_json()
    target = make_store()
    filled_store(target)
    target.save_tool(target.get_tool("CV-Sorter").model_copy(update={"name": "Local"}), actor=ACTOR)
    before = _counts(target)
    target.import_json(document)
    after = _counts(target)
    # Every entry of the file, and one for the imported tool.
    assert after == (*(2 * n for n in before[:4]), before[4] + len(source.history()) + 1)
    imported = target.get_tool("CV-Sorter")
    assert imported.id == 2
    (run,) = target.audit_runs(2)
    risks = target.risks(2)
    assert run.id == 2 and risks[0].audit_run_id == 2 and {r.id for r in risks} == {3, 4}
    assert {h.tool_id for h in target.history(2)} == {2}
    assert target.history(2)[0].entity_id == "2"
    # New rows continue after the imported ids (the PostgreSQL sequences were moved on).
    assert target.save_tool(cv_screening(name="Next"), actor=ACTOR).id == 3


def _broken(change: str) -> dict[str, Any] | str:
    store = Store.open("sqlite://")
    filled_store(store)
    document = store.export_json()
    store.close()
    tool = document["tools"][0]
    if change == "not json":
        return "{not json"
    if change == "missing name":
        del tool["name"]
    elif change == "bad score":
        tool["risks"][0]["likelihood"] = 9
    elif change == "dangling audit link":
        tool["risks"][0]["audit_run_id"] = 99
    elif change == "wrong tool_id":
        tool["answers"][0]["tool_id"] = 7
    elif change == "duplicate tool":
        document["tools"].append(copy.deepcopy(tool))
    elif change == "not a register":
        return json.dumps([1, 2, 3])
    return document


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("not json", "The file is not JSON"),
        ("not a register", "document: Input should be a valid dictionary"),
        ("missing name", "tools.0.name: Field required"),
        ("bad score", "tools.0.risks.0.likelihood: Input should be less than or equal to 5"),
        ("dangling audit link", "links audit run 99"),
        ("wrong tool_id", "answer of tool 'CV-Sorter' has tool_id 7"),
        ("duplicate tool", "tool name 'CV-Sorter' appears twice"),
    ],
)
def test_invalid_files_are_refused_and_nothing_is_imported(
    store: Store, change: str, message: str
) -> None:
    store.save_tool(cv_screening(name="Existing"), actor=ACTOR)
    before = store.export_json()
    with pytest.raises(UserFacingError) as info:
        store.import_json(_broken(change))
    assert message in info.value.en
    assert "nothing was imported" in info.value.en and "inget importerades" in info.value.sv
    assert _without_time(store.export_json()) == _without_time(before)


def test_names_already_in_the_database_refuse_the_whole_import(make_store: StoreFactory) -> None:
    source = make_store()
    filled_store(source)
    source.save_tool(cv_screening(name="Second"), actor=ACTOR)
    target = make_store()
    target.save_tool(cv_screening(name="Second"), actor=ACTOR)
    before = _counts(target)
    with pytest.raises(UserFacingError, match="already has tools named 'Second'"):
        target.import_json(source.export_json())
    assert _counts(target) == before  # CV-Sorter was not imported either


def test_a_failing_insert_rolls_back_everything(store: Store) -> None:
    source = Store.open("sqlite://")
    filled_store(source)
    other = source.save_tool(cv_screening(name="Unsigned"), actor=ACTOR)
    assert other.id is not None
    source.answer(other.id, source.answers(1)[0].item_id, "yes", actor=ACTOR)
    document = source.export_json()
    # Passes validation (the unsigned tool's content binds no sign-off), but the database refuses
    # the second answer to the same item after the first tool was inserted: all must roll back.
    answers = document["tools"][1]["answers"]
    answers.append(dict(answers[0]))
    before = _counts(store)
    with pytest.raises(UserFacingError, match="nothing was imported"):
        store.import_json(document)
    assert _counts(store) == before


def test_newer_schema_version_is_refused(store: Store) -> None:
    with pytest.raises(UserFacingError) as info:
        store.import_json(
            {"schema_version": 99, "exported_at": "2026-01-01T00:00:00Z", "tools": []}
        )
    assert info.value.en == VERSION.format("en", found=99, expected=EXPORT_SCHEMA_VERSION)


def test_not_json_message_names_the_problem() -> None:
    from ethics_toolkit.register.storage.exchange_file import load_text

    with pytest.raises(UserFacingError) as info:
        load_text(b"{oops")
    assert info.value.en.startswith(NOT_JSON.en.split("{")[0])

"""Issue 27's tamper suite, at the register: every case of the issue, SQLite and PostgreSQL, after
and before later recorded changes. ``verify`` names each; the database's guards refuse each one
that a database role without the owner's rights could try; an edited export is refused; a signed
tool imported into a register that already has tools stays verifiable.

The same cases through the app and the PDF: ``tests/ui/test_tamper_agreement.py``.
"""

from __future__ import annotations

import copy
import gzip
import json
from datetime import UTC, datetime
from typing import Any

import pytest
import sqlalchemy as sa

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.register.integrity import chain
from ethics_toolkit.register.integrity.content import signoff_status
from ethics_toolkit.register.storage.verify import verify
from tests.register.conftest import StoreFactory
from tests.register.factories import ACTOR, filled_store
from tests.register.tamper import tamper
from tests.register.tamper_cases import (
    CASE_NAMES,
    CASES,
    ORDERS,
    TOOL,
    Order,
    recorded_change,
    tampered,
    tampering_register,
)


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("name", CASE_NAMES)
def test_verify_names_every_case(make_store: StoreFactory, name: str, order: Order) -> None:
    case = next(c for c in CASES if c.name == name)
    store = make_store()
    tampered(store, case, order)
    result = verify(store)
    assert not result.intact
    said = [finding.message.en for finding in result.findings]
    assert any(case.said in text for text in said), said
    assert store.verdict().findings == result.findings  # the cached verdict is verify's


def test_an_intact_register_stays_intact_through_later_changes(make_store: StoreFactory) -> None:
    store = make_store()
    tampering_register(store)
    recorded_change(store, "risk_update")
    store.delete_tool("Other", actor=ACTOR, export=store.export_json(), export_file="x.json")
    result = verify(store)
    assert result.intact, [f.message.en for f in result.findings]
    record = store.record(TOOL)
    bound = 1 + len(record.answers) + len(record.audits) + len(record.risks) + 1 + len(record.tasks)
    assert result.rows_checked == bound  # every row of the tool, and none of the removed one


GUARDED = [n for n in CASE_NAMES if n not in ("risk_update", "inserted_signoff")]
"""Risks are updated by the program, and sign-offs inserted: there verify names the forgery."""


@pytest.mark.parametrize("name", GUARDED)
def test_the_database_refuses_what_its_guards_cover(make_store: StoreFactory, name: str) -> None:
    """Whoever connects (the app's role included): sign-offs and audit runs are never changed,
    a sign-off or a tool is removed only by the logged removal, history only grows in order."""
    case = next(c for c in CASES if c.name == name)
    store = make_store()
    tampering_register(store)
    statement = case.statement(store)
    before = verify(store)
    with pytest.raises(sa.exc.DatabaseError), store.engine.begin() as connection:
        connection.exec_driver_sql(statement)
    assert verify(store).findings == before.findings == []


def test_an_entry_dated_in_the_past_is_refused_by_the_database(make_store: StoreFactory) -> None:
    store = make_store()
    tampering_register(store)
    last = store.history()[-1]
    values = {"id": (last.id or 0) + 1, "at": datetime(2020, 1, 1, tzinfo=UTC)}
    refused = pytest.raises(sa.exc.DatabaseError, match="appended in order")
    with refused, store.engine.begin() as connection:
        connection.execute(
            sa.text(
                "INSERT INTO history (id, at, actor, tool_id, entity, entity_id, action, "
                "changes, summary, origin, hash) VALUES (:id, :at, 'Eve', 1, 'tool', '1', "
                "'update', '{}', '', 'live', :hash)"
            ),
            {**values, "hash": "f" * 64},
        )
    assert verify(store).intact


# -- exports edited the same way ---------------------------------------------------------------


def _edited(document: dict[str, Any], name: str) -> dict[str, Any]:
    """The export with case ``name`` done to the file instead of the database."""
    edited = copy.deepcopy(document)
    tool = next(t for t in edited["tools"] if t["name"] == TOOL)
    if name == "forged_signoff":
        tool["signoffs"][0]["name"] = "CEO Forged"
    elif name == "inserted_signoff":
        tool["signoffs"].append({**tool["signoffs"][0], "id": 99, "name": "CEO Forged"})
    elif name == "deleted_signoff":
        tool["signoffs"].clear()
    elif name == "risk_update":
        tool["risks"][0].update(likelihood=1, severity=1)
    elif name == "audit_result":
        for analysis in tool["audits"][0]["result"]["analyses"]:
            for group in analysis["groups"]:
                if not group.get("is_reference"):
                    group.update(impact_ratio=0.95, adverse_impact=False)
    elif name == "delete_tool":
        edited["tools"] = [t for t in edited["tools"] if t["name"] != TOOL]
    elif name == "backdated_entry":  # a well-formed entry, the chain and head recomputed
        entries = sorted(
            [h for t in edited["tools"] for h in t["history"]] + edited["history"],
            key=lambda h: h["id"],
        )
        last = entries[-1]
        entry = {
            "id": last["id"] + 1, "at": "2020-01-01T00:00:00Z", "actor": "Eva Holm",
            "tool_id": tool["id"], "entity": "tool", "entity_id": str(tool["id"]),
            "action": "update", "changes": {"purpose": ["", "Approved in 2020"]}, "summary": "",
            "origin": "live",
        }  # fmt: skip
        entry["hash"] = chain.entry_hash(
            {**entry, "at": datetime(2020, 1, 1, tzinfo=UTC)}, last["hash"]
        )
        tool["history"].append(entry)
        edited["head_hash"], edited["head_entry"] = entry["hash"], entry["id"]
    return edited


@pytest.mark.parametrize("name", CASE_NAMES)
def test_an_export_edited_the_same_way_is_refused(make_store: StoreFactory, name: str) -> None:
    source = make_store()
    tampering_register(source)
    recorded_change(source, name)
    document = json.loads(json.dumps(source.export_json()))
    target = make_store()
    target.import_json(copy.deepcopy(document))  # the unedited file imports
    fresh = make_store()
    with pytest.raises(UserFacingError) as refused:
        fresh.import_json(_edited(document, name))
    assert "Nothing was imported" in refused.value.en or "nothing was imported" in refused.value.en
    assert fresh.list_tools() == [] and fresh.history() == []


# -- import into a register that already has tools (item 7) ------------------------------------


def test_a_signed_tool_imported_into_a_used_register_stays_verifiable(
    make_store: StoreFactory,
) -> None:
    source = make_store()
    filled_store(source)
    document = source.export_json()
    target = make_store()
    tampering_register(target)
    target.save_tool(
        target.get_tool(TOOL).model_copy(update={"name": "Local"}), actor=ACTOR
    )  # the name is free again
    target.import_json(document, source="other-register.json")
    result = verify(target)
    assert result.intact, [f.message.en for f in result.findings]
    imported = target.record("CV-Sorter")
    status = signoff_status(imported)
    assert status is not None and status.bound and not status.changed
    # The sign-off recorded the head of the register it was made in; that head is known here
    # as the hash its entry had there (ids and chain mapped).
    (signoff,) = imported.signoffs
    assert signoff.head_hash in {s for e in target.history() for s in (e.sources or "").split()}
    # Tampering with the imported tool afterwards is named like any other.
    recorded_change(target, "risk_update")
    assert verify(target).intact
    tamper(target, f"UPDATE signoffs SET name = 'CEO Forged' WHERE id = {signoff.id}")
    assert any("CEO Forged" in f.message.en for f in verify(target).findings)


def test_the_old_fixture_imports_into_a_used_register_and_verifies(
    make_store: StoreFactory,
) -> None:
    """The demo exported by an earlier version (before row binding) imports beside other tools."""
    from tests.register.test_integrity import OLD_EXPORT

    target = make_store()
    tampering_register(target)
    target.import_json(json.loads(gzip.decompress(OLD_EXPORT.read_bytes())), source="old.json")
    result = verify(target)
    assert result.intact, [f.message.en for f in result.findings]

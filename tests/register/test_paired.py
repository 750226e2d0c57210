"""A paired test in the register (issue 24): saved with its design and aggregates only, in the
tool's record and history, exported and imported with the tool, removed with it."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from ethics_toolkit.engine.paired.analysis import analyse
from ethics_toolkit.register.domain.history import describe
from ethics_toolkit.register.storage.store import Store
from tests.engine.paired.helpers import make_test_set, simulated
from tests.register.conftest import StoreFactory
from tests.register.factories import ACTOR, cv_screening, filled_store

AT = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)


def _saved(store: Store, tool_id: int, tool: str = "origin_penalty", *, frozen: bool = True):
    """A saved paired run; ``frozen`` dates it ``AT`` (the store then records it as seeded content,
    which an export's order check accepts only for the demo: exports save it live)."""
    made = make_test_set(base_cvs=24)
    result = analyse(made.manifest, simulated(made.manifest, tool))
    save = {
        "actor": ACTOR,
        "design": made.design,
        "tool_version": " 4.2 ",
        "manifest_sha256": "a" * 64,
        "answers_sha256": "b" * 64,
        "answers_file_name": "svar.csv",
    }
    if not frozen:
        return store.save_paired_run(tool_id, result, **save), made
    with store.frozen_clock(AT):
        return store.save_paired_run(tool_id, result, **save), made


def test_a_paired_test_is_saved_with_its_design_and_read_back(make_store: StoreFactory) -> None:
    store = make_store()
    tool = store.save_tool(cv_screening(), actor=ACTOR)
    run, made = _saved(store, tool.id)
    assert (run.id, run.tool_version, run.run_at, run.run_by) == (1, "4.2", AT, ACTOR)
    (read,) = store.paired_runs(tool.id)
    assert read == run
    assert read.design == made.design
    assert read.result.contrasts == run.result.contrasts
    origin = {c.attribute: c for c in read.result.contrasts}["origin"]
    assert origin.verdict == "adverse_significant" and origin.finding is not None
    assert store.record(tool.name).paired == [read]


def test_the_history_says_what_was_tested_in_the_readers_language(
    make_store: StoreFactory,
) -> None:
    store = make_store()
    tool = store.save_tool(cv_screening(), actor=ACTOR)
    _saved(store, tool.id)
    entry = store.history(tool.id)[-1]
    assert (entry.entity, entry.entity_id, entry.action, entry.at) == ("paired", "1", "create", AT)
    assert describe(entry, "sv") == (
        "Sparade ett parat test av verktyget med CV:n för ”Ekonomiassistent”: version 4.2, en "
        "skillnad som sannolikt inte beror på slumpen"
    )
    _saved(store, tool.id, "unbiased")
    assert describe(store.history(tool.id)[-1], "en").endswith(
        "version 4.2, no difference unlikely to be chance"
    )
    assert store.walk_history().intact


def test_nothing_per_cv_is_stored(make_store: StoreFactory) -> None:
    store = make_store()
    tool = store.save_tool(cv_screening(), actor=ACTOR)
    _, made = _saved(store, tool.id)
    stored = json.dumps(store.export_json())
    for row in made.manifest.rows:
        assert row.cv_id not in stored and row.name not in stored


def test_export_and_import_keep_the_paired_tests(make_store: StoreFactory) -> None:
    source = make_store()
    tool = filled_store(source)
    run, _ = _saved(source, tool.id, frozen=False)
    document = source.export_json()
    assert document["tools"][0]["paired"][0]["result"]["contrasts"][1]["attribute"] == "origin"
    target = make_store()
    other = target.save_tool(cv_screening(name="Other"), actor=ACTOR)
    _saved(target, other.id, "unbiased", frozen=False)  # ids in use: the import shifts past them
    target.import_json(json.loads(json.dumps(document)), source="export.json")
    imported = target.record(tool.name)
    assert [r.result for r in imported.paired] == [run.result]
    assert imported.paired[0].id == 2 and imported.paired[0].tool_id == imported.tool.id
    entry = next(h for h in imported.history if h.entity == "paired")
    assert entry.entity_id == "2"
    assert target.walk_history().intact


def test_removing_a_tool_removes_its_paired_tests(make_store: StoreFactory) -> None:
    store = make_store()
    tool = store.save_tool(cv_screening(), actor=ACTOR)
    _saved(store, tool.id)
    store.delete_tool(tool.name, actor=ACTOR, export=store.export_json(), export_file="x.json")
    assert store.paired_runs(tool.id) == []

"""Issue 27 §5: every write of a row records the row's hash; a register from before that is sealed
when it is upgraded; what cannot be checked is said."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.config import Config

from ethics_toolkit.register.integrity.messages import NOTES
from ethics_toolkit.register.integrity.rows import ROWS_KEY, row_hash, row_key
from ethics_toolkit.register.storage.migrations.sealing import SEAL_ACTOR
from ethics_toolkit.register.storage.store import MIGRATIONS, Store
from ethics_toolkit.register.storage.verify import verify
from tests.register.conftest import StoreFactory
from tests.register.factories import ACTOR, cv_screening, filled_store, risk_for, tiny_result
from tests.register.tamper import tamper


def _models(store: Store) -> dict[str, str]:
    """``key -> hash`` of every row, computed here from the models the store returns."""
    found: dict[str, str] = {}
    for tool in store.list_tools():
        record = store.record(tool.name, verdict=False)
        found[row_key("tool", tool.id, tool.id)] = row_hash(record.tool)
        for entity, rows in (
            ("risk", record.risks),
            ("audit", record.audits),
            ("signoff", record.signoffs),
            ("task", record.tasks),
            ("request", record.requests),
        ):
            for row in rows:
                found[row_key(entity, tool.id, row.id)] = row_hash(row)
        for answer in record.answers:
            found[row_key("answer", tool.id, answer.item_id)] = row_hash(answer)
    return found


def test_every_write_records_the_hash_of_the_row_it_wrote(make_store: StoreFactory) -> None:
    store = make_store()
    filled_store(store)
    latest: dict[str, tuple[str | None, str | None]] = {}
    for entry in store.history():
        assert entry.origin == "live"
        key = row_key(entry.entity, entry.tool_id, entry.entity_id)
        if entry.action != "create":  # it found the row as the history had left it
            assert entry.row_before == latest[key][0]
        latest[key] = (entry.row_hash, entry.row_before)
    assert {k: v[0] for k, v in latest.items()} == _models(store)


def _migrate(store: Store, revision: str, *, down: bool = False) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)


def _previous_version(store: Store) -> None:
    """A register as the previous version left it: rows and history, no row hashes.

    Made by downgrading, which seals the chain again without the new columns; a sign-off would
    then name a head that is gone (no register of the previous version had one like that), so
    this register has none.
    """
    tool = store.save_tool(cv_screening(), actor=ACTOR)
    store.answer(tool.id, "gdpr-01", "yes", evidence="Dokumenterat", actor=ACTOR)
    run = store.save_audit_run(tool.id, tiny_result(), actor=ACTOR)
    store.save_risk(risk_for(tool.id, audit_run_id=run.id), actor=ACTOR)
    _migrate(store, "0004", down=True)


def test_an_upgraded_register_is_sealed_and_says_so(make_store: StoreFactory) -> None:
    store = make_store()
    _previous_version(store)
    _migrate(store, "head")
    seal = store.history()[-1]
    assert (seal.actor, seal.tool_id, seal.origin) == (SEAL_ACTOR, None, "live")
    bound = seal.changes[ROWS_KEY][0]
    assert bound["scope"] == "register" and bound["rows"] == _models(store)
    result = verify(store)
    assert result.intact, [f.message.en for f in result.findings]
    notes = [n.en for n in result.notes]
    entries = len(store.history()) - 1
    assert NOTES.text("legacy_order", "en", count=entries) in notes
    assert any(n.startswith(f"The register's rows were bound to the history when it was "
                            f"upgraded (entry {seal.id},") for n in notes)  # fmt: skip
    # From the seal on, every row is checked as in a new register.
    tamper(store, "UPDATE risks SET likelihood = 1")
    assert any("Likelihood is “1”" in f.message.en for f in verify(store).findings)


def test_a_change_after_the_upgrade_is_bound_like_any_other(make_store: StoreFactory) -> None:
    store = make_store()
    _previous_version(store)
    _migrate(store, "head")
    risk = store.risks(1)[0]
    store.save_risk(risk.model_copy(update={"likelihood": 5}), actor=ACTOR)
    assert verify(store).intact
    assert store.history()[-1].row_before == row_hash(risk)


@pytest.mark.parametrize(
    ("statement", "said"),
    [
        ("UPDATE answers SET evidence = 'Forged evidence'", "Evidence is “Forged evidence”"),
        ("DELETE FROM answers WHERE item_id = 'gdpr-01'", "is missing from the register"),
        (
            "INSERT INTO answers (tool_id, item_id, value, evidence, answered_by, answered_at) "
            "VALUES (1, 'gdpr-99', 'yes', '', 'Eve', '2026-12-01 10:00:00')",
            "no history entry wrote it",
        ),
    ],
)
def test_rows_of_every_kind_are_bound(make_store: StoreFactory, statement: str, said: str) -> None:
    store = make_store()
    filled_store(store)
    tamper(store, statement)
    assert any(said in f.message.en for f in verify(store).findings)


def test_a_change_of_private_fields_only_is_bound_too(make_store: StoreFactory) -> None:
    """An explanation request's answer is never written into the history, but the write is."""
    from datetime import date

    from ethics_toolkit.register.domain.explanation_requests import ExplanationRequest

    store = make_store()
    tool = filled_store(store)
    request = store.save_request(
        ExplanationRequest(tool_id=tool.id, reference="Case 7", received=date(2026, 11, 2)),
        actor=ACTOR,
    )
    store.save_request(request.model_copy(update={"answer": "Drafted, not sent"}), actor=ACTOR)
    last = store.history()[-1]
    assert "answer" not in last.changes and last.row_hash is not None
    assert verify(store).intact

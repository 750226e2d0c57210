"""The store on SQLite and PostgreSQL: migrations, history, version conflicts, proposals, audits."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.register.checklists.catalogue import checklist_item, load_checklists
from ethics_toolkit.register.domain.answers import AnswerValue
from ethics_toolkit.register.domain.decisions import Decision, Justification
from ethics_toolkit.register.domain.history import describe
from ethics_toolkit.register.domain.risks import RiskStatus, Treatment
from ethics_toolkit.register.storage.orm import Base, RiskRow
from ethics_toolkit.register.storage.store import (
    CONFLICT,
    NO_PROPOSAL,
    UNKNOWN_ITEM,
    ConflictError,
    Store,
)
from tests.register.conftest import StoreFactory
from tests.register.factories import ACTOR, cv_screening, filled_store, risk_for, tiny_result

TABLES = {"tools", "answers", "audit_runs", "risks", "signoffs", "history", "alembic_version"}
TABLES |= {"monitoring_plans", "duty_tasks", "explanation_requests"}  # issue 15
TABLES |= {"paired_runs"}  # issue 24
TABLES |= {"people", "competence_records"}  # issue 23
TABLES |= {"recipes", "dismissals"}  # issue 20: the audit recipe, dismissed proposals
TABLES |= {"access_grants"}  # issue 22


def _alembic_config():
    from alembic.config import Config

    from ethics_toolkit.register.storage.store import MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _item_ids() -> list[str]:
    return [item.id for area in load_checklists() for item in area.items]


def test_migrates_an_empty_database_to_head(store: Store) -> None:
    with store.engine.connect() as connection:
        assert set(sa.inspect(connection).get_table_names()) == TABLES
        current = MigrationContext.configure(connection).get_current_revision()
        assert current == ScriptDirectory.from_config(_alembic_config()).get_current_head()
        # The migration builds exactly the tables the ORM describes.
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []


def test_migrating_again_is_a_no_op(store: Store) -> None:
    store.save_tool(cv_screening(), actor=ACTOR)
    store.migrate()
    assert [t.name for t in store.list_tools()] == ["CV-Sorter"]


def test_save_tool_assigns_id_and_version_and_logs_who_and_what(store: Store) -> None:
    at = datetime(2026, 9, 1, 12, 0, tzinfo=UTC)
    with store.frozen_clock(at):
        tool = store.save_tool(cv_screening(), actor="Anna")
    assert (tool.id, tool.row_version) == (1, 1)
    with store.frozen_clock(at.replace(hour=13)):
        store.save_tool(tool.model_copy(update={"employees": 310}), actor="Bo")
    assert store.get_tool("CV-Sorter").row_version == 2
    created, updated = store.history(tool.id)
    assert (created.actor, created.at, created.action, created.entity) == (
        "Anna",
        at,
        "create",
        "tool",
    )
    assert created.changes["name"] == [None, "CV-Sorter"]
    assert (updated.actor, updated.at.hour, updated.action) == ("Bo", 13, "update")
    # Language-neutral: what changed as data, with the tool's name; no stored English line.
    assert updated.changes == {
        "@subject": ["CV-Sorter"],
        "employees": [300, 310],
        "@by": [{"via": "command_line"}],  # issue 22: a name stated, not a signed-in identity
    }
    assert updated.summary == ""
    assert describe(updated, "sv") == "Ändrade verktyget ”CV-Sorter”: antal anställda 300 → 310"
    assert describe(updated, "en") == "Changed the tool “CV-Sorter”: number of employees 300 → 310"


def test_saving_an_unchanged_tool_writes_no_history(store: Store) -> None:
    tool = store.save_tool(cv_screening(), actor=ACTOR)
    store.save_tool(tool, actor=ACTOR)
    assert len(store.history(tool.id)) == 1


def test_tool_names_are_unique(store: Store) -> None:
    store.save_tool(cv_screening(), actor=ACTOR)
    with pytest.raises(UserFacingError, match="already registered"):
        store.save_tool(cv_screening(), actor=ACTOR)


def test_unknown_tool_lists_the_registered_names(store: Store) -> None:
    with pytest.raises(UserFacingError, match="no tools yet"):
        store.get_tool("Nope")
    store.save_tool(cv_screening(), actor=ACTOR)
    store.save_tool(cv_screening(name="Alpha"), actor=ACTOR)
    with pytest.raises(UserFacingError) as info:
        store.get_tool("Nope")
    assert "Registered tools: Alpha, CV-Sorter." in info.value.en
    assert "Registrerade: Alpha, CV-Sorter." in info.value.sv


def test_two_people_editing_the_same_risk_conflict(make_store: StoreFactory) -> None:
    anna = make_store()
    bo = Store(anna.engine)  # a second user: own sessions, same database
    tool = anna.save_tool(cv_screening(), actor="Anna")
    assert tool.id is not None
    anna.save_risk(risk_for(tool.id), actor="Anna")
    annas_copy = anna.risks(tool.id)[0]
    bos_copy = bo.risks(tool.id)[0]
    saved = anna.save_risk(annas_copy.model_copy(update={"likelihood": 5}), actor="Anna")
    assert saved.row_version == annas_copy.row_version + 1
    with pytest.raises(ConflictError) as info:
        bo.save_risk(bos_copy.model_copy(update={"severity": 1}), actor="Bo")
    assert info.value.en == CONFLICT.format("en", entity="risk", name="Indirect discrimination")
    assert "reload" in info.value.en and "ladda om" in info.value.sv
    stored = anna.risks(tool.id)[0]
    assert (stored.likelihood, stored.severity) == (5, 4)  # Anna's edit survived, Bo's did not
    assert [h.actor for h in anna.history(tool.id) if h.entity == "risk"] == ["Anna", "Anna"]


def test_a_write_racing_ours_is_caught_by_the_versioned_update(store: Store) -> None:
    """Bo saves between Anna's version check and her UPDATE: the WHERE row_version fails."""
    tool = store.save_tool(cv_screening(), actor="Anna")
    assert tool.id is not None
    risk = store.save_risk(risk_for(tool.id), actor="Anna")

    def bo_saves_first(mapper: object, connection: sa.Connection, target: RiskRow) -> None:
        connection.execute(
            sa.update(RiskRow).where(RiskRow.id == target.id).values(row_version=99, severity=1)
        )

    sa.event.listen(RiskRow, "before_update", bo_saves_first)
    try:
        with pytest.raises(ConflictError, match="Someone else changed this risk"):
            store.save_risk(risk.model_copy(update={"likelihood": 5}), actor="Anna")
    finally:
        sa.event.remove(RiskRow, "before_update", bo_saves_first)
    assert store.risks(tool.id) == [risk]  # the whole transaction rolled back, Bo's write too
    assert [h.entity for h in store.history(tool.id)] == ["tool", "risk"]


def test_two_people_editing_the_same_tool_conflict(store: Store) -> None:
    first = store.save_tool(cv_screening(), actor="Anna")
    store.save_tool(first.model_copy(update={"vendor": "Ny AB"}), actor="Anna")
    with pytest.raises(ConflictError, match="Someone else changed this tool"):
        store.save_tool(first.model_copy(update={"employees": 10}), actor="Bo")
    assert store.get_tool("CV-Sorter").employees == 300


def test_accepting_a_high_risk_without_a_justification_is_refused(store: Store) -> None:
    tool = store.save_tool(cv_screening(), actor=ACTOR)
    assert tool.id is not None
    risky = risk_for(tool.id, status=RiskStatus.accepted, treatment=Treatment.accept)
    with pytest.raises(UserFacingError, match="needs a justification"):
        store.save_risk(risky, actor=ACTOR)
    assert store.risks(tool.id) == []
    # A name typed into "approved by" approves nothing (issue 22): only approve_acceptance does.
    why = Justification(aim="a", necessity="b", alternatives="c")
    typed = {"approved_by": "Eva Holm", "acceptance": Decision(justification=why)}
    saved = store.save_risk(risky.model_copy(update=typed), actor=ACTOR)
    assert (saved.status, saved.approved_by, saved.inherent_score) == ("accepted", None, 12)
    assert saved.acceptance_state == "awaiting_approval" and saved.needs_approver


def test_unmet_answer_proposes_a_prefilled_risk_the_user_accepts(store: Store) -> None:
    tool = store.save_tool(cv_screening(), actor=ACTOR)
    assert tool.id is not None
    item_id = _item_ids()[3]
    item = checklist_item(item_id)
    answer = store.answer(tool.id, item_id, "no", evidence="Inget gjort", actor="Anna")
    assert (answer.risk_decision, answer.answered_by, answer.value) == ("pending", "Anna", "no")
    proposal = store.proposed_risk(item_id, tool.id, lang="en")
    assert proposal.id is None and store.risks(tool.id) == []  # proposing saves nothing
    assert proposal.title == f"Gap: {item.question.en}"
    assert (proposal.likelihood, proposal.severity) == (4, item.severity_if_unmet)
    assert proposal.legal_references == item.references
    assert proposal.actions[0].description == item.suggested_mitigation.en
    assert proposal.description.endswith("Inget gjort")
    assert proposal.source_item_id == item_id and proposal.owner == "HR manager"
    saved = store.decide_proposal(tool.id, item_id, True, actor="Anna", lang="en")
    assert saved is not None and store.risks(tool.id) == [saved]
    assert store.answers(tool.id)[0].risk_decision == "accepted"
    with pytest.raises(UserFacingError) as info:
        store.decide_proposal(tool.id, item_id, True, actor="Anna")
    assert info.value.en == NO_PROPOSAL.format("en", item=item_id)


@pytest.mark.parametrize(
    ("first", "second", "decision"),
    [
        ("yes", None, None),
        ("not_applicable", None, None),
        ("dont_know", None, "pending"),
        ("partly", "no", "pending"),
        ("no", "yes", None),
    ],
)
def test_risk_decision_follows_the_answer(
    store: Store, first: str, second: str | None, decision: str | None
) -> None:
    tool = store.save_tool(cv_screening(), actor=ACTOR)
    assert tool.id is not None
    item_id = _item_ids()[0]
    store.answer(tool.id, item_id, first, actor=ACTOR)
    if second:
        store.answer(tool.id, item_id, second, actor=ACTOR)
    (answer,) = store.answers(tool.id)
    assert answer.risk_decision == decision
    assert answer.value == AnswerValue(second or first)


def test_dismissing_a_proposal_saves_no_risk(store: Store) -> None:
    tool = store.save_tool(cv_screening(), actor=ACTOR)
    assert tool.id is not None
    item_id = _item_ids()[0]
    store.answer(tool.id, item_id, "dont_know", actor=ACTOR)
    assert store.decide_proposal(tool.id, item_id, False, actor="Bo") is None
    assert store.risks(tool.id) == []
    assert store.answers(tool.id)[0].risk_decision == "dismissed"
    last = store.history(tool.id)[-1]
    assert (last.actor, last.changes["risk_decision"]) == ("Bo", ["pending", "dismissed"])


def test_unknown_checklist_item_is_refused(store: Store) -> None:
    tool = store.save_tool(cv_screening(), actor=ACTOR)
    assert tool.id is not None
    with pytest.raises(UserFacingError) as info:
        store.answer(tool.id, "no-such-item", "yes", actor=ACTOR)
    assert info.value.en == UNKNOWN_ITEM.format("en", item="no-such-item")


def test_audit_run_keeps_cells_fingerprint_and_counts(store: Store) -> None:
    tool = store.save_tool(cv_screening(), actor=ACTOR)
    assert tool.id is not None
    with store.frozen_clock(datetime(2026, 10, 1, tzinfo=UTC)):
        run = store.save_audit_run(tool.id, tiny_result(), actor="Anna", data_period="2026 H1")
    (stored,) = store.audit_runs(tool.id)
    assert stored == run
    assert (stored.rows_read, stored.rows_used, stored.file_sha256) == (31, 30, "0" * 64)
    assert (stored.file_name, stored.run_by, stored.data_period) == ("log.csv", "Anna", "2026 H1")
    # Issue 21: cells are kept only where they are a stored figure (register/privacy.py), and this
    # result has no analysis: every cell is withheld, and counted, so nothing adds up to 3 women.
    assert stored.result.cells == []
    assert (stored.withheld_rows, stored.exact_small_cells) == (30, False)
    assert stored.result == tiny_result().model_copy(update={"cells": []})
    entry = store.history(tool.id)[-1]
    assert (entry.entity, entry.entity_id) == ("audit", str(run.id))
    assert "result" not in entry.changes and entry.changes["rows_used"] == [None, 30]
    assert entry.changes["@adverse_impact_found"] == [tiny_result().adverse_impact_found]
    assert describe(entry, "en").startswith("Saved a bias audit of “log.csv”: 30 rows used, ")
    assert entry.changes["withheld_rows"] == [None, 30]


def test_a_risk_can_only_link_an_audit_of_its_own_tool(store: Store) -> None:
    one = store.save_tool(cv_screening(), actor=ACTOR)
    two = store.save_tool(cv_screening(name="Other"), actor=ACTOR)
    assert one.id is not None and two.id is not None
    run = store.save_audit_run(one.id, tiny_result(), actor=ACTOR)
    with pytest.raises(UserFacingError, match="does not belong to this tool"):
        store.save_risk(risk_for(two.id, audit_run_id=run.id), actor=ACTOR)


def test_record_gathers_everything_about_a_tool(store: Store) -> None:
    tool = filled_store(store)
    record = store.record(tool.name)
    assert record.tool == tool
    assert record.classification.risk_class == "high_risk"
    assert (len(record.answers), len(record.risks), len(record.audits)) == (2, 2, 1)
    assert record.signoffs[0].decision == "approved"
    assert record.risks[0].audit_run_id == record.audits[0].id
    kinds = [(h.entity, h.action) for h in record.history]
    assert kinds == [
        ("tool", "create"),
        ("answer", "create"),
        ("answer", "create"),
        ("audit", "create"),
        ("risk", "create"),
        ("risk", "create"),
        ("answer", "update"),
        ("signoff", "create"),
    ]


def test_history_is_append_only(make_store: StoreFactory) -> None:
    store = make_store()
    statements: list[str] = []

    @sa.event.listens_for(store.engine, "before_cursor_execute")
    def remember(conn, cursor, statement, parameters, context, executemany) -> None:
        statements.append(" ".join(statement.split()).lower())

    tool = filled_store(store)
    store.save_tool(tool.model_copy(update={"employees": 5}), actor=ACTOR)
    before = store.history()
    store.delete_tool(tool.name, actor="Anna", export=store.export_json())
    after = store.history()
    # The store never rewrites history, even when it deletes the tool it describes ...
    assert not [s for s in statements if s.startswith(("update history", "delete from history"))]
    assert after[: len(before)] == before
    assert (after[-1].actor, after[-1].action, after[-1].entity) == ("Anna", "delete", "tool")
    assert store.list_tools() == [] and store.history(tool.id)[-1] == after[-1]
    # ... and the database refuses anyone who tries.
    for statement in ("UPDATE history SET actor = 'x'", "DELETE FROM history"):
        with pytest.raises(sa.exc.DatabaseError, match="append-only"), store.engine.begin() as c:
            c.execute(sa.text(statement))
    assert store.history() == after


def test_a_transaction_saves_all_or_nothing(store: Store) -> None:
    with pytest.raises(UserFacingError, match="already registered"), store.transaction():
        first = store.save_tool(cv_screening(name="A"), actor=ACTOR)
        assert first.id is not None
        store.answer(first.id, _item_ids()[0], "no", actor=ACTOR)
        store.save_tool(cv_screening(name="A"), actor=ACTOR)
    assert store.list_tools() == [] and store.history() == []
    with store.transaction():
        store.save_tool(cv_screening(name="A"), actor=ACTOR)
        store.save_tool(cv_screening(name="B"), actor=ACTOR)
    assert [t.name for t in store.list_tools()] == ["A", "B"]


def test_a_frozen_clock_stays_in_its_thread(store: Store) -> None:
    import threading

    frozen = datetime(2020, 1, 1, tzinfo=UTC)
    seen: list[datetime] = []
    with store.frozen_clock(frozen):
        other = threading.Thread(target=lambda: seen.append(store._clock()))
        other.start()
        other.join()
        assert store._clock() == frozen
    assert seen[0] > frozen and store._clock() > frozen

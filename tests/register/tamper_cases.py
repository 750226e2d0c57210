"""Issue 27's tamper cases, as its "Why" observed them, shared by the verify, PDF and app suites.

Each case changes a register below the program the way its owner could (guards out of the way,
``tests/register/tamper.py``) and names what ``verify`` must then say. A register holds the tool
``CV-Sorter`` (an answer, an audit with adverse impact, a risk, a sign-off by Eva Holm) and the
tool ``Other``. Each case runs in two orders: the change below the program *after* a recorded
change (``action add``), and *then* a recorded change on top of it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

import pandas as pd

from ethics_toolkit.engine.audit import audit_frame
from ethics_toolkit.engine.models import AuditResult, AuditSpec
from ethics_toolkit.register.integrity import chain
from ethics_toolkit.register.integrity.content import record_content_hash
from ethics_toolkit.register.risks import actions
from ethics_toolkit.register.storage.store import Store
from tests.register.factories import ACTOR, cv_screening
from tests.register.tamper import tamper

TOOL = "CV-Sorter"
OTHER = "Other"
Order = Literal["after_change", "then_change"]
ORDERS: tuple[Order, ...] = ("after_change", "then_change")


def adverse_result() -> AuditResult:
    """50 men of whom 30 selected, 50 women of whom 10: Woman 0.33, adverse impact."""
    rows = [{"gender": "Man", "selected": "1" if i < 30 else "0"} for i in range(50)]
    rows += [{"gender": "Woman", "selected": "1" if i < 10 else "0"} for i in range(50)]
    spec = AuditSpec(outcome="selected", positive="1", sensitive=["gender"])
    return audit_frame(pd.DataFrame(rows), spec)


def tampering_register(store: Store) -> None:
    """The register every case starts from (signed off; one more tool)."""
    from ethics_toolkit.register.domain.risks import Risk

    tool = store.save_tool(cv_screening(), actor=ACTOR)
    assert tool.id is not None
    store.answer(tool.id, "gdpr-01", "yes", evidence="Dokumenterat", actor=ACTOR)
    run = store.save_audit_run(tool.id, adverse_result(), actor=ACTOR, file_name="log.csv")
    risk = Risk(tool_id=tool.id, title="Indirect discrimination", likelihood=3, severity=4)
    store.save_risk(risk.model_copy(update={"audit_run_id": run.id}), actor=ACTOR)
    store.sign_off(tool.id, name="Eva Holm", role="HR director", decision="approved", actor=ACTOR)
    store.save_tool(cv_screening(name=OTHER), actor=ACTOR)


def recorded_change(store: Store, case: str) -> None:
    """A change through the program: an action on CV-Sorter's risk (Other's, once it is gone)."""
    if case == "delete_tool":
        other = store.get_tool(OTHER)
        store.save_tool(other.model_copy(update={"vendor": "Changed AB"}), actor="Kim")
        return
    risk = store.risks(store.get_tool(TOOL).id)[0]  # type: ignore[arg-type]
    actions.add_action(store, risk, description="Ask for the model card", owner="", due=None,
                       actor="Kim")  # fmt: skip


def _json_value(store: Store, text: str) -> str:
    if store.engine.dialect.name == "postgresql":  # the driver reads % as a placeholder
        return "CAST('{}' AS json)".format(text.replace("%", "%%"))
    return f"'{text}'"


def forged_result(store: Store) -> str:
    """The audit's result edited to "0.95, no adverse impact", as SQL."""
    result = store.audit_runs(store.get_tool(TOOL).id)[0].result.model_dump(mode="json")  # type: ignore[arg-type]
    for analysis in result["analyses"]:
        for group in analysis["groups"]:
            if not group.get("is_reference"):
                group.update(impact_ratio=0.95, adverse_impact=False, p_value=0.9, shortfall=0)
    text = json.dumps(result, ensure_ascii=True).replace("'", "''")
    return f"UPDATE audit_runs SET result = {_json_value(store, text)}"


def _timestamp(store: Store, value: datetime) -> str:
    if store.engine.dialect.name == "postgresql":
        return f"'{value.isoformat()}'"
    return f"'{value.replace(tzinfo=None).isoformat(sep=' ', timespec='microseconds')}'"


def inserted_signoff(store: Store) -> str:
    """A well-formed sign-off row (it binds today's content and head), with no entry."""
    record = store.record(TOOL)
    head = store.walk_history().head
    signed = _timestamp(store, datetime(2026, 12, 1, 10, tzinfo=UTC))
    return (
        "INSERT INTO signoffs (tool_id, name, role, decision, comment, signed_at, content_hash, "
        f"head_hash) VALUES ({record.tool.id}, 'CEO Forged', 'CEO', 'approved', '', {signed}, "
        f"'{record_content_hash(record)}', '{head}')"
    )


def backdated_entry(store: Store) -> str:
    """A well-formed entry (its hash correct, next in line) dated in the past."""
    last = store.history()[-1]
    values = {
        "id": (last.id or 0) + 1,
        "at": datetime(2020, 1, 1, tzinfo=UTC),
        "actor": "Eva Holm",
        "tool_id": store.get_tool(TOOL).id,
        "entity": "tool",
        "entity_id": str(store.get_tool(TOOL).id),
        "action": "update",
        "changes": {"purpose": ["", "Approved in 2020"]},
        "summary": "",
        "origin": "live",
    }
    digest = chain.entry_hash(values, last.hash or chain.GENESIS)
    changes = json.dumps(values["changes"]).replace("'", "''")
    return (
        "INSERT INTO history (id, at, actor, tool_id, entity, entity_id, action, changes, summary, "
        f"origin, hash) VALUES ({values['id']}, {_timestamp(store, values['at'])}, 'Eva Holm', "
        f"{values['tool_id']}, 'tool', '{values['entity_id']}', 'update', "
        f"{_json_value(store, changes)}, '', 'live', '{digest}')"
    )


@dataclass(frozen=True)
class Case:
    name: str
    statement: Callable[[Store], str]
    said: str
    """What verify (and so the app and the PDF) says, in English."""
    report_tool: str = TOOL


CASES = [
    Case(
        "forged_signoff",
        lambda s: "UPDATE signoffs SET name = 'CEO Forged', decision = 'approved'",
        "name is 'CEO Forged' but the history says 'Eva Holm'",
    ),
    Case("inserted_signoff", inserted_signoff, "by CEO Forged has no entry in the history"),
    Case("deleted_signoff", lambda s: "DELETE FROM signoffs", "is missing from the register"),
    Case(
        "risk_update",
        lambda s: "UPDATE risks SET likelihood = 1, severity = 1",
        "The risk “Indirect discrimination” (no. 1) of “CV-Sorter” was changed outside the program",
    ),
    Case(
        "audit_result",
        forged_result,
        "The bias audit no. 1 of “log.csv” of “CV-Sorter” was changed outside the program",
    ),
    Case(
        "delete_tool",
        lambda s: f"DELETE FROM tools WHERE name = '{TOOL}'",
        "The tool “CV-Sorter” is missing from the register",
        report_tool=OTHER,
    ),
    Case("backdated_entry", backdated_entry, "was appended later and back-dated"),
]
CASE_NAMES = [case.name for case in CASES]


def tampered(store: Store, case: Case, order: Order) -> None:
    """``store`` (a fresh register) with ``case`` applied in ``order``."""
    tampering_register(store)
    if order == "after_change":
        recorded_change(store, case.name)
    tamper(store, case.statement(store))
    if order == "then_change":
        recorded_change(store, case.name)

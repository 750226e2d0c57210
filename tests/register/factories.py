"""Hand-built register content for tests that must not depend on the fairness engine."""

from __future__ import annotations

from datetime import date

from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.engine.spec import AuditSpec, Cell, ReadingInfo
from ethics_toolkit.register.domain.risks import Risk
from ethics_toolkit.register.domain.tool import (
    AITool,
    DataCategory,
    DecisionRole,
    EmployerType,
    HRProcess,
    ToolStatus,
)
from ethics_toolkit.register.storage.store import Store

ACTOR = "Test Person"


def cv_screening(**changes: object) -> AITool:
    """The issue's typical case: CV screening at a private company of 300 employees."""
    tool = AITool(
        name="CV-Sorter",
        vendor="Leverantör AB",
        purpose="Ranks applications against the job profile",
        hr_process=HRProcess.recruitment,
        decision_role=DecisionRole.ranks,
        data_categories=[DataCategory.cv_content, DataCategory.education],
        legal_basis="GDPR Art. 6(1)(f)",
        system_owner="HR manager",
        employer_type=EmployerType.private,
        employees=300,
        go_live=date(2026, 1, 15),
        status=ToolStatus.in_use,
        profiling=True,
        next_review=date(2027, 1, 15),
    )
    return AITool.model_validate({**tool.model_dump(), **changes})


def tiny_result() -> AuditResult:
    """An audit of 30 fictional applicants, as aggregated cells only."""
    spec = AuditSpec(outcome="selected", positive="1", sensitive=["gender"])
    cells = [
        Cell(values={"gender": "Man"}, selected=True, count=6),
        Cell(values={"gender": "Man"}, selected=False, count=9),
        Cell(values={"gender": "Woman"}, selected=True, count=3),
        Cell(values={"gender": "Woman"}, selected=False, count=12),
    ]
    reading = ReadingInfo(
        encoding="utf-8",
        separator=",",
        decimal=".",
        rows_read=31,
        columns=["gender", "selected"],
        sha256="0" * 64,
        file_name="log.csv",
    )
    return AuditResult(n_rows=30, spec=spec, reading=reading, cells=cells, analyses=[])


def risk_for(tool_id: int, **changes: object) -> Risk:
    risk = Risk(tool_id=tool_id, title="Indirect discrimination", likelihood=3, severity=4)
    return Risk.model_validate({**risk.model_dump(), **changes})


def filled_store(store: Store) -> AITool:
    """A store with one tool holding one of everything (answer, audit, risk, sign-off)."""
    from ethics_toolkit.register.checklists.catalogue import load_checklists

    tool = store.save_tool(cv_screening(), actor=ACTOR)
    assert tool.id is not None
    items = [item.id for area in load_checklists() for item in area.items]
    store.answer(tool.id, items[0], "yes", evidence="Dokumenterat", actor=ACTOR)
    store.answer(tool.id, items[1], "no", evidence="Saknas", actor=ACTOR)
    run = store.save_audit_run(tool.id, tiny_result(), actor=ACTOR, data_period="2026 H1")
    store.save_risk(risk_for(tool.id, audit_run_id=run.id), actor=ACTOR)
    store.decide_proposal(tool.id, items[1], True, actor=ACTOR)
    store.sign_off(tool.id, name="Eva Holm", role="HR director", decision="approved", actor=ACTOR)
    return store.get_tool(tool.name)

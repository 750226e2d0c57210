"""Seeding the fictional demo tool "TalentScreen" into a register, and putting it back as it was.

The demo's content is ``profile`` (the tool, its people and fixed dates), ``answers``, ``risks``
and ``people`` (who operates, oversees, owns and approves it, and what they learnt);
this module adds it through the store in the order a team would work. The audit run is computed from
the in-memory Swedish sample export (``samples.decisions.sample_files()``: columns Kön, Bakgrund,
Urval..., values Kvinna, Utanför Europa, Ja...), so the demo also works from an installed wheel and
its Swedish report names every group in Swedish; only the aggregated cells and figures are stored,
never the applicants' rows.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from typing import Any

from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.engine.spec import AuditSpec
from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.register.checklists.catalogue import load_checklists
from ethics_toolkit.register.demo.answers import ANSWERS, REVISIONS, default_answer
from ethics_toolkit.register.demo.people import seed_people
from ethics_toolkit.register.demo.profile import (
    ANSWERED_AT,
    ANSWERS_AT,
    AUDIT_AT,
    DEMO_FILE,
    DEMO_TOOL,
    DIRECTOR,
    HR_SPECIALIST,
    OWNER,
    PLAN_AT,
    PROFILE,
    PROFILE_AT,
    RECRUITER,
    REQUEST_AT,
    REVISED_AT,
    RISKS_AT,
    SIGNOFF_AT,
    TASK_DONE_AT,
)
from ethics_toolkit.register.demo.risks import demo_risks
from ethics_toolkit.register.domain.audit_runs import AuditRun
from ethics_toolkit.register.domain.explanation_requests import ExplanationRequest, RequestStatus
from ethics_toolkit.register.domain.monitoring import (
    MonitoringFrequency,
    MonitoringPlan,
    TaskStatus,
)
from ethics_toolkit.register.domain.signoffs import SignOffDecision
from ethics_toolkit.register.domain.tool import AITool
from ethics_toolkit.register.storage.store import Store
from ethics_toolkit.samples.decisions import sample_files


@functools.cache
def _audit_result() -> AuditResult:
    """Audit the sample log in memory with the engine (only cells and figures come back)."""
    from ethics_toolkit.engine.audit import audit_source  # pandas and fairlearn: load late

    spec = AuditSpec(
        outcome="Urval",
        positive="Ja",
        sensitive=["Kön", "Bakgrund"],
        truth="Kvalificerad",
        truth_positive="Ja",
    )
    result = audit_source(sample_files()[DEMO_FILE], spec, file_name=DEMO_FILE)
    return result.model_copy(update={"computed_at": AUDIT_AT})


def seed_demo(store: Store, *, actor: str = "demo") -> AITool:
    """Add the demo tool with its answers, audit, risks and sign-off; a no-op if it exists.

    One transaction: an interrupted seeding leaves no half demo behind to be skipped next time.
    """
    if not _seeded(store):
        result = _audit_result()  # before the transaction: the engine needs a moment
        with store.transaction():
            if not _seeded(store):  # someone else may have seeded meanwhile
                _seed(store, result, actor=actor)
    return store.get_tool(DEMO_TOOL)


RESET_OTHER_TOOLS = Bilingual(
    sv="Registret innehåller fler verktyg än demoverktyget ({tools}); --reset rör bara ett "
    "register med enbart demon. Använd ett annat register för att prova (--db eller "
    "ETHICS_TOOLKIT_DB), eller ta bort demon med "
    "`ethics-toolkit tool remove {demo} --export-first FIL`.",
    en="The register holds tools other than the demo ({tools}); --reset only touches a register "
    "that holds the demo alone. Use another register to experiment (--db or ETHICS_TOOLKIT_DB), "
    "or remove the demo with `ethics-toolkit tool remove {demo} --export-first FILE`.",
)


def reset_demo(
    store: Store, *, actor: str, save_export: Callable[[dict[str, Any]], str]
) -> tuple[AITool, str | None]:
    """Put the demo back as it was seeded, in a register that holds the demo and nothing else.

    Nothing is lost: the demo goes through the register's own removal (``Store.delete_tool``),
    which needs an export of the register as it is now; ``save_export`` keeps that export and
    returns where, and the removal's history entry names it. The history stays append-only, so
    the reset itself is in it. Returns the new demo tool and where the export went (``None``
    when there was no demo to remove).
    """
    others = sorted(tool.name for tool in store.list_tools() if tool.name != DEMO_TOOL)
    if others:
        raise UserFacingError.of(RESET_OTHER_TOOLS, tools=", ".join(others), demo=DEMO_TOOL)
    where = None
    if _seeded(store):
        export = store.export_json()
        where = save_export(export)
        store.delete_tool(DEMO_TOOL, actor=actor, export=export, export_file=where)
    return seed_demo(store), where


def _seeded(store: Store) -> bool:
    return any(tool.name == DEMO_TOOL for tool in store.list_tools())


def _seed(store: Store, result: AuditResult, *, actor: str) -> None:
    with store.frozen_clock(PROFILE_AT):
        tool = store.save_tool(PROFILE, actor=actor)
    assert tool.id is not None
    with store.frozen_clock(ANSWERS_AT):
        for area in load_checklists():
            for position, item in enumerate(area.items):
                value, note = ANSWERS.get(item.id) or default_answer(position)
                store.answer(tool.id, item.id, value, evidence=note, actor=HR_SPECIALIST)
    with store.frozen_clock(PLAN_AT):
        store.save_plan(
            MonitoringPlan(
                tool_id=tool.id,
                measured=(
                    "Kvot per kön och bakgrund (urval till intervju); hur ofta rekryterarna "
                    "ändrar verktygets rangordning"
                ),
                frequency=MonitoringFrequency.half_year,
                owner=HR_SPECIALIST,
                next_audit=date(2027, 2, 15),
                response_days=14,
            ),
            actor=OWNER,
        )
    with store.frozen_clock(AUDIT_AT):
        run: AuditRun = store.save_audit_run(
            tool.id, result, actor=HR_SPECIALIST, data_period="2026-01-01 – 2026-06-30"
        )
    with store.frozen_clock(REVISED_AT):  # issue 21 §2: revised after the audit it cites
        for item_id, (value, note) in REVISIONS.items():
            store.answer(tool.id, item_id, value, evidence=note, actor=HR_SPECIALIST)
    with store.frozen_clock(RISKS_AT):
        pending = {a.item_id for a in store.answers(tool.id) if a.risk_decision == "pending"}
        for risk in demo_risks(tool.id, run.id):
            if risk.source_item_id in pending:  # the team accepted the proposal, reworded
                store.decide_proposal(tool.id, risk.source_item_id, True, actor=OWNER, risk=risk)
            else:
                store.save_risk(risk, actor=OWNER)
    _seed_duties(store, tool.id)
    with store.frozen_clock(RISKS_AT):  # issue 23: after the workplace meeting of 2026-10-06
        seed_people(store, tool.id, actor=OWNER)
    with store.frozen_clock(SIGNOFF_AT):
        for risk in store.risks(tool.id):  # four eyes: the director approves the acceptance
            if risk.acceptance is not None:
                store.approve_acceptance(risk, actor=DIRECTOR)
        store.sign_off(
            tool.id,
            name="Eva Holm",
            role="HR-direktör",
            decision=SignOffDecision.approved_with_conditions,
            comment=(
                "Får användas vidare under förutsättning att åtgärderna mot indirekt "
                "diskriminering och DPIA:n är klara före nästa uppföljning 2027-03-01."
            ),
            actor=DIRECTOR,
        )


CASE_REASONS = (
    "Du kallades inte till intervju eftersom tjänsten kräver minst tre års erfarenhet av "
    "lagerplanering och din ansökan visade ett år. Rekryteraren läste din ansökan och gjorde "
    "bedömningen; verktygets rangordning ändrade inte utfallet."
)
"""What only the case file can say: the main reasons in this applicant's case."""


def _seed_duties(store: Store, tool_id: int) -> None:
    """Issue 15: the audit crossed the plan's threshold; the task assessed; two requests."""
    with store.frozen_clock(TASK_DONE_AT):
        for task in store.tasks(tool_id):
            # The date is the task's own (shown as "Bedömt 2026-10-08: …"), not part of the text.
            outcome = (
                "Användningen fortsätter med skärpt prövning (alla lågt rankade sökande med "
                "bakgrund utanför Europa läses). Exempel AB informerades 2026-10-06 och ska "
                "förklara skillnaden; ny granskning på logg för jul–dec 2026."
            )
            done = task.model_copy(update={"status": TaskStatus.done, "outcome": outcome})
            store.save_task(done, actor=OWNER)
    with store.frozen_clock(REQUEST_AT):
        request = store.save_request(
            ExplanationRequest(tool_id=tool_id, reference="Rekrytering 2026-31, sökande 112",
                               received=date(2026, 9, 30)),
            actor=RECRUITER,
        )  # fmt: skip
    with store.frozen_clock(ANSWERED_AT):
        # Issue 21 §6: the answer sent is the draft built from the tool's statements, with the
        # case's own reasons written in; the register keeps it as sent.
        from ethics_toolkit.register.duties.explanations import TEXTS, draft_reply

        draft = draft_reply(store.record(DEMO_TOOL, check_history=False), request, "sv")
        answer = draft.replace(TEXTS.text("case", "sv"), CASE_REASONS)
        update = {"status": RequestStatus.answered, "answered_on": date(2026, 10, 8)}
        store.save_request(request.model_copy(update={**update, "answer": answer}), actor=RECRUITER)

"""Issue 22 below the UI: roles per tool refuse in the store itself, and four eyes hold there too.

Every test runs on SQLite and (with ``ETHICS_TOOLKIT_TEST_PG_URL``) PostgreSQL. The people are
signed-in identities (``Actor(via="signed_in")``), as the app in team mode passes them.
"""

from __future__ import annotations

from datetime import date

import pytest

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.register.access.roles import AccessRole, Permission
from ethics_toolkit.register.domain.actors import Actor
from ethics_toolkit.register.domain.decisions import Decision, Justification
from ethics_toolkit.register.domain.explanation_requests import ExplanationRequest
from ethics_toolkit.register.domain.history import describe
from ethics_toolkit.register.domain.monitoring import MonitoringPlan
from ethics_toolkit.register.domain.risks import RiskStatus, Treatment
from ethics_toolkit.register.storage.store import Store
from tests.register.factories import ACTOR, cv_screening, risk_for, tiny_result


def _person(name: str, email: str) -> Actor:
    return Actor(name=name, via="signed_in", email=email, subject=f"sub-{email}", issuer="idp")


READER = _person("Rut Läsare", "rut@example.org")
EDITOR = _person("Maria Lind", "maria@example.org")
APPROVER = _person("Eva Holm", "eva@example.org")
BOTH = _person("Bo Berg", "bo@example.org")  # editor and approver
DPO = _person("Sara Nilsson", "sara@example.org")
ADMIN = _person("Ali Admin", "ali@example.org")
STRANGER = _person("Sam Okänd", "sam@example.org")
WHY = Justification(
    aim="Korrekt skriftlig svenska i tjänsten",
    necessity="Språket vägs lätt; breven läses av en människa",
    alternatives="Pröva språket bara vid intervju",
)


@pytest.fixture
def team(store: Store) -> tuple[Store, int]:
    """A tool set up from the command line (stated names), and roles for six people."""
    tool = store.save_tool(cv_screening(), actor=ACTOR)
    assert tool.id is not None
    for person, role in (
        (READER, "reader"),
        (EDITOR, "editor"),
        (APPROVER, "approver"),
        (BOTH, "editor"),
        (BOTH, "approver"),
        (DPO, "dpo"),
    ):
        store.grant_role(person.email, role, tool_id=tool.id, actor=ACTOR)
    store.grant_role(ADMIN.email, "administrator", tool_id=None, actor=ACTOR)
    return store, tool.id


def _writes(store: Store, tool_id: int, who: Actor) -> dict[str, object]:
    """Every kind of write the app makes, as a callable per name."""
    tool = store.get_tool("CV-Sorter")
    request = ExplanationRequest(tool_id=tool_id, reference="Ärende 1", received=date(2026, 9, 1))
    return {
        "profile": lambda: store.save_tool(tool.model_copy(update={"employees": 301}), actor=who),
        "answer": lambda: store.answer(tool_id, "human_oversight-01", "yes", actor=who),
        "risk": lambda: store.save_risk(risk_for(tool_id), actor=who),
        "audit": lambda: store.save_audit_run(tool_id, tiny_result(), actor=who),
        "plan": lambda: store.save_plan(MonitoringPlan(tool_id=tool_id), actor=who),
        "request": lambda: store.save_request(request, actor=who),
        "sign-off": lambda: store.sign_off(
            tool_id, name=who.name, role="HR", decision="approved", actor=who
        ),
        "archive": lambda: store.archive_tool("CV-Sorter", actor=who),
    }


@pytest.mark.parametrize(
    ("who", "allowed"),
    [
        (READER, set()),
        (STRANGER, set()),
        (EDITOR, {"profile", "answer", "risk", "audit", "plan", "request"}),
        (DPO, {"request"}),
        (APPROVER, {"sign-off"}),
        (ADMIN, {"profile", "answer", "risk", "audit", "plan", "request", "archive"}),
    ],
    ids=lambda value: value.email if isinstance(value, Actor) else "",
)
def test_the_store_refuses_what_a_role_does_not_permit(
    team: tuple[Store, int], who: Actor, allowed: set[str]
) -> None:
    store, tool_id = team
    for name, write in _writes(store, tool_id, who).items():
        before = len(store.history())
        if name in allowed:
            write()
            assert len(store.history()) > before, name
            continue
        with pytest.raises(UserFacingError) as info:
            write()
        assert len(store.history()) == before, f"{name} left a trace"
        assert "ethics-toolkit access grant --user " + who.email in info.value.en, name
        assert who.name in info.value.sv and "får inte" in info.value.sv


def test_a_reader_reads_and_is_told_which_role_to_ask_for(team: tuple[Store, int]) -> None:
    store, tool_id = team
    assert store.record("CV-Sorter").tool.name == "CV-Sorter"  # reading needs no check
    with pytest.raises(UserFacingError) as info:
        store.save_risk(risk_for(tool_id), actor=READER)
    assert info.value.en == (
        "Rut Läsare (rut@example.org) may not change the register for CV-Sorter: that needs the "
        "role editor or administrator, and you have reader. Ask an administrator for the role: "
        "ethics-toolkit access grant --user rut@example.org --role editor --tool 'CV-Sorter'"
    )
    assert store.roles_of(READER, tool_id) == {AccessRole.reader}
    assert not store.may(READER, Permission.edit, tool_id)
    assert store.may(EDITOR, Permission.edit, tool_id)


def test_the_dpo_answers_the_gdpr_checklist_only(team: tuple[Store, int]) -> None:
    store, tool_id = team
    store.answer(tool_id, "gdpr-01", "yes", evidence="DPIA klar", actor=DPO)
    with pytest.raises(UserFacingError, match="needs the role editor or administrator"):
        store.answer(tool_id, "human_oversight-01", "yes", actor=DPO)
    (answer,) = store.answers(tool_id)
    assert (answer.item_id, answer.answered_by) == ("gdpr-01", "Sara Nilsson")


def test_a_tools_own_grants_replace_the_defaults_there(store: Store) -> None:
    first = store.save_tool(cv_screening(), actor=ACTOR)
    second = store.save_tool(cv_screening(name="Andra"), actor=ACTOR)
    assert first.id is not None and second.id is not None
    store.grant_role(EDITOR.email, "editor", tool_id=None, actor=ACTOR)
    store.grant_role(EDITOR.email.upper(), "reader", tool_id=second.id, actor=ACTOR)
    assert store.roles_of(EDITOR, first.id) == {AccessRole.editor}
    assert store.roles_of(EDITOR, second.id) == {AccessRole.reader}
    store.save_risk(risk_for(first.id), actor=EDITOR)
    with pytest.raises(UserFacingError, match="you have reader"):
        store.save_risk(risk_for(second.id), actor=EDITOR)
    # A new tool needs the default role: the register at large.
    store.save_tool(cv_screening(name="Tredje"), actor=EDITOR)
    with pytest.raises(UserFacingError, match="for every tool"):
        store.save_tool(cv_screening(name="Fjärde"), actor=READER)


def test_grants_are_listed_revoked_and_kept_in_the_history(team: tuple[Store, int]) -> None:
    store, tool_id = team
    assert store.grant_role("EVA@example.org", "approver", tool_id=tool_id, actor=ACTOR).id
    eva = store.grants(user="eva@example.org")
    assert [(g.role, g.tool_id, g.granted_by) for g in eva] == [("approver", tool_id, ACTOR)]
    assert [g.role for g in store.revoke_role(EVA_EMAIL, tool_id=tool_id, actor=ADMIN)] == [
        "approver"
    ]
    assert store.grants(user=EVA_EMAIL) == []
    with pytest.raises(UserFacingError, match="sign off or approve"):
        store.sign_off(tool_id, name="Eva Holm", role="HR", decision="approved", actor=APPROVER)
    lines = [describe(e, "en") for e in store.history() if e.entity == "access"]
    assert lines[0] == "Granted rut@example.org the role reader"
    assert lines[-2:] == [
        "Granted ali@example.org the role administrator for every tool",
        "Revoked the role approver from eva@example.org",
    ]
    revoked = store.history()[-1]
    assert (revoked.actor, revoked.changes["@by"]) == (
        "Ali Admin",
        [
            {
                "via": "signed_in",
                "email": "ali@example.org",
                "sub": "sub-ali@example.org",
                "iss": "idp",
            }
        ],
    )


EVA_EMAIL = APPROVER.email


@pytest.mark.parametrize(
    ("role", "user", "message"),
    [
        ("overlord", "eva@example.org", "Unknown role 'overlord'. Choose one of: reader, editor"),
        ("editor", "Eva Holm", "is not an e-mail address"),
    ],
)
def test_an_unknown_role_or_a_name_for_an_address_is_refused(
    team: tuple[Store, int], role: str, user: str, message: str
) -> None:
    store, tool_id = team
    with pytest.raises(UserFacingError, match=message):
        store.grant_role(user, role, tool_id=tool_id, actor=ACTOR)


def test_only_administrators_grant_roles_in_the_app(team: tuple[Store, int]) -> None:
    store, tool_id = team
    with pytest.raises(UserFacingError, match="administer the register"):
        store.grant_role(READER.email, "approver", tool_id=tool_id, actor=EDITOR)
    store.grant_role(READER.email, "editor", tool_id=tool_id, actor=ADMIN)


def _proposed(store: Store, tool_id: int, who: Actor):
    risky = risk_for(
        tool_id,
        grounds=["ethnicity"],
        status=RiskStatus.accepted,
        treatment=Treatment.accept,
        acceptance=Decision(justification=WHY),
    )
    return store.save_risk(risky, actor=who)


def test_the_proposer_of_a_risk_acceptance_cannot_approve_it_another_approver_can(
    team: tuple[Store, int],
) -> None:
    store, tool_id = team
    risk = _proposed(store, tool_id, BOTH)
    assert risk.acceptance is not None and risk.acceptance.proposed_by == BOTH
    assert risk.acceptance_state == "awaiting_approval"
    with pytest.raises(UserFacingError) as info:
        store.approve_acceptance(risk, actor=BOTH)
    assert info.value.en.startswith("Four eyes: Bo Berg proposed accepting the risk")
    assert "Fyra ögon" in info.value.sv
    with pytest.raises(UserFacingError, match="sign off or approve decisions"):
        store.approve_acceptance(risk, actor=EDITOR)
    with pytest.raises(UserFacingError, match="sign off or approve decisions"):
        store.approve_acceptance(risk, actor=ADMIN)  # administering is not approving
    approved = store.approve_acceptance(risk, actor=APPROVER)
    assert approved.acceptance_state == "approved" and approved.approved_by == "Eva Holm"
    assert approved.acceptance is not None
    assert (approved.acceptance.proposed_by, approved.acceptance.approved_by) == (BOTH, APPROVER)
    assert approved.acceptance.justification == WHY
    lines = [(e.actor, describe(e, "en")) for e in store.history(tool_id)[-2:]]
    assert lines == [
        ("Bo Berg", "Proposed accepting the risk “Indirect discrimination”"),
        ("Eva Holm", "Approved accepting the risk “Indirect discrimination”"),
    ]
    # Ticking off nothing of substance keeps the approval; changing the risk asks for a new one.
    kept = store.save_risk(approved.model_copy(update={"owner": "HR"}), actor=EDITOR)
    assert kept.acceptance_state == "approved"
    again = store.save_risk(kept.model_copy(update={"severity": 5}), actor=EDITOR)
    assert again.acceptance_state == "awaiting_approval" and again.approved_by is None
    assert again.acceptance is not None and again.acceptance.proposed_by == EDITOR


def test_an_acceptance_without_justification_is_refused_and_cannot_be_approved(
    team: tuple[Store, int],
) -> None:
    store, tool_id = team
    bare = risk_for(tool_id, grounds=["sex"], status=RiskStatus.accepted, likelihood=1)
    with pytest.raises(UserFacingError, match="concerns discrimination"):
        store.save_risk(bare, actor=EDITOR)
    open_risk = store.save_risk(risk_for(tool_id), actor=EDITOR)
    with pytest.raises(UserFacingError, match="not proposed for acceptance"):
        store.approve_acceptance(open_risk, actor=APPROVER)


def test_four_eyes_hold_for_names_stated_on_the_command_line(store: Store) -> None:
    """Roles bind signed-in identities; stated names are still four eyes, by name."""
    tool = store.save_tool(cv_screening(), actor="Anna")
    assert tool.id is not None
    risk = _proposed(store, tool.id, Actor(name="Anna"))
    with pytest.raises(UserFacingError, match="Four eyes: anna proposed"):
        store.approve_acceptance(risk, actor=" anna ")
    assert store.approve_acceptance(risk, actor="Eva").acceptance_state == "approved"
    with pytest.raises(UserFacingError, match="Four eyes: ANNA proposed the content"):
        store.sign_off(tool.id, name="ANNA", role="HR", decision="approved", actor="Eva")
    signed = store.sign_off(tool.id, name="Eva Holm", role="HR", decision="approved", actor="Ola")
    assert signed.signed_by == Actor(name="Eva Holm")
    assert [p.name for p in signed.proposed_by] == ["Anna"]  # the approval proposes nothing


def test_a_sign_off_needs_an_approver_who_changed_nothing_since_the_last_one(
    team: tuple[Store, int],
) -> None:
    store, tool_id = team
    store.save_risk(risk_for(tool_id), actor=EDITOR)
    with pytest.raises(UserFacingError, match="sign off or approve decisions"):
        store.sign_off(tool_id, name=EDITOR.name, role="HR", decision="approved", actor=EDITOR)
    store.save_audit_run(tool_id, tiny_result(), actor=BOTH)
    with pytest.raises(UserFacingError, match="Four eyes: Bo Berg proposed the content"):
        store.sign_off(tool_id, name=BOTH.name, role="HR", decision="approved", actor=BOTH)
    signed = store.sign_off(
        tool_id, name="Eva Holm", role="HR-direktör", decision="approved", actor=APPROVER
    )
    assert signed.signed_by == APPROVER
    assert [p.name for p in signed.proposed_by] == ["Test Person", "Maria Lind", "Bo Berg"]
    # Nothing changed since: the next sign-off approves the same people's work.
    with pytest.raises(UserFacingError, match="Four eyes: Bo Berg"):
        store.sign_off(tool_id, name=BOTH.name, role="HR", decision="approved", actor=BOTH)


def test_every_write_of_the_store_asks_the_access_decision_first() -> None:
    """The store refuses, not only the UI: each public method taking an ``actor`` calls
    ``self._allow`` (one line, so that parallel work on the store merges easily)."""
    import ast
    import inspect
    import textwrap

    from ethics_toolkit.register.storage import store as module

    readers = {"roles_of", "may"}  # they answer the question, they write nothing
    missing = []
    for name, member in inspect.getmembers(module.Store, inspect.isfunction):
        if name.startswith("_") or name in readers:
            continue
        if "actor" not in inspect.signature(member).parameters:
            continue
        tree = ast.parse(textwrap.dedent(inspect.getsource(member)))
        calls = [
            node.func.attr
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
        ]
        if "_allow" not in calls:
            missing.append(name)
    assert missing == []

"""Issue 20, item 8: proposed risks dismissed one by one or all at once, with a reason, kept in
the register with history so that they do not come back; and recipes and dismissals carried by
the register's export and import (SQLite and PostgreSQL)."""

from __future__ import annotations

import pandas as pd
import pytest

from ethics_toolkit.engine.audit import audit_frame
from ethics_toolkit.engine.models import AuditResult, AuditSpec
from ethics_toolkit.engine.recipe.recipe import GroupColumn, Recipe, YesNo
from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.register.checklists.catalogue import load_checklists
from ethics_toolkit.register.domain.dismissals import Proposal, adverse_key, item_key
from ethics_toolkit.register.domain.history import describe
from ethics_toolkit.register.status.progress import audit_risk_missing
from ethics_toolkit.register.storage.messages import REASON_NEEDED
from ethics_toolkit.register.storage.store import Store
from ethics_toolkit.register.storage.verify import verify
from tests.register.conftest import StoreFactory
from tests.register.factories import ACTOR, cv_screening
from tests.register.tamper import tamper


def _adverse_result() -> AuditResult:
    """Women 6/30 (20 %) and Other 5/25 against men 15/30 (50 %): two groups below 4/5."""
    rows = (
        [("Woman", 1)] * 6 + [("Woman", 0)] * 24 + [("Man", 1)] * 15 + [("Man", 0)] * 15
        + [("Other", 1)] * 5 + [("Other", 0)] * 20
    )  # fmt: skip
    frame = pd.DataFrame(rows, columns=["gender", "selected"])
    return audit_frame(frame, AuditSpec(outcome="selected", positive="1", sensitive=["gender"]))


def _proposals(result: AuditResult, run: int) -> list[Proposal]:
    """Woman's proposal first, then Other's."""
    found = [
        Proposal(key=adverse_key(g.values), title=f"{g.values['gender']} below", audit_run_id=run)
        for a in result.analyses
        for g in a.groups
        if g.adverse_impact
    ]
    return sorted(found, key=lambda p: not p.title.startswith("Woman"))


def test_audit_proposals_are_dismissed_one_then_all_with_history(store: Store) -> None:
    tool = store.save_tool(cv_screening(), actor=ACTOR)
    assert tool.id is not None
    result = _adverse_result()
    run = store.save_audit_run(tool.id, result, actor=ACTOR)
    assert run.id is not None
    woman, other = _proposals(result, run.id)
    assert (woman.key, other.key) == ('adverse:{"gender": "Woman"}', 'adverse:{"gender": "Other"}')
    assert audit_risk_missing(store.record(tool.name))  # two proposals wait
    (first,) = store.dismiss_proposals(tool.id, [woman], reason="Known: see risk 4", actor=ACTOR)
    assert (first.proposal, first.audit_run_id) == (woman.key, run.id)
    assert first.reason == "Known: see risk 4"
    assert audit_risk_missing(store.record(tool.name))  # one still waits
    # "All at once": the one already dismissed is left as it is, the other one is added.
    (second,) = store.dismiss_proposals(tool.id, [woman, other], reason="Too few", actor="Eva")
    assert second.proposal == other.key and second.dismissed_by == "Eva"
    record = store.record(tool.name)
    assert [d.proposal for d in record.dismissals] == [woman.key, other.key]
    assert not audit_risk_missing(record)  # every proposal decided: the path moves on
    lines = [describe(e, "en") for e in store.history(tool.id) if e.entity == "proposal"]
    assert lines == [
        "Dismissed the proposed risk “Woman below”: Known: see risk 4",
        "Dismissed the proposed risk “Other below”: Too few",
    ]
    sv = [describe(e, "sv") for e in store.history(tool.id) if e.entity == "proposal"]
    assert sv[0] == "Avfärdade riskförslaget ”Woman below”: Known: see risk 4"
    assert store.walk_history().intact and store.verdict().intact  # every row bound (issue 27)
    # A new audit run proposes again: its figures are new evidence.
    store.save_audit_run(tool.id, result, actor=ACTOR)
    assert audit_risk_missing(store.record(tool.name))


def test_a_checklist_proposal_is_dismissed_with_a_reason(store: Store) -> None:
    tool = store.save_tool(cv_screening(), actor=ACTOR)
    assert tool.id is not None
    item = load_checklists()[0].items[0].id
    store.answer(tool.id, item, "no", actor=ACTOR)
    proposal = Proposal(key=item_key(item), title="A gap", item_id=item)
    store.dismiss_proposals(tool.id, [proposal], reason="Covered by the DPIA", actor=ACTOR)
    (answer,) = store.answers(tool.id)
    assert answer.risk_decision == "dismissed"
    entry = store.history(tool.id)[-1]  # the answer's entry binds the changed answer row
    assert (entry.entity, entry.entity_id) == ("answer", item)
    assert entry.changes["risk_decision"] == ["pending", "dismissed"]
    assert store.dismissals(tool.id) == []  # kept on the answer itself
    assert store.verdict().intact
    assert describe(entry, "en") == "Dismissed the proposed risk “A gap”: Covered by the DPIA"
    with pytest.raises(UserFacingError, match="has no pending risk proposal"):
        store.dismiss_proposals(tool.id, [proposal.model_copy(update={"key": "x"})],
                                reason="again", actor=ACTOR)  # fmt: skip


def test_a_dismissal_needs_a_reason_and_a_run_of_the_tool(store: Store) -> None:
    tool = store.save_tool(cv_screening(), actor=ACTOR)
    other = store.save_tool(cv_screening(name="Other"), actor=ACTOR)
    assert tool.id is not None and other.id is not None
    run = store.save_audit_run(other.id, _adverse_result(), actor=ACTOR)
    proposal = Proposal(key="adverse:{}", title="X", audit_run_id=run.id)
    with pytest.raises(UserFacingError) as error:
        store.dismiss_proposals(tool.id, [proposal], reason="  ", actor=ACTOR)
    assert error.value.sv == REASON_NEEDED.sv
    with pytest.raises(UserFacingError, match="does not belong to this tool"):
        store.dismiss_proposals(tool.id, [proposal], reason="Because", actor=ACTOR)
    assert store.dismissals(tool.id) == []
    assert [e.entity for e in store.history(tool.id)] == ["tool"]


RECIPE = Recipe(
    sheet="Kandidater",
    decision=YesNo(column="Beslut", selected=["Ja"], not_selected=["Nej"]),
    groups=[
        GroupColumn(column="Kön", reference="Man", unknown=["Annat/vill ej uppge"]),
        GroupColumn(column="Födelseland", regroup="region", seen=["Sverige", "Polen"]),
    ],
)


def test_export_and_import_carry_recipes_and_dismissals_with_shifted_ids(
    make_store: StoreFactory,
) -> None:
    source, target = make_store(), make_store()
    result = _adverse_result()
    for store, name in (("target", "Local"), ("source", "CV-Sorter")):
        store = source if store == "source" else target
        tool = store.save_tool(cv_screening(name=name), actor=ACTOR)
        assert tool.id is not None
        run = store.save_audit_run(tool.id, result, actor=ACTOR)
        assert run.id is not None
        store.save_recipe(tool.id, RECIPE, actor=ACTOR)
        second = RECIPE.model_copy(update={"stratify": "Tjänst"})
        store.save_recipe(tool.id, second, actor=ACTOR)
        store.dismiss_proposals(tool.id, _proposals(result, run.id)[:1], reason="Known",
                                actor=ACTOR)  # fmt: skip
    document = source.export_json()
    (exported,) = document["tools"]
    assert [r["version"] for r in exported["recipes"]] == [1, 2]
    assert exported["recipes"][0]["recipe"]["groups"][1]["regroup"] == "region"
    assert [d["reason"] for d in exported["dismissals"]] == ["Known"]
    assert target.import_json(document, source="cv.json", actor=ACTOR) == ["CV-Sorter"]
    imported = target.record("CV-Sorter")
    assert imported.tool.id == 2
    recipes = target.recipes(2)
    assert [(r.version, r.tool_id) for r in recipes] == [(1, 2), (2, 2)]
    assert [r.id for r in recipes] == [3, 4]  # shifted past the target's own two versions
    assert recipes[0].recipe == RECIPE and target.latest_recipe(2) == recipes[1]
    (dismissal,) = imported.dismissals
    (run,) = imported.audits
    assert (dismissal.id, dismissal.audit_run_id, dismissal.tool_id) == (2, run.id, 2)
    assert run.id == 2 and audit_risk_missing(imported)  # "Other" still waits
    # The history lines still name what they are about, with shifted ids.
    recipe_entries = [e for e in imported.history if e.entity == "recipe"]
    assert [e.entity_id for e in recipe_entries] == ["3", "4"]
    assert [describe(e, "en") for e in imported.history if e.entity == "proposal"] == [
        "Dismissed the proposed risk “Woman below”: Known"
    ]
    assert [e.entity_id for e in imported.history if e.entity == "proposal"] == ["2"]
    assert target.walk_history().intact and target.verdict().intact
    # And the round trip is exact: export, import into an empty register, export again.
    empty = make_store()
    empty.import_json(document, source="cv.json", actor=ACTOR)
    again = empty.export_json()["tools"][0]
    for part in ("recipes", "dismissals"):
        assert again[part] == exported[part]


def test_an_import_refuses_a_dismissal_of_a_run_not_in_the_file(store: Store) -> None:
    source = Store.open("sqlite://")
    tool = source.save_tool(cv_screening(), actor=ACTOR)
    assert tool.id is not None
    run = source.save_audit_run(tool.id, _adverse_result(), actor=ACTOR)
    assert run.id is not None
    source.dismiss_proposals(tool.id, _proposals(_adverse_result(), run.id)[:1],
                             reason="Known", actor=ACTOR)  # fmt: skip
    document = source.export_json()
    source.close()
    document["tools"][0]["dismissals"][0]["audit_run_id"] = 99
    with pytest.raises(UserFacingError, match="a dismissal of tool 'CV-Sorter' links audit run 99"):
        store.import_json(document)
    assert store.list_tools() == []


def _dismissed(store: Store) -> None:
    tool = store.save_tool(cv_screening(), actor=ACTOR)
    assert tool.id is not None
    run = store.save_audit_run(tool.id, _adverse_result(), actor=ACTOR)
    assert run.id is not None
    store.dismiss_proposals(tool.id, _proposals(_adverse_result(), run.id)[:1],
                            reason="Known", actor=ACTOR)  # fmt: skip


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE dismissals SET reason = 'Never mind'",
        "DELETE FROM dismissals",
        "INSERT INTO dismissals (tool_id, audit_run_id, proposal, title, reason, dismissed_at, "
        "dismissed_by) SELECT tool_id, audit_run_id, 'adverse:{}', 'X', 'Y', dismissed_at, "
        "dismissed_by FROM dismissals",
    ],
)
def test_a_dismissal_changed_below_the_program_is_named(
    make_store: StoreFactory, statement: str
) -> None:
    """Issue 27 on issue 20's table: edited, deleted or slipped in, ``verify`` names the row."""
    store = make_store()
    _dismissed(store)
    assert verify(store).intact
    guard = pytest.raises(Exception, match="cannot be changed")  # the trigger, not tampered with
    with guard, store.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE dismissals SET reason = 'Never mind'")
    tamper(store, statement)
    result = verify(store)
    assert not result.intact
    assert any("The dismissed risk proposal" in f.message.en for f in result.findings), [
        f.message.en for f in result.findings
    ]


def test_an_export_whose_dismissal_was_edited_is_refused(store: Store) -> None:
    source = Store.open("sqlite://")
    _dismissed(source)
    document = source.export_json()
    source.close()
    document["tools"][0]["dismissals"][0]["reason"] = "Something else"
    with pytest.raises(UserFacingError, match="The dismissed risk proposal “Woman below” "
                       r"\(no. 1\) of “CV-Sorter” was changed"):  # fmt: skip
        store.import_json(document)
    assert store.list_tools() == []

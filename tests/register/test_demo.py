"""The demo tool: complete, realistic, reproducible, idempotent, and free of raw decision rows."""

from __future__ import annotations

import re
from collections import Counter

import pytest
import sqlalchemy as sa

from ethics_toolkit.register.checklists.catalogue import load_checklists
from ethics_toolkit.register.demo.answers import ANSWERS
from ethics_toolkit.register.demo.profile import DEMO_TOOL
from ethics_toolkit.register.demo.seed import seed_demo
from ethics_toolkit.register.domain.answers import AnswerValue
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.register.storage.store import Store
from tests.register.conftest import StoreFactory

pytest.importorskip("ethics_toolkit.engine.audit", reason="the fairness engine is not merged yet")

REQUIRED_RISKS = {
    "Indirekt etnisk diskriminering i CV-urvalet": ["DL 1 kap. 4 §"],
    "HR-personalen saknar grundläggande AI-förståelse": ["AI Act Art. 4"],
    "Rekryterarna godkänner rangordningen utan egen prövning": [
        "AI Act Art. 26(2)",
        "GDPR Art. 22",
    ],
    "Sökande informeras inte om att AI används": ["AI Act Art. 26(11)"],
    "Ingen konsekvensbedömning avseende dataskydd (DPIA) gjord": ["GDPR Art. 35"],
}


@pytest.fixture
def demo(store: Store) -> ToolRecord:
    seed_demo(store)
    return store.record(DEMO_TOOL)


def test_profile_and_classification(demo: ToolRecord) -> None:
    tool, legal = demo.tool, demo.classification
    assert (tool.vendor, tool.hr_process, tool.employees) == ("Exempel AB", "recruitment", 300)
    assert tool.next_review is not None and tool.next_review.isoformat() == "2027-03-01"
    assert (legal.risk_class, legal.dpia_likely, legal.fria_needed) == ("high_risk", True, False)
    assert legal.active_measures_duty


def test_every_checklist_item_is_answered_with_swedish_evidence(demo: ToolRecord) -> None:
    items = [item.id for area in load_checklists() for item in area.items]
    assert set(ANSWERS) == set(items)  # every item has a hand-written demo answer
    assert sorted(a.item_id for a in demo.answers) == sorted(items)
    assert all(a.evidence.strip() for a in demo.answers)
    mix = Counter(a.value for a in demo.answers)
    assert mix[AnswerValue.yes] + mix[AnswerValue.partly] > len(items) / 2
    assert mix[AnswerValue.no] >= 5 and mix[AnswerValue.dont_know] >= 5


def test_risks_are_complete_and_the_ethnic_one_links_the_audit(demo: ToolRecord) -> None:
    by_title = {r.title: r for r in demo.risks}
    assert len(demo.risks) >= 5
    for title, references in REQUIRED_RISKS.items():
        risk = by_title[title]
        assert set(references) <= set(risk.legal_references)
        assert risk.owner and risk.actions and all(a.due and a.owner for a in risk.actions)
        assert risk.residual_score is not None and risk.residual_score < risk.inherent_score
    (run,) = demo.audits
    ethnic = by_title["Indirekt etnisk diskriminering i CV-urvalet"]
    assert ethnic.audit_run_id == run.id and ethnic.grounds == ["ethnicity"]
    decided = {a.item_id: a.risk_decision for a in demo.answers}
    assert all(decided[r.source_item_id] == "accepted" for r in demo.risks if r.source_item_id)
    (signoff,) = demo.signoffs
    assert (signoff.name, signoff.decision) == ("Eva Holm", "approved_with_conditions")


def test_audit_run_holds_the_sample_log_as_cells(demo: ToolRecord) -> None:
    (run,) = demo.audits
    # Built from the Swedish export, so that a Swedish report reads Swedish throughout.
    assert (run.rows_read, run.file_name) == (5000, "rekrytering_excel_export.csv")
    assert run.file_sha256 is not None and len(run.file_sha256) == 64
    assert run.result.spec.sensitive == ["Kön", "Bakgrund"]
    # Cells of fewer than 5 people are withheld when the run is saved (register/privacy.py) ...
    assert min(c.count for c in run.result.cells) >= 5 and not run.exact_small_cells
    assert sum(c.count for c in run.result.cells) + run.withheld_rows == 5000
    # ... while the figures of groups of 5 or more stay exact (sample_data/README.md).
    background = next(a for a in run.result.analyses if a.attributes == ["Bakgrund"])
    outside = next(g for g in background.groups if g.values["Bakgrund"] == "Utanför Europa")
    assert (outside.n, outside.selected) == (1100, 217)


def test_seeding_twice_changes_nothing(store: Store) -> None:
    seed_demo(store)
    first = store.export_json()
    seed_demo(store)
    second = store.export_json()
    first.pop("exported_at"), second.pop("exported_at")
    assert first == second


def test_demo_content_is_reproducible(make_store: StoreFactory) -> None:
    exports = []
    for _ in range(2):
        store = make_store()
        seed_demo(store)
        document = store.export_json()
        document.pop("exported_at")
        exports.append(document)
    assert exports[0] == exports[1]
    history = exports[0]["tools"][0]["history"]
    assert {h["at"][:10] for h in history} <= {"2026-09-15", "2026-09-22", "2026-10-01",
                                               "2026-10-08", "2026-10-15"}  # fmt: skip


def test_the_database_never_holds_a_raw_decision_row(store: Store) -> None:
    seed_demo(store)
    dump = []
    with store.engine.connect() as connection:
        for table in sa.inspect(connection).get_table_names():
            rows = connection.execute(sa.text(f"SELECT * FROM {table}")).all()
            dump.append(repr([tuple(row) for row in rows]))  # Row's repr truncates
    text = "\n".join(dump)
    assert "Utanf" in text and "Europa" in text  # the cells are there ...
    assert not re.search(r"A\d{5}", text)  # ... but no applicant id from any row


def test_an_interrupted_seeding_leaves_nothing_behind(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def power_cut(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Store, "sign_off", power_cut)  # the last step
    with pytest.raises(KeyboardInterrupt):
        seed_demo(store)
    assert store.list_tools() == [] and store.history() == []
    monkeypatch.undo()
    seed_demo(store)
    assert len(store.record(DEMO_TOOL).signoffs) == 1


def test_the_demo_has_people_records_and_exactly_one_overdue_refresher(demo: ToolRecord) -> None:
    """Issue 23: on the demo's own dates (the sign-off) and today alike, one refresher is late."""
    from datetime import date

    from ethics_toolkit.register.demo.people import OVERDUE_COURSE, OVERDUE_DUE
    from ethics_toolkit.register.demo.profile import SIGNOFF_AT
    from ethics_toolkit.register.domain.competence import oversight_finding, refreshers
    from ethics_toolkit.register.duties.due import due_list
    from ethics_toolkit.register.integrity.content import signoff_status

    roles = {p.name: [str(r) for r in p.roles] for p in demo.people}
    assert roles == {"Maria Lind": ["owner"], "Eva Holm": ["approver"],
                     "Johan Berg": ["overseer"], "Ahmed Karimi": ["operator"],
                     "Linnea Svensson": ["operator"]}  # fmt: skip
    assert len(demo.competence) == 6
    for day in (SIGNOFF_AT.date(), date(2026, 12, 7), date(2027, 8, 24)):
        late = [r for r in refreshers(demo.people, demo.competence, as_of=day) if r.overdue]
        assert [(r.person, r.activity, r.due) for r in late] == [
            ("Ahmed Karimi", OVERDUE_COURSE, OVERDUE_DUE)
        ]
        overdue = due_list([demo], today=day, lang="sv").overdue
        assert [(i.kind, i.owner, i.date) for i in overdue if i.kind == "refresher"] == [
            ("refresher", "Ahmed Karimi", date(2026, 8, 25))
        ]
    finding = oversight_finding(demo.tool, demo.classification, demo.people, demo.competence,
                                as_of=SIGNOFF_AT.date())  # fmt: skip
    assert (finding.finding, finding.trained) == (False, ["Johan Berg"])
    # People are not signed content: the sign-off still covers what it approved.
    status = signoff_status(demo)
    assert status is not None and status.bound and not status.changed

"""A saved paired test as evidence in the checklists and as proposed risks (issue 24)."""

from __future__ import annotations

from datetime import UTC, datetime

from ethics_toolkit.engine.paired.analysis import analyse
from ethics_toolkit.register.checklists.catalogue import checklist_item
from ethics_toolkit.register.domain.paired import PairedRun
from ethics_toolkit.register.legal.paired import ITEMS, checklist_evidence
from ethics_toolkit.register.risks.paired import PAIRED_RISK_REFERENCES, paired_risks
from tests.engine.paired.helpers import make_test_set, simulated


def _run(tool: str, *, attributes=("gender", "origin"), version="4.2", day=1) -> PairedRun:
    made = make_test_set(base_cvs=24, attributes=attributes)
    return PairedRun(
        id=day,
        tool_id=7,
        tool_version=version,
        design=made.design,
        result=analyse(made.manifest, simulated(made.manifest, tool)),
        run_at=datetime(2026, 12, day, tzinfo=UTC),
        run_by="Maria Lind",
    )


def test_the_items_named_exist_in_the_checklists() -> None:
    for item in ITEMS:
        assert checklist_item(item).id == item


def test_the_latest_test_is_evidence_for_names_audits_and_procurement() -> None:
    older, latest = _run("unbiased", version="4.1"), _run("origin_penalty", day=2)
    evidence = checklist_evidence([latest, older])
    assert sorted(evidence) == [
        "non_discrimination-03",
        "non_discrimination-06",
        "vendor_management-03",
    ]  # fmt: skip  (no gap tested)
    assert evidence["non_discrimination-03"].sv == (
        "Parat test 2026-12-02 (version 4.2): Kön (förnamnet) ingen skillnad av betydelse; "
        "Ursprung (namnet) skillnad, knappast slumpen."
    )
    assert evidence["vendor_management-03"].en.endswith(
        "Your own test of the version the vendor delivered, independent of the vendor's tests."
    )
    assert checklist_evidence([]) == {}


def test_a_gap_test_is_evidence_for_the_gap_question() -> None:
    run = _run("unbiased", attributes=("gender", "gap"))
    evidence = checklist_evidence([run])
    assert "Föräldraledighet i CV:t" in evidence["non_discrimination-04"].sv


def test_a_biased_contrast_proposes_a_risk_and_an_unbiased_one_does_not() -> None:
    (risk,) = paired_risks(_run("origin_penalty"), owner="HR-chef", lang="sv")
    origin = next(c for c in _run("origin_penalty").result.contrasts if c.attribute == "origin")
    assert risk.title == (
        "Verktyget bedömer likadana CV:n olika: CV:n med utomeuropeiskt namn fick "
        f"{abs(origin.mean_difference):.1f} poäng lägre än med svenskt namn (parat test, "
        "version 4.2)"
    ).replace(".", ",", 1)
    assert (risk.likelihood, risk.severity, risk.inherent_score) == (5, 4, 20)
    assert risk.grounds == ["ethnicity", "religion"]
    assert risk.legal_references == list(PAIRED_RISK_REFERENCES)
    assert risk.description == origin.finding.sv and risk.tool_id == 7
    assert risk.category == "non_discrimination" and risk.owner == "HR-chef"
    assert paired_risks(_run("unbiased"), owner="x", lang="en") == []

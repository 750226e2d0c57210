"""Issue 21 §7: the law as data, versioned by date with sources; a change of law is a data change.

Every fact in ``register/law/ai_act_dates.yaml`` and ``provisions.yaml`` carries the day it applies
(or became known) from and its source. A statement made as of a day uses what applied then, and
names the version it used. The Omnibus' publication is one line in the data file: the test writes
it into a copy and reads what changes, with no code changed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from ethics_toolkit.register.law import ai_act, provisions
from ethics_toolkit.register.legal.classification import classify
from tests.register.factories import cv_screening
from tests.register.test_legal_evidence import run_of

DATA = Path(ai_act.__file__).parent


@pytest.fixture
def published(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The law files with the Omnibus published on 20 July 2026 (in force from 23 July)."""
    raw = yaml.safe_load((DATA / "ai_act_dates.yaml").read_text(encoding="utf-8"))
    raw["omnibus"]["published"] = date(2026, 7, 20)
    raw["omnibus"]["published_source"] = {"sv": "EUT L, 20.7.2026", "en": "OJ L, 20.7.2026"}
    raw["version"] = date(2026, 7, 20)
    changed = tmp_path / "ai_act_dates.yaml"
    changed.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr(ai_act, "DATES_FILE", changed)
    ai_act.dates.cache_clear()
    provisions.provisions.cache_clear()
    yield
    ai_act.dates.cache_clear()
    provisions.provisions.cache_clear()


def test_every_fact_has_a_date_and_a_source_in_both_languages() -> None:
    found = ai_act.dates()
    assert found.version == date(2026, 6, 29)
    for fact in (found.prohibitions_fact, found.annex_iii_fact):
        assert fact.valid_from <= fact.date and fact.source.sv and fact.source.en
    assert [(s.step, s.date) for s in found.omnibus.steps] == [
        ("agreed", date(2026, 5, 7)),
        ("parliament", date(2026, 6, 16)),
        ("council", date(2026, 6, 29)),
    ]
    for name, versions in provisions.provisions().items():
        assert versions[0].valid_from != "omnibus", name  # the law as it stands comes first
        for version in versions:
            assert version.source.sv and version.source.en and version.sv and version.en


@pytest.mark.parametrize(
    ("as_of", "said"),
    [
        (date(2026, 5, 1), None),
        (date(2026, 6, 1), "Under the political agreement on the Digital Omnibus on AI "
                           "(7 May 2026), they move to 2 December 2027"),
        (date(2026, 6, 20), "Under the Digital Omnibus on AI, approved by the European Parliament "
                            "on 16 June 2026 (political agreement of 7 May 2026), they move"),
        (date(2026, 10, 15), "Under the Digital Omnibus on AI, adopted by the Council on 29 June "
                             "2026 after the European Parliament's vote of 16 June 2026, they move "
                             "to 2 December 2027"),
    ],
)  # fmt: skip
def test_the_dates_are_stated_as_known_on_the_day(as_of: date, said: str | None) -> None:
    text = ai_act.deployer_dates("en", as_of=as_of)
    assert "apply from 2 August 2026 under Art. 113" in text
    if said is None:
        assert "Omnibus" not in text
    else:
        assert said in text
        assert "does not record that publication as confirmed" in text
    if as_of >= date(2026, 6, 29):  # once adopted, never "the 7 May agreement" (issue 21 §7)
        assert "political agreement" not in text


def test_the_council_adoption_is_stated_in_swedish_too() -> None:
    text = ai_act.deployer_dates("sv", as_of=date(2026, 10, 15))
    said = "Digital Omnibus om AI, som rådet antog den 29 juni 2026 efter Europaparlamentets "
    assert said in text


def test_art_26_5_means_suspending_and_informing_the_provider_and_the_authority() -> None:
    version = provisions.in_force("art26_5", date(2026, 10, 15))
    assert "suspends use" in version.en and "market surveillance authority" in version.en
    assert version.short is not None
    assert version.short.en == (
        "suspend use and inform the provider and the market surveillance authority"
    )
    assert "marknadskontrollmyndigheten" in version.short.sv


def test_a_report_states_the_version_and_sources_it_used() -> None:
    law = provisions.law_version(date(2026, 10, 15))
    assert law.label("en") == "version 2026-06-29, applied as of 15 October 2026"
    sources = [s.en for s in law.sources]
    assert "Council adoption of 29 June 2026" in sources and "GDPR Art. 9(1)–(2)" in sources
    earlier = [s.en for s in provisions.law_version(date(2026, 6, 1)).sources]
    assert "Council adoption of 29 June 2026" not in earlier


def test_until_published_art_4_and_art_9_state_the_law_in_force_and_the_change_pending() -> None:
    from tests.report.fixtures import demo_result  # an audit of background (ethnic origin)

    art4 = provisions.in_force("art4", date(2026, 10, 15))
    assert art4.outcome == "ensure" and "must ensure a sufficient level" in art4.en
    assert provisions.pending_note("art4", "en", date(2026, 10, 15)).startswith(
        "Not yet in force: Deployers take measures to support"
    )
    assert provisions.pending_note("art4", "en", date(2026, 5, 1)) == ""  # nothing agreed yet
    point = classify(cv_screening(), audits=[run_of(demo_result())], as_of=date(2026, 10, 15))
    art9 = point.point("art9_ground")
    assert art9 is not None and art9.outcome == "missing"
    assert "no Art. 9(2) exception is stated" in art9.statement.en
    assert "Not yet in force: The Digital Omnibus on AI widens the legal basis" in art9.statement.en


def test_publishing_the_omnibus_is_a_data_change(published: None) -> None:
    """One line in the data file: the dates, Art. 4, the Art. 9 finding and the sources follow."""
    from tests.report.fixtures import demo_result

    assert ai_act.dates().omnibus.in_force_from() == date(2026, 7, 23)
    text = ai_act.deployer_dates("en", as_of=date(2026, 10, 15))
    assert "apply from 2 December 2027 under the Digital Omnibus (published in the Official" in text
    # Before its entry into force the day before, the law as it stood still applies.
    before = ai_act.deployer_dates("en", as_of=date(2026, 7, 22))
    assert "apply from 2 August 2026 under Art. 113" in before
    assert provisions.in_force("art4", date(2026, 10, 15)).outcome == "support"
    assert provisions.in_force("art4", date(2026, 7, 22)).outcome == "ensure"
    assert provisions.pending_note("art4", "en", date(2026, 10, 15)) == ""
    runs = [run_of(demo_result())]
    art9 = classify(cv_screening(), audits=runs, as_of=date(2026, 10, 15)).point("art9_ground")
    assert art9 is not None and art9.outcome == "missing"
    assert art9.statement.en.startswith(
        "GDPR Art. 9: special-category data is processed (ethnic origin in the audit's column "
        "background), and no legal basis is stated. The Digital Omnibus on AI widens"
    )
    assert art9.decision is not None and "to detect and correct bias" in art9.decision.en
    assert "OJ L, 20.7.2026" in [s.en for s in provisions.law_version(date(2026, 10, 15)).sources]

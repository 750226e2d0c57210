"""History lines are rendered from data in the reader's language, with no code names.

New entries store what changed as data (``changes`` plus the reserved ``@subject`` and
``@adverse_impact_found`` keys); entries written before (with an English ``summary``) render from
the same data, in both languages.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from ethics_toolkit.register.domain.history import (
    ADVERSE_KEY,
    SUBJECT_KEY,
    changed_fields,
    describe,
)
from ethics_toolkit.register.domain.history_entries import HistoryEntry

DPIA_SV = (
    "Har ni gjort en konsekvensbedömning avseende dataskydd (DPIA) för verktyget innan det togs i "
    "bruk?"
)
DPIA_EN = (
    "Did you carry out a data protection impact assessment (DPIA) for the tool before it went live?"
)
CODE_NAMES = re.compile(
    r"risk_decision|approved_with_conditions|tool_id|in_treatment|gdpr-\d\d|evaluation_or_scoring"
    r"|row_version|_id\b|@"
)


def _entry(**fields: object) -> HistoryEntry:
    base = {"at": datetime(2026, 10, 1, tzinfo=UTC), "actor": "Kim", "entity_id": "3"}
    return HistoryEntry.model_validate(base | fields)


CASES = [
    # An entry written before 0.2: English summary, facts in changes.
    (
        {"entity": "risk", "action": "create", "summary": "create risk No DPIA",
         "changes": {"title": [None, "No DPIA"], "likelihood": [None, 3], "tool_id": [None, 1]}},
        {"sv": "Lade till risken ”No DPIA”: sannolikhet 3",
         "en": "Added the risk “No DPIA”: likelihood 3"},
    ),
    (
        {"entity": "risk", "action": "update", "summary": "",
         "changes": {"status": ["open", "in_treatment"], "row_version": [1, 2]}},
        {"sv": "Ändrade risken: status Öppen → Under åtgärd",
         "en": "Changed the risk: status Open → In treatment"},
    ),
    (
        {"entity": "tool", "action": "delete", "summary": "delete tool X",
         "changes": {"name": ["X", None], "hr_process": ["recruitment", None]}},
        {"sv": "Tog bort verktyget ”X” med dess svar, risker, granskningar och signeringar",
         "en": "Deleted the tool “X” with its answers, risks, audits and sign-offs"},
    ),
    (
        {"entity": "answer", "action": "create", "entity_id": "gdpr-04",
         "summary": "answer gdpr-04: no",
         "changes": {"item_id": [None, "gdpr-04"], "value": [None, "no"],
                     "risk_decision": [None, "pending"]}},
        {"sv": f"Besvarade ”{DPIA_SV}”: Nej", "en": f"Answered “{DPIA_EN}”: No"},
    ),
    (
        {"entity": "answer", "action": "update", "entity_id": "gdpr-04",
         "summary": "accepted proposed risk for gdpr-04",
         "changes": {"risk_decision": ["pending", "accepted"]}},
        {"sv": f"Lade till risken som ”{DPIA_SV}” föreslog i riskregistret",
         "en": f"Added the risk proposed by “{DPIA_EN}” to the risk register"},
    ),
    (
        {"entity": "signoff", "action": "create",
         "summary": "sign-off by Eva Holm (HR-direktör): approved_with_conditions",
         "changes": {"name": [None, "Eva Holm"], "role": [None, "HR-direktör"],
                     "decision": [None, "approved_with_conditions"], "tool_id": [None, 1]}},
        {"sv": "Signering av Eva Holm (HR-direktör): Godkänd med villkor",
         "en": "Sign-off by Eva Holm (HR-direktör): Approved with conditions"},
    ),
    # Entries written now: the subject and the audit's verdict are data.
    (
        {"entity": "audit", "action": "create",
         "changes": {SUBJECT_KEY: ["rekrytering.csv"], "rows_used": [None, 4978],
                     ADVERSE_KEY: [True], "tool_id": [None, 1]}},
        {"sv": "Sparade en biasgranskning av ”rekrytering.csv”: 4\u202f978 rader använda, "
               "negativ särbehandlingseffekt hittad",
         "en": "Saved a bias audit of “rekrytering.csv”: 4,978 rows used, adverse impact found"},
    ),
    (
        {"entity": "tool", "action": "update",
         "changes": {SUBJECT_KEY: ["TalentScreen"], "status": ["in_use", "suspended"],
                     "purpose": ["old text", "new text"], "profiling": [False, True]}},
        {"sv": "Ändrade verktyget ”TalentScreen”: status I bruk → Pausat, syfte (ny text), "
               "bedömer personliga egenskaper (profilering) nej → ja",
         "en": "Changed the tool “TalentScreen”: status In use → Suspended, purpose (new text), "
               "evaluates personal traits (profiling) no → yes"},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("fields", "lines"), CASES)
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_describe(fields: dict[str, object], lines: dict[str, str], lang: str) -> None:
    line = describe(_entry(**fields), lang)
    assert line == lines[lang]
    assert not CODE_NAMES.search(line)


def test_names_fill_in_a_subject_older_entries_did_not_store() -> None:
    entry = _entry(entity="risk", action="update", changes={"likelihood": [4, 2]})
    names = {("risk", "3"): "Språket i ansökan"}
    assert (
        describe(entry, "sv", names=names)
        == "Ändrade risken ”Språket i ansökan”: sannolikhet 4 → 2"
    )


def test_changed_fields_are_labels() -> None:
    entry = _entry(entity="risk", action="update",
                   changes={"residual_likelihood": [3, 2], "row_version": [1, 2]})  # fmt: skip
    assert changed_fields(entry, "en") == ["Likelihood after treatment"]

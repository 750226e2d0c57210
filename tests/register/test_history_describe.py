"""History lines read in the user's language: the stored summary is English only."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ethics_toolkit.register.models import HistoryEntry


def _entry(**fields: object) -> HistoryEntry:
    base = {"at": datetime(2026, 10, 1, tzinfo=UTC), "actor": "Kim", "entity_id": "3"}
    return HistoryEntry.model_validate(base | fields)


@pytest.mark.parametrize(
    ("fields", "lang", "line"),
    [
        (
            {"entity": "risk", "action": "create", "summary": "create risk No DPIA",
             "changes": {"title": [None, "No DPIA"], "likelihood": [None, 3]}},
            "sv",
            "Skapade risk 3 (No DPIA)",
        ),
        (
            {"entity": "risk", "action": "create", "summary": "create risk No DPIA",
             "changes": {"title": [None, "No DPIA"]}},
            "en",
            "create risk No DPIA",
        ),
        (
            {"entity": "risk", "action": "update", "summary": "",
             "changes": {"status": ["open", "closed"], "row_version": [1, 2]}},
            "en",
            "Updated risk 3: status",
        ),
        (
            {"entity": "tool", "action": "delete", "summary": "delete tool X", "changes": {}},
            "sv",
            "Tog bort verktyget 3",
        ),
    ],
)  # fmt: skip
def test_describe(fields: dict[str, object], lang: str, line: str) -> None:
    assert _entry(**fields).describe(lang) == line

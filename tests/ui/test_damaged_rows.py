"""Issue 27 §6: a row the program cannot read (bad JSON, a date that is no date, a value no model
allows) never crashes a page; every page says it is damaged, in verify's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from ethics_toolkit.register.storage.store import Store
from ethics_toolkit.register.storage.verify import verify
from ethics_toolkit.ui import state
from tests.register.factories import ACTOR, cv_screening, filled_store
from tests.register.tamper import tamper
from tests.ui.test_tamper_agreement import _app, _errors

PAGES = ["overview", "tool_profile", "checklists", "bias_audit", "risks", "duties", "report"]


@pytest.fixture
def damaged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    url = f"sqlite:///{tmp_path / 'damaged.sqlite3'}"
    monkeypatch.setenv(state.DB_ENV, url)
    store = Store.open(url)
    filled_store(store)
    store.save_tool(cv_screening(name="Broken"), actor=ACTOR)
    tamper(
        store,
        "UPDATE risks SET actions = 'not json'",
        "UPDATE answers SET answered_at = 'yesterday' WHERE item_id = 'gdpr-01'",
        "UPDATE tools SET status = 'bogus' WHERE name = 'Broken'",
    )
    said = [f.message.en for f in verify(store).findings if f.kind == "row_damaged"]
    store.close()
    return said


def test_verify_names_each_damaged_row(damaged: list[str]) -> None:
    assert len(damaged) == 4  # both risks, the answer, the tool
    assert any(t.startswith("The risk (no. 1) of “CV-Sorter” cannot be read (") for t in damaged)
    assert any(t.startswith("The answer to checklist item gdpr-01 of “CV-Sorter”") for t in damaged)
    assert any(t.startswith("The tool “Broken” cannot be read (status: ") for t in damaged)


@pytest.mark.parametrize("page", PAGES)
def test_no_page_fails_on_a_damaged_row(damaged: list[str], page: str) -> None:
    at = _app(page)  # no exception (asserted by _app)
    banner = _errors(at)[0]
    assert banner.startswith("The register was changed outside the program: 4 alterations")
    assert all(text in banner for text in damaged)

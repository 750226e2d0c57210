"""The tables added after row binding (people, competence records, paired tests, recipes) are bound
to the chain like the rest: an edit, a deletion or an insertion below the program is named by
``verify``, on SQLite and PostgreSQL; the program's own writes leave the register intact."""

from __future__ import annotations

from datetime import date

import pytest

from ethics_toolkit.engine.paired.analysis import analyse
from ethics_toolkit.register.storage.store import Store
from ethics_toolkit.register.storage.verify import verify
from tests.engine.paired.helpers import make_test_set, simulated
from tests.register.conftest import StoreFactory
from tests.register.factories import ACTOR, cv_screening
from tests.register.tamper import tamper


def _register(store: Store) -> int:
    tool = store.save_tool(cv_screening(), actor=ACTOR)
    assert tool.id is not None
    store.add_person(tool.id, name="Kim Ek", role="overseer", actor=ACTOR)
    store.add_person(tool.id, name="Ola Berg", role="owner", actor=ACTOR)
    store.record_competence(
        tool.id, person="Kim Ek", activity="APT", taken_on=date(2026, 10, 6), actor=ACTOR
    )
    made = make_test_set(base_cvs=12)
    result = analyse(made.manifest, simulated(made.manifest, "unbiased"))
    store.save_paired_run(tool.id, result, actor=ACTOR, design=made.design, tool_version="1")
    store.remove_person(tool.id, name="Ola Berg", actor=ACTOR)
    return tool.id


def test_the_programs_own_writes_leave_the_new_tables_bound_and_intact(
    make_store: StoreFactory,
) -> None:
    store = make_store()
    _register(store)
    result = verify(store)
    assert result.intact, [f.message.en for f in result.findings]


@pytest.mark.parametrize(
    ("statement", "said"),
    [
        ("UPDATE people SET name = 'Someone Else' WHERE name = 'Kim Ek'", "The person"),
        ("DELETE FROM competence_records", "The competence record no. 1"),
        ("DELETE FROM paired_runs", "The paired test no. 1"),
        ("UPDATE competence_records SET activity = 'Course'", "The competence record no. 1"),
    ],
)
def test_a_change_below_the_program_is_named(
    make_store: StoreFactory, statement: str, said: str
) -> None:
    store = make_store()
    _register(store)
    tamper(store, statement)
    result = verify(store)
    assert not result.intact
    assert any(said in f.message.en for f in result.findings), [
        f.message.en for f in result.findings
    ]

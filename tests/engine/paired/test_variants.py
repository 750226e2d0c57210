"""The variant check: variants of one base CV may differ only in the tested signals (text diff)."""

from __future__ import annotations

import pytest

from ethics_toolkit.engine.paired.variants import (
    VARIANTS_DIFFER,
    WRONG_SIGNAL,
    check_variants,
    masked,
    require_same_variants,
)
from ethics_toolkit.errors import UserFacingError
from tests.engine.paired.helpers import make_test_set


def _texts(made) -> dict[str, str]:
    return {cv: "\n".join(doc.lines()) for cv, doc in made.documents.items()}


@pytest.mark.parametrize(
    "attributes", [("gender",), ("gender", "origin"), ("gender", "origin", "age", "gap")]
)
def test_a_made_set_differs_only_in_the_signals(attributes: tuple[str, ...]) -> None:
    made = make_test_set(base_cvs=4, attributes=attributes)
    assert check_variants(made.manifest, _texts(made)) == []
    require_same_variants(made.manifest, _texts(made))  # does not raise


def test_variants_really_differ_before_masking_and_are_equal_after() -> None:
    made = make_test_set(base_cvs=2, attributes=("gender", "origin", "age", "gap"))
    rows = [r for r in made.manifest.rows if r.base_id == "B001"]
    raw = {tuple(made.documents[r.cv_id].lines()) for r in rows}
    assert len(raw) == len(rows) == 16  # every variant's text is different ...
    assert len({tuple(masked(_texts(made)[r.cv_id], r)) for r in rows}) == 1  # ... but the signals


def _plain(text: str) -> str:
    return " ".join(text.split())


def test_a_variant_that_differs_in_more_than_the_name_is_caught() -> None:
    made = make_test_set(base_cvs=4)
    texts = _texts(made)
    base = sorted((r for r in made.manifest.rows if r.base_id == "B003"), key=lambda r: r.cv_id)
    victim = base[-1]  # not the first variant, which the others are compared with
    line = next(b.text for b in made.documents[victim.cv_id].blocks if b.kind == "entry")
    changed = line + " (chef)"
    texts[victim.cv_id] = texts[victim.cv_id].replace(line, changed)
    problems = check_variants(made.manifest, texts)
    assert len(problems) == 1
    problem = problems[0]
    assert (problem.base_id, problem.first_cv, problem.second_cv) == (
        "B003",
        base[0].cv_id,
        victim.cv_id,
    )
    assert (problem.line_a, problem.line_b) == (_plain(line), _plain(changed))
    with pytest.raises(UserFacingError) as error:
        require_same_variants(made.manifest, texts)
    assert error.value.en == VARIANTS_DIFFER.format("en", **problem.model_dump())
    assert "B003" in error.value.sv


def test_a_line_added_to_one_variant_is_caught() -> None:
    made = make_test_set(base_cvs=2)
    texts = _texts(made)
    victim = made.manifest.rows[0]
    texts[victim.cv_id] += "\nKörkort B"
    problems = check_variants(made.manifest, texts)
    assert [p.base_id for p in problems] == [victim.base_id]
    assert "Körkort B" in (problems[0].line_a, problems[0].line_b)


def test_another_variants_name_in_a_text_is_a_difference() -> None:
    """A variant's own name is masked wherever it stands; another variant's name is not."""
    made = make_test_set(base_cvs=2)
    texts = _texts(made)
    rows = [r for r in made.manifest.rows if r.base_id == "B001"]
    a, b = rows[0], rows[1]
    texts[a.cv_id] = texts[a.cv_id] + f"\nReferens: {b.name}"
    texts[b.cv_id] = texts[b.cv_id] + f"\nReferens: {b.name}"
    problems = check_variants(made.manifest, texts)
    assert problems and {p.base_id for p in problems} == {"B001"}
    assert any(f"Referens: {b.name}" in (p.line_a, p.line_b) for p in problems)


def test_a_name_that_signals_another_gender_than_the_manifest_says_is_refused() -> None:
    made = make_test_set(base_cvs=2)
    row = made.manifest.rows[0]
    wrong = "woman" if row.values["gender"] == "man" else "man"
    bad_row = row.model_copy(update={"values": {**row.values, "gender": wrong}})
    manifest = made.manifest.model_copy(update={"rows": [bad_row, *made.manifest.rows[1:]]})
    with pytest.raises(UserFacingError) as error:
        require_same_variants(manifest, _texts(made))
    assert error.value.en == WRONG_SIGNAL.format(
        "en", cv=row.cv_id, name=row.name,
        signalled=f"{row.values['origin']}/{row.values['gender']}",
        stated=f"{row.values['origin']}/{wrong}",
    )  # fmt: skip


def test_the_name_is_masked_in_the_e_mail_address_but_a_common_word_is_not() -> None:
    made = make_test_set(base_cvs=1)
    row = made.manifest.rows[0]
    first, last = row.name.split(" ")
    lines = masked(f"{row.name}\nE-post: {first.lower()}.{last.lower()}@example.com\nper år", row)
    assert lines == ["⟨name⟩", "E-post: ⟨first⟩.⟨last⟩@example.com", "per år"]

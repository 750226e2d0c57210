"""The design of a test set: full crossing per base CV, opaque ids, names that carry the signals."""

from __future__ import annotations

import itertools
import re
from collections import Counter

import pytest

from ethics_toolkit.engine.paired.design import (
    BAD_ATTRIBUTES,
    BAD_COUNT,
    BAD_FORMATS,
    ID_ALPHABET,
    cells,
    make_set,
    manifest_csv,
    parse_attributes,
    parse_formats,
)
from ethics_toolkit.engine.paired.manifest import parse_manifest
from ethics_toolkit.engine.paired.names import FIRST_NAMES, LAST_NAMES, signal_of
from ethics_toolkit.errors import UserFacingError
from tests.engine.paired.helpers import make_test_set, profile


def test_every_base_cv_has_the_full_crossing_of_gender_and_origin() -> None:
    made = make_test_set(base_cvs=12)
    rows = made.manifest.rows
    assert len(rows) == 12 * 2 * 2
    assert made.design.cvs == 48 and made.design.base_cvs == 12
    by_base = Counter(r.base_id for r in rows)
    assert set(by_base.values()) == {4}
    for base in by_base:
        combos = sorted((r.values["gender"], r.values["origin"]) for r in rows if r.base_id == base)
        assert combos == [
            ("man", "non_european"),
            ("man", "swedish"),
            ("woman", "non_european"),
            ("woman", "swedish"),
        ]


def test_four_attributes_give_sixteen_variants_each_with_its_signals() -> None:
    made = make_test_set(base_cvs=3, attributes=("gender", "origin", "age", "gap"))
    assert len(made.manifest.rows) == 3 * 16
    for row in made.manifest.rows:
        year = {"younger": "1995", "older": "1970"}[row.values["age"]]  # reference year 2026
        assert row.signals["birth_year"] == year
        gap = row.signals["gap_text"]
        assert ("Föräldraledighet" in gap) == (row.values["gap"] == "parental_leave")
        lines = made.documents[row.cv_id].lines()
        assert f"Född {year}" in lines and gap in lines


def test_ids_and_file_names_reveal_nothing_and_the_order_is_random() -> None:
    made = make_test_set(base_cvs=12)
    rows = made.manifest.rows
    ids = [r.cv_id for r in rows]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(f"[{ID_ALPHABET}]{{6}}", i) for i in ids)
    assert all(r.file == f"cvs/{r.cv_id}.pdf" and r.other_files == {"docx": f"cvs/{r.cv_id}.docx"}
               for r in rows)  # fmt: skip
    # Not listed base by base: the rows of one base CV are spread over the manifest.
    bases = [r.base_id for r in rows]
    assert bases != sorted(bases)
    assert sum(a == b for a, b in itertools.pairwise(bases)) < len(rows) // 4


def test_names_signal_the_stated_gender_and_origin_and_gender_pairs_share_the_last_name() -> None:
    made = make_test_set(base_cvs=12)
    for row in made.manifest.rows:
        first, last = row.name.split(" ")
        assert signal_of(first, last) == (row.values["origin"], row.values["gender"])
        assert first in FIRST_NAMES[(row.values["origin"], row.values["gender"])]
        assert last in LAST_NAMES[row.values["origin"]]
    for base in {r.base_id for r in made.manifest.rows}:
        for origin in ("swedish", "non_european"):
            lasts = {
                r.name.split(" ")[1]
                for r in made.manifest.rows
                if r.base_id == base and r.values["origin"] == origin
            }
            assert len(lasts) == 1
    names = [r.name for r in made.manifest.rows]
    assert len(set(names)) == len(names)  # 48 names, no one twice


def test_the_same_seed_makes_the_same_set_and_another_seed_another() -> None:
    one = make_set(profile(), base_cvs=4, attributes=["gender", "origin"], seed=11)
    two = make_set(profile(), base_cvs=4, attributes=["gender", "origin"], seed=11)
    other = make_set(profile(), base_cvs=4, attributes=["gender", "origin"], seed=12)
    assert manifest_csv(one.manifest) == manifest_csv(two.manifest)
    assert one.documents == two.documents
    assert manifest_csv(one.manifest) != manifest_csv(other.manifest)


def test_the_manifest_csv_reads_back_as_written() -> None:
    made = make_test_set(base_cvs=2, attributes=("gender", "origin", "age", "gap"))
    text = manifest_csv(made.manifest)
    header = text.splitlines()[0].split(",")
    assert header == ["cv_id", "base_id", "file", "name", "gender", "origin", "age", "gap",
                      "birth_year", "gap_text", "file_docx"]  # fmt: skip
    assert parse_manifest(text) == made.manifest


def test_base_cvs_differ_in_how_well_they_fit_the_job() -> None:
    made = make_test_set(base_cvs=12)
    firsts = {r.base_id: made.documents[r.cv_id] for r in made.manifest.rows}
    experience = {doc.blocks[3].text for doc in firsts.values()}  # the profile line
    assert len(experience) > 3
    met = {sum(b.kind == "item" for b in doc.blocks) for doc in firsts.values()}
    assert len(met) > 2


def test_cells_start_with_the_baseline() -> None:
    assert cells(["gender"]) == [{"gender": "man"}, {"gender": "woman"}]
    assert cells(["origin", "gap"])[0] == {"origin": "swedish", "gap": "none"}


@pytest.mark.parametrize("given", ["", "gender,gender", "gender,religion"])
def test_unknown_or_repeated_attributes_are_refused(given: str) -> None:
    with pytest.raises(UserFacingError) as error:
        parse_attributes(given)
    assert error.value.en.startswith(BAD_ATTRIBUTES.en.split("{")[0])


def test_attributes_and_formats_come_in_canonical_order() -> None:
    assert parse_attributes("origin, gender") == ["gender", "origin"]
    assert parse_formats("docx,pdf") == ["pdf", "docx"]
    with pytest.raises(UserFacingError) as error:
        parse_formats("pdf,odt")
    assert error.value.en.startswith(BAD_FORMATS.en.split("{")[0])


@pytest.mark.parametrize("count", [0, 501])
def test_the_number_of_base_cvs_is_bounded(count: int) -> None:
    with pytest.raises(UserFacingError) as error:
        make_set(profile(), base_cvs=count, attributes=["gender"], seed=1)
    assert error.value.en == BAD_COUNT.format("en", max=500, count=count)


def test_an_untested_attribute_is_the_same_in_every_variant_of_a_base_cv() -> None:
    made = make_set(profile(), base_cvs=6, attributes=["gender"], seed=3)
    for base in {r.base_id for r in made.manifest.rows}:
        names = [r.name for r in made.manifest.rows if r.base_id == base]
        origins = {signal_of(*n.split(" "))[0] for n in names}
        assert len(names) == 2 and len(origins) == 1
        assert len({n.split(" ")[1] for n in names}) == 1

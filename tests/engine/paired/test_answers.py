"""The tool's answers: matched to the manifest by CV id or file name, one answer per CV."""

from __future__ import annotations

import pytest

from ethics_toolkit.engine.paired.answers import (
    DUPLICATE_ANSWERS,
    EMPTY_ANSWERS,
    MISSING_ANSWERS,
    NO_ID_COLUMN,
    NOT_A_SCORE,
    NOTHING_TO_ANALYSE,
    POSITIVE_NEEDED,
    POSITIVE_NOT_FOUND,
    TOO_MANY_DECISIONS,
    UNKNOWN_ANSWERS,
    read_answers,
)
from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.samples import paired as samples
from tests.engine.paired.helpers import make_test_set, rows


def _manifest():
    return make_test_set(base_cvs=3).manifest


def _csv(lines: list[str]) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf-8")


def _answers(manifest, spell=lambda row: row.cv_id) -> list[str]:
    return [f"{spell(r)},{50 + i},{'yes' if i % 2 else 'no'}" for i, r in enumerate(manifest.rows)]


def test_answers_match_by_cv_id_and_keep_each_score_and_decision() -> None:
    manifest = _manifest()
    data = _csv(["cv_id,score,decision", *_answers(manifest)])
    answers = read_answers(data, manifest, file_name="svar.csv", id_column="cv_id",
                           score="score", decision="decision", positive="yes")  # fmt: skip
    assert answers.scores == {r.cv_id: 50.0 + i for i, r in enumerate(manifest.rows)}
    assert answers.selected == {r.cv_id: bool(i % 2) for i, r in enumerate(manifest.rows)}
    assert (answers.rows, answers.file_name) == (12, "svar.csv")
    assert answers.sha256 is not None and len(answers.sha256) == 64


@pytest.mark.parametrize(
    "spell",
    [
        lambda r: r.file,  # cvs/AB12CD.pdf
        lambda r: r.file.split("/")[-1].lower(),  # ab12cd.pdf
        lambda r: f"C:\\Uploads\\{r.cv_id}.docx",
        lambda r: f" {r.cv_id.lower()} ",
    ],
)
def test_answers_match_by_file_name_with_any_folder_extension_or_case(spell) -> None:
    manifest = _manifest()
    data = _csv(["Fil,Poäng", *[line.rsplit(",", 1)[0] for line in _answers(manifest, spell)]])
    answers = read_answers(data, manifest, score="Poäng")  # the id column is found
    assert answers.scores == {r.cv_id: 50.0 + i for i, r in enumerate(manifest.rows)}
    assert answers.selected is None


def test_the_sample_export_reads_with_semicolons_decimal_comma_and_ja_nej() -> None:
    manifest = make_test_set().manifest
    data = samples.answers_csv(samples.simulate(rows(manifest), "origin_penalty"))
    answers = read_answers(data, manifest, id_column="Fil", score="Poäng", decision="Beslut",
                           positive="Ja")  # fmt: skip
    expected = {r["cv_id"]: samples.score_of(r, "origin_penalty", seed=samples.SAMPLE_SEED)
                for r in rows(manifest)}  # fmt: skip
    assert answers.scores == expected
    assert answers.selected == {cv: s >= samples.THRESHOLD for cv, s in expected.items()}


def _refused(data: bytes, constant, manifest=None, **options) -> UserFacingError:
    manifest = manifest or _manifest()
    with pytest.raises(UserFacingError) as error:
        read_answers(data, manifest, file_name="svar.csv", **options)
    assert error.value.en.startswith(constant.en.split("{")[0][:30])
    return error.value


def test_a_cv_without_an_answer_is_refused_naming_it() -> None:
    manifest = _manifest()
    lines = _answers(manifest)
    error = _refused(_csv(["cv_id,score", *[x.rsplit(",", 1)[0] for x in lines[:-3]]]),
                     MISSING_ANSWERS, manifest, id_column="cv_id", score="score")  # fmt: skip
    missing = sorted(r.cv_id for r in manifest.rows[-3:])
    assert error.en == MISSING_ANSWERS.format(
        "en", name="svar.csv", count=3, ids=", ".join(missing)
    )


def test_an_id_answered_twice_is_refused_naming_it() -> None:
    manifest = _manifest()
    lines = [x.rsplit(",", 1)[0] for x in _answers(manifest)]
    twice = manifest.rows[0].cv_id
    error = _refused(_csv(["cv_id,score", *lines, f"{twice.lower()}.pdf,99"]), DUPLICATE_ANSWERS,
                     manifest, id_column="cv_id", score="score")  # fmt: skip
    assert error.en == DUPLICATE_ANSWERS.format("en", name="svar.csv", ids=twice)


def test_an_unknown_id_is_refused() -> None:
    manifest = _manifest()
    lines = [x.rsplit(",", 1)[0] for x in _answers(manifest)]
    error = _refused(_csv(["cv_id,score", *lines, "ZZZZZZ,1"]), UNKNOWN_ANSWERS, manifest,
                     id_column="cv_id", score="score")  # fmt: skip
    assert "ZZZZZZ" in error.en and "ZZZZZZ" in error.sv


def test_an_empty_or_non_numeric_score_is_refused() -> None:
    manifest = _manifest()
    lines = [x.rsplit(",", 1)[0] for x in _answers(manifest)]
    empty = [*lines[:-1], lines[-1].split(",")[0] + ","]
    error = _refused(_csv(["cv_id,score", *empty]), EMPTY_ANSWERS, manifest, id_column="cv_id",
                     score="score")  # fmt: skip
    assert manifest.rows[-1].cv_id in error.en
    text = [*lines[:-1], lines[-1].split(",")[0] + ",high"]
    error = _refused(_csv(["cv_id,score", *text]), NOT_A_SCORE, manifest, id_column="cv_id",
                     score="score")  # fmt: skip
    assert error.en == NOT_A_SCORE.format("en", column="score", value="'high'",
                                          cv=manifest.rows[-1].cv_id)  # fmt: skip


def test_decisions_need_a_positive_value_that_occurs_among_two() -> None:
    manifest = _manifest()
    data = _csv(["cv_id,score,decision", *_answers(manifest)])
    base = {"id_column": "cv_id", "decision": "decision"}
    error = _refused(data, POSITIVE_NEEDED, manifest, **base)
    assert error.en == POSITIVE_NEEDED.format("en", column="decision", values="no, yes")
    error = _refused(data, POSITIVE_NOT_FOUND, manifest, positive="Ja", **base)
    assert "'Ja'" in error.en and "no, yes" in error.en
    three = [*_answers(manifest)[:-1], _answers(manifest)[-1].rsplit(",", 1)[0] + ",maybe"]
    _refused(_csv(["cv_id,score,decision", *three]), TOO_MANY_DECISIONS, manifest,
             positive="yes", **base)  # fmt: skip


def test_nothing_to_analyse_and_no_id_column_are_refused() -> None:
    manifest = _manifest()
    data = _csv(["cv_id,score", *[x.rsplit(",", 1)[0] for x in _answers(manifest)]])
    _refused(data, NOTHING_TO_ANALYSE, manifest, id_column="cv_id")
    other = _csv(["name,score", *[f"person {i},1" for i in range(12)]])
    error = _refused(other, NO_ID_COLUMN, manifest, score="score")
    assert "name, score" in error.en

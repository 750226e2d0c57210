"""The paired test set as files: PDF and DOCX that read back as the CV's lines, reveal nothing in
their metadata, and fail the variant check when one variant is edited."""

from __future__ import annotations

import io
import zipfile

import pytest
from pypdf import PdfReader

from ethics_toolkit.engine.paired.design import make_set
from ethics_toolkit.engine.paired.manifest import parse_manifest
from ethics_toolkit.engine.paired.profile import parse_profile
from ethics_toolkit.engine.paired.variants import check_variants, require_same_variants
from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.report.cvs import (
    CV_FILE_MISSING,
    cv_docx,
    cv_pdf,
    paired_set_files,
    read_texts,
    text_of,
    zipped,
)
from ethics_toolkit.samples import paired as samples


@pytest.fixture(scope="module")
def made():
    profile = parse_profile(samples.EKONOMIASSISTENT_YAML)
    return make_set(profile, base_cvs=2, attributes=["gender", "origin", "age", "gap"], seed=4)


@pytest.fixture(scope="module")
def files(made) -> dict[str, bytes]:
    return paired_set_files(made, lang="sv")


def _plain(lines) -> list[str]:
    return [" ".join(line.split()) for line in lines if line.strip()]


def test_every_variant_is_written_in_both_formats_with_the_key_files(made, files) -> None:
    assert {"manifest.csv", "design.json", "README.txt"} <= set(files)
    cvs = [name for name in files if name.startswith("cvs/")]
    assert len(cvs) == 2 * 16 * 2
    assert parse_manifest(files["manifest.csv"].decode()) == made.manifest


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_file_reads_back_as_the_cvs_lines(made, files, fmt: str) -> None:
    for row in made.manifest.rows[:4]:
        path = row.file if fmt == "pdf" else row.other_files["docx"]
        read = _plain(text_of(files[path], path).splitlines())
        expected = _plain(made.documents[row.cv_id].lines())
        if fmt == "pdf":  # a PDF wraps long paragraphs, and its bullets are glyphs: words only
            words = [w for w in " ".join(read).split() if w not in ("•", "\x7f")]
            assert words == " ".join(expected).split()
        else:
            assert read == expected


def test_the_files_pass_the_variant_check_in_either_format(made, files) -> None:
    texts = read_texts(made.manifest, files)
    assert check_variants(made.manifest, texts) == []
    docx_rows = made.manifest.model_copy(
        update={"rows": [r.model_copy(update={"file": r.other_files["docx"]})
                         for r in made.manifest.rows]}
    )  # fmt: skip
    assert check_variants(docx_rows, read_texts(docx_rows, files)) == []


def test_an_edited_docx_variant_is_caught(made, files) -> None:
    import docx

    row = made.manifest.rows[3]
    path = row.other_files["docx"]
    document = docx.Document(io.BytesIO(files[path]))
    languages = next(p for p in document.paragraphs if p.text.startswith("Svenska: flytande"))
    languages.runs[0].text = languages.runs[0].text + " Tyska: grundläggande."
    buffer = io.BytesIO()
    document.save(buffer)
    edited = {**files, path: buffer.getvalue()}
    docx_rows = made.manifest.model_copy(
        update={"rows": [r.model_copy(update={"file": r.other_files["docx"]})
                         for r in made.manifest.rows]}
    )  # fmt: skip
    problems = check_variants(docx_rows, read_texts(docx_rows, edited))
    assert problems and {p.base_id for p in problems} == {row.base_id}
    assert any("Tyska: grundläggande." in (p.line_a + p.line_b) for p in problems)
    with pytest.raises(UserFacingError):
        require_same_variants(docx_rows, read_texts(docx_rows, edited))


def test_nothing_in_a_files_metadata_names_its_variant(made) -> None:
    row = made.manifest.rows[0]
    document = made.documents[row.cv_id]
    info = PdfReader(io.BytesIO(cv_pdf(document))).metadata
    assert info.title == "CV" and not info.author
    import docx

    properties = docx.Document(io.BytesIO(cv_docx(document))).core_properties
    assert (properties.title, properties.author, properties.last_modified_by) == ("CV", "", "")
    assert properties.created.year == 2000  # a fixed date, not the moment it was written


def test_a_missing_file_is_named_with_how_to_go_on(made, files) -> None:
    row = made.manifest.rows[0]
    partial = {k: v for k, v in files.items() if k != row.file}
    with pytest.raises(UserFacingError) as error:
        read_texts(made.manifest, partial)
    assert error.value.en == CV_FILE_MISSING.format("en", file=row.file, folder="zip")
    assert "--no-variant-check" in error.value.sv


def test_the_zip_holds_every_file_under_one_folder_and_is_the_same_every_time(files) -> None:
    one, two = zipped(files, "testset"), zipped(files, "testset")
    assert one == two
    names = zipfile.ZipFile(io.BytesIO(one)).namelist()
    assert sorted(names) == sorted(f"testset/{n}" for n in files)


def test_the_instructions_say_what_to_upload_and_what_to_keep(files) -> None:
    readme = files["README.txt"].decode()
    assert "32 CV:n (2 grund-CV:n × 16 varianter) för tjänsten Ekonomiassistent" in readme
    assert "Ladda inte upp manifest.csv" in readme
    assert "födelseåret (ålder)" in readme

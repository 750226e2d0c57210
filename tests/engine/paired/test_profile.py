"""The job profile: the YAML HR writes, and clear messages for what is missing or wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from ethics_toolkit.engine.paired.profile import (
    PROFILE_INVALID,
    PROFILE_MISSING,
    PROFILE_NOT_MAPPING,
    PROFILE_UNREADABLE,
    parse_profile,
    read_profile,
)
from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.samples import paired as samples
from tests.conftest import SAMPLE_DATA

MINIMAL = "title: Lagerarbetare\nsector: Logistik\nrequirements:\n  - Truckkort (B)\n"


def test_a_minimal_profile_needs_only_title_and_requirements() -> None:
    profile = parse_profile(MINIMAL)
    assert (profile.title, profile.sector, profile.requirements) == (
        "Lagerarbetare",
        "Logistik",
        ["Truckkort (B)"],
    )
    assert profile.language == "sv"
    assert profile.skills == [] and profile.education == []


def test_the_shipped_profiles_read_in_both_languages() -> None:
    sv = read_profile(SAMPLE_DATA / samples.EKONOMIASSISTENT_FILE)
    en = read_profile(SAMPLE_DATA / samples.ACCOUNTANT_FILE)
    assert (sv.language, sv.title, sv.reference_year) == ("sv", "Ekonomiassistent", 2026)
    assert (en.language, en.title) == ("en", "Accountant")
    assert len(sv.requirements) == 5 and "Excel" in en.skills


def test_text_is_cleaned_and_a_single_requirement_is_a_list() -> None:
    profile = parse_profile("title: '  Lager   arbetare '\nrequirements: Truckkort\n")
    assert profile.title == "Lager arbetare"
    assert profile.requirements == ["Truckkort"]


@pytest.mark.parametrize(
    ("text", "constant", "named"),
    [
        ("title: [unclosed\n", PROFILE_UNREADABLE, "job.yaml"),
        ("- just\n- a list\n", PROFILE_NOT_MAPPING, "job.yaml"),
        ("sector: Logistik\nrequirements: [A]\n", PROFILE_INVALID, "title"),
        ("title: X\n", PROFILE_INVALID, "requirements"),
        ("title: X\nrequirements: [A]\nlanguage: de\n", PROFILE_INVALID, "language"),
    ],
)
def test_bad_profiles_are_named_in_both_languages(text: str, constant, named: str) -> None:
    with pytest.raises(UserFacingError) as error:
        parse_profile(text)
    assert named in error.value.en and named in error.value.sv
    first_words = constant.en.split("{")[0]
    assert error.value.en.startswith(first_words)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(UserFacingError) as error:
        read_profile(tmp_path / "nope.yaml")
    assert error.value.en == PROFILE_MISSING.format("en", name=tmp_path / "nope.yaml")


def test_a_windows_1252_profile_reads(tmp_path: Path) -> None:
    path = tmp_path / "jobb.yaml"
    path.write_bytes("title: Lagerförare\nrequirements: [Körkort]\n".encode("cp1252"))
    assert read_profile(path).title == "Lagerförare"

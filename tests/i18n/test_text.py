"""Bilingual texts and catalogues: the one lookup every layer uses."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from ethics_toolkit.i18n.text import Bilingual, Catalogue

CATALOGUE = Catalogue.from_pairs(
    {"rows": ("{n} rader lästes", "{n} rows read"), "plain": ("Hej {{x}}", "Hello {{x}}")}
)


@pytest.mark.parametrize(
    ("key", "lang", "values", "expected"),
    [
        ("rows", "sv", {"n": "5 000"}, "5 000 rader lästes"),
        ("rows", "en", {"n": "5,000"}, "5,000 rows read"),
        ("plain", "en", {}, "Hello {{x}}"),  # no values: the template as written
    ],
)
def test_text_fills_placeholders_in_the_language(
    key: str, lang: str, values: dict[str, str], expected: str
) -> None:
    assert CATALOGUE.text(key, lang, **values) == expected


def test_from_pairs_reads_swedish_first() -> None:
    assert CATALOGUE["rows"] == Bilingual(sv="{n} rader lästes", en="{n} rows read")
    assert list(CATALOGUE) == ["rows", "plain"] and len(CATALOGUE) == 2


def test_missing_key_is_a_bug() -> None:
    with pytest.raises(KeyError):
        CATALOGUE.text("nope", "sv")


@pytest.mark.parametrize("fields", [{"sv": "", "en": "x"}, {"sv": "x"}])
def test_both_languages_are_required(fields: dict[str, str]) -> None:
    with pytest.raises(ValidationError):
        Bilingual.model_validate(fields)

"""Bilingual texts, plurals, catalogues and Markdown prose: the one mechanism every layer uses."""

from __future__ import annotations

import ast
import pickle
import string
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import TypeAdapter, ValidationError

from ethics_toolkit.i18n import prose
from ethics_toolkit.i18n.text import (
    Bilingual,
    Catalogue,
    MissingTranslationError,
    Plural,
    markdown_body,
    markdown_catalogue,
    markdown_paragraphs,
    markdown_sections,
    markdown_title,
)
from tests.conftest import PROJECT_ROOT

CATALOGUE = Catalogue(
    {
        "rows": Bilingual(sv="{n} rader lästes", en="{n} rows read"),
        "plain": Bilingual(sv="Hej {{x}}", en="Hello {{x}}"),
        "risks": Plural(
            one=Bilingual(sv="{count} risk", en="{count} risk"),
            other=Bilingual(sv="{count} risker", en="{count} risks"),
        ),
    }
)


@pytest.mark.parametrize(
    ("key", "lang", "values", "expected"),
    [
        ("rows", "sv", {"n": "5 000"}, "5 000 rader lästes"),
        ("rows", "en", {"n": "5,000"}, "5,000 rows read"),
        ("plain", "en", {}, "Hello {{x}}"),  # no values: the template as written
        ("risks", "sv", {"count": 1}, "1 risk"),
        ("risks", "sv", {"count": 2}, "2 risker"),
        ("risks", "sv", {"count": 0}, "0 risker"),
        ("risks", "en", {"count": 1}, "1 risk"),
        ("risks", "en", {"count": 1234}, "1,234 risks"),
        ("risks", "sv", {"count": 1234}, "1\u202f234 risker"),
    ],
)
def test_text_fills_placeholders_in_the_language(
    key: str, lang: str, values: dict[str, object], expected: str
) -> None:
    assert CATALOGUE.text(key, lang, **values) == expected


def test_missing_key_is_a_bug() -> None:
    with pytest.raises(KeyError):
        CATALOGUE.text("nope", "sv")


def test_a_plural_needs_its_count() -> None:
    with pytest.raises(KeyError):
        CATALOGUE.text("risks", "sv")


@pytest.mark.parametrize("fields", [{"sv": "", "en": "x"}, {"sv": "x"}])
def test_both_languages_are_required(fields: dict[str, str]) -> None:
    with pytest.raises(ValidationError):  # inside a pydantic model (a finding, a guess's reasons)
        TypeAdapter(Bilingual).validate_python(fields)
    with pytest.raises((TypeError, ValueError)):  # and built directly
        Bilingual(**fields)


def test_a_text_is_data_inside_models() -> None:
    """Round trip through a model's JSON and pickle; equal texts are equal and hash alike."""
    plural = Plural(one=Bilingual(sv="{count} risk", en="{count} risk"),
                    other=Bilingual(sv="{count} risker", en="{count} risks"))  # fmt: skip
    adapter = TypeAdapter(dict[str, Bilingual | Plural])
    data = {"a": Bilingual(sv="ja", en="yes"), "b": plural}
    dumped = adapter.dump_python(data)
    assert dumped["a"] == {"sv": "ja", "en": "yes"}
    assert dumped["b"]["other"] == {"sv": "{count} risker", "en": "{count} risks"}
    assert adapter.validate_json(adapter.dump_json(data)) == data
    assert pickle.loads(pickle.dumps(plural)) == plural
    assert hash(Bilingual(sv="ja", en="yes")) == hash(data["a"])
    with pytest.raises(AttributeError):
        data["a"].sv = "nej"  # type: ignore[misc]


def test_the_text_module_does_not_import_pydantic() -> None:
    """Issue 25: texts are imported by every layer, ``--help`` included; pydantic is not."""
    code = "import sys, ethics_toolkit.i18n.text; print('pydantic' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=PROJECT_ROOT
    )
    assert done.stdout.strip() == "False"


def test_merging_refuses_a_key_defined_twice() -> None:
    with pytest.raises(ValueError, match="rows"):
        CATALOGUE.merged({"rows": Bilingual(sv="a", en="b")})


def test_markdown_helpers() -> None:
    text = "# Title\n\nFirst line\ncontinues.\n\n- one\n- two\n  wraps\n\n## Term\n\nMeaning."
    assert markdown_title(text) == "Title"
    assert markdown_body(text).startswith("First line")
    assert markdown_paragraphs(text)[:3] == ["First line continues.", "one", "two wraps"]
    assert markdown_sections(text) == [("Term", "Meaning.")]


def test_markdown_catalogue_needs_every_language(tmp_path: Path, monkeypatch) -> None:
    package = tmp_path / "prose_pkg"
    (package / "texts" / "sv").mkdir(parents=True)
    (package / "texts" / "en").mkdir()
    (package / "__init__.py").write_text("")
    (package / "texts" / "sv" / "only_sv.md").write_text("# Bara svenska\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(MissingTranslationError, match=r"en/only_sv\.md"):
        markdown_catalogue("prose_pkg", "texts")


@pytest.mark.parametrize("key", sorted(prose.prose()))
def test_every_prose_file_has_a_title_and_the_same_placeholders(key: str) -> None:
    entry = prose.document(key)
    for lang in ("sv", "en"):
        assert prose.title(key, lang), f"{lang}/{key}.md has no # title"
        assert prose.body(key, lang)
    fields = [
        {name for _, name, _, _ in string.Formatter().parse(entry.get(lang)) if name}
        for lang in ("sv", "en")
    ]
    assert fields[0] == fields[1]


def test_prose_is_shipped_in_the_wheel() -> None:
    """Hatch ships every file of the package directory; nothing may exclude the Markdown."""
    import tomllib

    config = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text())["tool"]["hatch"]
    wheel = config["build"]["targets"]["wheel"]
    assert "ethics_toolkit" in wheel["packages"]
    assert not any(".md" in pattern for pattern in wheel.get("exclude", []))
    files = list((PROJECT_ROOT / "ethics_toolkit" / "i18n" / "prose").rglob("*.md"))
    assert len(files) >= 2 * len(prose.prose())


# -- one mechanism: no other style of bilingual text in the product ---------------------------
SOURCES = sorted((PROJECT_ROOT / "ethics_toolkit").rglob("*.py"))


def _old_styles(path: Path) -> list[str]:
    """``_EN``/``_SV`` constants, ``{"en", "sv"}`` dicts and ``lang == "sv"`` ternaries."""
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name) and target.id.endswith(("_EN", "_SV")):
                    found.append(f"constant {target.id}")
        if isinstance(node, ast.Dict):
            keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
            if keys == {"en", "sv"}:
                found.append(f"dict at line {node.lineno}")
        if isinstance(node, ast.IfExp) and isinstance(node.test, ast.Compare):
            compared = [node.test.left, *node.test.comparators]
            if any(isinstance(c, ast.Constant) and c.value == "sv" for c in compared):
                found.append(f"ternary at line {node.lineno}")
    return found


# The mechanism itself and number formatting choose by language; nothing else does.
MECHANISM = {"text.py", "errors.py", "__init__.py"}


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PROJECT_ROOT)))
def test_no_other_style_of_bilingual_text(path: Path) -> None:
    if path.parent.name in ("i18n", "ethics_toolkit") and path.name in MECHANISM:
        return
    assert not _old_styles(path)


@pytest.mark.parametrize(("lang", "expected"), [("sv", "”Urval”"), ("en", "“Urval”")])
def test_quoted_uses_each_languages_marks(lang: str, expected: str) -> None:
    from ethics_toolkit.i18n import quoted

    assert quoted("Urval", lang) == expected

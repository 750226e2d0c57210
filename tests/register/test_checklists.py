"""The checklist YAML files against their schema, and the loader's handling of broken files."""

from __future__ import annotations

import re
import shutil
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.register.checklists import catalogue as checklists
from ethics_toolkit.register.checklists.catalogue import (
    AREA_IDS,
    BAD_CONTENT,
    BAD_YAML,
    DISCRIMINATION_GROUNDS,
    DUPLICATE_ID,
    MISSING_AREA,
    MISSING_DIR,
    UNKNOWN_ITEM,
    WRONG_FILE_NAME,
    ChecklistItem,
    checklist_dir,
    checklist_item,
    load_area_file,
    load_checklists,
    read_checklists,
)
from tests.conftest import PROJECT_ROOT

CHECKLIST_DIR = PROJECT_ROOT / "checklists"
AREAS = load_checklists()
ITEMS = [(area.area, item) for area in AREAS for item in area.items]
ITEM_IDS = [item.id for _, item in ITEMS]
TEXT_FIELDS = ("question", "guidance", "suggested_mitigation")

# The citation styles the register and the report know how to show.
REFERENCE_PATTERN = re.compile(
    r"^(GDPR (Art\. \d+(\(\w+\))*|Recital \d+)"
    r"|AI Act (Art\. \d+(\(\w+\))*|Annex III point \d)"
    r"|DL \d+ kap\.( \d+ §)?"
    r"|WP248|CJEU C-\d+/\d+|Digital Omnibus on AI"
    r"|ISO/IEC \d+( [\d.]+)?|NIST AI RMF 1\.0 \w+"
    r"|29 CFR 1607\.4\(D\)|NYC LL 144 \(6 RCNY §5-300\))$"
)

# Provisions the brief and ../shared/reference/legal-requirements.md say the checklists must cover.
REQUIRED_REFERENCES = [
    "GDPR Art. 6",
    "GDPR Art. 9",
    "GDPR Art. 13",
    "GDPR Art. 14",
    "GDPR Art. 15",
    "GDPR Art. 22",
    "GDPR Art. 5(1)(c)",
    "GDPR Art. 5(1)(e)",
    "GDPR Art. 28",
    "GDPR Art. 30",
    "GDPR Art. 32",
    "GDPR Art. 35",
    "GDPR Art. 88",
    "WP248",
    "AI Act Art. 4",
    "AI Act Art. 5(1)(f)",
    "AI Act Art. 13",
    "AI Act Art. 14",
    "AI Act Art. 26(2)",
    "AI Act Art. 26(4)",
    "AI Act Art. 26(5)",
    "AI Act Art. 26(6)",
    "AI Act Art. 26(7)",
    "AI Act Art. 26(11)",
    "AI Act Art. 27",
    "AI Act Art. 86",
    "DL 1 kap. 1 §",
    "DL 1 kap. 4 §",
    "DL 3 kap.",
    "DL 3 kap. 13 §",
    "DL 6 kap. 3 §",
]

# Legal Swedish terms an HR reader will look for; their absence means the translation drifted.
SWEDISH_TERMS = [
    "personuppgiftsansvarig",
    "konsekvensbedömning avseende dataskydd",
    "konsekvensbedömning avseende grundläggande rättigheter",
    "biträdesavtal",
    "registerförteckning",
    "aktiva åtgärder",
    "Diskrimineringsombudsmannen",
    "könsöverskridande identitet eller uttryck",
    "AI-kunnighet",
    "indirekt diskriminering",
]


@pytest.fixture
def fresh_cache() -> Iterator[None]:
    """``load_checklists`` is cached per process: isolate tests that point it elsewhere."""
    checklists.load_checklists.cache_clear()
    checklists._items_by_id.cache_clear()
    yield
    checklists.load_checklists.cache_clear()
    checklists._items_by_id.cache_clear()


def _cites(item: ChecklistItem, wanted: str) -> bool:
    return any(ref == wanted or ref.startswith(f"{wanted}(") for ref in item.references)


# --- the shipped files -----------------------------------------------------------------------


def test_source_tree_uses_the_repo_folder() -> None:
    assert checklist_dir() == CHECKLIST_DIR


def test_wheel_ships_the_folder_where_checklist_dir_looks() -> None:
    pyproject = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    force_include = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert force_include["checklists"] == "ethics_toolkit/_data/checklists"


def test_packaged_folder_wins_when_present(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    packaged = tmp_path / "_data" / "checklists"
    packaged.mkdir(parents=True)
    monkeypatch.setattr(checklists.importlib.resources, "files", lambda _pkg: tmp_path)
    assert checklist_dir() == packaged


def test_no_folder_anywhere_is_a_user_facing_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(checklists.importlib.resources, "files", lambda _pkg: tmp_path)
    monkeypatch.setattr(checklists, "_repo_checklist_dir", lambda: tmp_path / "absent")
    with pytest.raises(UserFacingError) as excinfo:
        checklist_dir()
    places = f"{tmp_path / '_data' / 'checklists'}, {tmp_path / 'absent'}"
    assert excinfo.value.en == MISSING_DIR.format("en", places=places)
    assert excinfo.value.sv == MISSING_DIR.format("sv", places=places)


def test_exactly_the_nine_area_files_exist() -> None:
    assert sorted(p.name for p in CHECKLIST_DIR.iterdir()) == sorted(f"{a}.yaml" for a in AREA_IDS)


def test_areas_load_in_area_id_order() -> None:
    assert [area.area for area in AREAS] == list(AREA_IDS)
    assert len(AREA_IDS) == 9


@pytest.mark.parametrize("area_id", AREA_IDS)
def test_file_has_exactly_the_documented_keys(area_id: str) -> None:
    raw = yaml.safe_load((CHECKLIST_DIR / f"{area_id}.yaml").read_text(encoding="utf-8"))
    assert set(raw) == {"area", "title", "items"}
    required = {
        "id",
        "question",
        "guidance",
        "references",
        "severity_if_unmet",
        "suggested_mitigation",
    }
    for item in raw["items"]:
        assert required <= set(item) <= required | {"grounds"}, item.get("id")


@pytest.mark.parametrize("area_id", AREA_IDS)
def test_file_validates_against_the_schema(area_id: str) -> None:
    area = load_area_file(CHECKLIST_DIR / f"{area_id}.yaml")
    assert area.area == area_id
    assert area.title.sv.strip() and area.title.en.strip()
    assert area.title.sv != area.title.en
    assert len(area.items) >= 5


def test_at_least_sixty_items() -> None:
    assert len(ITEMS) >= 60


def test_ids_unique_across_all_files() -> None:
    assert len(ITEM_IDS) == len(set(ITEM_IDS))


@pytest.mark.parametrize(("area_id", "item"), ITEMS, ids=ITEM_IDS)
def test_item_id_carries_area_prefix(area_id: str, item: ChecklistItem) -> None:
    assert re.fullmatch(r"^[a-z_]+-\d{2}$", item.id)
    assert item.id.rsplit("-", 1)[0] == area_id


@pytest.mark.parametrize("area_id", AREA_IDS)
def test_item_numbers_run_from_01_without_gaps(area_id: str) -> None:
    numbers = [int(i.id.rsplit("-", 1)[1]) for a, i in ITEMS if a == area_id]
    assert numbers == list(range(1, len(numbers) + 1))


@pytest.mark.parametrize(("area_id", "item"), ITEMS, ids=ITEM_IDS)
def test_item_texts_complete_in_both_languages(area_id: str, item: ChecklistItem) -> None:
    for field in TEXT_FIELDS:
        text = getattr(item, field)
        assert text.sv.strip(), f"{item.id}.{field}.sv is blank"
        assert text.en.strip(), f"{item.id}.{field}.en is blank"
        assert text.sv != text.en, f"{item.id}.{field}: Swedish is a copy of the English"
    # Answerable with yes / partly / no: the question is one question in each language.
    assert item.question.sv.endswith("?") and item.question.en.endswith("?")


@pytest.mark.parametrize(("area_id", "item"), ITEMS, ids=ITEM_IDS)
def test_item_references_and_severity(area_id: str, item: ChecklistItem) -> None:
    assert item.references
    for ref in item.references:
        assert REFERENCE_PATTERN.match(ref), f"{item.id}: unknown citation style {ref!r}"
    assert 1 <= item.severity_if_unmet <= 5


@pytest.mark.parametrize("reference", REQUIRED_REFERENCES)
def test_required_provision_is_cited(reference: str) -> None:
    assert any(_cites(item, reference) for _, item in ITEMS)


@pytest.mark.parametrize("ground", DISCRIMINATION_GROUNDS)
def test_every_discrimination_ground_has_an_item(ground: str) -> None:
    assert any(ground in item.grounds for _, item in ITEMS)


def test_seven_grounds_of_the_discrimination_act() -> None:
    assert len(DISCRIMINATION_GROUNDS) == 7
    first = checklist_item("non_discrimination-01")
    assert set(first.grounds) == set(DISCRIMINATION_GROUNDS)


@pytest.mark.parametrize("term", SWEDISH_TERMS)
def test_swedish_uses_the_legal_term(term: str) -> None:
    swedish = " ".join(getattr(i, f).sv for _, i in ITEMS for f in ("question", "guidance"))
    assert term.lower() in " ".join(swedish.split()).lower()


def test_high_risk_date_is_data_with_official_journal_caveat() -> None:
    """The Annex III date moves by legislation: it lives in the YAML, never in the code."""
    dated = [i for _, i in ITEMS if "2 December 2027" in i.guidance.en]
    assert dated
    for item in dated:
        assert "2 december 2027" in item.guidance.sv
        assert "Official Journal" in item.guidance.en
        assert "officiella tidning" in item.guidance.sv
    assert "2027" not in Path(checklists.__file__).read_text(encoding="utf-8")


def test_prohibited_emotion_recognition_is_top_severity() -> None:
    items = [i for _, i in ITEMS if _cites(i, "AI Act Art. 5(1)(f)")]
    assert items and all(i.severity_if_unmet == 5 for i in items)


def test_checklist_item_by_id() -> None:
    item = checklist_item("gdpr-04")
    assert "GDPR Art. 35" in item.references
    assert item.severity_if_unmet == 5


def test_unknown_item_id_is_a_user_facing_error() -> None:
    with pytest.raises(UserFacingError) as excinfo:
        checklist_item("gdpr-99")
    assert excinfo.value.en == UNKNOWN_ITEM.format("en", item_id="gdpr-99")
    assert excinfo.value.sv == UNKNOWN_ITEM.format("sv", item_id="gdpr-99")


def test_models_are_frozen() -> None:
    with pytest.raises(ValueError, match="frozen"):
        checklist_item("gdpr-01").severity_if_unmet = 1  # type: ignore[misc]


# --- broken files ----------------------------------------------------------------------------

GOOD_ITEM = """
  - id: gdpr-01
    question: {sv: "Fråga?", en: "Question?"}
    guidance: {sv: Vägledning., en: Guidance.}
    references: ["GDPR Art. 6"]
    severity_if_unmet: 3
    suggested_mitigation: {sv: Åtgärd., en: Mitigation.}
"""
HEADER = "area: gdpr\ntitle: {sv: GDPR och dataskydd, en: GDPR and data protection}\nitems:"

BROKEN_GDPR = {
    "yaml_syntax": (HEADER + "\n  - id: [unclosed\n", BAD_YAML.en, "expected ',' or ']'"),
    "not_a_mapping": ("- just\n- a list\n", BAD_CONTENT.en, "(top level)"),
    "missing_swedish": (
        HEADER + GOOD_ITEM.replace('{sv: "Fråga?", en: "Question?"}', '{en: "Question?"}'),
        BAD_CONTENT.en,
        "items.0.question.sv",
    ),
    "severity_out_of_range": (
        HEADER + GOOD_ITEM.replace("severity_if_unmet: 3", "severity_if_unmet: 7"),
        BAD_CONTENT.en,
        "items.0.severity_if_unmet",
    ),
    "no_references": (
        HEADER + GOOD_ITEM.replace('["GDPR Art. 6"]', "[]"),
        BAD_CONTENT.en,
        "items.0.references",
    ),
    "blank_reference": (
        HEADER + GOOD_ITEM.replace('["GDPR Art. 6"]', '[" "]'),
        BAD_CONTENT.en,
        "a reference is empty",
    ),
    "unknown_field": (
        HEADER + GOOD_ITEM + "    owner: HR\n",
        BAD_CONTENT.en,
        "items.0.owner",
    ),
    "unknown_ground": (
        HEADER + GOOD_ITEM + "    grounds: [height]\n",
        BAD_CONTENT.en,
        "items.0.grounds.0",
    ),
    "bad_id_format": (
        HEADER + GOOD_ITEM.replace("gdpr-01", "gdpr-1"),
        BAD_CONTENT.en,
        "items.0.id",
    ),
    "foreign_prefix": (
        HEADER + GOOD_ITEM.replace("gdpr-01", "leadership-01"),
        BAD_CONTENT.en,
        "must look like 'gdpr-NN'",
    ),
    "no_items": (HEADER + " []\n", BAD_CONTENT.en, "items"),
    "wrong_area_for_file_name": (
        (HEADER + GOOD_ITEM)
        .replace("area: gdpr", "area: leadership")
        .replace("gdpr-01", "leadership-01"),
        WRONG_FILE_NAME.en,
        "leadership.yaml",
    ),
    "duplicate_id": (HEADER + GOOD_ITEM + GOOD_ITEM, DUPLICATE_ID.en, "'gdpr-01'"),
}


@pytest.fixture
def checklist_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped checklists to break one file at a time."""
    target = tmp_path / "checklists"
    shutil.copytree(CHECKLIST_DIR, target)
    return target


def _prefix(template: str) -> str:
    """The fixed opening of a message template, with the file filled in."""
    for placeholder in ("{where}", "{problem}", "{area}", "{item_id}"):
        template = template.split(placeholder)[0]
    return template


def test_good_item_fixture_is_valid(checklist_copy: Path) -> None:
    (checklist_copy / "gdpr.yaml").write_text(HEADER + GOOD_ITEM, encoding="utf-8")
    assert [i.id for i in read_checklists(checklist_copy)[0].items] == ["gdpr-01"]


@pytest.mark.parametrize(("text", "template", "detail"), BROKEN_GDPR.values(), ids=BROKEN_GDPR)
def test_broken_file_names_file_and_problem(
    checklist_copy: Path, text: str, template: str, detail: str
) -> None:
    (checklist_copy / "gdpr.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(UserFacingError) as excinfo:
        read_checklists(checklist_copy)
    error = excinfo.value
    assert "gdpr.yaml" in error.en and "gdpr.yaml" in error.sv
    assert error.en.startswith(_prefix(template).format(file="gdpr.yaml"))
    assert detail in error.en and detail in error.sv


def test_bad_yaml_gives_the_place_in_both_languages(checklist_copy: Path) -> None:
    # A colon inside an unquoted value on line 2: PyYAML stops at column 10 of that line.
    (checklist_copy / "gdpr.yaml").write_text("area: gdpr\ntitle: a: b\n", encoding="utf-8")
    with pytest.raises(UserFacingError) as excinfo:
        read_checklists(checklist_copy)
    problem = "mapping values are not allowed here"
    assert excinfo.value.en == BAD_YAML.format(
        "en", file="gdpr.yaml", where="line 2, column 9", problem=problem
    )
    assert excinfo.value.sv == BAD_YAML.format(
        "sv", file="gdpr.yaml", where="rad 2, kolumn 9", problem=problem
    )


def test_bad_content_swedish_message(checklist_copy: Path) -> None:
    (checklist_copy / "gdpr.yaml").write_text(HEADER + " []\n", encoding="utf-8")
    with pytest.raises(UserFacingError) as excinfo:
        read_checklists(checklist_copy)
    assert excinfo.value.sv.startswith(_prefix(BAD_CONTENT.sv).format(file="gdpr.yaml"))


def test_missing_area_file(checklist_copy: Path) -> None:
    (checklist_copy / "vendor_management.yaml").unlink()
    with pytest.raises(UserFacingError) as excinfo:
        read_checklists(checklist_copy)
    values = {"file": "vendor_management.yaml", "folder": checklist_copy}
    assert excinfo.value.en == MISSING_AREA.format("en", **values)
    assert excinfo.value.sv == MISSING_AREA.format("sv", **values)


def test_not_utf8_is_reported(checklist_copy: Path) -> None:
    (checklist_copy / "gdpr.yaml").write_bytes("area: gdpr # å".encode("latin-1"))
    with pytest.raises(UserFacingError, match=r"gdpr\.yaml could not be read"):
        read_checklists(checklist_copy)


def test_load_checklists_reports_broken_file_in_its_folder(
    checklist_copy: Path, monkeypatch: pytest.MonkeyPatch, fresh_cache: None
) -> None:
    (checklist_copy / "human_oversight.yaml").write_text("items: {", encoding="utf-8")
    monkeypatch.setattr(checklists, "checklist_dir", lambda: checklist_copy)
    with pytest.raises(UserFacingError, match=r"human_oversight\.yaml is not valid YAML"):
        load_checklists()

"""Checklists as data: the YAML files in ``checklists/`` read into validated pydantic models.

The questions live in YAML so that HR and legal reviewers can edit them without touching code; this
module is the single gate that makes sure every file is complete (both languages, references, a
severity) before the register or the app shows it. A broken file stops loading with a message that
names the file and the problem, never a traceback.
"""

from __future__ import annotations

import functools
import importlib.resources
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Literal, get_args

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n.text import Bilingual

AreaId = Literal[
    "gdpr",
    "transparency",
    "explainability",
    "human_oversight",
    "non_discrimination",
    "ai_literacy",
    "leadership",
    "data_quality_security",
    "vendor_management",
]
AREA_IDS: tuple[AreaId, ...] = get_args(AreaId)

# The seven grounds of the Swedish Discrimination Act, 1 kap. 1 § (SFS 2008:567).
DiscriminationGround = Literal[
    "sex",
    "transgender_identity",
    "ethnicity",
    "religion",
    "disability",
    "sexual_orientation",
    "age",
]
DISCRIMINATION_GROUNDS: tuple[DiscriminationGround, ...] = get_args(DiscriminationGround)

ITEM_ID_PATTERN = r"^[a-z_]+-\d{2}$"

# Error messages (``str.format`` templates), imported by the tests.
MISSING_DIR = Bilingual(
    sv="Mappen med checklistor hittades inte (letade i {places}). Installera om ethics-toolkit, "
    "eller kör det från en komplett kopia av projektet.",
    en="The checklist folder was not found (looked in {places}). Reinstall ethics-toolkit, or run "
    "it from a complete copy of the project.",
)
MISSING_AREA = Bilingual(
    sv="Checklistfilen {file} saknas i {folder}. Återställ den från projektet eller installera om "
    "ethics-toolkit.",
    en="The checklist file {file} is missing from {folder}. Restore it from the project or "
    "reinstall ethics-toolkit.",
)
UNREADABLE = Bilingual(
    sv="Checklistfilen {file} kunde inte läsas: {problem}. Kontrollera filen och försök igen.",
    en="The checklist file {file} could not be read: {problem}. Check the file and try again.",
)
BAD_YAML = Bilingual(
    sv="Checklistfilen {file} är inte giltig YAML ({where}: {problem}). Rätta indraget eller "
    "citattecknen på det stället, eller återställ filen från projektet.",
    en="The checklist file {file} is not valid YAML ({where}: {problem}). Correct the indentation "
    "or quoting at that place, or restore the file from the project.",
)
YAML_WHERE = Bilingual(sv="rad {line}, kolumn {column}", en="line {line}, column {column}")
BAD_CONTENT = Bilingual(
    sv="Checklistfilen {file} följer inte checklistformatet: {problem}. Varje punkt behöver id, "
    "question, guidance och suggested_mitigation på både sv och en, minst en referens och "
    "severity_if_unmet 1-5.",
    en="The checklist file {file} does not follow the checklist format: {problem}. Every item "
    "needs id, question, guidance and suggested_mitigation in both sv and en, at least one "
    "reference and severity_if_unmet 1-5.",
)
WRONG_FILE_NAME = Bilingual(
    sv="Checklistfilen {file} anger området '{area}' och måste därför heta {expected}. Byt namn "
    "på filen eller rätta området.",
    en="The checklist file {file} declares area '{area}', so it must be named {expected}. Rename "
    "the file or correct its area.",
)
DUPLICATE_ID = Bilingual(
    sv="Checklistpunkten '{item_id}' förekommer i både {first} och {second}. Ge varje punkt ett "
    "eget id.",
    en="The checklist item id '{item_id}' is used in both {first} and {second}. Give each item its "
    "own id.",
)
UNKNOWN_ITEM = Bilingual(
    sv="Det finns ingen checklistpunkt '{item_id}'. Id:n ser ut som 'gdpr-01'; se checklistorna "
    "för giltiga id:n.",
    en="There is no checklist item '{item_id}'. Item ids look like 'gdpr-01'; see the checklists "
    "for the valid ids.",
)

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class ChecklistItem(BaseModel):
    """One yes/partly/no question; when unmet it proposes a risk prefilled from these fields."""

    model_config = _FROZEN

    id: str = Field(pattern=ITEM_ID_PATTERN)
    question: Bilingual
    guidance: Bilingual
    references: list[str] = Field(min_length=1)
    severity_if_unmet: int = Field(ge=1, le=5)
    suggested_mitigation: Bilingual
    grounds: list[DiscriminationGround] = Field(default_factory=list)

    @model_validator(mode="after")
    def _references_not_blank(self) -> ChecklistItem:
        if any(not ref.strip() for ref in self.references):
            raise ValueError(f"item {self.id}: a reference is empty")
        return self


class ChecklistArea(BaseModel):
    """One checklist file: an area of the assessment and its items, ids prefixed by the area."""

    model_config = _FROZEN

    area: AreaId
    title: Bilingual
    items: list[ChecklistItem] = Field(min_length=1)

    @model_validator(mode="after")
    def _ids_carry_area_prefix(self) -> ChecklistArea:
        for item in self.items:
            if not re.fullmatch(rf"{self.area}-\d{{2}}", item.id):
                raise ValueError(f"item id '{item.id}' must look like '{self.area}-NN'")
        return self


def _error(message: Bilingual, **values: object) -> UserFacingError:
    return UserFacingError.of(message, **values)


def _repo_checklist_dir() -> Path:
    return Path(__file__).resolve().parents[3] / "checklists"


def checklist_dir() -> Path:
    """The YAML folder: ``ethics_toolkit/_data/checklists`` in a wheel, else the repo's own."""
    packaged = importlib.resources.files("ethics_toolkit") / "_data" / "checklists"
    if packaged.is_dir():
        return Path(str(packaged))
    repo = _repo_checklist_dir()
    if repo.is_dir():
        return repo
    raise _error(MISSING_DIR, places=f"{packaged}, {repo}")


def _summarise(error: ValidationError) -> str:
    """The first few pydantic errors as ``items.3.guidance.sv: field required``, one line."""
    parts = []
    for detail in error.errors()[:3]:
        where = ".".join(str(part) for part in detail["loc"]) or "(top level)"
        parts.append(f"{where}: {detail['msg']}")
    more = error.error_count() - len(parts)
    if more > 0:
        parts.append(f"(+{more} more)")
    return "; ".join(parts)


def _yaml_error(path: Path, exc: yaml.YAMLError) -> UserFacingError:
    """PyYAML's message without its ``"<unicode string>"`` noise, the place in both languages."""
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or " ".join(str(exc).split())
    if mark is None:
        where_en = where_sv = "?"
    else:
        place = {"line": mark.line + 1, "column": mark.column + 1}
        where_en, where_sv = YAML_WHERE.format("en", **place), YAML_WHERE.format("sv", **place)
    return UserFacingError(
        en=BAD_YAML.format("en", file=path.name, where=where_en, problem=problem),
        sv=BAD_YAML.format("sv", file=path.name, where=where_sv, problem=problem),
    )


def _fill_dates(raw: object) -> None:
    """Fill the AI Act's dates (``{annex_iii_date}`` ...) into the texts, from the one data file
    ``register/ai_act_dates.yaml`` (issue 12: no text states a date of its own)."""
    from ethics_toolkit.register.law.ai_act import placeholders

    if not isinstance(raw, dict) or not isinstance(raw.get("items"), list):
        return
    values = {lang: placeholders(lang) for lang in ("sv", "en")}  # type: ignore[arg-type]
    for item in raw["items"]:
        if not isinstance(item, dict):
            continue
        for key in ("question", "guidance", "suggested_mitigation"):
            texts = item.get(key)
            if isinstance(texts, dict):
                for lang in ("sv", "en"):
                    value = texts.get(lang)
                    if isinstance(value, str) and "{" in value:
                        texts[lang] = value.format(**values[lang])


def load_area_file(path: Path) -> ChecklistArea:
    """Read and validate one checklist file; any problem becomes a UserFacingError naming it."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise _error(UNREADABLE, file=path.name, problem=exc) from exc
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise _yaml_error(path, exc) from exc
    try:
        _fill_dates(raw)
    except (KeyError, IndexError, ValueError) as exc:
        raise _error(BAD_CONTENT, file=path.name, problem=f"placeholder {exc}") from exc
    try:
        area = ChecklistArea.model_validate(raw)
    except ValidationError as exc:
        raise _error(BAD_CONTENT, file=path.name, problem=_summarise(exc)) from exc
    expected = f"{area.area}.yaml"
    if path.name != expected:
        raise _error(
            WRONG_FILE_NAME,
            file=path.name,
            area=area.area,
            expected=expected,
        )
    return area


def read_checklists(directory: Path) -> list[ChecklistArea]:
    """All nine areas from ``directory`` in :data:`AreaId` order, ids checked unique (uncached)."""
    areas: list[ChecklistArea] = []
    seen: dict[str, str] = {}
    for area_id in AREA_IDS:
        path = directory / f"{area_id}.yaml"
        if not path.is_file():
            raise _error(MISSING_AREA, file=path.name, folder=directory)
        area = load_area_file(path)
        for item in area.items:
            if item.id in seen:
                raise _error(
                    DUPLICATE_ID,
                    item_id=item.id,
                    first=seen[item.id],
                    second=path.name,
                )
            seen[item.id] = path.name
        areas.append(area)
    return areas


@functools.cache
def load_checklists() -> list[ChecklistArea]:
    """The shipped checklists, read once per process (treat the list as read-only)."""
    return read_checklists(checklist_dir())


@functools.cache
def _items_by_id() -> dict[str, ChecklistItem]:
    return {item.id: item for area in load_checklists() for item in area.items}


def checklist_item(item_id: str) -> ChecklistItem:
    """The item with this id; an unknown id is a UserFacingError (e.g. from an old export file)."""
    try:
        return _items_by_id()[item_id]
    except KeyError:
        raise _error(UNKNOWN_ITEM, item_id=item_id) from None


class ChecklistCounts(BaseModel):
    """How the checklist items stand, each answer counted once (issue 12).

    "Don't know" is a gap to close, not a "no": it is counted on its own, as are the items that do
    not apply and those nobody has answered. The report's summary, its checklist page and its
    action plan all count from here, so they agree.
    """

    model_config = ConfigDict(frozen=True)

    items: int
    met: int
    partly: int
    not_met: int
    dont_know: int
    not_applicable: int
    needs_review: int = 0
    """Issue 21 §2: answers whose evidence cites a later event or contradicts the register's own
    data; counted here and under no value (``register/statements/answers.py``)."""

    @property
    def answered(self) -> int:
        return (
            self.met + self.partly + self.not_met + self.dont_know + self.not_applicable
            + self.needs_review
        )  # fmt: skip

    @property
    def unanswered(self) -> int:
        return self.items - self.answered

    @property
    def gaps(self) -> int:
        """Items answered as not (fully) met: "partly" and "no"."""
        return self.partly + self.not_met


def checklist_counts(values: Iterable[str], *, items: int | None = None) -> ChecklistCounts:
    """Count answer values (``AnswerValue`` strings) of ``items`` checklist items (default: all)."""
    found = list(map(str, values))
    total = items if items is not None else len(_items_by_id())
    return ChecklistCounts(
        items=total,
        met=found.count("yes"),
        partly=found.count("partly"),
        not_met=found.count("no"),
        dont_know=found.count("dont_know"),
        not_applicable=found.count("not_applicable"),
    )

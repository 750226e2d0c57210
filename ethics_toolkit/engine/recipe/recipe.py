"""The audit recipe (issue 20): everything that turns one export into the audited table.

Decided once per tool, shown with counts, saved in the register with its history and reused for
the next export: the sheet, which column plays which role, what each value of a yes/no column
means, how a sensitive column's values are grouped, which values count as unknown, the reference
group of each attribute, display labels and the options the file was read with. A recipe is plain
data (this pydantic model), read and written as readable YAML (:func:`recipe_to_yaml`,
:func:`recipe_from_yaml`); :mod:`ethics_toolkit.engine.recipe.build` turns it into the engine's
:class:`~ethics_toolkit.engine.spec.AuditSpec` and back, and
:mod:`ethics_toolkit.engine.recipe.diff` compares it with the next export.

A recipe never holds a row or a count: only column names, value names and choices. ``seen`` keeps
the values of each sensitive column met so far, so that a new value in the next export is said as
such ("new value 'Ukraina' -> Europa utom Sverige by the built-in map").
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ethics_toolkit.engine.errors import ReadingError
from ethics_toolkit.engine.spec import Frequency, Grouping
from ethics_toolkit.i18n.text import Bilingual

RECIPE_VERSION = 1
MAX_RECIPE_BYTES = 1024 * 1024

RECIPE_INVALID = Bilingual(
    en="The recipe {name} is not a valid audit recipe: {field}: {problem}. Save it again from "
    "ethics-toolkit (audit --save-recipe, or the app's download) or correct that line.",
    sv="Receptet {name} är inget giltigt granskningsrecept: {field}: {problem}. Spara det igen "
    "från ethics-toolkit (audit --save-recipe, eller nedladdningen i appen) eller rätta raden.",
)
RECIPE_NOT_YAML = Bilingual(
    en="The recipe {name} could not be read as YAML ({problem}). A recipe is the YAML file "
    "that audit --save-recipe or the app writes.",
    sv="Receptet {name} gick inte att läsa som YAML ({problem}). Ett recept är den YAML-fil som "
    "audit --save-recipe eller appen skriver.",
)
RECIPE_NEWER = Bilingual(
    en="The recipe {name} has version {found}; this program reads version {expected}. Update "
    "ethics-toolkit, or save the recipe again with this version.",
    sv="Receptet {name} har version {found}; det här programmet läser version {expected}. "
    "Uppdatera ethics-toolkit, eller spara receptet igen med den här versionen.",
)
RECIPE_TOO_BIG = Bilingual(
    en="The recipe {name} is larger than 1 MB; a recipe is a short text. Check that it is the "
    "right file.",
    sv="Receptet {name} är större än 1 MB; ett recept är en kort text. Kontrollera att det är "
    "rätt fil.",
)
_HEADER = """\
# Audit recipe of ethics-toolkit (issue 20): how one export becomes the audited table.
# Reuse it: ethics-toolkit audit NEXT-EXPORT.xlsx --recipe THIS-FILE.yaml
# Every choice is here: the sheet, the columns and their roles, what each value means, how
# values are grouped, which count as unknown, the reference groups, labels. No row, no count.
"""


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ReadOptions(_Model):
    """How the file is read, where the automatic detection was overridden."""

    encoding: str | None = None
    separator: str | None = None
    decimal: Literal[".", ","] | None = None


class YesNo(_Model):
    """A yes/no column (the decision, the tool's recommendation, the ground truth) and its values.

    ``selected`` are the values meaning yes, ``not_selected`` no, ``left_out`` rows to leave out
    (withdrawn applications). With nothing listed, the values' words decide when certain.
    """

    column: str
    selected: list[str] = Field(default_factory=list)
    not_selected: list[str] = Field(default_factory=list)
    left_out: list[str] = Field(default_factory=list)

    @property
    def values(self) -> list[str]:
        return [*self.selected, *self.not_selected, *self.left_out]


class Counts(_Model):
    """Group counts (one row per group): the column of applicants and of those selected."""

    applicants: str | None = None
    selected: str


class GroupColumn(_Model):
    """A sensitive attribute: how its values are grouped, which are unknown, its reference.

    ``regroup: region`` groups countries of birth by the built-in map; ``groups`` (value -> group,
    from ``grouping_file`` or the app) comes first. ``seen``: the values met so far.
    """

    column: str
    regroup: Literal["region"] | None = None
    groups: dict[str, str] = Field(default_factory=dict)
    grouping_file: str | None = None
    unknown: list[str] = Field(default_factory=list)
    reference: str | None = None
    seen: list[str] = Field(default_factory=list)

    def grouping(self) -> Grouping | None:
        """The engine's grouping of this column, or ``None`` when its values stay as written."""
        if self.regroup is None and not self.groups:
            return None
        return Grouping(builtin=self.regroup, groups=self.groups, source=self.grouping_file)


class Stages(_Model):
    """The column with the furthest stage reached, and the stages in order."""

    column: str
    order: list[str] = Field(default_factory=list)


class PeriodChoice(_Model):
    """The date column that splits the log into periods, and their length."""

    column: str
    freq: Frequency = "quarter"


class Labels(_Model):
    """Display labels: of columns (``Kön`` -> ``Sex``) and of values per column."""

    columns: dict[str, str] = Field(default_factory=dict)
    values: dict[str, dict[str, str]] = Field(default_factory=dict)


class Recipe(_Model):
    """Every choice that turns an export into the audited table (see the module docstring)."""

    recipe: int = RECIPE_VERSION
    sheet: str | None = None
    reading: ReadOptions = Field(default_factory=ReadOptions)
    decision: YesNo | None = None
    score: str | None = None
    counts: Counts | None = None
    groups: list[GroupColumn] = Field(default_factory=list)
    truth: YesNo | None = None
    recommendation: YesNo | None = None
    stage: Stages | None = None
    period: PeriodChoice | None = None
    stratify: str | None = None
    features: list[str] = Field(default_factory=list)
    features_auto: bool = False
    labels: Labels = Field(default_factory=Labels)

    def group(self, column: str) -> GroupColumn | None:
        return next((g for g in self.groups if g.column == column), None)


def recipe_to_yaml(recipe: Recipe) -> str:
    """The recipe as readable YAML: choices only, defaults left out, in the model's order."""
    import yaml

    data = recipe.model_dump(mode="json", exclude_defaults=True)
    data = {"recipe": recipe.recipe, **data}
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    return _HEADER + body


def recipe_from_yaml(text: str | bytes, *, name: str = "(uploaded)") -> Recipe:
    """A recipe from its YAML (a file written by :func:`recipe_to_yaml` or by hand)."""
    import yaml

    display = repr(name)
    if len(text) > MAX_RECIPE_BYTES:
        raise ReadingError(RECIPE_TOO_BIG, name=display)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        problem = " ".join(str(error).split())[:200]
        raise ReadingError(RECIPE_NOT_YAML, name=display, problem=problem) from None
    if not isinstance(data, dict):
        raise ReadingError(RECIPE_NOT_YAML, name=display, problem=type(data).__name__)
    version = data.get("recipe", RECIPE_VERSION)
    if isinstance(version, int) and version > RECIPE_VERSION:
        raise ReadingError(RECIPE_NEWER, name=display, found=version, expected=RECIPE_VERSION)
    try:
        return Recipe.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "recipe"
        raise ReadingError(
            RECIPE_INVALID, name=display, field=field, problem=first["msg"]
        ) from None

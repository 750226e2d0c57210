"""Pydantic models of a paired test: its design, its manifest and its results.

Field names of :class:`Contrast` follow the JSON contract of ``ethics-toolkit paired analyse
--format json`` (issue 24); extend, never rename. A result holds aggregates only (pairs, means,
counts of discordant pairs, p-values), never a CV's answer, so it can be kept in the register.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ethics_toolkit.engine.models import Verdict
from ethics_toolkit.i18n.text import Bilingual

SCHEMA_VERSION = 1

Attribute = Literal["gender", "origin", "age", "gap"]
ATTRIBUTES: tuple[Attribute, ...] = ("gender", "origin", "age", "gap")
LEVELS: dict[Attribute, tuple[str, str]] = {
    "gender": ("woman", "man"),
    "origin": ("non_european", "swedish"),
    "age": ("older", "younger"),
    "gap": ("parental_leave", "none"),
}
"""Per attribute ``(level, baseline)``: the contrast compares the level's CVs with the
baseline's. The orientation is fixed, so a negative mean difference always means the level's CVs
fared worse; a positive one, that the baseline's did."""
DEFAULT_ATTRIBUTES: tuple[Attribute, ...] = ("gender", "origin")
Format = Literal["pdf", "docx"]
FORMATS: tuple[Format, ...] = ("pdf", "docx")
Measure = Literal["score", "rank", "decision"]
"""A rank (1 = best) is compared as minus the rank, so that a negative difference is worse."""


class PairedDesign(BaseModel):
    """How a test set was made: enough to make the same set again and to say what was tested."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    schema_version: int = SCHEMA_VERSION
    profile_title: str
    sector: str = ""
    language: Literal["sv", "en"]
    attributes: list[Attribute]
    base_cvs: int = Field(ge=1)
    cvs: int = Field(ge=2)
    seed: int
    formats: list[Format]
    reference_year: int
    names_version: str
    """The version of the curated name lists (``names.NAMES_VERSION``)."""


class ManifestRow(BaseModel):
    """One CV of a test set, as ``manifest.csv`` lists it.

    ``values`` holds the value of every tested attribute; ``signals`` the exact text of each signal
    beyond the name (``birth_year`` with age, ``gap_text`` with a gap), so anyone can check the
    variants without the generator.
    """

    model_config = ConfigDict(frozen=True, defer_build=True)

    cv_id: str = Field(min_length=1)
    base_id: str = Field(min_length=1)
    file: str = Field(min_length=1)
    name: str = Field(min_length=1)
    values: dict[str, str]
    signals: dict[str, str] = Field(default_factory=dict)
    other_files: dict[str, str] = Field(default_factory=dict)
    """The same CV in the other formats (``docx`` -> ``cvs/AB12CD.docx``)."""


class Manifest(BaseModel):
    """The test set's key: which CV is which variant of which base CV (kept from the vendor)."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    attributes: list[Attribute]
    rows: list[ManifestRow]


class Contrast(BaseModel):
    """One attribute's paired comparison: ``level`` against ``baseline`` (issue 24 contract).

    Differences are the level's CV minus the baseline's CV of the same pair, so a negative
    ``mean_difference`` means the level fared worse. Without scores the paired figures are computed
    on the decisions as 0/1 (a difference of selection rates); without decisions the McNemar
    fields are ``None``. Figures that are undefined (fewer than 2 pairs) are ``None``.
    """

    model_config = ConfigDict(defer_build=True)

    attribute: Attribute
    level: str
    baseline: str
    pairs: int = Field(ge=0)
    measure: Measure
    mean_difference: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    t_p_value: float | None = None
    wilcoxon_p: float | None = None
    effect_size: float | None = None
    """Cohen's d_z: the mean of the differences over their standard deviation."""
    sd_difference: float | None = None
    mean_level: float | None = None
    mean_baseline: float | None = None
    mcnemar_b: int | None = None
    """Pairs where the level's CV was selected and the baseline's was not."""
    mcnemar_c: int | None = None
    """Pairs where the baseline's CV was selected and the level's was not."""
    mcnemar_p: float | None = None
    rate_level: float | None = None
    rate_baseline: float | None = None
    selection_ratio: float | None = None
    """The level's selection rate over the baseline's (``None`` when the baseline's is 0)."""
    p_value_holm: float | None = None
    difference_of_concern: float
    """The difference the test should be able to see (``--difference``), in the measure's unit."""
    power: float | None = None
    """The chance that a difference of ``difference_of_concern`` shows as significant here."""
    min_detectable_difference: float | None = None
    base_cvs_needed: int | None = None
    """Base CVs needed to see ``difference_of_concern`` with 80 % power, given the spread seen."""
    verdict: Verdict
    finding: Bilingual | None = None

    @property
    def worse(self) -> str | None:
        """The value whose CVs fared worse (``None`` when there is no difference at all)."""
        diff = self.mean_difference
        if diff is None or diff == 0:
            if self.mcnemar_b is not None and self.mcnemar_c is not None:
                if self.mcnemar_b == self.mcnemar_c:
                    return None
                return self.level if self.mcnemar_b < self.mcnemar_c else self.baseline
            return None
        return self.level if diff < 0 else self.baseline


class PairedResult(BaseModel):
    """The paired analysis of one tool's answers to one test set: aggregates only."""

    model_config = ConfigDict(defer_build=True)

    schema_version: int = SCHEMA_VERSION
    attributes: list[Attribute]
    cvs: int
    base_cvs: int
    score_column: str | None = None
    rank_column: str | None = None
    decision_column: str | None = None
    positive: str | None = None
    difference_of_concern: float
    difference_source: Literal["given", "score_range", "decision_default"]
    contrasts: list[Contrast]
    variant_check: Literal["passed", "skipped"] = "passed"
    computed_at: datetime | None = None

    @property
    def difference_found(self) -> bool:
        """A difference unlikely to be chance in some contrast (the CLI's exit code 1)."""
        return any(c.verdict == "adverse_significant" for c in self.contrasts)

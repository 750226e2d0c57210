"""Pydantic result models of a bias audit: what the CLI, register, report and UI all read.

Field names of ``GroupResult`` and ``Analysis`` follow the JSON contract of ``ethics-toolkit audit
--format json`` (issue 3); extend, never rename.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ethics_toolkit.i18n.text import Bilingual

SCHEMA_VERSION = 1
FOUR_FIFTHS = 0.8
SMALL_GROUP_SHARE = 0.02


class ReadingInfo(BaseModel):
    """How the input was read, for provenance in the report and feedback in the UI."""

    model_config = ConfigDict(frozen=True)

    encoding: str
    separator: str
    decimal: str
    rows_read: int
    columns: list[str]
    kind: Literal["rows", "aggregated"] = "rows"
    sha256: str | None = None
    file_name: str | None = None


class AuditSpec(BaseModel):
    """What the user asked for: which columns and values mean what."""

    model_config = ConfigDict(frozen=True)

    outcome: str | None = None
    positive: str | None = None
    score: str | None = None
    sensitive: list[str] = Field(min_length=1)
    truth: str | None = None
    truth_positive: str | None = None
    # Aggregated input: the columns with the number of applicants and of selected per group.
    count_column: str | None = None
    selected_column: str | None = None


class Cell(BaseModel):
    """One cell of the aggregated log: a combination of sensitive values x outcome x truth.

    Values are as written in the file; ``None`` means unknown (missing or "not stated").
    ``truth`` is ``None`` when there is no ground truth.
    """

    model_config = ConfigDict(frozen=True)

    values: dict[str, str | None]
    selected: bool
    truth: bool | None = None
    count: int = Field(ge=0)


class GroupResult(BaseModel):
    """The figures of one group within one analysis (JSON contract of issue 3)."""

    model_config = ConfigDict(frozen=True)

    values: dict[str, str]
    n: int
    selected: int
    selection_rate: float
    ci_low: float
    ci_high: float
    impact_ratio: float | None
    impact_ratio_ci: tuple[float, float] | None
    adverse_impact: bool
    p_value: float | None
    shortfall: int
    small_group: bool
    tpr: float | None = None
    fpr: float | None = None
    is_reference: bool = False
    finding: Bilingual | None = None
    # Additive fields (not in the contract): the group's share of the analysed rows, and the
    # ground-truth counts behind ``tpr`` / ``fpr`` so that they can be checked by hand.
    share: float | None = None
    truth_positive: int | None = None
    truth_negative: int | None = None


class Analysis(BaseModel):
    """One sensitive attribute alone, or the intersection of all given attributes."""

    model_config = ConfigDict(frozen=True)

    attributes: list[str]
    reference_group: dict[str, str] | None
    unknown: int
    n_analysed: int
    groups: list[GroupResult]
    demographic_parity_difference: float | None
    demographic_parity_ratio: float | None
    equalized_odds_difference: float | None = None
    summary: Bilingual | None = None

    @property
    def adverse_groups(self) -> list[GroupResult]:
        return [g for g in self.groups if g.adverse_impact]


class AuditResult(BaseModel):
    """Everything an audit found, computed from cells only; never holds raw rows."""

    model_config = ConfigDict(frozen=True)

    schema_version: int = SCHEMA_VERSION
    n_rows: int
    rate_kind: Literal["selection", "scoring"] = "selection"
    spec: AuditSpec
    reading: ReadingInfo | None = None
    cells: list[Cell]
    analyses: list[Analysis]
    confidence_level: float = 0.95
    computed_at: datetime | None = None
    # Rows read but left out of every analysis because their outcome (or score) was empty.
    excluded_rows: int = 0
    # The score median that defines the scoring rate (``rate_kind == "scoring"``).
    score_median: float | None = None

    @property
    def adverse_impact_found(self) -> bool:
        return any(g.adverse_impact for a in self.analyses for g in a.groups)


class SpecGuess(BaseModel):
    """Suggested column mapping for the UI, guessed from headers and values; every field optional.

    ``aggregated`` is true when the file looks like one row per group with counts
    (``count_column`` = applicants, ``selected_column`` = selected).
    """

    model_config = ConfigDict(frozen=True)

    outcome: str | None = None
    positive: str | None = None
    score: str | None = None
    sensitive: list[str] = Field(default_factory=list)
    truth: str | None = None
    truth_positive: str | None = None
    aggregated: bool = False
    count_column: str | None = None
    selected_column: str | None = None

    def to_spec(self) -> AuditSpec | None:
        """The guess as an :class:`AuditSpec`, or ``None`` when it lacks an outcome or attribute."""
        if not self.sensitive or not (self.outcome or self.score or self.selected_column):
            return None
        return AuditSpec(
            outcome=self.selected_column if self.aggregated else self.outcome,
            positive=None if self.aggregated else self.positive,
            score=None if self.aggregated else self.score,
            sensitive=self.sensitive,
            truth=None if self.aggregated else self.truth,
            truth_positive=None if self.aggregated else self.truth_positive,
            count_column=self.count_column if self.aggregated else None,
            selected_column=self.selected_column if self.aggregated else None,
        )

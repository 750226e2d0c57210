"""Pydantic result models of a bias audit: what the CLI, register, report and UI all read.

Field names of ``GroupResult`` and ``Analysis`` follow the JSON contract of ``ethics-toolkit audit
--format json`` (issue 3); extend, never rename.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ethics_toolkit.i18n.text import Bilingual

SCHEMA_VERSION = 1
FOUR_FIFTHS = 0.8
SMALL_GROUP_SHARE = 0.02

OutcomeClass = Literal["selected", "not_selected", "excluded"]
"""How one value of the outcome column counts (issue 9): every value found is classified."""
Frequency = Literal["month", "quarter", "year"]
Verdict = Literal[
    "reference",
    "undetermined",
    "adverse_significant",
    "adverse_not_significant",
    "insufficient_evidence",
    "no_adverse_impact",
]
"""The statistically honest verdict of one group (issue 10); see ``engine/validity.py``."""


class SheetNote(BaseModel):
    """Another sheet of the workbook and why it was not read (issue 20: the sheet by content)."""

    model_config = ConfigDict(frozen=True)

    name: str
    rows: int
    kind: Literal["table", "text", "empty"]


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
    # Spreadsheets (issue 9): the sheet that was read.
    sheet: str | None = None
    # Lines above a CSV file's header (titles, notes, blank lines) that were skipped.
    skipped_lines: int = 0
    # Issue 14: where the log was audited, never with credentials: ``None`` for a file read by
    # pandas, ``file`` for a large CSV grouped by DuckDB, ``parquet``, a database ``table`` or
    # ``query``. ``source_name`` is the URL without user, password and options; ``query_sha256``
    # the SHA-256 of ``--query`` as given; ``rows_fetched`` the grouped rows that were transferred
    # (the cells, never applicant rows).
    source_kind: Literal["file", "parquet", "table", "query"] | None = None
    source_name: str | None = None
    query_sha256: str | None = None
    rows_fetched: int | None = None
    # Issue 20: with no sheet asked for, the sheet with a header and the most data rows is read;
    # the other sheets and what they held (a smaller table, rows of text, nothing).
    other_sheets: list[SheetNote] = Field(default_factory=list)


class Grouping(BaseModel):
    """How the values of one sensitive column are merged into groups (issue 20).

    ``groups`` maps a value as written to its group (a user's grouping file, or the app); a value
    it leaves out goes to the ``builtin`` map (``"region"``: country of birth -> Sverige / Europa
    utom Sverige / Utanför Europa), and a value neither covers stops the audit, naming it. A group
    named like unknown (``okänt``, empty) makes the value unknown. ``source`` names where
    ``groups`` came from (a file name), for the reader.
    """

    model_config = ConfigDict(frozen=True)

    builtin: Literal["region"] | None = None
    groups: dict[str, str] = Field(default_factory=dict)
    source: str | None = None


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
    # Issue 9: outcome values named as selected / not selected / left out (``positive`` is the
    # first of ``positives``). ``outcome_classes`` is filled by the engine: how every value found
    # in the outcome column was counted, so the result records the classification.
    positives: list[str] = Field(default_factory=list)
    negatives: list[str] = Field(default_factory=list)
    excluded: list[str] = Field(default_factory=list)
    outcome_classes: dict[str, OutcomeClass] = Field(default_factory=dict)
    # Issue 10: stratify the comparison by this column (job, requisition, qualification band).
    stratify: str | None = None
    # Issue 11: the tool's recommendation next to the final (human) decision in ``outcome``.
    recommendation: str | None = None
    recommendation_positives: list[str] = Field(default_factory=list)
    recommendation_negatives: list[str] = Field(default_factory=list)
    # Issue 11: the furthest stage each applicant reached, and the stages in order.
    stage: str | None = None
    stages: list[str] = Field(default_factory=list)
    # Issue 11: columns whose association with the decision and the attributes is measured
    # (``features_auto``: every column without a role that is not an identifier).
    features: list[str] = Field(default_factory=list)
    features_auto: bool = False
    # Issue 15: the date column that splits the log into periods, and their length.
    period: str | None = None
    freq: Frequency = "quarter"
    # Issue 12: display labels for columns (``gender`` -> "Kön") and values per column
    # (``{"gender": {"Woman": "Kvinna"}}``); the figures keep the values as written.
    column_labels: dict[str, str] = Field(default_factory=dict)
    value_labels: dict[str, dict[str, str]] = Field(default_factory=dict)
    # Issue 20, the audit recipe: values merged into groups per sensitive column, values counted
    # as unknown besides blanks and the known words, and the reference group chosen per column
    # (a group name after regrouping; the default is the highest rate).
    regroup: dict[str, Grouping] = Field(default_factory=dict)
    unknown_values: dict[str, list[str]] = Field(default_factory=dict)
    references: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _one_positive_list(cls, data: object) -> object:
        """``positive`` (one value, the original contract) is the first of ``positives``."""
        if not isinstance(data, dict):
            return data
        positive, positives = data.get("positive"), list(data.get("positives") or [])
        if positive is not None and positive not in positives:
            positives.insert(0, positive)
        if positives:
            data = {**data, "positives": positives, "positive": positives[0]}
        return data

    @property
    def roles(self) -> list[str]:
        """Every column the audit reads, each once, sensitive attributes first."""
        columns = [
            self.outcome,
            self.score,
            self.truth,
            self.count_column,
            self.selected_column,
            self.stratify,
            self.recommendation,
            self.stage,
            self.period,
            *self.features,
        ]
        return list(dict.fromkeys([*self.sensitive, *(c for c in columns if c is not None)]))


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
    # Further dimensions, present only when the audit asks for them (``None`` otherwise, or
    # unknown): the stratum (issue 10), the tool's recommendation (issue 11), the furthest stage
    # reached (issue 11) and the period (issue 15). Still aggregated counts only.
    stratum: str | None = None
    recommended: bool | None = None
    stage: str | None = None
    period: str | None = None


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
    # Issue 10 (contract additions): Holm-adjusted p over every non-reference group of the audit,
    # the smallest impact ratio detectable with 80 % power, and the verdict they lead to.
    p_value_holm: float | None = None
    min_detectable_ratio: float | None = None
    verdict: Verdict | None = None


class StratumGroup(BaseModel):
    """One non-reference group compared with the reference group within strata (issue 10)."""

    model_config = ConfigDict(frozen=True)

    values: dict[str, str]
    strata_used: int
    mh_odds_ratio: float | None
    mh_odds_ratio_ci: tuple[float, float] | None
    cmh_p_value: float | None
    breslow_day_p_value: float | None
    pooled_direction_reversed: bool
    finding: Bilingual | None = None


class Stratified(BaseModel):
    """The Cochran-Mantel-Haenszel view of one analysis (issue 10)."""

    model_config = ConfigDict(frozen=True)

    column: str
    strata: int
    unknown_strata_rows: int
    groups: list[StratumGroup]


class OversightGroup(BaseModel):
    """The tool's recommendation against the final decision for one group (issue 11)."""

    model_config = ConfigDict(frozen=True)

    values: dict[str, str]
    n: int
    ai_selected: int
    ai_rate: float
    final_selected: int
    final_rate: float
    agreement: float
    overridden_to_yes: int
    overridden_to_no: int
    ai_impact_ratio: float | None
    final_impact_ratio: float | None
    # Additive: the test of whether people changed this group's impact ratio (engine/oversight.py).
    change_p_value: float | None = None
    finding: Bilingual | None = None


class Oversight(BaseModel):
    """Human oversight in one analysis: did people change what the tool recommended (issue 11)."""

    model_config = ConfigDict(frozen=True)

    agreement: float
    overridden_to_yes: int
    overridden_to_no: int
    groups: list[OversightGroup]
    n: int = 0
    finding: Bilingual | None = None
    # Additive: rows left out of the comparison because their recommendation was empty.
    unknown_recommendation: int = 0


class FunnelGroup(BaseModel):
    """One group at one stage of the selection funnel (issue 11)."""

    model_config = ConfigDict(frozen=True)

    values: dict[str, str]
    entered: int
    passed: int
    pass_rate: float | None
    impact_ratio: float | None
    adverse_impact: bool
    p_value: float | None


class FunnelStep(BaseModel):
    """The step into one stage (every stage after the first, in the given order)."""

    model_config = ConfigDict(frozen=True)

    stage: str
    reference_group: dict[str, str] | None
    groups: list[FunnelGroup]
    finding: Bilingual | None = None


class FeatureAssociation(BaseModel):
    """How strongly one log column goes with the decision and with each attribute (issue 11)."""

    model_config = ConfigDict(frozen=True)

    column: str
    association_with_decision: float
    proxy_for: dict[str, float]
    proxy_flag: bool
    finding: Bilingual | None = None


class ReferenceWarning(BaseModel):
    """Why the reference group may mislead (issue 20), with a better choice when there is one."""

    model_config = ConfigDict(frozen=True)

    code: Literal["REFERENCE_SMALL", "REFERENCE_OTHER"]
    message: Bilingual
    alternative: dict[str, str] | None = None


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
    # Present only when the audit asks for them (issues 10 and 11).
    stratified: Stratified | None = None
    oversight: Oversight | None = None
    funnel: list[FunnelStep] | None = None
    features: list[FeatureAssociation] | None = None
    # Issue 20: how the reference group was chosen when not by the highest rate ("given" with
    # --reference; "whole_log" in a period, which compares with the whole log's reference), and
    # warnings when it is small or looks like an "other"/unknown category.
    reference_chosen: Literal["given", "whole_log"] | None = None
    reference_warnings: list[ReferenceWarning] = Field(default_factory=list)

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
    # Issue 11: feature associations, once per audit (also repeated on every analysis).
    features: list[FeatureAssociation] | None = None
    # Issue 15: the same analyses per period, in time order, and per analysis how its lowest
    # impact ratio changed from the first to the last period.
    periods: list[Period] | None = None
    trends: list[PeriodTrend] | None = None
    # Issue 20: the rows per value of each role column as read, before any regrouping (blank:
    # ""), for the recipe's comparison with the next export. Never saved or printed in JSON
    # (``exclude``): values with a handful of rows would describe people.
    value_counts: dict[str, dict[str, int]] = Field(default_factory=dict, exclude=True, repr=False)

    @property
    def adverse_impact_found(self) -> bool:
        return any(g.adverse_impact for a in self.analyses for g in a.groups)


class Period(BaseModel):
    """The analyses of the rows of one period (issue 15), shaped like the top level."""

    model_config = ConfigDict(frozen=True)

    period: str
    n_rows: int
    analyses: list[Analysis]


class PeriodTrend(BaseModel):
    """How one analysis' lowest impact ratio changed from the first to the last period (issue 15).

    ``group`` is the group with the lowest ratio in the last period and ``reference_group`` its
    reference there; ``group_first_ratio`` is the same pair's ratio in the first period, and
    ``change_p_value`` tests whether the pair's ratio changed (see ``engine/trend.py``).
    """

    model_config = ConfigDict(frozen=True)

    attributes: list[str]
    first_period: str
    last_period: str
    first_lowest_ratio: float | None
    last_lowest_ratio: float | None
    group: dict[str, str] | None
    reference_group: dict[str, str] | None
    group_first_ratio: float | None
    change_p_value: float | None
    direction: Literal["improved", "worsened", "unchanged", "undetermined"]
    finding: Bilingual | None = None


AuditResult.model_rebuild()


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

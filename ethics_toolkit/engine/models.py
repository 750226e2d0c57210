"""Pydantic result models of a bias audit: what the CLI, register, report and UI all read.

What was asked and read (``AuditSpec``, ``ReadingInfo``, cells) is in :mod:`.spec`.

Field names of ``GroupResult`` and ``Analysis`` follow the JSON contract of ``ethics-toolkit audit
--format json`` (issue 3); extend, never rename.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ethics_toolkit.engine.spec import AuditSpec, Cell, ReadingInfo
from ethics_toolkit.i18n.text import Bilingual

SCHEMA_VERSION = 1
FOUR_FIFTHS = 0.8
SMALL_GROUP_SHARE = 0.02

Verdict = Literal[
    "reference",
    "undetermined",
    "adverse_significant",
    "adverse_not_significant",
    "insufficient_evidence",
    "no_adverse_impact",
]
"""The statistically honest verdict of one group (issue 10); see ``engine/validity.py``."""


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


class WithheldGroup(BaseModel):
    """A group a stored run no longer holds figures of (issue 21): its name and, where its
    reference group is kept, whether it was below four-fifths (no counts, no rates)."""

    model_config = ConfigDict(frozen=True)

    values: dict[str, str]
    adverse_impact: bool | None = None
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
    # The warning without the CLI's suggestion, for a front end that offers the choice its own
    # way (the app's button). Not in the JSON, like ``AuditResult.value_counts``.
    reason: Bilingual | None = Field(default=None, exclude=True, repr=False)


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
    # Issue 21: groups a stored run withholds whole (``register/storage/privacy.py``).
    withheld: list[WithheldGroup] | None = None

    @property
    def adverse_groups(self) -> list[GroupResult]:
        return [g for g in self.groups if g.adverse_impact]


class WarningGroup(BaseModel):
    """One group's rows in a warning about missing data (issue 27)."""

    model_config = ConfigDict(frozen=True)

    values: dict[str, str]
    n: int
    dropped: int
    dropped_share: float


class AuditWarning(BaseModel):
    """Something to know before trusting the figures (issue 27): JSON ``warnings[]``.

    ``code`` is UPPER_SNAKE_CASE, ``message`` says it in both languages with the figures; the
    other fields carry the figures. ``attribute``: whose groups are compared; ``missing``: what
    the rows lack (``"outcome"``: the decision, score or ground truth, else another attribute's
    column); ``test``/``p_value``/``p_value_holm``: the test that says it is unlikely to be
    chance; ``spellings``: label -> the spellings counted as it (``VALUES_MERGED``).
    """

    model_config = ConfigDict(frozen=True)

    code: str = Field(pattern=r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$")
    message: Bilingual
    attribute: str | None = None
    missing: str | None = None
    groups: list[WarningGroup] = Field(default_factory=list)
    test: Literal["fisher_exact"] | None = None
    p_value: float | None = None
    p_value_holm: float | None = None
    comparisons: int | None = None
    spellings: dict[str, list[str]] | None = None


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
    # Issue 27: what to know before trusting the figures (missing data by group, merged
    # spellings); always present in the JSON, maybe empty.
    warnings: list[AuditWarning] = Field(default_factory=list)
    # Issue 21: how many comparisons the Holm family held (stays right when a stored run
    # withholds groups); ``None`` in results saved before it.
    comparisons: int | None = None

    @property
    def adverse_impact_found(self) -> bool:
        """Any group below four-fifths, a group a stored run withholds included (issue 21)."""
        return any(g.adverse_impact for a in self.analyses for g in a.groups) or any(
            w.adverse_impact for a in self.analyses for w in a.withheld or []
        )


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

"""What a bias audit was asked and what it read: the spec, the reading, the cells (pydantic).

The result models that carry these are in :mod:`ethics_toolkit.engine.models`; field names of
``AuditSpec`` and ``ReadingInfo`` appear in the JSON of ``ethics-toolkit audit`` (extend, never
rename).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

OutcomeClass = Literal["selected", "not_selected", "excluded"]
"""How one value of the outcome column counts (issue 9): every value found is classified."""
Frequency = Literal["month", "quarter", "year"]


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

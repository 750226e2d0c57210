"""The register's domain as pydantic models: the single description the store, report and UI share.

The store maps these models to tables generically (``register/orm.py``), so a field added here and
in a migration is all a new column needs. Computed fields (scores, levels) are never stored.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Annotated, Literal

from dateutil.relativedelta import relativedelta
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationInfo, computed_field

from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.register.checklists.catalogue import DiscriminationGround
from ethics_toolkit.register.domain.field_labels import field_label_of
from ethics_toolkit.register.domain.paired import PairedRun

ACCEPTANCE_THRESHOLD = 12
"""A risk whose inherent score (likelihood x severity) is at least this needs a named approver to be
accepted: accepting a serious risk is a management decision, not a clerk's."""


def _as_utc(value: datetime) -> datetime:
    """Naive datetimes count as UTC, aware ones are converted: both back ends compare equal."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


UTCDateTime = Annotated[datetime, AfterValidator(_as_utc)]
Score = Annotated[int, Field(ge=1, le=5)]

# Issue 12: the longest text a field accepts. Names and one-line fields match their database
# columns (PostgreSQL refuses longer text with a message nobody can act on); free text is generous
# but bounded. Rows already stored are read as they are (``STORED``), so a register written before
# these limits still opens; the report cuts long text in tables and prints it in full in an annex.
NAME_MAX = 200
LINE_MAX = 200
TITLE_MAX = 2_000
TEXT_MAX = 5_000
DESCRIPTION_MAX = 10_000
"""A risk's description: a proposed risk holds the checklist's guidance and the evidence."""
STORED = "stored"
"""Validation context of rows read back from the register: limits are checked on input only."""
TOO_LONG = Bilingual(
    sv="Fältet {field} får innehålla högst {limit} tecken, men texten har {length}. Korta den, "
    "eller spara den fullständiga texten i ett eget dokument och hänvisa till det.",
    en="The field {field} may hold at most {limit} characters, but the text has {length}. "
    "Shorten it, or keep the full text in a separate document and refer to it.",
)


def _limit(limit: int) -> AfterValidator:
    def check(value: str | None, info: ValidationInfo) -> str | None:
        if value is None or len(value) <= limit:
            return value
        if isinstance(info.context, dict) and info.context.get(STORED):
            return value
        model = info.config.get("title", "") if info.config else ""
        name = field_label_of(str(model), info.field_name or "", "en")
        name_sv = field_label_of(str(model), info.field_name or "", "sv")
        values = {"limit": f"{limit:,}", "length": f"{len(value):,}"}
        raise UserFacingError(
            en=TOO_LONG.format("en", field=name, **values),
            sv=TOO_LONG.format(
                "sv",
                field=name_sv,
                **{k: v.replace(",", "\u00a0") for k, v in values.items()},
            ),
        )

    return AfterValidator(check)


Line = Annotated[str, _limit(LINE_MAX)]
Title = Annotated[str, _limit(TITLE_MAX)]
Text = Annotated[str, _limit(TEXT_MAX)]


class HRProcess(StrEnum):
    recruitment = "recruitment"
    promotion = "promotion"
    termination = "termination"
    task_allocation = "task_allocation"
    performance_monitoring = "performance_monitoring"
    other = "other"


class DecisionRole(StrEnum):
    decides_alone = "decides_alone"
    recommends = "recommends"
    ranks = "ranks"
    supports = "supports"
    # Issue 12: the role is not known yet; the legal classification then says what it needs.
    not_stated = "not_stated"


class EmployerType(StrEnum):
    private = "private"
    public_body = "public_body"


class ToolStatus(StrEnum):
    planned = "planned"
    in_use = "in_use"
    suspended = "suspended"
    retired = "retired"


class AnswerValue(StrEnum):
    yes = "yes"
    partly = "partly"
    no = "no"
    not_applicable = "not_applicable"
    dont_know = "dont_know"

    @property
    def unmet(self) -> bool:
        """Answers that leave a gap and therefore propose a risk (not knowing is a gap too)."""
        return self in (AnswerValue.partly, AnswerValue.no, AnswerValue.dont_know)


class Treatment(StrEnum):
    mitigate = "mitigate"
    avoid = "avoid"
    transfer = "transfer"
    accept = "accept"


class RiskStatus(StrEnum):
    open = "open"
    in_treatment = "in_treatment"
    accepted = "accepted"
    closed = "closed"


class SignOffDecision(StrEnum):
    approved = "approved"
    approved_with_conditions = "approved_with_conditions"
    rejected = "rejected"


class DataCategory(StrEnum):
    contact = "contact"
    identity = "identity"
    cv_content = "cv_content"
    education = "education"
    work_history = "work_history"
    test_results = "test_results"
    performance = "performance"
    photo = "photo"
    video = "video"
    voice = "voice"
    age = "age"
    gender = "gender"
    ethnicity = "ethnicity"
    health_disability = "health_disability"
    religion = "religion"
    sex_life_orientation = "sex_life_orientation"
    trade_union = "trade_union"
    biometric = "biometric"

    @property
    def special(self) -> bool:
        """GDPR Art. 9 special category: processing needs an Art. 9(2) exception."""
        return self in SPECIAL_CATEGORIES


SPECIAL_CATEGORIES = frozenset(
    {
        DataCategory.ethnicity,
        DataCategory.health_disability,
        DataCategory.religion,
        DataCategory.sex_life_orientation,
        DataCategory.trade_union,
        DataCategory.biometric,
    }
)

RiskLevel = Literal["low", "medium", "high", "critical"]
RiskDecision = Literal["pending", "accepted", "dismissed"]
RiskClass = Literal["prohibited", "high_risk", "limited", "minimal"]
HistoryEntity = Literal[
    "tool", "answer", "risk", "audit", "signoff", "plan", "task", "request", "paired"
]
HistoryAction = Literal["create", "update", "delete"]
ProgressStep = Literal["profile", "checklists", "audit", "risks", "report", "signoff"]
"""The steps of the whole job for one tool, in order (``register/progress.py``)."""


def risk_level(score: int) -> RiskLevel:
    """Score bands of the 5x5 matrix: low <= 4 < medium <= 9 < high <= 15 < critical."""
    if score <= 4:
        return "low"
    if score <= 9:
        return "medium"
    if score <= 15:
        return "high"
    return "critical"


class AITool(BaseModel):
    """One AI decision-support tool the HR team uses or plans to use."""

    id: int | None = None
    name: str = Field(min_length=1, max_length=NAME_MAX)
    vendor: Line = ""
    version: Annotated[str, _limit(100)] = ""
    purpose: Text = ""
    hr_process: HRProcess
    decision_role: DecisionRole
    data_categories: list[DataCategory] = Field(default_factory=list)
    legal_basis: Text = ""
    system_owner: Line = ""
    employer_type: EmployerType = EmployerType.private
    employees: int = Field(default=0, ge=0)
    """0 means not stated: the active-measures duty is then "not determined" (issue 12)."""
    go_live: date | None = None
    status: ToolStatus = ToolStatus.planned
    emotion_recognition: bool = False
    profiling: bool = False
    narrow_procedural_task: bool = False
    next_review: date | None = None
    row_version: int = 0
    # Issue 13: an archived tool is kept (read-only, out of the overview) until restored.
    archived_at: UTCDateTime | None = None
    # Issue 15: facts the notices and explanation replies are built from (empty: "to complete").
    contact: str = ""
    """Where people ask for an explanation or a human review (a mailbox, a role, a phone)."""
    retention: str = ""
    """How long applicants' data are kept, as the notice states it."""
    main_factors: str = ""
    """The main factors the tool weighs, as the vendor documents them (AI Act Art. 13)."""
    human_role: str = ""
    """What people do with the tool's output before a decision (the human review)."""
    # Issue 12: when the DPIA was completed (GDPR Art. 35(1): before the processing starts) and
    # the Art. 9(2) ground for special-category data, as the user states it.
    dpia_completed_on: date | None = None
    art9_ground: Text = ""

    @property
    def archived(self) -> bool:
        return self.archived_at is not None


LegalTopic = Literal["emotion", "art22", "active_measures", "dpia_timing", "art9_ground"]
LegalOutcome = Literal[
    "likely", "unlikely", "needs_decision", "not_determined", "yes", "no", "breach", "before_use",
    "done", "not_needed", "stated", "missing",
]  # fmt: skip


class LegalPoint(BaseModel):
    """One legal conclusion drawn from evidence, with its sources and, when it needs attention,
    what management must decide (issue 12)."""

    model_config = ConfigDict(frozen=True)

    topic: LegalTopic
    outcome: LegalOutcome
    statement: Bilingual
    sources: list[Bilingual] = Field(default_factory=list)
    attention: Literal["none", "amber", "red"] = "none"
    headline: Bilingual | None = None
    """The one line the traffic light gives as its reason when ``attention`` is amber or red."""
    decision: Bilingual | None = None
    needs: Bilingual | None = None
    """What the user must tell us for a "not determined" outcome."""


class LegalClassification(BaseModel):
    """What the law says about a tool's profile, each conclusion explained in ``reasons``."""

    model_config = ConfigDict(frozen=True)

    risk_class: RiskClass
    high_risk: bool
    prohibited: bool
    fria_needed: bool
    dpia_likely: bool
    wp248_criteria: list[str]
    art22_concern: bool
    active_measures_duty: bool
    reasons: list[Bilingual]
    # Issue 12: conclusions drawn from evidence (checklist answers, audits, the purpose text) and
    # from what is not known yet; see ``register/legal_evidence.py``. Not part of what a sign-off
    # binds (the evidence itself is).
    points: list[LegalPoint] = Field(default_factory=list)

    def point(self, topic: LegalTopic) -> LegalPoint | None:
        return next((p for p in self.points if p.topic == topic), None)

    def statements(self) -> list[Bilingual]:
        """The reasons as people read them: a conclusion that evidence or a missing fact changes
        is replaced by that point's statement; points on new topics follow."""
        replaced = {0: "emotion", 4: "art22", 5: "active_measures"}
        shown = []
        for index, reason in enumerate(self.reasons):
            point = self.point(replaced[index]) if index in replaced else None  # type: ignore[arg-type]
            shown.append(point.statement if point is not None else reason)
        extra = [p.statement for p in self.points if p.topic not in replaced.values()]
        return shown + extra


class Answer(BaseModel):
    tool_id: int
    item_id: str = Field(min_length=1, max_length=100)
    value: AnswerValue
    evidence: Text = ""
    answered_by: Line = Field(min_length=1)
    answered_at: UTCDateTime
    risk_decision: RiskDecision | None = None


class MitigationAction(BaseModel):
    description: Text = Field(min_length=1)
    owner: Line = ""
    due: date | None = None
    done: bool = False
    # Issue 13: who ticked the action off, and when (the risk's history keeps the change too).
    done_by: str = ""
    done_on: date | None = None


class Risk(BaseModel):
    id: int | None = None
    tool_id: int
    title: Title = Field(min_length=1)
    description: Annotated[str, _limit(DESCRIPTION_MAX)] = ""
    category: Annotated[str, _limit(100)] = ""
    legal_references: list[str] = Field(default_factory=list)
    grounds: list[DiscriminationGround] = Field(default_factory=list)
    likelihood: Score
    severity: Score
    existing_controls: Text = ""
    treatment: Treatment = Treatment.mitigate
    actions: list[MitigationAction] = Field(default_factory=list)
    owner: Line = ""
    residual_likelihood: Score | None = None
    residual_severity: Score | None = None
    status: RiskStatus = RiskStatus.open
    review_date: date | None = None
    approved_by: Annotated[str | None, _limit(LINE_MAX)] = None
    audit_run_id: int | None = None
    source_item_id: str | None = None
    row_version: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def inherent_score(self) -> int:
        return self.likelihood * self.severity

    @computed_field  # type: ignore[prop-decorator]
    @property
    def residual_score(self) -> int | None:
        if self.residual_likelihood is None or self.residual_severity is None:
            return None
        return self.residual_likelihood * self.residual_severity

    @computed_field  # type: ignore[prop-decorator]
    @property
    def level(self) -> RiskLevel:
        return risk_level(self.inherent_score)

    @property
    def needs_approver(self) -> bool:
        """Accepted serious risks must name who accepted them (see ``ACCEPTANCE_THRESHOLD``)."""
        return (
            self.status == RiskStatus.accepted
            and self.inherent_score >= ACCEPTANCE_THRESHOLD
            and not (self.approved_by or "").strip()
        )


APPROVER_REQUIRED = Bilingual(
    sv="Risken {title!r} har riskvärdet {score} (gräns {threshold}): för att acceptera den krävs "
    "namnet på den som godkänner. Fyll i 'godkänd av' eller välj en annan hantering.",
    en="The risk {title!r} has an inherent score of {score} (threshold {threshold}): accepting it "
    "needs the name of the person who approves it. Fill in 'approved by' or choose another "
    "treatment.",
)


def check_acceptance(risk: Risk) -> None:
    """Refuse an accepted risk at or above the threshold that names no approver."""
    if risk.needs_approver:
        details = {
            "title": risk.title,
            "score": risk.inherent_score,
            "threshold": ACCEPTANCE_THRESHOLD,
        }
        raise UserFacingError.of(APPROVER_REQUIRED, **details)


class AuditRun(BaseModel):
    """A saved bias audit: aggregated cells and figures plus provenance, never the raw rows."""

    id: int | None = None
    tool_id: int
    result: AuditResult
    file_sha256: str | None = None
    file_name: str | None = None
    rows_read: int = Field(ge=0)
    rows_used: int = Field(ge=0)
    run_at: UTCDateTime
    run_by: str = Field(min_length=1)
    data_period: str | None = None
    # Issue 13 (privacy of stored audits, ``register/privacy.py``): cells under 5 people are
    # withheld when the run is saved unless the user kept exact small cells for this audit.
    exact_small_cells: bool = False
    withheld_rows: int = Field(default=0, ge=0)
    withheld_groups: int = Field(default=0, ge=0)


class SignOff(BaseModel):
    id: int | None = None
    tool_id: int
    name: Line = Field(min_length=1)
    role: Line = Field(min_length=1)
    decision: SignOffDecision
    comment: Text = ""
    signed_at: UTCDateTime
    # Issue 13: the register content this sign-off approved, and the history head at that moment
    # (``register/integrity.py``); ``None`` for sign-offs made before content binding existed.
    content_hash: str | None = None
    head_hash: str | None = None


class MonitoringFrequency(StrEnum):
    month = "month"
    quarter = "quarter"
    half_year = "half_year"
    year = "year"


class ThresholdKind(StrEnum):
    """What a saved audit crossed (issue 15): each opens a task under AI Act Art. 26(5)."""

    adverse_significant = "adverse_significant"
    tool_decides = "tool_decides"


class TaskStatus(StrEnum):
    open = "open"
    done = "done"


class RequestStatus(StrEnum):
    open = "open"
    answered = "answered"
    withdrawn = "withdrawn"


DEFAULT_AGREEMENT_THRESHOLD = 0.95
"""People followed the tool in at least this share of cases: in practice the tool decides."""
DEFAULT_RESPONSE_DAYS = 14


class MonitoringPlan(BaseModel):
    """How a tool is monitored in use (AI Act Art. 26(5)): one plan per tool.

    The thresholds decide when a saved audit opens a task (``register/duties.py``).
    """

    id: int | None = None
    tool_id: int
    measured: str = ""
    frequency: MonitoringFrequency = MonitoringFrequency.quarter
    alert_adverse_significant: bool = True
    alert_agreement: float | None = Field(default=DEFAULT_AGREEMENT_THRESHOLD, ge=0.5, le=1.0)
    owner: str = ""
    next_audit: date | None = None
    response_days: int = Field(default=DEFAULT_RESPONSE_DAYS, ge=1, le=365)
    row_version: int = 0


class DutyTask(BaseModel):
    """A task the register opened because a saved audit crossed a threshold of the plan.

    ``details`` holds what was crossed as language-neutral data: the groups (their values per
    attribute) with significant adverse impact, or the agreement with the tool.
    """

    id: int | None = None
    tool_id: int
    kind: ThresholdKind
    audit_run_id: int | None = None
    owner: str = ""
    due: date
    status: TaskStatus = TaskStatus.open
    created_at: UTCDateTime
    details: dict[str, object] = Field(default_factory=dict)
    outcome: str = ""
    done_on: date | None = None
    done_by: str = ""
    row_version: int = 0


REQUEST_MONTHS = 1
"""GDPR Art. 12(3): information on action taken on a request "within one month of receipt"."""


def request_due(received: date) -> date:
    """The day the answer to a request received on ``received`` is due (one calendar month;
    ``relativedelta`` keeps month ends: 31 January -> 28 or 29 February)."""
    return received + relativedelta(months=REQUEST_MONTHS)


class ExplanationRequest(BaseModel):
    """A request for an explanation of a decision (AI Act Art. 86, GDPR Art. 15(1)(h), 22(3)).

    ``reference`` is what the user typed to find the case again (a case number, never a row of
    the decision log). The answer is due one calendar month after receipt (GDPR Art. 12(3)).
    """

    id: int | None = None
    tool_id: int
    reference: str = Field(min_length=1, max_length=200)
    received: date
    status: RequestStatus = RequestStatus.open
    answered_on: date | None = None
    answer: str = ""
    row_version: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def due(self) -> date:
        return request_due(self.received)

    @property
    def closed(self) -> bool:
        return self.status != RequestStatus.open


class HistoryEntry(BaseModel):
    """One append-only line of the audit trail: who changed what, when, old and new values."""

    model_config = ConfigDict(frozen=True)

    id: int | None = None
    at: UTCDateTime
    actor: str = Field(min_length=1)
    tool_id: int | None = None
    entity: HistoryEntity
    entity_id: str
    action: HistoryAction
    changes: dict[str, list[object]] = Field(default_factory=dict)
    summary: str = ""
    """Entries written before version 0.2 kept an English line here; newer entries leave it
    empty and keep everything a reader needs as data in ``changes`` (see ``register/history``)."""
    # Issue 13: SHA-256 over this entry's stored columns and the previous entry's hash.
    hash: str | None = None


class HistoryCheck(BaseModel):
    """The verified state of the register's hash chain when a record was read (issue 13)."""

    model_config = ConfigDict(frozen=True)

    entries: int
    intact: bool
    head: str
    broken_id: int | None = None
    problem: str | None = None


class ToolRecord(BaseModel):
    """Everything about one tool: what the report and the UI read."""

    tool: AITool
    classification: LegalClassification
    answers: list[Answer]
    risks: list[Risk]
    audits: list[AuditRun]
    signoffs: list[SignOff]
    history: list[HistoryEntry]
    # Issue 13: the whole register's chain, checked in the same read (``None``: not checked).
    history_check: HistoryCheck | None = None
    # Issue 15: the deployer's duties.
    plan: MonitoringPlan | None = None
    tasks: list[DutyTask] = Field(default_factory=list)
    requests: list[ExplanationRequest] = Field(default_factory=list)
    # Issue 24: paired (counterfactual) CV tests of the tool itself.
    paired: list[PairedRun] = Field(default_factory=list)

    def history_names(self) -> dict[tuple[str, str], str]:
        """``(entity, id)`` -> current name, for history lines that do not name their subject."""
        names = {("tool", str(self.tool.id)): self.tool.name}
        names.update({("risk", str(r.id)): r.title for r in self.risks})
        names.update({("audit", str(a.id)): a.file_name for a in self.audits if a.file_name})
        # Issue 15: a request's reference is never stored in the history, only shown from here.
        names.update({("request", str(r.id)): r.reference for r in self.requests})
        return names

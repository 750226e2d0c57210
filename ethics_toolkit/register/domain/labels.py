"""Display labels of the register's values and fields: the one registry the app, PDF and CLI read.

An enum value is looked up by the enum member itself (``label(RiskStatus.in_treatment, lang)``), a
model field by the model and field name (``field_label(Risk, "likelihood", lang)``), and the few
domain values typed as ``Literal`` (risk levels, AI Act classes, proposal decisions, discrimination
grounds, history entities and actions) by their kind (``literal_label("level", "high", lang)``).
A value nobody labelled yet shows as readable words, never as a code name; a test checks that every
member has both languages.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel

from ethics_toolkit.i18n import Lang
from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.register.domain.answers import Answer, AnswerValue
from ethics_toolkit.register.domain.audit_runs import AuditRun
from ethics_toolkit.register.domain.explanation_requests import ExplanationRequest, RequestStatus
from ethics_toolkit.register.domain.field_labels import (
    FIELD_LABELS_BY_MODEL_NAME,
    readable,
)
from ethics_toolkit.register.domain.monitoring import (
    DutyTask,
    MonitoringFrequency,
    MonitoringPlan,
    TaskStatus,
    ThresholdKind,
)
from ethics_toolkit.register.domain.paired import PairedRun
from ethics_toolkit.register.domain.people import (
    ActivityKind,
    CompetenceRecord,
    Person,
    PersonRole,
)
from ethics_toolkit.register.domain.risks import MitigationAction, Risk, RiskStatus, Treatment
from ethics_toolkit.register.domain.signoffs import SignOff, SignOffDecision
from ethics_toolkit.register.domain.tool import (
    AITool,
    DataCategory,
    DecisionRole,
    EmployerType,
    HRProcess,
    ToolStatus,
)

ENUM_LABELS: dict[type[StrEnum], dict[StrEnum, Bilingual]] = {
    HRProcess: {
        HRProcess.recruitment: Bilingual(
            sv="Rekrytering och urval", en="Recruitment and selection"
        ),
        HRProcess.promotion: Bilingual(sv="Befordran", en="Promotion"),
        HRProcess.termination: Bilingual(sv="Uppsägning", en="Termination"),
        HRProcess.task_allocation: Bilingual(
            sv="Fördelning av arbetsuppgifter", en="Task allocation"
        ),
        HRProcess.performance_monitoring: Bilingual(
            sv="Uppföljning av prestation", en="Performance monitoring"
        ),
        HRProcess.other: Bilingual(sv="Annat", en="Other"),
    },
    DecisionRole: {
        DecisionRole.decides_alone: Bilingual(sv="Beslutar själv", en="Decides alone"),
        DecisionRole.recommends: Bilingual(sv="Rekommenderar", en="Recommends"),
        DecisionRole.ranks: Bilingual(sv="Rangordnar", en="Ranks"),
        DecisionRole.supports: Bilingual(
            sv="Stöder en människa som beslutar", en="Supports a person who decides"
        ),
        DecisionRole.not_stated: Bilingual(sv="Inte angiven ännu", en="Not stated yet"),
    },
    EmployerType: {
        EmployerType.private: Bilingual(sv="Privat arbetsgivare", en="Private employer"),
        EmployerType.public_body: Bilingual(sv="Offentlig arbetsgivare", en="Public body"),
    },
    ToolStatus: {
        ToolStatus.planned: Bilingual(sv="Planerat", en="Planned"),
        ToolStatus.in_use: Bilingual(sv="I bruk", en="In use"),
        ToolStatus.suspended: Bilingual(sv="Pausat", en="Suspended"),
        ToolStatus.retired: Bilingual(sv="Avvecklat", en="Retired"),
    },
    AnswerValue: {
        AnswerValue.yes: Bilingual(sv="Ja", en="Yes"),
        AnswerValue.partly: Bilingual(sv="Delvis", en="Partly"),
        AnswerValue.no: Bilingual(sv="Nej", en="No"),
        AnswerValue.not_applicable: Bilingual(sv="Ej tillämpligt", en="Not applicable"),
        AnswerValue.dont_know: Bilingual(sv="Vet inte", en="Don't know"),
    },
    Treatment: {
        Treatment.mitigate: Bilingual(sv="Minska", en="Mitigate"),
        Treatment.avoid: Bilingual(sv="Undvika", en="Avoid"),
        Treatment.transfer: Bilingual(sv="Överföra", en="Transfer"),
        Treatment.accept: Bilingual(sv="Acceptera", en="Accept"),
    },
    RiskStatus: {
        RiskStatus.open: Bilingual(sv="Öppen", en="Open"),
        RiskStatus.in_treatment: Bilingual(sv="Under åtgärd", en="In treatment"),
        RiskStatus.accepted: Bilingual(sv="Accepterad", en="Accepted"),
        RiskStatus.closed: Bilingual(sv="Stängd", en="Closed"),
    },
    SignOffDecision: {
        SignOffDecision.approved: Bilingual(sv="Godkänd", en="Approved"),
        SignOffDecision.approved_with_conditions: Bilingual(
            sv="Godkänd med villkor", en="Approved with conditions"
        ),
        SignOffDecision.rejected: Bilingual(sv="Inte godkänd", en="Rejected"),
    },
    DataCategory: {
        DataCategory.contact: Bilingual(sv="Kontaktuppgifter", en="Contact details"),
        DataCategory.identity: Bilingual(sv="Identitetsuppgifter", en="Identity data"),
        DataCategory.cv_content: Bilingual(sv="CV-innehåll", en="CV content"),
        DataCategory.education: Bilingual(sv="Utbildning", en="Education"),
        DataCategory.work_history: Bilingual(sv="Arbetslivserfarenhet", en="Work history"),
        DataCategory.test_results: Bilingual(sv="Testresultat", en="Test results"),
        DataCategory.performance: Bilingual(sv="Arbetsprestation", en="Work performance"),
        DataCategory.photo: Bilingual(sv="Foto", en="Photo"),
        DataCategory.video: Bilingual(sv="Video", en="Video"),
        DataCategory.voice: Bilingual(sv="Röst", en="Voice"),
        DataCategory.age: Bilingual(sv="Ålder", en="Age"),
        DataCategory.gender: Bilingual(sv="Kön", en="Gender"),
        DataCategory.ethnicity: Bilingual(sv="Etniskt ursprung", en="Ethnic origin"),
        DataCategory.health_disability: Bilingual(
            sv="Hälsa och funktionsnedsättning", en="Health and disability"
        ),
        DataCategory.religion: Bilingual(sv="Religion eller övertygelse", en="Religion or belief"),
        DataCategory.sex_life_orientation: Bilingual(
            sv="Sexualliv eller sexuell läggning", en="Sex life or sexual orientation"
        ),
        DataCategory.trade_union: Bilingual(sv="Fackligt medlemskap", en="Trade union membership"),
        DataCategory.biometric: Bilingual(sv="Biometriska uppgifter", en="Biometric data"),
    },
    # Issue 15: the deployer's duties.
    MonitoringFrequency: {
        MonitoringFrequency.month: Bilingual(sv="Varje månad", en="Every month"),
        MonitoringFrequency.quarter: Bilingual(sv="Varje kvartal", en="Every quarter"),
        MonitoringFrequency.half_year: Bilingual(sv="Varje halvår", en="Every six months"),
        MonitoringFrequency.year: Bilingual(sv="Varje år", en="Every year"),
    },
    ThresholdKind: {
        ThresholdKind.adverse_significant: Bilingual(
            sv="Negativ särbehandlingseffekt som sannolikt inte beror på slumpen",
            en="Adverse impact unlikely to be chance",
        ),
        ThresholdKind.tool_decides: Bilingual(
            sv="Besluten följer verktyget nästan alltid",
            en="Decisions almost always follow the tool",
        ),
    },
    TaskStatus: {
        TaskStatus.open: Bilingual(sv="Att göra", en="To do"),
        TaskStatus.done: Bilingual(sv="Klar", en="Done"),
    },
    RequestStatus: {
        RequestStatus.open: Bilingual(sv="Obesvarad", en="Not yet answered"),
        RequestStatus.answered: Bilingual(sv="Besvarad", en="Answered"),
        RequestStatus.withdrawn: Bilingual(sv="Återkallad", en="Withdrawn"),
    },
    # Issue 23: the people around a tool and what they learnt.
    PersonRole: {
        PersonRole.operator: Bilingual(sv="Användare", en="Operator"),
        PersonRole.overseer: Bilingual(sv="Tillsynsperson", en="Overseer"),
        PersonRole.owner: Bilingual(sv="Ägare", en="Owner"),
        PersonRole.approver: Bilingual(sv="Godkännare", en="Approver"),
    },
    ActivityKind: {
        ActivityKind.lesson: Bilingual(sv="Lektion med självtest", en="Lesson with self-check"),
        ActivityKind.session: Bilingual(sv="Arbetsplatsträff eller pass", en="Workplace session"),
        ActivityKind.course: Bilingual(sv="Extern kurs", en="External course"),
        ActivityKind.other: Bilingual(sv="Annat", en="Other"),
    },
}

LiteralKind = Literal[
    "level",
    "risk_class",
    "risk_decision",
    "ground",
    "history_entity",
    "history_action",
    "progress_step",
    "legal_outcome",
]
LITERAL_LABELS: dict[LiteralKind, dict[str, Bilingual]] = {
    # RiskLevel: bands of the 5x5 matrix.
    "level": {
        "low": Bilingual(sv="Låg", en="Low"),
        "medium": Bilingual(sv="Medel", en="Medium"),
        "high": Bilingual(sv="Hög", en="High"),
        "critical": Bilingual(sv="Kritisk", en="Critical"),
    },
    # RiskClass: the AI Act's classes.
    "risk_class": {
        "prohibited": Bilingual(sv="Förbjuden användning", en="Prohibited practice"),
        "high_risk": Bilingual(sv="Högrisk", en="High risk"),
        "limited": Bilingual(sv="Begränsad risk", en="Limited risk"),
        "minimal": Bilingual(sv="Minimal risk", en="Minimal risk"),
    },
    # LegalOutcome (issue 12): a legal conclusion drawn from evidence.
    "legal_outcome": {
        "likely": Bilingual(sv="Sannolikt", en="Likely"),
        "unlikely": Bilingual(sv="Inte sannolikt", en="Unlikely"),
        "needs_decision": Bilingual(sv="Kräver ett beslut", en="Needs a decision"),
        "not_determined": Bilingual(sv="Inte fastställt", en="Not determined"),
        "yes": Bilingual(sv="Ja", en="Yes"),
        "no": Bilingual(sv="Nej", en="No"),
        "breach": Bilingual(sv="Överträdelse", en="Breach"),
        "before_use": Bilingual(sv="Ska göras före driftstart", en="Due before go-live"),
        "done": Bilingual(sv="Gjord i tid", en="Done in time"),
        "not_needed": Bilingual(sv="Behövs inte", en="Not needed"),
        "stated": Bilingual(sv="Angivet", en="Stated"),
        "missing": Bilingual(sv="Saknas", en="Missing"),
    },
    # RiskDecision: what became of the risk an unmet checklist answer proposed.
    "risk_decision": {
        "pending": Bilingual(sv="Väntar på beslut", en="Awaiting a decision"),
        "accepted": Bilingual(sv="Lagd i riskregistret", en="Added to the risk register"),
        "dismissed": Bilingual(sv="Avfärdad", en="Dismissed"),
    },
    # DiscriminationGround: the seven grounds of the Discrimination Act, 1 kap. 1 §.
    "ground": {
        "sex": Bilingual(sv="Kön", en="Sex"),
        "transgender_identity": Bilingual(
            sv="Könsöverskridande identitet eller uttryck", en="Transgender identity or expression"
        ),
        "ethnicity": Bilingual(sv="Etnisk tillhörighet", en="Ethnicity"),
        "religion": Bilingual(
            sv="Religion eller annan trosuppfattning", en="Religion or other belief"
        ),
        "disability": Bilingual(sv="Funktionsnedsättning", en="Disability"),
        "sexual_orientation": Bilingual(sv="Sexuell läggning", en="Sexual orientation"),
        "age": Bilingual(sv="Ålder", en="Age"),
    },
    # HistoryEntity and HistoryAction: what the audit trail records.
    "history_entity": {
        "tool": Bilingual(sv="Verktyg", en="Tool"),
        "answer": Bilingual(sv="Svar", en="Answer"),
        "risk": Bilingual(sv="Risk", en="Risk"),
        "audit": Bilingual(sv="Biasgranskning", en="Bias audit"),
        "signoff": Bilingual(sv="Signering", en="Sign-off"),
        "plan": Bilingual(sv="Uppföljningsplan", en="Monitoring plan"),
        "task": Bilingual(sv="Uppgift", en="Task"),
        "request": Bilingual(sv="Förklaringsbegäran", en="Explanation request"),
        "paired": Bilingual(sv="Parat test av verktyget", en="Paired test of the tool"),
        "person": Bilingual(sv="Person", en="Person"),
        "learning": Bilingual(sv="Kompetens", en="Competence record"),
        "recipe": Bilingual(sv="Granskningsrecept", en="Audit recipe"),
        "access": Bilingual(sv="Behörighet", en="Access"),
        "proposal": Bilingual(sv="Riskförslag", en="Risk proposal"),
    },
    "history_action": {
        "create": Bilingual(sv="Skapad", en="Created"),
        "update": Bilingual(sv="Ändrad", en="Updated"),
        "delete": Bilingual(sv="Borttagen", en="Deleted"),
    },
    # ProgressStep: the whole job for one tool, in order (register/progress.py).
    "progress_step": {
        "profile": Bilingual(sv="Profil", en="Profile"),
        "checklists": Bilingual(sv="Checklistor", en="Checklists"),
        "audit": Bilingual(sv="Biasgranskning", en="Bias audit"),
        "risks": Bilingual(sv="Risker och åtgärder", en="Risks and measures"),
        "report": Bilingual(sv="Rapport", en="Report"),
        "signoff": Bilingual(sv="Signering", en="Sign-off"),
    },
}

FIELD_LABELS: dict[type[BaseModel], dict[str, Bilingual]] = {
    AITool: FIELD_LABELS_BY_MODEL_NAME[AITool.__name__],
    Risk: FIELD_LABELS_BY_MODEL_NAME[Risk.__name__],
    MitigationAction: FIELD_LABELS_BY_MODEL_NAME[MitigationAction.__name__],
    Answer: FIELD_LABELS_BY_MODEL_NAME[Answer.__name__],
    AuditRun: FIELD_LABELS_BY_MODEL_NAME[AuditRun.__name__],
    SignOff: FIELD_LABELS_BY_MODEL_NAME[SignOff.__name__],
    MonitoringPlan: FIELD_LABELS_BY_MODEL_NAME[MonitoringPlan.__name__],
    DutyTask: FIELD_LABELS_BY_MODEL_NAME[DutyTask.__name__],
    ExplanationRequest: FIELD_LABELS_BY_MODEL_NAME[ExplanationRequest.__name__],
    PairedRun: FIELD_LABELS_BY_MODEL_NAME[PairedRun.__name__],
    Person: FIELD_LABELS_BY_MODEL_NAME[Person.__name__],
    CompetenceRecord: FIELD_LABELS_BY_MODEL_NAME[CompetenceRecord.__name__],
}

# Fields whose values are members of an enum or a labelled literal (for history and tables).
FIELD_VALUES: dict[str, type[StrEnum] | LiteralKind] = {
    "hr_process": HRProcess,
    "decision_role": DecisionRole,
    "employer_type": EmployerType,
    "data_categories": DataCategory,
    "value": AnswerValue,
    "treatment": Treatment,
    "decision": SignOffDecision,
    "risk_decision": "risk_decision",
    "grounds": "ground",
    "level": "level",
    "risk_class": "risk_class",
}
# ``status`` is a ToolStatus on tools and a RiskStatus on risks.
FIELD_VALUES_BY_MODEL: dict[type[BaseModel], dict[str, type[StrEnum]]] = {
    AITool: {"status": ToolStatus},
    Risk: {"status": RiskStatus},
    MonitoringPlan: {"frequency": MonitoringFrequency},
    DutyTask: {"status": TaskStatus, "kind": ThresholdKind},
    ExplanationRequest: {"status": RequestStatus},
    Person: {"roles": PersonRole},
    CompetenceRecord: {"kind": ActivityKind},
}


def has_label(value: StrEnum) -> bool:
    return value in ENUM_LABELS.get(type(value), {})


def label(value: StrEnum, lang: Lang) -> str:
    """The display name of an enum member in ``lang``."""
    entry = ENUM_LABELS.get(type(value), {}).get(value)
    return entry.get(lang) if entry is not None else readable(str(value))


SPECIAL_CATEGORY = Bilingual(
    sv="särskild kategori, GDPR art. 9", en="special category, GDPR Art. 9"
)


def data_category_label(category: DataCategory, lang: Lang) -> str:
    """A data category, marked when it is a special category (GDPR Art. 9)."""
    name = label(category, lang)
    return f"{name} ({SPECIAL_CATEGORY.get(lang)})" if category.special else name


def literal_label(kind: LiteralKind, value: str, lang: Lang) -> str:
    """The display name of a risk level, AI Act class, proposal decision, ground or history term."""
    entry = LITERAL_LABELS[kind].get(str(value))
    return entry.get(lang) if entry is not None else readable(str(value))


def level_label(level: str, lang: Lang) -> str:
    return literal_label("level", level, lang)


def risk_class_label(risk_class: str, lang: Lang) -> str:
    return literal_label("risk_class", risk_class, lang)


def has_field_label(model: type[BaseModel], field: str) -> bool:
    return field in FIELD_LABELS.get(model, {})


def field_label(model: type[BaseModel], field: str, lang: Lang) -> str:
    """The display name of a model field in ``lang``."""
    entry = FIELD_LABELS.get(model, {}).get(field)
    return entry.get(lang) if entry is not None else readable(field)


def value_label(model: type[BaseModel], field: str, value: object, lang: Lang) -> str | None:
    """The display name of a field's value when the field holds a labelled enum or literal."""
    kind = FIELD_VALUES_BY_MODEL.get(model, {}).get(field) or FIELD_VALUES.get(field)
    if kind is None or value is None:
        return None
    if isinstance(kind, str):
        return literal_label(kind, str(value), lang)
    try:
        return label(kind(value), lang)
    except ValueError:
        return readable(str(value))


def display_label(value: StrEnum | str, lang: Lang) -> str:
    """The display name of an enum value, a risk level or a risk class in ``lang``."""
    if isinstance(value, StrEnum):
        return label(value, lang)
    kind = "level" if str(value) in LITERAL_LABELS["level"] else "risk_class"
    return literal_label(kind, str(value), lang)

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
from ethics_toolkit.register.models import (
    AITool,
    Answer,
    AnswerValue,
    AuditRun,
    DataCategory,
    DecisionRole,
    EmployerType,
    HRProcess,
    MitigationAction,
    Risk,
    RiskStatus,
    SignOff,
    SignOffDecision,
    ToolStatus,
    Treatment,
)


def _b(sv: str, en: str) -> Bilingual:
    return Bilingual(sv=sv, en=en)


ENUM_LABELS: dict[type[StrEnum], dict[StrEnum, Bilingual]] = {
    HRProcess: {
        HRProcess.recruitment: _b("Rekrytering och urval", "Recruitment and selection"),
        HRProcess.promotion: _b("Befordran", "Promotion"),
        HRProcess.termination: _b("Uppsägning", "Termination"),
        HRProcess.task_allocation: _b("Fördelning av arbetsuppgifter", "Task allocation"),
        HRProcess.performance_monitoring: _b("Uppföljning av prestation", "Performance monitoring"),
        HRProcess.other: _b("Annat", "Other"),
    },
    DecisionRole: {
        DecisionRole.decides_alone: _b("Beslutar själv", "Decides alone"),
        DecisionRole.recommends: _b("Rekommenderar", "Recommends"),
        DecisionRole.ranks: _b("Rangordnar", "Ranks"),
        DecisionRole.supports: _b(
            "Stöder en människa som beslutar", "Supports a person who decides"
        ),
    },
    EmployerType: {
        EmployerType.private: _b("Privat arbetsgivare", "Private employer"),
        EmployerType.public_body: _b("Offentlig arbetsgivare", "Public body"),
    },
    ToolStatus: {
        ToolStatus.planned: _b("Planerat", "Planned"),
        ToolStatus.in_use: _b("I bruk", "In use"),
        ToolStatus.suspended: _b("Pausat", "Suspended"),
        ToolStatus.retired: _b("Avvecklat", "Retired"),
    },
    AnswerValue: {
        AnswerValue.yes: _b("Ja", "Yes"),
        AnswerValue.partly: _b("Delvis", "Partly"),
        AnswerValue.no: _b("Nej", "No"),
        AnswerValue.not_applicable: _b("Ej tillämpligt", "Not applicable"),
        AnswerValue.dont_know: _b("Vet inte", "Don't know"),
    },
    Treatment: {
        Treatment.mitigate: _b("Minska", "Mitigate"),
        Treatment.avoid: _b("Undvika", "Avoid"),
        Treatment.transfer: _b("Överföra", "Transfer"),
        Treatment.accept: _b("Acceptera", "Accept"),
    },
    RiskStatus: {
        RiskStatus.open: _b("Öppen", "Open"),
        RiskStatus.in_treatment: _b("Under åtgärd", "In treatment"),
        RiskStatus.accepted: _b("Accepterad", "Accepted"),
        RiskStatus.closed: _b("Stängd", "Closed"),
    },
    SignOffDecision: {
        SignOffDecision.approved: _b("Godkänd", "Approved"),
        SignOffDecision.approved_with_conditions: _b(
            "Godkänd med villkor", "Approved with conditions"
        ),
        SignOffDecision.rejected: _b("Inte godkänd", "Rejected"),
    },
    DataCategory: {
        DataCategory.contact: _b("Kontaktuppgifter", "Contact details"),
        DataCategory.identity: _b("Identitetsuppgifter", "Identity data"),
        DataCategory.cv_content: _b("CV-innehåll", "CV content"),
        DataCategory.education: _b("Utbildning", "Education"),
        DataCategory.work_history: _b("Arbetslivserfarenhet", "Work history"),
        DataCategory.test_results: _b("Testresultat", "Test results"),
        DataCategory.performance: _b("Arbetsprestation", "Work performance"),
        DataCategory.photo: _b("Foto", "Photo"),
        DataCategory.video: _b("Video", "Video"),
        DataCategory.voice: _b("Röst", "Voice"),
        DataCategory.age: _b("Ålder", "Age"),
        DataCategory.gender: _b("Kön", "Gender"),
        DataCategory.ethnicity: _b("Etniskt ursprung", "Ethnic origin"),
        DataCategory.health_disability: _b(
            "Hälsa och funktionsnedsättning", "Health and disability"
        ),
        DataCategory.religion: _b("Religion eller övertygelse", "Religion or belief"),
        DataCategory.sex_life_orientation: _b(
            "Sexualliv eller sexuell läggning", "Sex life or sexual orientation"
        ),
        DataCategory.trade_union: _b("Fackligt medlemskap", "Trade union membership"),
        DataCategory.biometric: _b("Biometriska uppgifter", "Biometric data"),
    },
}

LiteralKind = Literal[
    "level", "risk_class", "risk_decision", "ground", "history_entity", "history_action"
]
LITERAL_LABELS: dict[LiteralKind, dict[str, Bilingual]] = {
    # RiskLevel: bands of the 5x5 matrix.
    "level": {
        "low": _b("Låg", "Low"),
        "medium": _b("Medel", "Medium"),
        "high": _b("Hög", "High"),
        "critical": _b("Kritisk", "Critical"),
    },
    # RiskClass: the AI Act's classes.
    "risk_class": {
        "prohibited": _b("Förbjuden användning", "Prohibited practice"),
        "high_risk": _b("Högrisk", "High risk"),
        "limited": _b("Begränsad risk", "Limited risk"),
        "minimal": _b("Minimal risk", "Minimal risk"),
    },
    # RiskDecision: what became of the risk an unmet checklist answer proposed.
    "risk_decision": {
        "pending": _b("Väntar på beslut", "Awaiting a decision"),
        "accepted": _b("Lagd i riskregistret", "Added to the risk register"),
        "dismissed": _b("Avfärdad", "Dismissed"),
    },
    # DiscriminationGround: the seven grounds of the Discrimination Act, 1 kap. 1 §.
    "ground": {
        "sex": _b("Kön", "Sex"),
        "transgender_identity": _b(
            "Könsöverskridande identitet eller uttryck", "Transgender identity or expression"
        ),
        "ethnicity": _b("Etnisk tillhörighet", "Ethnicity"),
        "religion": _b("Religion eller annan trosuppfattning", "Religion or other belief"),
        "disability": _b("Funktionsnedsättning", "Disability"),
        "sexual_orientation": _b("Sexuell läggning", "Sexual orientation"),
        "age": _b("Ålder", "Age"),
    },
    # HistoryEntity and HistoryAction: what the audit trail records.
    "history_entity": {
        "tool": _b("Verktyg", "Tool"),
        "answer": _b("Svar", "Answer"),
        "risk": _b("Risk", "Risk"),
        "audit": _b("Biasgranskning", "Bias audit"),
        "signoff": _b("Signering", "Sign-off"),
    },
    "history_action": {
        "create": _b("Skapad", "Created"),
        "update": _b("Ändrad", "Updated"),
        "delete": _b("Borttagen", "Deleted"),
    },
}

FIELD_LABELS: dict[type[BaseModel], dict[str, Bilingual]] = {
    AITool: {
        "name": _b("Namn", "Name"),
        "vendor": _b("Leverantör", "Vendor"),
        "version": _b("Version", "Version"),
        "purpose": _b("Syfte", "Purpose"),
        "hr_process": _b("HR-process", "HR process"),
        "decision_role": _b("Verktygets roll i besluten", "The tool's role in decisions"),
        "data_categories": _b("Personuppgifter som behandlas", "Personal data processed"),
        "legal_basis": _b("Rättslig grund", "Legal basis"),
        "system_owner": _b("Systemägare", "System owner"),
        "employer_type": _b("Typ av arbetsgivare", "Type of employer"),
        "employees": _b("Antal anställda", "Number of employees"),
        "go_live": _b("Driftstart", "Go-live date"),
        "status": _b("Status", "Status"),
        "emotion_recognition": _b(
            "Tolkar känslor från ansikte eller röst", "Infers emotions from face or voice"
        ),
        "profiling": _b(
            "Bedömer personliga egenskaper (profilering)", "Evaluates personal traits (profiling)"
        ),
        "narrow_procedural_task": _b(
            "Gör bara en snäv, administrativ uppgift", "Performs only a narrow procedural task"
        ),
        "next_review": _b("Nästa uppföljning", "Next review"),
    },
    Risk: {
        "title": _b("Rubrik", "Title"),
        "description": _b("Beskrivning", "Description"),
        "category": _b("Område", "Area"),
        "legal_references": _b("Rättsliga hänvisningar", "Legal references"),
        "grounds": _b("Diskrimineringsgrunder", "Grounds of discrimination"),
        "likelihood": _b("Sannolikhet", "Likelihood"),
        "severity": _b("Konsekvens", "Severity"),
        "existing_controls": _b("Befintliga skydd", "Existing controls"),
        "treatment": _b("Hantering", "Treatment"),
        "actions": _b("Åtgärder", "Actions"),
        "owner": _b("Ägare", "Owner"),
        "residual_likelihood": _b("Sannolikhet efter åtgärder", "Likelihood after treatment"),
        "residual_severity": _b("Konsekvens efter åtgärder", "Severity after treatment"),
        "status": _b("Status", "Status"),
        "review_date": _b("Uppföljningsdatum", "Review date"),
        "approved_by": _b("Godkänd av", "Approved by"),
        "audit_run_id": _b("Biasgranskning", "Bias audit"),
        "source_item_id": _b("Checklistpunkt", "Checklist item"),
        "inherent_score": _b("Riskvärde före åtgärder", "Score before treatment"),
        "residual_score": _b("Riskvärde efter åtgärder", "Score after treatment"),
        "level": _b("Nivå", "Level"),
    },
    MitigationAction: {
        "description": _b("Åtgärd", "Action"),
        "owner": _b("Ansvarig", "Owner"),
        "due": _b("Klart senast", "Due"),
        "done": _b("Klar", "Done"),
    },
    Answer: {
        "item_id": _b("Checklistpunkt", "Checklist item"),
        "value": _b("Svar", "Answer"),
        "evidence": _b("Underlag", "Evidence"),
        "answered_by": _b("Besvarad av", "Answered by"),
        "answered_at": _b("Besvarad", "Answered"),
        "risk_decision": _b("Föreslagen risk", "Proposed risk"),
    },
    AuditRun: {
        "file_name": _b("Fil", "File"),
        "file_sha256": _b("Filens fingeravtryck (SHA-256)", "File fingerprint (SHA-256)"),
        "rows_read": _b("Rader lästa", "Rows read"),
        "rows_used": _b("Rader använda", "Rows used"),
        "run_at": _b("Granskad", "Audited"),
        "run_by": _b("Granskad av", "Audited by"),
        "data_period": _b("Dataperiod", "Period of the data"),
        # Not a stored field: the verdict a history entry of an audit run records.
        "adverse_impact_found": _b("Negativ särbehandlingseffekt hittad", "Adverse impact found"),
    },
    SignOff: {
        "name": _b("Namn", "Name"),
        "role": _b("Roll", "Role"),
        "decision": _b("Beslut", "Decision"),
        "comment": _b("Kommentar", "Comment"),
        "signed_at": _b("Datum", "Date"),
    },
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
}


def readable(code: str) -> str:
    """A last resort for a value nobody labelled: ``in_treatment`` -> ``In treatment``."""
    return code.replace("_", " ").strip().capitalize()


def has_label(value: StrEnum) -> bool:
    return value in ENUM_LABELS.get(type(value), {})


def label(value: StrEnum, lang: Lang) -> str:
    """The display name of an enum member in ``lang``."""
    entry = ENUM_LABELS.get(type(value), {}).get(value)
    return entry.get(lang) if entry is not None else readable(str(value))


SPECIAL_CATEGORY = _b("särskild kategori, GDPR art. 9", "special category, GDPR Art. 9")


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

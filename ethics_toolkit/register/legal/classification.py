"""Legal classification of an AI tool from its profile, each conclusion explained with its article.

The rules follow ``legal-requirements.md``: AI Act Art. 5(1)(f), Annex III point 4 with the
Art. 6(3) exception, Art. 27 (FRIA), GDPR Art. 35 with the WP248 criteria, GDPR Art. 22 and the
Swedish Discrimination Act 3 kap. 13 §. The result is guidance for HR staff, not a legal opinion.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from ethics_toolkit.i18n.text import Bilingual, Plural
from ethics_toolkit.register.domain.answers import Answer
from ethics_toolkit.register.domain.audit_runs import AuditRun
from ethics_toolkit.register.domain.legal_classification import LegalClassification, RiskClass
from ethics_toolkit.register.domain.tool import AITool, DecisionRole, EmployerType, HRProcess
from ethics_toolkit.register.legal.art22 import art22_concern

if TYPE_CHECKING:
    pass

ACTIVE_MEASURES_EMPLOYEES = 25
"""Employers with at least this many employees document their active measures in writing yearly."""
DPIA_CRITERIA_THRESHOLD = 2
"""WP248: processing meeting two or more criteria usually needs a DPIA."""

# WP248 criteria this profile can reveal, with their plain-language names.
WP248_CRITERIA: dict[str, Bilingual] = {
    "evaluation_or_scoring": Bilingual(
        sv="bedömning eller poängsättning av personer", en="evaluation or scoring of people"
    ),
    "automated_decision": Bilingual(
        sv="automatiserat beslut med betydande följder",
        en="automated decision with significant effect",
    ),
    "systematic_monitoring": Bilingual(sv="systematisk övervakning", en="systematic monitoring"),
    "sensitive_data": Bilingual(
        sv="känsliga personuppgifter (Art. 9)", en="sensitive data (Art. 9)"
    ),
    "vulnerable_data_subjects": Bilingual(
        sv="sårbara registrerade (anställda och sökande)",
        en="vulnerable data subjects (employees and applicants)",
    ),
    "innovative_technology": Bilingual(
        sv="ny teknik (analys av ansikte eller röst)",
        en="innovative technology (face or voice analysis)",
    ),
}

_ANNEX_III_PROCESSES = frozenset(
    {
        HRProcess.recruitment,
        HRProcess.promotion,
        HRProcess.termination,
        HRProcess.performance_monitoring,
    }
)
_SCORING_ROLES = frozenset(
    {DecisionRole.decides_alone, DecisionRole.recommends, DecisionRole.ranks}
)


def in_annex_iii(tool: AITool) -> bool:
    """Annex III point 4: recruitment, promotion, termination, monitoring; task allocation only
    when based on individual behaviour or personal traits, which is what profiling captures."""
    if tool.hr_process in _ANNEX_III_PROCESSES:
        return True
    return tool.hr_process == HRProcess.task_allocation and tool.profiling


def wp248_criteria(tool: AITool) -> list[str]:
    """The WP248 criteria the profile meets, in the order of ``WP248_CRITERIA``."""
    met = {
        "evaluation_or_scoring": tool.profiling or tool.decision_role in _SCORING_ROLES,
        "automated_decision": tool.decision_role == DecisionRole.decides_alone,
        "systematic_monitoring": tool.hr_process == HRProcess.performance_monitoring,
        "sensitive_data": any(c.special for c in tool.data_categories),
        # Employees and applicants are named as vulnerable data subjects in WP248 (power imbalance).
        "vulnerable_data_subjects": True,
        "innovative_technology": tool.emotion_recognition
        or any(c in ("video", "voice", "biometric") for c in tool.data_categories),
    }
    return [name for name in WP248_CRITERIA if met[name]]


def _prohibited_reason(prohibited: bool) -> Bilingual:
    if prohibited:
        return Bilingual(
            sv="Förbjudet enligt AI-förordningen art. 5(1)(f): verktyget tolkar känslor från "
            "ansikte eller röst i arbetslivet (även hos sökande). Sluta använda funktionen; "
            "undantag finns bara av medicinska skäl eller säkerhetsskäl.",
            en="Prohibited under AI Act Art. 5(1)(f): the tool infers emotions from face or voice "
            "at work (applicants included). Stop using the function; the only exceptions are "
            "medical or safety reasons.",
        )
    return Bilingual(
        sv="Inte en förbjuden praktik enligt AI-förordningen art. 5(1)(f): verktyget tolkar inte "
        "känslor.",
        en="Not a prohibited practice under AI Act Art. 5(1)(f): the tool does not infer emotions.",
    )


def _high_risk_reason(tool: AITool, annex: bool, high_risk: bool) -> Bilingual:
    if not annex:
        if tool.hr_process == HRProcess.task_allocation:
            return Bilingual(
                sv="Inte högrisk: fördelning av arbetsuppgifter räknas till AI-förordningens "
                "bilaga III punkt 4(b) bara när den bygger på personers beteende eller egenskaper "
                "(profilering), och det gör inte det här verktyget.",
                en="Not high-risk: task allocation is listed in AI Act Annex III point 4(b) only "
                "when it is based on people's behaviour or personal traits (profiling), which "
                "this tool does not do.",
            )
        return Bilingual(
            sv="Inte högrisk: HR-processen finns inte i AI-förordningens bilaga III punkt 4.",
            en="Not high-risk: the HR process is not listed in AI Act Annex III point 4.",
        )
    if high_risk and tool.profiling:
        return Bilingual(
            sv="Högrisk enligt AI-förordningen bilaga III punkt 4 och art. 6(3): verktyget "
            "används i arbetslivet och profilerar personer, och ett system som profilerar är "
            "alltid högrisk. Skyldigheterna i art. 26 gäller.",
            en="High-risk under AI Act Annex III point 4 and Art. 6(3): the tool is used in "
            "employment and profiles people, and a system that profiles is always high-risk. "
            "The deployer duties of Art. 26 apply.",
        )
    if high_risk:
        return Bilingual(
            sv="Högrisk enligt AI-förordningen bilaga III punkt 4: verktyget påverkar beslut i "
            "arbetslivet och utför mer än en snäv, förberedande uppgift (art. 6(3)). "
            "Skyldigheterna i art. 26 gäller.",
            en="High-risk under AI Act Annex III point 4: the tool influences employment "
            "decisions and does more than a narrow preparatory task (Art. 6(3)). The deployer "
            "duties of Art. 26 apply.",
        )
    return Bilingual(
        sv="Inte högrisk trots att processen finns i bilaga III punkt 4: verktyget utför bara en "
        "snäv, förberedande uppgift utan att profilera (AI-förordningen art. 6(3)). Dokumentera "
        "den bedömningen (art. 6(4)).",
        en="Not high-risk although the process is listed in Annex III point 4: the tool only "
        "performs a narrow preparatory task without profiling (AI Act Art. 6(3)). Document that "
        "assessment (Art. 6(4)).",
    )


def _fria_reason(tool: AITool, high_risk: bool, fria: bool) -> Bilingual:
    if fria:
        return Bilingual(
            sv="Konsekvensbedömning för grundläggande rättigheter (FRIA) krävs före första "
            "användning, AI-förordningen art. 27: ni är en offentlig arbetsgivare och verktyget "
            "är högrisk. Resultatet anmäls till marknadskontrollmyndigheten.",
            en="A fundamental rights impact assessment (FRIA) is required before first use, AI "
            "Act Art. 27: you are a public employer and the tool is high-risk. The results are "
            "notified to the market surveillance authority.",
        )
    if tool.employer_type == EmployerType.public_body:
        return Bilingual(
            sv="Ingen FRIA krävs (AI-förordningen art. 27): verktyget är inte högrisk.",
            en="No FRIA required (AI Act Art. 27): the tool is not high-risk.",
        )
    why_sv = "ni är en privat arbetsgivare" if high_risk else "verktyget är inte högrisk"
    why_en = "you are a private employer" if high_risk else "the tool is not high-risk"
    return Bilingual(
        sv=f"Ingen FRIA krävs (AI-förordningen art. 27): {why_sv}; kravet gäller offentliga "
        "arbetsgivare och den som utför offentliga tjänster.",
        en=f"No FRIA required (AI Act Art. 27): {why_en}; the duty applies to public bodies and "
        "providers of public services.",
    )


def _dpia_reason(criteria: list[str], dpia: bool) -> Bilingual:
    names_sv = ", ".join(WP248_CRITERIA[c].sv for c in criteria)
    names_en = ", ".join(WP248_CRITERIA[c].en for c in criteria)
    if dpia:
        return Bilingual(
            sv=f"En konsekvensbedömning avseende dataskydd (DPIA) behövs troligen, GDPR art. 35: "
            f"{len(criteria)} av EDPB:s kriterier (WP248) är uppfyllda ({names_sv}); två eller "
            "fler betyder normalt att en DPIA krävs.",
            en=f"A data protection impact assessment (DPIA) is likely needed, GDPR Art. 35: "
            f"{len(criteria)} of the EDPB criteria (WP248) are met ({names_en}); two or more "
            "usually mean a DPIA is required.",
        )
    return Bilingual(
        sv=_DPIA_NOT_NEEDED.format("sv", len(criteria), names=names_sv or "inga"),
        en=_DPIA_NOT_NEEDED.format("en", len(criteria), names=names_en or "none"),
    )


_DPIA_NOT_NEEDED = Plural(
    one=Bilingual(
        sv="En DPIA behövs troligen inte (GDPR art. 35): bara {count} av EDPB:s kriterier "
        "(WP248) är uppfyllt ({names}). Dokumentera bedömningen.",
        en="A DPIA is probably not needed (GDPR Art. 35): only {count} of the EDPB criteria "
        "(WP248) is met ({names}). Document that assessment.",
    ),
    other=Bilingual(
        sv="En DPIA behövs troligen inte (GDPR art. 35): bara {count} av EDPB:s kriterier "
        "(WP248) är uppfyllda ({names}). Dokumentera bedömningen.",
        en="A DPIA is probably not needed (GDPR Art. 35): only {count} of the EDPB criteria "
        "(WP248) are met ({names}). Document that assessment.",
    ),
)


def _art22_reason(concern: bool) -> Bilingual:
    if concern:
        return Bilingual(
            sv="GDPR art. 22: verktyget fattar beslut utan mänsklig inblandning. Sökande har rätt "
            "att inte bli föremål för sådana beslut; inför mänsklig prövning, rätt att framföra "
            "synpunkter och att bestrida beslutet.",
            en="GDPR Art. 22: the tool makes decisions without human involvement. Applicants have "
            "a right not to be subject to such decisions; provide human review and the right to "
            "express a view and contest the decision.",
        )
    return Bilingual(
        sv="Ingen direkt fråga enligt GDPR art. 22: en människa fattar beslutet. Se till att "
        "prövningen är verklig och inte bara bekräftar verktygets förslag (SCHUFA, C-634/21).",
        en="No direct GDPR Art. 22 concern: a person takes the decision. Make sure that review "
        "is real and does not just confirm the tool's output (SCHUFA, C-634/21).",
    )


def _active_measures_reason(tool: AITool, duty: bool) -> Bilingual:
    if duty:
        return Bilingual(
            sv=f"Dokumentationsplikt för aktiva åtgärder, diskrimineringslagen 3 kap. 13 §: med "
            f"{tool.employees} anställda (25 eller fler) ska arbetet mot diskriminering, även i "
            "rekrytering och befordran, dokumenteras skriftligt varje år.",
            en=f"Active-measures documentation duty, Discrimination Act ch. 3 § 13: with "
            f"{tool.employees} employees (25 or more) the work against discrimination, including "
            "recruitment and promotion, is documented in writing every year.",
        )
    return Bilingual(
        sv=f"Med {tool.employees} anställda (färre än 25) finns ingen skriftlig "
        "dokumentationsplikt (diskrimineringslagen 3 kap. 13 §), men aktiva åtgärder gäller ändå.",
        en=f"With {tool.employees} employees (fewer than 25) there is no written documentation "
        "duty (Discrimination Act ch. 3 § 13), but active measures still apply.",
    )


def classify(
    tool: AITool,
    *,
    answers: Sequence[Answer] = (),
    audits: Sequence[AuditRun] = (),
    as_of: date | None = None,
) -> LegalClassification:
    """Derive the legal classification of ``tool`` with one explanation per conclusion.

    ``answers`` and ``audits`` are the evidence the profile's claims are weighed against
    (``legal_evidence.points``): a point for each conclusion they change or that a missing fact
    leaves open. ``as_of``: the day the law is applied as of (``None``: every fact the law
    files hold; ``register/law``).
    """
    from ethics_toolkit.register.legal.evidence import points

    annex = in_annex_iii(tool)
    high_risk = annex and (tool.profiling or not tool.narrow_procedural_task)
    prohibited = tool.emotion_recognition
    fria = high_risk and tool.employer_type == EmployerType.public_body
    criteria = wp248_criteria(tool)
    dpia = len(criteria) >= DPIA_CRITERIA_THRESHOLD
    art22 = art22_concern(tool)
    active = tool.employees >= ACTIVE_MEASURES_EMPLOYEES
    risk_class: RiskClass = (
        "prohibited"
        if prohibited
        else "high_risk"
        if high_risk
        else "limited"
        if annex
        else "minimal"
    )
    return LegalClassification(
        risk_class=risk_class,
        high_risk=high_risk,
        prohibited=prohibited,
        fria_needed=fria,
        dpia_likely=dpia,
        wp248_criteria=criteria,
        art22_concern=art22,
        active_measures_duty=active,
        reasons=[
            _prohibited_reason(prohibited),
            _high_risk_reason(tool, annex, high_risk),
            _fria_reason(tool, high_risk, fria),
            _dpia_reason(criteria, dpia),
            _art22_reason(art22),
            _active_measures_reason(tool, active),
        ],
        points=points(tool, answers=answers, audits=audits, dpia_likely=dpia, as_of=as_of),
    )

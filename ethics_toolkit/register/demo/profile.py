"""The demo tool TalentScreen: its profile, the people who work on it and the dates of its story.

Every date is fixed (no ``now()``), so reports of the demo are reproducible.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from ethics_toolkit.register.domain.tool import (
    AITool,
    DataCategory,
    DecisionRole,
    EmployerType,
    HRProcess,
    ToolStatus,
    ToolTexts,
)

DEMO_TOOL = "TalentScreen"
DEMO_FILE = "rekrytering_excel_export.csv"
"""The Swedish sample export (as Excel writes it): the demo's report reads Swedish throughout."""
OWNER = "Maria Lind (HR-chef)"
HR_SPECIALIST = "Johan Berg (HR-specialist)"
DPO = "Sara Nilsson (dataskyddsombud)"
DIRECTOR = "Eva Holm"
"""Signs off and approves decisions; proposes nothing (four eyes, issue 22)."""
RECRUITER = "Ahmed Karimi (rekryterare)"

PROFILE = AITool(
    name=DEMO_TOOL,
    vendor="Exempel AB",
    version="4.2",
    purpose=(
        "Läser inkomna ansökningar (CV och personligt brev), jämför dem med kravprofilen och "
        "rangordnar de sökande. Rekryteraren väljer vilka som kallas till intervju."
    ),
    hr_process=HRProcess.recruitment,
    decision_role=DecisionRole.ranks,
    data_categories=[
        DataCategory.contact,
        DataCategory.identity,
        DataCategory.cv_content,
        DataCategory.education,
        DataCategory.work_history,
        DataCategory.test_results,
        DataCategory.age,
        DataCategory.gender,
    ],
    legal_basis=(
        "Berättigat intresse (GDPR art. 6.1 f) för att hantera ansökningar; intresseavvägning "
        "dokumenterad 2025-06-10."
    ),
    system_owner=OWNER,
    employer_type=EmployerType.private,
    employees=300,
    go_live=date(2025, 9, 1),
    status=ToolStatus.in_use,
    emotion_recognition=False,
    profiling=True,
    narrow_procedural_task=False,
    next_review=date(2027, 3, 1),
    # Issue 15: the facts the notices and explanation replies are built from.
    contact="rekrytering@exempel.se",
    retention=(
        "Ansökningar och verktygets bedömningar sparas i 24 månader efter avslutad rekrytering "
        "och gallras sedan (gallringsplan 2025)."
    ),
    main_factors=(
        "hur väl utbildning och erfarenhet matchar kravprofilen, antal år i liknande roller, "
        "nyckelord i CV och personligt brev, resultat på färdighetstestet och språklig kvalitet "
        "i ansökan (Exempel AB:s produktblad 4.2)."
    ),
    # Issue 21 §6: no group of applicants is named (a notice never tells applicants that groups
    # are treated differently); what the review misses in practice is the checklist's to say.
    human_role=(
        "En rekryterare går igenom rangordningen, läser ansökningarna och beslutar vilka som "
        "kallas till intervju. Rekryteraren kan ändra rangordningen fritt."
    ),
    # Issue 21 §6: the controller and the data protection officer, and the texts in English, so
    # that the English notice is wholly in English.
    controller="Exempel Logistik AB (556677-8899), Hamngatan 4, 111 47 Stockholm, info@exempel.se",
    dpo_contact="Sara Nilsson, dso@exempel.se",
    texts_lang="sv",
    translations={
        "en": ToolTexts(
            purpose=(
                "Reads incoming applications (CV and cover letter), compares them with the job "
                "profile and ranks the applicants. The recruiter chooses whom to invite to an "
                "interview."
            ),
            legal_basis=(
                "Legitimate interest (GDPR Art. 6(1)(f)) to handle applications; balancing of "
                "interests documented on 2025-06-10."
            ),
            human_role=(
                "A recruiter goes through the ranking, reads the applications and decides whom "
                "to invite to an interview. The recruiter can change the ranking freely."
            ),
            main_factors=(
                "how well education and experience match the job profile, years in similar "
                "roles, keywords in the CV and cover letter, the result of the skills test and "
                "the language quality of the application (Exempel AB's product sheet 4.2)."
            ),
            retention=(
                "Applications and the tool's assessments are kept for 24 months after the "
                "recruitment has ended and are then deleted (retention plan 2025)."
            ),
        )
    },
)

AUDIT_AT = datetime(2026, 10, 1, 9, 30, tzinfo=UTC)
PROFILE_AT = datetime(2026, 9, 15, 8, 0, tzinfo=UTC)
ANSWERS_AT = datetime(2026, 9, 22, 13, 0, tzinfo=UTC)
RISKS_AT = datetime(2026, 10, 8, 10, 0, tzinfo=UTC)
SIGNOFF_AT = datetime(2026, 10, 15, 14, 0, tzinfo=UTC)
# Issue 15: the plan with the profile, the request and its answer before the sign-off.
PLAN_AT = PROFILE_AT
TASK_DONE_AT = RISKS_AT
REQUEST_AT = AUDIT_AT
ANSWERED_AT = RISKS_AT
# Issue 21 §2: answers are revised after the events they cite, never before.
REVISED_AT = datetime(2026, 10, 1, 11, 0, tzinfo=UTC)
"""After the audit (09:30): the answer about regular bias audits is revised to cite it."""
ASKED_VENDOR_ON = date(2026, 10, 6)
"""Exempel AB was asked to explain the difference (the task's outcome says so too)."""

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
    contact="rekrytering@exempel.se eller dataskyddsombudet Sara Nilsson, dso@exempel.se",
    retention=(
        "Ansökningar och verktygets bedömningar sparas i 24 månader efter avslutad rekrytering "
        "och gallras sedan (gallringsplan 2025)."
    ),
    main_factors=(
        "hur väl utbildning och erfarenhet matchar kravprofilen, antal år i liknande roller, "
        "nyckelord i CV och personligt brev, resultat på färdighetstestet och språklig kvalitet "
        "i ansökan (Exempel AB:s produktblad 4.2)."
    ),
    human_role=(
        "En rekryterare läser rangordningen och ansökningarna och beslutar vilka som kallas till "
        "intervju. Rekryteraren kan ändra rangordningen fritt och ska läsa lågt rankade sökande "
        "med bakgrund utanför Europa."
    ),
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

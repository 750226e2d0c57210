"""The fictional demo tool "TalentScreen": a complete, realistic register entry to explore.

Everything has fixed dates (no ``now()``), so reports of the demo are reproducible. The audit run is
computed from the in-memory Swedish sample export (``sample_data.sample_files()``: columns Kön,
Bakgrund, Urval..., values Kvinna, Utanför Europa, Ja...), so the demo also works from an installed
wheel and its Swedish report names every group in Swedish; only the aggregated cells and figures are
stored, never the applicants' rows.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from ethics_toolkit.engine.models import AuditResult, AuditSpec
from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.register.checklists.catalogue import load_checklists
from ethics_toolkit.register.domain.models import (
    AITool,
    AnswerValue,
    AuditRun,
    DataCategory,
    DecisionRole,
    EmployerType,
    ExplanationRequest,
    HRProcess,
    MitigationAction,
    MonitoringFrequency,
    MonitoringPlan,
    RequestStatus,
    Risk,
    RiskStatus,
    SignOffDecision,
    TaskStatus,
    ToolStatus,
    Treatment,
)
from ethics_toolkit.register.law.ai_act import dates, long_date
from ethics_toolkit.register.storage.store import Store
from ethics_toolkit.samples.decisions import sample_files

DEMO_TOOL = "TalentScreen"
DEMO_FILE = "rekrytering_excel_export.csv"
"""The Swedish sample export (as Excel writes it): the demo's report reads Swedish throughout."""
OWNER = "Maria Lind (HR-chef)"
HR_SPECIALIST = "Johan Berg (HR-specialist)"
DPO = "Sara Nilsson (dataskyddsombud)"
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

_Y, _P, _N, _D, _NA = (
    AnswerValue.yes,
    AnswerValue.partly,
    AnswerValue.no,
    AnswerValue.dont_know,
    AnswerValue.not_applicable,
)

# Answers to the checklist items, with evidence notes as an HR team would write them.
ANSWERS: dict[str, tuple[AnswerValue, str]] = {
    "ai_literacy-01": (_N, "Ingen AI-utbildning har getts; rekryterarna har bara fått en demo."),
    "ai_literacy-02": (_N, "Diskriminering och AI har inte tagits upp med användarna."),
    "ai_literacy-03": (_P, "Bruksanvisningen finns men bara två av sju användare har läst den."),
    "ai_literacy-04": (_N, "De som granskar förslagen har inte fått någon särskild utbildning."),
    "ai_literacy-05": (_Y, "Johan Berg är utsedd kontaktperson; står på intranätet."),
    "explainability-01": (_P, "Rutin finns för registerutdrag men inte för AI-förklaringar."),
    "explainability-02": (_D, "Oklart om leverantören kan ta fram en persons poängunderlag."),
    "explainability-03": (_P, "Huvudfaktorer syns i verktyget men sparas inte per sökande."),
    "explainability-04": (_Y, "Verktyget visar de fem viktigaste faktorerna för varje sökande."),
    "explainability-05": (_N, "Rekryterarna skriver ingen egen motivering i dag."),
    "gdpr-01": (_Y, "Berättigat intresse, intresseavvägning 2025-06-10 (diarienr HR-2025-14)."),
    "gdpr-02": (_Y, "Leverantören bekräftar skriftligt att inga art. 9-uppgifter behandlas."),
    "gdpr-03": (_P, "Bakgrund samlas in frivilligt i en separat enkät; gallringstid saknas."),
    "gdpr-04": (_N, "Ingen konsekvensbedömning (DPIA) gjordes före driftstarten 2025-09-01."),
    "gdpr-05": (_NA, "Ingen DPIA gjord ännu, så frågan om förhandssamråd har inte prövats."),
    "gdpr-06": (_Y, "Rekryteraren fattar alltid beslutet; verktyget rangordnar bara."),
    "gdpr-07": (_N, "Integritetsmeddelandet nämner inte AI-verktyget."),
    "gdpr-08": (_P, "Foto och födelsedatum skickas med men används inte; ska tas bort."),
    "gdpr-09": (_Y, "Ansökningar gallras efter 24 månader enligt gallringsplan 2025."),
    "gdpr-10": (_Y, "Biträdesavtal undertecknat 2025-05-20."),
    "gdpr-11": (_Y, "Finns i registret över behandlingar sedan 2025-08."),
    "gdpr-12": (_P, "IT har granskat inloggning och kryptering; ingen riskanalys för sökande."),
    "gdpr-13": (_NA, "Verktyget används bara för externa sökande."),
    "human_oversight-01": (_Y, "Ansvariga rekryterare utsedda per tjänst i rekryteringsplanen."),
    "human_oversight-02": (_Y, "Rekryteraren kan fritt ändra rangordningen."),
    "human_oversight-03": (_P, "Stickprov visar att 9 av 10 förslag godkänns utan ändring."),
    "human_oversight-04": (_P, "Vid stora rekryteringar hinner man inte läsa alla ansökningar."),
    "human_oversight-05": (_N, "Lågt rankade sökande läses i regel inte."),
    "human_oversight-06": (_P, "Flera tror att poängen är en sannolikhet att lyckas i jobbet."),
    "human_oversight-07": (_Y, "Används bara för urval till intervju, enligt bruksanvisningen."),
    "human_oversight-08": (_D, "Ingen följer upp hur ofta förslagen ändras."),
    "human_oversight-09": (_Y, "Rutin för att pausa verktyget finns i avtalet med leverantören."),
    "human_oversight-10": (_D, "Oklart vilken myndighet som tar emot incidentrapporter."),
    "human_oversight-11": (_Y, "Loggar sparas i 12 månader hos leverantören."),
    "leadership-01": (_P, "Ledningen har beslutat om AI-pilot men ingen AI-strategi."),
    "leadership-02": (_Y, "Maria Lind äger verktyget; budget i HR:s verksamhetsplan 2026."),
    "leadership-03": (_N, "Ingen AI-policy ännu; planeras av ledningsgruppen."),
    "leadership-04": (_Y, "Bedömt som högrisk enligt bilaga III punkt 4, se registret."),
    "leadership-05": (_NA, "Privat arbetsgivare; FRIA krävs inte."),
    "leadership-06": (_P, "Rekryterarna var med i upphandlingen; chefer inte involverade."),
    "leadership-07": (_Y, "Årlig uppföljning beslutad; nästa 2027-03-01."),
    "leadership-08": (_Y, "Godkänd av HR-direktören 2026-10-15 med villkor."),
    "non_discrimination-01": (_P, "Kön och etnisk tillhörighet genomgångna, övriga grunder inte."),
    "non_discrimination-02": (_P, "Kravet på 'flytande svenska' ifrågasatt men inte prövat."),
    "non_discrimination-03": (_D, "Leverantören har inte svarat om postnummer används."),
    "non_discrimination-04": (_D, "Okänt hur verktyget väger luckor i CV:t."),
    "non_discrimination-05": (_N, "Språket i ansökan påverkar poängen enligt leverantören."),
    "non_discrimination-06": (_Y, "Biasgranskning gjord 2026-10-01 på logg för jan-jun 2026."),
    "non_discrimination-07": (_P, "Verktyget klarar skärmläsare; testerna är inte anpassade."),
    "non_discrimination-08": (_Y, "Kön är frivilligt och har fler svarsalternativ än man/kvinna."),
    "non_discrimination-09": (
        _P,
        "Rekrytering finns med i aktiva åtgärder, men inte AI-verktyget.",
    ),
    "non_discrimination-10": (_N, "Den skriftliga dokumentationen 2026 nämner inte verktyget."),
    "non_discrimination-11": (_Y, "Diskuterat med facket (Unionen) 2025-08-20."),
    "non_discrimination-12": (_P, "Urvalsbeslut sparas men utan motivering."),
    "transparency-01": (_N, "Sökande informeras inte om att AI används i urvalet."),
    "transparency-02": (_Y, "MBL-information till facket 2025-08-20, protokoll finns."),
    "transparency-03": (_Y, "Bruksanvisningen ligger på HR:s gemensamma yta."),
    "transparency-04": (_D, "Informationen har inte granskats för tillgänglighet."),
    "transparency-05": (_Y, "Kontaktuppgifter till HR finns i annonsen."),
    "data_quality_security-01": (_P, "Kravprofilerna ses över, men ingen kontroll av urvalet."),
    "data_quality_security-02": (_P, "Stickprov på 20 CV i maj 2026: 2 utbildningar feltolkade."),
    "data_quality_security-03": (_Y, "Behörighet per rekrytering; granskning av IT 2026-04."),
    "data_quality_security-04": (_Y, "Leverantörens åtkomstlogg sparas i 12 månader."),
    "data_quality_security-05": (_Y, "Incidentrutinen omfattar verktyget, uppdaterad 2026-02."),
    "data_quality_security-06": (_D, "Oklart om leverantörens säkerhetskopior gallras."),
    "vendor_management-01": (_Y, "Verktyget analyserar inte video eller röst; skriftligt intyg."),
    "vendor_management-02": (_Y, "Bruksanvisning och produktblad version 4.2 finns."),
    "vendor_management-03": (_P, "Leverantören visade tester för kön men inte för bakgrund."),
    "vendor_management-04": (
        _P,
        "Avtalet ger tillgång till loggar men inte till data för granskning.",
    ),
    "vendor_management-05": (_D, "Leverantören har inte svarat om CE-märkning planeras."),
    "vendor_management-06": (_N, "Modellen uppdaterades i juni 2026 utan förvarning."),
    "vendor_management-07": (
        _Y,
        "Exit-klausul i avtalet: data återlämnas och raderas inom 30 dagar.",
    ),
}

# For items not listed above (checklists grow): a plausible default by the item's position.
_DEFAULT_PATTERN = (_Y, _Y, _P, _Y, _D, _Y, _P, _N)
_DEFAULT_NOTES = {
    _Y: "Kontrollerat av HR {date}; underlag i HR:s ärendemapp.",
    _P: "Delvis på plats; komplettering planerad under 2027.",
    _N: "Saknas i dag; tas upp i handlingsplanen.",
    _D: "Har frågat leverantören, inget svar ännu.",
}

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


def _risks(tool_id: int, audit_run_id: int | None) -> list[Risk]:
    """The demo's risk register; the first is backed by the audit run's evidence."""
    return [
        Risk(
            tool_id=tool_id,
            title="Indirekt etnisk diskriminering i CV-urvalet",
            description=(
                "Biasgranskningen visar att sökande med bakgrund utanför Europa går vidare i "
                "19,7 % av fallen mot 30,8 % för sökande födda i Sverige (kvot 0,64, under "
                "fyrafemtedelsregeln). Kvalificerade sökande utanför Europa missas oftare av "
                "verktyget."
            ),
            category="non_discrimination",
            legal_references=["DL 1 kap. 4 §", "DL 3 kap.", "AI Act Art. 26(4)"],
            grounds=["ethnicity"],
            likelihood=4,
            severity=5,
            existing_controls="Rekryteraren gör slutligt urval; årlig biasgranskning.",
            treatment=Treatment.mitigate,
            actions=[
                MitigationAction(
                    description="Be Exempel AB förklara vilka faktorer som ger skillnaden.",
                    owner=OWNER,
                    due=date(2026, 11, 30),
                    done=True,
                ),
                MitigationAction(
                    description="Läs alla sökande med bakgrund utanför Europa som rankas lågt.",
                    owner=RECRUITER,
                    due=date(2026, 12, 15),
                ),
                MitigationAction(
                    description="Ny biasgranskning på logg för jul-dec 2026.",
                    owner=HR_SPECIALIST,
                    due=date(2027, 2, 15),
                ),
            ],
            owner=OWNER,
            residual_likelihood=2,
            residual_severity=5,
            status=RiskStatus.in_treatment,
            review_date=date(2027, 3, 1),
            audit_run_id=audit_run_id,
            source_item_id="non_discrimination-03",
        ),
        Risk(
            tool_id=tool_id,
            title="HR-personalen saknar grundläggande AI-förståelse",
            description=(
                "Rekryterarna har inte fått någon AI-utbildning och vet inte hur verktyget kan "
                "göra fel eller diskriminera (AI-förordningen art. 4 gäller sedan "
                f"{long_date(dates().prohibitions, 'sv')})."
            ),
            category="ai_literacy",
            legal_references=["AI Act Art. 4", "AI Act Art. 26(2)"],
            likelihood=4,
            severity=3,
            existing_controls="En kontaktperson för frågor om verktyget.",
            treatment=Treatment.mitigate,
            actions=[
                MitigationAction(
                    description="Två timmars introduktion om AI i rekrytering för alla användare.",
                    owner=HR_SPECIALIST,
                    due=date(2027, 1, 31),
                )
            ],
            owner=HR_SPECIALIST,
            residual_likelihood=2,
            residual_severity=2,
            status=RiskStatus.open,
            review_date=date(2027, 3, 1),
            source_item_id="ai_literacy-01",
        ),
        Risk(
            tool_id=tool_id,
            title="Rekryterarna godkänner rangordningen utan egen prövning",
            description=(
                "Stickprov visar att 9 av 10 förslag godkänns oförändrade och att lågt rankade "
                "sökande sällan läses. Den mänskliga tillsynen riskerar att bli en formalitet, och "
                "rangordningen blir i praktiken beslutet (GDPR art. 22, SCHUFA C-634/21)."
            ),
            category="human_oversight",
            legal_references=["AI Act Art. 26(2)", "AI Act Art. 14", "GDPR Art. 22"],
            likelihood=4,
            severity=4,
            existing_controls="Rekryteraren kan ändra rangordningen.",
            treatment=Treatment.mitigate,
            actions=[
                MitigationAction(
                    description="Krav på kort egen motivering för varje sökande som går vidare.",
                    owner=OWNER,
                    due=date(2026, 12, 31),
                ),
                MitigationAction(
                    description="Månadsvis uppföljning av hur ofta förslagen ändras.",
                    owner=HR_SPECIALIST,
                    due=date(2027, 1, 31),
                ),
            ],
            owner=OWNER,
            residual_likelihood=2,
            residual_severity=4,
            status=RiskStatus.in_treatment,
            review_date=date(2027, 3, 1),
            source_item_id="human_oversight-03",
        ),
        Risk(
            tool_id=tool_id,
            title="Sökande informeras inte om att AI används",
            description=(
                "Annonsen och integritetsmeddelandet nämner inte att ett AI-system rangordnar "
                "ansökningarna (AI-förordningen art. 26(11), GDPR art. 13(2)(f))."
            ),
            category="transparency",
            legal_references=["AI Act Art. 26(11)", "GDPR Art. 13(2)(f)"],
            likelihood=5,
            severity=3,
            existing_controls="Inga.",
            treatment=Treatment.mitigate,
            actions=[
                MitigationAction(
                    description="Ny text i annonsmallen och integritetsmeddelandet om AI-urvalet.",
                    owner=DPO,
                    due=date(2026, 11, 15),
                    done=True,
                ),
                MitigationAction(
                    description="Lättläst version och kontakt för frågor om verktyget.",
                    owner=DPO,
                    due=date(2026, 12, 31),
                ),
            ],
            owner=DPO,
            residual_likelihood=1,
            residual_severity=3,
            status=RiskStatus.in_treatment,
            review_date=date(2027, 3, 1),
            source_item_id="transparency-01",
        ),
        Risk(
            tool_id=tool_id,
            title="Ingen konsekvensbedömning avseende dataskydd (DPIA) gjord",
            description=(
                "Verktyget profilerar sökande och rangordnar dem; enligt EDPB:s kriterier behövs "
                "troligen en DPIA (GDPR art. 35), men ingen gjordes före driftstarten."
            ),
            category="gdpr",
            legal_references=["GDPR Art. 35", "AI Act Art. 26(9)"],
            likelihood=5,
            severity=3,
            existing_controls="Intresseavvägning och biträdesavtal finns.",
            treatment=Treatment.mitigate,
            actions=[
                MitigationAction(
                    description="Genomför DPIA med leverantörens art. 13-information som underlag.",
                    owner=DPO,
                    due=date(2027, 1, 31),
                )
            ],
            owner=DPO,
            residual_likelihood=1,
            residual_severity=3,
            status=RiskStatus.open,
            review_date=date(2027, 3, 1),
            source_item_id="gdpr-04",
        ),
        Risk(
            tool_id=tool_id,
            title="Språket i ansökan sänker poängen för sökande med annat modersmål",
            description=(
                "Leverantören bekräftar att språklig kvalitet vägs in. Det kan missgynna sökande "
                "med annat modersmål än svenska även när språket inte är avgörande för jobbet."
            ),
            category="non_discrimination",
            legal_references=["DL 1 kap. 4 §"],
            grounds=["ethnicity"],
            likelihood=3,
            severity=3,
            existing_controls="Rekryteraren läser personliga brev.",
            treatment=Treatment.accept,
            owner=OWNER,
            residual_likelihood=3,
            residual_severity=3,
            status=RiskStatus.accepted,
            review_date=date(2027, 3, 1),
            approved_by="Eva Holm (HR-direktör)",
            source_item_id="non_discrimination-05",
        ),
    ]


@functools.cache
def _audit_result() -> AuditResult:
    """Audit the sample log in memory with the engine (only cells and figures come back)."""
    from ethics_toolkit.engine.audit import audit_source  # pandas and fairlearn: load late

    spec = AuditSpec(
        outcome="Urval",
        positive="Ja",
        sensitive=["Kön", "Bakgrund"],
        truth="Kvalificerad",
        truth_positive="Ja",
    )
    result = audit_source(sample_files()[DEMO_FILE], spec, file_name=DEMO_FILE)
    return result.model_copy(update={"computed_at": AUDIT_AT})


def seed_demo(store: Store, *, actor: str = "demo") -> AITool:
    """Add the demo tool with its answers, audit, risks and sign-off; a no-op if it exists.

    One transaction: an interrupted seeding leaves no half demo behind to be skipped next time.
    """
    if not _seeded(store):
        result = _audit_result()  # before the transaction: the engine needs a moment
        with store.transaction():
            if not _seeded(store):  # someone else may have seeded meanwhile
                _seed(store, result, actor=actor)
    return store.get_tool(DEMO_TOOL)


RESET_OTHER_TOOLS = Bilingual(
    sv="Registret innehåller fler verktyg än demoverktyget ({tools}); --reset rör bara ett "
    "register med enbart demon. Använd ett annat register för att prova (--db eller "
    "ETHICS_TOOLKIT_DB), eller ta bort demon med "
    "`ethics-toolkit tool remove {demo} --export-first FIL`.",
    en="The register holds tools other than the demo ({tools}); --reset only touches a register "
    "that holds the demo alone. Use another register to experiment (--db or ETHICS_TOOLKIT_DB), "
    "or remove the demo with `ethics-toolkit tool remove {demo} --export-first FILE`.",
)


def reset_demo(
    store: Store, *, actor: str, save_export: Callable[[dict[str, Any]], str]
) -> tuple[AITool, str | None]:
    """Put the demo back as it was seeded, in a register that holds the demo and nothing else.

    Nothing is lost: the demo goes through the register's own removal (``Store.delete_tool``),
    which needs an export of the register as it is now; ``save_export`` keeps that export and
    returns where, and the removal's history entry names it. The history stays append-only, so
    the reset itself is in it. Returns the new demo tool and where the export went (``None``
    when there was no demo to remove).
    """
    others = sorted(tool.name for tool in store.list_tools() if tool.name != DEMO_TOOL)
    if others:
        raise UserFacingError.of(RESET_OTHER_TOOLS, tools=", ".join(others), demo=DEMO_TOOL)
    where = None
    if _seeded(store):
        export = store.export_json()
        where = save_export(export)
        store.delete_tool(DEMO_TOOL, actor=actor, export=export, export_file=where)
    return seed_demo(store), where


def _seeded(store: Store) -> bool:
    return any(tool.name == DEMO_TOOL for tool in store.list_tools())


def _seed(store: Store, result: AuditResult, *, actor: str) -> None:
    with store.frozen_clock(PROFILE_AT):
        tool = store.save_tool(PROFILE, actor=actor)
    assert tool.id is not None
    with store.frozen_clock(ANSWERS_AT):
        for area in load_checklists():
            for position, item in enumerate(area.items):
                value, note = ANSWERS.get(item.id) or _default_answer(position)
                store.answer(tool.id, item.id, value, evidence=note, actor=HR_SPECIALIST)
    with store.frozen_clock(PLAN_AT):
        store.save_plan(
            MonitoringPlan(
                tool_id=tool.id,
                measured=(
                    "Kvot per kön och bakgrund (urval till intervju); hur ofta rekryterarna "
                    "ändrar verktygets rangordning"
                ),
                frequency=MonitoringFrequency.half_year,
                owner=HR_SPECIALIST,
                next_audit=date(2027, 2, 15),
                response_days=14,
            ),
            actor=OWNER,
        )
    with store.frozen_clock(AUDIT_AT):
        run: AuditRun = store.save_audit_run(
            tool.id, result, actor=HR_SPECIALIST, data_period="2026-01-01 – 2026-06-30"
        )
    with store.frozen_clock(RISKS_AT):
        pending = {a.item_id for a in store.answers(tool.id) if a.risk_decision == "pending"}
        for risk in _risks(tool.id, run.id):
            if risk.source_item_id in pending:  # the team accepted the proposal, reworded
                store.decide_proposal(tool.id, risk.source_item_id, True, actor=OWNER, risk=risk)
            else:
                store.save_risk(risk, actor=OWNER)
    _seed_duties(store, tool.id)
    with store.frozen_clock(SIGNOFF_AT):
        store.sign_off(
            tool.id,
            name="Eva Holm",
            role="HR-direktör",
            decision=SignOffDecision.approved_with_conditions,
            comment=(
                "Får användas vidare under förutsättning att åtgärderna mot indirekt "
                "diskriminering och DPIA:n är klara före nästa uppföljning 2027-03-01."
            ),
            actor="Eva Holm",
        )


def _seed_duties(store: Store, tool_id: int) -> None:
    """Issue 15: the audit crossed the plan's threshold; the task assessed; two requests."""
    with store.frozen_clock(TASK_DONE_AT):
        for task in store.tasks(tool_id):
            # The date is the task's own (shown as "Bedömt 2026-10-08: …"), not part of the text.
            outcome = (
                "Användningen fortsätter med skärpt prövning (alla lågt rankade sökande med "
                "bakgrund utanför Europa läses). Exempel AB informerades 2026-10-06 och ska "
                "förklara skillnaden; ny granskning på logg för jul–dec 2026."
            )
            done = task.model_copy(update={"status": TaskStatus.done, "outcome": outcome})
            store.save_task(done, actor=OWNER)
    with store.frozen_clock(REQUEST_AT):
        request = store.save_request(
            ExplanationRequest(tool_id=tool_id, reference="Rekrytering 2026-31, sökande 112",
                               received=date(2026, 9, 30)),
            actor=RECRUITER,
        )  # fmt: skip
    with store.frozen_clock(ANSWERED_AT):
        answer = (
            "Förklaring skickad per e-post: verktygets roll, de viktigaste faktorerna och "
            "rekryterarens bedömning av ansökan."
        )
        update = {"status": RequestStatus.answered, "answered_on": date(2026, 10, 8)}
        store.save_request(request.model_copy(update={**update, "answer": answer}), actor=RECRUITER)


def _default_answer(position: int) -> tuple[AnswerValue, str]:
    value = _DEFAULT_PATTERN[position % len(_DEFAULT_PATTERN)]
    return value, _DEFAULT_NOTES[value].format(date="2026-09-22")

"""The demo's risk register: six risks as the TalentScreen team wrote them, with their actions."""

from __future__ import annotations

from datetime import date

from ethics_toolkit.register.demo.profile import (
    ASKED_VENDOR_ON,
    DPO,
    HR_SPECIALIST,
    OWNER,
    RECRUITER,
)
from ethics_toolkit.register.domain.decisions import Decision, Justification
from ethics_toolkit.register.domain.risks import MitigationAction, Risk, RiskStatus, Treatment
from ethics_toolkit.register.law.ai_act import dates, long_date

LANGUAGE_JUSTIFICATION = Justification(
    aim=(
        "Ekonomiassistenten skriver brev och underlag till kunder och Skatteverket på svenska; "
        "korrekt skriftlig svenska är ett krav i tjänsten."
    ),
    necessity=(
        "Verktyget väger språket lätt och rekryteraren läser alla personliga brev, så ingen "
        "sökande sållas bort enbart på språket; kravet prövas också i intervjun."
    ),
    alternatives=(
        "Att stänga av språkbedömningen (leverantören erbjuder det inte i version 4.2) och att "
        "pröva språket bara i intervjun; det senare ställs som krav i nästa upphandling."
    ),
)
"""Why the team accepts the language risk (Discrimination Act ch. 1 § 4)."""


def demo_risks(tool_id: int, audit_run_id: int | None) -> list[Risk]:
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
                    done_by=OWNER,
                    done_on=ASKED_VENDOR_ON,
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
                    # Issue 21: not done; the checklist still says applicants are not told.
                    description="Ny text i annonsmallen och integritetsmeddelandet om AI-urvalet.",
                    owner=DPO,
                    due=date(2026, 11, 15),
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
            # Issue 21/22: proposed by the owner with its justification, approved by the HR
            # director (``seed``), a person other than the one who proposed it.
            acceptance=Decision(justification=LANGUAGE_JUSTIFICATION),
            source_item_id="non_discrimination-05",
        ),
    ]

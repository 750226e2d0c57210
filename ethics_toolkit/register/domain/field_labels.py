"""Labels of the register's model fields, keyed by the model's name (a pure text catalogue).

Keyed by name, not by class, so that the models can name a field in a validation message without
importing :mod:`~ethics_toolkit.register.domain.labels` (which imports the models).
"""

from __future__ import annotations

from ethics_toolkit.i18n import Lang
from ethics_toolkit.i18n.text import Bilingual


def readable(code: str) -> str:
    """A last resort for a value nobody labelled: ``in_treatment`` -> ``In treatment``."""
    return code.replace("_", " ").strip().capitalize()


FIELD_LABELS_BY_MODEL_NAME: dict[str, dict[str, Bilingual]] = {
    "AITool": {
        "name": Bilingual(sv="Namn", en="Name"),
        "vendor": Bilingual(sv="Leverantör", en="Vendor"),
        "version": Bilingual(sv="Version", en="Version"),
        "purpose": Bilingual(sv="Syfte", en="Purpose"),
        "hr_process": Bilingual(sv="HR-process", en="HR process"),
        "decision_role": Bilingual(
            sv="Verktygets roll i besluten", en="The tool's role in decisions"
        ),
        "data_categories": Bilingual(
            sv="Personuppgifter som behandlas", en="Personal data processed"
        ),
        "legal_basis": Bilingual(sv="Rättslig grund", en="Legal basis"),
        "system_owner": Bilingual(sv="Systemägare", en="System owner"),
        "employer_type": Bilingual(sv="Typ av arbetsgivare", en="Type of employer"),
        "employees": Bilingual(sv="Antal anställda", en="Number of employees"),
        "go_live": Bilingual(sv="Driftstart", en="Go-live date"),
        "status": Bilingual(sv="Status", en="Status"),
        "emotion_recognition": Bilingual(
            sv="Tolkar känslor från ansikte eller röst", en="Infers emotions from face or voice"
        ),
        "profiling": Bilingual(
            sv="Bedömer personliga egenskaper (profilering)",
            en="Evaluates personal traits (profiling)",
        ),
        "narrow_procedural_task": Bilingual(
            sv="Gör bara en snäv, administrativ uppgift",
            en="Performs only a narrow procedural task",
        ),
        "next_review": Bilingual(sv="Nästa uppföljning", en="Next review"),
        "archived_at": Bilingual(sv="Arkiverat", en="Archived"),
        "archived": Bilingual(sv="Arkiverat", en="Archived"),
        "contact": Bilingual(
            sv="Kontakt för frågor, förklaring och mänsklig prövning",
            en="Contact for questions, explanations and human review",
        ),
        "retention": Bilingual(
            sv="Hur länge de sökandes uppgifter sparas", en="How long applicants' data are kept"
        ),
        "main_factors": Bilingual(
            sv="Huvudfaktorer enligt leverantören", en="Main factors, as the vendor documents them"
        ),
        "human_role": Bilingual(
            sv="Människans prövning före beslut", en="The human review before a decision"
        ),
        "dpia_completed_on": Bilingual(
            sv="Konsekvensbedömning (DPIA) klar", en="DPIA completed on"
        ),
        "art9_ground": Bilingual(
            sv="Undantag enligt GDPR art. 9.2 för känsliga uppgifter",
            en="GDPR Art. 9(2) exception for special-category data",
        ),
        "controller": Bilingual(
            sv="Personuppgiftsansvarig (arbetsgivarens namn, organisationsnummer och kontakt)",
            en="Controller (the employer's name, registration number and contact)",
        ),
        "dpo_contact": Bilingual(sv="Dataskyddsombud", en="Data protection officer"),
        "texts_lang": Bilingual(sv="Textfältens språk", en="Language of the texts"),
        "translations": Bilingual(sv="Översättningar av texterna", en="Translations of the texts"),
    },
    "Risk": {
        "title": Bilingual(sv="Rubrik", en="Title"),
        "description": Bilingual(sv="Beskrivning", en="Description"),
        "category": Bilingual(sv="Område", en="Area"),
        "legal_references": Bilingual(sv="Rättsliga hänvisningar", en="Legal references"),
        "grounds": Bilingual(sv="Diskrimineringsgrunder", en="Grounds of discrimination"),
        "likelihood": Bilingual(sv="Sannolikhet", en="Likelihood"),
        "severity": Bilingual(sv="Konsekvens", en="Severity"),
        "existing_controls": Bilingual(sv="Befintliga skydd", en="Existing controls"),
        "treatment": Bilingual(sv="Hantering", en="Treatment"),
        "actions": Bilingual(sv="Åtgärder", en="Actions"),
        "owner": Bilingual(sv="Ägare", en="Owner"),
        "residual_likelihood": Bilingual(
            sv="Sannolikhet efter åtgärder", en="Likelihood after treatment"
        ),
        "residual_severity": Bilingual(
            sv="Konsekvens efter åtgärder", en="Severity after treatment"
        ),
        "status": Bilingual(sv="Status", en="Status"),
        "review_date": Bilingual(sv="Uppföljningsdatum", en="Review date"),
        "approved_by": Bilingual(sv="Godkänd av", en="Approved by"),
        "acceptance": Bilingual(sv="Beslut om att acceptera", en="Decision to accept"),
        "audit_run_id": Bilingual(sv="Biasgranskning", en="Bias audit"),
        "source_item_id": Bilingual(sv="Checklistpunkt", en="Checklist item"),
        "inherent_score": Bilingual(sv="Riskvärde före åtgärder", en="Score before treatment"),
        "residual_score": Bilingual(sv="Riskvärde efter åtgärder", en="Score after treatment"),
        "level": Bilingual(sv="Nivå", en="Level"),
    },
    "MitigationAction": {
        "description": Bilingual(sv="Åtgärd", en="Action"),
        "owner": Bilingual(sv="Ansvarig", en="Owner"),
        "due": Bilingual(sv="Klart senast", en="Due"),
        "done": Bilingual(sv="Klar", en="Done"),
        "done_by": Bilingual(sv="Klarmarkerad av", en="Ticked off by"),
        "done_on": Bilingual(sv="Klar den", en="Done on"),
    },
    "Answer": {
        "item_id": Bilingual(sv="Checklistpunkt", en="Checklist item"),
        "value": Bilingual(sv="Svar", en="Answer"),
        "evidence": Bilingual(sv="Underlag", en="Evidence"),
        "answered_by": Bilingual(sv="Besvarad av", en="Answered by"),
        "answered_at": Bilingual(sv="Besvarad", en="Answered"),
        "first_answered_at": Bilingual(sv="Först besvarad", en="First answered"),
        "risk_decision": Bilingual(sv="Föreslagen risk", en="Proposed risk"),
    },
    "AuditRun": {
        "file_name": Bilingual(sv="Fil", en="File"),
        "file_sha256": Bilingual(
            sv="Filens fingeravtryck (SHA-256)", en="File fingerprint (SHA-256)"
        ),
        "rows_read": Bilingual(sv="Rader lästa", en="Rows read"),
        "rows_used": Bilingual(sv="Rader använda", en="Rows used"),
        "run_at": Bilingual(sv="Granskad", en="Audited"),
        "run_by": Bilingual(sv="Granskad av", en="Audited by"),
        "data_period": Bilingual(sv="Dataperiod", en="Period of the data"),
        "exact_small_cells": Bilingual(sv="Exakta små celler sparade", en="Exact small cells kept"),
        "withheld_rows": Bilingual(
            sv="Personer i undanhållna små celler", en="People in withheld small cells"
        ),
        "withheld_groups": Bilingual(sv="Undanhållna små grupper", en="Withheld small groups"),
        # Not stored fields: what a history entry of an audit run records besides the run.
        "result_sha256": Bilingual(
            sv="Resultatets fingeravtryck (SHA-256)", en="Result fingerprint (SHA-256)"
        ),
        # Not a stored field: the verdict a history entry of an audit run records.
        "adverse_impact_found": Bilingual(
            sv="Negativ särbehandlingseffekt hittad", en="Adverse impact found"
        ),
    },
    "SignOff": {
        "name": Bilingual(sv="Namn", en="Name"),
        "role": Bilingual(sv="Roll", en="Role"),
        "decision": Bilingual(sv="Beslut", en="Decision"),
        "comment": Bilingual(sv="Kommentar", en="Comment"),
        "signed_at": Bilingual(sv="Datum", en="Date"),
        "content_hash": Bilingual(
            sv="Fingeravtryck av det godkända innehållet", en="Fingerprint of the approved content"
        ),
        "head_hash": Bilingual(
            sv="Historikens huvudhash vid signeringen", en="History head hash at the sign-off"
        ),
        "signed_by": Bilingual(sv="Signerad av", en="Signed by"),
        "proposed_by": Bilingual(sv="Föreslaget av", en="Proposed by"),
    },
    # Issue 15: the deployer's duties.
    "MonitoringPlan": {
        "measured": Bilingual(sv="Vad som mäts", en="What is measured"),
        "frequency": Bilingual(sv="Hur ofta", en="How often"),
        "alert_adverse_significant": Bilingual(
            sv="Larma vid negativ särbehandlingseffekt som inte beror på slumpen",
            en="Alert on adverse impact that is not chance",
        ),
        "alert_agreement": Bilingual(
            sv="Larma när besluten följer verktyget i minst denna andel",
            en="Alert when decisions follow the tool in at least this share",
        ),
        "owner": Bilingual(sv="Ansvarig", en="Owner"),
        "next_audit": Bilingual(sv="Nästa granskning", en="Next audit"),
        "response_days": Bilingual(sv="Dagar att bedöma ett larm", en="Days to assess an alert"),
    },
    "DutyTask": {
        "kind": Bilingual(sv="Gräns som passerades", en="Threshold crossed"),
        "audit_run_id": Bilingual(sv="Biasgranskning", en="Bias audit"),
        "owner": Bilingual(sv="Ansvarig", en="Owner"),
        "due": Bilingual(sv="Klart senast", en="Due"),
        "status": Bilingual(sv="Status", en="Status"),
        "created_at": Bilingual(sv="Öppnad", en="Opened"),
        "details": Bilingual(sv="Vad granskningen visade", en="What the audit showed"),
        "outcome": Bilingual(sv="Bedömning och beslut", en="Assessment and decision"),
        "done_on": Bilingual(sv="Klar den", en="Done on"),
        "done_by": Bilingual(sv="Klarmarkerad av", en="Ticked off by"),
    },
    "ExplanationRequest": {
        "reference": Bilingual(sv="Ärende (som ni skrev det)", en="Case (as you typed it)"),
        "received": Bilingual(sv="Inkom", en="Received"),
        "due": Bilingual(sv="Svar senast", en="Answer due"),
        "status": Bilingual(sv="Status", en="Status"),
        "answered_on": Bilingual(sv="Besvarad den", en="Answered on"),
        "answer": Bilingual(sv="Svar", en="Answer"),
    },
    # Issue 24: a paired test of the tool itself.
    "PairedRun": {
        "tool_version": Bilingual(sv="Testad version", en="Version tested"),
        "design": Bilingual(sv="Testsetets utformning", en="Design of the test set"),
        "result": Bilingual(sv="Resultat", en="Results"),
        "manifest_sha256": Bilingual(sv="Manifestets SHA-256", en="SHA-256 of the manifest"),
        "answers_sha256": Bilingual(sv="Svarsfilens SHA-256", en="SHA-256 of the answers file"),
        "answers_file_name": Bilingual(sv="Svarsfil", en="Answers file"),
        "run_at": Bilingual(sv="Sparat", en="Saved"),
        "run_by": Bilingual(sv="Sparat av", en="Saved by"),
    },
    # Issue 23: the people around a tool and what they learnt.
    "Person": {
        "name": Bilingual(sv="Namn", en="Name"),
        "roles": Bilingual(sv="Roller", en="Roles"),
        "identity": Bilingual(sv="Inloggningsidentitet (e-post)", en="Sign-in identity (e-mail)"),
    },
    "CompetenceRecord": {
        "person_id": Bilingual(sv="Person", en="Person"),
        "activity": Bilingual(sv="Aktivitet", en="Activity"),
        "kind": Bilingual(sv="Slag", en="Kind"),
        "taken_on": Bilingual(sv="Datum", en="Date"),
        "refresh_months": Bilingual(sv="Repeteras efter (månader)", en="Refresh after (months)"),
        "refresh_due": Bilingual(sv="Repetition senast", en="Refresher due"),
        "lesson": Bilingual(sv="Lektion", en="Lesson"),
        "correct": Bilingual(sv="Rätta svar i självtestet", en="Self-check answers right"),
        "questions": Bilingual(sv="Frågor i självtestet", en="Self-check questions"),
    },
}


def field_label_of(model_name: str, field: str, lang: Lang) -> str:
    """A field's label when only the model's name is at hand (validation messages)."""
    entry = FIELD_LABELS_BY_MODEL_NAME.get(model_name, {}).get(field)
    return entry.get(lang) if entry is not None else readable(field)

# ruff: noqa: E501  (a text catalogue: long sentences read better unbroken)
"""A draft reply to an explanation request, built from the register (issue 15).

AI Act Art. 86 and GDPR Art. 15(1)(h) / 22(3): a person may obtain a clear and meaningful
explanation of the role of the AI system and the main elements of the decision. The draft says
what the register knows (the tool's role, the main factors the vendor documents, the human review,
the latest audit's main finding) and leaves one marker for what only the case file can say: the
main reasons for this person's decision. Facts the register lacks are markers too, never
invented. The user edits the draft before it is saved as the answer.
"""

from __future__ import annotations

from ethics_toolkit.i18n import Lang
from ethics_toolkit.i18n.text import Bilingual, Catalogue
from ethics_toolkit.register.domain import labels
from ethics_toolkit.register.domain.explanation_requests import ExplanationRequest
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.register.duties.notices import TEXTS as NOTICE_TEXTS
from ethics_toolkit.register.duties.notices import ProfileFacts
from ethics_toolkit.register.status.traffic_light import audit_status, latest_audit

TEXTS = Catalogue(
    {
        "greeting": Bilingual(sv="Hej,", en="Hello,"),
        "thanks": Bilingual(
            sv="Tack för din begäran, som vi tog emot {received} ({reference}). Du har bett om en förklaring av beslutet i ditt ärende. Här är vår förklaring.",
            en="Thank you for your request, which we received on {received} ({reference}). You asked for an explanation of the decision in your case. Here is our explanation.",
        ),
        "role.h": Bilingual(sv="AI-systemets roll", en="The role of the AI system"),
        "role": Bilingual(
            sv="I {process} använder vi AI-systemet {tool}{vendor}. {purpose} {role}",
            en="In {process} we use the AI system {tool}{vendor}. {purpose} {role}",
        ),
        "factors.h": Bilingual(sv="Vad systemet väger in", en="What the system weighs"),
        "factors": Bilingual(
            sv="Enligt leverantörens dokumentation är de viktigaste faktorerna: {factors}",
            en="According to the vendor's documentation the main factors are: {factors}",
        ),
        "case.h": Bilingual(
            sv="De viktigaste skälen i ditt ärende", en="The main reasons in your case"
        ),
        "case": Bilingual(
            sv="[Att komplettera: de viktigaste skälen till beslutet i just detta ärende, ur ärendets handlingar]",
            en="[To complete: the main reasons for the decision in this case, from the case file]",
        ),
        "human.h": Bilingual(sv="Den mänskliga prövningen", en="The human review"),
        "audit.h": Bilingual(sv="Hur vi följer upp systemet", en="How we monitor the system"),
        "audit": Bilingual(
            sv="Vi granskar regelbundet om systemets urval skiljer sig mellan grupper. Den senaste granskningen gjordes {date}. Den visade: {finding}",
            en="We regularly audit whether the system's selection differs between groups. The latest audit was made on {date}. It found: {finding}",
        ),
        "no_audit": Bilingual(
            sv="Vi har ännu inte gjort någon granskning av om systemets urval skiljer sig mellan grupper.",
            en="We have not yet audited whether the system's selection differs between groups.",
        ),
        "review": Bilingual(
            sv="Om du vill att en människa prövar ditt ärende på nytt, eller vill framföra dina synpunkter, svara på detta meddelande eller kontakta {contact}.",
            en="If you would like a person to review your case again, or to give your view, reply to this message or contact {contact}.",
        ),
        "regards": Bilingual(sv="Vänliga hälsningar", en="Kind regards"),
    }
)


def draft_reply(record: ToolRecord, request: ExplanationRequest, lang: Lang) -> str:
    """The draft answer to ``request`` in ``lang``; "[To complete: ...]" where facts are missing."""
    tool = record.tool
    facts = ProfileFacts(tool, lang)

    def t(key: str, /, **values: object) -> str:
        return TEXTS.text(key, lang, **values)

    role = t(
        "role",
        process=labels.label(tool.hr_process, lang).lower(),
        tool=tool.name,
        vendor=NOTICE_TEXTS.text("app.from", lang, vendor=facts.get("vendor")),
        purpose=_sentence(facts.get("purpose")),
        role=NOTICE_TEXTS.text(f"role.{tool.decision_role}", lang),
    )
    run = latest_audit(record)
    if run is None:
        audit = t("no_audit")
    else:
        finding = audit_status(run.result, lang).findings[0]
        audit = t("audit", date=run.run_at.date().isoformat(), finding=finding)
    parts = [
        t("greeting"),
        t("thanks", received=request.received.isoformat(), reference=request.reference),
        f"{t('role.h')}\n{role}",
        f"{t('factors.h')}\n{t('factors', factors=_sentence(facts.get('main_factors')))}",
        f"{t('case.h')}\n{t('case')}",
        f"{t('human.h')}\n{_sentence(facts.get('human_role'))}",
        f"{t('audit.h')}\n{audit}",
        t("review", contact=facts.get("contact")),
        f"{t('regards')}\n{facts.get('system_owner')}",
    ]
    return "\n\n".join(parts) + "\n"


def _sentence(text: str) -> str:
    """User text as a sentence: ends with a full stop unless it already ends a sentence."""
    text = text.strip()
    return text if not text or text[-1] in ".!?]" else text + "."

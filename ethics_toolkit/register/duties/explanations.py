# ruff: noqa: E501  (a text catalogue: long sentences read better unbroken)
"""A draft reply to an explanation request, built from the register (issue 15).

AI Act Art. 86 and GDPR Art. 15(1)(h) / 22(3): a person may obtain a clear and meaningful
explanation of the role of the AI system and the main elements of the decision. The draft says
what the tool's statements hold (the tool's role, with GDPR Art. 22 as the report finds it, the
main factors the vendor documents, the human review, that the tool is audited and when) and leaves
one marker for what only the case file can say: the main reasons for this person's decision.
Facts the register lacks are markers too, never invented. It never quotes the register's internal
figures to an applicant (issue 21 §6: no "33 groups below four-fifths"). The user edits the draft
before it is saved as the answer, which the register keeps as written: a closed request can be
read again as it was sent.
"""

from __future__ import annotations

from ethics_toolkit.i18n import Lang
from ethics_toolkit.i18n.text import Bilingual, Catalogue
from ethics_toolkit.register.domain import labels
from ethics_toolkit.register.domain.explanation_requests import ExplanationRequest
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.register.duties.notice_parts import ProfileFacts, role_sentence
from ethics_toolkit.register.duties.notice_texts import TEXTS as NOTICE_TEXTS
from ethics_toolkit.register.statements.build import tool_statements
from ethics_toolkit.register.statements.model import ToolStatements

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
            sv="Vi granskar regelbundet om systemets urval skiljer sig mellan grupper av sökande; den senaste granskningen gjordes {date}. När en granskning visar skillnader utreder vi orsaken och vidtar åtgärder.",
            en="We regularly audit whether the system's selection differs between groups of applicants; the latest audit was made on {date}. Where an audit shows differences, we investigate the cause and take measures.",
        ),
        "no_audit": Bilingual(
            sv="Vi har ännu inte gjort någon granskning av om systemets urval skiljer sig mellan grupper.",
            en="We have not yet audited whether the system's selection differs between groups.",
        ),
        "review": Bilingual(
            sv="Om du vill att en människa prövar ditt ärende på nytt, eller vill framföra dina synpunkter{contest}, svara på detta meddelande eller kontakta {contact}.",
            en="If you would like a person to review your case again, or to give your view{contest}, reply to this message or contact {contact}.",
        ),
        "contest": Bilingual(
            sv=" eller bestrida beslutet (GDPR art. 22.3)",
            en=" or contest the decision (GDPR Art. 22(3))",
        ),
        "complain": Bilingual(
            sv="Du har också rätt att klaga till Integritetsskyddsmyndigheten (IMY), www.imy.se.",
            en="You also have the right to complain to the Swedish Authority for Privacy Protection (IMY), www.imy.se.",
        ),
        "regards": Bilingual(sv="Vänliga hälsningar", en="Kind regards"),
    }
)


def draft_reply(
    record: ToolRecord,
    request: ExplanationRequest,
    lang: Lang,
    *,
    statements: ToolStatements | None = None,
) -> str:
    """The draft answer to ``request`` in ``lang``; "[To complete: ...]" where facts are missing.

    Built from the tool's statements as of the day the request was received, or later if the
    register's newest fact is later (built here unless given)."""
    statements = statements or tool_statements(record)
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
        role=role_sentence(statements, lang),
    )
    latest = statements.audit
    if latest is None or latest.run_at is None:
        audit = t("no_audit")
    else:
        audit = t("audit", date=latest.run_at.date().isoformat())
    contest = t("contest") if statements.art22_applies else ""
    parts = [
        t("greeting"),
        t("thanks", received=request.received.isoformat(), reference=request.reference),
        f"{t('role.h')}\n{role}",
        f"{t('factors.h')}\n{t('factors', factors=_sentence(facts.get('main_factors')))}",
        f"{t('case.h')}\n{t('case')}",
        f"{t('human.h')}\n{_sentence(facts.get('human_role'))}",
        f"{t('audit.h')}\n{audit}",
        t("review", contact=facts.get("contact"), contest=contest),
        t("complain"),
        f"{t('regards')}\n{facts.get('system_owner')}",
    ]
    return "\n\n".join(parts) + "\n"


def _sentence(text: str) -> str:
    """User text as a sentence: ends with a full stop unless it already ends a sentence."""
    text = text.strip()
    return text if not text or text[-1] in ".!?]" else text + "."

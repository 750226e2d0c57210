# ruff: noqa: E501  (a text catalogue: long sentences read better unbroken)
"""Notices built from the register (issue 15): to applicants, and to workers' representatives.

1. To the people the tool is used on (GDPR Art. 13/14, AI Act Art. 26(11)): that an AI system is
   used, for what, on which data, the human role, the legal basis, how to ask for an explanation
   or a human review, how long data are kept.
2. To workers' representatives before use (AI Act Art. 26(7); in Sweden under MBL): what the
   register knows about purpose, vendor, classification, audits, risks and measures.

Every fact comes from the register. A fact the register lacks is never invented: the notice says
"[To complete: ...]" where it belongs and lists it first, and ``missing`` names it (the CLI exits
1 then). :func:`as_text` gives the plain text (for e-mail or a careers page); the PDF is drawn by
``report/notices.py`` from the same :class:`Notice`.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ethics_toolkit.i18n import Lang, format_int
from ethics_toolkit.i18n.text import Bilingual, Catalogue, Plural
from ethics_toolkit.register.domain import labels
from ethics_toolkit.register.domain.monitoring import TaskStatus
from ethics_toolkit.register.domain.risks import RiskStatus
from ethics_toolkit.register.domain.tool import AITool, DecisionRole
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.register.status.traffic_light import (
    audit_status,
    derive_report_date,
    latest_audit,
)

NoticeKind = Literal["applicants", "representatives"]
NOTICE_KINDS: tuple[NoticeKind, ...] = ("applicants", "representatives")

APPLICANT_FACTS = (
    "vendor",
    "purpose",
    "data_categories",
    "human_role",
    "legal_basis",
    "contact",
    "retention",
)
"""The profile facts an applicant notice needs (each missing one is listed "to complete")."""
REPRESENTATIVE_FACTS = (
    "vendor",
    "purpose",
    "data_categories",
    "go_live",
    "system_owner",
    "human_role",
)

TEXTS = Catalogue(
    {
        "missing": Bilingual(sv="[Att komplettera: {what}]", en="[To complete: {what}]"),
        "missing_heading": Bilingual(
            sv="Att komplettera i registret innan meddelandet används",
            en="To complete in the register before this notice is used",
        ),
        "footer": Bilingual(
            sv="Uppgifterna kommer från vårt register över AI-system (”{tool}”), {date}.",
            en="These facts come from our register of AI systems (“{tool}”), {date}.",
        ),
        "no_date": Bilingual(sv="utan datum", en="undated"),
        # -- applicants ------------------------------------------------------------------------
        "app.title": Bilingual(
            sv="Vi använder AI-systemet {tool}: information till dig",
            en="We use the AI system {tool}: information for you",
        ),
        "app.used.h": Bilingual(sv="Vi använder ett AI-system", en="We use an AI system"),
        "app.used": Bilingual(
            sv="I {process} använder vi AI-systemet {tool}{vendor}.",
            en="In {process} we use the AI system {tool}{vendor}.",
        ),
        "app.from": Bilingual(sv=" från {vendor}", en=" from {vendor}"),
        "app.high_risk": Bilingual(
            sv="Enligt EU:s AI-förordning är det ett AI-system med hög risk (bilaga III punkt 4). Vi ska därför informera dig om att det används i beslut som rör dig (artikel 26.11).",
            en="Under the EU AI Act it is a high-risk AI system (Annex III point 4), so we inform you that it is used in decisions about you (Article 26(11)).",
        ),
        "app.not_high_risk": Bilingual(
            sv="Vi berättar det för att vara öppna med hur beslut som rör dig fattas.",
            en="We tell you so that you know how decisions about you are made.",
        ),
        "app.what.h": Bilingual(sv="Vad systemet gör", en="What the system does"),
        "app.data.h": Bilingual(sv="Vilka uppgifter som används", en="What data is used"),
        "app.human.h": Bilingual(sv="Människans roll", en="The human role"),
        "app.basis.h": Bilingual(
            sv="Rättslig grund för behandlingen", en="Legal basis for the processing"
        ),
        "app.rights.h": Bilingual(
            sv="Din rätt till förklaring och mänsklig prövning",
            en="Your right to an explanation and a human review",
        ),
        "app.explain": Bilingual(
            sv="Du kan be om en förklaring av vilken roll AI-systemet hade i beslutet om dig och vilka de viktigaste skälen till beslutet var{refs}.",
            en="You can ask for an explanation of the role the AI system played in the decision about you and of the main reasons for the decision{refs}.",
        ),
        "app.refs_high": Bilingual(
            sv=" (AI-förordningen art. 86, GDPR art. 15.1 h)",
            en=" (AI Act Art. 86, GDPR Art. 15(1)(h))",
        ),
        "app.refs": Bilingual(sv=" (GDPR art. 15.1 h)", en=" (GDPR Art. 15(1)(h))"),
        "app.human_review": Bilingual(
            sv="Du kan också be att en människa prövar ditt ärende och framföra dina synpunkter{refs}.",
            en="You can also ask for a person to review your case and give your view{refs}.",
        ),
        "app.refs_22": Bilingual(
            sv=" och bestrida beslutet (GDPR art. 22.3)",
            en=", and contest the decision (GDPR Art. 22(3))",
        ),
        "app.one_month": Bilingual(
            sv="Vi svarar inom en månad från att vi fått din begäran (GDPR art. 12.3).",
            en="We answer within one month of receiving your request (GDPR Art. 12(3)).",
        ),
        "app.contact": Bilingual(sv="Kontakt: {contact}", en="Contact: {contact}"),
        "app.retention.h": Bilingual(
            sv="Hur länge uppgifterna sparas", en="How long the data are kept"
        ),
        "app.logs": Bilingual(
            sv="Systemets loggar sparas minst sex månader (AI-förordningen art. 26.6).",
            en="The system's logs are kept for at least six months (AI Act Art. 26(6)).",
        ),
        # What the tool does with people's applications, by its role in decisions.
        "role.decides_alone": Bilingual(
            sv="Systemet fattar beslut utan att en människa först prövar dem.",
            en="The system makes decisions without a person reviewing them first.",
        ),
        "role.recommends": Bilingual(
            sv="Systemet ger rekommendationer; beslutet fattas av en människa.",
            en="The system makes recommendations; a person makes the decision.",
        ),
        "role.ranks": Bilingual(
            sv="Systemet rangordnar personerna; beslutet fattas av en människa.",
            en="The system ranks the people; a person makes the decision.",
        ),
        "role.supports": Bilingual(
            sv="Systemet tar fram underlag till en människa som fattar beslutet.",
            en="The system prepares material for a person who makes the decision.",
        ),
        # -- workers' representatives -------------------------------------------------------------
        "rep.title": Bilingual(
            sv="Information till arbetstagarnas företrädare: AI-systemet {tool}",
            en="Information for workers' representatives: the AI system {tool}",
        ),
        "rep.intro_high": Bilingual(
            sv="Innan ett AI-system med hög risk tas i bruk på arbetsplatsen informerar arbetsgivaren arbetstagarnas företrädare och de arbetstagare som berörs (AI-förordningen art. 26.7). I Sverige sker det inom ramen för medbestämmandelagen (MBL). Här är vad vårt register vet om systemet.",
            en="Before a high-risk AI system is put into use at the workplace, the employer informs the workers' representatives and the workers affected (AI Act Art. 26(7)). In Sweden this is done under the Co-determination Act (MBL). This is what our register knows about the system.",
        ),
        "rep.intro": Bilingual(
            sv="Systemet bedöms inte som ett AI-system med hög risk, så AI-förordningens art. 26.7 gäller inte. Vi informerar ändå om vad vårt register vet om systemet.",
            en="The system is not assessed as a high-risk AI system, so AI Act Art. 26(7) does not apply. We still inform you of what our register knows about it.",
        ),
        "rep.system.h": Bilingual(sv="Systemet", en="The system"),
        "rep.class.h": Bilingual(sv="Klassificering", en="Classification"),
        "rep.class": Bilingual(
            sv="Registrets bedömning enligt AI-förordningen: {risk_class}.",
            en="The register's assessment under the AI Act: {risk_class}.",
        ),
        "rep.human.h": Bilingual(sv="Mänsklig tillsyn", en="Human oversight"),
        "rep.audits.h": Bilingual(sv="Biasgranskningar", en="Bias audits"),
        "rep.no_audit": Bilingual(
            sv="Ingen biasgranskning av systemets beslut är registrerad ännu.",
            en="No bias audit of the system's decisions has been recorded yet.",
        ),
        "rep.audit_count": Plural(
            one=Bilingual(
                sv="{count} biasgranskning är registrerad.", en="{count} bias audit is recorded."
            ),
            other=Bilingual(
                sv="{count} biasgranskningar är registrerade.",
                en="{count} bias audits are recorded.",
            ),
        ),
        "rep.audits": Bilingual(
            sv="{count} Den senaste gjordes {date} på {rows} beslut{file} och visade:",
            en="{count} The latest was made on {date} on {rows} decisions{file} and found:",
        ),
        "rep.of_file": Bilingual(sv=" (”{file}”)", en=" (“{file}”)"),
        "rep.risks.h": Bilingual(sv="Risker och åtgärder", en="Risks and measures"),
        "rep.no_risks": Bilingual(
            sv="Inga öppna risker är registrerade.", en="No open risks are recorded."
        ),
        "rep.risk": Bilingual(
            sv="{title} (nivå {level}; {status}; ansvarig {owner})",
            en="{title} (level {level}; {status}; owner {owner})",
        ),
        "rep.action": Bilingual(
            sv="– Åtgärd: {description} (ansvarig {owner}, klart senast {due}; {state})",
            en="– Measure: {description} (owner {owner}, due {due}; {state})",
        ),
        "rep.done": Bilingual(sv="klar", en="done"),
        "rep.not_done": Bilingual(sv="pågår", en="in progress"),
        "rep.nobody": Bilingual(sv="ingen utsedd", en="nobody named"),
        "rep.no_due": Bilingual(sv="inget datum", en="no date"),
        "rep.monitoring.h": Bilingual(sv="Uppföljning under användningen", en="Monitoring in use"),
        "rep.no_plan": Bilingual(
            sv="Ingen uppföljningsplan är registrerad ännu.",
            en="No monitoring plan has been recorded yet.",
        ),
        "rep.plan": Bilingual(
            sv="Vad som mäts: {measured}. Hur ofta: {frequency}. Ansvarig: {owner}. Nästa granskning: {next}.",
            en="What is measured: {measured}. How often: {frequency}. Owner: {owner}. Next audit: {next}.",
        ),
        "rep.open_tasks": Bilingual(
            sv="Öppna uppgifter efter larm (bedöm paus och informera leverantören, art. 26.5): {count}.",
            en="Open tasks after an alert (assess suspension and inform the provider, Art. 26(5)): {count}.",
        ),
        "not_stated": Bilingual(sv="inte angivet", en="not stated"),
        "rep.contact.h": Bilingual(sv="Frågor", en="Questions"),
        "rep.contact": Bilingual(
            sv="Systemägare: {owner}. Vi går gärna igenom underlaget i samverkan.",
            en="System owner: {owner}. We are glad to go through the material together.",
        ),
    }
)


class NoticeBlock(BaseModel):
    """One headed part of a notice: paragraphs, then label/value facts, then bullets."""

    model_config = ConfigDict(frozen=True)

    heading: str
    paragraphs: list[str] = Field(default_factory=list)
    facts: list[tuple[str, str]] = Field(default_factory=list)
    bullets: list[str] = Field(default_factory=list)


class Notice(BaseModel):
    """A notice in one language, built from the register; ``missing``: facts to complete."""

    model_config = ConfigDict(frozen=True)

    kind: NoticeKind
    lang: Lang
    tool: str
    title: str
    intro: list[str]
    blocks: list[NoticeBlock]
    missing: list[str]
    footer: str
    date: dt.date | None = None

    @property
    def complete(self) -> bool:
        return not self.missing


def _t(key: str, lang: Lang, /, **values: object) -> str:
    return TEXTS.text(key, lang, **values)


class ProfileFacts:
    """Reads profile facts, noting the missing ones (named by their labels) as it goes."""

    def __init__(self, tool: AITool, lang: Lang) -> None:
        self.tool, self.lang = tool, lang
        self.missing: list[str] = []  # field names

    def name(self, field: str) -> str:
        return labels.field_label(AITool, field, self.lang)

    def get(self, field: str) -> str:
        """The fact as text, or the "to complete" marker (and the fact noted as missing)."""
        value = getattr(self.tool, field)
        if field == "data_categories":
            value = ", ".join(labels.data_category_label(c, self.lang) for c in value)
        elif hasattr(value, "isoformat"):
            value = value.isoformat()
        elif field in labels.FIELD_VALUES or field == "status":
            value = labels.value_label(AITool, field, value, self.lang) if value else ""
        text = str(value or "").strip()
        if text:
            return text
        if field not in self.missing:
            self.missing.append(field)
        return _t("missing", self.lang, what=self.name(field))

    def missing_labels(self, order: tuple[str, ...]) -> list[str]:
        """The missing facts by their labels, in the order the notice shows them."""
        rank = {field: i for i, field in enumerate(order)}
        fields = sorted(self.missing, key=lambda f: rank.get(f, len(rank)))
        return [self.name(field) for field in fields]


def build_notice(record: ToolRecord, kind: NoticeKind, lang: Lang) -> Notice:
    """The notice of ``kind`` for the record's tool in ``lang`` (see the module docstring)."""
    builder = _applicants if kind == "applicants" else _representatives
    facts = ProfileFacts(record.tool, lang)
    title, intro, blocks = builder(record, facts, lang)
    when = derive_report_date(record)
    return Notice(
        kind=kind,
        lang=lang,
        tool=record.tool.name,
        title=title,
        intro=intro,
        blocks=blocks,
        missing=facts.missing_labels(
            APPLICANT_FACTS if kind == "applicants" else REPRESENTATIVE_FACTS
        ),
        footer=_t(
            "footer",
            lang,
            tool=record.tool.name,
            date=when.isoformat() if when else _t("no_date", lang),
        ),
        date=when,
    )


def _applicants(
    record: ToolRecord, facts: ProfileFacts, lang: Lang
) -> tuple[str, list[str], list[NoticeBlock]]:
    tool, high = record.tool, record.classification.high_risk
    vendor = _t("app.from", lang, vendor=facts.get("vendor"))
    process = labels.label(tool.hr_process, lang).lower()
    used = [
        _t("app.used", lang, process=process, tool=tool.name, vendor=vendor),
        _t("app.high_risk" if high else "app.not_high_risk", lang),
    ]
    categories = [labels.data_category_label(c, lang) for c in tool.data_categories]
    data = NoticeBlock(
        heading=_t("app.data.h", lang),
        bullets=categories,
        paragraphs=[] if categories else [facts.get("data_categories")],
    )
    alone = tool.decision_role == DecisionRole.decides_alone
    rights = [
        _t("app.explain", lang, refs=_t("app.refs_high" if high else "app.refs", lang)),
        _t("app.human_review", lang, refs=_t("app.refs_22", lang) if alone else ""),
        _t("app.one_month", lang),
        _t("app.contact", lang, contact=facts.get("contact")),
    ]
    retention = [facts.get("retention")] + ([_t("app.logs", lang)] if high else [])
    blocks = [
        NoticeBlock(heading=_t("app.used.h", lang), paragraphs=used),
        NoticeBlock(
            heading=_t("app.what.h", lang),
            paragraphs=[facts.get("purpose"), _t(f"role.{tool.decision_role}", lang)],
        ),
        data,
        NoticeBlock(heading=_t("app.human.h", lang), paragraphs=[facts.get("human_role")]),
        NoticeBlock(heading=_t("app.basis.h", lang), paragraphs=[facts.get("legal_basis")]),
        NoticeBlock(heading=_t("app.rights.h", lang), paragraphs=rights),
        NoticeBlock(heading=_t("app.retention.h", lang), paragraphs=retention),
    ]
    return _t("app.title", lang, tool=tool.name), [], blocks


def _representatives(
    record: ToolRecord, facts: ProfileFacts, lang: Lang
) -> tuple[str, list[str], list[NoticeBlock]]:
    tool, classification = record.tool, record.classification
    intro = [_t("rep.intro_high" if classification.high_risk else "rep.intro", lang)]
    system = NoticeBlock(
        heading=_t("rep.system.h", lang),
        facts=[
            (facts.name("name"), tool.name),
            (facts.name("vendor"), facts.get("vendor")),
            (facts.name("version"), tool.version or _t("not_stated", lang)),
            (facts.name("purpose"), facts.get("purpose")),
            (facts.name("hr_process"), labels.label(tool.hr_process, lang)),
            (facts.name("decision_role"), labels.label(tool.decision_role, lang)),
            (facts.name("data_categories"), facts.get("data_categories")),
            (facts.name("status"), labels.label(tool.status, lang)),
            (facts.name("go_live"), facts.get("go_live")),
            (facts.name("system_owner"), facts.get("system_owner")),
        ],
    )
    risk_class = labels.risk_class_label(classification.risk_class, lang).lower()
    classified = NoticeBlock(
        heading=_t("rep.class.h", lang),
        paragraphs=[_t("rep.class", lang, risk_class=risk_class)],
        bullets=[reason.get(lang) for reason in classification.reasons],
    )
    human = NoticeBlock(heading=_t("rep.human.h", lang), paragraphs=[facts.get("human_role")])
    return (
        _t("rep.title", lang, tool=tool.name),
        intro,
        [
            system,
            classified,
            human,
            _audits(record, lang),
            _risks(record, lang),
            _monitoring(record, lang),
            NoticeBlock(
                heading=_t("rep.contact.h", lang),
                paragraphs=[_t("rep.contact", lang, owner=facts.get("system_owner"))],
            ),
        ],
    )


def _audits(record: ToolRecord, lang: Lang) -> NoticeBlock:
    heading = _t("rep.audits.h", lang)
    run = latest_audit(record)
    if run is None:
        return NoticeBlock(heading=heading, paragraphs=[_t("rep.no_audit", lang)])
    of = _t("rep.of_file", lang, file=run.file_name) if run.file_name else ""
    summary = audit_status(run.result, lang)
    line = _t(
        "rep.audits",
        lang,
        count=_t("rep.audit_count", lang, count=len(record.audits)),
        date=run.run_at.date().isoformat(),
        rows=format_int(run.rows_used, lang),
        file=of,
    )
    return NoticeBlock(heading=heading, paragraphs=[line], bullets=summary.findings)


def _risks(record: ToolRecord, lang: Lang) -> NoticeBlock:
    heading = _t("rep.risks.h", lang)
    open_risks = sorted(
        (r for r in record.risks if r.status != RiskStatus.closed),
        key=lambda r: (-r.inherent_score, r.title),
    )
    if not open_risks:
        return NoticeBlock(heading=heading, paragraphs=[_t("rep.no_risks", lang)])
    bullets = []
    for risk in open_risks:
        bullets.append(
            _t(
                "rep.risk",
                lang,
                title=risk.title,
                level=labels.level_label(risk.level, lang).lower(),
                status=labels.label(risk.status, lang).lower(),
                owner=risk.owner or _t("rep.nobody", lang),
            )
        )
        bullets += [
            _t(
                "rep.action",
                lang,
                description=action.description,
                owner=action.owner or _t("rep.nobody", lang),
                due=action.due.isoformat() if action.due else _t("rep.no_due", lang),
                state=_t("rep.done" if action.done else "rep.not_done", lang),
            )
            for action in risk.actions
        ]
    return NoticeBlock(heading=heading, bullets=bullets)


def _monitoring(record: ToolRecord, lang: Lang) -> NoticeBlock:
    heading = _t("rep.monitoring.h", lang)
    plan = record.plan
    if plan is None:
        return NoticeBlock(heading=heading, paragraphs=[_t("rep.no_plan", lang)])
    not_stated = _t("not_stated", lang)
    paragraphs = [
        _t(
            "rep.plan",
            lang,
            measured=plan.measured.strip().rstrip(".") or not_stated,
            frequency=labels.label(plan.frequency, lang).lower(),
            owner=plan.owner or record.tool.system_owner or not_stated,
            next=plan.next_audit.isoformat() if plan.next_audit else not_stated,
        )
    ]
    open_tasks = sum(t.status == TaskStatus.open for t in record.tasks)
    paragraphs.append(_t("rep.open_tasks", lang, count=format_int(open_tasks, lang)))
    return NoticeBlock(heading=heading, paragraphs=paragraphs)


def as_text(notice: Notice) -> str:
    """The notice as plain UTF-8 text: headings underlined, facts as "label: value", bullets."""
    lines = [notice.title, "=" * len(notice.title), ""]
    if notice.missing:
        lines += [_t("missing_heading", notice.lang) + ":"]
        lines += [f"  - {what}" for what in notice.missing] + [""]
    for paragraph in notice.intro:
        lines += [paragraph, ""]
    for block in notice.blocks:
        lines += [block.heading, "-" * len(block.heading)]
        lines += [paragraph for paragraph in block.paragraphs]
        lines += [f"{label}: {value}" for label, value in block.facts]
        lines += [
            f"  {bullet}" if bullet.startswith("–") else f"- {bullet}" for bullet in block.bullets
        ]
        lines.append("")
    lines.append(notice.footer)
    return "\n".join(lines) + "\n"

"""Notices built from the tool's statements (issue 15, issue 21 §6).

1. To the people the tool is used on (GDPR Art. 13/14, AI Act Art. 26(11) and 86): that an AI
   system is used, who is responsible (the controller and the data protection officer), what it
   does and what its assessment is based on (Art. 13(2)(f)), the information it receives, the
   human role, the purpose and legal basis, every right (an explanation, a human review, to
   contest when GDPR Art. 22 applies, to object under Art. 21, access, and to complain to IMY),
   and how long data are kept. Wholly in the reader's language: the profile's free texts are
   taken in that language (``AITool.text_in``), and a text the register holds only in the other
   language is "to complete", never printed half in Swedish. No internal terms, no audit figures,
   and a free text that names a group of applicants is flagged, so a notice never tells
   applicants that groups are treated differently.
2. To workers' representatives before use (AI Act Art. 26(7); in Sweden under MBL): what the
   register knows about purpose, vendor, classification, audits, risks and measures.

Every statement comes from :class:`~ethics_toolkit.register.statements.model.ToolStatements`,
the same the report renders: the notice never says "a person takes the decision" while the
report finds that GDPR Art. 22 likely applies. A fact the register lacks is never invented: the
notice says "[To complete: ...]" where it belongs and lists it first, and ``missing`` names it
(the CLI exits 1 then). :func:`as_text` gives the plain text; the PDF is drawn by
``report/notices.py`` from the same :class:`Notice`.
"""

from __future__ import annotations

from ethics_toolkit.i18n import Lang
from ethics_toolkit.register.domain import labels
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.register.duties.notice_parts import (
    Notice,
    NoticeBlock,
    NoticeKind,
    ProfileFacts,
    as_text,
    group_words,
    role_sentence,
)
from ethics_toolkit.register.duties.notice_parts import notice_text as _t
from ethics_toolkit.register.duties.notice_representatives import representatives
from ethics_toolkit.register.duties.notice_texts import TEXTS
from ethics_toolkit.register.statements.build import tool_statements
from ethics_toolkit.register.statements.model import ToolStatements

__all__ = [
    "NOTICE_KINDS", "TEXTS", "Notice", "NoticeBlock", "NoticeKind", "ProfileFacts", "as_text",
    "build_notice", "role_sentence",
]  # fmt: skip

NOTICE_KINDS: tuple[NoticeKind, ...] = ("applicants", "representatives")

APPLICANT_FACTS = (
    "controller",
    "vendor",
    "purpose",
    "main_factors",
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
CHECKED_FOR_GROUPS = ("purpose", "main_factors", "human_role")
"""The free texts of the applicant notice that must not name a group of applicants."""


def build_notice(
    record: ToolRecord,
    kind: NoticeKind,
    lang: Lang,
    *,
    statements: ToolStatements | None = None,
) -> Notice:
    """The notice of ``kind`` for the record's tool in ``lang`` (see the module docstring), from
    the tool's statements (built here unless given)."""
    statements = statements or tool_statements(record)
    facts = ProfileFacts(record.tool, lang)
    if kind == "applicants":
        title, intro, blocks = _applicants(statements, facts, lang)
        order = APPLICANT_FACTS
        footer_key = "footer"
    else:
        title, intro, blocks = representatives(record, statements, facts, lang)
        order = REPRESENTATIVE_FACTS
        footer_key = "footer.rep"
    when = statements.as_of
    return Notice(
        kind=kind,
        lang=lang,
        tool=record.tool.name,
        title=title,
        intro=intro,
        blocks=blocks,
        missing=facts.missing_labels(order),
        footer=_t(
            footer_key,
            lang,
            tool=record.tool.name,
            date=when.isoformat() if when else _t("no_date", lang),
        ),
        date=when,
    )


def _applicants(
    statements: ToolStatements, facts: ProfileFacts, lang: Lang
) -> tuple[str, list[str], list[NoticeBlock]]:
    tool, high = statements.tool, statements.classification.high_risk
    vendor = _t("app.from", lang, vendor=facts.get("vendor"))
    process = labels.label(tool.hr_process, lang).lower()
    used = [
        _t("app.used", lang, process=process, tool=tool.name, vendor=vendor),
        _t("app.high_risk" if high else "app.not_high_risk", lang),
    ]
    controller = [_t("app.controller", lang, controller=facts.get("controller"))]
    if tool.dpo_contact.strip():
        controller.append(_t("app.dpo", lang, dpo=tool.dpo_contact.strip()))
    categories = [labels.data_category_label(c, lang) for c in tool.data_categories]
    data = NoticeBlock(
        heading=_t("app.data.h", lang),
        bullets=categories,
        paragraphs=[] if categories else [facts.get("data_categories")],
    )
    applies = statements.art22_applies
    human = [facts.get("human_role")]
    if statements.outcome("art22") == "likely":
        human.append(_t("app.art22", lang))
    rights = [
        _t("app.explain", lang, refs=_t("app.refs_high" if high else "app.refs", lang)),
        _t("app.human_review", lang, refs=_t("app.refs_22", lang) if applies else ""),
        _t("app.object", lang),
        _t("app.access", lang),
        _t("app.complain", lang),
        _t("app.one_month", lang),
        _t("app.contact", lang, contact=facts.get("contact")),
    ]
    retention = [facts.get("retention")] + ([_t("app.logs", lang)] if high else [])
    words = group_words(statements)
    for field in CHECKED_FOR_GROUPS:
        facts.check_groups(field, words)
    blocks = [
        NoticeBlock(heading=_t("app.used.h", lang), paragraphs=used),
        NoticeBlock(heading=_t("app.controller.h", lang), paragraphs=controller),
        NoticeBlock(
            heading=_t("app.what.h", lang),
            paragraphs=[facts.get("purpose"), role_sentence(statements, lang)],
        ),
        NoticeBlock(
            heading=_t("app.factors.h", lang),
            paragraphs=[_t("app.factors", lang, factors=facts.get("main_factors"))],
        ),
        data,
        NoticeBlock(heading=_t("app.human.h", lang), paragraphs=human),
        NoticeBlock(
            heading=_t("app.basis.h", lang),
            paragraphs=[_t("app.purpose", lang), facts.get("legal_basis")],
        ),
        NoticeBlock(heading=_t("app.rights.h", lang), paragraphs=rights),
        NoticeBlock(heading=_t("app.retention.h", lang), paragraphs=retention),
    ]
    return _t("app.title", lang, tool=tool.name), [], blocks

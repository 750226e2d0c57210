"""The management report's cover facts and its section on the tool: the profile and the legal
classification, every conclusion with the outcome its evidence supports (issue 12), as the
tool's statements give it (issue 21 §1), and the version of the law they used (§7)."""

from __future__ import annotations

from ethics_toolkit.i18n import Lang, format_int
from ethics_toolkit.register.domain.audit_runs import AuditRun
from ethics_toolkit.register.domain.labels import (
    data_category_label,
    field_label,
    label,
    literal_label,
    readable,
    risk_class_label,
)
from ethics_toolkit.register.domain.tool import TRANSLATED_FIELDS, AITool
from ethics_toolkit.register.legal.classification import WP248_CRITERIA
from ethics_toolkit.register.statements.articles import ArticleStatement
from ethics_toolkit.register.statements.model import ToolStatements
from ethics_toolkit.report.options import ReportOptions
from ethics_toolkit.report.sections.table_text import PROFILE_TEXT, iso_date
from ethics_toolkit.report.story import Story, esc
from ethics_toolkit.report.texts import text


def cover_facts(
    statements: ToolStatements,
    run: AuditRun | None,
    options: ReportOptions,
    lang: Lang,
) -> list[tuple[str, str]]:
    not_stated = text("cover.not_stated", lang)
    report_date = statements.as_of
    return [
        (text("cover.tool", lang), statements.tool.name),
        (text("cover.vendor", lang), statements.tool.vendor or not_stated),
        (text("cover.report_date", lang), iso_date(report_date) if report_date else not_stated),
        (text("cover.period", lang), (run.data_period if run else None) or not_stated),
        (text("cover.prepared_by", lang), options.prepared_by or not_stated),
        (text("cover.law", lang), statements.law.label(lang)),
        (
            text("cover.confidentiality", lang),
            options.confidentiality or text("doc.confidential_default", lang),
        ),
    ]


def tool_section(story: Story, statements: ToolStatements) -> None:
    lang, tool = story.lang, statements.tool
    story.section("sec.tool")
    story.subheading(text("tool.profile", lang))
    categories = [data_category_label(c, lang) for c in tool.data_categories]

    def field(name: str) -> str:
        return field_label(AITool, name, lang)

    def long(name: str, value: str) -> str:
        # Issue 21 §6: the text in the reader's language where the register holds it.
        if name in TRANSLATED_FIELDS:
            value = tool.text_in(name, lang) or value
        return story.clip(value, PROFILE_TEXT, field(name)) if value else "–"

    employees = (
        format_int(tool.employees, lang) if tool.employees else text("cover.not_stated", lang)
    )
    story.facts(
        [
            (field("name"), tool.name),
            (field("vendor"), long("vendor", tool.vendor)),
            (field("version"), tool.version or "–"),
            (field("purpose"), long("purpose", tool.purpose)),
            (field("hr_process"), label(tool.hr_process, lang)),
            (field("decision_role"), label(tool.decision_role, lang)),
            (field("data_categories"), "; ".join(categories) or "–"),
            (field("legal_basis"), long("legal_basis", tool.legal_basis)),
            (field("art9_ground"), long("art9_ground", tool.art9_ground)),
            (field("system_owner"), long("system_owner", tool.system_owner)),
            (field("employer_type"), label(tool.employer_type, lang)),
            (field("employees"), employees),
            (field("go_live"), iso_date(tool.go_live)),
            (field("dpia_completed_on"), iso_date(tool.dpia_completed_on)),
            (field("status"), label(tool.status, lang)),
            (field("next_review"), iso_date(tool.next_review)),
        ]
    )
    story.subheading(text("tool.classification", lang))
    story.facts(classification_facts(statements, lang), label_width=0.4)
    open_facts = [a.needs.get(lang) for a in statements.articles if a.needs is not None]
    if open_facts:
        story.para(
            f"<b>{esc(text('cls.open', lang))}:</b> {esc('; '.join(open_facts))}.", markup=True
        )
    story.lead(text("cls.why", lang))  # a run-in heading: never alone at a page's foot
    story.bullets(
        (a.statement.get(lang) for a in statements.articles if a.topic != "dates"),
        style="bullet_small",
    )
    sources = "; ".join(source.get(lang) for source in statements.law.sources)
    story.para(text("cls.law_sources", lang, version=statements.law.label(lang), sources=sources),
               style="small")  # fmt: skip


def outcome_text(article: ArticleStatement | None, lang: Lang) -> str | None:
    """An article's outcome as a table shows it; "not determined: tell us ..." when a fact is
    missing."""
    if article is None:
        return None
    if article.needs is not None:  # the text names the outcome ("Not determined: tell us ...")
        return text("cls.not_determined", lang, needs=article.needs.get(lang))
    if article.topic == "high_risk":
        return risk_class_label(article.outcome, lang)  # type: ignore[arg-type]
    return literal_label("legal_outcome", article.outcome, lang)


def classification_facts(statements: ToolStatements, lang: Lang) -> list[tuple[str, str]]:
    """The classification as label and value, one outcome per article from the statements: never
    a bare yes/no the evidence contradicts (issue 12), and the same outcome every output states
    (issue 21 §1)."""
    cls = statements.classification
    criteria = [
        WP248_CRITERIA[c].get(lang) if c in WP248_CRITERIA else readable(c)
        for c in cls.wp248_criteria
    ]
    rows = [
        ("high_risk", "cls.risk_class"), ("prohibited", "cls.emotion"), ("fria", "cls.fria"),
        ("dpia", "cls.dpia"), ("dpia_timing", "cls.dpia_timing"),
    ]  # fmt: skip
    facts = [
        (text(key, lang), shown)
        for topic, key in rows
        if (shown := outcome_text(statements.article(topic), lang)) is not None  # type: ignore[arg-type]
    ]
    facts.append((text("cls.wp248", lang), "; ".join(criteria) or "–"))
    for topic, key in (("art22", "cls.art22_evidence"), ("art9", "cls.art9"),
                       ("active_measures", "cls.active_measures")):  # fmt: skip
        shown = outcome_text(statements.article(topic), lang)  # type: ignore[arg-type]
        if shown is not None:
            facts.append((text(key, lang), shown))
    dates = statements.article("dates")
    if dates is not None:
        facts.append((text("cls.dates", lang), dates.statement.get(lang)))
    return facts
